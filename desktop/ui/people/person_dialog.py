"""Add or edit a person concerned: name, minutes alias, reference, known wishes, and the
household (family) they belong to with their place in it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Person, Relationship
from desktop.ui.widgets import discard
from desktop.ui.widgets.discard import AsksBeforeDiscarding
from desktop.ui.widgets.family import relationship_label
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons
from desktop.ui.widgets.messages import FormMessage


def initials(name: str) -> str:
    """``J.D.`` for ``Jade Dupont``: a default alias for the minutes."""
    parts = [part for part in name.replace("-", " ").split() if part[:1].isalpha()]
    return "".join(f"{part[0].upper()}." for part in parts[:3])


class PersonDialog(AsksBeforeDiscarding, QDialog):
    """The person's name, the alias the minutes use, a reference, and their known wishes."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        person: Person | None = None,
        households: tuple[str, ...] = (),
    ) -> None:
        """``households``: the names already in use, offered as the household is typed."""
        super().__init__(parent)
        self._original = person
        self.setWindowTitle(
            self.tr("Add a person concerned") if person is None else self.tr("Edit a person")
        )
        self.resize(520, 420)
        self.name_edit = line_edit(self.tr("Name"))
        self.alias_edit = line_edit(
            self.tr("Alias in minutes"), self.tr("initials or a pseudonym, e.g. J.D.")
        )
        self.reference_edit = line_edit(self.tr("Reference"), self.tr("your file number, optional"))
        self.household_edit = line_edit(
            self.tr("Household or family"), self.tr("e.g. Lambert family, optional")
        )
        completer = QCompleter(list(households), self.household_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.household_edit.setCompleter(completer)
        self.relationship = QComboBox()
        self.relationship.setAccessibleName(self.tr("Place in the household"))
        for relationship in Relationship:
            self.relationship.addItem(relationship_label(relationship), relationship.value)
        self.relationship.setCurrentIndex(self.relationship.findData(Relationship.OTHER.value))
        # A minor: date of birth, who holds parental authority, and the team's assessment of
        # the child's capacity to understand (informed according to age and maturity).
        self.birth_check = QCheckBox(self.tr("&Date of birth known:"))
        self.birth_edit = QDateEdit()
        self.birth_edit.setAccessibleName(self.tr("Date of birth"))
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDisplayFormat("yyyy-MM-dd")
        self.birth_edit.setDate(QDate.currentDate().addYears(-10))
        self.birth_edit.setEnabled(False)
        self.birth_check.toggled.connect(self.birth_edit.setEnabled)
        self.birth_check.toggled.connect(lambda _on: self._update_minor())
        self.birth_edit.dateChanged.connect(lambda _day: self._update_minor())
        self.authority_edit = line_edit(
            self.tr("Who holds parental authority"), self.tr("e.g. both parents; the mother")
        )
        self.capacity_edit = QPlainTextEdit()
        self.capacity_edit.setAccessibleName(self.tr("Capacity to understand"))
        self.capacity_edit.setTabChangesFocus(True)
        self.capacity_edit.setPlaceholderText(
            self.tr("What the child understands of what is shared, and how they were told")
        )
        self.capacity_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.assessed_on = QDateEdit()
        self.assessed_on.setAccessibleName(self.tr("Assessed on"))
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("yyyy-MM-dd")
        self.assessed_on.setDate(QDate.currentDate())
        self.assessed_by = line_edit(self.tr("Assessed by"), self.tr("who made the assessment"))
        assessed = QHBoxLayout()
        assessed.addWidget(self.assessed_on)
        assessed.addWidget(self.assessed_by, 1)
        self.minor_box = QGroupBox(self.tr("A minor: informed according to age and maturity"))
        minor_form = QFormLayout(self.minor_box)
        minor_form.addRow(self.tr("Parental &authority:"), self.authority_edit)
        minor_form.addRow(self.tr("&Capacity to understand:"), self.capacity_edit)
        minor_form.addRow(self.tr("Assessed on, &by:"), assessed)
        minor_form.labelForField(assessed).setBuddy(self.assessed_on)
        self.wishes_edit = QPlainTextEdit()
        self.wishes_edit.setAccessibleName(self.tr("Known wishes"))
        self.wishes_edit.setTabChangesFocus(True)
        hint = QLabel(
            self.tr(
                "What the person has said they want. It is shown to the team when the chair "
                "is empty, to answer: what would they have wanted?"
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.name_edit.textEdited.connect(self._suggest_alias)
        self.message = FormMessage()
        buttons = ok_cancel_buttons(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Alias:"), self.alias_edit)
        form.addRow(self.tr("&Reference:"), self.reference_edit)
        birth = QHBoxLayout()
        birth.addWidget(self.birth_check)
        birth.addWidget(self.birth_edit)
        birth.addStretch(1)
        form.addRow(self.tr("Born:"), birth)
        form.labelForField(birth).setBuddy(self.birth_check)
        form.addRow(self.tr("&Household:"), self.household_edit)
        form.addRow(self.tr("&Place in it:"), self.relationship)
        form.addRow(self.tr("Known &wishes:"), self.wishes_edit)
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.minor_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._alias_touched = person is not None
        self.alias_edit.textEdited.connect(self._on_alias_edited)
        self.name_edit.textChanged.connect(self._recheck)
        self.alias_edit.textChanged.connect(self._recheck)
        if person is not None:
            self.name_edit.setText(person.name)
            self.alias_edit.setText(person.alias)
            self.reference_edit.setText(person.reference)
            self.wishes_edit.setPlainText(person.known_wishes)
            self.household_edit.setText(person.household)
            if person.birth_date is not None:
                born = person.birth_date
                self.birth_check.setChecked(True)
                self.birth_edit.setDate(QDate(born.year, born.month, born.day))
            self.authority_edit.setText(person.parental_authority)
            self.capacity_edit.setPlainText(person.capacity_assessment)
            if person.capacity_assessed_on is not None:
                day = person.capacity_assessed_on
                self.assessed_on.setDate(QDate(day.year, day.month, day.day))
            self.assessed_by.setText(person.capacity_assessed_by)
            self.relationship.setCurrentIndex(self.relationship.findData(person.relationship.value))
        self._update_minor()
        self.name_edit.setFocus()
        # What the fields held once filled: Escape asks only when something was changed.
        self.remember_filled()

    def confirm_discard(self) -> bool:
        """Ask whether to drop the changes; True to drop them."""
        return discard.ask_discard(self, self.tr("Discard the changes to this person?"))

    def birth_date(self) -> dt.date | None:
        """The date of birth entered, if known."""
        if not self.birth_check.isChecked():
            return None
        return self.birth_edit.date().toPython()  # type: ignore[no-any-return]

    def _update_minor(self) -> None:
        """The minor's fields show for a child (under 18 today)."""
        born = self.birth_date()
        minor = born is not None and (dt.date.today() - born).days < 18 * 365.25
        self.minor_box.setVisible(minor)

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        *,
        person: Person | None = None,
        households: tuple[str, ...] = (),
    ) -> Person | None:
        """Show the dialog; the new or edited person, or ``None`` if cancelled."""
        dialog = cls(parent, person=person, households=households)
        result = dialog.person() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return result

    def person(self) -> Person:
        """The person as edited (a new id for a new one)."""
        values = {
            "name": " ".join(self.name_edit.text().split()),
            "alias": self.alias_edit.text().strip(),
            "reference": self.reference_edit.text().strip(),
            "known_wishes": self.wishes_edit.toPlainText().strip(),
            "household": " ".join(self.household_edit.text().split()),
            "relationship": Relationship(self.relationship.currentData()),
            "birth_date": self.birth_date(),
            "parental_authority": "",
            "capacity_assessment": "",
            "capacity_assessed_on": None,
            "capacity_assessed_by": "",
        }
        if self.minor_box.isVisibleTo(self):
            capacity = self.capacity_edit.toPlainText().strip()
            values |= {
                "parental_authority": " ".join(self.authority_edit.text().split()),
                "capacity_assessment": capacity,
                "capacity_assessed_on": self.assessed_on.date().toPython() if capacity else None,
                "capacity_assessed_by": self.assessed_by.text().strip() if capacity else "",
            }
        if self._original is None:
            return Person(id=uuid.uuid4().hex, **values)
        return replace(self._original, **values)

    def _on_alias_edited(self) -> None:
        self._alias_touched = True

    def _suggest_alias(self, name: str) -> None:
        if not self._alias_touched:
            self.alias_edit.setText(initials(name))

    def _problem(self) -> tuple[str, QWidget | None]:
        """What is missing first, and its field (``("", None)`` when nothing is)."""
        if not self.name_edit.text().strip():
            return self.tr("Enter the person's name."), self.name_edit
        if not self.alias_edit.text().strip():
            return self.tr(
                "Enter the alias the minutes use for this person (e.g. initials)."
            ), self.alias_edit
        return "", None

    def _recheck(self) -> None:
        """Once shown, the message follows the fields (it asked for the name under a name)."""
        if self.message.isHidden():
            return
        problem, _field = self._problem()
        if problem:
            self.message.show_error(problem)
        else:
            self.message.clear_message()

    def accept(self) -> None:
        """Close only with a name and an alias."""
        problem, field = self._problem()
        if field is not None:
            self.message.show_error(problem)
            field.setFocus()
            return
        super().accept()
