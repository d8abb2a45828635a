"""Safety ▸ Check the whole history…: the full verification, asked for by hand.

The check the app runs at each opening is a routine one: it starts from the last verified
checkpoint, so it costs milliseconds after years — and it cannot see a row (a shared item's
wording, a withheld item, a decision) that someone holding the passphrase changed *before* that
checkpoint. Only the full verification reads every row: the one ``emptychair verify`` runs. This
is the same check for a team lead who never opens a terminal.

It runs off the GUI thread on a connection of its own
(:func:`~desktop.storage.verify.verify_open_workspace`), so the window's reads go on meanwhile,
with a progress dialog that names the step (the file page by page, the audit log event by event,
the stored rows) and can stop it. The outcome is said in a dialog: sound, and what was checked;
each problem, as the check at opening words it; stopped, and nothing changed; or why it could
not run.
"""

from __future__ import annotations

import errno
import os
import threading
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.storage.errors import Cancelled, WorkspaceError
from desktop.storage.verify import verify_open_workspace
from desktop.ui.safety.background_safety import problem_box, problem_sentence
from desktop.ui.widgets.background import BackgroundRunner, permille
from desktop.ui.widgets.errors import describe_error

# The steps of a full check, in the order verify_open_workspace reports them.
STEPS = ("file", "log", "rows")


class HistoryCheck(QObject):
    """The full verification of one window's workspace, with its progress and result dialogs.

    Signals:
        progressed(str, int, int): from the worker: the step (``"file"``, ``"log"``,
            ``"rows"``), how far, of how many (0: no total).
        checked(object): the check ended; its
            :class:`~desktop.storage.verify.VerifyReport` (sound or not) is shown.
        stopped(): the check was stopped (by the person, a meeting or the window closing).
        failed(str): the check could not run: why, in one sentence.
    """

    progressed = Signal(str, int, int)
    checked = Signal(object)
    stopped = Signal()
    failed = Signal(str)

    def __init__(
        self, window: QWidget, workspace: Any, runner: BackgroundRunner, lang: str
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.runner = runner
        self.lang = lang
        self.progress: QProgressDialog | None = None
        self.result: QMessageBox | None = None
        self._cancel: threading.Event | None = None
        self._for_meeting = False
        self._closed = False
        self.progressed.connect(self._show_step)

    def is_running(self) -> bool:
        """A check is under way."""
        return self._cancel is not None

    def start(self) -> bool:
        """Start the full check off the GUI thread; False when one already runs."""
        if self._cancel is not None or self._closed:
            return False
        cancel = threading.Event()
        self._cancel, self._for_meeting = cancel, False
        workspace = self.workspace

        def check() -> Any:  # on a worker thread
            if not workspace.path.exists():
                # Asked first to say it as a file gone from an open workspace (storage's own
                # refusal, connect_again, speaks of a path with no workspace at all).
                raise FileNotFoundError(
                    errno.ENOENT, os.strerror(errno.ENOENT), str(workspace.path)
                )
            return verify_open_workspace(
                workspace, full=True, progress=self.progressed.emit, cancelled=cancel.is_set
            )

        self._show_progress(cancel)
        # A file that vanished or a disk that failed is an outcome to say, not a bug.
        self.runner.start(check, self._done, self._not_done, known=(OSError,))
        return True

    def stop(self, *, for_meeting: bool = False) -> None:
        """Stop the check under way (it leaves nothing behind; it is said as stopped, and why
        when ``for_meeting``)."""
        if self._cancel is not None:
            self._for_meeting = for_meeting
            self._cancel.set()

    def close(self) -> None:
        """The window closes: stop the check under way, and say nothing more."""
        self._closed = True
        self.stop()

    # --- While it runs -------------------------------------------------------------------------

    def _show_progress(self, cancel: threading.Event) -> None:
        dialog = QProgressDialog(self._step_text("file", 0, 0), self.tr("&Stop"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Check the whole history"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a small workspace shows no dialog at all
        dialog.setMinimumWidth(520)  # the step's sentence changes: the dialog must not jump
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        dialog.setValue(0)  # starts the minimum duration's count
        self.progress = dialog

    def _show_step(self, step: str, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None:
            return
        dialog.setLabelText(self._step_text(step, done, total))
        if step == "file":  # SQLite's integrity check says nothing while it walks the pages
            dialog.setRange(0, 0)
            return
        # The log and the rows: a bar over the whole check, the log taking most of it.
        start, width = (0, 900) if step == "log" else (900, 100)
        dialog.setRange(0, 1000)
        dialog.setValue(start + permille(done, total) * width // 1000)

    def _step_text(self, step: str, done: int, total: int) -> str:
        number = STEPS.index(step) + 1 if step in STEPS else 1
        if step == "log":
            locale = QLocale(self.lang)
            what = self.tr("Following the audit log, event by event ({done} of {total})").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        elif step == "rows":
            what = self.tr("Comparing the stored rows with the events that recorded them")
        else:
            what = self.tr("Reading the whole file, page by page")
        return self.tr("Step {number} of {count}: {what}…").format(
            number=number, count=len(STEPS), what=what
        )

    def _end_progress(self) -> None:
        dialog, self.progress = self.progress, None
        self._cancel = None
        if dialog is not None:
            dialog.canceled.disconnect()
            dialog.close()
            dialog.deleteLater()

    # --- The outcome ---------------------------------------------------------------------------

    def _done(self, report: Any) -> None:
        self._end_progress()
        if self._closed:
            return
        if report.ok:
            self._say(
                QMessageBox.Icon.Information,
                self.tr("The whole history holds"),
                self.tr("The whole history of this workspace was checked: nothing is wrong."),
                self._what_was_checked(report),
            )
        else:
            problems = [message.render(self.lang) for message in report.problem_messages()]
            box = problem_box(self.window, problem_sentence(report, self.lang))
            if len(problems) > 3:  # the sentence names the first three, as at opening
                box.setDetailedText("\n".join(f"• {text}" for text in problems))
            self._keep(box)
        self.checked.emit(report)

    def _what_was_checked(self, report: Any) -> str:
        locale = QLocale(self.lang)
        try:
            size = locale.formattedDataSize(
                self.workspace.path.stat().st_size, 0, QLocale.DataSizeFormat.DataSizeSIFormat
            )
        except OSError:
            size = ""
        lines = [
            self.tr("The file ({size}) was read page by page: no page is damaged.").format(
                size=size
            )
            if size
            else self.tr("The file was read page by page: no page is damaged."),
            self.tr(
                "The audit log's %n event(s) were followed one by one: none is missing, "
                "changed or out of place.",
                "",
                report.events,
            ),
            self.tr(
                "The shared and withheld items, decisions, actions, consents and deliberations "
                "stored match the events that recorded them."
            ),
        ]
        # A note is a clause of the terminal's one-line report: here it stands alone.
        lines += [_sentence(note.render(self.lang)) for note in report.notes]
        return "\n\n".join(lines)

    def _not_done(self, error: Exception) -> None:
        self._end_progress()
        if self._closed:
            return
        if isinstance(error, Cancelled):
            why = (
                self.tr("The check was stopped because a meeting started: nothing was changed.")
                if self._for_meeting
                else self.tr("The check was stopped before the end: nothing was changed.")
            )
            self._say(
                QMessageBox.Icon.Information,
                self.tr("Check stopped"),
                why,
                self.tr("You can check the whole history again at any time."),
            )
            self.stopped.emit()
            return
        more = self.tr("Nothing was changed.")
        if isinstance(error, WorkspaceError):
            reason = describe_error(error, self.lang)
        elif isinstance(error, FileNotFoundError):
            reason = self.tr("The workspace file is no longer at {path}.").format(
                path=self.workspace.path
            )
            more = self.tr(
                "Was it moved, renamed or deleted, or is its drive disconnected? Nothing was "
                "changed. Close Empty Chair, put the file back, and open it again."
            )
        else:  # the disk, or the file's rights
            reason = self.tr("The workspace file could not be read ({reason}).").format(
                reason=error.strerror or str(error)
            )
        self._say(
            QMessageBox.Icon.Warning, self.tr("The history could not be checked"), reason, more
        )
        self.failed.emit(reason)

    def _say(self, icon: QMessageBox.Icon, title: str, text: str, more: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok)
        box.setInformativeText(more)
        box.setParent(self.window, box.windowFlags())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self._keep(box)

    def _keep(self, box: QMessageBox) -> None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result = box
        box.open()  # not exec(): nothing waits on it


def _sentence(clause: str) -> str:
    """A report's clause ("anchors were not checked: …") as a sentence of its own."""
    clause = clause.strip()
    return f"{clause[:1].upper()}{clause[1:]}." if clause else ""
