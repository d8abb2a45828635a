"""The Meetings section: prepared, open and closed case conferences, and what to do with them.

The list holds what is shown, a page at a time (:class:`MeetingsModel`): storage sorts and
searches it. The first steps of a new workspace take its place while there is no meeting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import MeetingState, Mission
from desktop.core.lists import MeetingListRow, MeetingOrder, MeetingSearch
from desktop.core.text import format_count
from desktop.ui.meetings.getting_started import GettingStarted
from desktop.ui.meetings.meeting_search import MeetingSearchBar
from desktop.ui.meetings.meetings_model import MeetingsModel
from desktop.ui.widgets.empty_state import EmptyOr
from desktop.ui.widgets.messages import FormMessage, make_plain
from desktop.ui.widgets.paged_model import ListSource
from desktop.ui.widgets.record_table import RecordTable

__all__ = ["MeetingsModel", "MeetingsView"]


class MeetingsView(QWidget):
    """Lists meetings; never writes them. ``lang`` writes the count of meetings.

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

    def __init__(self, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.model = MeetingsModel(self)
        self._has_meetings = False
        title = QLabel(self.tr("Case conferences"))
        title.setObjectName("sectionTitle")
        self.search_bar = MeetingSearchBar()
        self.search_bar.searchChanged.connect(self.search)
        self.count_label = make_plain(QLabel())
        self.count_label.setObjectName("summary")
        self.table = RecordTable(self.tr("Meetings"))
        self.table.setModel(self.model)
        # The State column's order is the default: open, then the next prepared, then the latest.
        self.table.sortByColumn(MeetingOrder.STATE, Qt.SortOrder.AscendingOrder)
        # Widths are set, never measured from the rows (only a page of them is loaded): the
        # purpose takes the room left, so the mission and the state keep theirs in every language.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((0, 130), (1, 150), (2, 190), (4, 210)):  # 1: a family's aliases
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.model.modelReset.connect(self._rows_changed)
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
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table_or_steps, 1)
        layout.addLayout(buttons)
        self._show_empty()
        self._update_buttons()

    # --- What is listed ---------------------------------------------------------------------------

    def set_source(
        self, source: ListSource[MeetingListRow, MeetingSearch], missions: Iterable[Mission]
    ) -> None:
        """Where the list reads its meetings, and the institution's missions; then read the
        first page."""
        self.model.set_source(source)
        self.model.set_missions(missions)
        self.reload()

    def set_missions(self, missions: Iterable[Mission]) -> None:
        """The missions changed (their names, their order)."""
        self.model.set_missions(missions)

    def set_has_meetings(self, has_meetings: bool) -> None:
        """Whether the workspace has any meeting: none, and the first steps take the list's
        place (only Prepare is offered)."""
        if has_meetings != self._has_meetings:
            self._has_meetings = has_meetings
            self._show_empty()

    def _show_empty(self) -> None:
        empty = not self._has_meetings
        self.table_or_steps.set_empty(empty)
        self.search_bar.setHidden(empty)
        self.count_label.setHidden(empty)
        for button in (self.edit_button, self.open_button, self.delete_button, self.export_button):
            button.setHidden(empty)
        self._update_buttons()

    def _current_search(self) -> MeetingSearch:
        bar = self.search_bar
        return dataclasses.replace(
            self.model.search,
            person=bar.person(),
            since=bar.since(),
            until=bar.until(),
            states=bar.states(),
            today=dt.date.today(),
        )

    def search(self) -> None:
        """List what the search bar asks for (the first page), keeping the selection when it
        is still listed."""
        selected = self.table.current_id()
        self.model.set_search(self._current_search())
        self._select_after_reset(selected)

    def reload(self) -> None:
        """Read the first page again (a new day: the coming meetings may have changed)."""
        self.search()

    def search_person(self, text: str) -> None:
        """Search for the meetings about a person (what typing in the search field does)."""
        self.search_bar.person_edit.setText(text)
        self.search_bar.flush()

    def _select_after_reset(self, selected: str) -> None:
        if not (selected and self.table.select_id(selected)) and self.model.rowCount():
            self.table.selectRow(0)  # the first: keyboard users can act at once
        self._update_buttons()

    def _rows_changed(self) -> None:
        total = self.model.total()
        if self.search_bar.is_filtered():
            text = self.tr("{count} meeting(s) found", "", total)
        else:
            text = self.tr("{count} meeting(s)", "", total)
        # Ten thousand meetings read as the language writes numbers (10,001; 10 001; 10.001).
        self.count_label.setText(text.format(count=format_count(total, self.lang)))

    # --- Changes ----------------------------------------------------------------------------------

    def meeting_changed(self, meeting_id: str) -> None:
        """A meeting was prepared, edited, opened or closed: its row only is read again."""
        selected = self.table.current_id()
        self.model.upsert(meeting_id)
        if selected:
            self.table.select_id(selected)
        self._update_buttons()

    def meeting_removed(self, meeting_id: str) -> None:
        """A meeting was deleted: its row goes."""
        self.model.remove(meeting_id)
        self._update_buttons()

    def meetings_removed(self, meeting_ids: Iterable[str]) -> None:
        """Meetings were purged: their rows go."""
        gone = set(meeting_ids)
        self.model.remove_where(lambda row: row.id in gone)
        self._update_buttons()

    def person_changed(self, person_id: str) -> None:
        """A person was renamed: the rows of their meetings are read again."""
        self.model.upsert_where(lambda row: row.person_id == person_id)

    def person_removed(self, person_id: str) -> None:
        """A person was erased with their meetings: their rows go."""
        self.model.remove_where(lambda row: row.person_id == person_id)
        self._update_buttons()

    def show_saved(self, meeting_id: str, text: str) -> None:
        """Show this meeting's row, select it and say, above the list, that it was saved."""
        self.set_has_meetings(True)
        self.meeting_changed(meeting_id)
        self.table.select_id(meeting_id)
        self.notice.show_info(text)
        self.table.setFocus()

    def current_meeting(self) -> MeetingListRow | None:
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
