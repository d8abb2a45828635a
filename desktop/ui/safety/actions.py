"""The safety features in the main window: a *Safety* menu, the inactivity lock (longer, and
counted down on the console, while a meeting runs), and the daily automatic backup (made off the
GUI thread).

:func:`install_safety` is the one call the composition root makes after building the main
window. Each action opens one of the dialogs of this package; the work itself is done by
:mod:`desktop.storage.backup` and :mod:`desktop.storage.maintenance`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from desktop.storage import backup, maintenance
from desktop.storage.errors import WorkspaceError
from desktop.ui.safety.backup_settings import backup_folder, set_backup_folder
from desktop.ui.safety.backups_dialog import BackupsDialog, RestoreDialog
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.safety.idle_lock import InactivityLock, MeetingAwareDelay
from desktop.ui.safety.lock_screen import LockController, install_inactivity_lock
from desktop.ui.safety.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.safety.retention_dialog import RetentionDialog
from desktop.ui.widgets.errors import describe_error

ChooseFile = Callable[[QWidget, str], Path | None]


class _BackupSignals(QObject):
    done = Signal(object)  # the backup's path, or None when none was due
    failed = Signal(str)


class AutomaticBackup(QRunnable):
    """Makes the daily backup if it is due, on a worker thread (the workspace serialises access
    to its connection); reports through :attr:`signals`."""

    def __init__(self, workspace: Any, folder: Path, lang: str) -> None:
        super().__init__()
        self.workspace = workspace
        self.folder = folder
        self.lang = lang
        self.signals = _BackupSignals()

    def run(self) -> None:
        """Qt: the work, off the GUI thread."""
        try:
            path = backup.backup_if_due(self.workspace, self.folder)
        except WorkspaceError as error:
            self.signals.failed.emit(error.text(self.lang))
            return
        self.signals.done.emit(path)


def _choose_pdf(parent: QWidget, suggested: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the person's record"), suggested, parent.tr("PDF (*.pdf)")
    )
    return Path(chosen) if chosen else None


class SafetyActions(QObject):
    """The *Safety* menu's actions over one main window and its workspace.

    Signals: ``backupFinished(str)`` with the automatic backup's file ("" when none was due),
    ``backupFailed(str)`` with the reason; ``recordExported(str)`` with the person's record
    file written, ``recordFailed(str)`` with the reason.
    """

    backupFinished = Signal(str)
    backupFailed = Signal(str)
    recordExported = Signal(str)
    recordFailed = Signal(str)

    def __init__(self, window: QMainWindow, workspace: Any, lang: str) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.lang = lang
        self.choose_file: ChooseFile = _choose_pdf
        self.pool = QThreadPool(self)
        self.lock: LockController | None = None
        self.delays: MeetingAwareDelay | None = None
        self._job: AutomaticBackup | None = None
        self._record_job: RecordExport | None = None
        menu = window.menuBar().addMenu(self.tr("&Safety"))
        self.lock_action = self._add(menu, self.tr("&Lock now"), "Ctrl+L", self.lock_now)
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

    def _refresh(self) -> None:
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()

    # --- Lock and backups ------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Lock the console at once (as after the inactivity delay)."""
        if self.lock is not None:
            self.lock.lock()

    def follow_console(self, console: Any) -> None:
        """A meeting's console (a :class:`~desktop.ui.console.console.MeetingConsole`): its lock
        button locks, and it shows the countdown before an inactivity lock, whose "Stay
        unlocked" starts the count again. Connections end with the console."""
        console.lockRequested.connect(self.lock_now)
        inactivity = self.lock.inactivity if self.lock is not None else None
        if inactivity is None:
            return
        inactivity.countdown.connect(console.show_lock_countdown)
        inactivity.countdownStopped.connect(console.hide_lock_countdown)
        console.stayUnlockedRequested.connect(inactivity.reset)

    def start_automatic_backup(self) -> AutomaticBackup:
        """Start the daily backup on the thread pool."""
        job = AutomaticBackup(self.workspace, backup_folder(self.workspace.path), self.lang)
        job.setAutoDelete(False)
        job.signals.done.connect(lambda path: self.backupFinished.emit(str(path or "")))
        job.signals.failed.connect(self.backupFailed)
        self._job = job
        self.pool.start(job)
        return job

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
            meetings = getattr(self.window, "meetings", None)
            if meetings is not None and meetings.is_running():
                meetings.finish()
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
        QMessageBox.information(
            self.window,
            self.tr("Restored"),
            self.tr(
                "The backup was checked and restored. The previous file was kept as {file}. "
                "Empty Chair closes now: open it again to use the restored workspace."
            ).format(file=result.kept_copy.name if result.kept_copy else "-"),
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
            self._refresh()

    def _selected_person(self) -> Any:
        view = getattr(self.window, "people_view", None)
        person_id = view.current_person_id() if view is not None else ""
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
        report = ErasePersonDialog.run(
            self.window,
            person=person,
            counts=maintenance.erasure_counts(self.workspace, person.id),
            erase=lambda alias: maintenance.erase_person(self.workspace, person.id, alias),
            lang=self.lang,
        )
        if report is not None:
            self._refresh()

    def export_record(self) -> RecordExport | None:
        """Write the selected person's record as a PDF, rendered off the GUI thread; the
        outcome comes back by ``recordExported`` / ``recordFailed``."""
        person = self._selected_person()
        if person is None:
            return None
        name = f"record-{person.alias or 'person'}-{dt.date.today().isoformat()}.pdf"
        path = self.choose_file(self.window, name)
        if path is None:
            return None
        try:
            record = maintenance.person_record(self.workspace, person.id)
        except WorkspaceError as error:
            self._warn(self.tr("Not saved"), error)
            return None
        job = RecordExport(record, path, self.lang)
        job.setAutoDelete(False)
        job.signals.done.connect(lambda written: self._record_written(person.id, written))
        job.signals.failed.connect(self._record_failed)
        self._record_job = job
        self.pool.start(job)
        return job

    def _record_written(self, person_id: str, path: str) -> None:
        self.workspace.log_event("person_record_exported", person_id=person_id)
        self._notice(self.tr("The record was saved as {file}.").format(file=path))
        self.recordExported.emit(path)

    def _record_failed(self, reason: str) -> None:
        self._notice(self.tr("The record was not saved: {reason}").format(reason=reason))
        self.recordFailed.emit(reason)

    def _notice(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Person's record"), text)
        box.setParent(self.window, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): nothing waits on it


class _RecordSignals(QObject):
    done = Signal(str)  # the file written
    failed = Signal(str)  # why not


class RecordExport(QRunnable):
    """Renders the person's record and writes it, on a worker thread."""

    def __init__(self, record: maintenance.PersonRecord, path: Path, lang: str) -> None:
        super().__init__()
        self.record = record
        self.path = path
        self.lang = lang
        self.signals = _RecordSignals()

    def run(self) -> None:
        """Qt: the work, off the GUI thread."""
        from desktop.minutes import MinutesError
        from desktop.minutes.person_record import export_person_record

        try:
            export_person_record(self.record, self.path, self.lang)
        except MinutesError as error:
            self.signals.failed.emit(error.text(self.lang))
            return
        self.signals.done.emit(str(self.path))


def install_safety(
    window: QMainWindow,
    workspace: Any,
    *,
    lang: str,
    automatic_backup: bool = True,
    inactivity: InactivityLock | None = None,
) -> SafetyActions:
    """Add the *Safety* menu, the inactivity lock and the daily backup to ``window``.

    The lock follows the window's meetings: the meeting delay and the console's countdown while
    one runs (``actions.delays``; give it new settings with its ``follow_settings``). ``lang`` is
    the UI's language, for the documents and messages the actions produce. Tests pass an
    ``inactivity`` lock with a fake clock.
    """
    actions = SafetyActions(window, workspace, lang)
    settings = workspace.settings()
    actions.lock = install_inactivity_lock(
        window,
        lambda phrase: maintenance.passphrase_opens(workspace.path, phrase),
        minutes=settings.lock_minutes,
        workspace_name=workspace.path.name,
        lang=lang,
        lock=inactivity,
    )
    if actions.lock.inactivity is not None:
        actions.delays = MeetingAwareDelay(
            actions.lock.inactivity, settings.lock_minutes, settings.meeting_lock_minutes, actions
        )
    meetings = getattr(window, "meetings", None)
    if meetings is not None:
        meetings.consoleStarted.connect(actions.follow_console)
        if actions.delays is not None:
            meetings.runningChanged.connect(actions.delays.set_meeting_running)
    if automatic_backup:
        actions.start_automatic_backup()
    return actions
