"""The main window: a shell with three sections (Meetings, Directory, People) and the menus.

It builds the views, hands them to the sections that answer their requests, and shows a running
meeting's console in place of the sections. It reads the workspace only to hand rows to views:
the first page of each list when it opens, then, after a save, only the rows it touched (each
section updates its own list; what one save means for another list is wired here).
Opening another workspace or restarting is not its business: it asks for them by signal, and the
composition root (:mod:`desktop.app`) answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.lists import PersonSearch
from desktop.storage.errors import WorkspaceError
from desktop.ui.banners import DemoBanner, ResumeBanner
from desktop.ui.directory.directory_section import DirectorySection
from desktop.ui.directory.directory_view import DirectoryView
from desktop.ui.meetings.getting_started import Progress
from desktop.ui.meetings.meetings_section import MeetingsSection
from desktop.ui.meetings.meetings_view import MeetingsView
from desktop.ui.people.people_section import PeopleSection
from desktop.ui.people.people_view import PeopleView
from desktop.ui.running_meeting import RunningMeeting
from desktop.ui.safety.actions import SafetyActions
from desktop.ui.safety.idle_lock import InactivityLock
from desktop.ui.settings.settings_dialog import MissionUse, SettingsDialog
from desktop.ui.widgets import shortcuts as keys
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.keys_through_dialogs import KeysThroughDialogs
from desktop.ui.widgets.shortcuts import ShortcutsDialog
from desktop.ui.workspace_menu import RecentWorkspacesMenu


class MainWindow(QMainWindow):
    """The facilitator's window over one open workspace.

    Signals:
        shown(): once, the first time the window is shown (for startup timing).
        settingsChanged(InstitutionSettings): the settings were saved (e.g. a new lock delay).
        newWorkspaceRequested(): create another workspace (Workspace ▸ New…, the demo banner).
        openWorkspaceRequested(str): open the workspace in this file (Open…, Open recent).
        restartRequested(): restart on this workspace (the language changed).
    """

    shown = Signal()
    settingsChanged = Signal(object)
    newWorkspaceRequested = Signal()
    openWorkspaceRequested = Signal(str)
    restartRequested = Signal()

    SECTIONS = ("meetings", "directory", "people")

    def __init__(
        self,
        workspace: Any,
        lang: str,
        parent: QWidget | None = None,
        *,
        demo: bool = False,
        inactivity: InactivityLock | None = None,
    ) -> None:
        """``demo``: the throwaway demo (a banner says so and offers the way out);
        ``inactivity`` replaces the inactivity lock (tests pass one with a fake clock)."""
        super().__init__(parent)
        self.workspace = workspace
        self.lang = lang
        self.demo = demo
        self.restart_question: QMessageBox | None = None
        self._shown_once = False
        self.resize(1280, 760)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.addItems([self.tr("Meetings"), self.tr("Directory"), self.tr("People")])
        self.sidebar.setFixedWidth(170)
        self.meetings_view = MeetingsView(lang=lang)
        self.directory_view = DirectoryView()
        self.people_view = PeopleView()
        self.sections_stack = QStackedWidget()
        for view in (self.meetings_view, self.directory_view, self.people_view):
            self.sections_stack.addWidget(view)
        self.sidebar.currentRowChanged.connect(self.sections_stack.setCurrentIndex)

        self.meetings = MeetingsSection(
            workspace, self.meetings_view, self, lang, add_person=self._add_person
        )
        self.directory = DirectorySection(workspace, self.directory_view, self, lang)
        self.people = PeopleSection(workspace, self.people_view, self, lang)
        for section in (self.meetings, self.directory, self.people):
            section.dataChanged.connect(self.update_first_steps)
        self.people.personChanged.connect(self.meetings_view.person_changed)
        self.directory.professionalsChanged.connect(self.people.names_changed)
        self._running_meeting_id = ""
        self.running = RunningMeeting(workspace, self, lang)
        self.meetings_view.openRequested.connect(self.running.open_meeting)
        self.running.consoleStarted.connect(self._show_console)
        self.running.consoleFinished.connect(self._hide_console)
        self.running.runningChanged.connect(self._on_running_changed)
        self.running.exportRequested.connect(self.meetings.export)
        self.meetings.meetingSaved.connect(lambda _id: self.show_section(0))
        self.people_view.prepareMeetingRequested.connect(self.meetings.prepare)
        steps = self.meetings_view.getting_started
        steps.addProfessionalRequested.connect(lambda: self.show_section(1, self.directory.add))
        steps.importRequested.connect(
            lambda: self.show_section(1, self.directory.choose_import_file)
        )
        steps.addPersonRequested.connect(lambda: self.show_section(2, self.people.add_person))
        steps.consentRequested.connect(lambda: self.show_section(2, self._record_first_consent))

        self.safety = SafetyActions(
            self,
            workspace,
            lang,
            selected_person=self.people_view.current_person_id,
            stop_meeting=self._stop_meeting,
            inactivity=inactivity,
        )
        self.safety.meetingsPurged.connect(self.meetings_view.meetings_removed)
        self.safety.personErased.connect(self.meetings_view.person_removed)
        self.safety.personErased.connect(self.people_view.person_removed)
        self.safety.dataChanged.connect(self.update_first_steps)
        self.safety.lock.locked.connect(self.running.cover)
        self.safety.lock.unlocked.connect(self.running.uncover)
        self.running.consoleStarted.connect(self.safety.follow_console)
        self.running.runningChanged.connect(self.safety.set_meeting_running)
        # The lock screen says a meeting goes on behind it only while one runs.
        self.running.runningChanged.connect(self.safety.lock.screen.set_meeting_running)
        # A professional who walked in joined the directory: the team list is small, read again.
        self.running.directoryChanged.connect(self.directory.refresh)
        self.running.directoryChanged.connect(self.update_first_steps)
        self.settingsChanged.connect(self._follow_settings)
        # F12 and Ctrl+L act even while a dialog is open over the console (a walk-in, a decision).
        self.safety_keys = KeysThroughDialogs(
            {Qt.Key.Key_F12: self._blank_from_a_dialog, keys.LOCK: self._lock_from_a_dialog}, self
        )

        self.demo_banner = DemoBanner()
        self.demo_banner.createRequested.connect(self.newWorkspaceRequested)
        self.demo_banner.openRequested.connect(self.choose_workspace_file)
        self.demo_banner.setVisible(demo)
        self.banner = ResumeBanner()
        self.banner.resumeRequested.connect(self.running.open_meeting)
        workspace_page = QWidget()
        page_layout = QHBoxLayout(workspace_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.sidebar)
        page_layout.addWidget(self.sections_stack, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(workspace_page)
        self._sections_page = workspace_page
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.demo_banner)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.sidebar.setCurrentRow(0)
        self.refresh()
        self.offer_resume()

    # --- Menus -----------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Workspace"))
        self.new_workspace_action = self._action(
            self.tr("&New workspace…"), keys.NEW_WORKSPACE, self.newWorkspaceRequested
        )
        self.open_workspace_action = self._action(
            self.tr("&Open a workspace…"), keys.OPEN_WORKSPACE, self.choose_workspace_file
        )
        self.recent_menu = RecentWorkspacesMenu(self.workspace.path, self)
        self.recent_menu.openRequested.connect(self.open_workspace_file)
        file_menu.addAction(self.new_workspace_action)
        file_menu.addAction(self.open_workspace_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.edit_settings
        )
        self.settings_action.setShortcuts([QKeySequence(keys.SETTINGS)])
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), keys.QUIT, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.section_actions = []
        for row, text in enumerate(
            (self.tr("&Meetings"), self.tr("&Directory"), self.tr("&People"))
        ):
            action = self._action(text, keys.SECTION_KEYS[row], self._section_slot(row))
            view_menu.addAction(action)
            self.section_actions.append(action)

        meeting_menu = bar.addMenu(self.tr("&Meeting"))
        self.prepare_action = self._action(
            self.tr("&Prepare a meeting…"), keys.PREPARE_MEETING, self.meetings.prepare
        )
        self.presentation_action = self._action(
            self.tr("Presentation &mode (shared screen)"),
            keys.PRESENTATION,
            self.running.show_shared_screen,
        )
        self.presentation_action.setEnabled(False)
        # The room's light decides: a dim room reads a dark screen best. Any time, even before
        # a meeting opens; remembered on this computer.
        self.dark_screen_action = QAction(self.tr("&Dark shared screen"), self)
        self.dark_screen_action.setCheckable(True)
        self.dark_screen_action.setChecked(self.running.screen_theme == "dark")
        self.dark_screen_action.toggled.connect(
            lambda dark: self.running.set_screen_theme("dark" if dark else "light")
        )
        # Which monitor: the automatic choice (a monitor other than the main one) is wrong when
        # the projector is the main monitor, or with three; the list is read when it opens.
        self.screens_menu = QMenu(self.tr("Shared screen &on"), self)
        self.screens_menu.aboutToShow.connect(self._fill_screens_menu)
        meeting_menu.addAction(self.prepare_action)
        meeting_menu.addAction(self.presentation_action)
        meeting_menu.addMenu(self.screens_menu)
        meeting_menu.addAction(self.dark_screen_action)

        bar.addMenu(self.safety.menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), keys.SHORTCUTS_HELP, self.show_shortcuts
        )
        self.about_action = self._action(self.tr("&About Empty Chair"), None, self.show_about)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _fill_screens_menu(self) -> None:
        """One entry per connected monitor, the chosen one ticked."""
        menu = self.screens_menu
        menu.clear()
        for old in menu.findChildren(QActionGroup):  # the last opening's
            old.deleteLater()
        group = QActionGroup(menu)
        running = self.running
        target = running.target_screen()
        here = self.screen()
        for screen in QGuiApplication.screens():
            size = screen.size()
            text = self.tr("{name} · {width}×{height}").format(
                name=screen.name() or screen.model() or "?",
                width=size.width(),
                height=size.height(),
            )
            if screen is here:
                text = self.tr("{screen} — the console's (the preview beside it)").format(
                    screen=text
                )
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(screen is target)
            action.triggered.connect(lambda _checked=False, s=screen: running.choose_screen(s))
            group.addAction(action)

    def show_section(self, row: int, then: Callable[[], object] | None = None) -> None:
        """Show the Meetings (0), Directory (1) or People (2) section, then do ``then``."""
        if self.running.is_running():
            return
        self.sidebar.setCurrentRow(row)
        if then is not None:
            then()

    def _add_person(self) -> str:
        """Add a person concerned (asked for when preparing a meeting with nobody to meet
        about); their id, or "" if cancelled."""
        return self.people.add_person()

    def _record_first_consent(self) -> None:
        person_id = self.people_view.current_person_id()
        if not person_id:
            first = self.workspace.person_page(PersonSearch(), None, 1)
            if not first:
                return
            person_id = first[0].id
            self.people_view.persons_table.select_id(person_id)
        self.people.add_consent(person_id)

    def _section_slot(self, row: int) -> Any:
        def select() -> None:
            if not self.running.is_running():
                self.sidebar.setCurrentRow(row)
                self.sections_stack.currentWidget().setFocus()

        return select

    # --- Refreshing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Hand every view its first rows and update the title (when the window opens: after
        that, saves update the rows they touched)."""
        try:
            settings = self.workspace.settings()
            for section in (self.meetings, self.directory, self.people):
                section.refresh()
            self.update_first_steps()
        except WorkspaceError as error:
            QMessageBox.warning(
                self, self.tr("Cannot read the workspace"), describe_error(error, self.lang)
            )
            return
        self._set_title(settings)

    def _set_title(self, settings: Any) -> None:
        self.setWindowTitle(
            self.tr("{institution} — {file} — Empty Chair").format(
                institution=settings.name, file=self.workspace.path.name
            )
        )

    def update_first_steps(self) -> None:
        """How far a new workspace is on the way to its first meeting (four small queries);
        with a meeting, the list takes the first steps' place."""
        try:
            steps = self.workspace.first_steps()
        except WorkspaceError:
            return
        if steps.meeting:
            progress = Progress(team=True, person=True, consent=True, meeting=True)
        else:
            progress = Progress(team=steps.team, person=steps.person, consent=steps.consent)
        self.meetings_view.getting_started.set_progress(progress)
        self.meetings_view.set_has_meetings(steps.meeting)

    def offer_resume(self) -> None:
        """If a meeting was left open (crash, restart), offer to resume it where it was."""
        open_meetings = self.workspace.open_meetings()
        if not open_meetings:
            self.banner.hide()
            return
        meeting = open_meetings[-1]
        try:
            alias = self.workspace.person(meeting.person_id).alias
        except KeyError:
            alias = "?"
        self.banner.offer(
            meeting.id,
            self.tr(
                "The meeting about {alias} of {date} was left open. It can resume exactly "
                "where it was."
            ).format(alias=alias, date=meeting.scheduled_at.strftime("%Y-%m-%d %H:%M")),
        )

    # --- The running meeting ---------------------------------------------------------------------

    def _show_console(self, console: QWidget) -> None:
        session = self.running.session
        self._running_meeting_id = session.meeting.id if session is not None else ""
        # A stack is as wide as its widest page: while the console shows, the sections (hidden)
        # must not keep the window wider than the console needs (a preview beside it, issue 9).
        self._sections_page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.banner.hide()
        self.pages.addWidget(console)
        self.pages.setCurrentWidget(console)
        console.setFocus()

    def _hide_console(self) -> None:
        self._sections_page.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred
        )
        console = self.pages.currentWidget()
        if self.pages.indexOf(console) > 0:
            self.pages.removeWidget(console)
        self.pages.setCurrentIndex(0)
        self.sidebar.setCurrentRow(0)
        self.meetings_view.table.setFocus()

    def _follow_settings(self, settings: Any) -> None:
        self.safety.follow_settings(settings)

    def _blank_from_a_dialog(self) -> bool:
        """F12 pressed in a dialog: blank the shared screen (or show it again), as from the
        console; not while locked (the lock keeps the projector blank)."""
        console = self.running.console
        if console is None or self.safety.lock.is_locked:
            return False
        console.blank_button.toggle()
        return True

    def _lock_from_a_dialog(self) -> bool:
        """Ctrl+L pressed in a dialog: lock now (the dialog is kept, as by any lock)."""
        if not self.safety.lock_action.isEnabled():
            return False
        self.safety.lock_action.trigger()
        return True

    def _stop_meeting(self) -> None:
        if self.running.is_running():
            self.running.finish()

    def _on_running_changed(self, running: bool) -> None:
        if not running and self._running_meeting_id:
            # The meeting opened, and perhaps closed: its row only is read again.
            self.meetings_view.meeting_changed(self._running_meeting_id)
            self._running_meeting_id = ""
            self.update_first_steps()
        self.presentation_action.setEnabled(running)
        for action in (
            self.prepare_action,
            self.settings_action,
            self.new_workspace_action,
            self.open_workspace_action,
        ):
            action.setEnabled(not running)
        self.recent_menu.setEnabled(not running)
        self.demo_banner.setEnabled(not running)
        for action in self.section_actions:
            action.setEnabled(not running)

    # --- Dialogs ---------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        """Edit the institution's settings; a new language takes effect after a restart."""
        current = self.workspace.settings()
        # So that removing a mission still in use asks first: counted by SQL.
        uses = {m: MissionUse(*n) for m, n in self.workspace.mission_uses().items()}
        edited = SettingsDialog.edit(self, settings=current, lang=self.lang, mission_uses=uses)
        if edited is None or edited == current:
            return
        try:
            self.workspace.save_settings(edited)
        except WorkspaceError as error:
            QMessageBox.warning(self, self.tr("Not saved"), describe_error(error, self.lang))
            return
        self._set_title(edited)
        if edited.missions != current.missions:
            self.meetings_view.set_missions(edited.missions)
            self.directory_view.set_missions(edited.missions)
        self.people.names_changed()  # missions or the policy's categories, in the consents
        self.settingsChanged.emit(edited)
        if edited.language != current.language:
            self.offer_restart()

    def offer_restart(self) -> None:
        """The language changed: offer to restart now (the passphrase is asked again; the demo
        reopens at once, without one)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"), "", parent=self)
        box.setText(self.tr("The new language is used once Empty Chair restarts."))
        if self.demo:
            details = self.tr(
                "Restart now? Everything is saved and the demo reopens at once, with no "
                "passphrase to type. A meeting in progress stays open and can be resumed."
            )
        else:
            details = self.tr(
                "Restart now? Everything is saved; you will type the passphrase again. "
                "A meeting in progress stays open and can be resumed."
            )
        box.setInformativeText(details)
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.setEscapeButton(later)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Opened, not exec'd: the answer comes back in _on_restart_answered (tests answer it).
        box.finished.connect(self._on_restart_answered)
        self.restart_question = box
        box.open()

    def _on_restart_answered(self) -> None:
        box, self.restart_question = self.restart_question, None
        clicked = box.clickedButton() if box is not None else None
        if clicked is not None and box.buttonRole(clicked) is QMessageBox.ButtonRole.AcceptRole:
            self.restartRequested.emit()

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: every key of the app, from its one list."""
        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    # --- Other workspaces ------------------------------------------------------------------------

    def choose_workspace_file(self) -> None:
        """Workspace ▸ Open…: choose a workspace file, then ask for it to be opened."""
        # The demo lives in a temporary folder: look where people keep their files instead.
        folder = Path.home() if self.demo else self.workspace.path.parent
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a workspace"),
            str(folder),
            self.tr("Empty Chair workspaces (*.emptychair);;All files (*)"),
        )
        if chosen:
            self.open_workspace_file(chosen)

    def open_workspace_file(self, path: str) -> None:
        """Ask for the workspace in ``path`` to be opened, unless it is this one."""
        if Path(path).absolute() == self.workspace.path.absolute():
            QMessageBox.information(
                self,
                self.tr("Open a workspace"),
                self.tr("This workspace is the one open in this window."),
            )
            return
        self.openWorkspaceRequested.emit(path)

    def show_about(self) -> None:
        """About the app: what it is, its version, its licence and the third-party notices."""
        from desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- Qt events -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Emit ``shown`` the first time the window appears."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Leaving during a meeting keeps it open (it resumes next time); close the screens.
        Background work is stopped (a backup being made leaves nothing) and waited for: the
        workspace closes after the window."""
        self._stop_meeting()
        self.safety.stop_background_work()
        super().closeEvent(event)
