"""A table model that holds only what was shown: the first page, then the next ones as the view
scrolls (``canFetchMore``/``fetchMore``), sorted and filtered by whoever reads them (SQL).

The model never reads storage: its owner hands it a :class:`ListSource` — three functions that
return a page of rows after a given row, one row by id (if the search lists it), and how many
rows the search lists. A change to one record updates its row only (:meth:`upsert`,
:meth:`remove`): the row is put at its place among those loaded with the order's comparison,
or left for a later page when it sorts after them (pages follow the last row shown, so it comes
with its page, once). A reset happens only when the search or the order changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
SearchT = TypeVar("SearchT")
_ROOT = QModelIndex()


@dataclass(frozen=True, slots=True)
class ListSource(Generic[RowT, SearchT]):
    """Where a paged list reads its rows (the owner binds these to the workspace).

    ``page(search, after, limit)``: up to ``limit`` rows after ``after`` (None: the first);
    ``row(id, search)``: that record as a row, if the search lists it; ``count(search)``: how
    many rows the search lists.
    """

    page: Callable[[SearchT, RowT | None, int], Sequence[RowT]]
    row: Callable[[str, SearchT], RowT | None]
    count: Callable[[SearchT], int]


class PagedTableModel(QAbstractTableModel, Generic[RowT, SearchT]):
    """Rows of one record type read a page at a time; a subclass gives the columns (their
    titles are translated once, here: :meth:`titles`), the cells and the order's comparison.

    Signals: those of :class:`QAbstractTableModel` — a reset only for a new search or order,
    else rows inserted, removed or changed.
    """

    PAGE = 200

    def __init__(self, search: SearchT, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._source: ListSource[RowT, SearchT] | None = None
        self._rows: list[RowT] = []
        self._more = False
        self._count = 0
        self._titles = tuple(self.titles())  # once: a language change restarts the window

    # --- What a subclass gives ------------------------------------------------------------------

    def titles(self) -> Sequence[str]:
        """The column titles (called once)."""
        raise NotImplementedError

    def compare(self, a: RowT, b: RowT) -> int:
        """-1, 0 or 1: where ``a`` comes against ``b`` in the current search's order."""
        raise NotImplementedError

    @staticmethod
    def row_id(row: Any) -> str:
        """A row's record id."""
        return str(row.id)

    # --- Reading --------------------------------------------------------------------------------

    @property
    def search(self) -> SearchT:
        """What the list shows, and in which order."""
        return self._search

    def set_source(self, source: ListSource[RowT, SearchT]) -> None:
        """Read rows from ``source`` (then :meth:`reload`)."""
        self._source = source

    def set_search(self, search: SearchT) -> None:
        """Show what ``search`` lists: the first page (a reset)."""
        self._search = search
        self.reload()

    def reload(self) -> None:
        """Read the first page again (a reset)."""
        self.beginResetModel()
        self._rows, self._more, self._count = [], False, 0
        if self._source is not None:
            self._rows = list(self._source.page(self._search, None, self.PAGE))
            self._more = len(self._rows) == self.PAGE
            self._count = self._source.count(self._search)
        self.endResetModel()

    def total(self) -> int:
        """How many rows the search lists (loaded or not)."""
        return self._count

    def loaded(self) -> int:
        """How many rows are loaded."""
        return len(self._rows)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        """More rows after the last one loaded."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = _ROOT) -> None:
        """Read the next page, after the last row loaded."""
        if parent.isValid() or not self._more or self._source is None:
            return
        after = self._rows[-1] if self._rows else None
        page = list(self._source.page(self._search, after, self.PAGE))
        self._more = len(page) == self.PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    # --- Changing one record --------------------------------------------------------------------

    def position(self, record_id: str) -> int:
        """The row of the record with this id, or -1 when it is not loaded."""
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == record_id), -1)

    def upsert(self, record_id: str) -> bool:
        """The record changed (or is new): read it again and show it at its place, or take it
        away when the search no longer lists it. True when it is listed."""
        if self._source is None:
            return False
        row = self._source.row(record_id, self._search)
        old = self.position(record_id)
        if row is None:
            if old >= 0:
                self._take(old)
                self._count -= 1
            return False
        rest = self._rows[:old] + self._rows[old + 1 :] if old >= 0 else self._rows
        place = self._place(rest, row)
        if old >= 0 and place == old:
            self._rows[old] = row
            self.dataChanged.emit(self.index(old, 0), self.index(old, self.columnCount() - 1))
            return True
        if old >= 0:
            self._take(old)
        else:
            self._count += 1
        if place < len(self._rows) or not self._more:
            self.beginInsertRows(_ROOT, place, place)
            self._rows.insert(place, row)
            self.endInsertRows()
        return True

    def _place(self, rows: list[RowT], row: RowT) -> int:
        """Where ``row`` goes among ``rows`` (sorted): a binary search with :meth:`compare`."""
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            if self.compare(rows[middle], row) < 0:
                low = middle + 1
            else:
                high = middle
        return low

    def remove(self, record_id: str) -> None:
        """The record was deleted: take its row away, if loaded."""
        old = self.position(record_id)
        if old >= 0:
            self._take(old)
            self._count -= 1

    def remove_where(self, predicate: Callable[[RowT], bool]) -> None:
        """Several records were deleted (a purge, an erasure): take their loaded rows away."""
        for row in [r for r in self._rows if predicate(r)]:
            self.remove(self.row_id(row))

    def upsert_where(self, predicate: Callable[[RowT], bool]) -> None:
        """Read again the loaded rows ``predicate`` picks (e.g. a person renamed)."""
        for row in [r for r in self._rows if predicate(r)]:
            self.upsert(self.row_id(row))

    def _take(self, position: int) -> None:
        self.beginRemoveRows(_ROOT, position, position)
        del self._rows[position]
        self.endRemoveRows()

    # --- Qt -------------------------------------------------------------------------------------

    def row_at(self, row: int) -> RowT | None:
        """The record shown on ``row``, if any."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, index: Index) -> RowT | None:
        """The record of a valid cell of this table, else ``None``."""
        if not index.isValid() or index.parent().isValid():
            return None
        return self.row_at(index.row())

    def find(self, record_id: str) -> RowT | None:
        """The loaded row of this record, if any."""
        position = self.position(record_id)
        return self._rows[position] if position >= 0 else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows loaded (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The number of columns: a constant."""
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Column titles; rows have none."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None
