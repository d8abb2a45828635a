"""Meeting records for the minutes' tests and benchmark, built by running a real session.

Every person and organisation here is fictional. The session runs on a fake clock and counted ids,
so the same builder call gives the same record (and the same PDF bytes).

Wordings that must never reach a PDF carry a marker the tests search for: ``NOTSHARED``,
``POSTPONED`` and ``DRAFTLEFTOPEN``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Mission,
    Nature,
    Participation,
    Person,
    PersonNaming,
    Professional,
)
from desktop.core.policy import load_policy
from desktop.core.record import MeetingRecord
from desktop.core.session import MeetingSession

YOUTH = Mission("youth", "Youth care")
START = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))

SHARED_WORDINGS = (
    "Sleeps badly since March; a follow-up with her GP is planned.",
    "Her teacher says she is often late on Mondays.",
    "Has spoken of wanting to hurt herself last week.",
)
NOT_SHARED_WORDING = "NOTSHARED her uncle's court case"
POSTPONED_WORDING = "POSTPONED the family may lose the flat"
DRAFT_WORDING = "DRAFTLEFTOPEN something half typed"


def professionals() -> tuple[Professional, ...]:
    """The directory of a fictional youth-care team."""
    youth = frozenset({"youth"})
    return (
        Professional(
            "martin", "Anna Martin", "social worker", "CPAS Namur", True, "Social worker", youth
        ),
        Professional(
            "leroy", "Bruno Leroy", "psychologist", "Centre PMS", True, "Psychologist", youth
        ),
        Professional("dubois", "Claire Dubois", "educator", "AMO Horizon", True, "Educator", youth),
        Professional(
            "lambert", "David Lambert", "school nurse", "École du Parc", True, "Nurse", youth
        ),
        Professional("peeters", "Sam Peeters", "police officer", "Police zone Sud", False, ""),
        Professional("janssens", "Eva Janssens", "GP", "Cabinet médical", True, "Physician", youth),
    )


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def tick(self, minutes: float = 1) -> None:
        """Move the clock forward."""
        self.now += dt.timedelta(minutes=minutes)


def _share(
    session: MeetingSession,
    clock: FakeClock,
    who: str,
    category: str,
    wording: str,
    step_out: tuple[str, ...] = (),
    **answers: object,
) -> None:
    session.propose(who, category)
    for professional_id in step_out:
        session.step_out(professional_id)
    clock.tick(2)
    fields = {
        "wording": wording,
        "good_for_whom": "For J.: the school adapts her mornings",
        "why": "The school plan needs it",
        "empty_chair_answer": "She asked us to tell the school she is tired, not why",
        "could_decide_without": False,
        "necessity_reason": "The plan depends on her mornings",
    }
    fields.update(answers)
    session.update_draft(**fields)
    clock.tick(1)
    session.share()


def build_record(
    *,
    participation: Participation = Participation.ABSENT,
    naming: PersonNaming = PersonNaming.ALIAS,
    leave_draft_open: bool = True,
) -> MeetingRecord:
    """A closed meeting with three shared items (one under a policy exception), one item not
    shared, one postponed, decisions, actions, and a draft left open at closing."""
    policy = load_policy()
    clock = FakeClock()
    counter = itertools.count(1)
    settings = InstitutionSettings(
        name="Service d'aide à la jeunesse — Namur (fictional)",
        conduct_rule=policy.texts["conduct_template"].text("en"),
        missions=(YOUTH,),
        person_naming=naming,
    )
    person = Person("julie", "Julie Dupont", "J.D.", reference="2026/0042")
    consents = (
        ConsentRecord(
            "c1",
            "julie",
            ConsentKind.GIVEN,
            frozenset({"health", "school", "family"}),
            missions=frozenset({"youth"}),
            valid_from=dt.date(2026, 1, 10),
            valid_until=dt.date(2026, 12, 31),
            obtained_how="In writing, at the intake interview",
        ),
        ConsentRecord(
            "c2",
            "julie",
            ConsentKind.REFUSED,
            frozenset({"justice"}),
            missions=frozenset({"youth"}),
        ),
    )
    agenda = (
        AgendaItem("a1", "Opening", 5),
        AgendaItem("a2", "School situation", 20),
        AgendaItem("a3", "Housing", 15),
    )
    directory = professionals()
    meeting = Meeting(
        id="m1",
        person_ids=("julie",),
        mission_id="youth",
        policy_id=policy.id,
        purpose="Keep J. at home safely",
        scheduled_at=START,
        facilitator_id="martin",
        agenda=agenda,
        invitees=tuple(p.id for p in directory),
        participation=participation,
        advocate="Me Paul Renard" if participation is Participation.REPRESENTED else "",
        informed_beforehand=True,
        informed_how="Letter of 2 March",
    )
    session = MeetingSession(
        meeting,
        policy=policy,
        person=person,
        mission=YOUTH,
        directory=directory,
        consents=consents,
        clock=clock,
        new_id=lambda: f"id{next(counter)}",
    )
    session.open()
    for pid in ("martin", "leroy", "dubois", "lambert", "peeters"):
        session.mark_present(pid)
    session.mark_excused("janssens")
    session.start_agenda_item(0)
    clock.tick(5)
    session.start_agenda_item(1)

    # Item 1: the police officer steps out, then the item is shared.
    _share(session, clock, "leroy", "health", SHARED_WORDINGS[0], step_out=("peeters",))
    # Considered and not shared (the police officer is back in the room).
    session.propose("martin", "family")
    session.update_draft(wording=NOT_SHARED_WORDING, good_for_whom="NOTSHARED answer")
    clock.tick(2)
    session.not_share()
    session.leave("peeters")
    clock.tick(1)
    _share(
        session,
        clock,
        "dubois",
        "school",
        SHARED_WORDINGS[1],
        nature=Nature.STATEMENT,
        statement_of="her teacher, Mrs Noël",
    )

    session.start_agenda_item(2)
    # Housing is not covered by consent: postponed to ask J.D. first.
    session.propose("martin", "housing")
    session.update_draft(wording=POSTPONED_WORDING, why="POSTPONED reason")
    clock.tick(2)
    session.postpone("martin", "Ask J.D. whether the team may discuss her housing", START.date())
    # Shared under an exception: mental health is not covered by her consent.
    _share(
        session,
        clock,
        "lambert",
        "mental_health",
        SHARED_WORDINGS[2],
        exception_id="danger",
        exception_justification="She named a date and a means; the school must watch over her.",
        in_persons_interest=True,
    )
    items = [item.id for item in session.shared]
    session.add_decision("The school adapts J.'s mornings until Easter.", items[:2])
    session.add_action(
        "martin", "Visit the school with J.'s mother", dt.date(2026, 3, 20), items[:1]
    )
    session.add_action("lambert", "Meet J. every Monday morning", None, items[2:])
    if leave_draft_open:
        session.propose("leroy", "health")
        session.update_draft(wording=DRAFT_WORDING, why="DRAFTLEFTOPEN why")
    clock.tick(10)
    session.close()
    return MeetingRecord(
        settings=settings,
        policy=policy,
        meeting=session.meeting,
        person=person,
        mission=YOUTH,
        directory={p.id: p for p in directory},
        attendance=session.attendance(),
        consents=consents,
        shared=session.shared,
        withheld=session.withheld,
        decisions=session.decisions,
        actions=session.actions,
    )


def with_wordings(record: MeetingRecord, wordings: list[str]) -> MeetingRecord:
    """The record with as many shared items as ``wordings``, each with one of them."""
    template = record.shared[0]
    shared = tuple(
        dataclasses.replace(
            template,
            id=f"bulk{index}",
            wording=wording,
            shared_at=template.shared_at + dt.timedelta(seconds=index),
        )
        for index, wording in enumerate(wordings)
    )
    decisions = tuple(
        dataclasses.replace(decision, item_ids=tuple(i.id for i in shared[:3]))
        for decision in record.decisions
    )
    actions = tuple(dataclasses.replace(action, item_ids=()) for action in record.actions)
    return dataclasses.replace(record, shared=shared, decisions=decisions, actions=actions)


def many_items(record: MeetingRecord, count: int) -> MeetingRecord:
    """The record with ``count`` shared items of ordinary length."""
    wordings = [
        f"Item {n}: {SHARED_WORDINGS[n % 3]} The team noted it on day {n % 28 + 1}."
        for n in range(count)
    ]
    return with_wordings(record, wordings)


RTL_WORDINGS = (
    "ينام بشكل سيئ منذ مارس؛ لا بد من موعد متابعة مع طبيب العائلة قبل 2026-04-15.",
    "המורה אומרת שהיא מאחרת לעתים קרובות בימי שני (כיתה ג׳).",
    "پدر گفت که گزارش مدرسه را هفته آینده می‌آورد.",
)
RTL_NAMES = {
    "martin": "سارة عبد الرحمن",
    "leroy": "דוד כהן",
    "dubois": "پریسا گلچهره",
}


def many_rtl_items(record: MeetingRecord, count: int) -> MeetingRecord:
    """The record with ``count`` shared items in Arabic, Hebrew and Persian, and professionals
    with right-to-left names (fictional)."""
    wordings = [f"{RTL_WORDINGS[n % 3]} {n % 28 + 1}" for n in range(count)]
    return with_names(with_wordings(record, wordings), RTL_NAMES)


def with_names(record: MeetingRecord, names: dict[str, str]) -> MeetingRecord:
    """The record with some professionals renamed (id -> new name)."""
    directory = {
        pid: dataclasses.replace(p, name=names.get(pid, p.name))
        for pid, p in record.directory.items()
    }
    return dataclasses.replace(record, directory=directory)
