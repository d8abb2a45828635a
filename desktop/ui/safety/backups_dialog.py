"""Backups from the window: where they go, back up now, and restore one after checking it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.backup import BackupInfo, RestoreResult, latest_backups
from desktop.storage.errors import CorruptWorkspace, WorkspaceError, WrongPassphrase
from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.fields import action_cancel_buttons, line_edit
from desktop.ui.widgets.messages import FormMessage, make_plain
from desktop.ui.widgets.row_model import Index, RowTableModel

#: ``backup_now(folder, progress, cancelled)``: make a backup in ``folder``, reporting
#: ``progress(done, total)`` and stopping when ``cancelled()`` turns true; returns its file.
BackupNow = Callable[[Path, Callable[[int, int], None], Callable[[], bool]], Path]
Restore = Callable[[Path, str], RestoreResult]
CheckBackup = Callable[[Path, str], object]
ChooseFolder = Callable[[QWidget, Path], Path | None]


class BackupsModel(RowTableModel[BackupInfo]):
    """Backup files, newest first: when (local time) and the file name."""

    def titles(self) -> tuple[str, ...]:
        """When, and the file."""
        return (self.tr("Made on"), self.tr("File"))

    def backup(self, row: int) -> BackupInfo:
        """The backup shown on ``row``."""
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the cell's text."""
        info = self.row_of(index)
        if info is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return info.path.name


def _table(model: BackupsModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    return table


class RestoreDialog(QDialog):
    """Choose a backup and type its passphrase; ``restore(path, passphrase)`` checks it (integrity,
    audit chain) and only then replaces the workspace, keeping the current file aside.

    When the workspace is open, give ``check(path, passphrase)`` (raises a known storage error
    when the backup is not sound) and ``prepare()`` (closes the workspace): the backup is checked
    first, then ``prepare`` runs on the GUI thread, then ``restore``. Checking and restoring run
    off the GUI thread while the dialog says so.

    Signals: ``attemptFinished()`` after each try to restore, whatever its outcome.
    """

    attemptFinished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        backups: list[BackupInfo],
        restore: Restore,
        check: CheckBackup | None = None,
        prepare: Callable[[], None] | None = None,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(self.tr("Restore from a backup — Empty Chair"))
        self.resize(560, 380)
        self._restore = restore
        self._check = check
        self._prepare = prepare
        self.result_: RestoreResult | None = None
        intro = make_plain(
            QLabel(
                self.tr(
                    "Choose a backup. It is checked first; the current workspace file is never "
                    "overwritten: it is kept next to it, renamed."
                )
            )
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_rows(backups)
        self.table = _table(self.model, self.tr("Backups"))
        if backups:
            self.table.selectRow(0)
        self.passphrase_edit = line_edit(self.tr("Passphrase of the backup"), password=True)
        self.message = FormMessage()
        if not backups:
            self.message.show_info(self.tr("There is no backup of this workspace yet."))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase of the backup:"), self.passphrase_edit)
        buttons, self.restore_button = action_cancel_buttons(self, self.tr("&Check and restore"))
        self.restore_button.setEnabled(bool(backups))
        self.busy_indicator = BusyIndicator()
        self.work = BusyWork(self, (self.table, self.passphrase_edit, buttons), self.busy_indicator)
        self.work.finished.connect(self.attemptFinished)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(buttons)
        self.passphrase_edit.setFocus()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        *,
        backups: list[BackupInfo],
        restore: Restore,
        check: CheckBackup | None = None,
        prepare: Callable[[], None] | None = None,
        lang: str,
    ) -> RestoreResult | None:
        """Show the dialog; what the restore did, or ``None`` if nothing was restored."""
        dialog = cls(
            parent, backups=backups, restore=restore, check=check, prepare=prepare, lang=lang
        )
        dialog.exec()
        result = dialog.result_
        dialog.deleteLater()
        return result

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def is_busy(self) -> bool:
        """The backup is being checked or restored."""
        return self.work.is_busy()

    def accept(self) -> None:
        """Check and restore the chosen backup off the GUI thread; stay open with a message if
        that fails."""
        if self.work.is_busy():
            return
        chosen = self.selected()
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        if chosen is None:
            self.message.show_error(self.tr("Choose a backup."))
            return
        if not passphrase:
            self.message.show_error(self.tr("Type the passphrase of the backup."))
            self.passphrase_edit.setFocus()
            return
        self.message.clear_message()
        path, check = chosen.path, self._check
        if check is None:
            self._restore_now(path, passphrase)
            return
        self.work.start(
            self.tr("Checking the backup…"),
            lambda: check(path, passphrase),
            lambda _report: self._checked(path, passphrase),
            self._not_restored,
        )

    def reject(self) -> None:
        """Close; while a restore runs, once it has ended (it cannot be stopped halfway)."""
        if not self.work.close_when_done(lambda: QDialog.reject(self)):
            super().reject()

    def _checked(self, path: Path, passphrase: str) -> None:
        if self._prepare is not None:
            self._prepare()
        self._restore_now(path, passphrase)

    def _restore_now(self, path: Path, passphrase: str) -> None:
        restore = self._restore
        self.work.start(
            self.tr("Checking and restoring the backup…"),
            lambda: restore(path, passphrase),
            self._restored,
            self._not_restored,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.result_ = result
        super().accept()

    def _not_restored(self, error: WorkspaceError) -> None:
        if isinstance(error, WrongPassphrase):
            # The general sentence speaks of "the workspace" and says to open a backup copy:
            # here the passphrase is the backup's.
            reason = self.tr(
                "This passphrase does not open the backup. Type the passphrase the workspace "
                "had when the backup was made."
            )
            self.passphrase_edit.clear()
        elif isinstance(error, CorruptWorkspace):
            # Nor "this workspace file is damaged, open a backup copy": the backup is what failed
            # (damaged, or its history does not hold), and storage's sentence names it and why.
            reason = error.text(self._lang)
        else:
            reason = describe_error(error, self._lang)
        self.message.show_error(self.tr("Nothing was restored. {reason}").format(reason=reason))
        self.passphrase_edit.setFocus()


def restore_summary(result: RestoreResult) -> str:
    """What a restore applied again (erasures and purges made after the backup); empty when
    nothing."""
    if not result.reapplied_erasures and not result.reapplied_purges:
        return ""
    return QCoreApplication.translate(
        "RestoreDialog",
        "What was done after this backup was made has been applied to it again: {erasures} "
        "erasure(s) of a person, {purges} purge(s) of old meetings. Nobody erased comes back.",
    ).format(erasures=result.reapplied_erasures, purges=result.reapplied_purges)


def _choose_folder(parent: QWidget, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, parent.tr("Backup folder"), str(start))
    return Path(chosen) if chosen else None


class BackupsDialog(QDialog):
    """The backup folder, the backups in it, *Back up now* and *Restore…*.

    *Back up now* runs off the GUI thread while the dialog says so.

    Signals: ``folderChanged(str)`` when the team lead chose another folder;
    ``restoreRequested(str)`` with the backup file to restore (the window closes the workspace
    first, so the restore happens there); ``attemptFinished()`` after a backup made now ended,
    whatever its outcome.
    """

    folderChanged = Signal(str)
    restoreRequested = Signal(str)
    attemptFinished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        workspace_path: Path,
        folder: Path,
        backup_now: BackupNow,
        choose_folder: ChooseFolder = _choose_folder,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(self.tr("Backups — Empty Chair"))
        self.resize(600, 420)
        self.workspace_path = workspace_path
        self.folder = folder
        self._backup_now = backup_now
        self._choose_folder = choose_folder
        intro = make_plain(
            QLabel(
                self.tr(
                    "A backup is made each day the workspace is opened; the last 7 are kept. "
                    "Backups are encrypted like the workspace. Choose a folder on another disk "
                    "if you can."
                )
            )
        )
        intro.setWordWrap(True)
        self.folder_label = make_plain(QLabel())
        self.folder_label.setWordWrap(True)
        change = QPushButton(self.tr("C&hoose…"))
        change.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(change)
        self.model = BackupsModel(self)
        self.table = _table(self.model, self.tr("Backups"))
        self.message = FormMessage()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_button.clicked.connect(self._restore)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        self.busy_indicator = BusyIndicator()
        self.work = BusyWork(
            self,
            (change, self.table, self.backup_button, self.restore_button, close),
            self.busy_indicator,
        )
        self.work.finished.connect(self.attemptFinished)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        """Show the folder and its backups of this workspace."""
        self.folder_label.setText(str(self.folder))
        backups = latest_backups(self.folder, self.workspace_path)
        self.model.set_rows(backups)
        if backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(backups))

    def choose_folder(self) -> None:
        """Ask for another folder and remember it."""
        chosen = self._choose_folder(self, self.folder)
        if chosen is None:
            return
        self.folder = chosen
        self.folderChanged.emit(str(chosen))
        self.refresh()

    def is_busy(self) -> bool:
        """A backup is being made."""
        return self.work.is_busy()

    def back_up_now(self) -> None:
        """Make a backup in the folder now, off the GUI thread: the bar says how far it is, and
        Stop stops it (nothing is left)."""
        if self.work.is_busy():
            return
        self.message.clear_message()
        backup_now, folder, report = self._backup_now, self.folder, self.work.report
        cancel = threading.Event()
        self.work.start(
            self.tr("Backing up…"),
            lambda: backup_now(folder, report, cancel.is_set),
            self._backed_up,
            self._not_backed_up,
            cancel=cancel,
        )

    def reject(self) -> None:
        """Close; while a backup is being made, once it has ended."""
        if not self.work.close_when_done(lambda: QDialog.reject(self)):
            super().reject()

    def _backed_up(self, path: Path) -> None:
        self.refresh()
        self.message.show_info(self.tr("Backed up to {file}.").format(file=path.name))

    def _not_backed_up(self, error: WorkspaceError) -> None:
        self.message.show_error(describe_error(error, self._lang))

    def _restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restoreRequested.emit(str(self.model.backup(rows[0].row()).path))
