"""The meetings list as a Qt model: a page at a time, sorted and searched by storage (SQL)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from desktop.core.entities import MeetingState, Mission
from desktop.core.lists import MeetingListRow, MeetingOrder, MeetingSearch, compare_meetings
from desktop.ui.widgets.paged_model import Index, PagedTableModel
from desktop.ui.widgets.record_table import ID_ROLE


def mission_order(missions: Iterable[Mission]) -> tuple[str, ...]:
    """Mission ids in the order of their names: how the Mission column sorts."""
    return tuple(m.id for m in sorted(missions, key=lambda m: (m.name.casefold(), m.id)))


class MeetingsModel(PagedTableModel[MeetingListRow, MeetingSearch]):
    """Date, person (alias), mission, purpose and state of each meeting; open ones in bold.

    Sorting a column asks storage for that order (:meth:`sort`); the State column's order is
    the default one: open meetings, then the next prepared ones, then the most recent.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(MeetingSearch(), parent)
        self._missions: dict[str, str] = {}
        self._states = {
            MeetingState.PREPARED: self.tr("prepared"),
            MeetingState.OPEN: self.tr("open — can be resumed"),
            MeetingState.CLOSED: self.tr("closed"),
        }
        self._bold = QFont()
        self._bold.setBold(True)

    def titles(self) -> tuple[str, ...]:
        """Date, person, mission, purpose, state."""
        return (
            self.tr("Date"),
            self.tr("Person"),
            self.tr("Mission"),
            self.tr("Purpose"),
            self.tr("State"),
        )

    def compare(self, a: MeetingListRow, b: MeetingListRow) -> int:
        """The order storage reads the rows in (:mod:`desktop.core.lists`)."""
        return compare_meetings(a, b, self._search)

    def set_missions(self, missions: Iterable[Mission]) -> None:
        """The institution's missions (names for the Mission column, and its order)."""
        missions = tuple(missions)
        self._missions = {m.id: m.name for m in missions}
        order = mission_order(missions)
        if order != self._search.missions:
            self._search = dataclasses.replace(self._search, missions=order)
            if self._search.order is MeetingOrder.MISSION:
                self.reload()
                return
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def meeting(self, meeting_id: str) -> MeetingListRow | None:
        """The loaded row of this meeting, if any."""
        return self.find(meeting_id)

    def state_text(self, state: MeetingState) -> str:
        """A meeting's state in words."""
        return self._states[state]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt: sort by a column (storage reads the first page in that order)."""
        if not 0 <= column < len(MeetingOrder):
            return
        search = dataclasses.replace(
            self._search,
            order=MeetingOrder(column),
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if search != self._search or not self._rows:
            self.set_search(search)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, the meeting's id; open meetings in bold."""
        meeting = self.row_of(index)
        if meeting is None:
            return None
        if role == ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(meeting, index.column())
        if role == Qt.ItemDataRole.FontRole and meeting.state is MeetingState.OPEN:
            return self._bold
        return None

    def _text(self, meeting: MeetingListRow, column: int) -> str:
        if column == 0:
            return meeting.when.strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return meeting.person_aliases or meeting.person_alias or "?"
        if column == 2:
            return self._missions.get(meeting.mission_id, meeting.mission_id)
        if column == 3:
            return " ".join(meeting.purpose.split())
        return self._states[meeting.state]
