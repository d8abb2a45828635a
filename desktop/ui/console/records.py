"""Decisions and actions: the bottom strip of the console and the dialogs that add and edit them.

Both can rest on shared items (never on withheld ones): the dialogs list the items shared so far
as check boxes. Until the meeting closes, a decision or an action can be edited (Enter on the
list, or "Edit…") and deleted (Del). Who carries out an action is a professional of the
directory, or — the person concerned, a relative — a name typed in the same field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Action, Decision, MeetingState, Professional, SharedItem
from desktop.core.session import MeetingSession, SessionError
from desktop.core.text import format_date
from desktop.ui.console.console_models import ID_ROLE, _ListModel
from desktop.ui.widgets.fields import date_edit, line_edit, ok_cancel_buttons

KIND_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class RecordChoice:
    """What a decision or action dialog returns. An action's ``who`` is a directory id, or empty
    with ``who_name`` typed (the person concerned, a relative)."""

    text: str
    item_ids: tuple[str, ...]
    who: str = ""
    due: dt.date | None = None
    who_name: str = ""


@dataclass(frozen=True, slots=True)
class RecordLine:
    """One decision or action as the strip lists it."""

    kind: str  # "decision" or "action"
    record_id: str
    text: str


class RecordsModel(_ListModel):
    """Decisions, then actions, each a line of words with its id."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The line, its id and its kind."""
        row = self._row(index)
        if not isinstance(row, RecordLine):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return row.text
        if role == ID_ROLE:
            return row.record_id
        if role == KIND_ROLE:
            return row.kind
        return None


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
    """A decision's text and the shared items it rests on; ``decision`` to edit one."""

    def __init__(
        self,
        items: list[tuple[str, str]],
        parent: QWidget | None = None,
        decision: Decision | None = None,
    ) -> None:
        super().__init__(items, parent)
        editing = decision is not None
        self.setWindowTitle(self.tr("Edit the decision") if editing else self.tr("Add a decision"))
        self.text = line_edit(self.tr("Decision"), parent=self)
        self.form.addRow(self.tr("&Decision"), self.text)
        if decision is not None:
            self.text.setText(decision.text)
            self.set_linked(decision.item_ids)
        self.resize(560, self.sizeHint().height())
        self.text.setFocus()  # the cursor where typing starts

    def choice(self) -> RecordChoice | None:
        """The decision, or None when its text is empty."""
        if not self.text.text().strip():
            self.show_error(self.tr("Write the decision."))
            return None
        self.show_error("")
        return RecordChoice(self.text.text().strip(), self.linked())


class ActionDialog(_RecordDialog):
    """Who does what by when, and the shared items it rests on; ``action`` to edit one.

    "Who" lists the professionals and the person concerned; any other name can be typed in it
    (a relative, say)."""

    def __init__(
        self,
        items: list[tuple[str, str]],
        people: list[Professional],
        today: dt.date,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        person: str = "",
        action: Action | None = None,
    ) -> None:
        super().__init__(items, parent)
        editing = action is not None
        self.setWindowTitle(self.tr("Edit the action") if editing else self.tr("Add an action"))
        self.who = QComboBox(self)
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.setAccessibleName(self.tr("Who"))
        self.who.lineEdit().setPlaceholderText(
            self.tr("A professional, or type a name (a relative…)")
        )
        self.who.addItem("", "")
        for professional in people:
            self.who.addItem(professional.label(), professional.id)
        self._person = person
        if person:
            self.who.addItem(self.tr("{name} (the person concerned)").format(name=person), "")
        self.what = line_edit(self.tr("What"), parent=self)
        self.has_due = QCheckBox(self)  # its label is the row's: "By when"
        self.has_due.setAccessibleName(self.tr("Set a date"))
        self.due = date_edit(today + dt.timedelta(days=14), lang, self)
        self.due.setAccessibleName(self.tr("By when"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due, 1)
        self.form.addRow(self.tr("&Who"), self.who)
        self.form.addRow(self.tr("W&hat"), self.what)
        due_label = QLabel(self.tr("B&y when"), self)
        due_label.setBuddy(self.has_due)
        self.form.addRow(due_label, due)
        if action is not None:
            if action.who:
                self.who.setCurrentIndex(max(0, self.who.findData(action.who)))
            else:
                self.who.setEditText(action.who_name)
            self.what.setText(action.what)
            if action.due is not None:
                self.has_due.setChecked(True)
                self.due.setDate(QDate(action.due.year, action.due.month, action.due.day))
            self.set_linked(action.item_ids)
        else:
            self.who.setCurrentIndex(0)
        self.resize(560, self.sizeHint().height())
        self.what.setFocus()  # the cursor where typing starts; who is chosen in a list

    def who_choice(self) -> tuple[str, str]:
        """``(id, "")`` for a professional of the list, ``("", name)`` for a name typed or the
        person concerned, ``("", "")`` when nobody is chosen."""
        text = self.who.currentText().strip()
        index = self.who.findText(text, Qt.MatchFlag.MatchExactly)
        if index > 0 and self.who.itemData(index):
            return str(self.who.itemData(index)), ""
        if self._person and text == self.who.itemText(self.who.count() - 1):
            return "", self._person
        return "", text

    def choice(self) -> RecordChoice | None:
        """The action, or None when who or what is missing."""
        who, who_name = self.who_choice()
        if not who and not who_name:
            self.show_error(self.tr("Choose who will carry out the action, or type a name."))
            return None
        if not self.what.text().strip():
            self.show_error(self.tr("Write what will be done."))
            return None
        self.show_error("")
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return RecordChoice(self.what.text().strip(), self.linked(), who, due, who_name)


class RecordsPanel(QWidget):
    """Decisions & actions, with "+ Decision…", "+ Action…", "Edit…" and "Delete".

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
        self.model = RecordsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Decisions and actions"))
        self.decision_button = QPushButton(self.tr("+ Decision…"), self)
        self.decision_button.setAccessibleName(self.tr("Add a decision"))
        self.action_button = QPushButton(self.tr("+ Action…"), self)
        self.action_button.setAccessibleName(self.tr("Add an action"))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected decision or action"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the selected decision or action"))
        self.decision_button.clicked.connect(self.add_decision)
        self.action_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_action = self._list_action(self.tr("Edit…"), "Return", self.edit_selected)
        self.delete_action = self._list_action(self.tr("Delete"), "Del", self.delete_selected)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        side = QVBoxLayout()
        side.addWidget(heading)
        side.addWidget(self.decision_button)
        side.addWidget(self.action_button)
        side.addStretch(1)
        changes = QVBoxLayout()
        changes.addStretch(1)
        changes.addWidget(self.edit_button)
        changes.addWidget(self.delete_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.view, 1)
        layout.addLayout(changes)
        self.refresh()

    def _list_action(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only on the list
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # --- Drawing ---------------------------------------------------------------------------------

    def who_text(self, action: Action) -> str:
        """Who carries out ``action``, by name."""
        if action.who:
            return self._session.professional(action.who).name
        return action.who_name

    def lines(self) -> list[str]:
        """Every decision and action in words."""
        return [line.text for line in self._lines()]

    def _lines(self) -> list[RecordLine]:
        session = self._session
        lines = [
            RecordLine("decision", d.id, self.tr("Decision: {text}").format(text=d.text))
            for d in session.decisions
        ]
        for action in session.actions:
            who = self.who_text(action)
            if action.due is not None:
                line = self.tr("Action: {who} — {what} — by {due}").format(
                    who=who, what=action.what, due=format_date(action.due, self._lang)
                )
            else:
                line = self.tr("Action: {who} — {what}").format(who=who, what=action.what)
            lines.append(RecordLine("action", action.id, line))
        return lines

    def refresh(self, _event: object = None) -> None:
        """Redraw from the session, keeping the selected line."""
        current = self.view.currentIndex().data(ID_ROLE)
        lines = self._lines()
        self.model.set_rows(lines)
        # The same line as before, else the newest: Edit and Delete act on what was just added.
        row = next((i for i, line in enumerate(lines) if line.record_id == current), len(lines) - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        open_ = self._session.meeting.state is MeetingState.OPEN
        chosen = open_ and self.view.currentIndex().isValid()
        for widget in (self.edit_button, self.delete_button, self.edit_action, self.delete_action):
            widget.setEnabled(chosen)

    def shared_items(self) -> list[tuple[str, str]]:
        """(id, label) of the items shared so far, to link to; in a family meeting each label
        says whose information it is (what rests on it goes into their own copies)."""
        session = self._session
        family = len(session.persons) > 1

        def whose(item: SharedItem) -> str:
            if not family:
                return ""
            return f"{session.aliases(session.item_persons(item.about), self._lang)} · "

        return [
            (
                item.id,
                f"{session.policy.category_name(item.category_id, self._lang)} · "
                f"{session.professional(item.discloser_id).name} · {whose(item)}"
                f"{item.wording[:80]}",
            )
            for item in session.shared
        ]

    # --- Dialogs ---------------------------------------------------------------------------------

    def decision_dialog(self, decision: Decision | None = None) -> DecisionDialog:
        """A decision dialog over the current shared items (filled in to edit ``decision``)."""
        return DecisionDialog(self.shared_items(), self, decision)

    def action_dialog(self, action: Action | None = None) -> ActionDialog:
        """An action dialog over the current shared items and people (filled in to edit
        ``action``)."""
        return ActionDialog(
            self.shared_items(),
            self._people,
            self._today,
            self,
            lang=self._lang,
            person=self._session.person.alias,
            action=action,
        )

    def _run(self, dialog: _RecordDialog) -> RecordChoice | None:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()

    def add_decision(self) -> None:
        """Ask for a decision and record it."""
        choice = self._run(self.decision_dialog())
        if choice is not None:
            self._record(lambda: self._session.add_decision(choice.text, choice.item_ids))

    def add_action(self) -> None:
        """Ask for an action and record it."""
        c = self._run(self.action_dialog())
        if c is not None:
            self._record(
                lambda: self._session.add_action(c.who, c.text, c.due, c.item_ids, c.who_name)
            )

    # --- Editing and deleting --------------------------------------------------------------------

    def selected(self) -> Decision | Action | None:
        """The decision or action under the cursor."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        record_id, kind = index.data(ID_ROLE), index.data(KIND_ROLE)
        records = self._session.decisions if kind == "decision" else self._session.actions
        return next((r for r in records if r.id == record_id), None)

    def edit_selected(self) -> None:
        """Edit the selected decision or action (Enter, or "Edit…")."""
        record = self.selected()
        if record is None or self._session.meeting.state is not MeetingState.OPEN:
            return
        if isinstance(record, Decision):
            choice = self._run(self.decision_dialog(record))
            if choice is not None:
                self._record(
                    lambda: self._session.edit_decision(record.id, choice.text, choice.item_ids)
                )
            return
        c = self._run(self.action_dialog(record))
        if c is not None:
            self._record(
                lambda: self._session.edit_action(
                    record.id, c.who, c.text, c.due, c.item_ids, c.who_name
                )
            )

    def delete_selected(self) -> None:
        """Delete the selected decision or action (Del), once confirmed."""
        record = self.selected()
        if record is None or self._session.meeting.state is not MeetingState.OPEN:
            return
        text = self.view.currentIndex().data(Qt.ItemDataRole.DisplayRole)
        if not self.confirm_delete(str(text)):
            return
        if isinstance(record, Decision):
            self._record(lambda: self._session.delete_decision(record.id))
        else:
            self._record(lambda: self._session.delete_action(record.id))

    def confirm_delete(self, text: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete this line? {text}").format(text=text),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _record(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except SessionError as error:
            self.problem.emit(error.text(self._lang))


__all__ = [
    "ActionDialog",
    "DecisionDialog",
    "RecordChoice",
    "RecordLine",
    "RecordsModel",
    "RecordsPanel",
]
