"""The meeting being run: its session, the console and the shared screen, one at a time.

The main window builds one :class:`RunningMeeting` and wires it: the Meetings view's *Open*
and the resume banner ask it to open a meeting, its console is shown in place of the sections,
and the lock covers and uncovers its shared screen. The console and the shared screen load when
a meeting first opens, so the app starts without them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.entities import Professional
from desktop.storage.errors import WorkspaceError
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.screen_theme import chosen_screen_theme, remember_screen_theme


class RunningMeeting(QObject):
    """Opens one meeting at a time and takes it down again.

    Signals:
        consoleStarted(QWidget): a meeting opened; show this console in place of the sections.
        consoleFinished(): the running meeting's console is gone; show the sections again.
        runningChanged(bool): a meeting is (or is no longer) running.
        exportRequested(str): export the minutes of this meeting (id), closed from the console.
        directoryChanged(): a professional who walked in was saved to the directory.
    """

    consoleStarted = Signal(object)
    consoleFinished = Signal()
    runningChanged = Signal(bool)
    exportRequested = Signal(str)
    directoryChanged = Signal()

    def __init__(self, workspace: Any, window: QWidget, lang: str) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.lang = lang
        self.session: Any = None
        self.bridge: Any = None
        self.console: QWidget | None = None
        self.shared_screen: Any = None
        self._blank = False  # what the facilitator asked for, kept while no shared screen is open
        self._blank_before_cover = False
        self._geometry_before_preview: Any = None  # the window's, to give back after the meeting
        self.screen_theme = chosen_screen_theme()  # "light" or "dark", for every meeting
        self._chosen_screen: QScreen | None = None  # the facilitator's; None: the automatic one

    def is_running(self) -> bool:
        """A meeting's console is shown."""
        return self.console is not None

    def open_meeting(self, meeting_id: str) -> bool:
        """Open a prepared meeting, or resume an open one exactly where it was."""
        if self.console is not None:
            return False
        from desktop.core.policy import PolicyError
        from desktop.ui.bridge import SessionBridge
        from desktop.ui.console.console import MeetingConsole

        try:
            self.session = self.workspace.start_session(meeting_id)
        except WorkspaceError as error:
            QMessageBox.warning(
                self.window, self.tr("Open the meeting"), describe_error(error, self.lang)
            )
            return False
        except PolicyError as error:
            # The framework's file was changed or removed since the meeting was prepared: say
            # which file and what is wrong with it, so whoever looks after it can mend it.
            QMessageBox.warning(
                self.window,
                self.tr("Open the meeting"),
                self.tr(
                    "This meeting's framework cannot be used, its file is wrong or missing: "
                    "{problem}. Nothing was changed; ask whoever installed the framework to "
                    "correct its file."
                ).format(problem=error.text(self.lang)),
            )
            return False
        self.bridge = SessionBridge(self.session, self)
        settings = self.workspace.settings()
        console = MeetingConsole(
            self.session,
            self.bridge,
            self.lang,
            conduct_rule=settings.conduct_rule,
            directory=self.workspace.professionals(),
            missions=settings.missions,
            save_professional=self.save_walk_in,
            default_method=settings.deliberation_method,
            undertaking=settings.undertaking_text,
        )
        console.blankRequested.connect(self.set_blank)
        console.sharedScreenRequested.connect(self.show_shared_screen)
        console.fullScreenRequested.connect(self.toggle_full_screen)
        console.meetingFinished.connect(self.finish)
        console.exportMinutesRequested.connect(self.exportRequested)
        self.console = console
        self.consoleStarted.emit(console)
        self.runningChanged.emit(True)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and len(app.screens()) > 1:
            self.show_shared_screen()
        return True

    def save_walk_in(self, professional: Professional) -> str:
        """Save a professional who walked into the running meeting to the directory; "" when
        saved, else the sentence saying why not (the console shows it, nothing else changes)."""
        try:
            self.workspace.save_professional(professional)
        except WorkspaceError as error:
            return describe_error(error, self.lang)
        self.directoryChanged.emit()
        return ""

    def show_shared_screen(self) -> None:
        """Show the shared screen: full screen on a second monitor if there is one, else as a
        preview beside the console. It opens blank if the facilitator blanked it already."""
        if self.bridge is None:
            return
        from desktop.ui.shared_screen.tiling import tile_beside
        from desktop.ui.shared_screen.window import SharedScreenWindow

        if self.shared_screen is None:
            self.shared_screen = SharedScreenWindow(
                self.bridge, self.lang, theme_name=self.screen_theme
            )
            if self._blank:
                self.shared_screen.set_blank(True)
            self.shared_screen.blankChanged.connect(self._on_blank_changed)
            self._on_blank_changed(self.shared_screen.is_blank())  # a closed meeting opens blank
        target = self.target_screen()
        screen = None if target is self.window.screen() else target  # None: beside the console
        if screen is None:
            here = self.window.screen() or QGuiApplication.primaryScreen()
            if self._geometry_before_preview is None:
                window = self.window
                self._geometry_before_preview = (window.normalGeometry(), window.isMaximized())
            tile_beside(self.window, self.shared_screen, here.availableGeometry())
        self.shared_screen.show_on(screen)

    def chosen_screen(self) -> QScreen | None:
        """The monitor the facilitator chose for the shared screen, while it is connected."""
        chosen = self._chosen_screen
        # By identity: a monitor unplugged is gone from the list (and may have no name at all).
        return chosen if any(s is chosen for s in QGuiApplication.screens()) else None

    def target_screen(self) -> QScreen | None:
        """Where the shared screen goes: the chosen monitor, else one other than the main
        monitor (the projector), else the console's own (the preview beside the console)."""
        chosen = self.chosen_screen()
        if chosen is not None:
            return chosen
        from desktop.ui.shared_screen.window import pick_secondary_screen

        app = QGuiApplication.instance()
        secondary = pick_secondary_screen(app) if isinstance(app, QGuiApplication) else None
        return secondary or self.window.screen()

    def choose_screen(self, screen: QScreen) -> None:
        """Show the shared screen on ``screen`` (full screen there; on the console's own
        monitor, the preview beside it), now if a meeting runs and for the next meetings while
        the app runs."""
        self._chosen_screen = screen
        if self.shared_screen is not None and self.shared_screen.isVisible():
            if self.shared_screen.isFullScreen():
                self.shared_screen.showNormal()  # leave the old monitor before moving
            self.show_shared_screen()

    def set_screen_theme(self, name: str) -> None:
        """The shared screen in the ``"light"`` or ``"dark"`` theme, now and for the next
        meetings."""
        remember_screen_theme(name)
        self.screen_theme = name
        if self.shared_screen is not None:
            self.shared_screen.set_theme(name)

    def toggle_full_screen(self) -> None:
        """F11 on the console: the shared screen full screen on its monitor, or back to a window
        (on one monitor, back to the preview beside the console); shown first if it is not."""
        screen = self.shared_screen
        if screen is None or not screen.isVisible():
            self.show_shared_screen()
        else:
            screen.toggle_full_screen()

    def set_blank(self, blank: bool) -> None:
        """Blank the shared screen (someone walked in), or show the meeting again; the console
        shows the outcome."""
        if self.shared_screen is not None:
            self.shared_screen.set_blank(blank)
            blank = self.shared_screen.is_blank()
        self._on_blank_changed(blank)

    def _on_blank_changed(self, blank: bool) -> None:
        # Whatever blanked the screen (F12, the lock, the meeting's close), the console says so.
        self._blank = blank
        if self.console is not None:
            self.console.set_blanked(blank)

    def cover(self) -> None:
        """The console locked: blank the shared screen, remembering whether it already was."""
        screen = self.shared_screen
        # With no shared screen open yet, the facilitator's F12 is kept for when it opens.
        self._blank_before_cover = screen.is_blank() if screen is not None else self._blank
        self.set_blank(True)

    def uncover(self) -> None:
        """The console unlocked: show the shared screen again, unless it was blank before."""
        if not self._blank_before_cover:
            self.set_blank(False)

    def finish(self, meeting_id: str = "") -> None:
        """The meeting closed (or its console was left): take the console and screen down."""
        if self.shared_screen is not None:
            self.shared_screen.set_blank(True)
            self.shared_screen.close()
            self.shared_screen.deleteLater()
            self.shared_screen = None
        self._blank = False
        if self._geometry_before_preview is not None:  # the console had made room for a preview
            geometry, maximized = self._geometry_before_preview
            self._geometry_before_preview = None
            self.window.setGeometry(geometry)
            if maximized:
                self.window.showMaximized()
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge.deleteLater()
            self.bridge = None
        console, self.console = self.console, None
        self.session = None
        if console is not None:
            self.consoleFinished.emit()
            console.deleteLater()
        self.runningChanged.emit(False)
