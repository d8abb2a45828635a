"""An inline message under a form: errors in red, hints in the normal colour, read literally."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class FormMessage(QLabel):
    """A label that shows one message under a form; plain text only, never markup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_error(self, text: str) -> None:
        """Show ``text`` as an error."""
        self.setProperty("role", "error")
        self._show(text)

    def show_info(self, text: str) -> None:
        """Show ``text`` as information."""
        self.setProperty("role", "info")
        self._show(text)

    def clear_message(self) -> None:
        """Hide the message."""
        self.clear()
        self.hide()

    def _show(self, text: str) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.show()
