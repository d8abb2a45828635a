"""The meeting session under other frameworks: a reason chosen not to share (Caldicott), an
item's purpose kept with it, the legal basis and prior information recorded while the meeting
runs."""

from __future__ import annotations

import pytest
from core_builders import SAM
from session_harness import Harness, complete

from desktop.core.entities import PriorInformation
from desktop.core.events import GateEvaluated, ItemWithheld, MeetingDetailsChanged
from desktop.core.policy import load_policy
from desktop.core.session import SessionError

UK = load_policy("uk-caldicott")
CASE = load_policy("be-case-consultation")
CHILD = load_policy("fr-child-protection")
CARE_ITEM = {"purpose_id": "individual_care", "need_to_know": True, "minimum_necessary": True}


def test_choosing_not_to_share_under_caldicott_needs_a_reason_from_the_list() -> None:
    h = Harness(policy=UK).opened("ann", "ben")
    complete(h, **CARE_ITEM)
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    assert h.session.needs_not_share_reason()
    with pytest.raises(SessionError, match="Choose why the team does not share this"):
        h.session.not_share()
    with pytest.raises(SessionError, match="'gossip' is not one of this framework's reasons"):
        h.session.not_share("gossip")
    assert h.session.draft is not None and h.session.withheld == ()  # nothing was decided
    item = h.session.not_share("not_needed")
    assert item.chose_not_to_share and item.reason_id == "not_needed"
    assert h.of(ItemWithheld)[-1].item.reason_id == "not_needed"


def test_the_failed_conditions_are_the_reasons_when_some_failed() -> None:
    h = Harness(policy=UK).opened("ann", "ben")
    complete(h, **{**CARE_ITEM, "minimum_necessary": False})
    assert not h.session.needs_not_share_reason()
    item = h.session.not_share()
    assert item.failed_conditions == ("minimum",) and item.reason_id == ""


def test_a_policy_without_the_decision_kind_never_asks_for_a_reason() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    assert not h.session.needs_not_share_reason()
    assert h.session.not_share().reason_id == ""
    h.session.propose("ann", "health")
    with pytest.raises(SessionError, match="not one of this framework's reasons"):
        h.session.not_share("not_needed")


def test_a_shared_item_keeps_its_purpose() -> None:
    h = Harness(policy=UK).opened("ann", "ben", "sam")  # secrecy is not Caldicott's condition
    complete(h, **CARE_ITEM)
    item = h.session.share()
    assert item.purpose_id == "individual_care" and SAM.id in item.with_whom
    assert item.consent_basis.key == "consent.implied"


def test_naming_the_legal_basis_during_the_meeting_reopens_the_gate() -> None:
    h = Harness(policy=CASE, consents=()).opened("ann", "ben")
    complete(h, purpose_id="integrity")
    assert h.session.gate_result is not None and h.session.gate_result.unmet == ("basis",)
    with pytest.raises(SessionError, match="'mayor' is not in this framework"):
        h.session.set_legal_basis("mayor")
    h.session.set_legal_basis("prosecutor", "  Authorisation of 2 March 2026 (fictional) ")
    event = h.of(MeetingDetailsChanged)[-1]
    assert event.meeting.legal_basis_id == "prosecutor"
    assert event.meeting.legal_basis_text == "Authorisation of 2 March 2026 (fictional)"
    assert h.of(GateEvaluated)[-1].result.allows_share
    item = h.session.share()
    assert item.consent_basis.key == "basis.named" and item.purpose_id == "integrity"


def test_recording_who_was_informed_during_the_meeting() -> None:
    h = Harness(policy=CHILD, consents=()).opened("ann", "ben")
    complete(h)
    assert h.session.gate_result is not None and h.session.gate_result.unmet == ("informed",)
    h.session.set_prior_information(False, PriorInformation(contrary_reason="  Fictional  "))
    assert h.session.meeting.prior_information.contrary_reason == "Fictional"
    assert h.of(GateEvaluated)[-1].result.allows_share
    with pytest.raises(SessionError, match="information must be who was informed"):
        h.session.set_prior_information(True, "yes")  # type: ignore[arg-type]
    assert h.session.meeting.prior_information.contrary_reason == "Fictional"


def test_meeting_details_change_only_while_the_meeting_is_open() -> None:
    h = Harness(policy=CASE)
    with pytest.raises(SessionError, match="Cannot change the meeting's details"):
        h.session.set_legal_basis("prosecutor")
    assert h.of(MeetingDetailsChanged) == []
