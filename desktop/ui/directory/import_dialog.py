"""The preview of a CSV import: every row, every column as it was read, and what will happen to
it, before anything is written (a yes read as no shows here, not in the directory)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.directory_import import (
    FIELD_LIMIT,
    ImportPreview,
    ImportRow,
    Problem,
    RowStatus,
)
from desktop.core.text import format_count
from desktop.ui.widgets.fields import action_cancel_buttons
from desktop.ui.widgets.record_table import RecordTable
from desktop.ui.widgets.row_model import Index, RowTableModel

STATUS_COLORS = {
    RowStatus.ADD: QColor("#1b6e2d"),
    RowStatus.DUPLICATE: QColor("#6b6b6b"),
    RowStatus.INVALID: QColor("#b3261e"),
}


class PreviewColumn(IntEnum):
    """The preview table's columns."""

    LINE = 0
    STATUS = 1
    NAME = 2
    ROLE = 3
    ORGANISATION = 4
    SECRECY = 5
    BASIS = 6
    MISSIONS = 7
    REASON = 8


class ImportPreviewModel(RowTableModel[ImportRow]):
    """The classified rows of a CSV file (blank lines excepted), every column read; numbers in
    the reasons are written as ``lang`` writes them (131,072 · 131 072 · 131.072)."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def titles(self) -> tuple[str, ...]:
        """One title per :class:`PreviewColumn`, in its order."""
        return (
            self.tr("Line"),
            self.tr("Will be"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Bound by secrecy"),
            self.tr("Basis"),
            self.tr("Missions"),
            self.tr("Why"),
        )

    def secrecy_text(self, row: ImportRow) -> str:
        """How the secrecy cell was understood, and what it said when that is not plain."""
        if row.bound is None:
            return self.tr("? (“{cell}”)").format(cell=row.secrecy) if row.secrecy else "?"
        answer = self.tr("yes") if row.bound else self.tr("no")
        if not row.secrecy.strip():
            return self.tr("{answer} (empty)").format(answer=answer)
        if row.secrecy.strip().lower() == answer.lower():
            return answer
        return self.tr("{answer} (read from “{cell}”)").format(answer=answer, cell=row.secrecy)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, and a colour per status."""
        row = self.row_of(index)
        if row is None:
            return None
        column = PreviewColumn(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and column is PreviewColumn.STATUS:
            return QBrush(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column is PreviewColumn.SECRECY:
            return QBrush(STATUS_COLORS[RowStatus.INVALID]) if row.bound is not True else None
        if role == Qt.ItemDataRole.ToolTipRole and column is PreviewColumn.REASON and row.problem:
            return self.problem_text(row.problem, row.detail)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is PreviewColumn.LINE:
                return str(row.line)
            if column is PreviewColumn.STATUS:
                return self.status_text(row.status)
            if column is PreviewColumn.NAME:
                return row.name
            if column is PreviewColumn.ROLE:
                return row.role
            if column is PreviewColumn.ORGANISATION:
                return row.organisation
            if column is PreviewColumn.SECRECY:
                return self.secrecy_text(row)
            if column is PreviewColumn.BASIS:
                return row.basis
            if column is PreviewColumn.MISSIONS:
                return ", ".join(row.missions)
            return self.problem_text(row.problem, row.detail) if row.problem else ""
        return None

    def status_text(self, status: RowStatus) -> str:
        """What import does with a row, in words."""
        if status is RowStatus.ADD:
            return self.tr("added")
        if status is RowStatus.DUPLICATE:
            return self.tr("skipped (duplicate)")
        return self.tr("skipped (invalid)")

    def problem_text(self, problem: Problem, detail: str = "") -> str:
        """Why a row or a file is not imported, in words."""
        texts = {
            Problem.EMPTY_FILE: self.tr("The file is empty."),
            Problem.NO_NAME_COLUMN: self.tr(
                "The first line has no 'name' (or 'nom') column: it must hold the column titles."
            ),
            Problem.NOT_TEXT: self.tr("This is not a CSV text file. Save the sheet as CSV first."),
            Problem.MISSING_NAME: self.tr("No name."),
            Problem.BAD_SECRECY: self.tr(
                "'{value}' is not yes or no in the secrecy column."
            ).format(value=detail),
            Problem.UNKNOWN_MISSION: self.tr(
                "'{value}' is not one of the institution's missions."
            ).format(value=detail),
            Problem.DUPLICATE_IN_DIRECTORY: self.tr(
                "Already in the directory (same name and organisation)."
            ),
            Problem.DUPLICATE_IN_FILE: self.tr("Appears earlier in the file."),
            Problem.UNREADABLE_ROW: self.tr(
                "This line cannot be read: a cell is longer than {limit} characters, or a quote "
                "is not closed."
            ).format(limit=format_count(FIELD_LIMIT, self._lang)),
            Problem.BROKEN_TEXT: self.tr(
                "The '{column}' cell holds a broken character (half of an emoji or symbol): "
                "retype it in the sheet."
            ).format(column=detail),
        }
        return texts[problem]


class ImportPreviewDialog(QDialog):
    """Shows what an import will do; *Import* writes only the rows marked *added*."""

    def __init__(
        self, parent: QWidget | None, preview: ImportPreview, file_name: str, lang: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import professionals — preview"))
        self.resize(1240, 560)
        self.model = ImportPreviewModel(lang, self)
        self.model.set_rows(preview.rows)
        added = len(preview.of_status(RowStatus.ADD))
        duplicates = len(preview.of_status(RowStatus.DUPLICATE))
        invalid = len(preview.of_status(RowStatus.INVALID))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        if preview.problem is not None:
            text = self.tr("{file}: nothing can be imported. {reason}").format(
                file=file_name, reason=self.model.problem_text(preview.problem)
            )
        else:
            text = self.tr("{file}: {added}, {duplicates}, {invalid}.").format(
                file=file_name,
                added=self.tr("%n to add", "", added),
                duplicates=self.tr("%n already in the directory", "", duplicates),
                invalid=self.tr("%n invalid", "", invalid),
            )
            text += " " + self.tr("Check every column: nothing is written until you choose Import.")
            if preview.ignored_columns:
                text += "\n" + self.tr("Columns not used: {columns}.").format(
                    columns=", ".join(preview.ignored_columns)
                )
        self.summary.setText(text)

        self.table = RecordTable(self.tr("Rows of the file"))
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        # Short columns as wide as their contents; the basis and the reason share the rest and
        # wrap: every column read fits the dialog.
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (PreviewColumn.BASIS, PreviewColumn.REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        buttons, self.import_button = action_cancel_buttons(
            self, self.tr("&Import {count}").format(count=added)
        )
        self.import_button.setEnabled(added > 0)
        self.import_button.setDefault(added > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @classmethod
    def review(
        cls, parent: QWidget | None, preview: ImportPreview, file_name: str, lang: str
    ) -> bool:
        """Show the preview; ``True`` when the user chose to import the rows to add."""
        dialog = cls(parent, preview, file_name, lang)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted and bool(preview.to_add())
