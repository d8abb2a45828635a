"""What the room reads during a structured deliberation: the question, where the team is among
the method's steps, and the step's guiding questions — the empty chair's question too, on the
step of the perspectives while the person is not here.

It reads only what everyone may know (:attr:`MeetingSession.deliberation`: the method, the
question, the step). The facilitator's notes and the conclusion being written are never read
here, so they can never reach a label of the shared screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.fitting import FittingPanel, needed_height
from desktop.ui.shared_screen.screen_labels import ScreenLabel, shorten

ALIAS_LIMIT = 40
QUESTION_LIMIT = 200
MOST_QUESTIONS = 5  # a method's step has at most five (desktop/core/deliberation_method.py)
STEP_GAP = 8  # pixels between the team's question and the step


class DeliberationSteps(FittingPanel):
    """The question under deliberation, the step and its questions, in large type."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.intro = ScreenLabel("small", "muted", parent=self)
        self.question = ScreenLabel("heading", "accent", parent=self)
        self.progress = ScreenLabel("small", "muted", wrap=False, parent=self)
        self.step_title = ScreenLabel("title", "text", parent=self)
        self.aim = ScreenLabel("body", "muted", parent=self)
        self.questions = [
            ScreenLabel("question", "text", parent=self) for _ in range(MOST_QUESTIONS)
        ]
        self.chair_question = ScreenLabel("question", "accent", parent=self)
        self.guidance = ScreenLabel("small", "muted", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.question)
        layout.addSpacing(STEP_GAP)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_title)
        layout.addWidget(self.aim)
        for label in self.questions:
            layout.addWidget(label)
        layout.addWidget(self.chair_question)
        layout.addWidget(self.guidance)
        layout.addStretch(1)
        # The panel takes the room it is given and fits its lines into it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def refresh(self, session: MeetingSession) -> None:
        """Show the deliberation under way (nothing when there is none)."""
        deliberation = session.deliberation
        if deliberation is None:
            self.clear()
            return
        lang, step = self._lang, deliberation.current
        self.intro.setText(self.tr("The team is deliberating:"))  # fit() shows it
        self.question.set_shown_text(
            self.tr("“{question}”").format(question=shorten(deliberation.question, QUESTION_LIMIT))
        )
        dots = " ".join(
            "●" if i <= deliberation.step else "○" for i in range(deliberation.step_count)
        )
        self.progress.set_shown_text(
            self.tr("Step {number} of {total}   {dots}").format(
                number=deliberation.step + 1, total=deliberation.step_count, dots=dots
            )
        )
        self.step_title.set_shown_text(step.title.text(lang))
        self.aim.setText(step.aim.text(lang))  # fit() shows it
        for index, label in enumerate(self.questions):
            text = step.questions[index].text(lang) if index < len(step.questions) else ""
            label.set_shown_text(text)
        chair, guidance = "", ""
        if step.empty_chair and session.chair_is_empty():
            alias = shorten(session.person.alias, ALIAS_LIMIT)
            chair = session.policy.text("empty_chair_question", lang, alias=alias)
            guidance = session.policy.text("empty_chair_guidance", lang, alias=alias)
        self.chair_question.set_shown_text(chair)
        self.guidance.setText(guidance)  # fit() shows it
        self.fit()

    def fit(self) -> None:
        """The question, the step and its questions always show; then, while there is room, the
        empty-chair guidance, the step's aim and the introduction."""
        width, spacing = self.width(), self._spacing
        must = [self.question, self.progress, self.step_title, *self.questions, self.chair_question]
        budget = self.height() - STEP_GAP
        budget -= sum(needed_height(x, width) + spacing for x in must if x.text())
        for label in (self.aim, self.guidance, self.intro):
            cost = needed_height(label, width) + spacing
            fits = bool(label.text()) and cost <= budget
            label.setVisible(fits)
            if fits:
                budget -= cost

    def clear(self) -> None:
        """Forget every text (the screen is being blanked, or the deliberation ended)."""
        for label in self.findChildren(ScreenLabel):
            label.clear()
