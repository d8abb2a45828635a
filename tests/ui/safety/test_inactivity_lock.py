"""The inactivity lock with a fake clock, the sleep watcher, and the locked main window: the
console hidden, the shared screen blanked, the meeting going on after unlocking (issue 6)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from desktop.storage import maintenance
from desktop.storage.maintenance import passphrase_opens
from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.safety.idle_lock import InactivityLock, SleepWatcher


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_the_lock_fires_after_the_delay_and_input_postpones_it(
    qtbot, qapp, clock: FakeClock
) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    lock = InactivityLock(5, clock=clock)
    qapp.installEventFilter(lock)
    try:
        fired: list[bool] = []
        lock.lockRequested.connect(lambda: fired.append(True))
        clock.now += 299
        lock.check()
        assert fired == []
        qtbot.keyClick(field, Qt.Key.Key_A)  # someone typed: the count starts again
        clock.now += 200
        lock.check()
        assert fired == []
        clock.now += 100
        lock.check()
        assert fired == [True]
        clock.now += 600
        lock.check()
        assert fired == [True]  # asked once until reset
        lock.reset()
        clock.now += 301
        lock.check()
        assert fired == [True, True]
    finally:
        qapp.removeEventFilter(lock)


def test_a_delay_of_zero_never_locks(qtbot, clock: FakeClock) -> None:
    lock = InactivityLock(0, clock=clock)
    fired: list[bool] = []
    lock.lockRequested.connect(lambda: fired.append(True))
    clock.now += 10**6
    lock.check()
    assert fired == [] and not lock.timer.isActive()
    lock.set_minutes(1)
    assert lock.timer.isActive() and lock.delay_seconds == 60


def test_the_sleep_watcher_fails_quietly_and_locks_on_sleep_or_screensaver(qtbot) -> None:
    watcher = SleepWatcher()  # no bus in the test environment: no error
    with qtbot.waitSignal(watcher.lockRequested, timeout=100):
        watcher.on_prepare_for_sleep(True)
    with qtbot.waitSignal(watcher.lockRequested, timeout=100):
        watcher.on_screensaver(True)
    with qtbot.assertNotEmitted(watcher.lockRequested):
        watcher.on_prepare_for_sleep(False)
        watcher.on_screensaver(False)


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_locking_hides_the_console_blanks_the_screen_and_the_meeting_goes_on(
    qtbot, qapp, demo: Workspace, clock: FakeClock
) -> None:
    lock = InactivityLock(5, clock=clock)
    window = MainWindow(demo, "en", inactivity=lock)
    qtbot.addWidget(window)
    window.show()
    meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
    assert window.running.open_meeting(meeting.id)
    window.running.session.open()  # past the opening page: the meeting runs
    window.presentation_action.trigger()
    console, screen = window.running.console, window.running.shared_screen
    assert not screen.is_blank()
    controller = window.safety.lock
    try:
        dialog = QDialog(window)
        dialog.setWindowTitle("open at the time of the lock")
        dialog.show()
        clock.now += demo.settings().meeting_lock_minutes * 60  # a meeting runs: its delay
        lock.check()
        # The dialog is off the screen but not closed: it comes back after the passphrase.
        assert controller.is_locked and not dialog.windowHandle().isVisible()
        assert dialog.isVisible() and not dialog.isEnabled()
        assert window.centralWidget() is controller.screen
        assert not console.isVisible() and window.menuBar().isHidden()
        assert screen.is_blank()
        assert not window.quit_action.isEnabled() and not window.presentation_action.isEnabled()
        session = window.running.session
        assert session.meeting.state.value == "open"

        qtbot.keyClicks(controller.screen.passphrase_edit, "wrong")
        with qtbot.waitSignal(controller.unlockFailed, timeout=10000):
            qtbot.keyClick(controller.screen.passphrase_edit, Qt.Key.Key_Return)
        assert controller.is_locked and controller.screen.passphrase_edit.text() == ""
        assert not controller.screen.message.isHidden()

        qtbot.keyClicks(controller.screen.passphrase_edit, "demo")
        with qtbot.waitSignal(controller.unlocked, timeout=10000):
            qtbot.keyClick(controller.screen.passphrase_edit, Qt.Key.Key_Return)
        assert not controller.is_locked
        assert controller.screen.passphrase_edit.text() == ""
        assert dialog.windowHandle().isVisible() and dialog.isEnabled()
        dialog.reject()
        assert window.running.console is console and console.isVisible()
        assert not screen.is_blank() and window.presentation_action.isEnabled()
        assert window.running.session is session
        invitee = session.meeting.invitees[0]
        session.mark_present(invitee)  # the meeting continues, and is still recorded
        assert demo.meeting_record(meeting.id).attendance[invitee].changes
        clock.now += 60
        lock.check()
        assert not controller.is_locked  # the count started again at unlocking
    finally:
        qapp.removeEventFilter(lock)
        window.running.finish()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_passphrase_is_checked_off_the_gui_thread(
    qtbot, qapp, demo: Workspace, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from PySide6.QtCore import QTimer

    threads: list[threading.Thread] = []

    def verify_slowly(path: Path, phrase: str) -> bool:
        threads.append(threading.current_thread())
        time.sleep(0.6)
        return passphrase_opens(path, phrase)

    monkeypatch.setattr(maintenance, "passphrase_opens", verify_slowly)
    lock = InactivityLock(5, clock=clock)
    window = MainWindow(demo, "en", inactivity=lock)
    qtbot.addWidget(window)
    window.show()
    controller = window.safety.lock
    try:
        controller.lock()
        screen = controller.screen
        ticks: list[float] = []
        timer = QTimer(screen)
        timer.setInterval(20)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        for phrase, outcome in (("wrong", controller.unlockFailed), ("demo", controller.unlocked)):
            ticks.clear()
            qtbot.keyClicks(screen.passphrase_edit, phrase)
            with qtbot.waitSignal(outcome, timeout=10000):
                qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
                assert screen.work.is_busy() and "Checking" in screen.busy_indicator.label.text()
                assert not screen.passphrase_edit.isEnabled()
                assert not screen.unlock_button.isEnabled()
            assert len(ticks) >= 5 and max(b - a for a, b in itertools.pairwise(ticks)) < 0.4
            if outcome is controller.unlockFailed:
                assert controller.is_locked and screen.passphrase_edit.text() == ""
                assert "does not unlock" in screen.message.text()
                assert screen.passphrase_edit.isEnabled() and screen.passphrase_edit.hasFocus()
        timer.stop()
        assert not controller.is_locked and window.centralWidget() is not screen
        assert len(threads) == 2 and threading.main_thread() not in threads
    finally:
        qapp.removeEventFilter(lock)


def test_the_lock_screen_says_a_meeting_goes_on_only_while_one_runs(
    qtbot, qapp, demo: Workspace, clock: FakeClock
) -> None:
    lock = InactivityLock(5, clock=clock)
    window = MainWindow(demo, "en", inactivity=lock)
    qtbot.addWidget(window)
    hint = window.safety.lock.screen.hint
    try:
        assert hint.text() == "Type the passphrase to come back to the workspace."
        meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
        assert window.running.open_meeting(meeting.id)
        assert "A meeting in progress goes on" in hint.text()
        window.running.finish()
        assert "meeting" not in hint.text()
    finally:
        qapp.removeEventFilter(lock)
        window.running.finish()
