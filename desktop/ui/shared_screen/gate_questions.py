"""What the room reads while a disclosure is considered (DESIGN.md §2 rules 3–4).

The questions come from the policy; nothing of the item itself is shown — not its wording, not
the answers being typed, not its category. Nothing of the person's file either: their known
wishes stay on the console unless the facilitator shows them, and then only while the session
says everyone in the room may see them (``known_wishes_shown``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.fitting import (
    FittingPanel,
    line_height,
    needed_height,
    shorten_to_lines,
)
from desktop.ui.shared_screen.screen_labels import ScreenLabel, shorten

ALIAS_LIMIT = 40
WISHES_LIMIT = 240
CHAIR_GAP = 12  # pixels between the three questions and the empty-chair question


class GatePanel(FittingPanel):
    """The three ethical questions and, when the chair is empty, what the person would want."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._wishes = ""  # the whole text, before fitting
        self.intro = ScreenLabel("body", "muted", parent=self)
        self.questions = [ScreenLabel("question", "text", parent=self) for _ in range(3)]
        self.chair_question = ScreenLabel("question", "accent", parent=self)
        self.guidance = ScreenLabel("small", "muted", parent=self)
        self.wishes = ScreenLabel("body", "text", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        for label in self.questions:
            layout.addWidget(label)
        layout.addSpacing(CHAIR_GAP)
        layout.addWidget(self.chair_question)
        layout.addWidget(self.wishes)
        layout.addWidget(self.guidance)
        layout.addStretch(1)
        # The panel takes the room it is given and fits its lines into it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def refresh(self, session: MeetingSession) -> None:
        """Fill in the questions; the empty-chair question only when the person is not here."""
        policy, lang = session.policy, self._lang
        self.intro.setText(self.tr("Before anything is shared:"))  # fit() shows it
        for label, key in zip(self.questions, ("good_for_whom", "with_whom", "why"), strict=True):
            label.set_shown_text(policy.text(key, lang))
        self._wishes = ""
        chairs = session.chair_persons()  # the absent persons the item is about
        if not chairs:
            self.chair_question.set_shown_text("")
            self.guidance.setText("")
            self.fit()
            return
        alias = shorten(session.aliases(chairs, lang), ALIAS_LIMIT)
        self.chair_question.set_shown_text(policy.text("empty_chair_question", lang, alias=alias))
        wishes = shorten(
            " · ".join(p.known_wishes.strip() for p in chairs if p.known_wishes.strip()),
            WISHES_LIMIT,
        )
        if wishes and session.known_wishes_shown:
            self._wishes = self.tr("Known wishes: {wishes}").format(wishes=wishes)
            self.guidance.setText("")
        else:
            self.guidance.setText(policy.text("empty_chair_guidance", lang, alias=alias))
        self.fit()

    def fit(self) -> None:
        """The questions always show; the known wishes get the lines left (shortened if need
        be); the guidance, then the introduction, only when there is still room."""
        width, spacing = self.width(), self._spacing
        must = [label for label in (*self.questions, self.chair_question) if label.text()]
        budget = self.height() - CHAIR_GAP - sum(needed_height(x, width) + spacing for x in must)
        wishes = ""
        if self._wishes:
            lines = (budget - spacing) // max(1, line_height(self.wishes))
            wishes = shorten_to_lines(self.wishes, self._wishes, width, lines)
        self.wishes.set_shown_text(wishes)
        if wishes:
            budget -= needed_height(self.wishes, width) + spacing
        for label in (self.guidance, self.intro):
            cost = needed_height(label, width) + spacing
            fits = bool(label.text()) and cost <= budget
            label.setVisible(fits)
            if fits:
                budget -= cost

    def clear(self) -> None:
        """Forget every text (the screen is being blanked)."""
        self._wishes = ""
        for label in self.findChildren(ScreenLabel):
            label.clear()
