"""Structured deliberation in the core: a small state machine driven by the meeting session.

The facilitator's notes never leave the session: no event carries them, not even the one that
concludes. Only the conclusion leaves, once, linked to its decision; abandoning leaves nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from session_harness import Harness, complete

from desktop.core.deliberation import (
    QUESTION_LIMIT,
    Deliberation,
    DeliberationConclusion,
    DeliberationNotes,
)
from desktop.core.deliberation_method import load_method
from desktop.core.entities import Decision, MeetingState
from desktop.core.events import (
    DecisionAdded,
    DeliberationAbandoned,
    DeliberationConcluded,
    DeliberationStarted,
    DeliberationStepChanged,
    MeetingClosed,
    SessionEvent,
)
from desktop.core.session import SessionError

METHOD = load_method()
QUESTION = "Should we tell the school about J.'s nights?"
NOTES = [f"OKAPI-note-{i}: what was said at step {i}" for i in range(len(METHOD.steps))]
CONCLUSION = "We tell the school only that J. is tired; J. chooses the words with A. Martin"


def texts_in(value: Any) -> list[str]:
    """Every text inside ``value`` (an event, a record), however deeply nested."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in texts_in(k) + texts_in(v)]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [t for item in value for t in texts_in(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in texts_in(getattr(value, f.name))]
    return []


def leaked(events: list[SessionEvent], secrets: list[str]) -> list[tuple[str, str]]:
    """``(event, secret)`` for every secret found in an event, its fields or its repr."""
    hits = []
    for event in events:
        everything = "\n".join([*texts_in(event), repr(event)])
        hits += [(type(event).__name__, s) for s in secrets if s in everything]
    return hits


def deliberating(h: Harness) -> Deliberation:
    """The meeting open, two people in, a deliberation on QUESTION started."""
    h.opened("ann", "ben", "clara")
    return h.session.start_deliberation(QUESTION, METHOD)


def write_every_note(h: Harness) -> None:
    """A note on every step, going forward; the conclusion on the last step."""
    session = h.session
    for index, note in enumerate(NOTES):
        if index:
            assert session.next_deliberation_step()
        session.write_deliberation_note(note)
    session.set_deliberation_conclusion(CONCLUSION)


# --- The state machine ---------------------------------------------------------------------------


def test_a_deliberation_starts_on_its_first_step_with_a_one_line_question() -> None:
    at = dt.datetime(2026, 3, 12, 10, tzinfo=dt.UTC)
    deliberation = Deliberation.start("d1", METHOD, "  Should we\n tell   the school? ", at, "a2")
    assert deliberation.question == "Should we tell the school?"
    assert (deliberation.step, deliberation.reached, deliberation.step_count) == (0, 0, 7)
    assert deliberation.current.id == "facts" and deliberation.is_first
    assert not deliberation.is_last
    assert deliberation.at_step(6).is_last


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "Write the question the team deliberates on"),
        (" \n\t", "Write the question the team deliberates on"),
        ("x" * (QUESTION_LIMIT + 1), f"Keep the question short: {QUESTION_LIMIT} characters"),
    ],
)
def test_a_question_is_needed_and_short(question: str, message: str) -> None:
    at = dt.datetime(2026, 3, 12, tzinfo=dt.UTC)
    with pytest.raises(SessionError, match=message):
        Deliberation.start("d1", METHOD, question, at)
    assert Deliberation.start("d1", METHOD, "x" * QUESTION_LIMIT, at).question


def test_steps_outside_the_method_are_refused_in_the_users_words() -> None:
    deliberation = Deliberation.start("d1", METHOD, QUESTION, dt.datetime(2026, 3, 12))
    for index, number in ((7, "8"), (-1, "0")):
        with pytest.raises(SessionError) as caught:
            deliberation.at_step(index)
        assert caught.value.text("en") == f"The method has no step {number}"
    with pytest.raises(SessionError) as caught:
        deliberation.at_step(8)
    assert caught.value.text("fr") == "La méthode n'a pas d'étape 9"
    with pytest.raises(SessionError):
        deliberation.at_step(True)  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=-2, max_value=8), max_size=30))
def test_any_walk_stays_inside_the_method_and_remembers_the_furthest_step(
    walk: list[int],
) -> None:
    deliberation = Deliberation.start("d1", METHOD, QUESTION, dt.datetime(2026, 3, 12))
    furthest = 0
    for index in walk:
        if 0 <= index < deliberation.step_count:
            deliberation = deliberation.at_step(index)
            furthest = max(furthest, index)
            assert deliberation.step == index
        else:
            with pytest.raises(SessionError):
                deliberation.at_step(index)
        assert 0 <= deliberation.step < deliberation.step_count
        assert deliberation.reached == furthest


def test_notes_are_never_printed_by_repr() -> None:
    notes = DeliberationNotes.empty(3).with_note(1, NOTES[1]).with_conclusion(CONCLUSION)
    assert notes.note(1) == NOTES[1] and notes.written() == 1
    assert NOTES[1] not in repr(notes) and CONCLUSION not in repr(notes)
    with pytest.raises(SessionError, match="no step 4"):
        notes.with_note(3, "x")


# --- Driven by the session -----------------------------------------------------------------------


def test_start_walk_and_events_that_carry_indices_only() -> None:
    h = Harness()
    deliberation = deliberating(h)
    assert h.session.deliberation == deliberation
    assert deliberation.agenda_item_id == ""  # no agenda item started yet
    assert h.of(DeliberationStarted) == [DeliberationStarted(deliberation)]
    write_every_note(h)
    assert not h.session.next_deliberation_step()  # the last step: what remains is to conclude
    assert h.session.previous_deliberation_step()
    h.session.go_to_deliberation_step(2)
    h.session.go_to_deliberation_step(2)  # already there: nothing happens
    steps = h.of(DeliberationStepChanged)
    assert [e.index for e in steps] == [1, 2, 3, 4, 5, 6, 5, 2]
    assert {e.deliberation_id for e in steps} == {deliberation.id}
    assert h.session.deliberation_notes.note(4) == NOTES[4]  # type: ignore[union-attr]
    assert leaked(h.events, [*NOTES, CONCLUSION]) == []


def test_one_deliberation_at_a_time_and_only_in_an_open_meeting() -> None:
    h = Harness()
    with pytest.raises(SessionError, match="Cannot deliberate: the meeting is prepared"):
        h.session.start_deliberation(QUESTION, METHOD)
    deliberating(h)
    with pytest.raises(SessionError) as caught:
        h.session.start_deliberation("Another question?", METHOD)
    assert caught.value.text("fr") == (
        "Une délibération est en cours : concluez-la ou arrêtez-la d'abord"
    )
    with pytest.raises(SessionError, match="must be a deliberation method"):
        Harness().opened("ann").session.start_deliberation(QUESTION, "dilemma-method")  # type: ignore[arg-type]
    for action in (
        lambda s: s.next_deliberation_step(),
        lambda s: s.write_deliberation_note("x"),
        lambda s: s.abandon_deliberation(),
        lambda s: s.conclude_deliberation(decision_text="x"),
    ):
        with pytest.raises(SessionError, match="No deliberation is under way"):
            action(Harness().opened("ann").session)


def test_concluding_makes_the_decision_from_the_conclusion_in_one_event() -> None:
    h = Harness()
    deliberation = deliberating(h)
    complete(h)  # an item shared during the deliberation's facts
    item = h.session.share()
    write_every_note(h)
    h.clock.advance(25)
    conclusion = h.session.conclude_deliberation(
        decision_text="  A. Martin tells the school J. is tired  ", item_ids=[item.id]
    )
    decision = h.session.decisions[-1]
    assert decision == Decision(
        "id-3",  # id-1 the deliberation, id-2 the item
        "m1",
        "A. Martin tells the school J. is tired",
        (item.id,),
        h.clock.now,
    )
    assert conclusion == DeliberationConclusion(
        id=deliberation.id,
        meeting_id="m1",
        method_id="dilemma-method",
        method_name=METHOD.name,
        question=QUESTION,
        conclusion=CONCLUSION,
        decision_id=decision.id,
        agenda_item_id="",
        started_at=deliberation.started_at,
        concluded_at=h.clock.now,
    )
    concluded = h.of(DeliberationConcluded)
    assert concluded == [DeliberationConcluded(conclusion, decision, 7, 7)]
    assert h.of(DecisionAdded) == []  # recorded with the conclusion, in the same event
    assert h.session.deliberation is None and h.session.deliberation_notes is None
    assert h.session.deliberations == (conclusion,)
    # The conclusion leaves once; the notes of the steps never.
    assert leaked(h.events, NOTES) == []
    assert [name for name, _ in leaked(h.events, [CONCLUSION])] == ["DeliberationConcluded"]


def test_concluding_can_link_a_decision_taken_before() -> None:
    h = Harness()
    deliberating(h)
    earlier = h.session.add_decision("J. stays at home for now")
    h.session.set_deliberation_conclusion(CONCLUSION)
    conclusion = h.session.conclude_deliberation(decision_id=earlier.id)
    assert conclusion.decision_id == earlier.id
    assert h.of(DeliberationConcluded)[0].decision is None
    assert h.session.decisions == (earlier,)
    assert h.of(DeliberationConcluded)[0].steps_reached == 1


@pytest.mark.parametrize(
    ("conclusion", "kwargs", "message"),
    [
        ("", {"decision_text": "x"}, "Write the conclusion the team reached first"),
        ("  \n", {"decision_text": "x"}, "Write the conclusion the team reached first"),
        (CONCLUSION, {}, "Link the conclusion to a decision"),
        (CONCLUSION, {"decision_text": "  "}, "Link the conclusion to a decision"),
        (CONCLUSION, {"decision_id": "x", "decision_text": "y"}, "Link the conclusion"),
        (CONCLUSION, {"decision_id": "nope"}, "That decision was not taken in this meeting"),
        (CONCLUSION, {"decision_text": "x", "item_ids": ["withheld"]}, "only rest on shared"),
    ],
)
def test_a_conclusion_needs_its_text_and_one_decision(
    conclusion: str, kwargs: dict[str, Any], message: str
) -> None:
    h = Harness()
    deliberating(h)
    h.session.write_deliberation_note(NOTES[0])
    h.session.set_deliberation_conclusion(conclusion)
    before = list(h.events)
    with pytest.raises(SessionError, match=message):
        h.session.conclude_deliberation(**kwargs)
    # Refused: nothing happened, and nothing the facilitator typed is lost.
    assert h.events == before
    assert h.session.deliberation_notes.note(0) == NOTES[0]  # type: ignore[union-attr]
    assert h.session.deliberation_notes.conclusion == conclusion  # type: ignore[union-attr]


def test_abandoning_leaves_nothing() -> None:
    h = Harness()
    deliberation = deliberating(h)
    write_every_note(h)
    h.session.abandon_deliberation()
    assert h.session.deliberation is None and h.session.deliberation_notes is None
    assert h.session.deliberations == () and h.session.decisions == ()
    assert h.of(DeliberationAbandoned) == [
        DeliberationAbandoned(deliberation.id, h.clock.now, 7, 7, at_close=False)
    ]
    assert leaked(h.events, [*NOTES, CONCLUSION]) == []
    # A new deliberation starts afresh: the old notes are gone.
    h.session.start_deliberation("Another question?", METHOD)
    notes = h.session.deliberation_notes
    assert notes is not None and notes.notes == ("",) * 7 and notes.conclusion == ""


def test_closing_the_meeting_abandons_the_deliberation() -> None:
    h = Harness()
    deliberation = deliberating(h)
    h.session.write_deliberation_note(NOTES[0])
    h.session.close()
    assert h.session.meeting.state is MeetingState.CLOSED
    assert h.session.deliberation is None
    kinds = [type(e) for e in h.events[-2:]]
    assert kinds == [DeliberationAbandoned, MeetingClosed]
    assert h.of(DeliberationAbandoned)[0].at_close
    assert h.of(DeliberationAbandoned)[0].deliberation_id == deliberation.id
    assert leaked(h.events, NOTES) == []


def test_a_refused_conclusion_keeps_the_deliberation_and_its_notes() -> None:
    """Storage failing on the conclusion (disk full) undoes it in memory: nothing is lost."""
    h = Harness()
    deliberating(h)
    write_every_note(h)

    def full_disk(event: SessionEvent) -> None:
        if isinstance(event, DeliberationConcluded):
            raise OSError("disk full")

    h.session.subscribe(full_disk)
    with pytest.raises(OSError):
        h.session.conclude_deliberation(decision_text="Tell the school")
    assert h.session.deliberation is not None and h.session.deliberation.step == 6
    assert h.session.deliberation_notes.note(3) == NOTES[3]  # type: ignore[union-attr]
    assert h.session.deliberation_notes.conclusion == CONCLUSION  # type: ignore[union-attr]
    assert h.session.decisions == () and h.session.deliberations == ()


def test_the_gate_opens_during_a_deliberation_and_the_deliberation_goes_on() -> None:
    h = Harness()
    deliberation = deliberating(h)
    h.session.write_deliberation_note(NOTES[0])
    complete(h)
    h.session.not_share()
    assert h.session.deliberation == deliberation
    assert h.session.deliberation_notes.note(0) == NOTES[0]  # type: ignore[union-attr]


def test_notes_must_be_text_and_name_a_step_of_the_method() -> None:
    h = Harness()
    deliberating(h)
    with pytest.raises(SessionError, match="note must be a text"):
        h.session.write_deliberation_note(3)  # type: ignore[arg-type]
    with pytest.raises(SessionError, match="no step 8"):
        h.session.write_deliberation_note("x", index=7)
    h.session.write_deliberation_note("on the dilemma", index=1)
    assert h.session.deliberation_notes.note(1) == "on the dilemma"  # type: ignore[union-attr]
    assert h.session.deliberation.step == 0  # type: ignore[union-attr]


def test_a_resumed_meeting_keeps_its_concluded_deliberations() -> None:
    h = Harness()
    deliberating(h)
    h.session.set_deliberation_conclusion(CONCLUSION)
    h.session.conclude_deliberation(decision_text="Tell the school")
    record = h.session._record.copy()  # what storage would give back
    resumed = Harness(record=record, meeting=h.session.meeting)
    assert resumed.session.deliberations == h.session.deliberations
    assert resumed.session.deliberation is None
