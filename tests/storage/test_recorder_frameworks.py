"""Storage under other frameworks: a meeting's legal basis and prior information, an item's
purpose and a reason not to share are on disk when the action returns, and in the audit log as
ids and flags, never as words about an item."""

from __future__ import annotations

import dataclasses
import datetime as dt

from storage_helpers import PASSPHRASE

from desktop.core.entities import PriorInformation
from desktop.storage.workspace import Workspace

START = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)


def _clock() -> object:
    now = [START]

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(seconds=1)
        return now[0]

    return clock


def _meeting(ws: Workspace, policy_id: str, **changes: object) -> None:
    meeting = ws.meeting("m1")
    ws.save_meeting(dataclasses.replace(meeting, policy_id=policy_id, **changes))


def test_a_caldicott_meeting_keeps_purposes_and_reasons(seeded: Workspace) -> None:
    _meeting(seeded, "uk-caldicott")
    session = seeded.start_session("m1", clock=_clock())
    assert session.policy.id == "uk-caldicott"
    session.open()
    for pid in ("a", "b"):
        session.mark_present(pid)
    answers = {
        "wording": "Often late at school.",
        "good_for_whom": "For X.",
        "why": "The school plan",
        "empty_chair_answer": "She would agree",
        "could_decide_without": False,
        "necessity_reason": "The plan depends on it",
        "purpose_id": "individual_care",
        "need_to_know": True,
        "minimum_necessary": True,
    }
    session.propose("a", "school")
    session.update_draft(**answers)
    shared = session.share()
    session.propose("b", "health")
    session.update_draft(**{**answers, "wording": "A secret never kept"})
    withheld = session.not_share("not_reliable")
    session.close()
    record = seeded.meeting_record("m1")
    assert record.shared[0].purpose_id == "individual_care" and record.shared[0].id == shared.id
    assert record.withheld[0].reason_id == "not_reliable" and record.withheld[0].id == withheld.id
    assert record.withheld[0].chose_not_to_share
    outcomes = [e for e in seeded.audit_events() if e.kind == "gate_outcome"]
    assert outcomes[0].details["purpose_id"] == "individual_care"
    assert outcomes[0].details["verdicts"] == {
        "consent": "met",
        "purpose": "met",
        "need_to_know": "met",
        "minimum": "met",
        "recorded": "met",
        "questions": "met",
    }
    assert outcomes[1].details["reason_id"] == "not_reliable"
    assert "never kept" not in repr(seeded.audit_events())


def test_details_recorded_while_the_meeting_runs_are_on_disk(seeded: Workspace) -> None:
    _meeting(seeded, "fr-child-protection", informed_beforehand=True)
    session = seeded.start_session("m1", clock=_clock())
    session.open()
    session.set_prior_information(
        True, PriorInformation(holders_informed=False, contrary_reason="Fictional: a risk")
    )
    path = seeded.path
    seeded.close()
    with Workspace.open(path, PASSPHRASE) as again:
        meeting = again.meeting("m1")
        assert meeting.prior_information.contrary_reason == "Fictional: a risk"
        assert meeting.informed_beforehand
        event = [e for e in again.audit_events() if e.kind == "meeting_details_changed"][-1]
        assert event.details["contrary_reason_recorded"] is True
        assert "a risk" not in repr(event.details)  # the reason itself stays in the meeting


def test_a_case_consultation_resumes_with_its_legal_basis(seeded: Workspace) -> None:
    _meeting(
        seeded, "be-case-consultation", legal_basis_id="csil_r", legal_basis_text="Ref. 12/2026"
    )
    session = seeded.start_session("m1", clock=_clock())
    session.open()
    path = seeded.path
    seeded.close()
    with Workspace.open(path, PASSPHRASE) as again:
        resumed = again.start_session("m1", clock=_clock())
        assert resumed.meeting.legal_basis_id == "csil_r"
        assert resumed.meeting.legal_basis_text == "Ref. 12/2026"
        assert resumed.policy.legal_basis("csil_r") is not None
