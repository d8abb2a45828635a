"""What an empty list shows instead of blank rows: a sentence saying what goes there, and the
buttons that put it there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.messages import make_plain


class EmptyState(QWidget):
    """A centred sentence over a row of buttons (added by the caller with :meth:`add_button`)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.label = make_plain(QLabel(text))
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(8)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def set_text(self, text: str) -> None:
        """What the empty list is for."""
        self.label.setText(text)

    def add_button(self, text: str) -> QPushButton:
        """A call to action; connect its ``clicked``."""
        button = QPushButton(text)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class EmptyOr(QWidget):
    """Shows ``content`` (a table), or ``empty`` in its place while :meth:`set_empty` says so."""

    def __init__(self, content: QWidget, empty: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = empty
        self._stack = QStackedLayout(self)
        self._stack.addWidget(content)
        self._stack.addWidget(empty)

    def set_empty(self, empty: bool) -> None:
        """Show the empty state (True) or the content (False)."""
        self._stack.setCurrentWidget(self.empty if empty else self.content)

    def is_empty_shown(self) -> bool:
        """The empty state is the one shown."""
        return self._stack.currentWidget() is self.empty
