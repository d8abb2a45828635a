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


class DemoBanner(QFrame):
    """Always on top of the demo's window: fictional data, nothing saved, and the way out.

    Signals: ``createRequested()`` (create a real workspace), ``openRequested()`` (open one).
    """

    createRequested = Signal()
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.label = QLabel(
            self.tr("Demo — fictional data, not saved: everything is gone when Empty Chair closes.")
        )
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.setAccessibleName(self.label.text())
        self.create_button = QPushButton(self.tr("Create &your workspace…"))
        self.open_button = QPushButton(self.tr("Open a wor&kspace…"))
        self.create_button.clicked.connect(self.createRequested)
        self.open_button.clicked.connect(self.openRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
