"""The banners across the top of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ResumeBanner(QFrame):
    """Offers to resume a meeting left open by a crash or a restart.

    Signals: ``resumeRequested(str)`` with the meeting's id.
    """

    resumeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBanner")
        self.meeting_id = ""
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Resume it now"))
        later = QPushButton(self.tr("&Later"))
        self.resume_button.clicked.connect(self._resume)
        later.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(later)
        self.hide()

    def offer(self, meeting_id: str, text: str) -> None:
        """Show the offer for this meeting."""
        self.meeting_id = meeting_id
        self.label.setText(text)
        self.show()
        self.resume_button.setFocus()

    def _resume(self) -> None:
        self.hide()
        self.resumeRequested.emit(self.meeting_id)
