"""A meeting session to drive in tests: fake clock, predictable ids, every event recorded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

from core_builders import (
    ANN,
    DIRECTORY,
    NOW,
    PERSON,
    POLICY,
    YOUTH,
    consent,
    draft,
)

from desktop.core.entities import AgendaItem, ConsentRecord, Meeting
from desktop.core.events import SessionEvent
from desktop.core.policy import Policy
from desktop.core.session import MeetingSession, SessionRecord


class FakeClock:
    """A clock that moves only when told."""

    def __init__(self, start: dt.datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: int = 1) -> dt.datetime:
        self.now += dt.timedelta(minutes=minutes)
        return self.now


AGENDA = (AgendaItem("a1", "Opening", 5), AgendaItem("a2", "School", 15))


def make_meeting(**changes: Any) -> Meeting:
    meeting = Meeting(
        id="m1",
        person_id=PERSON.id,
        mission_id=YOUTH.id,
        policy_id=POLICY.id,
        purpose="Keep J. at home safely",
        scheduled_at=NOW,
        facilitator_id=ANN.id,
        agenda=AGENDA,
        invitees=("ann", "ben", "clara", "sam", "nora"),
    )
    return dataclasses.replace(meeting, **changes)


class Harness:
    """A session with a fake clock, predictable ids, and every event it emitted."""

    def __init__(
        self,
        *,
        consents: Iterable[ConsentRecord] = (consent(),),
        record: SessionRecord | None = None,
        meeting: Meeting | None = None,
        id_prefix: str = "id",
        policy: Policy = POLICY,
        **meeting_changes: Any,
    ) -> None:
        self.clock = FakeClock()
        counter = itertools.count(1)
        self.session = MeetingSession(
            meeting or make_meeting(**{"policy_id": policy.id, **meeting_changes}),
            policy=policy,
            person=PERSON,
            mission=YOUTH,
            directory=DIRECTORY,
            consents=consents,
            record=record,
            clock=self.clock,
            new_id=lambda: f"{id_prefix}-{next(counter)}",
        )
        self.events: list[SessionEvent] = []
        self.session.subscribe(self.events.append)

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    def opened(self, *present: str) -> Harness:
        self.session.open()
        for pid in present:
            self.session.mark_present(pid)
        return self


def complete(h: Harness, discloser: str = "ann", **changes: Any) -> None:
    """Propose a health item and answer every question."""
    filled = draft(**changes)
    h.session.propose(discloser, filled.category_id)
    h.session.update_draft(
        wording=filled.wording,
        good_for_whom=filled.good_for_whom,
        why=filled.why,
        empty_chair_answer=filled.empty_chair_answer,
        could_decide_without=filled.could_decide_without,
        necessity_reason=filled.necessity_reason,
        nature=filled.nature,
        statement_of=filled.statement_of,
        opinion_basis=filled.opinion_basis,
        exception_id=filled.exception_id,
        exception_justification=filled.exception_justification,
        purpose_id=filled.purpose_id,
        need_to_know=filled.need_to_know,
        minimum_necessary=filled.minimum_necessary,
    )
