"""The facilitator's side of a structured deliberation: the steps of the method, the guiding
questions, a short note per step, and the conclusion that goes into the minutes.

The panel drives the session's deliberation (step by step, by keyboard) and redraws on the
bridge's signals. Notes are typed here and kept by the session in memory only: nothing of them
reaches the shared screen, the disk or the minutes. Only the conclusion does, once the team
concludes, linked to its decision.

Keys (while the panel has the focus): Ctrl+PgDown / Ctrl+PgUp next / previous step, Ctrl+M take
the note (or its selected part) as the conclusion, Ctrl+Enter conclude, Esc end without a
conclusion.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.session import MeetingSession, SessionError
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console_models import TextListModel
from desktop.ui.console.deliberation_dialogs import ConclusionDialog

SharedItems = Callable[[], list[tuple[str, str]]]
NOTE_STYLE = "color: #5f6368"
ACCENT_STYLE = "color: #1d3f6e; font-weight: bold"


def _wrapped(parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


class DeliberationPanel(QFrame):
    """A deliberation under way, over the centre column of the console.

    Signals:
        finished(str): the deliberation ended here: ``concluded`` or ``abandoned``.
        problem(str): the session refused an action; the sentence to show.
    """

    finished = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        session: MeetingSession,
        bridge: SessionBridge,
        lang: str,
        shared_items: SharedItems,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._lang = lang
        self._shared_items = shared_items
        self._shown_step = -1  # the step whose note the editor holds
        self._marks: list[bool] = []  # which steps have a note, as the list shows them
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Deliberation"))
        self._build()
        bridge.deliberationStarted.connect(self.refresh)
        bridge.deliberationStepChanged.connect(self.refresh)
        bridge.participationChanged.connect(self.refresh)

    # --- Building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = _wrapped(self, "font-weight: bold")
        self.progress = QLabel(self)
        self.progress.setAccessibleName(self.tr("Step"))
        self.question = _wrapped(self, "font-size: 12pt; font-weight: bold")
        self.question.setAccessibleName(self.tr("Question"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress)

        self.steps_model = TextListModel(self)
        self.steps = QListView(self)
        self.steps.setModel(self.steps_model)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setStyleSheet("QListView::item { padding: 3px }")
        self.steps.selectionModel().currentChanged.connect(self._step_chosen)

        self.step_title = _wrapped(self, "font-size: 12pt; font-weight: bold")
        self.aim = _wrapped(self, NOTE_STYLE)
        self.guiding = _wrapped(self)
        self.guiding.setAccessibleName(self.tr("Guiding questions"))
        self.chair_question = _wrapped(self, ACCENT_STYLE)
        notes_label = QLabel(self.tr("&Notes for this step — stay on this console"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes for this step"))
        self.notes.setPlaceholderText(
            self.tr("Short notes: never shown on the shared screen, never kept")
        )
        notes_label.setBuddy(self.notes)
        step = QVBoxLayout()
        step.setSpacing(3)
        for widget in (self.step_title, self.aim, self.guiding, self.chair_question, notes_label):
            step.addWidget(widget)
        step.addWidget(self.notes, 1)
        self.previous_button = QPushButton(self.tr("‹ Back"), self)
        self.previous_button.setAccessibleName(self.tr("Previous step"))
        self.previous_button.setToolTip(self.tr("Previous step (Ctrl+PgUp)"))
        self.next_button = QPushButton(self.tr("Next ›"), self)
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+PgDown)"))
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        steps = QVBoxLayout()
        steps.addWidget(self.steps, 1)
        steps.addLayout(moves)
        body = QGridLayout()
        body.addLayout(steps, 0, 0)
        body.addLayout(step, 0, 1)
        body.setColumnStretch(0, 2)
        body.setColumnStretch(1, 5)

        conclusion_label = QLabel(
            self.tr("&Conclusion — goes into the minutes, with the question"), self
        )
        conclusion_label.setStyleSheet("font-weight: bold")
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.setAccessibleName(self.tr("Conclusion"))
        self.conclusion.setPlaceholderText(self.tr("What the team concludes, in a few words"))
        self.conclusion.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        conclusion_label.setBuddy(self.conclusion)

        self.take_button = QPushButton(self.tr("Take as conclusion  Ctrl+M"), self)
        self.take_button.setAccessibleName(self.tr("Take the note as the conclusion"))
        self.conclude_button = QPushButton(self.tr("Conclude…  Ctrl+Enter"), self)
        self.conclude_button.setAccessibleName(self.tr("Conclude"))
        self.end_button = QPushButton(self.tr("End  Esc"), self)
        self.end_button.setAccessibleName(self.tr("End without a conclusion"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        buttons.addWidget(self.conclude_button)
        buttons.addWidget(self.end_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.question)
        layout.addLayout(body, 1)
        layout.addWidget(conclusion_label)
        layout.addWidget(self.conclusion)
        layout.addLayout(buttons)

        self.previous_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.take_button.clicked.connect(self.take_as_conclusion)
        self.conclude_button.clicked.connect(self.conclude)
        self.end_button.clicked.connect(self.end)
        self.notes.textChanged.connect(self._note_changed)
        self.conclusion.textChanged.connect(self._conclusion_changed)
        for keys, slot in (
            ("Ctrl+PgDown", self.next_step),
            ("Ctrl+PgUp", self.previous_step),
            ("Ctrl+M", self.take_as_conclusion),
            ("Ctrl+Return", self.conclude),
            ("Ctrl+Enter", self.conclude),
            ("Esc", self.end),
        ):
            # Set apart: PySide6's constructor with a callable ignores its ``context``.
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- Drawing ---------------------------------------------------------------------------------

    def refresh(self, _event: object = None) -> None:
        """Redraw from the session's deliberation (the step, its questions, its note)."""
        deliberation = self._session.deliberation
        notes = self._session.deliberation_notes
        if deliberation is None or notes is None:
            return
        lang, step = self._lang, deliberation.current
        self.title.setText(
            self.tr("Deliberation · {method}").format(method=deliberation.method.name.text(lang))
        )
        self.progress.setText(
            self.tr("Step {number} of {total}").format(
                number=deliberation.step + 1, total=deliberation.step_count
            )
        )
        self.question.setText(self.tr("“{question}”").format(question=deliberation.question))
        self._marks = [bool(note.strip()) for note in notes.notes]
        self._draw_steps()
        self.step_title.setText(step.title.text(lang))
        self.aim.setText(step.aim.text(lang))
        self.guiding.setText("\n".join(f"• {q.text(lang)}" for q in step.questions))
        chair = ""
        if step.empty_chair and self._session.chair_is_empty():
            alias = self._session.person.alias
            chair = self._session.policy.text("empty_chair_question", lang, alias=alias)
        self.chair_question.setText(chair)
        self.chair_question.setVisible(bool(chair))
        if self._shown_step != deliberation.step:
            self._shown_step = deliberation.step
            self._set_text(self.notes, notes.note(deliberation.step))
        if self.conclusion.toPlainText() != notes.conclusion:
            self._set_text(self.conclusion, notes.conclusion)
        self.previous_button.setEnabled(not deliberation.is_first)
        self.next_button.setEnabled(not deliberation.is_last)

    def _draw_steps(self) -> None:
        deliberation = self._session.deliberation
        if deliberation is None:
            return
        rows = [
            f"{number}. {step.title.text(self._lang)}{'  ✎' if marked else ''}"
            for number, (step, marked) in enumerate(
                zip(deliberation.method.steps, self._marks, strict=True), start=1
            )
        ]
        if rows != self.steps_model.rows():
            self.steps_model.set_rows(rows)
        index = self.steps_model.index(deliberation.step, 0)
        if self.steps.currentIndex() != index:
            selection = self.steps.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.steps.viewport().update()

    @staticmethod
    def _set_text(editor: QPlainTextEdit, text: str) -> None:
        editor.blockSignals(True)
        editor.setPlainText(text)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.blockSignals(False)

    def begin(self) -> None:
        """A deliberation just started: start fresh, the cursor in the first step's notes."""
        self._shown_step = -1
        self._set_text(self.conclusion, "")
        self.refresh()
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Typing ----------------------------------------------------------------------------------

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return False
        return True

    def _note_changed(self) -> None:
        if self._session.deliberation is None or self._shown_step < 0:
            return
        text = self.notes.toPlainText()
        self._act(lambda: self._session.write_deliberation_note(text, self._shown_step))
        marked = bool(text.strip())
        if 0 <= self._shown_step < len(self._marks) and self._marks[self._shown_step] != marked:
            self._marks[self._shown_step] = marked
            self._draw_steps()

    def _conclusion_changed(self) -> None:
        if self._session.deliberation is not None:
            text = self.conclusion.toPlainText()
            self._act(lambda: self._session.set_deliberation_conclusion(text))

    # --- Moving ----------------------------------------------------------------------------------

    def next_step(self) -> None:
        """Ctrl+PgDown: the next step (the notes' cursor follows)."""
        if self._session.deliberation is not None:
            self._act(self._session.next_deliberation_step)

    def previous_step(self) -> None:
        """Ctrl+PgUp: the previous step."""
        if self._session.deliberation is not None:
            self._act(self._session.previous_deliberation_step)

    def _step_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self._session.deliberation is not None:
            row = current.row()
            self._act(lambda: self._session.go_to_deliberation_step(row))

    # --- Concluding and ending -------------------------------------------------------------------

    def take_as_conclusion(self) -> None:
        """Ctrl+M: the note's selected part (or the whole note) becomes the conclusion, or is
        added to it; the cursor goes to the conclusion to reword it."""
        cursor = self.notes.textCursor()
        taken = cursor.selectedText().replace("\u2029", "\n").strip()
        taken = taken or self.notes.toPlainText().strip()
        if not taken:
            self.problem.emit(self.tr("Write a note first, or type the conclusion directly."))
            self.conclusion.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        current = self.conclusion.toPlainText().rstrip()
        self.conclusion.setPlainText(f"{current}\n{taken}" if current else taken)
        self.conclusion.moveCursor(self.conclusion.textCursor().MoveOperation.End)
        self.conclusion.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def conclude(self) -> None:
        """Ctrl+Enter: link the conclusion to a decision (a new one, or one already taken) and
        record it; the notes of the steps are forgotten."""
        deliberation = self._session.deliberation
        notes = self._session.deliberation_notes
        if deliberation is None or notes is None:
            return
        if not notes.conclusion.strip():
            self.problem.emit(SessionError("deliberation.conclusion").text(self._lang))
            self.conclusion.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        choice = ConclusionDialog.get(
            self,
            question=deliberation.question,
            conclusion=notes.conclusion.strip(),
            decisions=[(d.id, d.text) for d in self._session.decisions],
            items=self._shared_items(),
        )
        if choice is None:
            return
        concluded = self._act(
            lambda: self._session.conclude_deliberation(
                decision_id=choice.decision_id,
                decision_text=choice.decision_text,
                item_ids=choice.item_ids,
            )
        )
        if concluded:
            self._shown_step = -1
            self.finished.emit("concluded")

    def has_typed(self) -> bool:
        """A note or a conclusion was written in this deliberation."""
        notes = self._session.deliberation_notes
        return notes is not None and (notes.written() > 0 or bool(notes.conclusion.strip()))

    def confirm_end(self) -> bool:
        """Ask before forgetting what was written."""
        answer = QMessageBox.question(
            self,
            self.tr("End the deliberation"),
            self.tr(
                "End the deliberation without a conclusion? The notes will be forgotten and "
                "nothing of it goes into the minutes."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def end(self) -> None:
        """Esc: end without a conclusion (after a confirmation if something was written)."""
        if self._session.deliberation is None:
            return
        if self.has_typed() and not self.confirm_end():
            return
        if self._act(self._session.abandon_deliberation):
            self._shown_step = -1
            self.finished.emit("abandoned")
