"""What the Meetings view's requests do: prepare, edit, delete, export.

Opening a meeting is not done here: the view's ``openRequested`` goes to the main window, which
hands it to the running meeting (:mod:`desktop.ui.running_meeting`). The prepare and export
dialogs are imported when first needed, so the app starts without loading them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.entities import Meeting, MeetingState
from desktop.storage.errors import WorkspaceError
from desktop.ui.i18n import fill_in
from desktop.ui.meetings.meetings_view import MeetingsView
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.paged_model import ListSource
from desktop.ui.widgets.section import Section


def _nobody_added() -> str:
    return ""


class MeetingsSection(Section):
    """Prepares, edits and deletes meetings, and exports minutes.

    ``add_person()`` (handed in by the main window) adds a person concerned and returns their id
    ("" if cancelled): preparing a meeting with nobody to meet about offers to do that first.

    Signals: ``meetingSaved(str)`` with the id of a meeting just prepared or changed (the
    window shows the Meetings section, where it is selected); ``meetingDeleted(str)`` with
    the id of a prepared meeting deleted.
    """

    meetingSaved = Signal(str)
    meetingDeleted = Signal(str)

    def __init__(
        self,
        workspace: Any,
        view: MeetingsView,
        window: QWidget,
        lang: str,
        add_person: Callable[[], str] = _nobody_added,
    ) -> None:
        super().__init__(workspace, window, lang)
        self.view = view
        self._add_person = add_person
        self.add_person_question: QMessageBox | None = None
        self.delete_confirmation: QMessageBox | None = None
        view.prepareRequested.connect(self.prepare)
        view.editRequested.connect(self.edit)
        view.exportRequested.connect(self.export)
        view.deleteRequested.connect(self.confirm_delete)

    def refresh(self) -> None:
        """Show the first page of meetings (storage reads the next ones as the list scrolls)."""
        workspace = self.workspace
        source = ListSource(
            page=workspace.meeting_page,
            row=workspace.meeting_list_row,
            count=workspace.meeting_count,
        )
        self.view.set_source(source, workspace.settings().missions)

    def _alias(self, person_id: str) -> str:
        try:
            return str(self.workspace.person(person_id).alias)
        except KeyError:
            return "?"

    def _prepare_dialog(self, meeting: Any = None, person_id: str = "") -> Any:
        from desktop.ui.meetings.prepare import PrepareMeetingDialog

        return PrepareMeetingDialog.edit(
            self.window,
            settings=self.workspace.settings(),
            lang=self.lang,
            professionals=self.workspace.professionals(include_inactive=False),
            persons=self.workspace.persons(),
            meeting=meeting,
            person_id=person_id,
        )

    def prepare(self, person_id: str = "") -> None:
        """Prepare a new meeting, about ``person_id`` when given (chosen already in the
        dialog); with nobody to meet about yet, offer to add the person first."""
        if not self.workspace.first_steps().person:
            person_id = self._offer_to_add_person()
            if not person_id:
                return
        meeting = self._prepare_dialog(person_id=person_id)
        if meeting is not None:
            self._save(meeting)

    def _offer_to_add_person(self) -> str:
        """Ask whether to add the person concerned now; their id, or "" if not."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Prepare a meeting"),
            self.tr(
                "A case conference is about a person, or about several members of one family: "
                "add a person concerned first."
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        add = box.addButton(
            self.tr("&Add the person concerned…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        self.add_person_question = box
        box.exec()
        self.add_person_question = None
        added = self._add_person() if box.clickedButton() is add else ""
        box.deleteLater()
        return added

    def edit(self, meeting_id: str) -> None:
        """Edit a meeting that has not been opened yet."""
        current = self.workspace.meeting(meeting_id)
        if current.state is not MeetingState.PREPARED:
            return
        meeting = self._prepare_dialog(current)
        if meeting is not None and meeting != current:
            self._save(meeting)

    def _save(self, meeting: Meeting) -> None:
        """Save a prepared meeting, then show it selected and say so."""
        if not self.write(lambda: self.workspace.save_meeting(meeting)):
            return
        alias = self._alias(meeting.person_id)
        self.view.show_saved(
            meeting.id,
            fill_in(
                self.tr(
                    "Saved: the meeting about {alias} on {date}. Open it when the team is "
                    "there; until then it can still be edited."
                ),
                alias=alias,
                date=meeting.scheduled_at.strftime("%Y-%m-%d %H:%M"),
            ),
        )
        self.meetingSaved.emit(meeting.id)

    def confirm_delete(self, meeting_id: str) -> None:
        """Ask whether to delete this prepared meeting; the answer comes back in
        :meth:`_on_delete_answered` (the box is opened, not exec'd, so nothing waits on it)."""
        try:
            meeting = self.workspace.meeting(meeting_id)
        except KeyError:
            self.view.meeting_removed(meeting_id)
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
        alias = self._alias(meeting.person_id)
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
            with contextlib.suppress(KeyError):  # already gone: its row goes all the same
                self.workspace.delete_meeting(meeting_id)

        if self.write(delete):
            self.view.meeting_removed(meeting_id)
            self.meetingDeleted.emit(meeting_id)

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
