"""Add or edit a person concerned: name, minutes alias, reference, known wishes, and the
household (family) they belong to with their place in it."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Person, Relationship
from desktop.ui.widgets.family import relationship_label
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons
from desktop.ui.widgets.messages import FormMessage


def initials(name: str) -> str:
    """``J.D.`` for ``Jade Dupont``: a default alias for the minutes."""
    parts = [part for part in name.replace("-", " ").split() if part[:1].isalpha()]
    return "".join(f"{part[0].upper()}." for part in parts[:3])


class PersonDialog(QDialog):
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
        form.addRow(self.tr("&Household:"), self.household_edit)
        form.addRow(self.tr("&Place in it:"), self.relationship)
        form.addRow(self.tr("Known &wishes:"), self.wishes_edit)
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._alias_touched = person is not None
        self.alias_edit.textEdited.connect(self._on_alias_edited)
        if person is not None:
            self.name_edit.setText(person.name)
            self.alias_edit.setText(person.alias)
            self.reference_edit.setText(person.reference)
            self.wishes_edit.setPlainText(person.known_wishes)
            self.household_edit.setText(person.household)
            self.relationship.setCurrentIndex(self.relationship.findData(person.relationship.value))
        self.name_edit.setFocus()

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
        }
        if self._original is None:
            return Person(id=uuid.uuid4().hex, **values)
        return replace(self._original, **values)

    def _on_alias_edited(self) -> None:
        self._alias_touched = True

    def _suggest_alias(self, name: str) -> None:
        if not self._alias_touched:
            self.alias_edit.setText(initials(name))

    def accept(self) -> None:
        """Close only with a name and an alias."""
        if not self.name_edit.text().strip():
            self.message.show_error(self.tr("Enter the person's name."))
            self.name_edit.setFocus()
            return
        if not self.alias_edit.text().strip():
            self.message.show_error(
                self.tr("Enter the alias the minutes use for this person (e.g. initials).")
            )
            self.alias_edit.setFocus()
            return
        super().accept()
