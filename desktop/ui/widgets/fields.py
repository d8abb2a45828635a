"""The pieces every form repeats: a named text field, a date field, and OK (or a named action) /
Cancel.

Neither holds a sentence of its own: callers pass their translated texts, so each text keeps the
translation context of the window that shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from desktop.core.languages import ENGLISH, LOCALES

if TYPE_CHECKING:
    import datetime

    from PySide6.QtWidgets import QDateEdit


def line_edit(
    accessible_name: str,
    placeholder: str = "",
    *,
    parent: QWidget | None = None,
    password: bool = False,
) -> QLineEdit:
    """A text field that screen readers announce by ``accessible_name``; hidden input if
    ``password``."""
    edit = QLineEdit(parent)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def ok_cancel_buttons(
    dialog: QDialog, *, on_ok: Callable[[], None] | None = None, ok_text: str = ""
) -> QDialogButtonBox:
    """OK and Cancel for ``dialog``: OK calls ``on_ok`` (the dialog's ``accept`` by default, which
    may check the form first), Cancel rejects. ``ok_text`` renames OK."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_cancel_buttons(
    dialog: QDialog, action_text: str
) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and one named action that accepts ``dialog`` (its ``accept`` may check first);
    returns the box and the action's button, to enable or make default."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    action = buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action


def date_edit(day: datetime.date, lang: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar, that reads as people write a date in ``lang``: ``Thu 26
    March 2026``, ``jeu. 26 mars 2026``, ``do 26 maart 2026`` (day first, the month in words)."""
    # Loaded here: the unlock dialog (the first window) uses this module and has no date field.
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setLocale(QLocale(LOCALES.get(lang, LOCALES[ENGLISH])))  # nl_BE, fr_BE, en_GB
    edit.setDisplayFormat("ddd d MMMM yyyy")
    edit.setCalendarPopup(True)
    return edit
