"""A check box whose text wraps: a plain ``QCheckBox`` keeps its text on one line and, in a narrow
column, is clipped or forces a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class WrappingCheckBox(QWidget):
    """A check box, then its text as a word-wrapped label: a click on the text toggles the box,
    an ``&`` in the text gives the box an Alt+letter key, and screen readers hear the text as
    the box's name.

    Signals:
        toggled(bool): the box was ticked or unticked.
    """

    toggled = Signal(bool)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)
        self.setFocusProxy(self.box)
        self.setText(text)

    def setText(self, text: str) -> None:
        """The text (an ``&`` marks the Alt+letter key; ``&&`` is a literal ``&``)."""
        self.label.setText(text)
        self.box.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def text(self) -> str:
        """The text as set, with its ``&``."""
        return self.label.text()

    def isChecked(self) -> bool:
        """The box is ticked."""
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        """Tick or untick the box (``toggled`` follows, unless signals are blocked)."""
        self.box.setChecked(checked)

    def blockSignals(self, block: bool) -> bool:
        """Block this widget's signals and the box's."""
        self.box.blockSignals(block)
        return super().blockSignals(block)

    def click(self) -> None:
        """Toggle the box as a click would."""
        self.box.click()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the text toggles the box, as on a plain check box."""
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and self.box.isEnabled()
        ):
            self.box.click()
            return True
        return super().eventFilter(watched, event)
