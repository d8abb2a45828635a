"""When the console locks itself: after a delay without input, and when the system sleeps or the
screen locks (DESIGN.md §7: "Idle console locks itself; the shared screen blanks with it").

:class:`InactivityLock` watches every input event of the application (an event filter) and asks
for a lock once the delay has passed without any; its clock and timer are injectable, so tests
move a fake clock instead of waiting. It can count down the last seconds first, so the console
can warn; :class:`MeetingAwareDelay` does so while a meeting runs, with the workspace's longer
meeting delay (DESIGN.md §7: "with a warning on the console first while a meeting runs").
:class:`SleepWatcher` listens on D-Bus for logind's
``PrepareForSleep`` and the screensaver's ``ActiveChanged``; without a bus (Windows, macOS, a
container) it does nothing, quietly.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from desktop.core.entities import InstitutionSettings

Clock = Callable[[], float]

#: Events that mean someone is at the keyboard or the mouse.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def _warning(delay: float, wanted: float) -> float:
    # At most half the delay: a countdown from the first idle second would come back after
    # every mouse move.
    return min(max(0.0, float(wanted)), delay / 2)


class InactivityLock(QObject):
    """Asks for a lock after ``minutes`` without input; any input starts the count again.

    Install it with ``app.installEventFilter(lock)``. ``minutes <= 0`` never locks. While a
    lock is requested and not yet :meth:`reset`, it is not requested again. With
    ``warning_seconds``, the last seconds before the lock are counted down.

    Signals:
        lockRequested(): once the delay has passed without input.
        countdown(int): at every check of the warning's last seconds, the whole seconds left.
        countdownStopped(): the countdown ended, by input, :meth:`reset` or the lock itself.
    """

    lockRequested = Signal()
    countdown = Signal(int)
    countdownStopped = Signal()

    def __init__(
        self,
        minutes: float,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
        timer: QTimer | None = None,
        check_every_ms: int = 1000,
        warning_seconds: float = 0.0,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._delay = max(0.0, float(minutes) * 60.0)
        self._warning = _warning(self._delay, warning_seconds)
        self._last_input = clock()
        self._requested = False
        self._counting = False
        self.timer = timer or QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        if self._delay:
            self.timer.start()

    @property
    def delay_seconds(self) -> float:
        """The delay without input before a lock, in seconds (0: never)."""
        return self._delay

    @property
    def warning_seconds(self) -> float:
        """How long before the lock the countdown starts (0: no countdown; at most half the
        delay)."""
        return self._warning

    def set_minutes(self, minutes: float, warning_seconds: float = 0.0) -> None:
        """Change the delay and the countdown (e.g. after the settings changed, or when a
        meeting starts); the count starts again."""
        self._delay = max(0.0, float(minutes) * 60.0)
        self._warning = _warning(self._delay, warning_seconds)
        self.reset()
        if self._delay:
            self.timer.start()
        else:
            self.timer.stop()

    def idle_seconds(self) -> float:
        """Seconds since the last input."""
        return self._clock() - self._last_input

    def is_counting_down(self) -> bool:
        """The countdown before the lock is running."""
        return self._counting

    @Slot()
    def reset(self) -> None:
        """Someone is here: start counting again (also after an unlock, or "Stay unlocked")."""
        self._last_input = self._clock()
        self._requested = False
        self._stop_countdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input resets the count and stops a countdown; never consumes the event."""
        if event.type() in INPUT_EVENTS and not self._requested:
            self._last_input = self._clock()
            if self._counting:
                self._stop_countdown()
        return False

    @Slot()
    def check(self) -> None:
        """Count down, or request the lock once the delay has passed (called by the timer every
        second)."""
        if not self._delay or self._requested:
            return
        left = self._delay - self.idle_seconds()
        if left <= 0:
            self._requested = True
            self._stop_countdown()
            self.lockRequested.emit()
        elif left <= self._warning:
            self._counting = True
            self.countdown.emit(math.ceil(left))

    def _stop_countdown(self) -> None:
        if self._counting:
            self._counting = False
            self.countdownStopped.emit()


class MeetingAwareDelay(QObject):
    """Chooses the inactivity lock's delay: the workspace's idle delay, or while a meeting runs
    its longer meeting delay, counted down on the console during the last
    :attr:`WARNING_SECONDS` (a team listening is not typing; the lock should not surprise it)."""

    WARNING_SECONDS = 60

    def __init__(
        self,
        lock: InactivityLock,
        idle_minutes: float,
        meeting_minutes: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lock = lock
        self._idle = idle_minutes
        self._meeting = meeting_minutes
        self._running = False
        self._apply()

    @property
    def meeting_running(self) -> bool:
        """The meeting delay applies."""
        return self._running

    def set_minutes(self, idle_minutes: float, meeting_minutes: float) -> None:
        """New delays (the settings changed)."""
        self._idle, self._meeting = idle_minutes, meeting_minutes
        self._apply()

    def follow_settings(self, settings: InstitutionSettings) -> None:
        """Take the delays of the workspace's (new) settings."""
        self.set_minutes(settings.lock_minutes, settings.meeting_lock_minutes)

    @Slot(bool)
    def set_meeting_running(self, running: bool) -> None:
        """A meeting's console opened (True) or closed (False)."""
        if running != self._running:
            self._running = running
            self._apply()

    def _apply(self) -> None:
        if self._running:
            self.lock.set_minutes(self._meeting, warning_seconds=self.WARNING_SECONDS)
        else:
            self.lock.set_minutes(self._idle)


class SleepWatcher(QObject):
    """Asks for a lock when the system goes to sleep or the screen locks (D-Bus, Linux).

    Signals: ``lockRequested()``.
    """

    lockRequested = Signal()

    LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
    SCREENSAVERS = (
        (
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
        ),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        self._connect()

    def _connect(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing from this Qt build
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            service, path, interface = self.LOGIN1
            if system.connect(
                service,
                path,
                interface,
                "PrepareForSleep",
                self,
                SLOT("on_prepare_for_sleep(bool)"),
            ):
                self.connected.append("PrepareForSleep")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in self.SCREENSAVERS:
                if session.connect(
                    service, path, interface, "ActiveChanged", self, SLOT("on_screensaver(bool)")
                ):
                    self.connected.append(f"{service}.ActiveChanged")

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        """logind: the system is about to sleep (True) or has woken up (False)."""
        if going_to_sleep:
            self.lockRequested.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        """The screensaver (screen lock) became active (True) or not."""
        if active:
            self.lockRequested.emit()
