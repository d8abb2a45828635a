"""The agenda column: each item's state (done ✓ / current ▶), the current timer, next item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.core.events import AgendaAdvanced
from desktop.core.session import MeetingSession, SessionError
from desktop.ui.console.console_models import AgendaModel


class AgendaPanel(QWidget):
    """The agenda with a one-second timer on the current item.

    Signals:
        tick(): the timer moved (once a second while an item runs).
        problem(str): the session refused a move; the sentence to show.
    """

    tick = Signal()
    problem = Signal(str)

    def __init__(
        self,
        session: MeetingSession,
        clock: Callable[[], dt.datetime],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self._lang = lang
        self.setAccessibleName(self.tr("Agenda"))
        heading = QLabel(self.tr("Agenda"), self)
        heading.setStyleSheet("font-weight: bold")
        self.model = AgendaModel(self)
        self.model.set_agenda(session.meeting.agenda)
        self.model.set_current(session.agenda_index)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Agenda items"))
        self.view.setWordWrap(True)
        self.view.setStyleSheet("QListView::item { padding: 3px }")
        self.next_button = QPushButton(self.tr("Next item  Ctrl+→"), self)
        self.next_button.setAccessibleName(self.tr("Next agenda item"))
        self.next_button.clicked.connect(self.next_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.next_button)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.update_timer)
        self.update_timer()
        self._update_next()

    def start(self) -> None:
        """Start the one-second timer (the meeting runs)."""
        self.update_timer()
        self.timer.start()

    def stop(self) -> None:
        """Stop the timer (the meeting closed)."""
        self.timer.stop()

    def elapsed(self) -> int:
        """Seconds spent on the current item."""
        started = self._session.agenda_started_at
        if started is None:
            return 0
        return int((self._clock() - started).total_seconds())

    def update_timer(self) -> None:
        """Refresh the current item's timer."""
        self.model.set_elapsed(self.elapsed())
        self.tick.emit()

    def on_advanced(self, event: AgendaAdvanced) -> None:
        """The session moved to another item: the previous one keeps its time."""
        previous = self.model.current
        spent = None
        if previous >= 0:
            spent = self.model.elapsed()
        self.model.set_current(event.index, spent)
        self.view.selectionModel().setCurrentIndex(
            self.model.index(event.index), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.update_timer()
        self._update_next()

    def next_item(self) -> None:
        """Move to the next agenda item."""
        try:
            if not self._session.next_agenda_item():
                self.problem.emit(self.tr("This was the last agenda item."))
        except SessionError as error:
            self.problem.emit(error.text(self._lang))

    def _update_next(self) -> None:
        last = self._session.agenda_index + 1 >= len(self._session.meeting.agenda)
        self.next_button.setEnabled(not last)
        if last and self._session.meeting.agenda:
            self.next_button.setText(self.tr("Last item"))

    def current_title(self) -> str:
        """``2. School situation``, or an empty string before the first item."""
        index = self._session.agenda_index
        agenda = self._session.meeting.agenda
        if 0 <= index < len(agenda):
            return f"{index + 1}. {agenda[index].title}"
        return ""
