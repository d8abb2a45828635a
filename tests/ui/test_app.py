"""The composition root: command dispatch, and the app started as a user starts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import is_cli_command, parse_arguments
from desktop.ui.widgets import recent

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        EMPTYCHAIR_EXIT_AFTER_SHOW="1",
        EMPTYCHAIR_NO_USER_CONFIG="1",
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
        **extra,
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], False),
        (["--demo"], False),
        (["team.emptychair"], False),
        (["/some/folder/file"], False),
        (["no-such-command-xyz"], False),
    ],
)
def test_gui_arguments_are_not_cli_commands(argv: list[str], expected: bool) -> None:
    assert is_cli_command(argv) is expected


def test_a_cli_command_is_recognised() -> None:
    from desktop import cli

    commands = getattr(cli, "COMMANDS", None)
    assert commands, "desktop.cli lists its commands"
    assert is_cli_command([next(iter(commands))])


def test_arguments() -> None:
    assert parse_arguments(["--demo"]).demo
    assert parse_arguments(["x.emptychair"]).workspace == "x.emptychair"


def test_last_workspace_is_remembered_in_memory_under_tests(tmp_path: Path) -> None:
    assert recent.user_config_disabled()
    path = tmp_path / "w.emptychair"
    path.write_bytes(b"")
    recent.remember_workspace(path)
    assert recent.last_workspace() == path
    path.unlink()
    assert recent.last_workspace() is None  # a moved or deleted file is forgotten
    assert recent.default_workspace_path().name == "workspace.emptychair"


@pytest.mark.slow
def test_demo_opens_a_window_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    done = run_app("--demo", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("shown ") for line in done.stdout.splitlines())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_the_demo_follows_the_ui_language(tmp_path: Path) -> None:
    locale = {"LANGUAGE": "nl_BE", "LC_ALL": "nl_BE.UTF-8", "LANG": "nl_BE.UTF-8"}
    done = run_app("--demo", tmp_path=tmp_path, **locale)
    assert done.returncode == 0, done.stderr
    shown = next(line for line in done.stdout.splitlines() if line.startswith("shown "))
    assert shown.endswith(
        "De Linde — dienst gezinsondersteuning (fictief) — demo.emptychair — De lege stoel"
    )


@pytest.mark.slow
def test_a_workspace_argument_starts_on_the_unlock_dialog(tmp_path: Path) -> None:
    from desktop.demo import create_demo_workspace

    workspace = tmp_path / "kept" / "demo.emptychair"
    workspace.parent.mkdir()
    create_demo_workspace(workspace, "demo")
    done = run_app(str(workspace), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("shown ") for line in done.stdout.splitlines())


def test_only_the_throwaway_demo_skips_the_daily_backup(tmp_path: Path) -> None:
    from desktop.app import DEMO_FOLDER_PREFIX, is_demo_workspace

    assert is_demo_workspace(tmp_path / f"{DEMO_FOLDER_PREFIX}abc" / "demo.emptychair")
    assert not is_demo_workspace(tmp_path / "team" / "demo.emptychair")


def test_help_lists_the_headless_commands(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import COMMAND_TABLE

    with pytest.raises(SystemExit):
        parse_arguments(["--help"])
    shown = capsys.readouterr().out
    assert "--demo" in shown
    for command in COMMAND_TABLE:
        assert f"  {command.name}" in shown


# --- The demo's temporary folder, whatever ends the app (issue 13) -------------------------------


def test_stale_demo_folders_are_removed_and_running_ones_kept(tmp_path: Path) -> None:
    import time

    from desktop.app import DEMO_FILE, DEMO_FOLDER_PREFIX, remove_stale_demo_folders
    from desktop.storage.lock import WorkspaceLock

    stale = tmp_path / f"{DEMO_FOLDER_PREFIX}killed"
    running = tmp_path / f"{DEMO_FOLDER_PREFIX}running"
    young = tmp_path / f"{DEMO_FOLDER_PREFIX}starting"
    other = tmp_path / "someone-elses-folder"
    for folder in (stale, running, young, other):
        folder.mkdir()
        (folder / DEMO_FILE).write_bytes(b"encrypted demo")
    old = time.time() - 3600
    for folder in (stale, running, other):
        os.utime(folder, (old, old))
    lock = WorkspaceLock(running / DEMO_FILE)
    lock.acquire()
    try:
        removed = remove_stale_demo_folders(tmp_path)
    finally:
        lock.release()
    assert removed == [stale]
    assert not stale.exists()
    assert running.exists() and young.exists() and other.exists()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_demo_and_removes_its_folder(tmp_path: Path, signal_name: str) -> None:
    import signal
    import time

    env = dict(
        os.environ,
        EMPTYCHAIR_NO_USER_CONFIG="1",
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
    )
    env.pop("EMPTYCHAIR_EXIT_AFTER_SHOW", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.app", "--demo"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the demo's workspace is open: its lock is there
            if list(tmp_path.glob("emptychair-demo-*/demo.emptychair.lock")):
                break
            time.sleep(0.2)
        else:
            pytest.fail("the demo did not start")
        time.sleep(1.0)  # the window is up and the event loop runs
        process.send_signal(getattr(signal, signal_name))
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 128 + getattr(signal, signal_name), err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
