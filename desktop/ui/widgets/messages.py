"""An inline message under a form: errors in red, hints in the normal colour, read literally."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

# Qt.TextFormat.PlainText, set by property: touching PySide6's ``Qt`` namespace costs ~40 ms the
# first time, and the unlock dialog (the first window) has no other use for it.
PLAIN_TEXT = 0


def make_plain(label: QLabel) -> QLabel:
    """Show ``label``'s text literally, never as markup; returns the label."""
    label.setProperty("textFormat", PLAIN_TEXT)
    return label


class FormMessage(QLabel):
    """A label that shows one message under a form; plain text only, never markup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make_plain(self)
        self.setObjectName("formMessage")
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
        self.updateGeometry()  # the role's padding changes the height the label needs
        self.show()
        self._fit_window()

    def _fit_window(self) -> None:
        """Grow the dialog when the message wraps onto more lines than it has room for.

        Qt keeps a dialog at least as tall as its layout's minimum, which counts one line of a
        wrapped label: a longer message would squeeze the fields above it (a passphrase field
        shrank to a sliver under a two-line error)."""
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)
