"""Postpone an item to ask the person first: who will ask, by when, and the action's text.

The action is kept in the minutes while the item's wording is not, so the dialog refuses a text
that repeats the wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Professional
from desktop.ui.widgets.fields import date_edit, line_edit, ok_cancel_buttons


@dataclass(frozen=True, slots=True)
class PostponeChoice:
    """Who asks the person, what the action says, and by when."""

    who: str
    what: str
    due: dt.date | None


class PostponeDialog(QDialog):
    """Asks who will ask the person and by when; builds the action's text without the wording."""

    def __init__(
        self,
        *,
        people: list[Professional],
        default_who: str,
        alias: str,
        category: str,
        wording: str,
        today: dt.date,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._wording = wording
        self.setWindowTitle(self.tr("Postpone — ask {alias} first").format(alias=alias))
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Who will ask"))
        for person in people:
            self.who.addItem(person.label(), person.id)
        index = self.who.findData(default_who)
        self.who.setCurrentIndex(max(0, index))
        self.what = line_edit(self.tr("Action"), parent=self)
        if category:
            proposal = self.tr("Ask {alias} whether we may share an item ({category})").format(
                alias=alias, category=category
            )
        else:  # postponed before a category was chosen
            proposal = self.tr("Ask {alias} whether we may share an item").format(alias=alias)
        self.what.setText(proposal)
        # Sized for its text: the proposed action reads whole, without scrolling in the field.
        self.what.setMinimumWidth(
            min(720, self.what.fontMetrics().horizontalAdvance(self.what.text()) + 24)
        )
        self.has_due = QCheckBox(self)  # its label is the row's: "By when"
        self.has_due.setAccessibleName(self.tr("Set a date"))
        self.has_due.setChecked(True)
        self.due = date_edit(today + dt.timedelta(days=7), lang, self)
        self.due.setAccessibleName(self.tr("By when"))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setAccessibleName(self.tr("Error"))

        form = QFormLayout()
        form.addRow(self.tr("&Who will ask"), self.who)
        form.addRow(self.tr("&Action"), self.what)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        due_label = QLabel(self.tr("B&y when"), self)
        due_label.setBuddy(self.has_due)
        form.addRow(due_label, due_row)
        note = QLabel(
            self.tr("The action is kept in the minutes; the item's wording is not."), self
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368")
        buttons = ok_cancel_buttons(self, on_ok=self._try_accept, ok_text=self.tr("Postpone"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.error.hide()
        self.resize(self.sizeHint().width(), self.sizeHint().height())
        self.what.setFocus()
        self.what.selectAll()  # typing replaces the proposal; the arrows keep it

    def choice(self) -> PostponeChoice | None:
        """The choice as typed, or None with the error shown."""
        what = self.what.text().strip()
        problem = ""
        if self.who.currentIndex() < 0:
            problem = self.tr("Choose who will ask the person.")
        elif not what:
            problem = self.tr("Write what will be asked.")
        elif self._wording.strip() and self._wording.strip().casefold() in what.casefold():
            problem = self.tr(
                "The action must not repeat the item's wording: it is kept, the wording is not."
            )
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            return None
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return PostponeChoice(self.who.currentData(), what, due)

    def _try_accept(self) -> None:
        if self.choice() is not None:
            self.accept()

    @classmethod
    def get(
        cls,
        parent: QWidget | None,
        *,
        people: list[Professional],
        default_who: str,
        alias: str,
        category: str,
        wording: str,
        today: dt.date,
        lang: str = "en",
    ) -> PostponeChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(
            people=people,
            default_who=default_who,
            alias=alias,
            category=category,
            wording=wording,
            today=today,
            lang=lang,
            parent=parent,
        )
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
