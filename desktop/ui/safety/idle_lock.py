"""When the console locks itself: after a delay without input, and when the system sleeps or the
screen locks (DESIGN.md §7: "Idle console locks itself; the shared screen blanks with it").

:class:`InactivityLock` watches every input event of the application (an event filter) and asks
for a lock once the delay has passed without any; its clock and timer are injectable, so tests
move a fake clock instead of waiting. :class:`SleepWatcher` listens on D-Bus for logind's
``PrepareForSleep`` and the screensaver's ``ActiveChanged``; without a bus (Windows, macOS, a
container) it does nothing, quietly.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

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


class InactivityLock(QObject):
    """Asks for a lock after ``minutes`` without input; any input starts the count again.

    Install it with ``app.installEventFilter(lock)``. ``minutes <= 0`` never locks. While a
    lock is requested and not yet :meth:`reset`, it is not requested again.

    Signals: ``lockRequested()`` once the delay has passed without input.
    """

    lockRequested = Signal()

    def __init__(
        self,
        minutes: float,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
        timer: QTimer | None = None,
        check_every_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._delay = max(0.0, float(minutes) * 60.0)
        self._last_input = clock()
        self._requested = False
        self.timer = timer or QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        if self._delay:
            self.timer.start()

    @property
    def delay_seconds(self) -> float:
        """The delay without input before a lock, in seconds (0: never)."""
        return self._delay

    def set_minutes(self, minutes: float) -> None:
        """Change the delay (e.g. after the settings changed); the count starts again."""
        self._delay = max(0.0, float(minutes) * 60.0)
        self.reset()
        if self._delay:
            self.timer.start()
        else:
            self.timer.stop()

    def idle_seconds(self) -> float:
        """Seconds since the last input."""
        return self._clock() - self._last_input

    def reset(self) -> None:
        """Someone is here: start counting again (also after an unlock)."""
        self._last_input = self._clock()
        self._requested = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input resets the count; never consumes the event."""
        if event.type() in INPUT_EVENTS and not self._requested:
            self._last_input = self._clock()
        return False

    @Slot()
    def check(self) -> None:
        """Request the lock if the delay has passed (called by the timer every second)."""
        if self._delay and not self._requested and self.idle_seconds() >= self._delay:
            self._requested = True
            self.lockRequested.emit()


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
