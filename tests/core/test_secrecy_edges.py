"""Secrecy at every edge (issue 9): a share needs a recipient, a refusal is never bypassed by
emptying the room, an exception overrides consent and nothing else, events carry what storage
needs, the known wishes stay off the shared screen unless the whole room may see them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from core_builders import SAM, consent, pro, refusal
from session_harness import Harness, complete

from desktop.core.entities import Nature, Presence
from desktop.core.events import (
    AttendanceChanged,
    GateEvaluated,
    ItemShared,
    ItemWithheld,
    KnownWishesDisplayChanged,
    MeetingClosed,
)
from desktop.core.gate import FixKind, Status
from desktop.core.session import SessionError

EXCEPTION = {"exception_id": "danger", "exception_justification": "Threatened tonight"}


def _questions(h: Harness) -> Any:
    result = h.session.gate_result
    assert result is not None
    return result["questions"]


# --- A share needs a recipient: every route to an empty list is refused -------------------------


def _refused_for_nobody(h: Harness) -> None:
    result = h.session.gate_result
    assert result is not None and not result.allows_share
    with pytest.raises(SessionError, match="not every condition is met"):
        h.session.share()
    assert h.session.shared == ()


def test_the_discloser_alone_cannot_share() -> None:
    h = Harness().opened("ann")
    complete(h)
    verdict = _questions(h)
    assert verdict.status is Status.NOT_MET
    assert verdict.reason() == "Nobody would receive this: share nothing, or bring someone back"
    assert [f.kind for f in verdict.fixes] == [FixKind.NOT_SHARE]
    _refused_for_nobody(h)


def test_everyone_else_stepping_out_leaves_nobody_and_offers_to_bring_them_back() -> None:
    h = Harness().opened("ann", "ben", "clara")
    complete(h)
    h.session.step_out("ben")
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    h.session.step_out("clara")
    verdict = _questions(h)
    back = [f for f in verdict.fixes if f.kind is FixKind.COME_BACK]
    assert [f.professional_ids for f in back] == [("ben",), ("clara",)]
    assert [f.message.render() for f in back] == ["Bring Ben Leroy back", "Bring Clara Dubois back"]
    _refused_for_nobody(h)
    h.session.come_back("clara")
    assert h.session.share().with_whom == ("clara",)


def test_everyone_else_leaving_leaves_nobody() -> None:
    h = Harness().opened("ann", "ben", "clara")
    complete(h)
    h.session.leave("ben")
    h.session.leave("clara")
    _refused_for_nobody(h)


def test_everyone_out_including_the_discloser() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    h.session.step_out("ben")
    h.session.step_out("ann")
    assert h.session.room() == ()
    _refused_for_nobody(h)


@pytest.mark.parametrize("route", ["step_out", "leave"])
def test_a_refusal_of_everyone_is_never_bypassed_by_emptying_the_room(route: str) -> None:
    h = Harness(consents=[consent(), refusal(missions=("youth",))]).opened("ann", "ben", "clara")
    complete(h)
    consent_verdict = h.session.gate_result["consent"]  # type: ignore[index]
    assert consent_verdict.status is Status.NOT_MET
    # The refusal names everyone who would receive it: the fix is to ask, never to send all out.
    assert [f.kind for f in consent_verdict.fixes] == [FixKind.POSTPONE]
    getattr(h.session, route)("ben")
    getattr(h.session, route)("clara")
    _refused_for_nobody(h)


def test_a_refusal_of_some_recipients_offers_their_step_out_and_then_allows_the_others() -> None:
    h = Harness(consents=[consent(), refusal(professionals=("ben",))]).opened("ann", "ben", "clara")
    complete(h)
    verdict = h.session.gate_result["consent"]  # type: ignore[index]
    assert [(f.kind, f.professional_ids) for f in verdict.fixes] == [
        (FixKind.STEP_OUT, ("ben",)),
        (FixKind.POSTPONE, ()),
    ]
    h.session.step_out("ben")
    item = h.session.share()
    assert (item.with_whom, item.stepped_out) == (("clara",), ("ben",))


def test_no_fix_ever_sends_the_last_recipient_out() -> None:
    h = Harness().opened("ann", "sam")
    complete(h)
    result = h.session.gate_result
    assert result is not None
    assert result["secrecy"].status is Status.NOT_MET
    kinds = [f.kind for v in result.verdicts.values() for f in v.fixes]
    assert FixKind.STEP_OUT not in kinds


# --- Exceptions override consent, never the room ------------------------------------------------


def _with_refusal() -> Harness:
    refused = refusal(id="r1", professionals=("ben",), recorded_on=dt.date(2026, 3, 2))
    return Harness(consents=[consent(), refused]).opened("ann", "ben", "clara")


def test_an_exception_against_a_refusal_needs_the_confirmation_naming_it() -> None:
    h = _with_refusal()
    complete(h, **EXCEPTION)
    verdict = h.session.gate_result["consent"]  # type: ignore[index]
    assert verdict.status is Status.NEEDS_ANSWER and verdict.refusal_ids == ("r1",)
    assert "refused sharing Health with Ben Leroy (psychologist)" in verdict.reason()
    with pytest.raises(SessionError):
        h.session.share()
    h.session.update_draft(refusal_override=["r1"])
    item = h.session.share()
    assert item.exception_id == "danger" and item.exception_justification == "Threatened tonight"
    assert item.consent_basis.key == "consent.exception_over_refusal"
    assert "refused sharing Health with Ben Leroy" in item.consent_basis.render()
    assert item.with_whom == ("ben", "clara")


def test_an_exception_never_satisfies_secrecy_mission_necessity_or_the_questions() -> None:
    h = Harness(consents=[refusal(id="r1", missions=("youth",))]).opened("ann", "ben", "sam")
    complete(h, **EXCEPTION)
    h.session.update_draft(refusal_override=("r1",), could_decide_without=True)
    result = h.session.gate_result
    assert result is not None
    assert result["consent"].met and result.exception_id == "danger"
    assert result.unmet == ("secrecy", "necessity")
    h.session.step_out("sam")
    h.session.step_out("ben")
    h.session.update_draft(could_decide_without=False)
    assert h.session.gate_result.unmet == ("questions",)  # type: ignore[union-attr]
    _refused_for_nobody(h)


def test_the_exception_and_its_refusal_reach_the_event_for_the_audit_log() -> None:
    h = _with_refusal()
    complete(h, **EXCEPTION)
    h.session.update_draft(refusal_override=("r1",))
    h.session.share()
    (event,) = h.of(ItemShared)
    assert event.result.exception_id == "danger"
    assert event.result["consent"].refusal_ids == ("r1",)


# --- Per-item recipients and events that carry everything ---------------------------------------


def test_recipients_are_the_room_at_the_moment_of_sharing() -> None:
    h = Harness().opened("ann", "ben", "clara")
    complete(h)
    h.session.step_out("clara")
    first = h.session.share()
    h.session.mark_present("nora")  # arrives after the first item: it did not reach her
    h.session.update_professional(
        dataclasses.replace(h.session.professional("nora"), secrecy_basis="Law")
    )
    complete(h)
    second = h.session.share()
    assert first.with_whom == ("ben",) and first.stepped_out == ("clara",)
    assert second.with_whom == ("ben", "clara", "nora") and second.stepped_out == ()
    assert (first.sequence, second.sequence) == (1, 2)


def test_withheld_event_carries_who_stepped_out_and_the_verdicts() -> None:
    h = Harness().opened("ann", "ben", "sam")
    complete(h)
    h.session.step_out("ben")
    item = h.session.not_share()
    (event,) = h.of(ItemWithheld)
    assert event.item == item and event.stepped_out == ("ben",)
    assert event.result is not None and event.result.unmet == ("secrecy",)


def test_attendance_events_carry_the_invitees_and_closing_carries_the_counts() -> None:
    h = Harness().opened("ann", "ben")
    h.session.admit(pro("zoe", "Zoé Walk", "educator"))
    invited, arrived = h.of(AttendanceChanged)[-2:]
    assert (invited.presence, arrived.presence) == (Presence.INVITED, Presence.PRESENT)
    assert arrived.invitees[-1] == "zoe" and arrived.invitees == h.session.meeting.invitees
    complete(h)
    h.session.share()
    complete(h)
    h.session.not_share()
    h.session.close()
    closed = h.of(MeetingClosed)[-1]
    assert (closed.shared, closed.withheld) == (1, 1)


# --- Walk-ins -----------------------------------------------------------------------------------


def test_a_walk_in_is_invited_and_present_in_one_step_and_the_gate_follows_at_once() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    officer = pro("tom", "Tom Agent", "police", bound=False)
    h.session.admit(officer)
    assert h.session.presence("tom") is Presence.PRESENT
    assert "tom" in h.session.meeting.invitees
    last = h.of(GateEvaluated)[-1].result
    assert last.unmet == ("secrecy",)
    # Someone already invited (excused, say) who walks in after all is simply marked present.
    h.session.admit(h.session.professional("clara"))
    assert h.session.presence("clara") is Presence.PRESENT


def test_admit_refuses_what_is_not_a_directory_entry_and_inactive_people() -> None:
    h = Harness().opened("ann")
    with pytest.raises(SessionError, match="must be a directory entry"):
        h.session.admit("zoe")  # type: ignore[arg-type]
    with pytest.raises(SessionError, match="no longer active"):
        h.session.admit(pro("old", "Old Timer", "educator", active=False))
    assert "old" not in h.session.meeting.invitees


# --- Minor points ---------------------------------------------------------------------------------


def test_items_shared_in_the_same_second_keep_their_order() -> None:
    h = Harness().opened("ann", "ben")
    for _ in range(5):
        complete(h)
        h.session.share()
    assert [i.sequence for i in h.session.shared] == [1, 2, 3, 4, 5]
    assert len({i.shared_at for i in h.session.shared}) == 1


def test_statement_of_is_kept_only_while_the_nature_is_statement() -> None:
    h = Harness().opened("ann", "ben")
    complete(h, nature=Nature.STATEMENT, statement_of="her uncle")
    assert h.session.draft is not None and h.session.draft.statement_of == "her uncle"
    h.session.update_draft(nature="fact")
    assert h.session.draft.statement_of == ""
    h.session.update_draft(statement_of="typed while a fact")
    assert h.session.draft.statement_of == ""
    item = h.session.share()
    assert item.nature is Nature.FACT and item.statement_of == ""


@pytest.mark.parametrize(
    "changes",
    [
        {"wording": 42},
        {"wording": None},
        {"in_persons_interest": "yes"},
        {"could_decide_without": "no"},
        {"nature": ["fact"]},
        {"nature": "rumour"},
        {"refusal_override": "r1"},
        {"discloser_id": 7},
        {"category_id": None},
    ],
)
def test_update_draft_with_a_wrong_type_is_a_session_error(changes: dict[str, Any]) -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    before = h.session.draft
    with pytest.raises(SessionError):
        h.session.update_draft(**changes)
    assert h.session.draft == before


def test_every_bad_argument_to_the_session_is_a_session_error() -> None:
    h = Harness().opened("ann", "ben")
    s = h.session
    bad = [
        lambda: s.start_agenda_item("1"),
        lambda: s.start_agenda_item(True),
        lambda: s.set_show_wording("yes"),
        lambda: s.set_show_known_wishes(1),
        lambda: s.set_participation("somewhere"),
        lambda: s.set_participation("present", None),
        lambda: s.mark_present(["ben"]),
        lambda: s.invite(None),
        lambda: s.step_out(3),
        lambda: s.propose(None, "health"),
        lambda: s.propose("ann", 5),
        lambda: s.update_consents(None),
        lambda: s.update_consents(["not a consent"]),
        lambda: s.update_professional("ben"),
        lambda: s.add_decision(None),
        lambda: s.add_decision("x", "abc"),
        lambda: s.add_decision("x", 5),
        lambda: s.add_action(None, "x"),
        lambda: s.add_action("ann", None),
        lambda: s.add_action("ann", "x", "tomorrow"),
    ]
    for act in bad:
        with pytest.raises(SessionError):
            act()
    complete(h)
    for act in (
        lambda: s.postpone(None, "Ask"),
        lambda: s.postpone("ann", None),
        lambda: s.postpone("ann", "Ask", "soon"),
    ):
        with pytest.raises(SessionError):
            act()
    assert s.draft is not None and s.withheld == ()


# --- The known wishes on the shared screen --------------------------------------------------------


def test_known_wishes_are_hidden_until_the_facilitator_shows_them() -> None:
    h = Harness().opened("ann", "ben")
    assert not h.session.known_wishes_requested and not h.session.known_wishes_shown
    h.session.set_show_known_wishes(True)
    assert h.session.known_wishes_shown
    assert h.of(KnownWishesDisplayChanged)[-1] == KnownWishesDisplayChanged(True, True, ())
    h.session.set_show_known_wishes(False)
    assert not h.session.known_wishes_shown


def test_known_wishes_hide_at_once_when_someone_unbound_arrives_and_come_back_after() -> None:
    h = Harness().opened("ann", "ben")
    h.session.set_show_known_wishes(True)
    h.session.mark_present("sam")
    assert not h.session.known_wishes_shown and h.session.known_wishes_requested
    event = h.of(KnownWishesDisplayChanged)[-1]
    assert (event.shown, event.held_back_by) == (False, ("sam",))
    assert h.session.known_wishes_held_back_by() == (SAM,)
    h.session.step_out("sam")
    assert h.session.known_wishes_shown
    h.session.come_back("sam")
    assert not h.session.known_wishes_shown


def test_known_wishes_hide_for_someone_outside_the_mission_or_without_a_basis() -> None:
    h = Harness().opened("ann", "ben")
    h.session.set_show_known_wishes(True)
    h.session.mark_present("nora")  # bound, but no basis on record
    assert not h.session.known_wishes_shown
    h.session.leave("nora")
    assert h.session.known_wishes_shown
    h.session.update_professional(
        dataclasses.replace(h.session.professional("ben"), missions=frozenset())
    )
    assert not h.session.known_wishes_shown


def test_known_wishes_are_off_at_each_new_meeting_and_after_closing() -> None:
    h = Harness().opened("ann", "ben")
    h.session.set_show_known_wishes(True)
    h.session.close()
    assert not h.session.known_wishes_shown and not h.session.known_wishes_requested
    again = Harness().opened("ann")
    assert not again.session.known_wishes_requested


def test_showing_known_wishes_needs_an_open_meeting() -> None:
    h = Harness()
    with pytest.raises(SessionError, match="the meeting is prepared"):
        h.session.set_show_known_wishes(True)


def test_known_wishes_wait_for_the_undertaking_of_everyone_in_the_room() -> None:
    # Until they confirm the undertaking the meeting asks for, an attendee counts as not bound
    # (issue 15): the wishes stay off the shared screen, for a walk-in too.
    h = Harness(undertaking_required=True).opened("ann", "ben")
    h.session.set_show_known_wishes(True)
    assert not h.session.known_wishes_shown
    assert {p.id for p in h.session.known_wishes_held_back_by()} == {"ann", "ben"}
    h.session.give_undertaking()
    assert h.session.known_wishes_shown
    h.session.mark_present("clara")
    assert not h.session.known_wishes_shown
    assert h.of(KnownWishesDisplayChanged)[-1].held_back_by == ("clara",)
    h.session.give_undertaking(["clara"])
    assert h.session.known_wishes_shown
