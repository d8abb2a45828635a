"""The gate panel: live lights, Share only when every condition is met, fixes, decisions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.entities import Outcome, Participation, Presence
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.gate_panel import GatePanel
from desktop.ui.console.postpone import PostponeDialog
from tests.ui.console.conftest import WORDING, FakeClock


@pytest.fixture
def panel(qtbot, running: MeetingSession, bridge: SessionBridge, clock: FakeClock) -> GatePanel:
    """A gate panel over the running session, already opened."""
    widget = GatePanel(running, bridge, "en", clock)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    assert widget.begin()
    return widget


def fill(qtbot, panel: GatePanel) -> None:
    """Answer every question by typing, as a user would."""
    panel.category.setCurrentIndex(panel.category.findData("health"))
    qtbot.keyClicks(panel.wording, WORDING)
    qtbot.keyClicks(panel.good_for_whom, "For J.: the school adapts her mornings")
    qtbot.keyClicks(panel.why, "The school plan needs it")
    qtbot.keyClicks(panel.chair_answer, "She asked us to tell the school she is tired")
    panel.without_no.click()
    qtbot.keyClicks(panel.necessity_reason, "The plan depends on her mornings")


def test_lights_update_on_every_keystroke(qtbot, panel: GatePanel) -> None:
    assert panel.lights.mark_text("necessity") == "…"
    assert "wording" in panel.lights.reason_text("necessity")
    qtbot.keyClicks(panel.wording, "S")
    assert "wording" not in panel.lights.reason_text("necessity")
    panel.without_no.click()
    qtbot.keyClicks(panel.necessity_reason, "x")
    assert panel.lights.mark_text("necessity") == "✓"
    qtbot.keyClick(panel.necessity_reason, Qt.Key.Key_Backspace)
    assert panel.lights.mark_text("necessity") == "…"


def test_share_disabled_until_sam_steps_out_by_the_fix_button(
    qtbot, panel: GatePanel, running: MeetingSession
) -> None:
    fill(qtbot, panel)
    assert not panel.share_button.isEnabled()
    assert panel.lights.mark_text("secrecy") == "✗"
    assert "Sam Peeters" in panel.lights.reason_text("secrecy")
    buttons = [b for b in panel.lights.fix_buttons() if "Sam Peeters" in b.accessibleName()]
    assert [b.accessibleName() for b in buttons] == ["Ask Sam Peeters to step out for this item"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert running.presence("sam") is Presence.STEPPED_OUT
    assert panel.lights.mark_text("secrecy") == "✓"
    assert panel.share_button.isEnabled()
    assert "Sam" not in panel.with_whom.text()
    qtbot.keyClick(panel.why, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [i.wording for i in running.shared] == [WORDING]
    assert running.presence("sam") is Presence.PRESENT  # back in after the item


def test_ctrl_enter_does_nothing_while_blocked(qtbot, panel: GatePanel, running) -> None:
    fill(qtbot, panel)
    qtbot.keyClick(panel.wording, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert running.shared == () and running.draft is not None


def test_arrival_reevaluates_the_open_gate(qtbot, panel: GatePanel, running) -> None:
    running.step_out("sam")
    fill(qtbot, panel)
    assert panel.share_button.isEnabled()
    running.come_back("sam")
    assert not panel.share_button.isEnabled()
    assert panel.lights.mark_text("secrecy") == "✗"


def test_empty_chair_question_shows_the_persons_wishes(panel: GatePanel, running) -> None:
    assert panel.chair_box.isVisible() and not panel.agrees_now.isVisible()
    assert "Tell the school I am tired" in panel.wishes.text()
    running.set_participation(Participation.PRESENT)
    assert not panel.chair_box.isVisible()
    # "Agrees now" is asked only when the consent on file does not cover the item.
    panel.category.setCurrentIndex(panel.category.findData("health"))
    assert not panel.agrees_now.isVisible()
    panel.category.setCurrentIndex(panel.category.findData("family"))
    assert panel.agrees_now.isVisible()


def test_not_share_keeps_no_wording(qtbot, panel: GatePanel, running) -> None:
    qtbot.keyClicks(panel.wording, WORDING)
    with qtbot.waitSignal(panel.finished) as signal:
        panel.not_share_button.click()
    assert signal.args == ["not_shared"]
    assert running.withheld[0].outcome is Outcome.NOT_SHARED
    assert WORDING not in repr(running.withheld)


def test_postpone_creates_an_action_without_the_wording(
    qtbot, panel: GatePanel, running, monkeypatch
) -> None:
    panel.category.setCurrentIndex(panel.category.findData("health"))
    qtbot.keyClicks(panel.wording, WORDING)
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PostponeDialog)
        seen["what"] = dialog.what.text()
        dialog.what.setText(WORDING)  # repeating the wording is refused ...
        dialog._try_accept()
        seen["error"] = dialog.error.text()
        dialog.what.setText(seen["what"])  # ... the proposed text is accepted
        dialog._try_accept()

    QTimer.singleShot(0, answer)
    panel.postpone_button.click()
    assert "must not repeat" in seen["error"]
    action = running.actions[0]
    assert action.what == "Ask J.D. whether we may share an item (Health)"
    assert action.who == "ann" and action.postponed_item_id
    assert WORDING not in repr(running.actions) + repr(running.withheld)
    assert running.withheld[0].outcome is Outcome.POSTPONED


def test_escape_asks_before_dropping_what_was_typed(qtbot, panel: GatePanel, running) -> None:
    qtbot.keyClicks(panel.wording, "draft")
    asked: list[bool] = []
    panel.confirm_discard = lambda: asked.append(True) or False  # type: ignore[method-assign]
    qtbot.keyClick(panel.wording, Qt.Key.Key_Escape)
    assert asked and running.draft is not None
    panel.confirm_discard = lambda: True  # type: ignore[method-assign]
    qtbot.keyClick(panel.wording, Qt.Key.Key_Escape)
    assert running.draft is None and running.withheld == ()


def test_escape_on_an_empty_gate_closes_without_asking(qtbot, panel: GatePanel, running) -> None:
    panel.confirm_discard = lambda: pytest.fail("nothing typed")  # type: ignore[method-assign]
    qtbot.keyClick(panel.discloser, Qt.Key.Key_Escape)
    assert running.draft is None


def test_person_agrees_fix_ticks_the_box(qtbot, make_session, clock) -> None:
    session = make_session(participation=Participation.PRESENT, consents=())
    session.open()
    for pid in ("ann", "ben"):
        session.mark_present(pid)
    bridge = SessionBridge(session)
    panel = GatePanel(session, bridge, "en", clock)
    qtbot.addWidget(panel)
    panel.show()
    panel.begin()
    assert panel.lights.mark_text("consent") == "…"  # no category yet
    assert "Choose a category" in panel.lights.reason_text("consent")
    assert not panel.agrees_now.isVisible()
    panel.category.setCurrentIndex(panel.category.findData("health"))
    assert panel.lights.mark_text("consent") == "✗"
    assert panel.agrees_now.isVisible()  # asked now that no consent covers the item
    button = next(b for b in panel.lights.fix_buttons() if "agrees" in b.accessibleName())
    assert button.accessibleName() == "J.D. is here and agrees"
    button.click()
    assert panel.agrees_now.isChecked()
    assert panel.lights.mark_text("consent") == "✓"
    bridge.detach()


def test_policy_exception_replaces_missing_consent(qtbot, panel: GatePanel, running) -> None:
    panel.category.setCurrentIndex(panel.category.findData("justice"))
    assert panel.lights.mark_text("consent") == "✗"
    panel.exception_box.setChecked(True)
    assert panel.lights.mark_text("consent") == "…"
    qtbot.keyClicks(panel.exception_why, "Imminent danger at home")
    assert panel.lights.mark_text("consent") == "✓"


def test_no_category_is_chosen_and_special_ones_explain_themselves(panel: GatePanel, running):
    assert panel.category.currentData() == "" and running.draft.category_id == ""
    assert "Choose a category" in panel.lights.reason_text("consent")
    assert not panel.share_button.isEnabled()
    health = panel.category.findData("health")
    note = running.policy.text("special_category", "en")  # the policy's own words
    assert "special" in panel.category.itemText(health)
    assert panel.category.itemData(health, Qt.ItemDataRole.ToolTipRole) == note
    assert (
        panel.category.itemData(panel.category.findData("family"), Qt.ItemDataRole.ToolTipRole)
        is None
    )
    panel.category.setCurrentIndex(health)
    assert panel.category.toolTip() == note


@pytest.mark.parametrize(
    ("policy_id", "asked"),
    [
        # The Belgian framework: a ten-year-old's parents decide.
        ("be-shared-secrecy", "J.D.'s parents"),
        # The French care team: the child and the parents both have their say.
        ("fr-care-team", "J.D. and J.D.'s parents"),
    ],
)
def test_postponing_for_a_minor_asks_whom_the_gate_names(
    qtbot, qapp: object, clock: FakeClock, policy_id: str, asked: str
) -> None:
    """The gate says "Postpone and ask J.D.'s parents first": the postpone dialog and the action
    it records name the parents too, not the child."""
    import dataclasses
    import datetime as dt

    from desktop.core.entities import Person
    from desktop.core.policy import load_policy
    from tests.ui.console.conftest import DIRECTORY, YOUTH, make_meeting

    policy = load_policy(policy_id)
    child = Person("jd", "Julie Dumont", "J.D.", birth_date=dt.date(2016, 1, 5))  # ten
    meeting = dataclasses.replace(make_meeting(), policy_id=policy.id)
    session = MeetingSession(
        meeting, policy=policy, person=child, mission=YOUTH, directory=DIRECTORY, clock=clock
    )
    session.open()
    for pid in ("ann", "ben", "clara"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    bridge = SessionBridge(session)
    panel = GatePanel(session, bridge, "en", clock)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.begin()
    panel.category.setCurrentIndex(panel.category.findData("health"))
    qtbot.keyClicks(panel.wording, WORDING)
    result = session.gate_result
    assert result is not None
    keys = [f.message.key for v in result.verdicts.values() for f in v.fixes]
    assert "fix.postpone_parents" in keys  # "Postpone and ask J.D.'s parents first"
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PostponeDialog)
        seen["title"] = dialog.windowTitle()
        dialog._try_accept()

    QTimer.singleShot(0, answer)
    panel.postpone_button.click()
    assert seen["title"] == f"Postpone — ask {asked} first"
    assert session.actions[0].what == f"Ask {asked} whether we may share an item (Health)"
    bridge.detach()
