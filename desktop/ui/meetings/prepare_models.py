"""Item models of the preparation dialog: the editable agenda and the invitees.

Both are fed with rows by the dialog; neither reads storage.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from desktop.core.entities import AgendaItem, Mission, Professional
from desktop.ui.widgets.meeting_labels import SYMBOL_WARN, concerns, mission_text, secrecy_text
from desktop.ui.widgets.row_model import Index, RowTableModel

_ROOT = QModelIndex()
MAX_MINUTES = 480


class AgendaEditModel(RowTableModel[AgendaItem]):
    """Agenda items with their time boxes: title and minutes are edited in place."""

    TITLE, MINUTES = 0, 1

    def __init__(self, items: tuple[AgendaItem, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(items)

    def items(self) -> tuple[AgendaItem, ...]:
        """The agenda as it stands."""
        return tuple(self._rows)

    def titles(self) -> tuple[str, ...]:
        """Title and time box ("Minutes" would also name the PDF of the meeting)."""
        return (self.tr("Agenda item"), self.tr("Time (min)"))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        """Column titles; rows are numbered."""
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Title or minutes."""
        item = self.row_of(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.title if index.column() == self.TITLE else item.minutes
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title}, {n} minutes").format(title=item.title, n=item.minutes)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a title (any text) or the minutes (1 to 480)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._rows[index.row()]
        if index.column() == self.TITLE:
            changed = AgendaItem(item.id, str(value), item.minutes)
        else:
            try:
                minutes = int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                return False
            if not 1 <= minutes <= MAX_MINUTES:
                return False
            changed = AgendaItem(item.id, item.title, minutes)
        self._rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True

    def add(self, title: str, minutes: int = 10) -> int:
        """Append an item; returns its row."""
        return self.insert(len(self._rows), title, minutes)

    def insert(self, row: int, title: str, minutes: int = 10) -> int:
        """Insert an item at ``row`` (clamped to the agenda); returns its row."""
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(_ROOT, row, row)
        self._rows.insert(row, AgendaItem(uuid.uuid4().hex, title, minutes))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        """Remove an item."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_ROOT, row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move(self, row: int, offset: int) -> int:
        """Move an item up (-1) or down (+1); returns its new row."""
        target = row + offset
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # Qt's destination is the row *before which* the item goes.
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(_ROOT, row, row, _ROOT, destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target


class InviteesModel(RowTableModel[Professional]):
    """The directory as a checklist: who is invited, bound by secrecy (basis), in the mission.

    Signals:
        invitedChanged(): an invitee was ticked or unticked.
    """

    invitedChanged = Signal()
    NAME, ROLE, SECRECY, MISSION = 0, 1, 2, 3

    def __init__(self, people: list[Professional], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(people)
        self._invited: set[str] = set()
        self._mission: Mission | None = None
        self._asked = (True, True)  # the framework asks for the mission, for secrecy

    def set_asked(self, mission: bool, secrecy: bool) -> None:
        """What the meeting's framework asks of the room (whom the names flag as blocking)."""
        if self._asked == (mission, secrecy):
            return
        self._asked = (mission, secrecy)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.NAME), self.index(len(self._rows) - 1, self.NAME)
            )

    def _concerns(self, person: Professional) -> list[str]:
        mission, secrecy = self._asked
        return concerns(person, self._mission if mission else None, secrecy=secrecy)

    def set_mission(self, mission: Mission | None) -> None:
        """The meeting's mission, for the mission column."""
        self._mission = mission
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.MISSION), self.index(len(self._rows) - 1, self.MISSION)
            )

    def set_invited(self, ids: set[str] | tuple[str, ...]) -> None:
        """Tick exactly these professionals."""
        self._invited = set(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.invitedChanged.emit()

    def invited(self) -> tuple[str, ...]:
        """Ids of the ticked professionals, in directory order."""
        return tuple(p.id for p in self._rows if p.id in self._invited)

    def invited_people(self) -> list[Professional]:
        """The ticked professionals."""
        return [p for p in self._rows if p.id in self._invited]

    def professional(self, row: int) -> Professional:
        """The professional on a row."""
        return self._rows[row]

    def titles(self) -> tuple[str, ...]:
        """Name (to tick), role, secrecy, mission."""
        return (
            self.tr("Invite"),
            self.tr("Role"),
            self.tr("Bound by secrecy"),
            self.tr("Mission"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The name column is a check box."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Name (ticked when invited), role, secrecy and mission, with symbols."""
        person = self.row_of(index)
        if person is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            invited = person.id in self._invited
            return Qt.CheckState.Checked if invited else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                worry = self._concerns(person)
                return f"{SYMBOL_WARN} {person.name}" if worry else person.name
            if column == self.ROLE:
                return person.role
            if column == self.SECRECY:
                return secrecy_text(person)
            return mission_text(person, self._mission)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return "; ".join(self._concerns(person)) or person.label()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SECRECY:
            return secrecy_text(person)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick an invitee."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if index.column() != self.NAME:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        pid = self._rows[index.row()].id
        if checked:
            self._invited.add(pid)
        else:
            self._invited.discard(pid)
        self.dataChanged.emit(index, index)
        self.invitedChanged.emit()
        return True
