"""An in-memory meeting (fictional people, no database) and a shared screen following it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import count

import pytest

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    Meeting,
    Mission,
    Participation,
    Person,
    Professional,
)
from desktop.core.policy import Policy, load_policy
from desktop.core.session import MeetingSession

YOUTH = Mission("youth", "Youth care")

PERSON = Person(
    id="person",
    name="Jeanne Dufictif",
    alias="J.D.",
    reference="YC-0042",
    known_wishes="Wants to stay at home with her mother",
)

DIRECTORY = (
    Professional(
        "martin",
        "Ana Martinot",
        "social worker",
        "CPAS Fictif",
        True,
        "social work",
        frozenset({"youth"}),
    ),
    Professional(
        "leroy",
        "Bram Leroyx",
        "psychologist",
        "Centre Fictif",
        True,
        "psychologist",
        frozenset({"youth"}),
    ),
    Professional(
        "dubois", "Chloé Duboisé", "educator", "Home Fictif", True, "educator", frozenset({"youth"})
    ),
    Professional(
        "lambert",
        "Dirk Lambrecq",
        "school nurse",
        "School Fictive",
        True,
        "nurse",
        frozenset({"youth"}),
    ),
    Professional(
        "peeters", "Sam Peetersz", "police", "Police Fictive", False, "", frozenset({"safety"})
    ),
)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.now += dt.timedelta(seconds=seconds)


def make_session(
    clock: FakeClock,
    participation: Participation = Participation.ABSENT,
    person: Person = PERSON,
    advocate: str = "",
    policy: Policy | None = None,
) -> MeetingSession:
    """A prepared meeting about the fictional J.D., with consent for health and school."""
    ids = count(1)
    meeting = Meeting(
        id="m1",
        person_id=person.id,
        mission_id=YOUTH.id,
        policy_id="be-shared-secrecy",
        purpose="Keep J. at home safely",
        scheduled_at=clock.now,
        facilitator_id="martin",
        agenda=(
            AgendaItem("a1", "Opening", 5),
            AgendaItem("a2", "School situation", 15),
            AgendaItem("a3", "Next steps", 10),
        ),
        invitees=tuple(p.id for p in DIRECTORY),
        participation=participation,
        advocate=advocate,
    )
    consent = ConsentRecord(
        id="c1",
        person_id=person.id,
        kind=ConsentKind.GIVEN,
        categories=frozenset({"health", "school"}),
        missions=frozenset({"youth"}),
        valid_from=dt.date(2026, 1, 1),
    )
    return MeetingSession(
        meeting,
        policy=policy or load_policy(),
        person=person,
        mission=YOUTH,
        directory=DIRECTORY,
        consents=(consent,),
        clock=clock,
        new_id=lambda: f"id{next(ids)}",
    )


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at a fixed time."""
    return FakeClock(dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def session(clock: FakeClock) -> MeetingSession:
    """A prepared meeting with the person absent."""
    return make_session(clock)


@pytest.fixture
def screen_factory(qtbot, clock: FakeClock) -> Iterator[Callable[..., object]]:
    """Build a shown shared screen over a session; bridges are detached after the test."""
    from desktop.ui.bridge import SessionBridge
    from desktop.ui.shared_screen import SharedScreenWindow

    bridges: list[SessionBridge] = []

    def build(session: MeetingSession, size: tuple[int, int] = (1280, 720), **kwargs: object):
        bridge = SessionBridge(session)
        bridges.append(bridge)
        window = SharedScreenWindow(bridge, "en", clock=clock, **kwargs)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    for bridge in bridges:
        bridge.detach()
