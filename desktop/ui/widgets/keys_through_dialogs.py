"""Keys that must act even while a dialog is open: F12 (blank the shared screen) and Ctrl+L (lock).

Qt does not fire a shortcut, not even an application-wide one, while a modal dialog blocks the
window that owns it: with the walk-in dialog open (someone just came in) or a decision being
typed, F12 and Ctrl+L would do nothing. This filter watches the application's key presses and,
while a modal dialog has the keyboard, hands those keys to their actions itself. Without a modal
dialog it leaves every key alone: the shortcuts act as usual, and a key a shortcut took never
reaches the filter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

# The modifiers a key sequence can name (the keypad flag, for one, is not one of them).
_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class KeysThroughDialogs(QObject):
    """Passes some keys to their actions while a modal dialog blocks their shortcuts.

    ``actions`` maps a key sequence to a callable that acts and returns True, or returns False
    when it may not act now (the console is locked, no meeting runs): the key then goes on to
    the dialog as usual.
    """

    def __init__(self, actions: Mapping[str | Qt.Key, Callable[[], bool]], parent: QObject) -> None:
        super().__init__(parent)
        self._actions = {QKeySequence(keys): act for keys, act in actions.items()}
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Act on a watched key pressed while a modal dialog is open; leave the rest alone."""
        if event.type() != QEvent.Type.KeyPress or QApplication.activeModalWidget() is None:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            return False
        pressed = QKeySequence(QKeyCombination(event.modifiers() & _MODIFIERS, Qt.Key(event.key())))
        act = self._actions.get(pressed)
        if act is None or not act():
            return False
        event.accept()  # taken: the dialog does not see it
        return True
