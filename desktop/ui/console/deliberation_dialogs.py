"""The two dialogs around a structured deliberation: starting one on a question (and with which
method), and concluding it — the conclusion linked to a new decision made from it, or to a
decision taken before.

Both return a typed choice through a classmethod (``get``), so tests never block on ``exec()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deliberation import QUESTION_LIMIT
from desktop.core.deliberation_method import DeliberationMethod, MethodError
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons

ERROR_STYLE = "color: #b3261e"
NOTE_STYLE = "color: #5f6368"


def _label(text: str, parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


@dataclass(frozen=True, slots=True)
class StartChoice:
    """The question to deliberate on, and the method to follow."""

    question: str
    method: DeliberationMethod


class StartDeliberationDialog(QDialog):
    """Deliberate on a question: the question (short), the method, and what becomes of notes."""

    def __init__(
        self,
        methods: tuple[DeliberationMethod, ...],
        default: DeliberationMethod,
        lang: str,
        errors: tuple[MethodError, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(self.tr("Deliberate on a question"))
        intro = _label(
            self.tr(
                "When the team disagrees about what to do, take the time to go through the "
                "situation step by step before choosing."
            ),
            self,
        )
        self.question = line_edit(self.tr("Question"), self.tr("Should we … or …?"), parent=self)
        self.question.setMaxLength(QUESTION_LIMIT)
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("Method"))
        for method in methods:
            self.method.addItem(method.name.text(lang), method.id)
        self.method.setCurrentIndex(max(0, self.method.findData(default.id)))
        self._methods = {method.id: method for method in methods}
        self.description = _label("", self, NOTE_STYLE)
        self.method.currentIndexChanged.connect(self._describe)
        self._describe()
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.question)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow("", self.description)
        privacy = _label(
            self.tr(
                "The question shows on the shared screen once you start; nothing shows while "
                "you type it. Your notes at each step stay on this console and are never kept: "
                "only the conclusion you mark goes into the minutes, with its decision."
            ),
            self,
        )
        self.error = _label("", self, ERROR_STYLE)
        self.error.hide()
        buttons = ok_cancel_buttons(self, on_ok=self._try_accept, ok_text=self.tr("Start"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(privacy)
        for error in errors:  # an institution's method file that could not be read
            problem = self.tr("A method file could not be used: {error}").format(error=str(error))
            layout.addWidget(_label(problem, self, NOTE_STYLE))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.question.setFocus()

    def _describe(self, _index: int = 0) -> None:
        method = self._methods.get(self.method.currentData())
        self.description.setText(method.description.text(self._lang) if method else "")

    def choice(self) -> StartChoice | None:
        """The question and method, or None with the error shown."""
        question = " ".join(self.question.text().split())
        method = self._methods.get(self.method.currentData())
        problem = ""
        if not question:
            problem = self.tr("Write the question the team deliberates on.")
        elif method is None:
            problem = self.tr("Choose a method.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem or method is None:
            return None
        return StartChoice(question, method)

    def _try_accept(self) -> None:
        if self.choice() is not None:
            self.accept()

    @classmethod
    def get(
        cls,
        parent: QWidget | None,
        methods: tuple[DeliberationMethod, ...],
        default: DeliberationMethod,
        lang: str,
        errors: tuple[MethodError, ...] = (),
    ) -> StartChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(methods, default, lang, errors, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True, slots=True)
class ConclusionChoice:
    """The decision the conclusion led to: a new one (its text and the shared items it rests
    on), or one taken before (its id)."""

    decision_text: str = ""
    decision_id: str = ""
    item_ids: tuple[str, ...] = ()


class ConclusionDialog(QDialog):
    """Conclude: what goes into the minutes (the question and the conclusion), and the decision
    it led to — recorded now from the conclusion, or one already taken."""

    def __init__(
        self,
        *,
        question: str,
        conclusion: str,
        decisions: list[tuple[str, str]],
        items: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conclude the deliberation"))
        kept = _label(self.tr("Goes into the minutes:"), self)
        kept.setStyleSheet("font-weight: bold")
        summary = QFormLayout()
        summary.addRow(self.tr("Question"), _label(question, self))
        summary.addRow(self.tr("Conclusion"), _label(conclusion, self))

        self.new = QRadioButton(self.tr("&Record a new decision"), self)
        self.existing = QRadioButton(self.tr("&Link to a decision already taken"), self)
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.new)
        self._choices.addButton(self.existing)
        self.decision_text = line_edit(self.tr("Decision"), parent=self)
        self.decision_text.setText(" ".join(conclusion.split()))
        self.decision_text.setCursorPosition(0)  # the beginning in view, to reword it
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
        self.items_view.setMaximumHeight(110)
        self.items_heading = _label(self.tr("Rests on the shared items:"), self)
        self.decision = QComboBox(self)
        self.decision.setAccessibleName(self.tr("Decision already taken"))
        for decision_id, text in decisions:
            self.decision.addItem(text, decision_id)
        self.existing.setEnabled(bool(decisions))
        self.new.setChecked(True)
        self._choices.buttonToggled.connect(self._follow_choice)

        self.error = _label("", self, ERROR_STYLE)
        self.error.hide()
        buttons = ok_cancel_buttons(self, on_ok=self._try_accept, ok_text=self.tr("Conclude"))
        layout = QVBoxLayout(self)
        layout.addWidget(kept)
        layout.addLayout(summary)
        layout.addWidget(self.new)
        layout.addWidget(self.decision_text)
        if items:
            layout.addWidget(self.items_heading)
            layout.addWidget(self.items_view)
        else:
            self.items_heading.hide()
            self.items_view.hide()
        layout.addWidget(self.existing)
        layout.addWidget(self.decision)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._follow_choice()
        self.resize(580, self.sizeHint().height())
        self.decision_text.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the decision's beginning in view, nothing selected (focusing a line edit
        may select it all and scroll to its end)."""
        super().showEvent(event)
        QTimer.singleShot(0, self._decision_from_start)

    def _decision_from_start(self) -> None:
        self.decision_text.deselect()
        self.decision_text.setCursorPosition(0)

    def _follow_choice(self, *_args: object) -> None:
        new = self.new.isChecked()
        self.decision_text.setEnabled(new)
        self.items_view.setEnabled(new)
        self.decision.setEnabled(not new)

    def linked(self) -> tuple[str, ...]:
        """The ids of the ticked shared items."""
        model = self.items_model
        return tuple(
            model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(model.rowCount())
            if model.item(row).checkState() == Qt.CheckState.Checked
        )

    def choice(self) -> ConclusionChoice | None:
        """The decision chosen, or None with the error shown."""
        problem = ""
        result: ConclusionChoice | None = None
        if self.new.isChecked():
            text = self.decision_text.text().strip()
            if text:
                result = ConclusionChoice(decision_text=text, item_ids=self.linked())
            else:
                problem = self.tr("Write the decision the conclusion led to.")
        elif self.decision.currentData():
            result = ConclusionChoice(decision_id=self.decision.currentData())
        else:
            problem = self.tr("Choose the decision the conclusion led to.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        return result

    def _try_accept(self) -> None:
        if self.choice() is not None:
            self.accept()

    @classmethod
    def get(
        cls,
        parent: QWidget | None,
        *,
        question: str,
        conclusion: str,
        decisions: list[tuple[str, str]],
        items: list[tuple[str, str]],
    ) -> ConclusionChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(
            question=question,
            conclusion=conclusion,
            decisions=decisions,
            items=items,
            parent=parent,
        )
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
