"""The gate asks what an opinion is based on: a field shown only for an opinion (no Tab stop
otherwise), required by the questions' light, kept with the shared item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.entities import Nature
from desktop.core.policy import QUESTIONS
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.gate_panel import GatePanel
from tests.ui.console.conftest import FakeClock
from tests.ui.console.test_gate_panel import fill

BASIS = "Three home visits since May"


@pytest.fixture
def panel(qtbot, running: MeetingSession, bridge: SessionBridge, clock: FakeClock) -> GatePanel:
    widget = GatePanel(running, bridge, "en", clock)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    assert widget.begin()
    return widget


def tab_from(qtbot, start: QWidget) -> QWidget | None:
    """Where one Tab from ``start`` lands."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_no_field_and_no_tab_stop_unless_the_item_is_an_opinion(qtbot, panel: GatePanel) -> None:
    assert not panel.opinion_basis.isVisibleTo(panel)
    after_fact = tab_from(qtbot, panel.fact)
    assert after_fact is not None and after_fact is not panel.opinion_basis
    panel.opinion.click()
    assert panel.opinion_basis.isVisibleTo(panel)
    assert tab_from(qtbot, panel.opinion) is panel.opinion_basis
    panel.fact.click()
    assert not panel.opinion_basis.isVisibleTo(panel)
    assert tab_from(qtbot, panel.fact) is after_fact


def test_an_opinion_cannot_be_shared_until_its_basis_is_given(
    qtbot, panel: GatePanel, running: MeetingSession
) -> None:
    fill(qtbot, panel)
    running.step_out("sam")
    assert panel.share_button.isEnabled()
    panel.opinion.click()
    assert not panel.share_button.isEnabled()
    assert panel.lights.mark_text(QUESTIONS) == "…"
    assert "what is this opinion based on?" in panel.lights.reason_text(QUESTIONS)
    qtbot.keyClicks(panel.opinion_basis, BASIS)
    assert running.draft.opinion_basis == BASIS  # type: ignore[union-attr]
    assert panel.share_button.isEnabled()
    panel.share()
    (item,) = running.shared
    assert (item.nature, item.opinion_basis) == (Nature.OPINION, BASIS)


def test_the_basis_follows_the_nature_back_and_forth(
    qtbot, panel: GatePanel, running: MeetingSession
) -> None:
    panel.opinion.click()
    qtbot.keyClicks(panel.opinion_basis, BASIS)
    panel.statement.click()
    assert running.draft.opinion_basis == ""  # type: ignore[union-attr]
    panel.opinion.click()  # what was typed is still there, and sent again
    assert running.draft.opinion_basis == BASIS  # type: ignore[union-attr]
    assert panel.has_typed()


def test_a_new_gate_starts_without_the_last_basis(qtbot, panel: GatePanel, running) -> None:
    panel.opinion.click()
    qtbot.keyClicks(panel.opinion_basis, BASIS)
    panel.not_share()
    assert panel.begin()
    assert panel.opinion_basis.text() == "" and not panel.opinion_basis.isVisibleTo(panel)
    assert panel.fact.isChecked()
