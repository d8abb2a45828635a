"""Making text fit the space a panel gets, instead of clipping it.

A projector shows one screen, with no scrolling: when there is more to say than room to say it,
panels drop their least important lines or shorten a long text to the lines that are left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


def needed_height(label: QLabel, width: int) -> int:
    """The height ``label`` needs to show its whole text at ``width``."""
    if label.wordWrap():
        return label.heightForWidth(width)
    return label.sizeHint().height()


def line_height(label: QLabel) -> int:
    """The height of one line of ``label``'s text."""
    return label.fontMetrics().lineSpacing()


def lines_needed(label: QLabel, text: str, width: int) -> int:
    """How many lines ``text`` takes in ``label`` at ``width`` (without changing the label)."""
    metrics = label.fontMetrics()
    flags = Qt.TextFlag.TextWordWrap
    rect = metrics.boundingRect(0, 0, max(1, width), 1_000_000, flags, text)
    return max(1, round(rect.height() / metrics.lineSpacing()))


def shorten_to_lines(label: QLabel, text: str, width: int, lines: int) -> str:
    """``text`` cut (with an ellipsis) so that it takes at most ``lines`` lines of ``label``."""
    if lines <= 0:
        return ""
    if lines_needed(label, text, width) <= lines:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits, found by halving
        middle = (low + high + 1) // 2
        if lines_needed(label, text[:middle].rstrip() + "…", width) <= lines:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""


class FittingPanel(QWidget):
    """A panel of the shared screen that fits its texts to its size, again at every resize."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spacing = 0

    def fit(self) -> None:
        """Show as much of the texts as the panel's size allows."""
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the texts again to the new size."""
        super().resizeEvent(event)
        self.fit()

    def set_spacing(self, spacing: int) -> None:
        """Space between the lines."""
        self._spacing = spacing
        self.layout().setSpacing(spacing)
