"""Purge the meetings past the retention period, after the team lead has seen which ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.errors import WorkspaceError
from desktop.storage.maintenance import ExpiredMeeting, PurgeReport, RetentionPreview
from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.fields import action_cancel_buttons
from desktop.ui.widgets.messages import FormMessage, make_plain
from desktop.ui.widgets.row_model import Index, RowTableModel

Purge = Callable[[RetentionPreview], PurgeReport]


class ExpiredMeetingsModel(RowTableModel[ExpiredMeeting]):
    """The meetings a purge would delete: date, person, purpose, shared and not-shared counts."""

    def __init__(self, rows: tuple[ExpiredMeeting, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def titles(self) -> tuple[str, ...]:
        """Date, person, purpose, shared, not shared."""
        return (
            self.tr("Date"),
            self.tr("Person"),
            self.tr("Purpose"),
            self.tr("Shared"),
            self.tr("Not shared"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the cell's text."""
        row = self.row_of(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.day.isoformat(), row.person_alias, row.purpose, row.shared, row.withheld)
        return str(values[index.column()])


class RetentionDialog(QDialog):
    """Shows :class:`RetentionPreview` and purges with ``purge(preview)`` when confirmed.

    The purge rewrites the whole file (nothing deleted may stay readable in it), so it runs off
    the GUI thread while the dialog says so.

    Signals: ``attemptFinished()`` after the purge ended, whatever its outcome.
    """

    attemptFinished = Signal()

    def __init__(
        self, parent: QWidget | None, *, preview: RetentionPreview, purge: Purge, lang: str
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(self.tr("Purge old meetings — Empty Chair"))
        self.resize(720, 420)
        self.preview = preview
        self._purge = purge
        self.report: PurgeReport | None = None
        count = len(preview.meetings)
        years = preview.retention_days / 365
        summary = self.tr(
            "Meetings are kept {years} years. {count} meeting(s) ended before {cutoff}: they "
            "will be deleted with everything minuted in them. The audit log will keep only that "
            "a purge happened, how many, and the dates."
        ).format(years=f"{years:g}", count=count, cutoff=preview.cutoff.isoformat())
        if preview.skipped_open:
            summary += " " + self.tr(
                "{n} old meeting(s) still open are kept until they are closed."
            ).format(n=preview.skipped_open)
        self.summary = make_plain(QLabel(summary))
        self.summary.setWordWrap(True)
        self.model = ExpiredMeetingsModel(preview.meetings, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Meetings to purge"))
        self.message = FormMessage()
        buttons, self.purge_button = action_cancel_buttons(
            self, self.tr("&Delete {count} meeting(s)").format(count=count)
        )
        self.purge_button.setEnabled(count > 0)
        self.busy_indicator = BusyIndicator()
        self.work = BusyWork(self, (self.table, buttons), self.busy_indicator)
        self.work.finished.connect(self.attemptFinished)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(buttons)

    @classmethod
    def run(
        cls, parent: QWidget | None, *, preview: RetentionPreview, purge: Purge, lang: str
    ) -> PurgeReport | None:
        """Show the preview; the purge's report, or ``None`` if nothing was purged."""
        dialog = cls(parent, preview=preview, purge=purge, lang=lang)
        dialog.exec()
        report = dialog.report
        dialog.deleteLater()
        return report

    def is_busy(self) -> bool:
        """The purge is running."""
        return self.work.is_busy()

    def accept(self) -> None:
        """Purge exactly the meetings shown, off the GUI thread."""
        if self.work.is_busy():
            return
        self.message.clear_message()
        purge, preview = self._purge, self.preview
        self.work.start(
            self.tr("Deleting the meetings and rewriting the file…"),
            lambda: purge(preview),
            self._purged,
            self._not_purged,
        )

    def reject(self) -> None:
        """Close; while the purge runs, once it has ended (it cannot be stopped halfway)."""
        if not self.work.close_when_done(lambda: QDialog.reject(self)):
            super().reject()

    def _purged(self, report: PurgeReport) -> None:
        self.report = report
        super().accept()

    def _not_purged(self, error: WorkspaceError) -> None:
        self.message.show_error(describe_error(error, self._lang))
