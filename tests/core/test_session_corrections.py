"""Corrections before the meeting closes (issue 11): a shared item's wording corrected or the item
withdrawn by its discloser or the facilitator; decisions and actions edited and deleted; an action
taken on by the person or a relative (a name, not a directory id)."""

from __future__ import annotations

import datetime as dt

import pytest
from session_harness import Harness, complete

from desktop.core.entities import Outcome
from desktop.core.events import (
    ActionChanged,
    ActionDeleted,
    DecisionChanged,
    DecisionDeleted,
    ItemCorrected,
    ItemWithdrawn,
)
from desktop.core.session import SessionError

FIRST = "Sleeps badly since March."
BETTER = "Sleeps badly since March; her GP follows it."


def shared(h: Harness, discloser: str = "ann", wording: str = FIRST):
    """Share one health item from ``discloser`` with Ben and Clara."""
    complete(h, discloser, wording=wording)
    return h.session.share()


def opened() -> Harness:
    return Harness().opened("ann", "ben", "clara")


def test_the_discloser_or_the_facilitator_corrects_the_wording() -> None:
    h = opened()
    item = shared(h, discloser="ben")
    corrected = h.session.correct_wording(item.id, BETTER, by="ben")
    assert corrected.wording == BETTER and h.session.shared == (corrected,)
    again = h.session.correct_wording(item.id, FIRST, by="ann")  # ann facilitates
    assert again.wording == FIRST
    event = h.of(ItemCorrected)[0]
    assert (event.item.wording, event.by, event.at) == (BETTER, "ben", h.clock.now)
    # Everything else of the item stays as it was shared.
    assert again == item


def test_nobody_else_corrects_or_withdraws() -> None:
    h = opened()
    item = shared(h, discloser="ben")
    with pytest.raises(SessionError, match="Only the one who shared"):
        h.session.correct_wording(item.id, BETTER, by="clara")
    with pytest.raises(SessionError, match="Only the one who shared"):
        h.session.withdraw(item.id, by="clara")
    assert h.session.shared == (item,) and not h.of(ItemCorrected) + h.of(ItemWithdrawn)


def test_a_correction_needs_words_and_a_shared_item() -> None:
    h = opened()
    item = shared(h)
    with pytest.raises(SessionError, match="withdraw it"):
        h.session.correct_wording(item.id, "   ", by="ann")
    with pytest.raises(SessionError, match="no such shared item"):
        h.session.correct_wording("nope", BETTER, by="ann")
    h.session.propose("ann", "health")
    withheld = h.session.not_share()
    with pytest.raises(SessionError, match="no such shared item"):
        h.session.withdraw(withheld.id, by="ann")
    with pytest.raises(SessionError, match="must be"):
        h.session.correct_wording(item.id, 42, by="ann")  # type: ignore[arg-type]


def test_the_same_wording_is_no_correction() -> None:
    h = opened()
    item = shared(h)
    assert h.session.correct_wording(item.id, f"  {FIRST} ", by="ann") == item
    assert h.of(ItemCorrected) == []


def test_withdrawing_makes_the_item_not_shared_without_its_content() -> None:
    h = opened()
    item = shared(h, discloser="ben")
    other = shared(h, wording="Her mother works nights.")
    decision = h.session.add_decision("Adapt her mornings", [item.id, other.id])
    action = h.session.add_action("clara", "Call the school", None, [item.id])
    h.clock.advance(3)
    withheld = h.session.withdraw(item.id, by="ben")
    assert h.session.shared == (other,)
    assert h.session.withheld == (withheld,)
    assert withheld.id == item.id and withheld.outcome is Outcome.NOT_SHARED
    assert (withheld.category_id, withheld.proposed_by) == (item.category_id, "ben")
    assert withheld.decided_at == h.clock.now and withheld.chose_not_to_share
    assert FIRST not in repr(withheld)
    # Decisions and actions rest on shared items only: the link goes with the item.
    assert h.session.decisions[0].item_ids == (other.id,)
    assert h.session.actions[0].item_ids == ()
    event = h.of(ItemWithdrawn)[0]
    assert event.item == withheld and event.by == "ben"
    assert event.decisions == (h.session.decisions[0],) and event.actions == h.session.actions
    assert FIRST not in repr(h.events[-1])
    assert decision.id == h.session.decisions[0].id and action.id == h.session.actions[0].id


def test_corrections_only_while_the_meeting_is_open() -> None:
    h = opened()
    item = shared(h)
    decision = h.session.add_decision("Adapt her mornings")
    action = h.session.add_action("ben", "Call the school")
    h.session.close()
    for attempt in (
        lambda: h.session.correct_wording(item.id, BETTER, by="ann"),
        lambda: h.session.withdraw(item.id, by="ann"),
        lambda: h.session.edit_decision(decision.id, "Another"),
        lambda: h.session.delete_decision(decision.id),
        lambda: h.session.edit_action(action.id, "ben", "Another"),
        lambda: h.session.delete_action(action.id),
    ):
        with pytest.raises(SessionError, match="closed"):
            attempt()


def test_decisions_are_edited_and_deleted() -> None:
    h = opened()
    item = shared(h)
    decision = h.session.add_decision("Adapt her mornings")
    edited = h.session.edit_decision(decision.id, "  Adapt her mornings at school ", [item.id])
    assert edited.text == "Adapt her mornings at school" and edited.item_ids == (item.id,)
    assert edited.decided_at == decision.decided_at
    assert h.of(DecisionChanged) == [DecisionChanged(edited)]
    with pytest.raises(SessionError, match="needs a text"):
        h.session.edit_decision(decision.id, "")
    with pytest.raises(SessionError, match="only rest on shared"):
        h.session.edit_decision(decision.id, "x", ["withheld-or-unknown"])
    h.session.delete_decision(decision.id)
    assert h.session.decisions == () and h.of(DecisionDeleted) == [DecisionDeleted(decision.id)]
    with pytest.raises(SessionError, match="no such decision"):
        h.session.delete_decision(decision.id)


def test_actions_are_edited_and_deleted_and_keep_their_postponed_item() -> None:
    h = opened()
    h.session.propose("ann", "family")
    postponed = h.session.postpone("ann", "Ask J.D. first", dt.date(2026, 4, 1))
    edited = h.session.edit_action(postponed.id, "ben", "Ask J.D. at home", dt.date(2026, 4, 3))
    assert (edited.who, edited.what, edited.due) == ("ben", "Ask J.D. at home", dt.date(2026, 4, 3))
    assert edited.postponed_item_id == postponed.postponed_item_id
    assert h.of(ActionChanged) == [ActionChanged(edited)]
    with pytest.raises(SessionError, match="needs a text"):
        h.session.edit_action(postponed.id, "ben", " ")
    with pytest.raises(SessionError, match="Choose who"):
        h.session.edit_action(postponed.id, "nobody-known", "x")
    h.session.delete_action(postponed.id)
    assert h.session.actions == () and h.of(ActionDeleted) == [ActionDeleted(postponed.id)]
    with pytest.raises(SessionError, match="no such action"):
        h.session.edit_action(postponed.id, "ben", "x")


def test_the_person_or_a_relative_can_take_on_an_action() -> None:
    h = opened()
    action = h.session.add_action("", "Bring the school report", who_name="  J.'s mother ")
    assert (action.who, action.who_name) == ("", "J.'s mother")
    # A directory id wins over a name given with it: one "who" only.
    back = h.session.edit_action(action.id, "ben", "Bring the report", who_name="ignored")
    assert (back.who, back.who_name) == ("ben", "")
    with pytest.raises(SessionError, match="Choose who"):
        h.session.add_action("", "Nobody does this", who_name="  ")
    with pytest.raises(SessionError, match="must be"):
        h.session.add_action("", "x", who_name=3)  # type: ignore[arg-type]


def test_a_refused_correction_leaves_the_session_as_it_was() -> None:
    h = opened()
    item = shared(h)
    h.session.add_decision("Adapt her mornings", [item.id])

    def fail(event: object) -> None:
        if isinstance(event, ItemWithdrawn):
            raise OSError("disk full")

    h.session.subscribe(fail)
    with pytest.raises(OSError):
        h.session.withdraw(item.id, by="ann")
    assert h.session.shared == (item,) and h.session.withheld == ()
    assert h.session.decisions[0].item_ids == (item.id,)
