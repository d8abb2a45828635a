"""Safety ▸ Check the whole history…: the full verification from the app. It finds a row changed
before the last checkpoint, which the routine check at opening cannot see; it runs off the GUI
thread, can be stopped, and says its outcome in plain words."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.demo import create_demo_workspace
from desktop.storage.connection import open_connection
from desktop.storage.schema import _TABLES, APPEND_ONLY_TRIGGERS, _split
from desktop.storage.verify import verify_open_workspace
from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.safety import history_check
from desktop.ui.safety.actions import SafetyActions

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialogs show on screen


@pytest.fixture
def window(qtbot, qapp, demo: Workspace) -> Iterator[MainWindow]:
    made = MainWindow(demo, "en")
    qtbot.addWidget(made)
    yield made
    made.safety.stop_background_work()
    qapp.removeEventFilter(made.safety.lock.inactivity)


def _check(qtbot, actions: SafetyActions, signal: str = "checked", **wait: Any) -> Any:
    """Start the full check from the menu and wait for ``signal``; its arguments."""
    with qtbot.waitSignal(getattr(actions.history, signal), timeout=20000, **wait) as done:
        actions.check_action.trigger()
        assert actions.history.is_running()
    assert not actions.history.is_running() and actions.history.progress is None
    return done.args


def _slowed(monkeypatch: pytest.MonkeyPatch, seconds: float) -> list[threading.Thread]:
    """Hold the check ``seconds`` before it reads (or until it is stopped): the real check
    follows, with the same ``cancelled``. Records the thread it ran on."""
    threads: list[threading.Thread] = []
    real = history_check.verify_open_workspace

    def slow(workspace: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        cancelled: Callable[[], bool] = kwargs["cancelled"]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not cancelled():
            time.sleep(0.02)
        return real(workspace, **kwargs)

    monkeypatch.setattr(history_check, "verify_open_workspace", slow)
    return threads


def test_the_action_is_in_the_safety_menu_beside_backups(window: MainWindow) -> None:
    actions = window.safety
    texts = [a.text() for a in actions.menu.actions()]
    assert texts.index("Check the whole &history…") == texts.index("&Backups…") + 1


def test_a_sound_workspace_is_said_sound_with_what_was_checked(
    qtbot, window: MainWindow, demo: Workspace
) -> None:
    (report,) = _check(qtbot, window.safety)
    assert report.ok and report.full and report.integrity == ("ok",)
    box = window.safety.history.result
    assert box is not None and box.icon() == QMessageBox.Icon.Information
    assert box.text() == "The whole history of this workspace was checked: nothing is wrong."
    details = box.informativeText()
    assert "read page by page: no page is damaged" in details
    assert f"The audit log's {report.events} events were followed one by one" in details
    assert "decisions, actions, consents and deliberations" in details
    box.close()


@pytest.fixture
def tampered(tmp_path: Path) -> Iterator[Workspace]:
    """The demo workspace with its anchors and checkpoints (as on a real PC): opened once and
    checked as at every opening, closed; then a shared item's wording changed behind the app's
    back by someone holding the passphrase (the append-only triggers dropped and put back).
    Opened again."""
    path, config = tmp_path / "ws" / "demo.emptychair", tmp_path / "config"
    path.parent.mkdir()
    create_demo_workspace(path, "demo", config=config)
    with Workspace.open(path, "demo", config=config) as workspace:
        assert verify_open_workspace(workspace).ok  # leaves the checkpoint
    conn = open_connection(path, "demo")
    try:
        for name in APPEND_ONLY_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("UPDATE shared_items SET wording = 'Rewritten afterwards' WHERE rowid = 1")
        for statement in _split(_TABLES):
            if statement.startswith("CREATE TRIGGER"):
                conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    with Workspace.open(path, "demo", config=config) as workspace:
        yield workspace


def test_a_row_changed_before_the_last_check_is_found_by_the_full_check_only(
    qtbot, qapp, tampered: Workspace
) -> None:
    routine = verify_open_workspace(tampered)  # what the app checks at each opening
    assert routine.ok and not routine.full, "the routine check should not see the old row"

    window = MainWindow(tampered, "en")
    qtbot.addWidget(window)
    try:
        (report,) = _check(qtbot, window.safety)
        assert not report.ok
        assert "row_changed" in [finding.kind for finding in report.findings]
        box = window.safety.history.result
        assert box is not None and box.icon() == QMessageBox.Icon.Warning
        assert box.windowTitle() == "A problem with this workspace"
        assert box.text().startswith("The check of this workspace's history found a problem: ")
        assert "no longer matches event" in box.text()
        assert "it was changed in its table" in box.text()
        assert "restore the last good backup" in box.informativeText()
        box.close()
    finally:
        window.safety.stop_background_work()
        qapp.removeEventFilter(window.safety.lock.inactivity)


def test_stop_cancels_the_check_and_says_so(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slowed(monkeypatch, 10.0)
    actions = window.safety
    with qtbot.waitSignal(actions.history.stopped, timeout=20000):
        actions.check_action.trigger()
        dialog = actions.history.progress
        assert dialog is not None
        assert dialog.labelText().startswith("Step 1 of 3: Reading the whole file")
        assert not actions.history.start()  # one check at a time
        stop = dialog.findChild(QPushButton)
        assert stop.text() == "&Stop"
        stop.click()
    box = actions.history.result
    assert box is not None and box.windowTitle() == "Check stopped"
    assert box.text() == "The check was stopped before the end: nothing was changed."
    assert not actions.history.is_running()
    box.close()


def test_the_gui_thread_keeps_turning_and_reading_during_a_slowed_check(
    qtbot, window: MainWindow, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _slowed(monkeypatch, 1.2)
    ticks: list[float] = []

    def tick() -> None:
        ticks.append(time.monotonic())
        demo.settings()  # what the window reads, on the workspace's own connection

    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    (report,) = _check(qtbot, window.safety)
    timer.stop()
    assert report.ok
    assert threads and threading.main_thread() not in threads
    assert len(ticks) >= 20, "the GUI thread was blocked"
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.4
    window.safety.history.result.close()


def test_the_progress_names_each_step_on_a_bar(qtbot, window: MainWindow) -> None:
    history = window.safety.history
    seen: list[tuple[str, int, int, str]] = []

    def note(step: str, done: int, total: int) -> None:
        dialog = history.progress
        seen.append((step, dialog.value(), dialog.maximum(), dialog.labelText()))

    history.progressed.connect(note)  # after the dialog's own slot
    _check(qtbot, window.safety)
    steps = [step for step, *_ in seen]
    assert steps[0] == "file" and "log" in steps and steps[-1] == "rows"
    file_step = seen[0]
    assert file_step[2] == 0  # no total: a busy bar
    log_end = [s for s in seen if s[0] == "log"][-1]
    assert log_end[1:3] == (900, 1000)
    assert "Step 2 of 3: Following the audit log, event by event" in log_end[3]
    assert seen[-1][1:3] == (1000, 1000) and seen[-1][3].startswith("Step 3 of 3: ")
    history.result.close()


def test_not_during_a_meeting_and_a_meeting_stops_a_running_check(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.safety
    actions.set_meeting_running(True)
    assert not actions.check_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    assert not actions.check_history()
    actions.set_meeting_running(False)
    assert actions.check_action.isEnabled()

    _slowed(monkeypatch, 10.0)
    with qtbot.waitSignal(actions.history.stopped, timeout=20000):
        assert actions.check_history()
        actions.set_meeting_running(True)
    box = actions.history.result
    assert box.text() == "The check was stopped because a meeting started: nothing was changed."
    box.close()


def test_a_workspace_file_gone_is_said_and_nothing_is_made_there(
    qtbot, window: MainWindow, demo: Workspace, tmp_path: Path
) -> None:
    moved = tmp_path / "moved.emptychair"
    demo.path.rename(moved)
    try:
        (reason,) = _check(qtbot, window.safety, "failed")
        assert reason == f"The workspace file is no longer at {demo.path}."
        assert not demo.path.exists()  # no empty file left in its place
        box = window.safety.history.result
        assert box.windowTitle() == "The history could not be checked"
        assert "put the file back" in box.informativeText()
        box.close()
    finally:
        moved.rename(demo.path)
