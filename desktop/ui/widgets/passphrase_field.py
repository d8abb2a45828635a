"""A passphrase field as password managers have it: hidden by default, a *Show* toggle, and a
warning while Caps Lock seems to be on.

Qt has no portable way to ask for the Caps Lock state, so the field infers it from what is typed:
a letter that comes out upper case without Shift (or lower case with Shift) means Caps Lock is
on; the next letter typed the ordinary way clears the warning.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from desktop.ui.widgets.messages import make_plain

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


def caps_lock_from(text: str, shift: bool) -> bool | None:
    """Whether typing ``text`` with (or without) Shift shows Caps Lock on; ``None`` when the key
    says nothing about it (not a letter, or a letter with no case)."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    return text.isupper() != shift


class _KeyWatchingEdit(QLineEdit):
    """A line edit that shows each key press to ``watch`` before handling it as usual.

    A key press handler rather than an event filter: a filter would hand every event of the
    field to Python, from its construction on, and the first (the unlock dialog's) would pay for
    loading Qt's event classes before the window shows; key presses come only once it shows.
    """

    def __init__(self, watch: Callable[[QKeyEvent], None]) -> None:
        super().__init__()
        self._watch = watch

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt: show the key to the watcher, then type it as usual."""
        self._watch(event)
        super().keyPressEvent(event)


class PassphraseField(QWidget):
    """The line edit (:attr:`edit`), a *Show* toggle and a Caps Lock warning under them.

    Signals: ``capsLockChanged(bool)`` when the warning appears or goes.
    """

    capsLockChanged = Signal(bool)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit: QLineEdit = _KeyWatchingEdit(self._key_pressed)  # hidden: set_shown below
        self.edit.setAccessibleName(accessible_name)
        self.show_button = QToolButton()
        self.show_button.setCheckable(True)
        self.show_button.setAutoRaise(False)
        self.show_button.toggled.connect(self.set_shown)
        self.caps_warning = make_plain(QLabel(self.tr("Caps Lock is on.")))
        self.caps_warning.setObjectName("capsLockWarning")
        self.caps_warning.setAccessibleName(self.caps_warning.text())
        # Its room is kept, so the warning appearing does not move the buttons under the field.
        policy = self.caps_warning.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.caps_warning.setSizePolicy(policy)
        self.caps_warning.hide()
        self._caps = False

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.caps_warning)
        self.setFocusProxy(self.edit)
        self.set_shown(False)

    def text(self) -> str:
        """The passphrase typed."""
        return self.edit.text()

    def clear(self) -> None:
        """Empty the field (whether it is shown stays as the user chose)."""
        self.edit.clear()

    def is_shown(self) -> bool:
        """The passphrase is shown in clear."""
        return self.edit.echoMode() == QLineEdit.EchoMode.Normal

    def set_shown(self, shown: bool) -> None:
        """Show the passphrase in clear, or hide it."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.show_button.setText(self.tr("&Hide") if shown else self.tr("&Show"))
        self.show_button.setToolTip(
            self.tr("Hide the passphrase") if shown else self.tr("Show the passphrase")
        )
        self.show_button.setAccessibleName(self.show_button.toolTip())
        if self.show_button.isChecked() != shown:
            self.show_button.setChecked(shown)

    def caps_lock_on(self) -> bool:
        """Caps Lock seemed on at the last letter typed."""
        return self._caps

    def _key_pressed(self, event: QKeyEvent) -> None:
        """Watch the letters typed into the field for Caps Lock (the key is typed as usual)."""
        from PySide6.QtCore import Qt  # here: the first window must not pay for it

        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        caps = caps_lock_from(event.text(), shift)
        if caps is not None and caps != self._caps:
            self._caps = caps
            self.caps_warning.setVisible(caps)
            self.capsLockChanged.emit(caps)
