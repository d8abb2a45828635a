"""Export the minutes of a closed meeting, and the person's plain-language copy, to PDF.

The minutes come as the full record (for the facilitator's file, every item with who received
it) and, per recipient, one copy for each attendee who was present holding only the items shared
with them; the dialog lists who gets what before anything is written. Someone who received no
item (or is not bound by secrecy) gets a copy without items: decisions and actions only.

Rendering runs off the GUI thread: :func:`export_documents` (plain data in, plain data out) runs
on the dialog's :class:`~desktop.ui.widgets.background.BackgroundRunner`, which belongs to the
dialog, so closing it waits for a running export instead of leaving a thread behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import PersonNaming
from desktop.core.record import MeetingRecord
from desktop.minutes import (
    RECIPIENT_COPY,
    MinutesError,
    export_document,
    plan_copies,
    safe_file_part,
)
from desktop.ui.meetings.copies_model import CopiesModel
from desktop.ui.widgets.background import BackgroundRunner
from desktop.ui.widgets.fields import line_edit

MINUTES = "minutes"
PERSON_COPY = "person_copy"
RECIPIENT = "recipient_copy"


@dataclass(frozen=True, slots=True)
class ExportJob:
    """One document to write: which one, where, and for whom (a recipient's copy)."""

    kind: str  # MINUTES (the full record), RECIPIENT or PERSON_COPY
    path: Path
    recipient_id: str = ""


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """What the worker sends back: the files written, and any lines to warn about."""

    written: tuple[ExportJob, ...]
    warnings: tuple[str, ...]
    error: str = ""


def export_documents(
    record: MeetingRecord, lang: str, jobs: list[ExportJob], password: str | None
) -> ExportOutcome:
    """Render and write each document in turn (off the GUI thread); stop at the first error,
    the files written before it stay written."""
    written: list[ExportJob] = []
    warnings: list[str] = []
    error = ""
    for job in jobs:
        try:
            result = export_document(
                record,
                job.path,
                lang,
                person_copy=job.kind == PERSON_COPY,
                recipient_id=job.recipient_id or None,
                password=password,
            )
        except MinutesError as failure:
            error = failure.text(lang)
            break
        written.append(job)
        warnings.extend(result.warnings)
    return ExportOutcome(tuple(written), tuple(warnings), error)


def _safe(text: str) -> str:
    return safe_file_part(text)


def default_folder() -> Path:
    """The user's documents folder when it exists, else the home folder (a new account may have
    no Documents folder yet)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path.home()


def make_folders(paths: list[Path]) -> str:
    """Create the folders ``paths`` need (a folder typed that does not exist yet); "" when they
    exist now, else the folder that could not be created and why."""
    for folder in dict.fromkeys(path.parent for path in paths):
        if folder.is_dir():
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return f"{folder}: {error.strerror or error}"
    return ""


class ExportMinutesDialog(QDialog):
    """Choose the documents, an optional password, then export them off the GUI thread.

    Signals:
        exported(object): the list of :class:`ExportJob` written, after an export.
        exportFinished(object): the worker's :class:`ExportOutcome`, whatever happened.
    """

    exported = Signal(object)
    exportFinished = Signal(object)

    def __init__(
        self,
        record: MeetingRecord,
        lang: str,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._lang = lang
        self._runner = BackgroundRunner(self)
        self._running = False
        self.written: tuple[ExportJob, ...] = ()
        self.setWindowTitle(self.tr("Export minutes"))
        base = folder or default_folder()
        alias = _safe(record.person.alias)
        day = (record.meeting.scheduled_at or dt.datetime.now()).date().isoformat()
        self.minutes = QCheckBox(self.tr("Full record (for the file)"), self)
        self.minutes.setChecked(True)
        minutes_name = self.tr("minutes-{alias}-{day}.pdf").format(alias=alias, day=day)
        self.minutes_path = QLineEdit(str(base / minutes_name), self)
        self.minutes_path.setAccessibleName(self.tr("Minutes file"))
        self.copy = QCheckBox(self.tr("Copy for {alias}").format(alias=record.person.alias), self)
        copy_name = self.tr("copy-for-{alias}-{day}.pdf").format(alias=alias, day=day)
        self.copy_path = QLineEdit(str(base / copy_name), self)
        self.copy_path.setAccessibleName(self.tr("Person's copy file"))
        self.per_recipient = QCheckBox(self.tr("A copy for each attendee"), self)
        self.per_recipient.setChecked(True)
        self.copies_folder = QLineEdit(str(base), self)
        self.copies_folder.setAccessibleName(self.tr("Folder for the attendees' copies"))
        self.copies_model = CopiesModel(self._facilitator(), self._lang, self)
        self.copies_view = QTableView(self)
        self.copies_view.setModel(self.copies_model)
        self.copies_view.setAccessibleName(self.tr("Who gets what"))
        self.copies_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.copies_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.copies_view.verticalHeader().hide()
        # Both columns share the width and wrap: a long name or role (Dutch ones are long)
        # never pushes "Holds" out of sight.
        header = self.copies_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._fit_rows)
        self.copies_view.setMinimumHeight(150)
        self.copies_note = QLabel(
            self.tr(
                "Each attendee's copy holds only the items shared with them, and names only them "
                "for distribution. Someone who received no item, or who is not bound by secrecy, "
                "gets a copy without items (decisions and actions only)."
            ),
            self,
        )
        self.copies_note.setWordWrap(True)
        self.per_recipient.toggled.connect(self.copies_folder.setEnabled)
        self.per_recipient.toggled.connect(self.copies_view.setEnabled)
        self.copies_folder.textChanged.connect(self._plan_copies)
        self._plan_copies()
        self.protect = QCheckBox(self.tr("Protect with a password"), self)
        # Minutes that name the person in full are the ones a lost copy would harm most.
        names_in_full = record.settings.person_naming is PersonNaming.FULL_NAME
        self.protect_note = QLabel(
            self.tr(
                "The minutes name the person in full: a password is advised. Give it to the "
                "recipients another way than the file."
            ),
            self,
        )
        self.protect_note.setWordWrap(True)
        self.protect_note.setStyleSheet("color: #5c3b00")
        self.protect_note.setVisible(names_in_full)
        self.password = line_edit(self.tr("Password"), parent=self, password=True)
        self.password_again = line_edit(self.tr("Password again"), parent=self, password=True)
        for line in (self.password, self.password_again):
            line.setEnabled(False)
            self.protect.toggled.connect(line.setEnabled)
        self.protect.setChecked(names_in_full)
        self.minutes.toggled.connect(self.minutes_path.setEnabled)
        self.minutes.toggled.connect(self._plan_copies)
        self.copy.toggled.connect(self.copy_path.setEnabled)
        self.copy_path.setEnabled(False)

        grid = QGridLayout()
        rows = (
            (0, self.minutes, self.minutes_path),
            (1, self.per_recipient, self.copies_folder),
            (4, self.copy, self.copy_path),
        )
        for row, box, line in rows:
            browse = QPushButton(self.tr("Choose…"), self)
            browse.setAccessibleName(
                self.tr("Choose where to save: {what}").format(what=box.text())
            )
            if line is self.copies_folder:
                browse.clicked.connect(self._browse_folder)
            else:
                browse.clicked.connect(lambda _=False, edit=line: self._browse(edit))
            grid.addWidget(box, row, 0)
            grid.addWidget(line, row, 1)
            grid.addWidget(browse, row, 2)
        grid.addWidget(self.copies_view, 2, 1, 1, 2)
        grid.addWidget(self.copies_note, 3, 1, 1, 2)
        grid.addWidget(self.protect, 5, 0)
        grid.addWidget(self.password, 5, 1)
        grid.addWidget(QLabel(self.tr("Again"), self), 6, 0)
        grid.addWidget(self.password_again, 6, 1)
        grid.addWidget(self.protect_note, 7, 1, 1, 2)
        grid.setColumnStretch(1, 1)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: rendering has no known length
        self.progress.setAccessibleName(self.tr("Exporting"))
        self.progress.hide()
        self._progress_delay = QTimer(self)
        self._progress_delay.setSingleShot(True)
        self._progress_delay.setInterval(300)
        self._progress_delay.timeout.connect(self.progress.show)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.open_minutes = QPushButton(self.tr("Open the full record"), self)
        self.open_copy = QPushButton(self.tr("Open the person's copy"), self)
        self.open_minutes.clicked.connect(lambda: self.open_file(MINUTES))
        self.open_copy.clicked.connect(lambda: self.open_file(PERSON_COPY))
        self.open_minutes.hide()
        self.open_copy.hide()
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_minutes)
        buttons.addWidget(self.open_copy)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, self.sizeHint().height())

    def _facilitator(self) -> str:
        facilitator = self._record.directory.get(self._record.meeting.facilitator_id)
        return facilitator.label() if facilitator else self._record.meeting.facilitator_id

    def _plan_copies(self, *_args: object) -> None:
        """Who gets what, from the record alone: shown before anything is written."""
        folder = Path(self.copies_folder.text().strip() or ".").expanduser()
        self.planned = plan_copies(self._record, folder, self._lang)
        # The full record is the first row while it is chosen; each attendee's copy follows.
        shown = [p for p in self.planned if p.kind == RECIPIENT_COPY or self.minutes.isChecked()]
        self.copies_model.set_rows(shown)
        self.copies_view.resizeRowsToContents()

    def _fit_rows(self, *_args: object) -> None:
        """Rows as tall as their wrapped text, whenever the columns change width."""
        self.copies_view.resizeRowsToContents()

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the attendees' copies"), self.copies_folder.text()
        )
        if folder:
            self.copies_folder.setText(folder)

    def _browse(self, edit: QLineEdit) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), edit.text(), self.tr("PDF documents (*.pdf)")
        )
        if path:
            edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    # --- Checking and running --------------------------------------------------------------------

    def jobs(self) -> tuple[list[ExportJob], str]:
        """The documents to write and the password, or an error sentence."""
        jobs = []
        for box, line, kind in (
            (self.minutes, self.minutes_path, MINUTES),
            (self.copy, self.copy_path, PERSON_COPY),
        ):
            if not box.isChecked():
                continue
            text = line.text().strip()
            if not text:
                return [], self.tr("Choose a file for: {what}").format(what=box.text())
            jobs.append(ExportJob(kind, Path(text).expanduser()))
        if self.per_recipient.isChecked():
            if not self.copies_folder.text().strip():
                return [], self.tr("Choose a folder for the attendees' copies.")
            self._plan_copies()
            jobs += [
                ExportJob(RECIPIENT, planned.path, planned.recipient_id)
                for planned in self.planned
                if planned.kind == RECIPIENT_COPY
            ]
        if not jobs:
            return [], self.tr("Choose at least one document to export.")
        if len({job.path for job in jobs}) < len(jobs):
            return [], self.tr("Each document needs its own file: two of them have the same name.")
        if self.protect.isChecked():
            if not self.password.text():
                return [], self.tr("Type the password, or untick “Protect with a password”.")
            if self.password.text() != self.password_again.text():
                return [], self.tr("The two passwords differ. Type them again.")
        return jobs, ""

    def is_running(self) -> bool:
        """An export is under way."""
        return self._running

    def start(self) -> None:
        """Check the choices and start the export off the GUI thread."""
        if self._running:
            return
        jobs, problem = self.jobs()
        if problem:
            self._show_status(problem, error=True)
            return
        missing = make_folders([job.path for job in jobs])
        if missing:
            self._show_status(
                self.tr("This folder cannot be created: {reason}. Choose another.").format(
                    reason=missing
                ),
                error=True,
            )
            return
        password = self.password.text() if self.protect.isChecked() else None
        record, lang = self._record, self._lang
        self._running = True
        self._set_inputs_enabled(False)
        self._show_status(self.tr("Exporting…"))
        self._progress_delay.start()
        self._runner.start(
            lambda: export_documents(record, lang, jobs, password),
            self._finished,
            on_crashed=self._crashed,
        )

    def _crashed(self) -> None:
        """A bug stopped the export: give the dialog back (the error handler says so)."""
        self._idle()
        self._show_status(self.tr("Not exported."), error=True)

    def _idle(self) -> None:
        self._running = False
        self._progress_delay.stop()
        self.progress.hide()
        self._set_inputs_enabled(True)

    def _finished(self, outcome: ExportOutcome) -> None:
        self._idle()
        self.written = outcome.written
        lines = [self.tr("Saved: {path}").format(path=str(job.path)) for job in outcome.written]
        if outcome.warnings:
            lines.append(self.tr("Some characters could not be printed:"))
            lines += list(outcome.warnings)
        if outcome.error:
            lines.append(self.tr("Not exported: {reason}").format(reason=outcome.error))
        self._show_status("\n".join(lines), error=bool(outcome.error))
        kinds = {job.kind for job in outcome.written}
        self.open_minutes.setVisible(MINUTES in kinds)
        self.open_copy.setVisible(PERSON_COPY in kinds)
        if outcome.written:
            self.exported.emit(list(outcome.written))
        self.exportFinished.emit(outcome)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.minutes, self.per_recipient, self.copy, self.protect):
            widget.setEnabled(enabled)
        self.export_button.setEnabled(enabled)
        self.copies_folder.setEnabled(enabled and self.per_recipient.isChecked())
        self.minutes_path.setEnabled(enabled and self.minutes.isChecked())
        self.copy_path.setEnabled(enabled and self.copy.isChecked())
        for line in (self.password, self.password_again):
            line.setEnabled(enabled and self.protect.isChecked())
        self.close_button.setEnabled(enabled)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e" if error else "")

    def open_file(self, kind: str) -> bool:
        """Open a written document in the system's PDF viewer."""
        job = next((j for j in self.written if j.kind == kind), None)
        if job is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(job.path)))

    def reject(self) -> None:
        """Close, unless an export is still running (the file would be left half-way)."""
        if self._running:
            self._show_status(self.tr("Please wait: the export is still running."))
            return
        super().reject()

    def wait(self) -> None:
        """Block until a running export ends (tests, and closing the application)."""
        self._runner.wait()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        record: MeetingRecord,
        lang: str,
        *,
        on_exported: Callable[[list[ExportJob]], None] | None = None,
    ) -> None:
        """Show the dialog until the user closes it; ``on_exported`` hears of each export
        (e.g. to add ``minutes_exported`` to the audit log)."""
        dialog = cls(record, lang, parent)
        if on_exported is not None:
            dialog.exported.connect(on_exported)
        try:
            dialog.exec()
        finally:
            dialog.wait()
            dialog.deleteLater()
