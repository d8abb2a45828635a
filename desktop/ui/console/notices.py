"""Bars across the top of the console for states the facilitator must not miss: the shared screen
is blanked, and the console is about to lock itself (DESIGN.md §5 and §7).

They belong to the console only: the shared screen never shows either of them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.widgets.meeting_labels import clock_text


class NoticeBar(QFrame):
    """A full-width coloured bar with one line of bold text, hidden until shown.

    Colours are set here rather than in the application's style sheet, so the bar reads the same
    wherever the console is shown; white on a dark colour stays readable on any screen.
    """

    def __init__(self, name: str, background: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border-radius: 3px }}"
            f" QFrame#{name} QLabel {{ color: #ffffff; font-weight: bold; font-size: 11pt }}"
        )
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 5, 6, 5)
        self.row.addWidget(self.label, 1)
        self.hide()


class BlankedBar(NoticeBar):
    """Says that the shared screen is blanked, and how to show it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("blankedBar", "#8a3b00", parent)
        self.label.setText(self.tr("■  Shared screen blanked — F12 to show"))
        self.setAccessibleName(self.label.text())


class LockCountdownBar(NoticeBar):
    """Counts down the last seconds before the console locks itself for inactivity.

    Signals:
        stayUnlockedRequested(): the facilitator pressed "Stay unlocked".
    """

    stayUnlockedRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("lockCountdown", "#9b1c1c", parent)
        self.stay_button = QPushButton(self.tr("&Stay unlocked"), self)
        self.stay_button.setStyleSheet("font-weight: bold; padding: 3px 12px")
        self.stay_button.clicked.connect(self.stayUnlockedRequested)
        self.row.addWidget(self.stay_button)
        self.setAccessibleName(self.tr("Lock countdown"))

    def show_seconds(self, seconds: int) -> None:
        """Show the bar with ``seconds`` left before the lock."""
        self.label.setText(
            self.tr(
                "No activity: the console locks in {time} and blanks the shared screen."
            ).format(time=clock_text(max(0, seconds)))
        )
        self.show()
