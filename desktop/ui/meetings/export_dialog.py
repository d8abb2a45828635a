"""Export the minutes of a closed meeting, and the person's plain-language copy, to PDF.

Rendering runs off the GUI thread: :func:`export_documents` (plain data in, plain data out) runs
on the dialog's :class:`~desktop.ui.widgets.background.BackgroundRunner`, which belongs to the
dialog, so closing it waits for a running export instead of leaving a thread behind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.record import MeetingRecord
from desktop.minutes import MinutesError, export_document
from desktop.ui.widgets.background import BackgroundRunner
from desktop.ui.widgets.fields import line_edit

MINUTES = "minutes"
PERSON_COPY = "person_copy"


@dataclass(frozen=True, slots=True)
class ExportJob:
    """One document to write: which one and where."""

    kind: str  # MINUTES or PERSON_COPY
    path: Path


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
                record, job.path, lang, person_copy=job.kind == PERSON_COPY, password=password
            )
        except MinutesError as failure:
            error = str(failure)
            break
        written.append(job)
        warnings.extend(result.warnings)
    return ExportOutcome(tuple(written), tuple(warnings), error)


def _safe(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.") or "meeting"


def default_folder() -> Path:
    """The user's documents folder (or home)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


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
        self.minutes = QCheckBox(self.tr("Minutes of the meeting"), self)
        self.minutes.setChecked(True)
        minutes_name = self.tr("minutes-{alias}-{day}.pdf").format(alias=alias, day=day)
        self.minutes_path = QLineEdit(str(base / minutes_name), self)
        self.minutes_path.setAccessibleName(self.tr("Minutes file"))
        self.copy = QCheckBox(self.tr("Copy for {alias}").format(alias=record.person.alias), self)
        copy_name = self.tr("copy-for-{alias}-{day}.pdf").format(alias=alias, day=day)
        self.copy_path = QLineEdit(str(base / copy_name), self)
        self.copy_path.setAccessibleName(self.tr("Person's copy file"))
        self.protect = QCheckBox(self.tr("Protect with a password"), self)
        self.password = line_edit(self.tr("Password"), parent=self, password=True)
        self.password_again = line_edit(self.tr("Password again"), parent=self, password=True)
        for line in (self.password, self.password_again):
            line.setEnabled(False)
            self.protect.toggled.connect(line.setEnabled)
        self.minutes.toggled.connect(self.minutes_path.setEnabled)
        self.copy.toggled.connect(self.copy_path.setEnabled)
        self.copy_path.setEnabled(False)

        grid = QGridLayout()
        for row, (box, line) in enumerate(
            ((self.minutes, self.minutes_path), (self.copy, self.copy_path))
        ):
            browse = QPushButton(self.tr("Choose…"), self)
            browse.setAccessibleName(
                self.tr("Choose where to save: {what}").format(what=box.text())
            )
            browse.clicked.connect(lambda _=False, edit=line: self._browse(edit))
            grid.addWidget(box, row, 0)
            grid.addWidget(line, row, 1)
            grid.addWidget(browse, row, 2)
        grid.addWidget(self.protect, 2, 0)
        grid.addWidget(self.password, 2, 1)
        grid.addWidget(QLabel(self.tr("Again"), self), 3, 0)
        grid.addWidget(self.password_again, 3, 1)
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
        self.open_minutes = QPushButton(self.tr("Open the minutes"), self)
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
        self.resize(680, self.sizeHint().height())

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
        if not jobs:
            return [], self.tr("Choose at least one document to export.")
        if len({job.path for job in jobs}) < len(jobs):
            return [], self.tr("The two documents need two different files.")
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
        for widget in (self.minutes, self.copy, self.protect, self.export_button):
            widget.setEnabled(enabled)
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
