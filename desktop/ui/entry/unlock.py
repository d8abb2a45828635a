"""Unlock the last-used workspace, or open another one, create one, or try the demo."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.messages import FormMessage, make_plain
from desktop.ui.widgets.passphrase_field import PassphraseField

OpenWorkspace = Callable[[Path, str], Any]


# Named tuples, not dataclasses: as immutable, and making them costs the first window a tenth of
# what two frozen dataclasses cost (their methods are generated and compiled at import).
class BackupOffer(NamedTuple):
    """How the dialog offers the backups of a damaged (or too new) file, handed in by whoever
    builds it: ``exist(path)`` says whether the file has backups; ``restore(parent, path)``
    restores one (checked first, the damaged file kept aside) and says whether it did;
    ``opens(path, passphrase)`` says whether a passphrase the file refused opens its newest
    backup (SQLCipher cannot tell a wrong passphrase from a damaged start of the file; the
    backup can)."""

    exist: Callable[[Path], bool]
    restore: Callable[[QWidget, Path], bool]
    opens: Callable[[Path, str], bool] | None = None


class _BackupOpens(NamedTuple):
    """The workspace refused the passphrase, and its newest backup accepts it."""

    error: Exception


class UnlockChoice(Enum):
    """How the unlock dialog ended."""

    OPENED = "opened"
    CREATE = "create"
    DEMO = "demo"
    CANCELLED = "cancelled"


class UnlockResult(NamedTuple):
    """The user's choice, and the workspace when one was opened."""

    choice: UnlockChoice
    workspace: Any = None


class UnlockDialog(QDialog):
    """Asks for the passphrase of a workspace and opens it with ``open_workspace(path, phrase)``.

    The workspace opens off the GUI thread (deriving the key takes a noticeable moment): the
    dialog says *Opening…* and stays responsive meanwhile. A wrong passphrase keeps the dialog
    open, says so, clears the field and gives it the focus; Enter submits again.

    Signals: ``attemptFinished()`` after each try to open, whatever its outcome.
    """

    attemptFinished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        path: Path,
        open_workspace: OpenWorkspace,
        backups: BackupOffer | None = None,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock — Empty Chair"))
        self._lang = lang
        self._open = open_workspace
        self._backups = backups
        self.choice = UnlockChoice.CANCELLED
        self.workspace: Any = None
        self.path = path

        self.path_label = QLabel()
        make_plain(self.path_label)
        self.path_label.setWordWrap(True)
        self.path_label.setAccessibleName(self.tr("Workspace file"))
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.passphrase_edit = self.passphrase.edit
        self.passphrase_edit.setMinimumWidth(320)
        self.message = FormMessage()
        self.busy_indicator = BusyIndicator()

        # Text buttons, not StandardButton.Cancel: a standard button looks up its icon theme,
        # which costs tens of milliseconds on the first window.
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        other = buttons.addButton(
            self.tr("&Open another workspace…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        create = buttons.addButton(
            self.tr("&New workspace…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        demo = buttons.addButton(self.tr("Try the &demo"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = buttons.addButton(
            self.tr("&Restore a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.hide()  # offered when the file is damaged or too new
        self.restore_button.clicked.connect(self.restore_backup)
        for button in (other, create, demo, self.restore_button):
            button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        other.clicked.connect(self._browse)
        create.clicked.connect(self.choose_create)
        demo.clicked.connect(self.choose_demo)

        form = QFormLayout()
        form.addRow(self.tr("Workspace:"), self.path_label)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        intro = QLabel(self.tr("Type the passphrase to open your team's workspace."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(buttons)
        self.work = BusyWork(self, (self.passphrase, buttons), self.busy_indicator)
        self.work.finished.connect(self.attemptFinished)
        self.set_path(path)
        self.passphrase_edit.setFocus()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        *,
        path: Path,
        open_workspace: OpenWorkspace,
        backups: BackupOffer | None = None,
        lang: str,
    ) -> UnlockResult:
        """Show the dialog until the user unlocks a workspace or chooses something else."""
        dialog = cls(parent, path=path, open_workspace=open_workspace, backups=backups, lang=lang)
        dialog.exec()
        result = UnlockResult(dialog.choice, dialog.workspace)
        dialog.deleteLater()
        return result

    def set_path(self, path: Path) -> None:
        """Unlock this workspace file instead."""
        self.path = path
        self.path_label.setText(str(path))
        self.message.clear_message()
        self.restore_button.hide()
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()

    def _browse(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a workspace"),
            str(self.path.parent),
            self.tr("Empty Chair workspaces (*.emptychair);;All files (*)"),
        )
        if chosen:
            self.set_path(Path(chosen))

    def choose_create(self) -> None:
        """Close the dialog: the user wants to create a new workspace."""
        self.choice = UnlockChoice.CREATE
        self.done(QDialog.DialogCode.Rejected)

    def choose_demo(self) -> None:
        """Close the dialog: the user wants to try the demo."""
        self.choice = UnlockChoice.DEMO
        self.done(QDialog.DialogCode.Rejected)

    def is_busy(self) -> bool:
        """A workspace is being opened."""
        return self.work.is_busy()

    def accept(self) -> None:
        """Try the passphrase off the GUI thread; close only when the workspace opened."""
        if self.work.is_busy():
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.message.show_error(self.tr("Type the workspace's passphrase."))
            self.passphrase_edit.setFocus()
            return
        self.message.clear_message()
        path, open_workspace, offer = self.path, self._open, self._backups

        def attempt() -> Any:
            from desktop.storage.errors import WrongPassphrase

            try:
                return open_workspace(path, passphrase)
            except WrongPassphrase as error:
                # Off the GUI thread too: trying the backup derives a key again.
                if offer is not None and offer.opens is not None and offer.opens(path, passphrase):
                    return _BackupOpens(error)
                raise

        self.work.start(self.tr("Opening the workspace…"), attempt, self._opened, self._not_opened)

    def reject(self) -> None:
        """Close, except while a workspace is being opened (it would be left open)."""
        if not self.work.is_busy():
            super().reject()

    def _opened(self, workspace: Any) -> None:
        if isinstance(workspace, _BackupOpens):
            self._backup_opens()
            return
        self.workspace = workspace
        self.passphrase_edit.clear()
        self.choice = UnlockChoice.OPENED
        super().accept()

    def _not_opened(self, error: Exception) -> None:
        # Storage loads here, not at startup: the dialog shows before it is needed.
        from desktop.storage.errors import WrongPassphrase
        from desktop.ui.widgets.errors import describe_error

        self.message.show_error(describe_error(error, self._lang))
        if isinstance(error, WrongPassphrase):
            self.passphrase_edit.clear()
        else:
            self._offer_backups(error)
        self.passphrase_edit.setFocus()

    def _backup_opens(self) -> None:
        """The passphrase opens the newest backup, not the workspace: say what that can mean,
        and offer the backups (the message for a wrong passphrase alone says to use one)."""
        self.message.show_error(
            self.tr(
                "This passphrase opens the latest backup of this workspace, but not the "
                "workspace itself: either the passphrase was changed after that backup, or the "
                "start of the workspace file is damaged. If it is damaged, restore a backup: the "
                "damaged file is kept aside."
            )
        )
        self.passphrase_edit.clear()
        self.restore_button.show()
        self.passphrase_edit.setFocus()

    def _offer_backups(self, error: Exception) -> None:
        """Show *Restore a backup…* when the file is damaged or too new and backups exist."""
        from desktop.storage.errors import CorruptWorkspace, NewerVersion

        damaged = isinstance(error, CorruptWorkspace | NewerVersion)
        offer = self._backups
        self.restore_button.setVisible(damaged and offer is not None and offer.exist(self.path))

    def restore_backup(self) -> None:
        """Restore a backup of this workspace: checked first, the damaged file kept aside."""
        if self._backups is None or not self._backups.restore(self, self.path):
            return
        self.restore_button.hide()
        self.passphrase_edit.clear()
        self.message.show_info(
            self.tr(
                "The backup was checked and restored; the damaged file was kept next to it. "
                "Type the backup's passphrase to open it."
            )
        )
        self.passphrase_edit.setFocus()
