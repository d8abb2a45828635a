"""Postpone an item to ask first whoever the gate names: who will ask, by when, and the action's
text.

The gate names who must be asked: the person, or, for a minor, their parents (the holders of
parental authority), or both; the dialog and the action it records name the same. The action is
kept in the minutes while the item's wording is not, so the dialog refuses a text that repeats the
wording.
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
from desktop.ui.i18n import fill_in
from desktop.ui.widgets.fields import date_edit, line_edit, ok_cancel_buttons


@dataclass(frozen=True, slots=True)
class PostponeChoice:
    """Who asks the person, what the action says, and by when."""

    who: str
    what: str
    due: dt.date | None


class PostponeDialog(QDialog):
    """Asks who will ask and by when; builds the action's text without the wording.

    ``alias`` names the persons to ask themselves and ``parents_of`` the minors whose parents must
    be asked (either may be empty, not both), as the gate's fixes say.
    """

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
        parents_of: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._wording = wording
        self.setWindowTitle(self._title(alias, parents_of))
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Who will ask"))
        for person in people:
            self.who.addItem(person.label(), person.id)
        index = self.who.findData(default_who)
        self.who.setCurrentIndex(max(0, index))
        self.what = line_edit(self.tr("Action"), parent=self)
        self.what.setText(self._proposal(alias, parents_of, category))
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
            problem = self.tr("Choose who will ask.")
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

    def _title(self, alias: str, parents_of: str) -> str:
        if parents_of and alias:
            return fill_in(
                self.tr("Postpone — ask {alias} and {parents_of}'s parents first"),
                alias=alias,
                parents_of=parents_of,
            )
        if parents_of:
            return fill_in(self.tr("Postpone — ask {alias}'s parents first"), alias=parents_of)
        return fill_in(self.tr("Postpone — ask {alias} first"), alias=alias)

    def _proposal(self, alias: str, parents_of: str, category: str) -> str:
        """The action's text, naming whom the gate says to ask; without a category when the item
        is postponed before one was chosen."""
        if parents_of and alias:
            if category:
                return fill_in(
                    self.tr(
                        "Ask {alias} and {parents_of}'s parents whether we may share an item "
                        "({category})"
                    ),
                    alias=alias,
                    parents_of=parents_of,
                    category=category,
                )
            return fill_in(
                self.tr("Ask {alias} and {parents_of}'s parents whether we may share an item"),
                alias=alias,
                parents_of=parents_of,
            )
        if parents_of:
            if category:
                return fill_in(
                    self.tr("Ask {alias}'s parents whether we may share an item ({category})"),
                    alias=parents_of,
                    category=category,
                )
            return fill_in(
                self.tr("Ask {alias}'s parents whether we may share an item"), alias=parents_of
            )
        if category:
            return fill_in(
                self.tr("Ask {alias} whether we may share an item ({category})"),
                alias=alias,
                category=category,
            )
        return fill_in(self.tr("Ask {alias} whether we may share an item"), alias=alias)

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
        parents_of: str = "",
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
            parents_of=parents_of,
            parent=parent,
        )
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
