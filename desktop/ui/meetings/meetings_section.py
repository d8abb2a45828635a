"""What the Meetings view's requests do: prepare, edit, delete, run (console + shared screen),
export.

The meeting side's windows (prepare dialog, console, export dialog, shared screen) are imported
when first needed, so the app starts without loading them.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.entities import Meeting, MeetingState, Professional
from desktop.storage.errors import WorkspaceError
from desktop.ui.meetings.meetings_view import MeetingsView
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.section import Section


class MeetingsSection(Section):
    """Prepares meetings, runs one at a time, and exports minutes.

    Signals:
        consoleStarted(QWidget): a meeting opened; show this console in place of the sections.
        consoleFinished(): the running meeting's console is gone; show the sections again.
        runningChanged(bool): a meeting is (or is no longer) running.
    """

    consoleStarted = Signal(object)
    consoleFinished = Signal()
    runningChanged = Signal(bool)

    def __init__(self, workspace: Any, view: MeetingsView, window: QWidget, lang: str) -> None:
        super().__init__(workspace, window, lang)
        self.view = view
        self.session: Any = None
        self.bridge: Any = None
        self.console: QWidget | None = None
        self.shared_screen: Any = None
        self._blank = False  # what the facilitator asked for, kept while no shared screen is open
        self._geometry_before_preview: Any = None  # the window's, to give back after the meeting
        self.delete_confirmation: QMessageBox | None = None
        view.prepareRequested.connect(self.prepare)
        view.editRequested.connect(self.edit)
        view.openRequested.connect(self.open_meeting)
        view.exportRequested.connect(self.export)
        view.deleteRequested.connect(self.confirm_delete)

    def refresh(self) -> None:
        """Show every meeting."""
        persons = {p.id: p for p in self.workspace.persons()}
        self.view.set_rows(self.workspace.meetings(), persons, self.workspace.settings().missions)

    def _prepare_dialog(self, meeting: Any = None) -> Any:
        from desktop.ui.meetings.prepare import PrepareMeetingDialog

        return PrepareMeetingDialog.edit(
            self.window,
            settings=self.workspace.settings(),
            policy=self.workspace.policy(),
            professionals=self.workspace.professionals(include_inactive=False),
            persons=self.workspace.persons(),
            meeting=meeting,
        )

    def prepare(self) -> None:
        """Prepare a new meeting."""
        if not self.workspace.persons():
            QMessageBox.information(
                self.window,
                self.tr("Prepare a meeting"),
                self.tr("Add the person concerned first, in People."),
            )
            return
        meeting = self._prepare_dialog()
        if meeting is not None:
            self.write(lambda: self.workspace.save_meeting(meeting))

    def edit(self, meeting_id: str) -> None:
        """Edit a meeting that has not been opened yet."""
        current = self.workspace.meeting(meeting_id)
        if current.state is not MeetingState.PREPARED:
            return
        meeting = self._prepare_dialog(current)
        if meeting is not None and meeting != current:
            self.write(lambda: self.workspace.save_meeting(meeting))

    def confirm_delete(self, meeting_id: str) -> None:
        """Ask whether to delete this prepared meeting; the answer comes back in
        :meth:`_on_delete_answered` (the box is opened, not exec'd, so nothing waits on it)."""
        try:
            meeting = self.workspace.meeting(meeting_id)
        except KeyError:
            self.refresh()
            return
        if meeting.state is not MeetingState.PREPARED:
            return  # open and closed meetings hold a record: only retention or erasure remove it
        if self.delete_confirmation is not None:
            self.delete_confirmation.raise_()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the meeting"),
            self._describe(meeting),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setInformativeText(
            self.tr("It has not been opened, so nothing was shared. This cannot be undone.")
        )
        box.addButton(self.tr("&Delete the meeting"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps it: deleting takes a deliberate choice
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setProperty("meeting_id", meeting_id)
        box.finished.connect(self._on_delete_answered)
        self.delete_confirmation = box
        box.open()

    def _describe(self, meeting: Meeting) -> str:
        alias = next((p.alias for p in self.workspace.persons() if p.id == meeting.person_id), "?")
        return self.tr(
            "Delete the prepared meeting for {alias} on {date}?\nPurpose: {purpose}"
        ).format(
            alias=alias,
            date=meeting.scheduled_at.strftime("%Y-%m-%d %H:%M"),
            purpose=" ".join(meeting.purpose.split()),
        )

    def _on_delete_answered(self) -> None:
        box, self.delete_confirmation = self.delete_confirmation, None
        clicked = box.clickedButton() if box is not None else None
        if box is None or clicked is None:
            return
        if box.buttonRole(clicked) is not QMessageBox.ButtonRole.AcceptRole:
            return
        meeting_id = str(box.property("meeting_id"))

        def delete() -> None:
            with contextlib.suppress(KeyError):  # already gone: the refresh shows it
                self.workspace.delete_meeting(meeting_id)

        self.write(delete)

    def export(self, meeting_id: str) -> None:
        """Export the minutes of a meeting."""
        from desktop.ui.meetings.export_dialog import ExportMinutesDialog

        try:
            record = self.workspace.meeting_record(meeting_id)
        except WorkspaceError as error:
            QMessageBox.warning(
                self.window, self.tr("Export minutes"), describe_error(error, self.lang)
            )
            return

        def log_export(jobs: list[Any]) -> None:
            try:
                details: dict[str, Any] = {"documents": [j.kind for j in jobs]}
                recipients = [j.recipient_id for j in jobs if j.recipient_id]
                if recipients:  # whose copies went out (ids only)
                    details["recipients"] = recipients
                self.workspace.log_event("minutes_exported", meeting_id=meeting_id, **details)
            except WorkspaceError as error:
                QMessageBox.warning(
                    self.window, self.tr("Export minutes"), describe_error(error, self.lang)
                )

        ExportMinutesDialog.run(self.window, record, self.lang, on_exported=log_export)

    # --- Running a meeting -----------------------------------------------------------------------

    def is_running(self) -> bool:
        """A meeting's console is shown."""
        return self.console is not None

    def open_meeting(self, meeting_id: str) -> bool:
        """Open a prepared meeting, or resume an open one exactly where it was."""
        if self.console is not None:
            return False
        from desktop.ui.bridge import SessionBridge
        from desktop.ui.console.console import MeetingConsole

        try:
            self.session = self.workspace.start_session(meeting_id)
        except WorkspaceError as error:
            QMessageBox.warning(
                self.window, self.tr("Open the meeting"), describe_error(error, self.lang)
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
        )
        console.blankRequested.connect(self.set_blank)
        console.sharedScreenRequested.connect(self.show_shared_screen)
        console.meetingFinished.connect(self.finish)
        console.exportMinutesRequested.connect(self.export)
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
        self.dataChanged.emit()
        return ""

    def show_shared_screen(self) -> None:
        """Show the shared screen: full screen on a second monitor if there is one, else as a
        preview beside the console. It opens blank if the facilitator blanked it already."""
        if self.bridge is None:
            return
        from desktop.ui.shared_screen.tiling import tile_beside
        from desktop.ui.shared_screen.window import SharedScreenWindow, pick_secondary_screen

        if self.shared_screen is None:
            self.shared_screen = SharedScreenWindow(self.bridge, self.lang)
            if self._blank:
                self.shared_screen.set_blank(True)
            self.shared_screen.blankChanged.connect(self._on_blank_changed)
            self._on_blank_changed(self.shared_screen.is_blank())  # a closed meeting opens blank
        app = QGuiApplication.instance()
        screen = pick_secondary_screen(app) if isinstance(app, QGuiApplication) else None
        if screen is None:
            here = self.window.screen() or QGuiApplication.primaryScreen()
            if self._geometry_before_preview is None:
                window = self.window
                self._geometry_before_preview = (window.normalGeometry(), window.isMaximized())
            tile_beside(self.window, self.shared_screen, here.availableGeometry())
        self.shared_screen.show_on(screen)

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
        self.refresh()
        self.dataChanged.emit()
