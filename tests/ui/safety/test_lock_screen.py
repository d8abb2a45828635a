"""The lock screen: why it locked, a labelled field, "locked" in the title and not the file name
twice, and Enter unlocking however many tries it takes (issue 11)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.safety.idle_lock import InactivityLock
from desktop.ui.safety.lock_screen import LockController, LockReason


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def shown_text(controller: LockController) -> str:
    return " ".join(label.text() for label in controller.screen.findChildren(QLabel))


def type_through_window(controller: LockController, text: str) -> None:
    """Type as the keyboard does, through the main window (wherever its focus is)."""
    handle = controller.window.windowHandle()
    for character in text:
        QTest.keyClick(handle, character)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_enter_unlocks_after_any_number_of_wrong_passphrases(qtbot, demo: Workspace) -> None:
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    controller = window.safety.lock
    title = window.windowTitle()
    window.safety.lock_action.trigger()
    assert controller.is_locked
    for wrong in ("wrong", "still wrong"):
        type_through_window(controller, wrong)
        with qtbot.waitSignal(controller.unlockFailed, timeout=10000):
            QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
        assert controller.is_locked and "does not unlock" in controller.screen.message.text()
    type_through_window(controller, "demo")
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    assert not controller.is_locked and window.windowTitle() == title


def test_the_lock_screen_says_why_and_keeps_the_file_name_to_the_title(
    qtbot, demo: Workspace
) -> None:
    clock = FakeClock()
    # The lock follows the workspace's delay (7 minutes here), whatever it was made with.
    demo.save_settings(dataclasses.replace(demo.settings(), lock_minutes=7))
    lock = InactivityLock(1, clock=clock)
    window = MainWindow(demo, "en", inactivity=lock)
    qtbot.addWidget(window)
    controller = window.safety.lock

    window.safety.lock_now()
    assert "by hand" in shown_text(controller)
    assert "locked" in window.windowTitle().lower()
    assert window.windowTitle().count(demo.path.name) == 1
    assert demo.path.name not in shown_text(controller)  # said once, in the title
    field_label = next(
        label
        for label in controller.screen.findChildren(QLabel)
        if label.buddy() is controller.screen.passphrase
    )
    assert field_label.text().replace("&", "") == "Passphrase:"
    controller._unlock()  # as after the right passphrase
    assert "locked" not in window.windowTitle().lower()

    clock.now += 7 * 60
    lock.check()
    assert controller.is_locked
    assert "after 7 minutes without activity" in shown_text(controller)
    controller._unlock()

    controller.sleep_watcher.on_prepare_for_sleep(True)
    assert controller.is_locked and "went to sleep" in shown_text(controller)
    controller._unlock()


def test_one_minute_is_singular(qtbot) -> None:
    from desktop.ui.safety.lock_screen import LockScreen

    screen = LockScreen()
    qtbot.addWidget(screen)
    screen.set_reason(LockReason.INACTIVITY, 1)
    assert "after 1 minute without" in screen.reason_label.text()
    screen.set_reason(LockReason.INACTIVITY, 5)
    assert "after 5 minutes without" in screen.reason_label.text()
