"""The gate panel under each shipped framework: one light per condition of the policy (then the
questions), only the fields its conditions ask for, and the ways forward they offer."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.entities import PriorInformation
from desktop.core.gate import FixKind
from desktop.core.policy import ConditionKind, Policy, load_policy, shipped_policies
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.gate_panel import GatePanel
from desktop.ui.console.not_share import NotShareReasonDialog
from desktop.ui.widgets.framework_fields import MeetingDetailsDialog
from tests.ui.console.conftest import WORDING, FakeClock

PRESETS = list(shipped_policies())


@pytest.fixture(params=PRESETS)
def policy(request: pytest.FixtureRequest) -> Policy:
    """Each shipped framework in turn."""
    return load_policy(request.param)


@pytest.fixture
def panel(qtbot, running: MeetingSession, bridge: SessionBridge, clock: FakeClock) -> GatePanel:
    widget = GatePanel(running, bridge, "en", clock)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    assert widget.begin()
    return widget


def test_one_light_per_condition_of_the_framework(panel: GatePanel, policy: Policy) -> None:
    assert panel.lights.conditions() == policy.condition_ids
    for condition in policy.conditions:
        assert panel.lights.title_text(condition.id) == condition.title.text("en")
        assert panel.lights.mark_text(condition.id) in {"✓", "✗", "…"}
    assert panel.lights.title_text("questions") == "Questions"


def test_only_the_fields_the_framework_asks_for(panel: GatePanel, policy: Policy) -> None:
    kinds = {c.kind for c in policy.conditions}
    assert panel.purpose.isVisibleTo(panel) == bool(policy.purposes)
    mission = policy.condition_of_kind(ConditionKind.WITHIN_MISSION)
    assert panel.need_to_know.isVisibleTo(panel) == bool(mission and mission.need_to_know)
    necessity = policy.condition_of_kind(ConditionKind.NECESSITY)
    assert panel.minimum.isVisibleTo(panel) == bool(necessity and necessity.minimum)
    assert panel.necessity_question.text() == policy.necessity_question("en")
    assert panel.exception_box.isVisibleTo(panel) == bool(policy.exceptions)
    assert ConditionKind.NECESSITY in kinds  # every shipped framework asks it


def _answer(qtbot, panel: GatePanel) -> None:
    if not panel.category.currentData():  # no category is chosen for the user
        panel.category.setCurrentIndex(1)
    qtbot.keyClicks(panel.wording, WORDING)
    qtbot.keyClicks(panel.good_for_whom, "For J.: the school adapts her mornings")
    qtbot.keyClicks(panel.why, "The school plan needs it")
    qtbot.keyClicks(panel.chair_answer, "She asked us to tell the school she is tired")
    panel.without_no.click()
    qtbot.keyClicks(panel.necessity_reason, "The plan depends on her mornings")


@pytest.mark.parametrize("policy", ["uk-caldicott"], indirect=True)
def test_caldicott_asks_purpose_need_to_know_minimum_and_a_reason_not_to_share(
    qtbot, panel: GatePanel, running: MeetingSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    running.step_out("sam")  # Sam works in no mission: he does not need to know
    _answer(qtbot, panel)
    assert panel.lights.mark_text("consent") == "…" and panel.lights.mark_text("purpose") == "…"
    panel.purpose.setCurrentIndex(panel.purpose.findData("individual_care"))
    assert panel.lights.mark_text("consent") == "✓"
    assert "Consent implied" in panel.lights.reason_text("consent")
    assert panel.lights.mark_text("need_to_know") == "…"
    panel.need_to_know.click()
    panel.minimum.click()
    assert panel.share_button.isEnabled()
    asked: list[Policy] = []

    def choose(parent: object, policy: Policy, lang: str) -> str:
        asked.append(policy)
        return "not_reliable"

    monkeypatch.setattr(NotShareReasonDialog, "get", staticmethod(choose))
    panel.not_share()
    assert asked and running.withheld[-1].reason_id == "not_reliable"


@pytest.mark.parametrize("policy", ["uk-caldicott"], indirect=True)
def test_cancelling_the_reason_keeps_the_gate_open(
    qtbot, panel: GatePanel, running: MeetingSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    running.step_out("sam")
    _answer(qtbot, panel)
    panel.purpose.setCurrentIndex(panel.purpose.findData("individual_care"))
    panel.need_to_know.click()
    panel.minimum.click()
    monkeypatch.setattr(NotShareReasonDialog, "get", staticmethod(lambda *a: None))
    panel.not_share()
    assert running.draft is not None and running.withheld == ()


@pytest.mark.parametrize("policy", ["be-case-consultation"], indirect=True)
def test_naming_the_legal_basis_from_the_gate(
    qtbot, panel: GatePanel, running: MeetingSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    running.step_out("sam")
    _answer(qtbot, panel)
    assert panel.lights.mark_text("basis") == "✗"
    fixes = [b.accessibleName() for b in panel.lights.fix_buttons()]
    assert "Name the legal basis" in fixes

    def exec_(dialog: MeetingDetailsDialog) -> int:
        assert dialog.basis is not None
        dialog.basis.choice.setCurrentIndex(dialog.basis.choice.findData("csil_r"))
        return MeetingDetailsDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingDetailsDialog, "exec", exec_)
    button = next(
        b for b in panel.lights.fix_buttons() if b.accessibleName() == "Name the legal basis"
    )
    button.click()
    assert running.meeting.legal_basis_id == "csil_r"
    assert panel.lights.mark_text("basis") == "✓"
    # The purposes offered are those the chosen basis lists.
    offered = [panel.purpose.itemData(i) for i in range(1, panel.purpose.count())]
    assert offered == ["integrity", "terrorism"]
    panel.purpose.setCurrentIndex(panel.purpose.findData("terrorism"))
    assert panel.share_button.isEnabled()


@pytest.mark.parametrize("policy", ["fr-child-protection"], indirect=True)
def test_recording_who_was_informed_from_the_gate(
    qtbot, panel: GatePanel, running: MeetingSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    running.step_out("sam")
    _answer(qtbot, panel)
    assert panel.lights.mark_text("informed") == "✗"
    assert not panel.agrees_now.isVisibleTo(panel)  # information, not consent

    def exec_(dialog: MeetingDetailsDialog) -> int:
        assert dialog.information is not None and dialog.person is not None
        dialog.information.contrary.setText("Fictional: the father threatened the family")
        return MeetingDetailsDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingDetailsDialog, "exec", exec_)
    fix = next(
        f
        for v in running.gate_result.verdicts.values()
        for f in v.fixes
        if f.kind is FixKind.RECORD_INFORMATION
    )
    panel.apply_fix(fix)
    assert running.meeting.prior_information == PriorInformation(
        contrary_reason="Fictional: the father threatened the family"
    )
    assert panel.lights.mark_text("informed") == "✓"
    assert panel.share_button.isEnabled()


@pytest.mark.parametrize("policy", ["fr-care-team"], indirect=True)
def test_an_objection_lights_consent_and_offers_the_confirmation(
    qtbot, panel: GatePanel, running: MeetingSession
) -> None:
    from desktop.core.entities import ConsentKind, ConsentRecord

    objection = ConsentRecord(
        "obj", "jd", ConsentKind.OBJECTED, frozenset({"health"}), professionals=frozenset({"ben"})
    )
    running.update_consents([objection])
    running.step_out("sam")
    panel.category.setCurrentIndex(panel.category.findData("health"))
    _answer(qtbot, panel)
    assert panel.lights.mark_text("consent") == "✗"
    assert "objected to sharing Health with Ben Leroy" in panel.lights.reason_text("consent")
    panel.exception_box.click()
    qtbot.keyClicks(panel.exception_why, "Fictional: he is in danger")
    assert panel.override.isVisibleTo(panel)
    assert "objected" in panel.override.text()
    panel.override.click()
    assert panel.lights.mark_text("consent") == "✓"
    _ = dataclasses  # (imported for symmetry with the other console tests)


def test_a_minors_parents_not_informed_can_be_explained_from_the_gate(
    qtbot, qapp: object, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A French care team: a child's parents must be informed unless that is contrary to the
    child's interest. The gate says "record why ..., or postpone"; recording why is offered
    there, asks only that reason, and keeps what the meeting recorded about the person."""
    import datetime as dt

    from desktop.core.entities import ConsentKind, ConsentRecord, Person
    from tests.ui.console.conftest import DIRECTORY, YOUTH, make_meeting

    policy = load_policy("fr-care-team")
    child = Person("jd", "Julie Dumont", "J.D.", birth_date=dt.date(2016, 1, 5))  # ten
    informed = ConsentRecord(
        "c1", "jd", ConsentKind.INFORMED, frozenset({"health", "school"}),
        missions=frozenset({"youth"}), valid_from=dt.date(2026, 3, 1),
    )  # fmt: skip
    meeting = dataclasses.replace(
        make_meeting(), policy_id=policy.id, informed_beforehand=True, informed_how="letter"
    )
    running = MeetingSession(
        meeting, policy=policy, person=child, mission=YOUTH, directory=DIRECTORY,
        consents=(informed,), clock=clock,
    )  # fmt: skip
    running.open()
    for pid in ("ann", "ben", "clara"):
        running.mark_present(pid)
    running.start_agenda_item(0)
    bridge = SessionBridge(running)
    panel = GatePanel(running, bridge, "en", clock)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    assert panel.begin()
    panel.category.setCurrentIndex(panel.category.findData("school"))
    _answer(qtbot, panel)
    assert panel.lights.mark_text("consent") == "✗"
    assert "J.D.'s parents were not informed" in panel.lights.reason_text("consent")
    shown: list[bool] = []

    def exec_(dialog: MeetingDetailsDialog) -> int:
        assert dialog.information is not None and dialog.person is None
        shown.extend(
            w.isVisibleTo(dialog)
            for w in (dialog.information.holders, dialog.information.not_of_age)
        )
        assert dialog.information.contrary.isVisibleTo(dialog)
        dialog.information.contrary.setText("Fictional: the father threatened the family")
        return MeetingDetailsDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingDetailsDialog, "exec", exec_)
    button = next(
        b
        for b in panel.lights.fix_buttons()
        if b.accessibleName() == "Record who was informed, or why not"
    )
    button.click()
    assert shown == [False, False]  # only the reason: nothing else is asked here
    assert running.meeting.prior_information == PriorInformation(
        contrary_reason="Fictional: the father threatened the family"
    )
    assert running.meeting.informed_beforehand  # what preparation recorded stays
    assert panel.lights.mark_text("consent") == "✓", panel.lights.reason_text("consent")
    assert panel.share_button.isEnabled()
    bridge.detach()
