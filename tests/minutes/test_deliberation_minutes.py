"""Issue 15 on paper, read back with pypdf: a deliberation's conclusion is printed and linked to
the decision it led to, its notes never (they were never kept); opinions read as opinions,
attributed, with what they are based on — in the full record, the recipients' copies and the
person's copy."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.deliberation_method import load_method
from desktop.core.entities import InstitutionSettings, Meeting, Nature, Participation, Person
from desktop.core.policy import load_policy
from desktop.core.record import MeetingRecord
from desktop.core.session import MeetingSession
from desktop.minutes import render_minutes, render_person_copy

from .reading import all_text, squeezed
from .records import START, YOUTH, FakeClock, professionals

QUESTION = "Should the school be told why J. is tired?"
CONCLUSION = "The school hears only that J. is tired; J. chooses what else to say."
DECISION = "Anna Martin tells the school that J. is tired, nothing more."
BASIS = "Two talks with J. since September and one with her mother."
OPINION = "Her tiredness seems linked to worry about her mother."
NOTE_MARKER = "NOTEKEPT"
ABANDONED = "ABANDONED should we call her father?"


def build() -> MeetingRecord:
    """A closed meeting: an opinion and a fact shared, one deliberation concluded (a note on
    every step), one abandoned, one under way when the meeting closed."""
    policy, clock, counter = load_policy(), FakeClock(), itertools.count(1)
    directory = professionals()
    person = Person("julie", "Julie Dupont", "J.D.")
    meeting = Meeting(
        id="m1",
        person_id="julie",
        mission_id="youth",
        policy_id=policy.id,
        purpose="Keep J. at home safely",
        scheduled_at=START,
        facilitator_id="martin",
        invitees=("martin", "leroy", "dubois", "peeters"),
        participation=Participation.ABSENT,
    )
    session = MeetingSession(
        meeting,
        policy=policy,
        person=person,
        mission=YOUTH,
        directory=directory,
        consents=(),
        clock=clock,
        new_id=lambda: f"id{next(counter)}",
    )
    session.open()
    for pid in ("martin", "leroy", "dubois", "peeters"):
        session.mark_present(pid)
    answers = {
        "good_for_whom": "For J.",
        "why": "The plan",
        "empty_chair_answer": "She would agree",
        "in_persons_interest": True,
        "could_decide_without": False,
        "necessity_reason": "Needed",
        "exception_id": "danger",
        "exception_justification": "A date and a means were named.",
    }
    session.propose("leroy", "health")
    session.step_out("peeters")
    session.update_draft(nature=Nature.OPINION, opinion_basis=BASIS, wording=OPINION, **answers)
    opinion = session.share()
    session.propose("dubois", "school")
    session.step_out("peeters")
    session.update_draft(wording="Late on Mondays.", **answers)
    session.share()

    method = load_method()
    session.start_deliberation(ABANDONED, method)
    session.write_deliberation_note(f"{NOTE_MARKER} abandoned")
    session.abandon_deliberation()
    clock.tick(3)
    session.start_deliberation(QUESTION, method)
    for step in range(len(method.steps)):
        session.go_to_deliberation_step(step)
        session.write_deliberation_note(f"{NOTE_MARKER} step {step}")
        clock.tick(2)
    session.set_deliberation_conclusion(CONCLUSION)
    session.conclude_deliberation(decision_text=DECISION, item_ids=[opinion.id])
    session.start_deliberation(f"{ABANDONED} again", method)
    session.write_deliberation_note(f"{NOTE_MARKER} at close")
    session.close()
    return MeetingRecord(
        settings=InstitutionSettings("Service (fictional)", "We share little.", (YOUTH,)),
        policy=policy,
        meeting=session.meeting,
        person=person,
        mission=YOUTH,
        directory={p.id: p for p in directory},
        attendance=session.attendance(),
        consents=(),
        shared=session.shared,
        withheld=session.withheld,
        decisions=session.decisions,
        actions=session.actions,
        deliberations=session.deliberations,
    )


@pytest.fixture(scope="module")
def record() -> MeetingRecord:
    return build()


def test_the_full_record_prints_the_conclusion_linked_to_its_decision(
    record: MeetingRecord,
) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    for expected in (
        "Deliberations",
        "Deliberation 1 · Dilemma method",
        f"Question: {QUESTION}",
        "When: from 10:",
        f"Conclusion: {CONCLUSION}",
        f"Led to the decision: {DECISION}",
        "Only the conclusion is recorded: the notes taken at each step were not kept.",
    ):
        assert expected in text, expected
    # The decision itself is among the decisions, resting on the opinion (item 1).
    assert f"{DECISION} Rests on S1" in text
    assert text.index("Deliberations") < text.index("Decisions")
    for secret in (NOTE_MARKER, ABANDONED):
        assert secret not in text
    assert "Deliberation 2" not in text  # the abandoned ones left nothing


def test_the_french_record(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "fr").pdf)
    for expected in (
        "Délibérations",
        "Délibération 1 · Méthode du dilemme",
        f"Question : {QUESTION}",
        f"Conclusion : {CONCLUSION}",
        f"A conduit à la décision : {DECISION}",
        "Seule la conclusion est consignée",
        f"Opinion de Bruno Leroy (psychologist) — fondée sur : {BASIS}",
    ):
        assert expected in text, expected
    assert NOTE_MARKER not in text


def test_opinions_are_printed_as_opinions_attributed_with_their_basis(
    record: MeetingRecord,
) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    assert f"Opinion of Bruno Leroy (psychologist) — based on: {BASIS} “{OPINION}”" in text
    # A fact is not called an opinion.
    assert text.count("Opinion of") == 1
    # Each recipient's copy that holds the item says so too.
    copy = all_text(render_minutes(record, "en", recipient_id="dubois").pdf)
    assert f"Opinion of Bruno Leroy (psychologist) — based on: {BASIS}" in copy
    assert f"Conclusion: {CONCLUSION}" in copy
    assert NOTE_MARKER not in copy


def test_someone_not_bound_by_secrecy_gets_neither_the_opinion_nor_the_conclusion(
    record: MeetingRecord,
) -> None:
    text = all_text(render_minutes(record, "en", recipient_id="peeters").pdf)
    for absent in (BASIS, OPINION, CONCLUSION, QUESTION, "Deliberations", NOTE_MARKER):
        assert absent not in text


@pytest.mark.parametrize(
    ("lang", "opinion", "asked", "concluded"),
    [
        (
            "en",
            f"This is the opinion of Bruno Leroy, not a fact. It is based on: {BASIS}",
            f"The team took time to think together about a hard question: {QUESTION}",
            f"What they concluded: {CONCLUSION}",
        ),
        (
            "fr",
            f"C'est l'avis de Bruno Leroy, pas un fait. Il se fonde sur : {BASIS}",
            f"L'équipe a pris le temps de réfléchir ensemble à une question difficile : {QUESTION}",
            f"Ce qu'elle a conclu : {CONCLUSION}",
        ),
    ],
)
def test_the_persons_copy_says_whose_opinion_and_what_the_team_weighed(
    record: MeetingRecord, lang: str, opinion: str, asked: str, concluded: str
) -> None:
    text = all_text(render_person_copy(record, lang).pdf)
    for expected in (opinion, asked, concluded, DECISION):
        assert squeezed(expected) in squeezed(text), expected
    assert squeezed(asked) in squeezed(text[: text.index(DECISION)])  # before what was decided
    assert NOTE_MARKER not in text and ABANDONED not in text


def test_minutes_without_a_deliberation_have_no_such_heading(record: MeetingRecord) -> None:
    from dataclasses import replace

    text = all_text(render_minutes(replace(record, deliberations=()), "en").pdf)
    assert "Deliberations" not in text and "notes taken at each step" not in text


def test_a_conclusion_whose_decision_is_gone_says_so(record: MeetingRecord) -> None:
    from dataclasses import replace

    text = all_text(render_minutes(replace(record, decisions=()), "en").pdf)
    assert "Led to the decision: (a decision no longer in this record)" in text


def test_the_persons_record_says_whose_opinion_too(record: MeetingRecord) -> None:
    import datetime as dt

    from desktop.minutes.person_record import render_person_record
    from desktop.storage.maintenance import PersonRecord

    everything = PersonRecord(record.settings, record.person, (record,))
    text = all_text(render_person_record(everything, "en", dt.date(2026, 4, 1)).pdf)
    expected = f"This is the opinion of Bruno Leroy, not a fact. It is based on: {BASIS}"
    assert squeezed(expected) in squeezed(text)
    assert NOTE_MARKER not in text
