"""Ask before an editing dialog drops what was typed.

Escape, Cancel and the window's close button all end in ``QDialog.reject``: an editing dialog
(:class:`AsksBeforeDiscarding`) remembers its fields as they were filled (:func:`form_state`)
and, in its ``reject``, asks :func:`ask_discard` only when something was changed; with nothing
changed it closes at once.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole)


def _value(widget: QWidget) -> Any:
    """What the user can change in ``widget`` (``None`` for a widget holding no input)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        # A list model has one column (and keeps its columnCount private).
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        return tuple(
            tuple(
                model.data(model.index(row, column), role)
                for column in range(columns)
                for role in _ROLES
            )
            for row in range(model.rowCount(QModelIndex()))
        )
    return None


def form_state(root: QWidget) -> tuple[Any, ...]:
    """Every input's value under ``root``, in a fixed order: two states differ when the user
    changed something (typed, ticked, chose, added or removed a row)."""
    values = ((w.objectName(), type(w).__name__, _value(w)) for w in root.findChildren(QWidget))
    return tuple(v for v in values if v[2] is not None)


def ask_discard(parent: QWidget, question: str) -> bool:
    """Ask ``question`` ("Discard the changes to …?"): True for *Discard*; *Keep editing* is the
    default and what Escape answers."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question, parent=parent)
    discard = box.addButton(
        QCoreApplication.translate("DiscardChanges", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("DiscardChanges", "&Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    try:
        box.exec()
        return box.clickedButton() is discard
    finally:
        box.deleteLater()


class AsksBeforeDiscarding:
    """Mixed into an editing dialog, before ``QDialog`` among its bases: Escape, Cancel or the
    window's close button ask before a change is dropped (nothing typed is lost without a
    question); with nothing changed, or never shown, the dialog closes at once.

    The dialog calls :meth:`remember_filled` once its fields are filled, and says in
    :meth:`confirm_discard` what would be dropped, in its own translated words."""

    _filled: tuple[Any, ...] = ()

    def remember_filled(self) -> None:
        """What the fields hold now is what Escape may drop without asking."""
        self._filled = form_state(cast(QDialog, self))

    def reject(self) -> None:
        """Close, asking first when something was changed."""
        dialog = cast(QDialog, self)
        if dialog.isVisible() and form_state(dialog) != self._filled and not self.confirm_discard():
            return
        super().reject()  # type: ignore[misc]  # QDialog's, next in the dialog's bases

    def confirm_discard(self) -> bool:
        """Ask whether to drop the changes; True to drop them."""
        raise NotImplementedError
