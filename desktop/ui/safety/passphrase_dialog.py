"""Change the workspace's passphrase: the current one first, then the new one twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.errors import WorkspaceError, WrongPassphrase
from desktop.ui.widgets.fields import action_cancel_buttons
from desktop.ui.widgets.messages import FormMessage, make_plain

ChangePassphrase = Callable[[str, str], None]
MIN_LENGTH = 8


class ChangePassphraseDialog(QDialog):
    """Asks for the current and the new passphrase and calls ``change(old, new)``.

    The fields are cleared as soon as they have been used, right or wrong.
    """

    def __init__(self, parent: QWidget | None, *, change: ChangePassphrase) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase — Empty Chair"))
        self._change = change
        self.changed = False
        self.old_edit, self.new_edit, self.repeat_edit = (self._field() for _ in range(3))
        self.old_edit.setAccessibleName(self.tr("Current passphrase"))
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("New passphrase again"))
        self.message = FormMessage()
        intro = make_plain(
            QLabel(
                self.tr(
                    "After the change, only the new passphrase opens the workspace. Backups made "
                    "before keep the old one. Nobody can recover a forgotten passphrase."
                )
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.old_edit)
        form.addRow(self.tr("&New passphrase:"), self.new_edit)
        form.addRow(self.tr("New passphrase &again:"), self.repeat_edit)
        buttons, self.change_button = action_cancel_buttons(self, self.tr("C&hange the passphrase"))
        self.change_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.old_edit.setFocus()

    @staticmethod
    def _field() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumWidth(300)
        return edit

    @classmethod
    def run(cls, parent: QWidget | None, *, change: ChangePassphrase) -> bool:
        """Show the dialog; True when the passphrase was changed."""
        dialog = cls(parent, change=change)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed

    def _clear(self) -> None:
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()

    def accept(self) -> None:
        """Check the fields, change the passphrase, close only when it was changed."""
        old, new, repeat = self.old_edit.text(), self.new_edit.text(), self.repeat_edit.text()
        problem = ""
        if not old:
            problem = self.tr("Type the current passphrase.")
        elif len(new) < MIN_LENGTH:
            problem = self.tr("The new passphrase needs at least {n} characters.").format(
                n=MIN_LENGTH
            )
        elif new != repeat:
            problem = self.tr("The two new passphrases differ.")
        elif new == old:
            problem = self.tr("The new passphrase is the same as the current one.")
        if problem:
            self.new_edit.clear()
            self.repeat_edit.clear()
            self.message.show_error(problem)
            (self.old_edit if not old else self.new_edit).setFocus()
            return
        try:
            self._change(old, new)
        except WrongPassphrase:
            self._clear()
            self.message.show_error(self.tr("The current passphrase is not right."))
            self.old_edit.setFocus()
            return
        except WorkspaceError as error:
            self._clear()
            self.message.show_error(error.message)
            return
        self._clear()
        self.changed = True
        super().accept()
