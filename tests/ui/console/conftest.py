"""Fixtures for the meeting views: a fictional team, person, consents and an in-memory session.

Every name is invented. The default room: Ann (social worker, facilitator), Ben (psychologist),
Clara (educator), all bound by secrecy in youth care, and Sam (police), not bound. J.D. gave
consent for health information to youth care.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Mission,
    Participation,
    Person,
    Professional,
)
from desktop.core.policy import Policy, load_policy
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge

# The offscreen platform warns on every shown top-level window whose size hints change.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen platform's size-hint notice in the meeting view tests only."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


YOUTH = Mission("youth", "Youth care")
HOUSING = Mission("housing", "Housing support")


def pro(pid: str, name: str, role: str, *, bound: bool = True, missions: tuple = ("youth",)):
    """A directory entry, bound and in youth care unless told otherwise."""
    return Professional(
        id=pid,
        name=name,
        role=role,
        organisation="Fictional Services",
        bound_by_secrecy=bound,
        secrecy_basis="Penal code, art. 458" if bound else "",
        missions=frozenset(missions),
    )


ANN = pro("ann", "Ann Martin", "social worker")
BEN = pro("ben", "Ben Leroy", "psychologist")
CLARA = pro("clara", "Clara Dubois", "educator")
SAM = pro("sam", "Sam Peeters", "police", bound=False)
OLGA = pro("olga", "Olga Janssens", "psychiatrist", missions=("mental_health",))
DIRECTORY = (ANN, BEN, CLARA, SAM, OLGA)
PERSON = Person("jd", "Julie Dumont", "J.D.", known_wishes="Tell the school I am tired, not why")
GIVEN = ConsentRecord(
    id="c1",
    person_id="jd",
    kind=ConsentKind.GIVEN,
    categories=frozenset({"health", "school"}),
    missions=frozenset({"youth"}),
    valid_from=dt.date(2026, 3, 1),
)
WORDING = "Sleeps badly since March; a GP follow-up is planned."


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        """Move time forward."""
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at 12 March 2026, 09:30 UTC."""
    return FakeClock()


@pytest.fixture
def policy() -> Policy:
    """The default Belgian policy."""
    return load_policy()


@pytest.fixture
def settings() -> InstitutionSettings:
    """A fictional institution with two missions."""
    return InstitutionSettings(
        name="Fictional Youth Service",
        conduct_rule="Secrecy is the rule, sharing the exception.",
        missions=(YOUTH, HOUSING),
    )


def make_meeting(
    invitees: tuple[str, ...] = ("ann", "ben", "clara", "sam"),
    participation: Participation = Participation.ABSENT,
) -> Meeting:
    """A prepared meeting about J.D. in youth care."""
    return Meeting(
        id="m1",
        person_ids=("jd",),
        mission_id="youth",
        policy_id="be-shared-secrecy",
        purpose="Keep J. at home safely",
        scheduled_at=dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC),
        facilitator_id="ann",
        agenda=(
            AgendaItem("a1", "Opening", 5),
            AgendaItem("a2", "School situation", 10),
            AgendaItem("a3", "Housing", 10),
        ),
        invitees=invitees,
        participation=participation,
    )


@pytest.fixture
def make_session(policy: Policy, clock: FakeClock) -> Callable[..., MeetingSession]:
    """Build a session: ``make_session(invitees=..., participation=..., consents=...)``."""
    counter = iter(range(1, 10_000))

    def build(
        invitees: tuple[str, ...] = ("ann", "ben", "clara", "sam"),
        participation: Participation = Participation.ABSENT,
        consents: tuple[ConsentRecord, ...] = (GIVEN,),
    ) -> MeetingSession:
        return MeetingSession(
            make_meeting(invitees, participation),
            policy=policy,
            person=PERSON,
            mission=YOUTH,
            directory=DIRECTORY,
            consents=consents,
            clock=clock,
            new_id=lambda: f"id{next(counter)}",
        )

    return build


@pytest.fixture
def session(make_session: Callable[..., MeetingSession]) -> MeetingSession:
    """A prepared session with Ann, Ben, Clara and Sam invited; J.D. absent."""
    return make_session()


@pytest.fixture
def running(session: MeetingSession) -> MeetingSession:
    """The same session opened, everyone present, on the first agenda item."""
    session.open()
    for pid in ("ann", "ben", "clara", "sam"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    return session


@pytest.fixture
def bridge(qapp: object, session: MeetingSession) -> Iterator[SessionBridge]:
    """The Qt bridge over the session."""
    bridge = SessionBridge(session)
    yield bridge
    bridge.detach()
