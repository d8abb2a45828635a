"""Decisions and actions: the bottom strip of the console and the two dialogs that add them.

Both can rest on shared items (never on withheld ones): the dialogs list the items shared so far
as check boxes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Professional
from desktop.core.session import MeetingSession, SessionError
from desktop.ui.console.console_models import TextListModel
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons


@dataclass(frozen=True, slots=True)
class RecordChoice:
    """What a decision or action dialog returns."""

    text: str
    item_ids: tuple[str, ...]
    who: str = ""
    due: dt.date | None = None


class _RecordDialog(QDialog):
    """The part both dialogs share: linked shared items, an error line, OK / Cancel."""

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.items_model = QStandardItemModel(self)
        for item_id, label in items:
            row = QStandardItem(label)
            row.setCheckable(True)
            row.setEditable(False)
            row.setData(item_id, Qt.ItemDataRole.UserRole)
            self.items_model.appendRow(row)
        self.items_view = QListView(self)
        self.items_view.setModel(self.items_model)
        self.items_view.setAccessibleName(self.tr("Shared items it rests on"))
        self.items_view.setMaximumHeight(140)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = ok_cancel_buttons(self, on_ok=self._try_accept)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        if items:
            layout.addWidget(QLabel(self.tr("Rests on the shared items:"), self))
            layout.addWidget(self.items_view)
        else:
            self.items_view.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def linked(self) -> tuple[str, ...]:
        """The ids of the ticked shared items."""
        model = self.items_model
        return tuple(
            model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_linked(self, item_ids: tuple[str, ...]) -> None:
        """Tick these shared items."""
        for row in range(self.items_model.rowCount()):
            item = self.items_model.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in item_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def show_error(self, text: str) -> None:
        """Say what is missing; the dialog stays open with everything typed."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def choice(self) -> RecordChoice | None:
        """The values, or None with the error shown."""
        raise NotImplementedError

    def _try_accept(self) -> None:
        if self.choice() is not None:
            self.accept()


class DecisionDialog(_RecordDialog):
    """A decision's text and the shared items it rests on."""

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(items, parent)
        self.setWindowTitle(self.tr("Add a decision"))
        self.text = line_edit(self.tr("Decision"), parent=self)
        self.form.addRow(self.tr("Decision"), self.text)

    def choice(self) -> RecordChoice | None:
        """The decision, or None when its text is empty."""
        if not self.text.text().strip():
            self.show_error(self.tr("Write the decision."))
            return None
        self.show_error("")
        return RecordChoice(self.text.text().strip(), self.linked())


class ActionDialog(_RecordDialog):
    """Who does what by when, and the shared items it rests on."""

    def __init__(
        self,
        items: list[tuple[str, str]],
        people: list[Professional],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(items, parent)
        self.setWindowTitle(self.tr("Add an action"))
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Who"))
        self.who.addItem(self.tr("Choose…"), "")
        for person in people:
            self.who.addItem(person.label(), person.id)
        self.what = line_edit(self.tr("What"), parent=self)
        self.has_due = QCheckBox(self.tr("By"), self)
        self.due = QDateEdit(QDate(today.year, today.month, today.day).addDays(14), self)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("By when"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due, 1)
        self.form.addRow(self.tr("Who"), self.who)
        self.form.addRow(self.tr("What"), self.what)
        self.form.addRow(self.tr("By when"), due)

    def choice(self) -> RecordChoice | None:
        """The action, or None when who or what is missing."""
        if not self.who.currentData():
            self.show_error(self.tr("Choose who will carry out the action."))
            return None
        if not self.what.text().strip():
            self.show_error(self.tr("Write what will be done."))
            return None
        self.show_error("")
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return RecordChoice(self.what.text().strip(), self.linked(), self.who.currentData(), due)


class RecordsPanel(QWidget):
    """Decisions & actions, with "Add a decision…" and "Add an action…".

    Signals:
        problem(str): the session refused a decision or an action; the sentence to show.
    """

    problem = Signal(str)

    def __init__(
        self,
        session: MeetingSession,
        people: list[Professional],
        today: dt.date,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._people = people
        self._today = today
        self._lang = lang
        heading = QLabel(self.tr("Decisions & actions"), self)
        heading.setStyleSheet("font-weight: bold")
        self.model = TextListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Decisions and actions"))
        self.decision_button = QPushButton(self.tr("+ Decision…"), self)
        self.decision_button.setAccessibleName(self.tr("Add a decision"))
        self.action_button = QPushButton(self.tr("+ Action…"), self)
        self.action_button.setAccessibleName(self.tr("Add an action"))
        self.decision_button.clicked.connect(self.add_decision)
        self.action_button.clicked.connect(self.add_action)
        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(self.decision_button)
        side.addWidget(self.action_button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.view, 1)
        self.refresh()

    def lines(self) -> list[str]:
        """Every decision and action in words."""
        session = self._session
        lines = [self.tr("Decision: {text}").format(text=d.text) for d in session.decisions]
        for action in session.actions:
            who = session.professional(action.who).name
            if action.due is not None:
                line = self.tr("Action: {who} — {what} — by {due}").format(
                    who=who, what=action.what, due=action.due.isoformat()
                )
            else:
                line = self.tr("Action: {who} — {what}").format(who=who, what=action.what)
            lines.append(line)
        return lines

    def refresh(self, _event: object = None) -> None:
        """Redraw from the session."""
        self.model.set_rows(self.lines())

    def shared_items(self) -> list[tuple[str, str]]:
        """(id, label) of the items shared so far, to link to."""
        session = self._session
        return [
            (
                item.id,
                f"{session.policy.category_name(item.category_id, self._lang)} · "
                f"{session.professional(item.discloser_id).name} · {item.wording[:80]}",
            )
            for item in session.shared
        ]

    def decision_dialog(self) -> DecisionDialog:
        """A new decision dialog over the current shared items."""
        return DecisionDialog(self.shared_items(), self)

    def action_dialog(self) -> ActionDialog:
        """A new action dialog over the current shared items and people."""
        return ActionDialog(self.shared_items(), self._people, self._today, self)

    def add_decision(self) -> None:
        """Ask for a decision and record it."""
        dialog = self.decision_dialog()
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                choice = dialog.choice()
                if choice is not None:
                    self._record(lambda: self._session.add_decision(choice.text, choice.item_ids))
        finally:
            dialog.deleteLater()

    def add_action(self) -> None:
        """Ask for an action and record it."""
        dialog = self.action_dialog()
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                c = dialog.choice()
                if c is not None:
                    self._record(lambda: self._session.add_action(c.who, c.text, c.due, c.item_ids))
        finally:
            dialog.deleteLater()

    def _record(self, add: object) -> None:
        try:
            add()  # type: ignore[operator]
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
