"""The Meetings list's search: a person, a range of days and a state, in one row above the list.

Typing waits for a short pause before asking again (storage answers in milliseconds, but not
for every key). A day left at its lowest value means "any day" and says so.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.entities import MeetingState
from desktop.ui.widgets.fields import line_edit

_ANY_DAY = QDate(1900, 1, 1)
PAUSE_MS = 250


class MeetingSearchBar(QWidget):
    """Person, from, to, state, and a button that clears them.

    Signals: ``searchChanged()`` when what to search for changed (read it with :meth:`person`,
    :meth:`since`, :meth:`until` and :meth:`states`).
    """

    searchChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_edit = line_edit(
            self.tr("Search meetings by person"), self.tr("Name, alias or reference…")
        )
        self.person_edit.setClearButtonEnabled(True)
        self.person_edit.setMinimumWidth(180)
        self.since_edit = self._day_edit(self.tr("Meetings from this day"))
        self.until_edit = self._day_edit(self.tr("Meetings until this day"))
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(self.tr("Meetings in this state"))
        self.state_combo.addItem(self.tr("Any state"), None)
        self.state_combo.addItem(self.tr("Open"), MeetingState.OPEN.value)
        self.state_combo.addItem(self.tr("Prepared"), MeetingState.PREPARED.value)
        self.state_combo.addItem(self.tr("Closed"), MeetingState.CLOSED.value)
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.setToolTip(self.tr("Show every meeting again"))
        self.clear_button.clicked.connect(self.clear)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.searchChanged)
        self.person_edit.textChanged.connect(self._pause.start)
        self.person_edit.textChanged.connect(self._update_clear)
        self.since_edit.dateChanged.connect(self._changed)
        self.until_edit.dateChanged.connect(self._changed)
        self.state_combo.currentIndexChanged.connect(self._changed)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            (self.tr("Perso&n:"), self.person_edit),
            (self.tr("&From:"), self.since_edit),
            (self.tr("&To:"), self.until_edit),
            (self.tr("St&ate:"), self.state_combo),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 2 if field is self.person_edit else 0)
        row.addWidget(self.clear_button)
        self._update_clear()

    def _day_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_ANY_DAY)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_ANY_DAY)
        return edit

    def _changed(self) -> None:
        self._pause.stop()
        self._update_clear()
        self.searchChanged.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.is_filtered() or bool(self.person_edit.text()))

    def person(self) -> str:
        """What to find in the person's name, alias or reference."""
        return self.person_edit.text().strip()

    def since(self) -> dt.date | None:
        """The first day, if any."""
        return _day(self.since_edit)

    def until(self) -> dt.date | None:
        """The last day, if any."""
        return _day(self.until_edit)

    def states(self) -> frozenset[MeetingState]:
        """The states to show (none: all)."""
        value = self.state_combo.currentData()
        return frozenset({MeetingState(value)}) if value else frozenset()

    def is_filtered(self) -> bool:
        """Something narrows the list."""
        return bool(self.person() or self.since() or self.until() or self.states())

    def flush(self) -> None:
        """Search now for what was typed (no pause)."""
        if self._pause.isActive():
            self._pause.stop()
            self.searchChanged.emit()
        self._update_clear()

    def clear(self) -> None:
        """Search for nothing: every meeting."""
        for widget in (self.person_edit, self.since_edit, self.until_edit, self.state_combo):
            widget.blockSignals(True)
        self.person_edit.clear()
        self.since_edit.setDate(_ANY_DAY)
        self.until_edit.setDate(_ANY_DAY)
        self.state_combo.setCurrentIndex(0)
        for widget in (self.person_edit, self.since_edit, self.until_edit, self.state_combo):
            widget.blockSignals(False)
        self._pause.stop()
        self._update_clear()
        self.searchChanged.emit()


def _day(edit: QDateEdit) -> dt.date | None:
    date = edit.date()
    return None if date == _ANY_DAY else dt.date(date.year(), date.month(), date.day())
