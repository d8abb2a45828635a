"""What keeps a workspace safe without anyone waiting: the daily backup, made when the app is
idle, and the checks after opening — each on a connection of its own, off the GUI thread.

The automatic backup no longer starts with the window: a timer looks now and then whether one
is due, and makes it once nobody has touched the keyboard or the mouse for a while and no meeting
runs. A meeting starting, or the window closing, stops it (nothing is left: the partial copy
goes); it is made again at the next quiet moment.

Once the window shows, the routine verification runs (the audit log since its last checkpoint:
milliseconds after a day's meetings), preceded by the full-file check when the app was not
closed cleanly. Only a problem is said: in a message that names it and what to do.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.storage import backup
from desktop.storage.errors import Cancelled, CorruptWorkspace, problem
from desktop.storage.verify import verify_open_workspace
from desktop.storage.verify_texts import one_after_another
from desktop.ui.widgets.background import BackgroundRunner
from desktop.ui.widgets.errors import describe_error

#: Seconds without input before the daily backup starts.
IDLE_SECONDS = 60.0
#: How often the timer looks whether a backup is due (ms).
LOOK_EVERY_MS = 30_000
#: After the window shows, when the checks start (ms): the first paint comes first.
CHECK_AFTER_MS = 1500


class BackgroundSafety(QObject):
    """The idle daily backup and the checks after opening, for one window's workspace.

    ``idle_seconds()`` says how long nobody touched the app; ``folder()`` where backups go; ``lang``
    the language of its messages.

    Signals:
        backupFinished(str): the automatic backup's file.
        backupFailed(str): why the automatic backup failed (it is tried again later).
        checked(object): the routine verification's report (a
            :class:`~desktop.storage.verify.VerifyReport`), after the checks at opening.
        problemFound(str): the checks at opening found a problem: what, in one sentence.
    """

    backupFinished = Signal(str)
    backupFailed = Signal(str)
    checked = Signal(object)
    problemFound = Signal(str)

    def __init__(
        self,
        window: QWidget,
        workspace: Any,
        runner: BackgroundRunner,
        *,
        idle_seconds: Callable[[], float],
        folder: Callable[[], Path],
        lang: str = "en",
    ) -> None:
        super().__init__(window)
        self.lang = lang
        self.window = window
        self.workspace = workspace
        self.runner = runner
        self._idle_seconds = idle_seconds
        self._folder = folder
        self._meeting = False
        self._backing_up: threading.Event | None = None
        self._checking: threading.Event | None = None
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_quiet)
        self.notice: QMessageBox | None = None

    # --- The daily backup -------------------------------------------------------------------------

    def watch(self) -> None:
        """Start looking, now and then, whether the daily backup is due and the app quiet."""
        if not self._stopped:
            self.timer.start()

    def is_backing_up(self) -> bool:
        """The automatic backup is being made."""
        return self._backing_up is not None

    def back_up_if_quiet(self) -> bool:
        """Start the daily backup if it is due, nobody used the app for :data:`IDLE_SECONDS`
        and no meeting runs; True when started."""
        if self._stopped or self._meeting or self._backing_up is not None:
            return False
        if self._idle_seconds() < IDLE_SECONDS:
            return False
        folder = self._folder()
        if not backup.backup_due(folder, self.workspace.path, interval=backup.INTERVAL):
            return False
        cancel = threading.Event()
        self._backing_up = cancel
        workspace = self.workspace
        self.runner.start(
            lambda: backup.backup_workspace(workspace, folder, cancelled=cancel.is_set),
            self._backed_up,
            self._not_backed_up,
        )
        return True

    def _backed_up(self, path: Path) -> None:
        self._backing_up = None
        self.backupFinished.emit(str(path))

    def _not_backed_up(self, error: Exception) -> None:
        self._backing_up = None
        if not isinstance(error, Cancelled):
            self.backupFailed.emit(describe_error(error, self.lang))

    def set_meeting_running(self, running: bool) -> None:
        """A meeting started (its writes come first: the backup stops, to be made later) or
        ended."""
        self._meeting = running
        if running and self._backing_up is not None:
            self._backing_up.set()

    # --- The checks at opening --------------------------------------------------------------------

    def check_soon(self) -> None:
        """Run the checks at opening in a moment (once the window has painted)."""
        QTimer.singleShot(CHECK_AFTER_MS, self.check_now)

    def check_now(self) -> None:
        """The full-file check if the app was not closed cleanly, then the routine
        verification, on a connection of their own."""
        if self._stopped or self._checking is not None:
            return
        cancel = threading.Event()
        self._checking = cancel
        workspace = self.workspace
        unclean = bool(getattr(workspace, "unclean_shutdown", False))

        def check() -> Any:
            if unclean:
                problems = workspace.check_file(cancelled=cancel.is_set)
                if problems != ("ok",):
                    raise CorruptWorkspace(
                        problem("storage.damaged", path=str(workspace.path), problem=problems[0])
                    )
                workspace.unclean_shutdown = False
            return verify_open_workspace(workspace, cancelled=cancel.is_set)

        self.runner.start(check, self._checked, self._check_failed)

    def _checked(self, report: Any) -> None:
        self._checking = None
        self.checked.emit(report)
        if not report.ok:
            self._tell(problem_sentence(report, self.lang))

    def _check_failed(self, error: Exception) -> None:
        self._checking = None
        if not isinstance(error, Cancelled) and not self._stopped:
            self._tell(describe_error(error, self.lang))

    def _tell(self, problem: str) -> None:
        self.problemFound.emit(problem)
        box = problem_box(self.window, problem)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()

    # --- Closing ----------------------------------------------------------------------------------

    def stop(self) -> None:
        """The window closes: stop looking, stop what runs (it leaves nothing behind)."""
        self._stopped = True
        self.timer.stop()
        for event in (self._backing_up, self._checking):
            if event is not None:
                event.set()


def problem_sentence(report: Any, lang: str) -> str:
    """What a check found (a :class:`~desktop.storage.verify.VerifyReport` that is not sound),
    in one sentence in ``lang``: its first three problems."""
    return QCoreApplication.translate(
        "BackgroundSafety", "The check of this workspace's history found a problem: {problem}"
    ).format(problem=one_after_another(report.problem_messages()[:3]).render(lang))


def problem_box(window: QWidget, problem: str) -> QMessageBox:
    """The warning that says a problem with the workspace, and what to do: window-modal over
    ``window``, not yet shown (the checks at opening and the full check by hand word it alike)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("BackgroundSafety", "A problem with this workspace"),
        problem,
        QMessageBox.StandardButton.Ok,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "BackgroundSafety",
            "Nothing was changed. Keep working only if you know why; otherwise restore the "
            "last good backup (Safety ▸ Backups…) and keep this file aside for whoever "
            "looks after your computers.",
        )
    )
    box.setParent(window, box.windowFlags())
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def idle_clock(started: float | None = None) -> Callable[[], float]:
    """Seconds since ``started`` (now): for a window without an inactivity lock to ask."""
    begin = time.monotonic() if started is None else started
    return lambda: time.monotonic() - begin
