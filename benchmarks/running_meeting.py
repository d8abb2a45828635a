"""The live meeting the Qt benchmarks measure: open, everyone present, one agenda item started.

Not a benchmark itself (``make bench`` runs ``bench_*.py`` only); each benchmark brings its own
fictional people and hands them here.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    Meeting,
    Mission,
    Person,
    Professional,
)
from desktop.core.policy import load_policy
from desktop.core.session import MeetingSession

YOUTH = Mission("youth", "Youth care")


def running_meeting(
    people: list[Professional],
    person: Person,
    *,
    purpose: str,
    agenda: tuple[AgendaItem, ...],
    current_item: int,
    consented: frozenset[str],
    now: dt.datetime,
) -> MeetingSession:
    """A youth-care meeting about ``person`` with ``people`` all present, on ``current_item``.

    The person has consented to share the ``consented`` categories with the youth-care mission;
    the first of ``people`` facilitates.
    """
    meeting = Meeting(
        id="bench",
        person_ids=(person.id,),
        mission_id=YOUTH.id,
        policy_id="be-shared-secrecy",
        purpose=purpose,
        scheduled_at=now,
        facilitator_id=people[0].id,
        agenda=agenda,
        invitees=tuple(p.id for p in people),
    )
    consent = ConsentRecord(
        "consent", person.id, ConsentKind.GIVEN, consented, missions=frozenset({YOUTH.id})
    )
    session = MeetingSession(
        meeting,
        policy=load_policy(),
        person=person,
        mission=YOUTH,
        directory=people,
        consents=(consent,),
        clock=lambda: now,
    )
    session.open()
    for professional in people:
        session.mark_present(professional.id)
    session.start_agenda_item(current_item)
    return session
