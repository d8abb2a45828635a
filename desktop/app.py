"""Composition root: parse the arguments, open a workspace, build and show the main window.

``emptychair`` starts the GUI (the unlock dialog for the last workspace, or the first-run dialog);
``emptychair --demo`` opens a fresh demo workspace in a private temporary folder, removed at exit;
``emptychair <command> ...`` runs a headless command of :mod:`desktop.cli`.

Startup is kept short: the meeting windows, PDF and minutes modules load when first used.
``EMPTYCHAIR_EXIT_AFTER_SHOW=1`` prints ``shown <unix time> <window title>`` once the first window
(the unlock dialog, the first-run dialog or the main window) is on screen, and quits (used by
``benchmarks/bench_startup.py`` and the packaging smoke tests).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import Any

from desktop.resources import resource_path

DEMO_PASSPHRASE = "demo"
DESKTOP_ID = "io.github.emptychair.EmptyChair"  # packaging/linux: .desktop file and AppStream id
DEMO_FOLDER_PREFIX = "emptychair-demo-"


def is_demo_workspace(path: Path) -> bool:
    """A throwaway demo opened by ``--demo`` (nothing in it is worth a backup)."""
    return path.parent.name.startswith(DEMO_FOLDER_PREFIX)


def is_cli_command(argv: list[str]) -> bool:
    """True when the first argument names a headless command of :mod:`desktop.cli`."""
    if not argv or argv[0].startswith("-") or argv[0].endswith(".emptychair"):
        return False
    if os.path.sep in argv[0] or os.path.exists(argv[0]):
        return False  # a workspace file, not a command: skip loading the CLI
    try:
        from desktop import cli
    except ImportError:
        return False
    check = getattr(cli, "is_cli_command", None)
    if callable(check):
        return bool(check(argv))
    return argv[0] in getattr(cli, "COMMANDS", ())


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The GUI's own options."""
    epilog = None
    if "-h" in argv or "--help" in argv:  # the CLI (and sqlcipher) load only when asked for
        from desktop.cli import COMMAND_TABLE

        commands = "\n".join(f"  {c.name:<10}{c.help}" for c in COMMAND_TABLE)
        epilog = f"headless commands (emptychair COMMAND --help):\n{commands}"
    parser = argparse.ArgumentParser(
        prog="emptychair",
        description="Empty Chair: case conferences under shared professional secrecy.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh demo workspace")
    parser.add_argument("workspace", nargs="?", help="the workspace file to unlock")
    return parser.parse_args(argv)


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Lower-case names without spaces: they name the user's folders (~/.config/emptychair,
    # ~/.local/share/emptychair/emptychair); people see the display name, set with the language.
    app.setOrganizationName("emptychair")
    app.setApplicationName("emptychair")
    app.setDesktopFileName(DESKTOP_ID)  # the .desktop file, so docks group the windows
    stylesheet = resource_path("styles", "console.qss")
    if stylesheet.is_file():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))
    _install_first_show_probe(app)
    return app


def _install_first_show_probe(app: Any) -> None:
    """With ``EMPTYCHAIR_EXIT_AFTER_SHOW=1``: report when the first window is shown, then quit.

    A zero-delay timer runs in the first turn of the first event loop, which starts only once a
    window (dialog or main window) has been shown; no per-event filter slows the start down.
    """
    if os.environ.get("EMPTYCHAIR_EXIT_AFTER_SHOW") != "1":
        return
    from PySide6.QtCore import QTimer

    def report() -> None:
        shown = [window for window in app.topLevelWindows() if window.isVisible()]
        if not shown:
            QTimer.singleShot(0, report)
            return
        # The title says which window came first, and in which language (packaging smoke tests).
        print(f"shown {time.time():.6f} {shown[0].title()}", flush=True)
        app.exit(0)

    QTimer.singleShot(0, report)


def open_workspace(path: Path, passphrase: str) -> Any:
    """Open a workspace (storage is imported on first use, after the first window shows)."""
    from desktop.storage.workspace import Workspace

    return Workspace.open(path, passphrase)


def create_workspace(path: Path, passphrase: str, settings: Any) -> Any:
    """Create a workspace, making its folder first (the default folder may not exist yet)."""
    from desktop.storage.errors import ReadOnlyWorkspace, problem
    from desktop.storage.workspace import Workspace

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        folder, why = str(path.parent), str(error)
        raise ReadOnlyWorkspace(
            problem("storage.folder_not_created", folder=folder, problem=why)
        ) from error
    return Workspace.create(path, passphrase, settings)


def open_demo(stack: contextlib.ExitStack, lang: str = "en") -> Any:
    """A fresh demo workspace in a private temporary folder, removed when ``stack`` closes;
    its texts in the UI's language."""
    import tempfile

    from desktop.demo import create_demo_workspace
    from desktop.storage.workspace import Workspace

    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=DEMO_FOLDER_PREFIX)))
    path = folder / "demo.emptychair"
    create_demo_workspace(path, DEMO_PASSPHRASE, lang)
    return Workspace.open(path, DEMO_PASSPHRASE)


def _preload() -> None:
    import desktop.storage.workspace
    import desktop.ui.main_window  # noqa: F401


def _preload_while_typing() -> None:
    """Load storage and the main window while the user types the passphrase, so the window
    follows the unlock at once; the unlock dialog itself shows before any of it loads."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, _preload)


def choose_workspace(args: argparse.Namespace, lang: str, stack: contextlib.ExitStack) -> Any:
    """The workspace the user opens: demo, unlock, or first run; ``None`` if they gave up."""
    if args.demo:
        return open_demo(stack, lang)
    from desktop.ui.entry.unlock import UnlockChoice, UnlockDialog
    from desktop.ui.widgets.recent import (
        default_workspace_path,
        last_workspace,
        remember_workspace,
    )

    path = Path(args.workspace) if args.workspace else last_workspace()
    while True:
        if path is None:
            from desktop.ui.entry.first_run import CreateWorkspaceDialog

            workspace = CreateWorkspaceDialog.run(
                None, default_path=default_workspace_path(), lang=lang, create=create_workspace
            )
            if workspace is None:
                path = last_workspace()
                if path is None:
                    return None
                continue
            remember_workspace(workspace.path)
            return workspace
        _preload_while_typing()
        result = UnlockDialog.run(None, path=path, open_workspace=open_workspace, lang=lang)
        if result.choice is UnlockChoice.OPENED:
            remember_workspace(result.workspace.path)
            return result.workspace
        if result.choice is UnlockChoice.CREATE:
            path = None
        elif result.choice is UnlockChoice.DEMO:
            return open_demo(stack, lang)
        else:
            return None


def run_window(
    app: Any, workspace: Any, lang: str, reporter: Any, *, automatic_backup: bool = True
) -> int:
    """Show the main window over an open workspace and run the event loop. The workspace's
    settings may choose another language than the system's: it is installed, and passed down
    from here (and to the error ``reporter``)."""
    from desktop.ui.i18n import install_translators
    from desktop.ui.main_window import MainWindow

    chosen = workspace.settings().language
    if chosen and chosen != lang:
        lang = install_translators(chosen, app)
        reporter.lang = lang
    from PySide6.QtGui import QIcon

    # Set here, not at startup: loading the SVG plugin would delay the first window.
    app.setWindowIcon(QIcon(str(resource_path("icons", "emptychair.svg"))))
    window = MainWindow(workspace, lang)
    _install_safety(window, workspace, lang, automatic_backup=automatic_backup)
    place_on_screen(window, app)
    window.show()
    return int(app.exec())


def _install_safety(window: Any, workspace: Any, lang: str, *, automatic_backup: bool) -> Any:
    """The Safety menu, the inactivity lock (delay from the settings, followed when they change)
    and the daily backup."""
    from desktop.ui.safety.actions import install_safety

    actions = install_safety(window, workspace, lang=lang, automatic_backup=automatic_backup)
    window.keep_help_menu_last()
    if actions.delays is not None:
        window.settingsChanged.connect(actions.delays.follow_settings)
    return actions


def place_on_screen(window: Any, app: Any) -> None:
    """Most of the primary screen, centred: roomy at 1920x1080, everything visible at 1366x768."""
    screen = app.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    width = min(available.width(), max(1024, int(available.width() * 0.9)))
    height = min(available.height(), max(700, int(available.height() * 0.92)))
    window.resize(width, height)
    window.move(
        available.x() + (available.width() - width) // 2,
        available.y() + (available.height() - height) // 2,
    )


def open_and_run(path: Path, passphrase: str) -> int:
    """Open ``path`` with ``passphrase`` and show the main window (benchmarks, scripts)."""
    from desktop.storage.workspace import Workspace
    from desktop.ui.i18n import install_translators

    app = _application()
    lang = install_translators("", app)
    from desktop.ui.error_handler import ErrorReporter

    reporter = ErrorReporter(lang)
    reporter.install()
    with Workspace.open(path, passphrase) as workspace:
        return run_window(app, workspace, lang, reporter, automatic_backup=False)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``emptychair`` command."""
    from desktop.hardening import harden_process

    harden_process()  # first: no core dump may ever hold a passphrase (CLI included)
    argv = sys.argv[1:] if argv is None else list(argv)
    if is_cli_command(argv):
        from desktop.cli import main as cli_main

        return int(cli_main(argv))
    args = parse_arguments(argv)
    from desktop.ui.i18n import install_translators

    app = _application()
    lang = install_translators("", app)
    from desktop.ui.error_handler import ErrorReporter

    reporter = ErrorReporter(lang)
    reporter.install()
    with contextlib.ExitStack() as stack:
        workspace = choose_workspace(args, lang, stack)
        if workspace is None:
            return 0
        stack.callback(workspace.close)
        demo = is_demo_workspace(workspace.path)
        return run_window(app, workspace, lang, reporter, automatic_backup=not demo)


if __name__ == "__main__":
    sys.exit(main())
