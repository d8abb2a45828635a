"""Background work never blocks the window (issue 12): the daily backup waits for a quiet moment
and runs on its own connection — the GUI thread's timer and its reads go on during a slowed
backup —, a meeting or closing stops it, and the checks at opening say only a problem."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.storage import backup
from desktop.storage.workspace import Workspace
from desktop.ui.safety import background_safety
from desktop.ui.safety.background_safety import BackgroundSafety
from desktop.ui.widgets.background import BackgroundRunner


class Idle:
    """A clock of idleness the test sets."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __call__(self) -> float:
        return self.seconds


@pytest.fixture
def safety(qtbot, demo: Workspace, tmp_path: Path) -> BackgroundSafety:
    window = QWidget()
    qtbot.addWidget(window)
    runner = BackgroundRunner(window, max_threads=2)
    made = BackgroundSafety(
        window, demo, runner, idle_seconds=Idle(3600.0), folder=lambda: tmp_path / "backups"
    )
    yield made
    made.stop()
    runner.wait()


def _slowed(monkeypatch: pytest.MonkeyPatch, seconds: float) -> list[bool]:
    """Make the backup's check of its copy take ``seconds`` (its own connection held)."""
    held: list[bool] = []
    check = backup._check_attached

    def slow(conn, path, since, cancelled=lambda: False):  # type: ignore[no-untyped-def]
        held.append(True)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not cancelled():
            time.sleep(0.02)
        return check(conn, path, since, cancelled)

    monkeypatch.setattr(backup, "_check_attached", slow)
    return held


def test_the_gui_thread_keeps_turning_and_reading_during_a_slowed_backup(
    qtbot, safety: BackgroundSafety, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = _slowed(monkeypatch, 1.2)
    ticks: list[float] = []
    reads: list[float] = []

    def tick() -> None:
        ticks.append(time.monotonic())
        start = time.monotonic()
        demo.settings()  # what the window reads, on the workspace's own connection
        demo.meeting_page(demo_search(), None, 50)
        reads.append(time.monotonic() - start)

    timer = QTimer(safety)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(safety.backupFinished, timeout=20000) as done:
        assert safety.back_up_if_quiet()
        assert safety.is_backing_up()
    timer.stop()
    assert held and Path(done.args[0]).exists()
    assert len(ticks) >= 20, "the GUI thread was blocked"
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.4
    assert max(reads) < 0.3  # never waiting for the backup's connection


def demo_search():  # type: ignore[no-untyped-def]
    from desktop.core.lists import MeetingSearch

    return MeetingSearch()


def test_the_daily_backup_waits_for_a_quiet_moment_and_no_meeting(
    safety: BackgroundSafety, tmp_path: Path
) -> None:
    safety._idle_seconds = Idle(5.0)
    assert not safety.back_up_if_quiet()  # someone is working
    safety._idle_seconds = Idle(background_safety.IDLE_SECONDS)
    safety.set_meeting_running(True)
    assert not safety.back_up_if_quiet()  # a meeting runs: its writes come first
    safety.set_meeting_running(False)
    backup.backup_workspace(safety.workspace, tmp_path / "backups")
    assert not safety.back_up_if_quiet()  # made today already


def test_a_meeting_starting_stops_the_backup_and_leaves_nothing(
    qtbot, safety: BackgroundSafety, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _slowed(monkeypatch, 5.0)
    finished: list[str] = []
    safety.backupFinished.connect(finished.append)
    assert safety.back_up_if_quiet()
    safety.set_meeting_running(True)
    qtbot.waitUntil(lambda: not safety.is_backing_up(), timeout=10000)
    assert finished == []
    folder = tmp_path / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_the_app_no_longer_backs_up_at_startup(qtbot, demo: Workspace, monkeypatch) -> None:
    from desktop.ui.main_window import MainWindow

    started: list[object] = []
    monkeypatch.setattr(backup, "backup_workspace", lambda *a, **k: started.append(a))
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    window.safety.background._idle_seconds = Idle(0.0)
    window.safety.start_background_work()
    assert window.safety.background.timer.isActive()
    window.safety.background.back_up_if_quiet()
    assert started == []  # someone is at the keyboard: later


def test_the_checks_at_opening_say_only_a_problem(
    qtbot, safety: BackgroundSafety, demo: Workspace
) -> None:
    with qtbot.waitSignal(safety.checked, timeout=20000) as done:
        safety.check_now()
    assert done.args[0].ok and safety.notice is None
    with demo.connection() as conn:  # behind the app's back: the triggers go
        conn.execute("DROP TRIGGER audit_log_no_update")
    problems: list[str] = []
    safety.problemFound.connect(problems.append)
    with qtbot.waitSignal(safety.checked, timeout=20000):
        safety.check_now()
    assert problems and "append-only" in problems[0]
    assert safety.notice is not None and safety.notice.isVisible()
    safety.notice.close()


def test_after_an_unclean_shutdown_the_file_is_checked_in_the_background(
    qtbot, safety: BackgroundSafety, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[bool] = []
    monkeypatch.setattr(demo, "unclean_shutdown", True)
    real = Workspace.check_file

    def spied(self: Workspace, cancelled=None):  # type: ignore[no-untyped-def]
        checked.append(True)
        return real(self, cancelled)

    monkeypatch.setattr(Workspace, "check_file", spied)
    with qtbot.waitSignal(safety.checked, timeout=20000):
        safety.check_now()
    assert checked and not demo.unclean_shutdown


def test_the_persons_record_shows_how_far_it_is_and_can_be_stopped(
    qtbot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.storage import maintenance
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    actions = window.safety
    actions.choose_file = lambda parent, name: tmp_path / "record.pdf"
    real = maintenance.person_record

    def slow(workspace, person_id, *, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        while not cancelled():
            time.sleep(0.01)
        return real(workspace, person_id, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(maintenance, "person_record", slow)
    with qtbot.waitSignal(actions.recordFailed, timeout=20000) as failed:
        assert actions.export_record()
        assert actions.record_progress is not None
        actions.record_progress.findChild(QPushButton).click()  # its Stop button
    assert "Stopped before the end" in failed.args[0]
    assert not (tmp_path / "record.pdf").exists() and actions.record_progress is None
    for box in window.findChildren(QWidget):
        if box.isWindow() and box.isVisible() and box is not window:
            box.close()


def test_the_problem_found_in_the_background_is_in_the_window_s_language(
    qtbot, demo: Workspace, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    runner = BackgroundRunner(window, max_threads=2)
    safety = BackgroundSafety(
        window, demo, runner, idle_seconds=Idle(3600.0), folder=lambda: tmp_path, lang="nl"
    )
    with demo.connection() as conn:  # behind the app's back: the triggers go
        conn.execute("DROP TRIGGER audit_log_no_update")
    problems: list[str] = []
    safety.problemFound.connect(problems.append)
    with qtbot.waitSignal(safety.checked, timeout=20000):
        safety.check_now()
    assert "de triggers die verhinderen dat het auditlogboek gewijzigd wordt" in problems[0]
    assert "append-only" not in problems[0]
    assert safety.notice is not None
    safety.notice.close()
