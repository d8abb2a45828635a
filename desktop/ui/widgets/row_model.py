"""A flat table model with one record per row, fed with rows by its view (never by storage)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
_ROOT = QModelIndex()


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of one record type; a subclass gives the column titles and formats the cells.

    The titles stay in each subclass (``titles()``) so that their translation context is the
    subclass's name; they are translated once, when the model is made (a language change
    restarts the window), so the number of columns is a constant.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._titles = tuple(self.titles())

    def titles(self) -> tuple[str, ...]:
        """The column titles, in the user's language; their number is the number of columns."""
        raise NotImplementedError

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Show these rows instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def upsert(self, record: RowT) -> None:
        """Show ``record`` in place of the row with its id (a changed cell), or add it at the
        end: one row changes, not the table."""
        record_id = getattr(record, "id", None)
        for row, current in enumerate(self._rows):
            if getattr(current, "id", None) == record_id:
                self._rows[row] = record
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                return
        self.beginInsertRows(_ROOT, len(self._rows), len(self._rows))
        self._rows.append(record)
        self.endInsertRows()

    def rows(self) -> list[RowT]:
        """The rows shown, in the model's order."""
        return list(self._rows)

    def row_at(self, row: int) -> RowT | None:
        """The record shown on ``row``, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, index: Index) -> RowT | None:
        """The record of a valid cell of this table, else ``None``."""
        if not index.isValid() or index.parent().isValid():
            return None
        return self.row_at(index.row())

    def find(self, record_id: str) -> RowT | None:
        """The record whose ``id`` is ``record_id``, if shown."""
        return next((r for r in self._rows if getattr(r, "id", None) == record_id), None)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of records (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of column titles: a constant."""
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Column titles; rows have none."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None
