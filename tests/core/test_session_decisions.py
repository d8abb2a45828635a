"""The meeting session deciding: shared, not shared, postponed; privacy of withheld items;
decisions and actions; resuming from a record."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

import pytest
from core_builders import (
    ANN,
    NOW,
    OLGA,
    SAM,
    consent,
    draft,
)
from session_harness import Harness, complete

from desktop.core.entities import (
    ConsentKind,
    MeetingState,
    Outcome,
    Presence,
)
from desktop.core.events import (
    ActionAdded,
    AttendanceChanged,
    DecisionAdded,
    DraftClosed,
    DraftOpened,
    GateEvaluated,
    ItemShared,
    ItemWithheld,
    MeetingClosed,
)
from desktop.core.session import SessionError, SessionRecord

# --- Deciding ------------------------------------------------------------------------------------


def test_share_records_the_item() -> None:
    h = Harness().opened("ann", "ben", "clara", "sam")
    h.session.start_agenda_item(1)
    proposed_at = h.clock.advance()
    complete(h)
    h.session.step_out("sam")
    with pytest.raises(SessionError, match="Unknown"):
        h.session.update_draft(colour="red")
    shared_at = h.clock.advance(4)
    item = h.session.share()
    filled = draft()
    assert item.id == h.of(DraftOpened)[0].draft_id
    assert (item.meeting_id, item.agenda_item_id, item.discloser_id) == ("m1", "a2", "ann")
    assert (item.category_id, item.wording, item.why) == ("health", filled.wording, filled.why)
    assert item.with_whom == ("ben", "clara")
    assert item.stepped_out == ("sam",)
    assert (
        item.consent_basis.render()
        == "Consent given 1 March 2026 covers Health for everyone in the room"
    )
    assert (item.exception_id, item.exception_justification) == ("", "")
    assert (item.proposed_at, item.shared_at) == (proposed_at, shared_at)
    assert h.session.shared == (item,)
    assert h.session.draft is None and h.session.gate_result is None
    shared_event = h.of(ItemShared)[0]
    assert shared_event.item == item and shared_event.result.allows_share


def test_shared_under_an_exception_keeps_ground_and_justification() -> None:
    h = Harness(consents=()).opened("ann", "ben")
    complete(h, exception_id="danger", exception_justification="  Threatened tonight ")
    item = h.session.share()
    assert (item.exception_id, item.exception_justification) == ("danger", "Threatened tonight")
    assert "under an exception" in item.consent_basis.render()


def test_justification_is_dropped_when_consent_met_c1() -> None:
    h = Harness().opened("ann", "ben")
    complete(h, exception_id="danger", exception_justification="Not needed")
    item = h.session.share()
    assert (item.exception_id, item.exception_justification) == ("", "")


def test_share_refused_when_not_allowed_keeps_the_draft() -> None:
    h = Harness().opened("ann", "ben")
    complete(h, could_decide_without=True)
    with pytest.raises(SessionError, match="not every condition is met"):
        h.session.share()
    assert h.session.draft is not None
    assert h.session.shared == () and h.of(ItemShared) == []


@pytest.mark.parametrize("decide", ["share", "not_share", "postpone"])
def test_step_outs_come_back_after_the_decision(decide: str) -> None:
    h = Harness().opened("ann", "ben", "sam", "nora")
    complete(h)
    h.session.step_out("sam")
    h.session.step_out("nora")
    h.clock.advance()
    if decide == "share":
        item_id = h.session.share().id
    elif decide == "not_share":
        item_id = h.session.not_share().id
    else:
        item_id = h.session.postpone("ben", "Ask J.D. first").postponed_item_id
    attendance = h.session.attendance()
    for pid in ("sam", "nora"):
        assert attendance[pid].presence is Presence.PRESENT
        assert attendance[pid].stepped_out_of == [item_id]
        assert attendance[pid].changes[-1] == (h.clock.now, Presence.PRESENT)
    assert attendance["ben"].stepped_out_of == []
    closed = max(i for i, e in enumerate(h.events) if isinstance(e, DraftClosed))
    after = [type(e) for e in h.events[closed + 1 : closed + 3]]
    assert after == [AttendanceChanged, AttendanceChanged], "they come back once the gate closed"


def test_not_share_keeps_only_category_conditions_proposer_and_time() -> None:
    h = Harness().opened("ann", "ben", "sam")
    h.session.start_agenda_item(0)
    complete(h, could_decide_without=True)
    decided_at = h.clock.advance(2)
    item = h.session.not_share()
    assert (item.meeting_id, item.agenda_item_id, item.category_id) == ("m1", "a1", "health")
    assert item.outcome is Outcome.NOT_SHARED
    assert item.failed_conditions == ("secrecy", "necessity")
    assert not item.chose_not_to_share
    assert (item.proposed_by, item.proposed_at, item.decided_at) == ("ann", NOW, decided_at)
    assert h.session.withheld == (item,) and [e.item for e in h.of(ItemWithheld)] == [item]
    assert {f.name for f in dataclasses.fields(item)} == {
        "id", "meeting_id", "agenda_item_id", "category_id", "outcome", "failed_conditions",
        "chose_not_to_share", "proposed_by", "proposed_at", "decided_at", "reason_id",
    }  # fmt: skip
    assert item.reason_id == ""  # a closed-list reason, and only when the policy asks for one


def test_choosing_not_to_share_when_everything_is_met() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    item = h.session.not_share()
    assert item.chose_not_to_share and item.failed_conditions == ()


def test_postpone_creates_the_action_to_ask_the_person() -> None:
    h = Harness(consents=()).opened("ann", "ben")
    complete(h, category_id="family")
    action = h.session.postpone(
        "ben", "  Ask J.D. about sharing family matters ", dt.date(2026, 4, 1)
    )
    item = h.session.withheld[0]
    assert item.outcome is Outcome.POSTPONED and item.category_id == "family"
    assert item.failed_conditions == ("consent",)
    assert action.postponed_item_id == item.id
    assert (action.who, action.what, action.due) == (
        "ben",
        "Ask J.D. about sharing family matters",
        dt.date(2026, 4, 1),
    )
    assert h.session.actions == (action,)
    assert h.of(ActionAdded) == [ActionAdded(action)]


def test_postpone_needs_someone_from_the_directory() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    with pytest.raises(SessionError, match="Choose who will ask the person"):
        h.session.postpone("nobody", "Ask")
    assert h.session.withheld == () and h.session.draft is not None


def test_cancel_draft_records_nothing() -> None:
    h = Harness().opened("ann", "ben")
    h.session.cancel_draft()  # nothing open: no-op
    complete(h)
    h.session.cancel_draft()
    assert h.session.draft is None
    assert h.session.shared == () and h.session.withheld == ()
    assert isinstance(h.events[-1], DraftClosed)


def test_closing_discards_a_draft() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    h.session.close()
    assert h.session.draft is None and h.session.gate_result is None
    assert h.session.shared == () and h.session.withheld == ()
    assert [type(e) for e in h.events[-2:]] == [DraftClosed, MeetingClosed]
    assert h.events[-1].discarded_draft is True  # type: ignore[union-attr]


# --- Privacy: nothing typed in the gate leaves the session unless shared -------------------------

SECRETS = {
    "wording": "WORDING-Xq7 sleeps in the car",
    "good_for_whom": "GOOD-Xq7 for her brother",
    "why": "WHY-Xq7 the judge asked",
    "empty_chair_answer": "CHAIR-Xq7 she would object",
    "necessity_reason": "NEED-Xq7 the plan",
    "statement_of": "STATEMENT-Xq7 her uncle",
    "exception_justification": "JUSTIFY-Xq7 threats",
}


def _type_secrets(h: Harness, **extra: Any) -> None:
    h.session.propose("ann", "health")
    h.session.update_draft(nature="statement")  # "statement of" is kept only for a statement
    for name, text in SECRETS.items():  # one keystroke-like update per answer
        h.session.update_draft(**{name: text})
    h.session.update_draft(nature="statement", could_decide_without=False, **extra)


def _leaks(objects: Iterable[object]) -> list[str]:
    text = "\n".join(repr(o) for o in objects)
    return [secret for secret in SECRETS.values() if secret in text]


@pytest.mark.parametrize("decide", ["not_share", "postpone", "close", "cancel"])
def test_no_event_of_a_withheld_item_carries_wording_or_answers(decide: str) -> None:
    h = Harness(consents=[consent(ConsentKind.NOT_OBTAINABLE)]).opened("ann", "ben", "sam")
    _type_secrets(h, in_persons_interest=True, exception_id="danger")
    h.session.step_out("sam")
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    if decide == "not_share":
        h.session.not_share()
    elif decide == "postpone":
        h.session.postpone("ben", "Ask J.D. first")
    elif decide == "cancel":
        h.session.cancel_draft()
    else:
        h.session.close()
    assert len(h.of(GateEvaluated)) >= len(SECRETS)
    assert _leaks(h.events) == []
    assert _leaks([h.session.withheld, h.session.actions, h.session.attendance()]) == []


def test_events_during_drafting_carry_no_answers_even_when_shared_later() -> None:
    h = Harness(consents=()).opened("ann", "ben")
    _type_secrets(h, exception_id="danger")
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    assert _leaks(h.events) == []
    h.session.share()
    shared = h.of(ItemShared)
    assert set(_leaks(shared)) == set(SECRETS.values())  # the shared item keeps them all
    assert _leaks(e for e in h.events if not isinstance(e, ItemShared)) == []


# --- Decisions and actions -----------------------------------------------------------------------


def test_decisions_and_actions_rest_on_shared_items_only() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    shared = h.session.share()
    complete(h)
    withheld = h.session.not_share()
    at = h.clock.advance()
    decision = h.session.add_decision("  Ann visits the school ", [shared.id])
    assert (decision.text, decision.item_ids, decision.decided_at) == (
        "Ann visits the school",
        (shared.id,),
        at,
    )
    action = h.session.add_action("ann", "Visit the school", dt.date(2026, 3, 20), [shared.id])
    assert (action.who, action.item_ids, action.postponed_item_id) == ("ann", (shared.id,), "")
    assert h.session.decisions == (decision,) and h.session.actions == (action,)
    assert h.of(DecisionAdded) == [DecisionAdded(decision)]
    assert h.of(ActionAdded) == [ActionAdded(action)]
    rules = [
        (lambda: h.session.add_decision("  "), "A decision needs a text"),
        (lambda: h.session.add_decision("x", [withheld.id]), "only rest on shared items"),
        (lambda: h.session.add_action("nobody", "x"), "Choose who will carry out the action"),
        (lambda: h.session.add_action("ann", " "), "An action needs a text"),
        (lambda: h.session.add_action("ann", "x", None, ["nope"]), "only rest on shared items"),
    ]
    for act, message in rules:
        with pytest.raises(SessionError, match=message):
            act()
    assert len(h.session.decisions) == 1 and len(h.session.actions) == 1


# --- Resuming ------------------------------------------------------------------------------------


def test_a_session_built_from_its_record_continues_where_it_was() -> None:
    first = Harness().opened("ann", "ben", "sam")
    first.session.start_agenda_item(1)
    complete(first)
    first.session.step_out("sam")
    shared = first.session.share()
    complete(first, could_decide_without=True)
    withheld = first.session.not_share()
    decision = first.session.add_decision("Ann visits the school", [shared.id])
    first.session.leave("ben")

    s = first.session
    record = SessionRecord(
        attendance=s.attendance(),
        agenda_index=s.agenda_index,
        agenda_started_at=s.agenda_started_at,
        shared=list(s.shared),
        withheld=list(s.withheld),
        decisions=list(s.decisions),
        actions=list(s.actions),
    )
    second = Harness(record=record, meeting=s.meeting, id_prefix="resumed")
    r = second.session
    assert r.meeting.state is MeetingState.OPEN
    assert r.attendance() == s.attendance()
    assert r.room() == (ANN, SAM)
    assert r.attendance()["sam"].stepped_out_of == [shared.id]
    assert (r.agenda_index, r.agenda_started_at) == (1, s.agenda_started_at)
    assert (r.shared, r.withheld, r.decisions) == ((shared,), (withheld,), (decision,))
    with pytest.raises(SessionError, match="Cannot open the meeting: the meeting is open"):
        r.open()
    r.mark_present("ben")
    r.leave("sam")
    second.clock.advance(10)
    complete(second, discloser="ben")
    again = r.share()
    assert again.id not in {shared.id, withheld.id}
    assert again.with_whom == ("ann",)
    assert r.shared == (shared, again)
    assert not r.next_agenda_item()
    r.close()
    assert r.meeting.state is MeetingState.CLOSED


def test_resume_adds_invitees_missing_from_the_record() -> None:
    h = Harness(record=SessionRecord(), invitees=("ann", "olga"))
    assert set(h.session.attendance()) == {"ann", "olga"}
    assert h.session.professional("olga") == OLGA
