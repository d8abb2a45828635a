"""A one-line label that ends in "…" when it is narrower than its text, instead of cutting it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line, elided on the right to the label's width; the whole text is its
    tooltip and accessible name. Set the text with :meth:`set_full_text`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Takes the width the layout gives it, however long the text.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, elided if it does not fit."""
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def sizeHint(self) -> QSize:
        """Qt: as wide as the whole text."""
        width = self.fontMetrics().horizontalAdvance(" ".join(self._full.split()))
        return QSize(width, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: elide again to the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        flat = " ".join(self._full.split())  # one line, whatever the text holds
        self.setText(metrics.elidedText(flat, Qt.TextElideMode.ElideRight, self.width()))
