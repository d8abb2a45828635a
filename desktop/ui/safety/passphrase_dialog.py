"""Change the workspace's passphrase: the current one first, then the new one twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.errors import WorkspaceError, WrongPassphrase
from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.fields import action_cancel_buttons
from desktop.ui.widgets.messages import FormMessage, make_plain

ChangePassphrase = Callable[[str, str], None]
MIN_LENGTH = 8


class ChangePassphraseDialog(QDialog):
    """Asks for the current and the new passphrase and calls ``change(old, new)``.

    The fields are cleared as soon as they have been used, right or wrong. The change re-writes
    the whole file, so it runs off the GUI thread while the dialog says so.

    Signals: ``attemptFinished()`` after each try to change, whatever its outcome.
    """

    attemptFinished = Signal()

    def __init__(self, parent: QWidget | None, *, change: ChangePassphrase, lang: str) -> None:
        super().__init__(parent)
        self._lang = lang
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
        self.busy_indicator = BusyIndicator()
        self.work = BusyWork(
            self, (self.old_edit, self.new_edit, self.repeat_edit, buttons), self.busy_indicator
        )
        self.work.finished.connect(self.attemptFinished)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(buttons)
        self.old_edit.setFocus()

    @staticmethod
    def _field() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMinimumWidth(300)
        return edit

    @classmethod
    def run(cls, parent: QWidget | None, *, change: ChangePassphrase, lang: str) -> bool:
        """Show the dialog; True when the passphrase was changed."""
        dialog = cls(parent, change=change, lang=lang)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed

    def _clear(self) -> None:
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()

    def is_busy(self) -> bool:
        """The passphrase is being changed."""
        return self.work.is_busy()

    def accept(self) -> None:
        """Check the fields, change the passphrase off the GUI thread, close only when it was
        changed."""
        if self.work.is_busy():
            return
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
        self._clear()
        self.message.clear_message()
        change = self._change
        self.work.start(
            self.tr("Changing the passphrase: the whole file is encrypted again…"),
            lambda: change(old, new),
            self._changed,
            self._not_changed,
        )

    def reject(self) -> None:
        """Close; while the change runs, once it has ended (it cannot be stopped halfway)."""
        if not self.work.close_when_done(lambda: QDialog.reject(self)):
            super().reject()

    def _changed(self, _result: object) -> None:
        self.changed = True
        super().accept()

    def _not_changed(self, error: WorkspaceError) -> None:
        if isinstance(error, WrongPassphrase):
            self.message.show_error(self.tr("The current passphrase is not right."))
            self.old_edit.setFocus()
            return
        self.message.show_error(describe_error(error, self._lang))
