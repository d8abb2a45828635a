"""The meeting-aware inactivity lock (issue 9): a longer delay while a meeting runs, counted down
on the console only, "Stay unlocked", and the projector blanked by the lock all the same."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit

from desktop.core.entities import InstitutionSettings
from desktop.storage.workspace import Workspace
from desktop.ui.console.notices import LockCountdownBar
from desktop.ui.main_window import MainWindow
from desktop.ui.safety import actions as safety
from desktop.ui.safety.idle_lock import InactivityLock, MeetingAwareDelay
from desktop.ui.shared_screen.screen_labels import visible_texts


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class Recorder:
    """What an inactivity lock said, in order."""

    def __init__(self, lock: InactivityLock) -> None:
        self.said: list[object] = []
        lock.countdown.connect(self.said.append)
        lock.countdownStopped.connect(lambda: self.said.append("stopped"))
        lock.lockRequested.connect(lambda: self.said.append("lock"))


def test_the_last_seconds_are_counted_down_then_the_lock_is_asked(qtbot, clock) -> None:
    lock = InactivityLock(10, clock=clock, warning_seconds=60)
    heard = Recorder(lock)
    clock.now += 10 * 60 - 61
    lock.check()
    assert heard.said == [] and not lock.is_counting_down()
    clock.now += 1.5
    lock.check()
    clock.now += 30
    lock.check()
    assert heard.said == [60, 30] and lock.is_counting_down()
    clock.now += 29.5
    lock.check()
    assert heard.said == [60, 30, "stopped", "lock"] and not lock.is_counting_down()


def test_input_or_reset_stops_the_countdown_and_starts_the_count_again(qtbot, qapp, clock) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    lock = InactivityLock(10, clock=clock, warning_seconds=60)
    heard = Recorder(lock)
    qapp.installEventFilter(lock)
    try:
        clock.now += 10 * 60 - 20
        lock.check()
        qtbot.keyClick(field, Qt.Key.Key_A)  # someone is here
        assert heard.said == [20, "stopped"] and not lock.is_counting_down()
        clock.now += 10 * 60 - 20
        lock.check()
        assert heard.said == [20, "stopped", 20]
        lock.reset()  # "Stay unlocked"
        clock.now += 10 * 60 - 61
        lock.check()
        assert heard.said == [20, "stopped", 20, "stopped"]
    finally:
        qapp.removeEventFilter(lock)


def test_no_countdown_without_a_warning_and_never_over_half_the_delay(qtbot, clock) -> None:
    lock = InactivityLock(5, clock=clock)
    heard = Recorder(lock)
    clock.now += 5 * 60 - 1
    lock.check()
    assert heard.said == [] and lock.warning_seconds == 0
    lock.set_minutes(1, warning_seconds=60)
    assert lock.warning_seconds == 30  # else it would show again after every mouse move
    clock.now += 29
    lock.check()
    assert heard.said == []
    clock.now += 2
    lock.check()
    assert heard.said == [29]


def test_the_meeting_delay_applies_only_while_a_meeting_runs(qtbot, clock) -> None:
    lock = InactivityLock(99, clock=clock)
    delays = MeetingAwareDelay(lock, idle_minutes=5, meeting_minutes=20)
    assert (lock.delay_seconds, lock.warning_seconds) == (5 * 60, 0)
    delays.set_meeting_running(True)
    assert delays.meeting_running
    assert (lock.delay_seconds, lock.warning_seconds) == (20 * 60, 60)
    settings = InstitutionSettings("Fictional", "Be kind.", (), lock_minutes=3)
    delays.follow_settings(dataclasses.replace(settings, meeting_lock_minutes=30))
    assert lock.delay_seconds == 30 * 60
    delays.set_meeting_running(False)
    assert (lock.delay_seconds, lock.warning_seconds) == (3 * 60, 0)


def test_the_default_meeting_delay_is_longer_than_the_idle_one() -> None:
    settings = InstitutionSettings("Fictional", "Be kind.", ())
    assert settings.meeting_lock_minutes > settings.lock_minutes


# --- In the main window ---------------------------------------------------------------------------


@pytest.fixture
def meeting_window(
    qtbot, qapp, demo: Workspace, clock: FakeClock
) -> Iterator[tuple[MainWindow, safety.SafetyActions, InactivityLock]]:
    """The main window with its safety installed over a fake clock; nothing open yet."""
    lock = InactivityLock(demo.settings().lock_minutes, clock=clock)
    window = MainWindow(demo, "en", inactivity=lock)
    qtbot.addWidget(window)
    window.show()
    actions = window.safety
    try:
        yield window, actions, lock
    finally:
        qapp.removeEventFilter(lock)
        window.running.finish()


def _open_meeting(window: MainWindow, demo: Workspace) -> None:
    meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
    assert window.running.open_meeting(meeting.id)
    window.running.show_shared_screen()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_countdown_shows_on_the_console_only_and_stay_unlocked_cancels_it(
    qtbot, meeting_window, demo: Workspace, clock: FakeClock
) -> None:
    window, actions, lock = meeting_window
    _open_meeting(window, demo)
    console, screen = window.running.console, window.running.shared_screen
    delay = demo.settings().meeting_lock_minutes * 60
    assert lock.delay_seconds == delay and lock.warning_seconds == 60

    clock.now += delay - 42
    lock.check()
    bar = console.lock_countdown
    assert bar.isVisible() and "00:42" in bar.label.text()
    # Never on the projector: not a widget of the shared screen, not a text it shows.
    assert screen.findChildren(LockCountdownBar) == []
    assert not any("locks in" in text for text in visible_texts(screen))
    assert not screen.is_blank()

    bar.stay_button.click()
    assert bar.isHidden() and not lock.is_counting_down()
    clock.now += 50  # past the moment the lock was due: the count started again
    lock.check()
    assert not actions.lock.is_locked and bar.isHidden()

    clock.now += delay
    lock.check()
    assert actions.lock.is_locked and bar.isHidden()
    assert screen.is_blank()  # locking still blanks the projector


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_any_input_on_the_console_ends_the_countdown(
    qtbot, meeting_window, demo: Workspace, clock: FakeClock
) -> None:
    window, actions, lock = meeting_window
    _open_meeting(window, demo)
    console = window.running.console
    clock.now += lock.delay_seconds - 10
    lock.check()
    assert console.lock_countdown.isVisible()
    qtbot.mouseClick(console.title, Qt.MouseButton.LeftButton)
    assert console.lock_countdown.isHidden() and not actions.lock.is_locked


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_meeting_delay_starts_and_ends_with_the_meeting(
    qtbot, meeting_window, demo: Workspace, clock: FakeClock
) -> None:
    window, actions, lock = meeting_window
    idle, meeting = demo.settings().lock_minutes * 60, demo.settings().meeting_lock_minutes * 60
    assert lock.delay_seconds == idle and lock.warning_seconds == 0
    clock.now += idle - 10
    lock.check()
    assert not lock.is_counting_down()  # outside a meeting: no countdown, as before
    lock.reset()

    _open_meeting(window, demo)
    assert lock.delay_seconds == meeting > idle
    clock.now += idle + 1
    lock.check()
    assert not actions.lock.is_locked  # the idle delay no longer applies

    console = window.running.console
    window.running.finish()
    assert lock.delay_seconds == idle and lock.warning_seconds == 0
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(console)
    lock.countdown.emit(5)  # the console is gone, and so are its connections
    lock.countdownStopped.emit()
    clock.now += idle
    lock.check()
    assert actions.lock.is_locked


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_new_meeting_delay_from_the_settings_is_followed(
    qtbot, qapp, demo: Workspace, monkeypatch
) -> None:
    from desktop.ui.settings.settings_dialog import SettingsDialog

    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    actions = window.safety
    try:
        edited = dataclasses.replace(demo.settings(), lock_minutes=7, meeting_lock_minutes=33)
        monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, *a, **k: edited))
        window.edit_settings()
        assert demo.settings().meeting_lock_minutes == 33
        assert actions.lock.inactivity.delay_seconds == 7 * 60
        actions.delays.set_meeting_running(True)
        assert actions.lock.inactivity.delay_seconds == 33 * 60
    finally:
        qapp.removeEventFilter(actions.lock.inactivity)
