"""The safety features of the main window: a *Safety* menu, the inactivity lock (longer, and
counted down on the console, while a meeting runs), the daily automatic backup (made when the
app is idle) and the checks after opening (:mod:`desktop.ui.safety.background_safety`).

Long work — a backup, a purge, an erasure, the person's record, the full check of the history
(:mod:`desktop.ui.safety.history_check`) — runs off the GUI thread on a connection of its own
(:meth:`~desktop.storage.workspace.Workspace.on_own_connection`), so the window's reads go on
meanwhile.

The main window builds :class:`SafetyActions` like its other sections, adds its :attr:`menu`
to the menu bar and wires its signals; it hands over what the actions need from it (the person
selected in People, how to stop a running meeting) as plain callables. Each action opens one of
the dialogs of this package; the work itself is done by :mod:`desktop.storage.backup` and
:mod:`desktop.storage.maintenance`.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop.storage import backup, maintenance
from desktop.storage.errors import RECORD_STOPPED, Cancelled, WorkspaceError, problem
from desktop.ui.safety.background_safety import BackgroundSafety, idle_clock
from desktop.ui.safety.backup_settings import backup_folder, set_backup_folder
from desktop.ui.safety.backups_dialog import BackupsDialog, RestoreDialog, restore_summary
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.safety.history_check import HistoryCheck
from desktop.ui.safety.idle_lock import InactivityLock, MeetingAwareDelay
from desktop.ui.safety.lock_screen import LockController, install_inactivity_lock
from desktop.ui.safety.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.safety.retention_dialog import RetentionDialog
from desktop.ui.widgets import shortcuts as keys
from desktop.ui.widgets.background import BackgroundRunner, permille
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

    Signals: ``dataChanged()`` after a purge or an erasure, with ``meetingsPurged(list)`` (the
    ids of the meetings purged) or ``personErased(str)`` (the person's id); ``backupFinished(str)``
    with the automatic backup's file ("" when none was due), ``backupFailed(str)`` with the
    reason; ``recordExported(str)`` with the person's record file written, ``recordFailed(str)``
    with the reason; ``recordProgress(int)`` how far the record is, in thousandths. The full
    check of the history (:attr:`history`) has its own signals.
    """

    dataChanged = Signal()
    meetingsPurged = Signal(list)
    personErased = Signal(str)
    backupFinished = Signal(str)
    backupFailed = Signal(str)
    recordExported = Signal(str)
    recordFailed = Signal(str)
    recordProgress = Signal(int)

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
        self.background = BackgroundSafety(
            window,
            workspace,
            self.runner,
            idle_seconds=(
                self.lock.inactivity.idle_seconds if self.lock.inactivity else idle_clock()
            ),
            folder=lambda: backup_folder(workspace.path),
            lang=self.lang,
        )
        self.background.backupFinished.connect(self.backupFinished)
        self.background.backupFailed.connect(self.backupFailed)
        self.record_progress: QProgressDialog | None = None
        self._meeting = False
        self._record_cancel: threading.Event | None = None
        self.menu = menu = QMenu(self.tr("&Safety"), window)
        self.lock_action = self._add(menu, self.tr("&Lock now"), keys.LOCK, self.lock_now)
        # From any window, the shared screen included; a locked window's actions are disabled.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu.addSeparator()
        self.passphrase_action = self._add(
            menu, self.tr("Change the &passphrase…"), None, self.change_passphrase
        )
        self.backups_action = self._add(menu, self.tr("&Backups…"), None, self.show_backups)
        self.history = HistoryCheck(window, workspace, self.runner, lang)
        self.check_action = self._add(
            menu, self.tr("Check the whole &history…"), None, self.check_history
        )
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
        """A meeting's console opened (True) or closed (False): its longer delay applies, and
        the automatic backup waits for it."""
        if self.delays is not None:
            self.delays.set_meeting_running(running)
        self.background.set_meeting_running(running)
        # Not during a meeting: the full check reads every page of the file and every event
        # (half a minute to a minute for ten years of meetings on an office PC), taking a core
        # and the disk from the console and the shared screen, which must answer at once. The
        # meeting's own writes are checked at the next opening anyway; the full check can wait
        # an hour. One running when a meeting starts stops (it leaves nothing behind).
        self.check_action.setEnabled(not running)
        self._meeting = running
        if running:
            self.history.stop(for_meeting=True)

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
        """Make the daily backup now, if it is due, off the GUI thread on a connection of its
        own; the outcome comes back by ``backupFinished`` or ``backupFailed``."""
        workspace, folder = self.workspace, backup_folder(self.workspace.path)
        self.runner.start(
            lambda: backup.backup_if_due(workspace, folder),
            lambda path: self.backupFinished.emit(str(path or "")),
            lambda error: self.backupFailed.emit(describe_error(error, self.lang)),
        )

    def start_background_work(self, *, backups: bool = True) -> None:
        """Once the window shows: the checks at opening, and (with ``backups``) the daily
        backup at the next quiet moment."""
        self.background.check_soon()
        if backups:
            self.background.watch()

    def stop_background_work(self) -> None:
        """The window closes: stop the background work (nothing is left half made), then wait
        for it to end."""
        self.background.stop()
        self.history.close()
        if self._record_cancel is not None:
            self._record_cancel.set()
        self.runner.wait()

    def show_backups(self) -> None:
        """The backups dialog: folder, back up now, restore."""
        dialog = BackupsDialog(
            self.window,
            workspace_path=self.workspace.path,
            folder=backup_folder(self.workspace.path),
            backup_now=lambda folder, progress, cancelled: backup.backup_workspace(
                self.workspace, folder, progress=progress, cancelled=cancelled
            ),
            lang=self.lang,
        )
        dialog.folderChanged.connect(
            lambda folder: set_backup_folder(self.workspace.path, Path(folder))
        )
        dialog.restoreRequested.connect(self.restore)
        dialog.exec()
        dialog.deleteLater()

    def check_history(self) -> bool:
        """Safety ▸ Check the whole history…: the full verification, off the GUI thread, with a
        progress dialog that can stop it; the outcome is said in a dialog (see
        :mod:`desktop.ui.safety.history_check`). False when it did not start (a meeting runs,
        or a check already does)."""
        if self._meeting:  # the action is disabled then; a shortcut or a script may still ask
            QMessageBox.information(
                self.window,
                self.tr("Check the whole history"),
                self.tr("Not while a meeting runs: check the whole history after the meeting."),
            )
            return False
        return self.history.start()

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
                unsound = report.summary_message()
                raise backup.BackupFailed(
                    problem("storage.backup_unsound", path=str(path), problem=unsound)
                )

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
            purge=lambda p: self._on_own(lambda own: maintenance.purge_expired(own, p)),
            lang=self.lang,
        )
        if report is not None:
            self.meetingsPurged.emit([m.meeting_id for m in preview.meetings])
            self.dataChanged.emit()

    def _on_own(self, work: Callable[[Any], Any]) -> Any:
        """Do ``work`` with the workspace on a connection of its own (off the GUI thread: the
        window's reads go on)."""
        with self.workspace.on_own_connection() as own:
            return work(own)

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
            erase=lambda alias: self._on_own(
                lambda own: maintenance.erase_person(own, person.id, alias)
            ),
            backups=len(backup.latest_backups(folder, self.workspace.path)),
            replace_backups=lambda: backup.replace_backups(self.workspace, folder),
            lang=self.lang,
        )
        if report is not None:
            self.personErased.emit(person.id)
            self.dataChanged.emit()

    def export_record(self) -> bool:
        """Write the selected person's record as a PDF: gathered on a connection of its own and
        rendered off the GUI thread, with a progress dialog that can stop it. The outcome comes
        back by ``recordExported`` / ``recordFailed``. False when nothing was started (no person
        selected, no file chosen)."""
        from desktop.minutes import MinutesError
        from desktop.minutes.person_record import export_person_record

        person = self._selected_person()
        if person is None:
            return False
        name = f"record-{person.alias or 'person'}-{dt.date.today().isoformat()}.pdf"
        path = self.choose_file(self.window, name)
        if path is None:
            return False
        lang = self.lang
        cancel = threading.Event()
        self._record_cancel = cancel

        def gather_and_write() -> None:  # on a worker thread
            record = self._on_own(
                lambda own: maintenance.person_record(
                    own,
                    person.id,
                    progress=lambda done, total: self.recordProgress.emit(permille(done, total)),
                    cancelled=cancel.is_set,
                )
            )
            if cancel.is_set():
                raise Cancelled(RECORD_STOPPED)
            self.recordProgress.emit(1000)
            export_person_record(record, path, lang)

        self._show_record_progress(cancel)
        self.runner.start(
            gather_and_write,
            lambda _result: self._record_written(person.id, str(path)),
            self._record_failed,
            known=(MinutesError,),
        )
        return True

    def _show_record_progress(self, cancel: threading.Event) -> None:
        dialog = QProgressDialog(
            self.tr("Gathering the person's record…"), self.tr("&Stop"), 0, 1000, self.window
        )
        dialog.setWindowTitle(self.tr("Person's record"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a short record shows no dialog at all
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        self.recordProgress.connect(dialog.setValue)
        self.record_progress = dialog

    def _end_record_progress(self) -> None:
        dialog, self.record_progress = self.record_progress, None
        self._record_cancel = None
        if dialog is not None:
            self.recordProgress.disconnect(dialog.setValue)
            dialog.close()
            dialog.deleteLater()

    def _record_written(self, person_id: str, path: str) -> None:
        self._end_record_progress()
        self.workspace.log_event("person_record_exported", person_id=person_id)
        self._notice(self.tr("The record was saved as {file}.").format(file=path))
        self.recordExported.emit(path)

    def _record_failed(self, error: Exception) -> None:
        self._end_record_progress()
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
