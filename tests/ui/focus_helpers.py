"""Giving the keyboard to a window that refuses it, as a platform ignoring the hint would.

The shared screen asks never to be activated (``Qt.WindowDoesNotAcceptFocus``); to check that the
safety keys still act should a platform give it the keyboard anyway, tests lift the hint on its
native window just long enough to activate it, then put it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def force_focus(qtbot: object, window: QWidget) -> None:
    """Make ``window`` the active window although it does not accept focus."""
    handle = window.windowHandle()
    assert handle is not None, "show the window first"
    handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
    try:
        handle.requestActivate()
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle, timeout=2000)
    finally:
        handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
