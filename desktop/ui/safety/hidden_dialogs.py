"""Dialogs put out of sight while the console is locked, and brought back as they were.

Locking must lose nothing a user typed (DESIGN.md §7), so an open dialog is not cancelled: it is
taken off the screen, disabled, and shown again after the right passphrase, with its contents,
its focus and its place.

Why not ``hide()``: hiding a :class:`QDialog` ends its ``exec()`` loop (``exec()`` returns
*Rejected* at once, checked with PySide6 6.12), so the code that opened it would take it as
cancelled. Instead the dialog gets ``Qt.WA_DontShowOnScreen``: Qt then takes its native window
off the screen (every monitor, the task bar too) while the widget stays "visible" and its loop
goes on. A modal dialog still blocks the main window, though, and the lock screen lives there:
while dialogs are hidden the main window is made application-modal itself (hidden and shown
again, the only way Qt takes a new modality), which puts it above them; it goes back to normal
at unlocking, and the dialogs block it again as before.

A dialog drawn by the platform (a native file dialog, a native message box) cannot be taken off
the screen this way: it is cancelled, as before, so that nothing stays in view.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

_OFF_SCREEN = Qt.WidgetAttribute.WA_DontShowOnScreen


def _alive(widget: QWidget | None) -> QWidget | None:
    """``widget`` if its Qt object still exists (it may be deleted while locked), else None."""
    return widget if widget is not None and shiboken6.isValid(widget) else None


def _bottom_to_top(widgets: list[QWidget]) -> list[QDialog]:
    """The visible dialogs among ``widgets``, those opened over others last.

    Hiding and showing a modal dialog puts it on top of Qt's modal stack, so dialogs are
    hidden and shown again in this order to keep the stack as it was: a dialog's own dialogs
    (its children) after it, and the dialog taking input now (the active modal one) last.
    """
    top = QApplication.activeModalWidget()

    def depth(widget: QWidget) -> int:
        count, parent = 0, widget.parentWidget()
        while parent is not None:
            count, parent = count + 1, parent.parentWidget()
        return count

    dialogs = [w for w in widgets if isinstance(w, QDialog) and w.isVisible()]
    return sorted(dialogs, key=lambda d: (d is top, depth(d)))


@dataclass
class _Hidden:
    dialog: QDialog
    enabled: bool
    focus: QWidget | None


class HiddenDialogs(QObject):
    """Hides the dialogs of the application while a main window is locked (see the module).

    :meth:`hide_all` at locking; while hidden, a dialog that opens (e.g. a notice at the end of
    a background job) is hidden at once too; :meth:`show_all` at unlocking.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._hidden: list[_Hidden] = []
        self._active = False
        self._window_made_modal = False
        self._original_modality = window.windowModality()

    @property
    def dialogs(self) -> list[QDialog]:
        """The dialogs hidden now (still alive)."""
        return [entry.dialog for entry in self._hidden if _alive(entry.dialog) is not None]

    def hide_all(self) -> None:
        """Take every open dialog off the screen and keep watching for new ones."""
        if self._active:
            return
        self._active = True
        for dialog in _bottom_to_top(QApplication.topLevelWidgets()):
            self._hide(dialog)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._over_modal_dialogs()

    def show_all(self) -> None:
        """Bring the hidden dialogs back on screen, enabled and focused as they were."""
        if not self._active:
            return
        self._active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._window_made_modal:
            self._window_made_modal = False
            self._set_window_modality(self._original_modality)
        hidden, self._hidden = self._hidden, []
        for entry in hidden:
            dialog = _alive(entry.dialog)
            if dialog is None:
                continue
            dialog.setAttribute(_OFF_SCREEN, False)
            dialog.setEnabled(entry.enabled)
            if not dialog.isVisible():  # closed while locked (e.g. by its own code)
                continue
            handle = dialog.windowHandle()
            if handle is not None:
                handle.setVisible(True)
            dialog.raise_()
            dialog.activateWindow()
            focus = _alive(entry.focus)
            if focus is not None:
                focus.setFocus()

    def _hide(self, dialog: QDialog) -> None:
        if any(entry.dialog is dialog for entry in self._hidden):
            return
        if dialog.testAttribute(_OFF_SCREEN):  # drawn by the platform: it cannot be hidden
            dialog.reject()
            return
        focus = dialog.focusWidget()
        self._hidden.append(_Hidden(dialog, dialog.isEnabled(), focus))
        dialog.setEnabled(False)
        dialog.setAttribute(_OFF_SCREEN, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While locked: a dialog that shows is hidden at once. Never consumes the event."""
        if (
            self._active
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
        ):
            self._hide(watched)
            if watched.windowModality() != Qt.WindowModality.NonModal:
                # The new dialog now blocks the lock screen: put the window above it again,
                # once the dialog has finished showing.
                QTimer.singleShot(0, self._over_modal_dialogs_again)
        return False

    def _over_modal_dialogs(self) -> None:
        if self._window_made_modal:
            return
        modal = [d for d in self.dialogs if d.windowModality() != Qt.WindowModality.NonModal]
        if not modal:
            return
        self._window_made_modal = True
        self._original_modality = self.window.windowModality()
        self._set_window_modality(Qt.WindowModality.ApplicationModal)

    def _over_modal_dialogs_again(self) -> None:
        if not self._active:
            return
        if self._window_made_modal:
            self._set_window_modality(Qt.WindowModality.ApplicationModal)
        else:
            self._over_modal_dialogs()

    def _set_window_modality(self, modality: Qt.WindowModality) -> None:
        window = self.window
        focus: QWidget | None = window.focusWidget()
        visible = window.isVisible()
        if visible:
            window.hide()
        window.setWindowModality(modality)
        if visible:
            window.show()
            window.raise_()
            window.activateWindow()
            if focus is not None:
                focus.setFocus()
