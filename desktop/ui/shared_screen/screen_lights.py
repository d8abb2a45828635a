"""The condition lights: a symbol, a name and a status word, as well as a colour.

One light per condition of the meeting's policy, in its order (four for Belgian shared secrecy,
five for the Caldicott principles...). Only each verdict's ``status`` is read, and whether an
exception set the condition aside (the room sees that an exception is used, never its ground nor
why). A verdict's reasons can name the category of the item under discussion, which the room must
not see before it is decided.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.core.gate import Status
from desktop.core.policy import Policy
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.screen_labels import MIN_PIXEL_SIZE, ROLE_SIZES, ScreenLabel
from desktop.ui.shared_screen.theme import LIGHT, Palette

SYMBOLS: dict[Status, str] = {Status.MET: "✓", Status.NOT_MET: "✗", Status.NEEDS_ANSWER: "…"}
TONES: dict[Status, str] = {
    Status.MET: "met",
    Status.NOT_MET: "not_met",
    Status.NEEDS_ANSWER: "needs_answer",
}


class ConditionLight(QWidget):
    """One condition: ``✓ Consent`` over ``met``, framed in the status colour."""

    def __init__(self, condition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.condition = condition
        self.status = Status.NEEDS_ANSWER
        self._palette = LIGHT
        self.name = ScreenLabel("light", wrap=False, parent=self)
        self.state = ScreenLabel("small", wrap=False, parent=self)
        for label in (self.name, self.state):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.state)

    def show_status(self, title: str, status: Status, exception: bool = False) -> None:
        """Show this condition's title and status (``exception``: met by an exception)."""
        self.status = status
        symbol = "⚠" if exception else SYMBOLS[status]
        self.name.setText(self.tr("{symbol} {condition}").format(symbol=symbol, condition=title))
        self.state.setText(self.tr("exception") if exception else self._status_word(status))
        for label in (self.name, self.state):
            label.set_tone(TONES[status])
        self.update()

    def _status_word(self, status: Status) -> str:
        if status is Status.MET:
            return self.tr("met")
        if status is Status.NOT_MET:
            return self.tr("not met")
        return self.tr("needs an answer")

    def apply_palette(self, palette: Palette) -> None:
        """Follow a theme (the labels follow on their own)."""
        self._palette = palette
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded frame in the status colour: colour helps, but symbol and words carry it."""
        colour = QColor(self._palette.text_colours()[TONES[self.status]])
        width = max(2.0, self.height() / 30)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width))
        inset = width / 2
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(rect, self.height() / 6, self.height() / 6)
        painter.end()


class ConditionLights(QWidget):
    """The policy's lights in a row, following the open gate's verdicts (the questions have
    their own panel above)."""

    def __init__(self, lang: str, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._height = 0.0  # the effective height the type was last scaled for
        self.lights = {c.id: ConditionLight(c.id, self) for c in policy.conditions}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for light in self.lights.values():
            layout.addWidget(light, 1)

    def refresh(self, session: MeetingSession) -> None:
        """Read the statuses of the open gate; a gate not yet evaluated needs answers."""
        result = session.gate_result
        for condition, light in self.lights.items():
            verdict = result.verdicts.get(condition) if result is not None else None
            status = verdict.status if verdict is not None else Status.NEEDS_ANSWER
            exception = verdict is not None and verdict.by_exception
            title = session.policy.condition_title(condition, self._lang)
            light.show_status(title, status, exception)
        self.fit()

    def apply_scale(self, height: float) -> None:
        """Type for a window of effective height ``height``; names too long for their light
        (five lights, long Dutch words) then share one smaller size."""
        self._height = height
        self.fit()

    def fit(self) -> None:
        """Every name and state whole in its light: when one is too wide, all the lights' names
        (and states) take the same smaller size, so the row stays even."""
        if not self._height:
            return
        lights = list(self.lights.values())
        for attribute in ("name", "state"):
            labels = [getattr(light, attribute) for light in lights]
            base = max(MIN_PIXEL_SIZE, round(self._height * ROLE_SIZES[labels[0].role]))
            size = base
            for light, label in zip(lights, labels, strict=True):
                margins = light.layout().contentsMargins()
                room = light.width() - margins.left() - margins.right() - 4
                font = label.font()
                font.setPixelSize(base)
                wide = QFontMetrics(font).horizontalAdvance(label.text())
                if room > 0 and wide > room:
                    size = min(size, max(MIN_PIXEL_SIZE, int(base * room / wide)))
            for label in labels:
                font = label.font()
                if font.pixelSize() != size:
                    font.setPixelSize(size)
                    label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The lights' widths changed: fit their names again."""
        super().resizeEvent(event)
        self.fit()

    def set_spacing(self, spacing: int) -> None:
        """Space between the lights."""
        layout = self.layout()
        layout.setSpacing(spacing)
        for light in self.lights.values():
            light.layout().setContentsMargins(spacing, spacing // 2, spacing, spacing // 2)
