"""The Meetings section: prepared, open and closed case conferences, and what to do with them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.entities import Meeting, MeetingState, Mission, Person
from desktop.ui.meetings.getting_started import GettingStarted
from desktop.ui.widgets.empty_state import EmptyOr
from desktop.ui.widgets.messages import FormMessage
from desktop.ui.widgets.record_table import ID_ROLE, RecordTable
from desktop.ui.widgets.row_model import Index, RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class MeetingsModel(RowTableModel[Meeting]):
    """Date, person (alias), mission, purpose and state of each meeting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._aliases: dict[str, str] = {}
        self._missions: dict[str, str] = {}

    def set_rows(
        self,
        meetings: Iterable[Meeting],
        persons: Mapping[str, Person] | None = None,
        missions: Iterable[Mission] = (),
    ) -> None:
        """Show these meetings; persons and missions give their names."""
        self.beginResetModel()
        self._rows = list(meetings)
        self._aliases = {pid: p.alias for pid, p in (persons or {}).items()}
        self._missions = {m.id: m.name for m in missions}
        self.endResetModel()

    def meeting(self, meeting_id: str) -> Meeting | None:
        """The meeting with this id, if shown."""
        return self.find(meeting_id)

    def titles(self) -> tuple[str, ...]:
        """Date, person, mission, purpose, state."""
        return (
            self.tr("Date"),
            self.tr("Person"),
            self.tr("Mission"),
            self.tr("Purpose"),
            self.tr("State"),
        )

    def state_text(self, state: MeetingState) -> str:
        """A meeting's state in words."""
        return {
            MeetingState.PREPARED: self.tr("prepared"),
            MeetingState.OPEN: self.tr("open — can be resumed"),
            MeetingState.CLOSED: self.tr("closed"),
        }[state]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, sort key, the meeting's id; open meetings in bold."""
        meeting = self.row_of(index)
        if meeting is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return meeting.id
        if role == SORT_ROLE:
            return meeting.scheduled_at.isoformat() if column == 0 else self._text(meeting, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(meeting, column)
        if role == Qt.ItemDataRole.FontRole and meeting.state is MeetingState.OPEN:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, meeting: Meeting, column: int) -> str:
        if column == 0:
            return meeting.scheduled_at.strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return ", ".join(self._aliases.get(pid, "?") for pid in meeting.person_ids)
        if column == 2:
            return self._missions.get(meeting.mission_id, meeting.mission_id)
        if column == 3:
            return " ".join(meeting.purpose.split())
        return self.state_text(meeting.state)


class MeetingsView(QWidget):
    """Lists meetings; never writes them.

    Signals:
        prepareRequested(): prepare a new meeting.
        editRequested(str): edit this prepared meeting.
        openRequested(str): open this prepared meeting, or resume this open one.
        exportRequested(str): export the minutes of this closed meeting.
        deleteRequested(str): delete this prepared meeting (the receiver asks for confirmation).
    """

    prepareRequested = Signal()
    editRequested = Signal(str)
    openRequested = Signal(str)
    exportRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeetingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        title = QLabel(self.tr("Case conferences"))
        title.setObjectName("sectionTitle")
        self.table = RecordTable(self.tr("Meetings"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in ((0, 130), (1, 80), (2, 150), (3, 360)):
            self.table.setColumnWidth(column, width)
        self.table.selection_changed.connect(self._update_buttons)
        self.table.activated_id.connect(self._on_activated)
        self.getting_started = GettingStarted()
        self.getting_started.prepareRequested.connect(self.prepareRequested)
        self.table_or_steps = EmptyOr(self.table, self.getting_started)
        self.notice = FormMessage()
        self.prepare_button = QPushButton(self.tr("&Prepare a meeting…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.export_button = QPushButton(self.tr("E&xport minutes…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.prepare_button.clicked.connect(self.prepareRequested)
        self.edit_button.clicked.connect(self._emit_with_id(self.editRequested))
        self.open_button.clicked.connect(self._emit_with_id(self.openRequested))
        self.export_button.clicked.connect(self._emit_with_id(self.exportRequested))
        self.delete_button.clicked.connect(self.request_delete)
        self.table.installEventFilter(self)  # the Delete key on a row asks to delete it too
        buttons = QHBoxLayout()
        for button in (self.prepare_button, self.edit_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addWidget(self.table_or_steps, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_rows(
        self,
        meetings: Iterable[Meeting],
        persons: Mapping[str, Person],
        missions: Iterable[Mission],
    ) -> None:
        """Show these meetings, keeping the selection when possible."""
        selected = self.table.current_id()
        self.model.set_rows(meetings, persons, missions)
        if not (selected and self.table.select_id(selected)) and self.proxy.rowCount():
            self.table.selectRow(0)  # the most recent: keyboard users can act at once
        # No meeting yet: the first steps take the table's place, and only Prepare is offered.
        empty = self.model.rowCount() == 0
        self.table_or_steps.set_empty(empty)
        for button in (self.edit_button, self.open_button, self.delete_button, self.export_button):
            button.setHidden(empty)
        self._update_buttons()

    def show_saved(self, meeting_id: str, text: str) -> None:
        """Select this meeting and say, above the list, that it was saved."""
        self.table_or_steps.set_empty(self.model.rowCount() == 0)
        self.table.select_id(meeting_id)
        self.notice.show_info(text)
        self.table.setFocus()

    def current_meeting(self) -> Meeting | None:
        """The selected meeting."""
        meeting_id = self.table.current_id()
        return self.model.meeting(meeting_id) if meeting_id else None

    def clear_notice(self) -> None:
        """Hide the last "saved" notice."""
        self.notice.clear_message()

    def request_delete(self) -> None:
        """Ask to delete the selected meeting, if it is still only prepared."""
        meeting = self.current_meeting()
        if meeting is not None and meeting.state is MeetingState.PREPARED:
            self.deleteRequested.emit(meeting.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key on the table asks to delete the selected prepared meeting."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.request_delete()
            return True
        return super().eventFilter(watched, event)

    def _emit_with_id(self, signal: SignalInstance) -> Callable[[], None]:
        def emit() -> None:
            meeting = self.current_meeting()
            if meeting is not None:
                signal.emit(meeting.id)

        return emit

    def _on_activated(self, meeting_id: str) -> None:
        meeting = self.model.meeting(meeting_id)
        if meeting is None:
            return
        if meeting.state is MeetingState.CLOSED:
            self.exportRequested.emit(meeting_id)
        else:
            self.openRequested.emit(meeting_id)

    def _update_buttons(self) -> None:
        meeting = self.current_meeting()
        state = meeting.state if meeting else None
        self.edit_button.setEnabled(state is MeetingState.PREPARED)
        self.open_button.setEnabled(state in (MeetingState.PREPARED, MeetingState.OPEN))
        self.open_button.setText(
            self.tr("&Resume") if state is MeetingState.OPEN else self.tr("&Open")
        )
        self.export_button.setEnabled(state is MeetingState.CLOSED)
        self.delete_button.setEnabled(state is MeetingState.PREPARED)
        if state is MeetingState.PREPARED:
            tip = self.tr("Delete this prepared meeting (Delete key). Nothing of it is kept.")
        elif state is None:
            tip = self.tr("Select a prepared meeting to delete it.")
        else:
            # Why the button is off, not just that it is: the record is kept on purpose.
            tip = self.tr(
                "An open or closed meeting holds a record: it cannot be deleted here. "
                "It is removed only by retention (Safety ▸ Purge old meetings) or by erasing the "
                "person's data."
            )
        self.delete_button.setToolTip(tip)
        self.delete_button.setAccessibleDescription(tip)
