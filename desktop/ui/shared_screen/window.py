"""The shared screen: the room's view of the meeting, on the projector (DESIGN.md §5).

Built from a :class:`SessionBridge`; it reads the session at every redraw and keeps no copy of
its state. The console opens it, chooses its screen, and blanks it.

It never takes the keyboard (DESIGN.md §5): it is not activated when shown nor when clicked, so
F12 (blank) and Ctrl+L (lock) keep going to the console. Those keys are application-wide
shortcuts as well, so they would still act if a platform gave this window the focus anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from desktop.core.entities import MeetingState
from desktop.core.events import MeetingClosed, SessionEvent
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.shared_screen.header import title_alias
from desktop.ui.shared_screen.meeting_view import MeetingView
from desktop.ui.shared_screen.screen_labels import ScreenLabel, effective_height
from desktop.ui.shared_screen.theme import LIGHT, Palette, theme
from desktop.ui.shared_screen.tiling import MIN_PREVIEW_WIDTH

Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def pick_secondary_screen(app: QGuiApplication) -> QScreen | None:
    """A connected screen other than the primary one (the projector), or None on one monitor."""
    primary = app.primaryScreen()
    return next((screen for screen in app.screens() if screen is not primary), None)


class Curtain(QWidget):
    """The neutral page shown while the screen is blank: nothing of the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ScreenLabel("curtain", "muted", parent=self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setText(self.tr("Meeting paused"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)


class SharedScreenWindow(QWidget):
    """The shared screen, a top-level window following one meeting session.

    Signals:
        blankChanged(bool): the screen was blanked (True) or shows the meeting again (False).
    """

    blankChanged = Signal(bool)

    def __init__(
        self,
        bridge: SessionBridge,
        lang: str = "en",
        *,
        theme_name: str = "light",
        clock: Clock = _now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._bridge = bridge
        self._clock = clock
        self._palette: Palette = LIGHT
        self._blank = False
        self.meeting_view = MeetingView(lang, bridge.session.policy, self)
        self.curtain = Curtain(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.meeting_view)
        self._stack.addWidget(self.curtain)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setAutoFillBackground(True)
        self.setMinimumSize(MIN_PREVIEW_WIDTH, MIN_PREVIEW_WIDTH * 9 // 16)
        self.resize(1280, 720)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.update_timer)
        self._ticker.start()
        bridge.changed.connect(self._on_event)

        self.set_theme(theme_name)
        self._apply_scale()
        if self.session.meeting.state is MeetingState.CLOSED:
            self.set_blank(True)
        else:
            self.refresh()

    @property
    def session(self) -> MeetingSession:
        """The session this screen shows."""
        return self._bridge.session

    # --- Redrawing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw everything from the session (nothing while the screen is blank)."""
        if self._blank:
            return
        session = self.session
        alias = title_alias(session)
        self.setWindowTitle(self.tr("Case conference · {alias}").format(alias=alias))
        self.meeting_view.refresh(session, self._clock())

    def update_timer(self) -> None:
        """Advance the agenda item's timer (called every second)."""
        if not self._blank and self.isVisible():
            self.meeting_view.update_timer(self.session, self._clock())

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, MeetingClosed):
            self.set_blank(True)
        else:
            self.refresh()

    # --- Blank -----------------------------------------------------------------------------------

    def set_blank(self, blank: bool) -> None:
        """Replace the whole screen by the neutral curtain (True) or show the meeting (False)."""
        if blank == self._blank:
            return
        self._blank = blank
        if blank:
            # Switch page and title together, then empty the hidden page: nothing of the case
            # can show, even for one frame.
            self._stack.setCurrentWidget(self.curtain)
            self.setWindowTitle(self.tr("Meeting paused"))
            self.meeting_view.clear()
        else:
            # Show the page at its current size first, so the text is fitted to it.
            self._stack.setCurrentWidget(self.meeting_view)
            self.meeting_view.resize(self._stack.size())
            self.refresh()
        if self.isVisible():
            self.repaint()
        self.blankChanged.emit(blank)

    def is_blank(self) -> bool:
        """True while the curtain is shown."""
        return self._blank

    # --- Look ------------------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        """Switch to the ``"light"`` or ``"dark"`` theme."""
        self._palette = theme(name)
        qpalette = self.palette()
        qpalette.setColor(QPalette.ColorRole.Window, QColor(self._palette.background))
        qpalette.setColor(QPalette.ColorRole.WindowText, QColor(self._palette.text))
        self.setPalette(qpalette)
        self.meeting_view.apply_palette(self._palette)
        self.curtain.message.apply_palette(self._palette)

    def theme_name(self) -> str:
        """The current theme."""
        return self._palette.name

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Type follows the window's size."""
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self) -> None:
        height = effective_height(self.width(), self.height())
        self.meeting_view.apply_scale(height)
        self.curtain.message.apply_scale(height)

    # --- Where it shows --------------------------------------------------------------------------

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the projector); None: a window where it was placed (on a
        single monitor, beside the console: see :func:`~.tiling.tile_beside`). Either way the
        console keeps the keyboard."""
        if screen is None:
            self.showNormal()
        else:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self._show_full_screen()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
            self.raise_()

    def _show_full_screen(self) -> None:
        # Not showFullScreen(): it also activates the window, which would take the keyboard.
        state = self.windowState() & ~(
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowMinimized
        )
        self.setWindowState(state | Qt.WindowState.WindowFullScreen)
        self.show()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click toggles full screen (as F11 would, but the keyboard stays with the
        console)."""
        self.toggle_full_screen()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F11 toggles full screen, should this window ever get the keyboard (it has nothing to
        type in, and F12 and Ctrl+L are the console's)."""
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle_full_screen(self) -> None:
        """F11: full screen on the window's screen, or back to a window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self._show_full_screen()
