"""The People section: persons concerned, their known wishes, and their consent records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ConsentRecord, Person
from desktop.ui.people.people_models import ConsentsModel, PersonsModel, ScopeNames
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.record_table import RecordTable


class PeopleView(QWidget):
    """Shows persons and the selected person's consents; never writes them.

    Signals:
        addPersonRequested(): add a person concerned.
        editPersonRequested(str): edit the person with this id.
        currentPersonChanged(str): another person was selected ("" for none); the owner answers
            with :meth:`set_consents`.
        addConsentRequested(str): record a consent for the person with this id.
        revokeConsentRequested(str): revoke the consent record with this id.
    """

    addPersonRequested = Signal()
    editPersonRequested = Signal(str)
    currentPersonChanged = Signal(str)
    addConsentRequested = Signal(str)
    revokeConsentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persons_model = PersonsModel(self)
        self.persons_proxy = QSortFilterProxyModel(self)
        self.persons_proxy.setSourceModel(self.persons_model)
        self.persons_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.persons_proxy.setFilterKeyColumn(-1)
        self.consents_model = ConsentsModel(self)
        self._current = ""

        title = QLabel(self.tr("People concerned"))
        title.setObjectName("sectionTitle")
        self.filter_edit = line_edit(
            self.tr("Filter the people"), self.tr("Filter by name, alias, reference…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.persons_proxy.setFilterFixedString)
        self.persons_table = RecordTable(self.tr("People concerned"))
        self.persons_table.setModel(self.persons_proxy)
        self.persons_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.persons_table.setColumnWidth(0, 170)
        self.persons_table.setColumnWidth(1, 90)
        self.persons_table.selection_changed.connect(self._on_person_changed)
        self.persons_table.activated_id.connect(self.editPersonRequested)
        self.add_person_button = QPushButton(self.tr("Add &person…"))
        self.edit_person_button = QPushButton(self.tr("&Edit…"))
        self.add_person_button.clicked.connect(self.addPersonRequested)
        self.edit_person_button.clicked.connect(self._edit_current)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(title)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.persons_table, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.add_person_button)
        left_buttons.addWidget(self.edit_person_button)
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
        for column, width in ((0, 110), (1, 170), (2, 140), (3, 175), (4, 130)):
            self.consents_table.setColumnWidth(column, width)
        self.consents_table.selection_changed.connect(self._update_buttons)
        self.add_consent_button = QPushButton(self.tr("Record &consent…"))
        self.revoke_button = QPushButton(self.tr("&Revoke"))
        self.add_consent_button.clicked.connect(self._add_consent)
        self.revoke_button.clicked.connect(self._revoke_current)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.person_title)
        right_layout.addWidget(self.wishes_label)
        consents_title = QLabel(self.tr("Consent records"))
        consents_title.setObjectName("subTitle")
        right_layout.addWidget(consents_title)
        right_layout.addWidget(self.consents_table, 1)
        right_buttons = QHBoxLayout()
        right_buttons.addWidget(self.add_consent_button)
        right_buttons.addWidget(self.revoke_button)
        right_buttons.addStretch(1)
        right_layout.addLayout(right_buttons)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_person(None)

    def set_rows(self, persons: Iterable[Person]) -> None:
        """Show these persons, keeping the selection when possible."""
        selected = self._current
        self.persons_model.set_rows(persons)
        if selected and self.persons_table.select_id(selected):
            self._show_person(self.persons_model.person(selected))
        else:
            if self.persons_proxy.rowCount():
                self.persons_table.selectRow(0)
            self._on_person_changed()

    def set_consents(
        self, records: Iterable[ConsentRecord], names: ScopeNames, today: dt.date | None = None
    ) -> None:
        """Show the current person's consent records."""
        self.consents_model.set_rows(records, names, today)
        self._update_buttons()

    def current_person_id(self) -> str:
        """The selected person's id, or ``""``."""
        return self._current

    def _on_person_changed(self) -> None:
        person_id = self.persons_table.current_id()
        person = self.persons_model.person(person_id) if person_id else None
        self._show_person(person)
        if person_id != self._current:
            self._current = person_id
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
        self.wishes_label.setText(self.tr("Known wishes: {wishes}").format(wishes=wishes))

    def _update_buttons(self) -> None:
        has_person = bool(self._current)
        self.edit_person_button.setEnabled(has_person)
        self.add_consent_button.setEnabled(has_person)
        record_id = self.consents_table.current_id()
        record = self.consents_model.record(record_id) if record_id else None
        self.revoke_button.setEnabled(record is not None and record.revoked_on is None)

    def _edit_current(self) -> None:
        if self._current:
            self.editPersonRequested.emit(self._current)

    def _add_consent(self) -> None:
        if self._current:
            self.addConsentRequested.emit(self._current)

    def _revoke_current(self) -> None:
        record_id = self.consents_table.current_id()
        if record_id:
            self.revokeConsentRequested.emit(record_id)
