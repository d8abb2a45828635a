"""What the room reads while a disclosure is considered (DESIGN.md §2 rules 3–4).

The questions come from the policy; nothing of the item itself is shown — not its wording, not
the answers being typed, not its category.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.labels import ScreenLabel, shorten

ALIAS_LIMIT = 40
WISHES_LIMIT = 240


class GatePanel(QWidget):
    """The three ethical questions and, when the chair is empty, what the person would want."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
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
        layout.addSpacing(12)
        layout.addWidget(self.chair_question)
        layout.addWidget(self.wishes)
        layout.addWidget(self.guidance)
        layout.addStretch(1)

    def refresh(self, session: MeetingSession) -> None:
        """Fill in the questions; the empty-chair question only when the person is not here."""
        policy, lang = session.policy, self._lang
        self.intro.set_shown_text(self.tr("Before anything is shared:"))
        for label, key in zip(self.questions, ("good_for_whom", "with_whom", "why"), strict=True):
            label.set_shown_text(policy.text(key, lang))
        if not session.chair_is_empty():
            for label in (self.chair_question, self.wishes, self.guidance):
                label.set_shown_text("")
            return
        alias = shorten(session.person.alias, ALIAS_LIMIT)
        self.chair_question.set_shown_text(policy.text("empty_chair_question", lang, alias=alias))
        wishes = shorten(session.person.known_wishes, WISHES_LIMIT)
        if wishes:
            self.wishes.set_shown_text(self.tr("Known wishes: {wishes}").format(wishes=wishes))
            self.guidance.set_shown_text("")
        else:
            self.wishes.set_shown_text("")
            self.guidance.set_shown_text(policy.text("empty_chair_guidance", lang, alias=alias))

    def set_spacing(self, spacing: int) -> None:
        """Space between the lines."""
        self.layout().setSpacing(spacing)
