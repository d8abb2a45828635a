"""What the first window (the unlock dialog) waits for: nothing it does not use.

Issue 3's benchmark (benchmarks/bench_startup.py) times it; these tests keep the heavy modules
off its path, so a module-level import added somewhere cannot quietly slow it down again. Not
timed: they check what is loaded, in a fresh process started as a user starts the app.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import (
    Launcher,
    argument_parser,
    collection_paused,
    install_error_reporter_soon,
    parse_arguments,
)
from desktop.ui.error_handler import ErrorReporter

ROOT = Path(__file__).resolve().parents[2]

# Loaded once a workspace is being opened, created or exported, never for the unlock dialog:
# encrypted storage and its SQL layer, the PDF minutes, policies and their schema checks, the
# gettext catalogue (Babel), the demo, the CLI, the main window and the first-run dialog. And
# what the dialog used to load for nothing: datetime (the date fields), the user's recent-files
# settings (when a file is named on the command line).
HEAVY = (
    "sqlcipher3",
    "sqlite3",
    "sqlite_utils",
    "reportlab",
    "pypdf",
    "fastjsonschema",
    "jsonschema",
    "babel",
    "json",
    "datetime",
    "desktop.storage",
    "desktop.minutes",
    "desktop.core.session",
    "desktop.core.policy",
    "desktop.core.gate",
    "desktop.core.catalogue",
    "desktop.demo",
    "desktop.cli",
    "desktop.ui.main_window",
    "desktop.ui.entry.first_run",
    "desktop.ui.widgets.recent",
)

FIRST_WINDOW = """
import sys
from desktop.app import main
main(sys.argv[1:])
modules = sorted(sys.modules)
import json  # after the list is taken: json is on the heavy list
print("modules " + json.dumps(modules))
"""


def heavy_in(modules: list[str]) -> list[str]:
    """The modules of ``modules`` that are, or belong to, one of :data:`HEAVY`."""
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_the_unlock_dialog_shows_without_the_heavy_modules(tmp_path: Path) -> None:
    workspace = tmp_path / "team.emptychair"
    workspace.write_bytes(b"")  # the dialog only names the file; nothing reads it before unlock
    env = dict(
        os.environ,
        EMPTYCHAIR_EXIT_AFTER_SHOW="1",  # quits in the first turn of the event loop
        EMPTYCHAIR_NO_USER_CONFIG="1",
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(workspace)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    shown = [line for line in lines if line.startswith("shown ")]
    assert shown and shown[0].endswith("Unlock — Empty Chair"), done.stdout
    modules = json.loads(next(line for line in lines if line.startswith("modules "))[8:])
    assert "desktop.ui.entry.unlock" in modules  # the probe saw the dialog, not something else
    assert heavy_in(modules) == []


def test_the_heavy_list_catches_a_package_and_its_modules() -> None:
    assert heavy_in(["desktop.storage", "desktop.storage.workspace", "reportlab.pdfgen"]) == [
        "desktop.storage",
        "desktop.storage.workspace",
        "reportlab.pdfgen",
    ]
    assert heavy_in(["desktop.ui.entry.unlock", "jsonpointer", "datetimex"]) == []


@pytest.mark.parametrize(
    "argv", [[], ["--demo"], ["team.emptychair"], ["folder/team 2.emptychair"], [""]]
)
def test_the_usual_starts_read_as_argparse_reads_them(argv: list[str]) -> None:
    # parse_arguments answers these without building the parser: the same answer.
    assert parse_arguments(argv) == argument_parser().parse_args(argv)


def test_other_arguments_go_through_argparse() -> None:
    assert parse_arguments(["--demo", "team.emptychair"]).workspace == "team.emptychair"
    with pytest.raises(SystemExit):
        parse_arguments(["--no-such-option"])


def test_the_error_hook_is_installed_once_the_event_loop_turns(qtbot, qapp) -> None:
    launcher = Launcher(qapp, "fr")
    before = sys.excepthook
    install_error_reporter_soon(launcher)
    assert launcher.reporter is None and sys.excepthook is before  # not before the window
    try:
        qtbot.waitUntil(lambda: launcher.reporter is not None)
        assert isinstance(launcher.reporter, ErrorReporter)
        assert sys.excepthook is launcher.reporter
        assert launcher.reporter.lang == "fr"
    finally:
        if launcher.reporter is not None:
            launcher.reporter.uninstall()
    assert sys.excepthook is before


def test_garbage_collection_waits_for_the_first_turn_of_the_event_loop(qtbot) -> None:
    assert gc.isenabled()
    try:
        with collection_paused() as resume_once_shown:
            assert not gc.isenabled()  # while the first window is built
            resume_once_shown()
            assert not gc.isenabled()
            qtbot.waitUntil(gc.isenabled)  # the event loop turned: collecting again
            gc.disable()
        assert gc.isenabled()  # and at the latest when the block ends
    finally:
        gc.enable()


def test_a_collector_turned_off_by_the_caller_stays_off(qtbot) -> None:
    gc.disable()
    try:
        with collection_paused() as resume_once_shown:
            resume_once_shown()
            qtbot.wait(20)
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
