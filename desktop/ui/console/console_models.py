"""Qt item models of the meeting console, fed with rows by the console (never by storage).

Each model is a plain list model: the console calls ``set_rows(...)`` (or a narrower setter)
after a session event; the model only formats what it was given.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop.core.entities import AgendaItem, Presence, Professional
from desktop.ui.widgets.meeting_labels import (
    SYMBOL_CURRENT,
    SYMBOL_OK,
    SYMBOL_WARN,
    clock_text,
    person_line,
    presence_symbol,
    presence_text,
)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
PRESENCE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERTIME = QColor("#b3261e")
_ROOT = QModelIndex()


class _ListModel(QAbstractListModel):
    """A flat list of rows; subclasses format one row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of rows (none under a valid parent: this is a flat list)."""
        return 0 if parent.isValid() else len(self._rows)

    def _row(self, index: Index) -> object | None:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        return self._rows[index.row()]

    def set_rows(self, rows: list) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        """The rows as given (a copy)."""
        return list(self._rows)


# --- Agenda ---------------------------------------------------------------------------------------


class AgendaModel(_ListModel):
    """The agenda with each item's state (done ✓ / current ▶) and the current item's timer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = -1
        self._elapsed = 0
        self._spent: dict[int, int] = {}

    def set_agenda(self, items: tuple[AgendaItem, ...]) -> None:
        """The meeting's agenda."""
        self.set_rows(list(items))

    @property
    def current(self) -> int:
        """Index of the current item, -1 before the first."""
        return self._current

    def set_current(self, index: int, spent_on_previous: int | None = None) -> None:
        """Move to item ``index``; the previous one keeps the time spent on it."""
        if spent_on_previous is not None and self._current >= 0:
            self._spent[self._current] = spent_on_previous
        self._current = index
        self._elapsed = 0
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def set_elapsed(self, seconds: int) -> None:
        """The current item's timer."""
        self._elapsed = max(0, seconds)
        if 0 <= self._current < len(self._rows):
            index = self.index(self._current)
            self.dataChanged.emit(index, index)

    def elapsed(self) -> int:
        """Seconds spent on the current item."""
        return self._elapsed

    def overtime(self) -> int:
        """Seconds past the current item's time box (0 when within it)."""
        if not 0 <= self._current < len(self._rows):
            return 0
        return max(0, self._elapsed - self._rows[self._current].minutes * 60)

    def timer_text(self) -> str:
        """``04:12 / 10:00``, with the overtime when the time box is exceeded."""
        if not 0 <= self._current < len(self._rows):
            return ""
        box = clock_text(self._rows[self._current].minutes * 60)
        text = f"{clock_text(self._elapsed)} / {box}"
        if self.overtime():
            text += " " + self.tr("({mark} over by {time})").format(
                mark=SYMBOL_WARN, time=clock_text(self.overtime())
            )
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The item's number, title, state and (for the current one) its timer."""
        item = self._row(index)
        if not isinstance(item, AgendaItem):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            number = f"{row + 1}. {item.title}"
            if row == self._current:
                return f"{SYMBOL_CURRENT} {number}\n    {self.timer_text()}"
            if row < self._current:
                spent = self._spent.get(row)
                suffix = f" · {clock_text(spent)}" if spent is not None else ""
                return f"{SYMBOL_OK} {number}{suffix}"
            return "   " + number + " · " + self.tr("{n} min").format(n=item.minutes)
        if role == Qt.ItemDataRole.ForegroundRole and row == self._current and self.overtime():
            return QBrush(OVERTIME)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Time box: {n} min").format(n=item.minutes)
        if role == ID_ROLE:
            return item.id
        return None


# --- Shared items ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SharedRow:
    """One shared item as the console lists it: already in words."""

    item_id: str
    category: str
    special: bool
    nature: str
    discloser: str
    wording: str


class SharedItemsModel(_ListModel):
    """The "Shared so far" list: category · nature · discloser, then the wording."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Two lines per item."""
        row = self._row(index)
        if not isinstance(row, SharedRow):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            head = " · ".join((row.category, row.nature, row.discloser))
            quoted = self.tr("“{wording}”").format(wording=row.wording)  # « » in French
            return f"• {head}\n   {quoted}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.wording
        if role == ID_ROLE:
            return row.item_id
        return None


# --- The room -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoomRow:
    """One attendee: who, where now, and what would block sharing while they are in."""

    professional: Professional
    presence: Presence
    concerns: tuple[str, ...] = ()


class RoomModel(_ListModel):
    """Who is in the room and who is out, with the concerns of each attendee."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """``✓ A. Martin · social worker`` and, below, where they are or what blocks."""
        row = self._row(index)
        if not isinstance(row, RoomRow):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            head = f"{presence_symbol(row.presence)} {person_line(row.professional)}"
            notes = [] if row.presence is Presence.PRESENT else [presence_text(row.presence)]
            notes += [f"{SYMBOL_WARN} {c}" for c in row.concerns]
            if notes:
                return head + "\n    " + "\n    ".join(notes)
            return head
        if role == Qt.ItemDataRole.ForegroundRole and row.presence is not Presence.PRESENT:
            return QBrush(QColor("#5f6368"))
        if role == ID_ROLE:
            return row.professional.id
        if role == PRESENCE_ROLE:
            return row.presence.value
        return None

    def row_of(self, professional_id: str) -> int:
        """The row of an attendee, or -1."""
        return next(
            (i for i, r in enumerate(self._rows) if r.professional.id == professional_id), -1
        )


# --- Ready-made lines -----------------------------------------------------------------------------


class TextListModel(_ListModel):
    """A list of ready-made lines (a deliberation's steps)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The line as given."""
        row = self._row(index)
        if row is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return str(row)
        return None
