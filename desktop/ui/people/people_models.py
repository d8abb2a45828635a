"""Qt table models for the people concerned and their consent records, fed with rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.entities import ConsentKind, ConsentRecord, Relationship
from desktop.core.lists import PersonListRow, PersonOrder, PersonSearch, compare_people
from desktop.core.policy import Policy
from desktop.ui.widgets.family import relationship_label
from desktop.ui.widgets.paged_model import PagedTableModel
from desktop.ui.widgets.record_table import ID_ROLE
from desktop.ui.widgets.row_model import Index, RowTableModel


class PersonsModel(PagedTableModel[PersonListRow, PersonSearch]):
    """Name, minutes alias and reference of each person concerned, a page at a time: storage
    sorts and filters them (:mod:`desktop.storage.lists`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PersonSearch(), parent)

    def person(self, person_id: str) -> PersonListRow | None:
        """The person with this id, if loaded."""
        return self.find(person_id)

    def titles(self) -> tuple[str, ...]:
        """Name, alias, reference, household (sorting by it puts a family together)."""
        return (self.tr("Name"), self.tr("Alias"), self.tr("Reference"), self.tr("Household"))

    def compare(self, a: PersonListRow, b: PersonListRow) -> int:
        """The order storage reads the people in."""
        return compare_people(a, b, self._search)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt: sort by a column (storage reads the first page in that order)."""
        if not 0 <= column < len(PersonOrder):
            return
        search = dataclasses.replace(
            self._search,
            order=PersonOrder(column),
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if search != self._search or not self._rows:
            self.set_search(search)

    def set_text(self, text: str) -> None:
        """Show the people whose name, alias or reference holds ``text``."""
        if text != self._search.text:
            self.set_search(dataclasses.replace(self._search, text=text))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text and the person's id."""
        person = self.row_of(index)
        if person is None:
            return None
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.DisplayRole:
            household = ""
            if person.household:
                household = self.tr("{household} — {relationship}").format(
                    household=person.household,
                    relationship=relationship_label(Relationship(person.relationship or "other")),
                )
            return (person.name, person.alias, person.reference, household)[index.column()]
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
    """A person's consent records in four columns that fit beside the people at 1366 pixels:
    the kind (and how it was obtained, under it), the information, the recipients, and the
    validity (with where the record stands under it: in force, revoked, expired, or replaced by
    a correction).

    Records replaced by a correction are history: shown (greyed) only with
    :meth:`set_show_history`; the correction says which record it corrects.
    """

    KIND, INFORMATION, WITH, VALID = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = ScopeNames()
        self._today = dt.date.today()
        self._all: list[ConsentRecord] = []
        self._show_history = False

    def set_rows(
        self,
        records: Iterable[ConsentRecord],
        names: ScopeNames | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Show these records (in the order recorded); ``names`` turns scope ids into words."""
        self.beginResetModel()
        self._all = list(records)
        self._names = names or ScopeNames()
        self._today = today or dt.date.today()
        self._rows = self._shown()
        self.endResetModel()

    def set_show_history(self, show: bool) -> None:
        """Show the records replaced by a correction too, or only the current ones."""
        self.beginResetModel()
        self._show_history = show
        self._rows = self._shown()
        self.endResetModel()

    def history_count(self) -> int:
        """How many records were replaced by a correction."""
        return sum(1 for record in self._all if not record.is_current)

    def _shown(self) -> list[ConsentRecord]:
        return [r for r in self._all if self._show_history or r.is_current]

    def _by_id(self, record_id: str) -> ConsentRecord | None:
        return next((r for r in self._all if r.id == record_id), None)

    def record(self, record_id: str) -> ConsentRecord | None:
        """The record with this id, if shown."""
        return self.find(record_id)

    def titles(self) -> tuple[str, ...]:
        """Kind, categories, recipients, validity."""
        return (self.tr("Kind"), self.tr("Information"), self.tr("With"), self.tr("Valid"))

    def status_text(self, record: ConsentRecord) -> str:
        """Where the record stands today, in words."""
        if not record.is_current:
            correction = self._by_id(record.replaced_by)
            day = correction.recorded_on if correction is not None else None
            if day is None:
                return self.tr("replaced by a correction")
            return self.tr("replaced by a correction on {date}").format(date=day.isoformat())
        if record.revoked_on is not None and record.revoked_on <= self._today:
            return self.tr("revoked on {date}").format(date=record.revoked_on.isoformat())
        if self._today < record.valid_from:
            return self.tr("not yet in force")
        if record.valid_until is not None and self._today > record.valid_until:
            return self.tr("expired")
        if record.revoked_on is not None:
            return self.tr("in force until {date}").format(date=record.revoked_on.isoformat())
        if record.replaces:
            old = self._by_id(record.replaces)
            if old is not None and old.recorded_on is not None:
                return self.tr("in force — corrects the record of {date}").format(
                    date=old.recorded_on.isoformat()
                )
            return self.tr("in force — a correction")
        return self.tr("in force")

    def kind_text(self, kind: ConsentKind) -> str:
        """A consent's kind in words."""
        return {
            ConsentKind.GIVEN: self.tr("Given"),
            ConsentKind.REFUSED: self.tr("Refused"),
            ConsentKind.NOT_OBTAINABLE: self.tr("Could not be obtained"),
            ConsentKind.INFORMED: self.tr("Informed, did not object"),
            ConsentKind.OBJECTED: self.tr("Objected"),
        }[kind]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, the record's id, grey for records no longer in force."""
        record = self.row_of(index)
        if record is None:
            return None
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if not record.is_current or not record.is_valid_on(self._today):
                return QBrush(QColor("#6b6b6b"))
            if record.kind.blocks and index.column() == 0:
                return QBrush(QColor("#b3261e"))
            return None
        if role == Qt.ItemDataRole.FontRole and not record.is_current:
            font = QFont()
            font.setItalic(True)  # history, not the record in force
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(record, index.column())
        return None

    def _text(self, record: ConsentRecord, column: int) -> str:
        if column == self.KIND:
            kind = self.kind_text(record.kind)
            if record.kind is ConsentKind.NOT_OBTAINABLE and record.reason:
                kind = self.tr("{kind} ({reason})").format(kind=kind, reason=record.reason)
            return f"{kind}\n{record.obtained_how}" if record.obtained_how else kind
        if column == self.INFORMATION:
            return self._names.categories(record.categories)
        if column == self.WITH:
            return self._names.recipients(record)
        return f"{self.validity_text(record)}\n{self.status_text(record)}"

    def validity_text(self, record: ConsentRecord) -> str:
        """From when to when the record holds, in words."""
        start = "" if record.valid_from == dt.date.min else record.valid_from.isoformat()
        end = record.valid_until.isoformat() if record.valid_until else ""
        if start and end:
            return self.tr("{start} to {end}").format(start=start, end=end)
        if start:
            return self.tr("from {start}").format(start=start)
        return self.tr("until {end}").format(end=end) if end else self.tr("always")
