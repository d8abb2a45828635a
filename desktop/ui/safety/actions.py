"""The safety features of the main window: a *Safety* menu, the inactivity lock (longer, and
counted down on the console, while a meeting runs), and the daily automatic backup (made off the
GUI thread).

The main window builds :class:`SafetyActions` like its other sections, adds its :attr:`menu`
to the menu bar and wires its signals; it hands over what the actions need from it (the person
selected in People, how to stop a running meeting) as plain callables. Each action opens one of
the dialogs of this package; the work itself is done by :mod:`desktop.storage.backup` and
:mod:`desktop.storage.maintenance`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from desktop.storage import backup, maintenance
from desktop.storage.errors import WorkspaceError
from desktop.ui.safety.backup_settings import backup_folder, set_backup_folder
from desktop.ui.safety.backups_dialog import BackupsDialog, RestoreDialog, restore_summary
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.safety.idle_lock import InactivityLock, MeetingAwareDelay
from desktop.ui.safety.lock_screen import LockController, install_inactivity_lock
from desktop.ui.safety.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.safety.retention_dialog import RetentionDialog
from desktop.ui.widgets import shortcuts as keys
from desktop.ui.widgets.background import BackgroundRunner
from desktop.ui.widgets.errors import describe_error

ChooseFile = Callable[[QWidget, str], Path | None]


def _choose_pdf(parent: QWidget, suggested: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the person's record"), suggested, parent.tr("PDF (*.pdf)")
    )
    return Path(chosen) if chosen else None


def _nobody() -> str:
    return ""


def _nothing() -> None:
    """Nothing to stop."""


class SafetyActions(QObject):
    """The *Safety* menu's actions over one main window and its workspace, and its lock.

    ``selected_person()`` gives the id of the person selected in People ("" for none);
    ``stop_meeting()`` takes a running meeting down before a restore closes the workspace;
    ``inactivity`` replaces the inactivity lock (tests pass one with a fake clock).

    Signals: ``dataChanged()`` after a purge or an erasure; ``backupFinished(str)`` with the
    automatic backup's file ("" when none was due), ``backupFailed(str)`` with the reason;
    ``recordExported(str)`` with the person's record file written, ``recordFailed(str)`` with
    the reason.
    """

    dataChanged = Signal()
    backupFinished = Signal(str)
    backupFailed = Signal(str)
    recordExported = Signal(str)
    recordFailed = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        workspace: Any,
        lang: str,
        *,
        selected_person: Callable[[], str] = _nobody,
        stop_meeting: Callable[[], None] = _nothing,
        inactivity: InactivityLock | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.lang = lang
        self._selected_person_id = selected_person
        self._stop_meeting = stop_meeting
        self.choose_file: ChooseFile = _choose_pdf
        # Two at once: the daily backup may still run when a record is asked for.
        self.runner = BackgroundRunner(self, max_threads=2)
        self.lock: LockController = install_inactivity_lock(
            window,
            lambda phrase: maintenance.passphrase_opens(workspace.path, phrase),
            minutes=workspace.settings().lock_minutes,
            workspace_name=workspace.path.name,
            lang=lang,
            lock=inactivity,
        )
        # The meeting delay and the console's countdown while a meeting runs (tests may pass a
        # lock with a fake clock; without an inactivity lock there is nothing to choose).
        self.delays: MeetingAwareDelay | None = None
        if self.lock.inactivity is not None:
            settings = workspace.settings()
            self.delays = MeetingAwareDelay(
                self.lock.inactivity, settings.lock_minutes, settings.meeting_lock_minutes, self
            )
        self.menu = menu = QMenu(self.tr("&Safety"), window)
        self.lock_action = self._add(menu, self.tr("&Lock now"), keys.LOCK, self.lock_now)
        # From any window, the shared screen included; a locked window's actions are disabled.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu.addSeparator()
        self.passphrase_action = self._add(
            menu, self.tr("Change the &passphrase…"), None, self.change_passphrase
        )
        self.backups_action = self._add(menu, self.tr("&Backups…"), None, self.show_backups)
        self.retention_action = self._add(
            menu, self.tr("P&urge old meetings…"), None, self.purge_old_meetings
        )
        menu.addSeparator()
        self.record_action = self._add(
            menu, self.tr("Export the selected person's &record…"), None, self.export_record
        )
        self.erase_action = self._add(
            menu, self.tr("&Erase the selected person…"), None, self.erase_person
        )

    def _add(self, menu: Any, text: str, shortcut: str | None, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _warn(self, title: str, error: WorkspaceError) -> None:
        QMessageBox.warning(self.window, title, describe_error(error, self.lang))

    # --- Lock and backups ------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Lock the console at once (as after the inactivity delay)."""
        self.lock.lock()

    def follow_settings(self, settings: Any) -> None:
        """Follow new lock delays from the settings (outside and during meetings)."""
        if self.delays is not None:
            self.delays.follow_settings(settings)

    def set_meeting_running(self, running: bool) -> None:
        """A meeting's console opened (True) or closed (False): its longer delay applies."""
        if self.delays is not None:
            self.delays.set_meeting_running(running)

    def follow_console(self, console: Any) -> None:
        """A meeting's console (a :class:`~desktop.ui.console.console.MeetingConsole`): its lock
        button locks, and it shows the countdown before an inactivity lock, whose "Stay
        unlocked" starts the count again. Connections end with the console."""
        console.lockRequested.connect(self.lock_now)
        inactivity = self.lock.inactivity
        if inactivity is None:
            return
        inactivity.countdown.connect(console.show_lock_countdown)
        inactivity.countdownStopped.connect(console.hide_lock_countdown)
        console.stayUnlockedRequested.connect(inactivity.reset)

    def start_automatic_backup(self) -> None:
        """Make the daily backup, if it is due, off the GUI thread (the workspace serialises
        access to its connection); the outcome comes back by ``backupFinished`` or
        ``backupFailed``."""
        workspace, folder = self.workspace, backup_folder(self.workspace.path)
        self.runner.start(
            lambda: backup.backup_if_due(workspace, folder),
            lambda path: self.backupFinished.emit(str(path or "")),
            lambda error: self.backupFailed.emit(describe_error(error, self.lang)),
        )

    def show_backups(self) -> None:
        """The backups dialog: folder, back up now, restore."""
        dialog = BackupsDialog(
            self.window,
            workspace_path=self.workspace.path,
            folder=backup_folder(self.workspace.path),
            backup_now=lambda folder: backup.backup_workspace(self.workspace, folder),
            lang=self.lang,
        )
        dialog.folderChanged.connect(
            lambda folder: set_backup_folder(self.workspace.path, Path(folder))
        )
        dialog.restoreRequested.connect(self.restore)
        dialog.exec()
        dialog.deleteLater()

    def restore(self, backup_file: str) -> bool:
        """Check the backup, then close the workspace, restore it and close the window (the
        restored workspace opens at the next start). True when restored."""
        chosen = backup.parse_backup_name(Path(backup_file))
        if chosen is None:
            return False

        folder = self.workspace.path.parent

        def check(path: Path, passphrase: str) -> None:  # on a worker, the workspace still open
            report = backup.check_backup(path, passphrase, folder)
            if not report.ok:
                raise backup.BackupFailed(report.summary())

        def close_workspace() -> None:  # on the GUI thread, once the backup proved sound
            self._stop_meeting()
            self.workspace.close()
            closed.append(True)

        target = self.workspace.path
        closed: list[bool] = []
        result = RestoreDialog.run(
            self.window,
            backups=[chosen],
            check=check,
            prepare=close_workspace,
            restore=lambda path, passphrase: backup.restore_backup(path, target, passphrase),
            lang=self.lang,
        )
        if result is None:
            if closed:  # the workspace was closed for a restore that then failed
                QMessageBox.information(
                    self.window,
                    self.tr("Not restored"),
                    self.tr("The workspace was closed for the restore. Empty Chair closes now."),
                )
                self.window.close()
            return False
        text = self.tr(
            "The backup was checked and restored. The previous file was kept as {file}. "
            "Empty Chair closes now: open it again to use the restored workspace."
        ).format(file=result.kept_copy.name if result.kept_copy else "-")
        reapplied = restore_summary(result)
        QMessageBox.information(
            self.window, self.tr("Restored"), f"{text}\n\n{reapplied}" if reapplied else text
        )
        self.window.close()
        return True

    # --- Passphrase, retention, erasure, record --------------------------------------------------

    def change_passphrase(self) -> bool:
        """The change-passphrase dialog; True when changed."""
        return ChangePassphraseDialog.run(
            self.window,
            change=lambda old, new: maintenance.change_passphrase(self.workspace, old, new),
            lang=self.lang,
        )

    def purge_old_meetings(self) -> None:
        """Show what is past the retention period and purge it when confirmed."""
        try:
            preview = maintenance.preview_retention(self.workspace)
        except WorkspaceError as error:
            self._warn(self.tr("Purge old meetings"), error)
            return
        report = RetentionDialog.run(
            self.window,
            preview=preview,
            purge=lambda p: maintenance.purge_expired(self.workspace, p),
            lang=self.lang,
        )
        if report is not None:
            self.dataChanged.emit()

    def _selected_person(self) -> Any:
        person_id = self._selected_person_id()
        if not person_id:
            QMessageBox.information(
                self.window,
                self.tr("Choose a person"),
                self.tr("Select a person in the People section first."),
            )
            return None
        return self.workspace.person(person_id)

    def erase_person(self) -> None:
        """Erase the person selected in the People section, after typing their alias."""
        person = self._selected_person()
        if person is None:
            return
        folder = backup_folder(self.workspace.path)
        report = ErasePersonDialog.run(
            self.window,
            person=person,
            counts=maintenance.erasure_counts(self.workspace, person.id),
            erase=lambda alias: maintenance.erase_person(self.workspace, person.id, alias),
            backups=len(backup.latest_backups(folder, self.workspace.path)),
            replace_backups=lambda: backup.replace_backups(self.workspace, folder),
            lang=self.lang,
        )
        if report is not None:
            self.dataChanged.emit()

    def export_record(self) -> bool:
        """Write the selected person's record as a PDF, rendered off the GUI thread; the
        outcome comes back by ``recordExported`` / ``recordFailed``. False when nothing was
        started (no person selected, no file chosen, the workspace could not be read)."""
        from desktop.minutes import MinutesError
        from desktop.minutes.person_record import export_person_record

        person = self._selected_person()
        if person is None:
            return False
        name = f"record-{person.alias or 'person'}-{dt.date.today().isoformat()}.pdf"
        path = self.choose_file(self.window, name)
        if path is None:
            return False
        try:
            record = maintenance.person_record(self.workspace, person.id)
        except WorkspaceError as error:
            self._warn(self.tr("Not saved"), error)
            return False
        lang = self.lang
        self.runner.start(
            lambda: export_person_record(record, path, lang),
            lambda _result: self._record_written(person.id, str(path)),
            self._record_failed,
            known=(MinutesError,),
        )
        return True

    def _record_written(self, person_id: str, path: str) -> None:
        self.workspace.log_event("person_record_exported", person_id=person_id)
        self._notice(self.tr("The record was saved as {file}.").format(file=path))
        self.recordExported.emit(path)

    def _record_failed(self, error: Exception) -> None:
        from desktop.minutes import MinutesError

        if isinstance(error, WorkspaceError):
            reason = describe_error(error, self.lang)
        elif isinstance(error, MinutesError):
            reason = error.text(self.lang)
        else:
            reason = str(error)
        self._notice(self.tr("The record was not saved: {reason}").format(reason=reason))
        self.recordFailed.emit(reason)

    def _notice(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Person's record"), text)
        box.setParent(self.window, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): nothing waits on it
