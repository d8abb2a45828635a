"""The People section: persons concerned, their known wishes, and their consent records.

The people are read a page at a time, sorted and filtered by storage; the selected person's
details and consents come from the section (:meth:`PeopleView.show_person`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ConsentRecord, Person
from desktop.core.lists import PersonListRow, PersonSearch
from desktop.ui.people.people_models import ConsentsModel, PersonsModel, ScopeNames
from desktop.ui.widgets.empty_state import EmptyOr, EmptyState
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.paged_model import ListSource
from desktop.ui.widgets.record_table import RecordTable

PAUSE_MS = 250


class PeopleView(QWidget):
    """Shows persons and the selected person's consents; never writes them.

    Signals:
        addPersonRequested(): add a person concerned.
        editPersonRequested(str): edit the person with this id.
        currentPersonChanged(str): another person was selected ("" for none); the owner answers
            with :meth:`show_person`.
        addConsentRequested(str): record a consent for the person with this id.
        revokeConsentRequested(str): revoke the consent record with this id.
        correctConsentRequested(str): correct the consent record with this id.
        prepareMeetingRequested(str): prepare a meeting about the person with this id.
    """

    addPersonRequested = Signal()
    editPersonRequested = Signal(str)
    currentPersonChanged = Signal(str)
    addConsentRequested = Signal(str)
    revokeConsentRequested = Signal(str)
    correctConsentRequested = Signal(str)
    prepareMeetingRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persons_model = PersonsModel(self)
        self.consents_model = ConsentsModel(self)
        self._current = ""
        self._person: Person | None = None

        title = QLabel(self.tr("People concerned"))
        title.setObjectName("sectionTitle")
        self.filter_edit = line_edit(
            self.tr("Filter the people"), self.tr("Filter by name, alias, reference…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self._pause = QTimer(self)  # a short pause in typing, then storage filters
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._filter)
        self.filter_edit.textChanged.connect(self._pause.start)
        self.persons_table = RecordTable(self.tr("People concerned"))
        self.persons_table.setModel(self.persons_model)
        self.persons_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        persons_header = self.persons_table.horizontalHeader()
        persons_header.setStretchLastSection(False)
        persons_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        persons_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.persons_table.selection_changed.connect(self._on_person_changed)
        self.persons_table.activated_id.connect(self.editPersonRequested)
        self.add_person_button = QPushButton(self.tr("Add &person…"))
        self.edit_person_button = QPushButton(self.tr("&Edit…"))
        self.prepare_button = QPushButton(self.tr("Prepare a mee&ting…"))
        self.prepare_button.setToolTip(self.tr("Prepare a case conference about this person"))
        self.add_person_button.clicked.connect(self.addPersonRequested)
        self.edit_person_button.clicked.connect(self._edit_current)
        self.prepare_button.clicked.connect(self._prepare_for_current)
        self.no_persons = EmptyState(
            self.tr(
                "No person concerned yet. Add the person the team meets about: their name, "
                "the alias the minutes use, and their wishes."
            )
        )
        self.no_persons.add_button(self.tr("Add the person concerned…")).clicked.connect(
            self.addPersonRequested
        )
        self.persons_or_empty = EmptyOr(self.persons_table, self.no_persons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.persons_or_empty, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.add_person_button)
        left_buttons.addWidget(self.edit_person_button)
        left_buttons.addWidget(self.prepare_button)
        left_buttons.addStretch(1)
        left_layout.addLayout(left_buttons)

        self.person_title = QLabel()
        self.person_title.setObjectName("subTitle")
        self.person_title.setTextFormat(Qt.TextFormat.PlainText)
        self.wishes_label = QLabel()
        self.wishes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.wishes_label.setWordWrap(True)
        self.wishes_label.setAccessibleName(self.tr("Known wishes"))
        self.consents_table = RecordTable(self.tr("Consent records"))
        self.consents_table.setModel(self.consents_model)
        self.consents_table.setSortingEnabled(False)
        # Four columns share the width and wrap (two lines a record): no horizontal scrolling.
        self.consents_table.setWordWrap(True)
        self.consents_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.consents_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.consents_table.selection_changed.connect(self._update_buttons)
        self.add_consent_button = QPushButton(self.tr("Record &consent…"))
        self.correct_button = QPushButton(self.tr("C&orrect…"))
        self.correct_button.setToolTip(
            self.tr("Correct a record entered wrongly: the old one is kept in the history")
        )
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.history_check = QCheckBox(self.tr("Show repl&aced records"))
        self.history_check.toggled.connect(self.consents_model.set_show_history)
        self.history_check.toggled.connect(self._update_buttons)
        self.add_consent_button.clicked.connect(self._add_consent)
        self.correct_button.clicked.connect(self._correct_current)
        self.revoke_button.clicked.connect(self._revoke_current)
        self.no_consents = EmptyState()
        self.no_consents.add_button(self.tr("Record their consent…")).clicked.connect(
            self._add_consent
        )
        self.consents_or_empty = EmptyOr(self.consents_table, self.no_consents)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.person_title)
        right_layout.addWidget(self.wishes_label)
        consents_title = QLabel(self.tr("Consent records"))
        consents_title.setObjectName("subTitle")
        right_layout.addWidget(consents_title)
        right_layout.addWidget(self.consents_or_empty, 1)
        right_buttons = QHBoxLayout()
        right_buttons.addWidget(self.add_consent_button)
        right_buttons.addWidget(self.correct_button)
        right_buttons.addWidget(self.revoke_button)
        right_buttons.addStretch(1)
        right_buttons.addWidget(self.history_check)
        right_layout.addLayout(right_buttons)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_person(None)

    def set_source(self, source: ListSource[PersonListRow, PersonSearch]) -> None:
        """Where the list reads the people; then show the first page and select a person."""
        self.persons_model.set_source(source)
        self.persons_model.reload()
        self._reset(self._current)

    def _filter(self) -> None:
        self._pause.stop()
        self.persons_model.set_text(self.filter_edit.text().strip())
        self._reset(self._current)

    def flush_filter(self) -> None:
        """Filter now for what was typed (no pause)."""
        if self._pause.isActive():
            self._filter()

    def _reset(self, selected: str) -> None:
        """After a new first page: keep the selection when listed, else the first person."""
        everyone = not self.persons_model.search.text
        self.persons_or_empty.set_empty(everyone and self.persons_model.total() == 0)
        listed = bool(selected) and self.persons_table.select_id(selected)
        if not listed and self.persons_model.rowCount():
            self.persons_table.selectRow(0)
        self._on_person_changed()

    def person_saved(self, person_id: str, select: bool = False) -> None:
        """A person was added or changed: their row only is read again (and selected when
        ``select``); the details shown are asked for again."""
        if self.persons_model.total() == 0:
            self.persons_or_empty.set_empty(False)
        self.persons_model.upsert(person_id)
        # Its columns sized to their contents widen for the new row (they do not by themselves).
        self.persons_table.horizontalHeader().resizeSections()
        if select and not self.persons_table.select_id(person_id):
            self.filter_edit.clear()  # not listed under this filter: show everyone
            self._filter()
            self.persons_table.select_id(person_id)
        if person_id == self.persons_table.current_id():
            self._current = ""  # ask for their details again
        self._on_person_changed()

    def person_removed(self, person_id: str) -> None:
        """A person was erased: their row goes."""
        self.persons_model.remove(person_id)
        everyone = not self.persons_model.search.text
        self.persons_or_empty.set_empty(everyone and self.persons_model.total() == 0)
        self._on_person_changed()

    def show_person(
        self,
        person: Person | None,
        records: Iterable[ConsentRecord],
        names: ScopeNames,
        today: dt.date | None = None,
    ) -> None:
        """Show the selected person's details and consent records."""
        self._person = person
        self._show_person(person)
        self.set_consents(records, names, today)

    def set_consents(
        self, records: Iterable[ConsentRecord], names: ScopeNames, today: dt.date | None = None
    ) -> None:
        """Show the current person's consent records."""
        self.consents_model.set_rows(records, names, today)
        person = self._person if self._current else None
        if person is not None:
            self.no_consents.set_text(
                self.tr(
                    "No consent recorded for {name}. Record what they agreed to share and with "
                    "whom, what they refused, or why they could not be asked."
                ).format(name=person.name)
            )
        self.consents_or_empty.set_empty(person is not None and self.consents_model.rowCount() == 0)
        self.history_check.setVisible(self.consents_model.history_count() > 0)
        if self.consents_model.rowCount() and not self.consents_table.current_id():
            self.consents_table.selectRow(0)  # Correct… and Revoke are ready for the keyboard
        self._update_buttons()

    def current_person_id(self) -> str:
        """The selected person's id, or ``""``."""
        return self._current

    def _on_person_changed(self) -> None:
        person_id = self.persons_table.current_id()
        if person_id != self._current:
            self._current = person_id
            self._person = None
            self._show_person(None)
            self.consents_model.set_rows((), ScopeNames())
            self.currentPersonChanged.emit(person_id)
        self._update_buttons()

    def _show_person(self, person: Person | None) -> None:
        if person is None:
            self.person_title.setText(self.tr("Select a person to see their consents."))
            self.wishes_label.clear()
            return
        self.person_title.setText(
            self.tr("{name} — “{alias}” in minutes").format(name=person.name, alias=person.alias)
        )
        wishes = person.known_wishes or self.tr("none recorded")
        lines = [self.tr("Known wishes: {wishes}").format(wishes=wishes)]
        age = person.age_on(dt.date.today())
        if age is not None and age < 18:
            # A minor: who holds parental authority, and how they were told (age and maturity).
            lines.append(
                self.tr("Minor, {age} — parental authority: {holders}").format(
                    age=age, holders=person.parental_authority or self.tr("not recorded")
                )
            )
            if person.capacity_assessment:
                day = person.capacity_assessed_on
                lines.append(
                    self.tr("Capacity to understand: {assessment} ({date}, {who})").format(
                        assessment=person.capacity_assessment,
                        date=day.isoformat() if day else "?",
                        who=person.capacity_assessed_by or "?",
                    )
                )
            else:
                lines.append(self.tr("Capacity to understand: not assessed yet"))
        self.wishes_label.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        has_person = bool(self._current)
        self.edit_person_button.setEnabled(has_person)
        self.prepare_button.setEnabled(has_person)
        self.add_consent_button.setEnabled(has_person)
        record_id = self.consents_table.current_id()
        record = self.consents_model.record(record_id) if record_id else None
        open_record = record is not None and record.is_current and record.revoked_on is None
        self.revoke_button.setEnabled(open_record)
        self.correct_button.setEnabled(open_record)

    def _edit_current(self) -> None:
        if self._current:
            self.editPersonRequested.emit(self._current)

    def _add_consent(self) -> None:
        if self._current:
            self.addConsentRequested.emit(self._current)

    def _prepare_for_current(self) -> None:
        if self._current:
            self.prepareMeetingRequested.emit(self._current)

    def _correct_current(self) -> None:
        record_id = self.consents_table.current_id()
        if record_id:
            self.correctConsentRequested.emit(record_id)

    def _revoke_current(self) -> None:
        record_id = self.consents_table.current_id()
        if record_id:
            self.revokeConsentRequested.emit(record_id)
