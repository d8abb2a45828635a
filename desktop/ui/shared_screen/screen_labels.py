"""Text on the shared screen: plain-text labels whose size follows the window and colour the theme.

Every text the shared screen shows is a :class:`ScreenLabel` (or the window title), so
:func:`visible_texts` can list everything the room can read — the tests rely on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from desktop.ui.shared_screen.theme import LIGHT, Palette

# Font pixel size as a fraction of the window's effective height (see ``effective_height``).
ROLE_SIZES: dict[str, float] = {
    "title": 0.048,
    "heading": 0.040,
    "question": 0.042,
    "body": 0.033,
    "small": 0.027,
    "light": 0.036,
    "timer": 0.048,
    "curtain": 0.075,
}
BOLD_ROLES = frozenset({"title", "heading", "light", "timer", "curtain"})
MIN_PIXEL_SIZE = 11


def effective_height(width: int, height: int) -> float:
    """The height type is scaled from: a window wider than 16:9 is sized by its height, a
    narrower one by its width, so text never outgrows the window in either direction."""
    return max(1.0, min(float(height), width * 9 / 16))


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class ScreenLabel(QLabel):
    """A plain-text label with a type *role* (its relative size) and a colour *tone*.

    The tone is the name of a text colour of the :class:`Palette` (``"text"``, ``"muted"``,
    ``"met"``...). Text is never interpreted as markup.
    """

    def __init__(
        self,
        role: str = "body",
        tone: str = "text",
        *,
        wrap: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if role not in ROLE_SIZES:
            raise ValueError(f"Unknown role {role!r}")
        self.role = role
        self.tone = tone
        self._palette = LIGHT
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setWordWrap(wrap)
        if wrap:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        font = self.font()
        font.setBold(role in BOLD_ROLES)
        self.setFont(font)

    def set_tone(self, tone: str) -> None:
        """Colour the text with another colour of the current palette."""
        if tone != self.tone:
            self.tone = tone
            self._recolour()

    def apply_palette(self, palette: Palette) -> None:
        """Follow a theme."""
        self._palette = palette
        self._recolour()

    def apply_scale(self, height: float) -> None:
        """Size the type for a window whose effective height is ``height`` pixels."""
        font = self.font()
        font.setPixelSize(max(MIN_PIXEL_SIZE, round(height * ROLE_SIZES[self.role])))
        self.setFont(font)

    def set_shown_text(self, text: str) -> None:
        """Show ``text``; an empty text hides the label so it takes no room."""
        self.setText(text)
        self.setVisible(bool(text))

    def _recolour(self) -> None:
        colour = self._palette.text_colours().get(self.tone, self._palette.text)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.setPalette(palette)


class Rule(QFrame):
    """A thin horizontal line in the theme's rule colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setFixedHeight(2)

    def apply_palette(self, palette: Palette) -> None:
        """Follow a theme."""
        qpalette = self.palette()
        qpalette.setColor(QPalette.ColorRole.Window, QColor(palette.rule))
        self.setPalette(qpalette)


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person can read on ``window``: its title and each visible label's text.

    The shared screen paints no text of its own (the chair is artwork), so this is all of it.
    """
    texts = [window.windowTitle()] if window.windowTitle() else []
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.text() and label.isVisibleTo(window)
    ]
    return texts
