"""The safety keys always work (issue 9): F12 blanks and Ctrl+L locks from the console and from
the shared screen, even should the shared screen get the keyboard; the console always says when
the projector is blanked; the lock button."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.safety import actions as safety
from tests.ui.focus_helpers import force_focus

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def running(qtbot, qapp, demo: Workspace) -> Iterator[tuple[MainWindow, safety.SafetyActions]]:
    """The main window with its safety, a meeting begun, and the shared screen open."""
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    window.show()
    actions = window.safety
    meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
    assert window.running.open_meeting(meeting.id)
    console = window.running.console
    console.start_roll_call()
    for pid in window.running.session.meeting.invitees:
        window.running.session.mark_present(pid)
    console.begin()
    window.presentation_action.trigger()
    try:
        yield window, actions
    finally:
        qapp.removeEventFilter(actions.lock.inactivity)
        window.running.finish()


def _unlock(qtbot, actions: safety.SafetyActions) -> None:
    with qtbot.waitSignal(actions.lock.unlocked, timeout=10000):
        actions.lock.try_unlock("demo")


def test_f12_and_ctrl_l_act_while_the_shared_screen_has_the_keyboard(qtbot, running) -> None:
    window, actions = running
    console, screen = window.running.console, window.running.shared_screen
    force_focus(qtbot, screen)
    assert QApplication.activeWindow() is screen

    qtbot.keyClick(screen, Qt.Key.Key_F12)
    assert screen.is_blank() and console.blanked_bar.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_F12)
    assert not screen.is_blank() and console.blanked_bar.isHidden()

    qtbot.keyClick(screen, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert actions.lock.is_locked and screen.is_blank()
    qtbot.keyClick(screen, Qt.Key.Key_F12)  # locked: F12 must not show the meeting again
    assert screen.is_blank()
    _unlock(qtbot, actions)
    assert not screen.is_blank()


def test_f12_and_ctrl_l_act_from_the_console(qtbot, running) -> None:
    window, actions = running
    console, screen = window.running.console, window.running.shared_screen
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(console.centre.propose_button, Qt.Key.Key_F12)
    assert screen.is_blank() and console.blanked_bar.isVisible()
    qtbot.keyClick(console.centre.propose_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert actions.lock.is_locked
    _unlock(qtbot, actions)
    assert screen.is_blank() and console.blanked_bar.isVisible()  # blanked before: stays so
    qtbot.keyClick(console.centre.propose_button, Qt.Key.Key_F12)
    assert not screen.is_blank() and console.blanked_bar.isHidden()


def test_the_blanked_bar_follows_the_lock_and_the_close_both_ways(qtbot, running) -> None:
    window, actions = running
    console, screen = window.running.console, window.running.shared_screen
    assert console.blanked_bar.isHidden()
    actions.lock.lock()
    assert screen.is_blank() and console.is_blanked() and not console.blanked_bar.isHidden()
    _unlock(qtbot, actions)
    assert not screen.is_blank() and console.blanked_bar.isHidden()
    assert not console.blank_button.isChecked()
    window.running.session.close()  # a closed meeting blanks the screen
    assert screen.is_blank() and console.blanked_bar.isVisible()
    console.blank_button.click()  # and F12 (or the button) shows it again
    assert not screen.is_blank() and console.blanked_bar.isHidden()


def test_the_lock_button_locks_and_blanks(qtbot, running) -> None:
    window, actions = running
    window.running.console.lock_button.click()
    assert actions.lock.is_locked and window.running.shared_screen.is_blank()
    _unlock(qtbot, actions)
    assert not window.running.shared_screen.is_blank()


def test_a_screen_opened_after_f12_opens_blank(qtbot, qapp, demo: Workspace) -> None:
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    window.show()
    meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
    try:
        assert window.running.open_meeting(meeting.id)
        console = window.running.console
        assert window.running.shared_screen is None  # one screen: not opened by itself
        console.blank_button.click()
        assert console.blanked_bar.isVisible()
        window.running.show_shared_screen()
        assert window.running.shared_screen.is_blank() and console.blanked_bar.isVisible()
    finally:
        window.running.finish()


def test_f12_before_the_screen_opens_survives_a_lock(qtbot, qapp, demo: Workspace) -> None:
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    window.show()
    meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
    try:
        assert window.running.open_meeting(meeting.id)
        console = window.running.console
        console.blank_button.click()  # blanked before the shared screen is even open
        window.safety.lock.lock()
        _unlock(qtbot, window.safety)
        assert console.is_blanked() and console.blanked_bar.isVisible()
        window.running.show_shared_screen()
        assert window.running.shared_screen.is_blank()
    finally:
        qapp.removeEventFilter(window.safety.lock.inactivity)
        window.running.finish()


def test_f12_and_ctrl_l_act_while_a_dialog_is_open_over_the_console(qtbot, running) -> None:
    # Someone walks in while the facilitator has the walk-in dialog open: Qt fires no shortcut
    # of a window a modal dialog blocks, yet F12 and Ctrl+L must still act.
    window, actions = running
    console, screen = window.running.console, window.running.shared_screen
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, in_the_dialog)
            return
        try:
            seen["dialog"] = type(dialog).__name__
            typing_in = dialog.focusWidget() or dialog  # presses: the dialog takes no release
            qtbot.keyPress(typing_in, Qt.Key.Key_F12)
            seen["blanked"] = screen.is_blank() and console.blanked_bar.isVisible()
            qtbot.keyPress(typing_in, Qt.Key.Key_F12)
            seen["shown again"] = not screen.is_blank()
            qtbot.keyPress(typing_in, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            seen["locked"] = actions.lock.is_locked and screen.is_blank()
            if actions.lock.is_locked:
                _unlock(qtbot, actions)
            seen["dialog kept"] = QApplication.activeModalWidget() is dialog
        finally:
            dialog.reject()

    QTimer.singleShot(0, in_the_dialog)
    console.room.walk_in()
    assert seen == {
        "dialog": "WalkInDialog",
        "blanked": True,
        "shown again": True,
        "locked": True,
        "dialog kept": True,
    }
    assert not screen.is_blank()
