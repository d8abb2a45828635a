"""Slow storage work runs off the GUI thread: the dialog says it is working, the GUI thread keeps
turning (a timer on it keeps firing), and the outcome comes back as before (issue 3)."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.storage import backup, maintenance
from desktop.storage.errors import DiskFull, WrongPassphrase, problem
from desktop.storage.workspace import Workspace
from desktop.ui.safety.backups_dialog import BackupsDialog, RestoreDialog
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.safety.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.safety.retention_dialog import RetentionDialog
from desktop.ui.widgets.background import BusyIndicator, BusyWork

PERSON = "p-jd"

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialogs show on screen


class Slowed:
    """Wraps a storage call: sleeps 0.6 s first and records the thread it ran on."""

    def __init__(self, call: Callable[..., Any]) -> None:
        self.call = call
        self.threads: list[threading.Thread] = []

    def __call__(self, *args: Any) -> Any:
        self.threads.append(threading.current_thread())
        time.sleep(0.6)
        return self.call(*args)

    def ran_off_the_gui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread() not in self.threads


def run_busy(qtbot, dialog, start: Callable[[], None], text: str, *, close: bool = False) -> None:
    """Start the dialog's work; while it runs, check the busy state and that a timer on the GUI
    thread keeps firing (and ask to close the dialog if ``close``); wait for the outcome."""
    dialog.show()
    ticks: list[float] = []
    timer = QTimer(dialog)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(dialog.attemptFinished, timeout=20000):
        start()
        assert dialog.is_busy() and not dialog.busy_indicator.isHidden()
        assert text in dialog.busy_indicator.label.text()
        if close:
            dialog.reject()  # closing waits for the work to end: it is not stopped halfway
            assert dialog.isVisible()
    timer.stop()
    assert not dialog.is_busy() and dialog.busy_indicator.isHidden()
    assert len(ticks) >= 5, "the GUI thread was blocked"
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.4


def test_changing_the_passphrase(qtbot, demo: Workspace) -> None:
    change = Slowed(lambda old, new: maintenance.change_passphrase(demo, old, new))
    dialog = ChangePassphraseDialog(None, change=change, lang="en")
    qtbot.addWidget(dialog)
    fields = (dialog.old_edit, dialog.new_edit, dialog.repeat_edit)
    for edit, text in zip(fields, ("wrong", "long new phrase", "long new phrase"), strict=True):
        edit.setText(text)
    run_busy(qtbot, dialog, dialog.accept, "Changing the passphrase")
    assert dialog.message.text() == "The current passphrase is not right."
    assert not dialog.changed and dialog.isVisible()  # a failure keeps the dialog open
    assert all(edit.text() == "" and edit.isEnabled() for edit in fields)
    assert dialog.old_edit.hasFocus()
    for edit, text in zip(fields, ("demo", "long new phrase", "long new phrase"), strict=True):
        edit.setText(text)
    run_busy(qtbot, dialog, dialog.accept, "Changing the passphrase")
    assert dialog.changed and change.ran_off_the_gui_thread()
    assert maintenance.passphrase_opens(demo.path, "long new phrase")
    assert demo.person(PERSON)  # the re-keyed workspace still serves the GUI thread


def test_purging_old_meetings(qtbot, demo: Workspace) -> None:
    far_future = demo.meetings()[0].scheduled_at.date().replace(year=2100)
    preview = maintenance.preview_retention(demo, far_future)
    purge = Slowed(lambda p: maintenance.purge_expired(demo, p))
    dialog = RetentionDialog(None, preview=preview, purge=purge, lang="en")
    qtbot.addWidget(dialog)
    run_busy(qtbot, dialog, dialog.accept, "Deleting the meetings", close=True)
    assert purge.ran_off_the_gui_thread()
    assert dialog.report is not None and dialog.report.meetings == 4 and not dialog.isVisible()
    assert dialog.result() == 1  # purged, then closed: the report says what was done
    assert demo.meetings() == []


def test_erasing_a_person(qtbot, demo: Workspace) -> None:
    erase = Slowed(lambda alias: maintenance.erase_person(demo, PERSON, alias))
    dialog = ErasePersonDialog(
        None,
        person=demo.person(PERSON),
        counts=maintenance.erasure_counts(demo, PERSON),
        erase=erase,
        lang="en",
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.alias_edit, "J.D.")
    run_busy(qtbot, dialog, dialog.erase_button.click, "Erasing")
    assert erase.ran_off_the_gui_thread() and dialog.report is not None
    assert PERSON not in {p.id for p in demo.persons()}


def test_backing_up_now_and_a_failure(qtbot, demo: Workspace, tmp_path: Path) -> None:
    backup_now = Slowed(
        lambda folder, progress, cancelled: backup.backup_workspace(
            demo, folder, progress=progress, cancelled=cancelled
        )
    )
    dialog = BackupsDialog(
        None, workspace_path=demo.path, folder=tmp_path / "b", backup_now=backup_now, lang="en"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.attemptFinished, timeout=20000):
        dialog.backup_button.click()
        assert dialog.is_busy() and not dialog.backup_button.isEnabled()
    assert backup_now.ran_off_the_gui_thread()
    assert dialog.model.rowCount() == 1 and "Backed up" in dialog.message.text()
    assert dialog.backup_button.isEnabled() and dialog.restore_button.isEnabled()

    def refuse(folder: Path, *_: object) -> Path:
        raise DiskFull("database or disk is full (fictional)")

    dialog._backup_now = Slowed(refuse)
    run_busy(qtbot, dialog, dialog.backup_button.click, "Backing up", close=True)
    assert dialog.message.text().startswith("The disk is full")  # said as every window says it
    assert not dialog.isVisible()  # the Close asked for while busy happened after


def test_restoring_checks_then_prepares_on_the_gui_thread_then_restores(
    qtbot, demo: Workspace, tmp_path: Path
) -> None:
    backup.backup_workspace(demo, tmp_path / "b")
    steps: list[tuple[str, bool]] = []

    def on_gui() -> bool:
        return threading.current_thread() is threading.main_thread()

    def check(path: Path, phrase: str) -> None:
        steps.append(("check", on_gui()))
        time.sleep(0.6)
        report = backup.check_backup(path, phrase, demo.path.parent)
        if not report.ok:
            unsound = report.summary_message()
            raise backup.BackupFailed(
                problem("storage.backup_unsound", path=str(path), problem=unsound)
            )

    def prepare() -> None:
        steps.append(("prepare", on_gui()))
        demo.close()

    def restore(path: Path, phrase: str) -> backup.RestoreResult:
        steps.append(("restore", on_gui()))
        return backup.restore_backup(path, demo.path, phrase)

    dialog = RestoreDialog(
        None,
        backups=backup.latest_backups(tmp_path / "b"),
        restore=restore,
        check=check,
        prepare=prepare,
        lang="en",
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_edit, "wrong")
    run_busy(qtbot, dialog, dialog.accept, "Checking the backup")
    assert steps == [("check", False)] and dialog.result_ is None
    assert "Nothing was restored" in dialog.message.text() and demo.person(PERSON)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "demo")
    with qtbot.waitSignal(dialog.attemptFinished, timeout=20000):
        dialog.accept()
    assert steps[1:] == [("check", False), ("prepare", True), ("restore", False)]
    assert dialog.result_ is not None and dialog.result_.kept_copy is not None


def test_a_bug_in_the_worker_reaches_the_gui_threads_error_handler(qtbot) -> None:
    owner = QLabel()
    qtbot.addWidget(owner)
    indicator = BusyIndicator(owner)
    work = BusyWork(owner, (), indicator)
    outcomes: list[object] = []

    def broken() -> None:
        raise ValueError("a bug")

    with qtbot.captureExceptions() as raised, qtbot.waitSignal(work.finished, timeout=5000):
        work.start("Working", broken, outcomes.append, outcomes.append)
    assert outcomes == [] and not work.is_busy()
    assert [type(error) for _kind, error, _tb in raised] == [ValueError]

    def wrong() -> None:
        raise WrongPassphrase("wrong")

    with qtbot.waitSignal(work.finished, timeout=5000):
        work.start("Working", wrong, outcomes.append, outcomes.append)
    assert [type(error) for error in outcomes] == [WrongPassphrase]


def test_the_runner_hands_back_results_known_errors_and_bugs_on_the_gui_thread(qtbot) -> None:
    from desktop.minutes import MinutesError
    from desktop.ui.widgets.background import BackgroundRunner

    owner = QLabel()
    qtbot.addWidget(owner)
    runner = BackgroundRunner(owner, max_threads=2)
    seen: list[tuple[str, object, bool]] = []

    def note(kind: str) -> Callable[[object], None]:
        return lambda value: seen.append(
            (kind, value, threading.current_thread() is threading.main_thread())
        )

    def slow_answer() -> int:
        time.sleep(0.2)
        return 42

    def refused() -> None:
        raise MinutesError("error.no_folder", folder="/nowhere")

    runner.start(slow_answer, note("done"), note("failed"))
    runner.start(refused, note("done"), note("failed"), known=(MinutesError,))
    assert runner.is_busy()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert not runner.is_busy()
    assert sorted((kind, str(value), main) for kind, value, main in seen) == [
        ("done", "42", True),
        ("failed", "The folder /nowhere does not exist.", True),
    ]

    tidied: list[bool] = []
    with qtbot.captureExceptions() as raised:
        runner.start(refused, note("done"), note("failed"), on_crashed=lambda: tidied.append(True))
        qtbot.waitUntil(lambda: bool(tidied), timeout=5000)
    assert [type(error) for _kind, error, _tb in raised] == [MinutesError]  # not named: a bug
    assert len(seen) == 2 and not runner.is_busy()


def test_a_dialogs_default_button_survives_the_work(qtbot) -> None:
    """Disabling the controls moves the focus through the default button, which loses its role
    on the way when the dialog never learnt it was the default (it was made default before its
    box joined the dialog, as the unlock dialog did): Enter must still press it afterwards."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    edit = QLineEdit()
    buttons = QDialogButtonBox()
    go_button = buttons.addButton("Go", QDialogButtonBox.ButtonRole.AcceptRole)
    go_button.setDefault(True)  # before the box is in the dialog
    other = buttons.addButton("Other…", QDialogButtonBox.ButtonRole.ActionRole)
    other.setAutoDefault(False)
    indicator = BusyIndicator()
    layout = QVBoxLayout(dialog)
    for widget in (edit, indicator, buttons):
        layout.addWidget(widget)
    work = BusyWork(dialog, (edit, buttons), indicator)
    defaults: list[list[str]] = []

    def go() -> None:
        if defaults:
            dialog.accept()
            return
        defaults.append([])
        work.start("Working", lambda: None, lambda _: edit.setFocus())

    def after() -> None:
        defaults[0] = [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)

    def start() -> None:
        QTest.keyClick(dialog.windowHandle(), "x")  # the window is active: the focus moves
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)

    buttons.accepted.connect(go)
    work.finished.connect(lambda: QTimer.singleShot(0, after))
    QTimer.singleShot(0, start)
    guard = QTimer(dialog)  # never hang the suite (it dies with the dialog)
    guard.setSingleShot(True)
    guard.timeout.connect(dialog.reject)
    guard.start(15000)
    edit.setFocus()
    result = dialog.exec()
    assert defaults == [["Go"]]
    assert result == QDialog.DialogCode.Accepted
