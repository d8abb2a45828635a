"""Qt table models for the people concerned and their consent records, fed with rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.entities import ConsentKind, ConsentRecord, Person
from desktop.core.policy import Policy
from desktop.ui.widgets.record_table import ID_ROLE
from desktop.ui.widgets.row_model import Index, RowTableModel


class PersonsModel(RowTableModel[Person]):
    """Name, minutes alias and reference of each person concerned."""

    def person(self, person_id: str) -> Person | None:
        """The person with this id, if shown."""
        return self.find(person_id)

    def titles(self) -> tuple[str, ...]:
        """Name, alias, reference."""
        return (self.tr("Name"), self.tr("Alias"), self.tr("Reference"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text and the person's id."""
        person = self.row_of(index)
        if person is None:
            return None
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (person.name, person.alias, person.reference)[index.column()]
        return None


@dataclass(frozen=True, slots=True)
class ScopeNames:
    """What a consent's scope ids mean: categories (from the policy), missions, professionals."""

    policy: Policy | None = None
    lang: str = "en"
    missions: dict[str, str] = field(default_factory=dict)
    professionals: dict[str, str] = field(default_factory=dict)

    def categories(self, ids: Iterable[str]) -> str:
        """Category names, sorted."""
        if self.policy is None:
            return ", ".join(sorted(ids))
        return ", ".join(sorted(self.policy.category_name(c, self.lang) for c in ids))

    def recipients(self, record: ConsentRecord) -> str:
        """Missions, then named professionals."""
        names = sorted(self.missions.get(m, m) for m in record.missions)
        names += sorted(self.professionals.get(p, p) for p in record.professionals)
        return ", ".join(names)


class ConsentsModel(RowTableModel[ConsentRecord]):
    """A person's consent records: kind, scope, validity, how obtained, revoked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = ScopeNames()
        self._today = dt.date.today()

    def set_rows(
        self,
        records: Iterable[ConsentRecord],
        names: ScopeNames | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Show these records; ``names`` turns scope ids into words."""
        self.beginResetModel()
        self._rows = list(records)
        self._names = names or ScopeNames()
        self._today = today or dt.date.today()
        self.endResetModel()

    def record(self, record_id: str) -> ConsentRecord | None:
        """The record with this id, if shown."""
        return self.find(record_id)

    def titles(self) -> tuple[str, ...]:
        """Kind, categories, recipients, validity, how obtained, revoked."""
        return (
            self.tr("Kind"),
            self.tr("Information"),
            self.tr("With"),
            self.tr("Valid"),
            self.tr("How obtained"),
            self.tr("Revoked"),
        )

    def kind_text(self, kind: ConsentKind) -> str:
        """A consent's kind in words."""
        return {
            ConsentKind.GIVEN: self.tr("Given"),
            ConsentKind.REFUSED: self.tr("Refused"),
            ConsentKind.NOT_OBTAINABLE: self.tr("Could not be obtained"),
        }[kind]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, the record's id, grey for records no longer in force."""
        record = self.row_of(index)
        if record is None:
            return None
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if not record.is_valid_on(self._today):
                return QBrush(QColor("#6b6b6b"))
            if record.kind is ConsentKind.REFUSED and index.column() == 0:
                return QBrush(QColor("#b3261e"))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(record, index.column())
        return None

    def _text(self, record: ConsentRecord, column: int) -> str:
        if column == 0:
            kind = self.kind_text(record.kind)
            if record.kind is ConsentKind.NOT_OBTAINABLE and record.reason:
                kind = self.tr("{kind} ({reason})").format(kind=kind, reason=record.reason)
            return kind
        if column == 1:
            return self._names.categories(record.categories)
        if column == 2:
            return self._names.recipients(record)
        if column == 3:
            start = "" if record.valid_from == dt.date.min else record.valid_from.isoformat()
            end = record.valid_until.isoformat() if record.valid_until else ""
            if start and end:
                return self.tr("{start} to {end}").format(start=start, end=end)
            if start:
                return self.tr("from {start}").format(start=start)
            return self.tr("until {end}").format(end=end) if end else self.tr("always")
        if column == 4:
            return record.obtained_how
        return record.revoked_on.isoformat() if record.revoked_on else ""
