"""The main window: a shell with three sections (Meetings, Directory, People) and the menus.

It builds the views, hands them to the sections that answer their requests, and shows a running
meeting's console in place of the sections. It reads the workspace only to hand rows to views.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.errors import WorkspaceError
from desktop.ui.directory.directory_section import DirectorySection
from desktop.ui.directory.directory_view import DirectoryView
from desktop.ui.meetings.meetings_section import MeetingsSection
from desktop.ui.meetings.meetings_view import MeetingsView
from desktop.ui.people.people_section import PeopleSection
from desktop.ui.people.people_view import PeopleView
from desktop.ui.settings.settings_dialog import SettingsDialog, count_mission_uses
from desktop.ui.widgets.errors import describe_error


class ResumeBanner(QFrame):
    """Offers to resume a meeting left open by a crash or a restart.

    Signals: ``resumeRequested(str)`` with the meeting's id.
    """

    resumeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBanner")
        self.meeting_id = ""
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume it now"))
        later = QPushButton(self.tr("&Later"))
        self.resume_button.clicked.connect(self._resume)
        later.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(later)
        self.hide()

    def offer(self, meeting_id: str, text: str) -> None:
        """Show the offer for this meeting."""
        self.meeting_id = meeting_id
        self.label.setText(text)
        self.show()
        self.resume_button.setFocus()

    def _resume(self) -> None:
        self.hide()
        self.resumeRequested.emit(self.meeting_id)


class MainWindow(QMainWindow):
    """The facilitator's window over one open workspace.

    Signals:
        shown(): once, the first time the window is shown (for startup timing).
        settingsChanged(InstitutionSettings): the settings were saved (e.g. a new lock delay).
    """

    shown = Signal()
    settingsChanged = Signal(object)

    SECTIONS = ("meetings", "directory", "people")

    def __init__(self, workspace: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.lang = lang
        self._shown_once = False
        self.resize(1280, 760)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.addItems([self.tr("Meetings"), self.tr("Directory"), self.tr("People")])
        self.sidebar.setFixedWidth(170)
        self.meetings_view = MeetingsView()
        self.directory_view = DirectoryView()
        self.people_view = PeopleView()
        self.sections_stack = QStackedWidget()
        for view in (self.meetings_view, self.directory_view, self.people_view):
            self.sections_stack.addWidget(view)
        self.sidebar.currentRowChanged.connect(self.sections_stack.setCurrentIndex)

        self.meetings = MeetingsSection(workspace, self.meetings_view, self, lang)
        self.directory = DirectorySection(workspace, self.directory_view, self, lang)
        self.people = PeopleSection(workspace, self.people_view, self, lang)
        for section in (self.meetings, self.directory, self.people):
            section.dataChanged.connect(self.refresh)
        self.meetings.consoleStarted.connect(self._show_console)
        self.meetings.consoleFinished.connect(self._hide_console)
        self.meetings.runningChanged.connect(self._on_running_changed)

        self.banner = ResumeBanner()
        self.banner.resumeRequested.connect(self.meetings.open_meeting)
        workspace_page = QWidget()
        page_layout = QHBoxLayout(workspace_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.sidebar)
        page_layout.addWidget(self.sections_stack, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(workspace_page)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
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
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.edit_settings
        )
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.section_actions = []
        for row, text in enumerate(
            (self.tr("&Meetings"), self.tr("&Directory"), self.tr("&People"))
        ):
            action = self._action(text, QKeySequence(f"Ctrl+{row + 1}"), self._section_slot(row))
            view_menu.addAction(action)
            self.section_actions.append(action)

        meeting_menu = bar.addMenu(self.tr("&Meeting"))
        self.prepare_action = self._action(
            self.tr("&Prepare a meeting…"), QKeySequence.StandardKey.New, self.meetings.prepare
        )
        self.presentation_action = self._action(
            self.tr("Presentation &mode (shared screen)"),
            QKeySequence("Ctrl+Shift+P"),
            self.meetings.show_shared_screen,
        )
        self.presentation_action.setEnabled(False)
        meeting_menu.addAction(self.prepare_action)
        meeting_menu.addAction(self.presentation_action)

        help_menu = self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.tr("&About Empty Chair"), QKeySequence.StandardKey.HelpContents, self.show_about
        )
        self.about_action.setShortcuts([QKeySequence("F1")])
        help_menu.addAction(self.about_action)

    def keep_help_menu_last(self) -> None:
        """Move *Help* back to the end after menus were added by others (e.g. *Safety*)."""
        bar = self.menuBar()
        bar.removeAction(self.help_menu.menuAction())
        bar.addAction(self.help_menu.menuAction())

    def _section_slot(self, row: int) -> Any:
        def select() -> None:
            if not self.meetings.is_running():
                self.sidebar.setCurrentRow(row)
                self.sections_stack.currentWidget().setFocus()

        return select

    # --- Refreshing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Hand every view fresh rows and update the title."""
        try:
            settings = self.workspace.settings()
            for section in (self.meetings, self.directory, self.people):
                section.refresh()
        except WorkspaceError as error:
            QMessageBox.warning(
                self, self.tr("Cannot read the workspace"), describe_error(error, self.lang)
            )
            return
        self.setWindowTitle(
            self.tr("{institution} — {file} — Empty Chair").format(
                institution=settings.name, file=self.workspace.path.name
            )
        )

    def offer_resume(self) -> None:
        """If a meeting was left open (crash, restart), offer to resume it where it was."""
        open_meetings = self.workspace.open_meetings()
        if not open_meetings:
            self.banner.hide()
            return
        meeting = open_meetings[-1]
        persons = {p.id: p for p in self.workspace.persons()}
        alias = persons[meeting.person_id].alias if meeting.person_id in persons else "?"
        self.banner.offer(
            meeting.id,
            self.tr(
                "The meeting about {alias} of {date} was left open. It can resume exactly "
                "where it was."
            ).format(alias=alias, date=meeting.scheduled_at.strftime("%Y-%m-%d %H:%M")),
        )

    # --- The running meeting ---------------------------------------------------------------------

    def _show_console(self, console: QWidget) -> None:
        self.banner.hide()
        self.pages.addWidget(console)
        self.pages.setCurrentWidget(console)
        console.setFocus()

    def _hide_console(self) -> None:
        console = self.pages.currentWidget()
        if self.pages.indexOf(console) > 0:
            self.pages.removeWidget(console)
        self.pages.setCurrentIndex(0)
        self.sidebar.setCurrentRow(0)
        self.meetings_view.table.setFocus()

    def _on_running_changed(self, running: bool) -> None:
        self.presentation_action.setEnabled(running)
        self.prepare_action.setEnabled(not running)
        self.settings_action.setEnabled(not running)
        for action in self.section_actions:
            action.setEnabled(not running)

    # --- Dialogs ---------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        """Edit the institution's settings; a new language takes effect after a restart."""
        current = self.workspace.settings()
        uses = count_mission_uses(  # so removing a mission still in use asks first
            self.workspace.professionals(),
            self.workspace.meetings(),
            (c for p in self.workspace.persons() for c in self.workspace.consents(p.id)),
        )
        edited = SettingsDialog.edit(self, settings=current, lang=self.lang, mission_uses=uses)
        if edited is None or edited == current:
            return
        try:
            self.workspace.save_settings(edited)
        except WorkspaceError as error:
            QMessageBox.warning(self, self.tr("Not saved"), describe_error(error, self.lang))
            return
        self.refresh()
        self.settingsChanged.emit(edited)
        if edited.language != current.language:
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("The new language will be used the next time Empty Chair starts."),
            )

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
        """Leaving during a meeting keeps it open (it resumes next time); close the screens."""
        if self.meetings.is_running():
            self.meetings.finish()
        super().closeEvent(event)
