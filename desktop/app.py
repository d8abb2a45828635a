"""Composition root: parse the arguments, open a workspace, build and show the main window.

``emptychair`` starts the GUI (the unlock dialog for the last workspace, or the first-run dialog);
``emptychair --demo`` opens a fresh demo workspace in a private temporary folder, removed at exit
— also when the app is ended by SIGTERM or SIGINT (Ctrl+C), which quit the event loop cleanly;
a folder left by a demo that was killed outright is removed at the next start;
``emptychair <command> ...`` runs a headless command of :mod:`desktop.cli`.

Startup is kept short: the meeting windows, PDF and minutes modules load when first used, and
the first window (the unlock dialog) loads none of storage, policies, the catalogue or the error
hook (installed in the first turn of the event loop), nor the user's settings when a file is named;
``tests/ui/test_startup_path.py`` checks what it loads, ``benchmarks/bench_startup.py`` times it.
``EMPTYCHAIR_EXIT_AFTER_SHOW=1`` prints ``shown <unix time> <window title>`` once the first window
(the unlock dialog, the first-run dialog or the main window) is on screen, and quits (used by
``benchmarks/bench_startup.py`` and the packaging smoke tests).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.resources import resource_path

DEMO_PASSPHRASE = "demo"
DESKTOP_ID = "io.github.emptychair.EmptyChair"  # packaging/linux: .desktop file and AppStream id
DEMO_FOLDER_PREFIX = "emptychair-demo-"
DEMO_FILE = "demo.emptychair"
#: A demo folder younger than this may belong to a demo still being set up (not yet locked).
STALE_AFTER = 120.0


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
    # The usual starts (nothing, a workspace file, --demo) are read without building argparse's
    # parser, whose translated help texts cost the first window milliseconds of gettext look-ups;
    # the answer is the parser's own (tests/ui/test_startup_path.py compares them). Anything
    # else (help, errors, abbreviations) goes through argparse.
    if not argv:
        return argparse.Namespace(demo=False, workspace=None)
    if argv == ["--demo"]:
        return argparse.Namespace(demo=True, workspace=None)
    if len(argv) == 1 and not argv[0].startswith("-"):
        return argparse.Namespace(demo=False, workspace=argv[0])
    # Help and errors in the language the headless commands speak (the CLI, the catalogue and
    # sqlcipher load here, never on a usual start).
    from desktop.cli import argparse_speaks, environment_language

    lang = environment_language()
    with argparse_speaks(lang):
        parser = argument_parser(help_asked="-h" in argv or "--help" in argv, lang=lang)
        return parser.parse_args(argv)


def argument_parser(*, help_asked: bool = False, lang: str = "en") -> argparse.ArgumentParser:
    """The GUI's parser, its help in ``lang``; with ``help_asked``, its help lists the headless
    commands too. argparse's own words: build and run it inside ``cli.argparse_speaks``."""
    from desktop.cli import COMMAND_TABLE, description, hint, metavar

    epilog = None
    if help_asked:
        commands = "\n".join(f"  {c.name:<10}{c.summary.template(lang)}" for c in COMMAND_TABLE)
        epilog = f"{description('gui.commands', lang)}\n{commands}"
    parser = argparse.ArgumentParser(
        prog="emptychair",
        description=description("gui.description", lang),
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--demo", action="store_true", help=hint("gui.demo", lang))
    workspace = metavar("workspace", lang)
    parser.add_argument("workspace", nargs="?", metavar=workspace, help=hint("gui.workspace", lang))
    return parser


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
        # Widgets, not QWindows: the first window would load Qt's QWindow class only for this.
        shown = [widget for widget in app.topLevelWidgets() if widget.isVisible()]
        if not shown:
            QTimer.singleShot(0, report)
            return
        # The title says which window came first, and in which language (packaging smoke tests).
        print(f"shown {time.time():.6f} {shown[0].windowTitle()}", flush=True)
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
    its texts in the UI's language. A throwaway keeps nothing outside its folder (no anchors,
    no erasure register). Folders left by demos that were killed are removed first."""
    import tempfile

    from desktop.demo import create_demo_workspace
    from desktop.storage.workspace import Workspace

    remove_stale_demo_folders()
    folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=DEMO_FOLDER_PREFIX)))
    path = folder / DEMO_FILE
    create_demo_workspace(path, DEMO_PASSPHRASE, lang, config=None)
    return Workspace.open(path, DEMO_PASSPHRASE, config=None)


def remove_stale_demo_folders(
    temp: Path | None = None, *, now: float | None = None, older_than: float = STALE_AFTER
) -> list[Path]:
    """Remove the demo folders a killed demo left in the temporary folder; returns them.

    A demo in use holds its workspace's lock, so a folder whose lock can be taken is stale; a
    folder younger than ``older_than`` seconds is left alone (its demo may not be locked yet),
    and so is a folder of another user.
    """
    import shutil
    import tempfile

    from desktop.storage.errors import WorkspaceError
    from desktop.storage.lock import WorkspaceLock

    temp = Path(temp or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = [p for p in temp.iterdir() if p.name.startswith(DEMO_FOLDER_PREFIX)]
    except OSError:
        return []
    for folder in candidates:
        try:
            info = folder.lstat()
        except OSError:
            continue
        mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        if not folder.is_dir() or folder.is_symlink() or not mine:
            continue
        if now - info.st_mtime < older_than:
            continue
        lock = WorkspaceLock(folder / DEMO_FILE)
        try:
            lock.acquire()
        except WorkspaceError:
            continue  # a running demo
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


class SignalQuit:
    """Ends the app cleanly on SIGTERM and SIGINT: the event loop quits, so the workspace is
    closed and a demo's folder removed, as when the window is closed.

    Python runs signal handlers only when the interpreter runs; a wake-up socket makes the Qt
    event loop hand over to Python as soon as a signal arrives. A signal that comes before the
    loop runs is remembered (:attr:`signal`), and the app then does not start its window.
    """

    def __init__(self, app: Any) -> None:
        """Install the handlers on ``app`` (the QApplication)."""
        from PySide6.QtCore import QSocketNotifier

        self.app = app
        self.signal = 0
        # A pipe where the platform allows it (the socket module would slow the first window).
        if sys.platform == "win32":  # pragma: no cover - Windows wakes only on a socket
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            self._read = lambda: reader.recv(512)
            self._fds: tuple[int, int] = (reader.fileno(), writer.fileno())
            self._closers = (reader.close, writer.close)
        else:
            read_fd, write_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(write_fd, False)
            self._read = lambda: os.read(read_fd, 512)
            self._fds = (read_fd, write_fd)
            self._closers = (lambda: os.close(read_fd), lambda: os.close(write_fd))
        self._previous_fd = signal.set_wakeup_fd(self._fds[1])
        self._notifier = QSocketNotifier(self._fds[0], QSocketNotifier.Type.Read, app)
        self._notifier.activated.connect(self._drain)
        self._previous = {
            number: signal.signal(number, self._handle)
            for number in (signal.SIGTERM, signal.SIGINT)
        }

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._read()

    def _handle(self, number: int, _frame: object) -> None:
        self.signal = number
        self.app.exit(128 + number)

    @property
    def requested(self) -> bool:
        """A signal asked the app to end."""
        return self.signal != 0

    def uninstall(self) -> None:
        """Give the handlers back (tests, and after the event loop ended)."""
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for close in self._closers:
            with contextlib.suppress(OSError):
                close()


def backup_offer(lang: str) -> Any:
    """What the unlock dialog offers for a damaged file: its backups, through the Safety
    windows (loaded only when a file turns out damaged), in the UI's language ``lang``."""
    from desktop.ui.entry.unlock import BackupOffer

    def exist(path: Path) -> bool:
        from desktop.ui.safety.restore_offer import backups_for

        return bool(backups_for(path))

    def restore(parent: Any, path: Path) -> bool:
        from desktop.ui.safety.restore_offer import restore_from_backups

        return restore_from_backups(parent, path, lang) is not None

    def opens(path: Path, passphrase: str) -> bool:
        from desktop.ui.safety.restore_offer import passphrase_opens_a_backup

        return passphrase_opens_a_backup(path, passphrase)

    return BackupOffer(exist, restore, opens)


def _preload() -> None:
    import desktop.storage.workspace
    import desktop.ui.main_window  # noqa: F401


def _preload_while_typing() -> None:
    """Load storage and the main window while the user types the passphrase, so the window
    follows the unlock at once; the unlock dialog itself shows before any of it loads."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, _preload)


def _last_workspace() -> Path | None:
    """The workspace used last (the user's settings are read only when no file was named)."""
    from desktop.ui.widgets.recent import last_workspace

    return last_workspace()


class Start:
    """Where choosing a workspace begins: unlock a file, create one, or the demo."""

    UNLOCK, CREATE, DEMO = "unlock", "create", "demo"

    def __init__(self, kind: str, path: Path | None = None) -> None:
        self.kind = kind
        self.path = path


class Opened:
    """An open workspace and what goes with it: the demo's private folder, removed on close."""

    def __init__(self, workspace: Any, folder: contextlib.ExitStack | None = None) -> None:
        self.workspace = workspace
        self.folder = folder or contextlib.ExitStack()

    @property
    def demo(self) -> bool:
        """The throwaway demo: nothing in it is saved beyond this run."""
        return is_demo_workspace(self.workspace.path)

    def close(self) -> None:
        """Close the workspace (its lock is released), then remove the demo's folder."""
        try:
            self.workspace.close()
        finally:
            self.folder.close()


class Launcher:
    """Owns the open workspace and its main window, one at a time.

    It chooses the workspace at startup (demo, unlock, or first run), and again when the main
    window asks for another (Workspace ▸ New…, Open…, Open recent): the new one is opened while
    the current one stays open, so cancelling changes nothing; once it is open, its window is
    shown and the previous window and workspace are closed (every action was already saved, so
    nothing is asked). A language change restarts the window the same way: the workspace is
    closed, then unlocked again in the new language.
    """

    def __init__(self, app: Any, lang: str, reporter: Any = None) -> None:
        self.app = app
        self.lang = lang
        # The error reporter speaks the language the windows speak: told here when it changes.
        self.reporter = reporter
        self.window: Any = None
        self.opened: Opened | None = None

    # --- Choosing --------------------------------------------------------------------------------

    def choose(self, start: Start, parent: Any = None, *, at_startup: bool = False) -> Any:
        """The workspace the user opens from ``start``, as an :class:`Opened`; ``None`` if they
        gave up. At startup, giving up on creating one falls back to the last workspace."""
        # Each dialog loads when it is needed: the unlock dialog is the first window, and shows
        # before the first-run dialog's imports (storage, policies) would be paid for. So do
        # the user's settings (recent files): not read before a workspace has been opened.
        while True:
            if start.kind == Start.DEMO:
                folder = contextlib.ExitStack()
                return Opened(open_demo(folder, self.lang), folder)
            if start.kind == Start.CREATE:
                from desktop.ui.entry.first_run import CreateWorkspaceDialog, FirstRunChoice
                from desktop.ui.widgets.recent import default_workspace_path

                created = CreateWorkspaceDialog.run(
                    parent,
                    default_path=default_workspace_path(),
                    lang=self.lang,
                    create=create_workspace,
                    offer_demo=not (self.opened is not None and self.opened.demo),
                )
                if created.choice is FirstRunChoice.CREATED:
                    from desktop.ui.widgets.recent import remember_workspace

                    remember_workspace(created.workspace.path)
                    return Opened(created.workspace)
                if created.choice is FirstRunChoice.DEMO:
                    start = Start(Start.DEMO)
                elif created.choice is FirstRunChoice.OPEN:
                    start = Start(Start.UNLOCK, created.path)
                elif at_startup and (last := _last_workspace()) is not None:
                    start = Start(Start.UNLOCK, last)
                else:
                    return None
                continue
            assert start.path is not None
            from desktop.ui.entry.unlock import UnlockChoice, UnlockDialog

            if at_startup:
                _preload_while_typing()
            result = UnlockDialog.run(
                parent,
                path=start.path,
                open_workspace=self._open_other,
                backups=backup_offer(self.lang),
                lang=self.lang,
            )
            if result.choice is UnlockChoice.OPENED:
                from desktop.ui.widgets.recent import remember_workspace

                remember_workspace(result.workspace.path)
                return Opened(result.workspace)
            if result.choice is UnlockChoice.CREATE:
                start = Start(Start.CREATE)
            elif result.choice is UnlockChoice.DEMO:
                start = Start(Start.DEMO)
            else:
                return None

    def _open_other(self, path: Path, passphrase: str) -> Any:
        """Open a workspace other than the one shown (which is open, in the window behind)."""
        current = self.opened.workspace.path if self.opened is not None else None
        if current is not None and Path(path).absolute() == current.absolute():
            from desktop.storage.errors import WorkspaceLocked, problem

            raise WorkspaceLocked(problem("storage.open_here", path=str(path)))
        return open_workspace(path, passphrase)

    def start(self, args: argparse.Namespace) -> bool:
        """Choose the first workspace and show its window; False if the user gave up."""
        if args.demo:
            start = Start(Start.DEMO)
        else:
            path = Path(args.workspace) if args.workspace else _last_workspace()
            start = Start(Start.UNLOCK, path) if path is not None else Start(Start.CREATE)
        opened = self.choose(start, at_startup=True)
        if opened is None:
            return False
        self.show(opened)
        return True

    # --- Showing and switching -------------------------------------------------------------------

    def _speak(self, lang: str) -> None:
        """From now on, windows and error messages are in ``lang``."""
        self.lang = lang
        if self.reporter is not None:
            self.reporter.lang = lang

    def show(self, opened: Opened) -> Any:
        """Show the main window over ``opened``, then close the previous window and workspace."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QIcon

        from desktop.ui.i18n import install_translators, resolve_language
        from desktop.ui.main_window import MainWindow

        chosen = opened.workspace.settings().language
        if resolve_language(chosen) != self.lang:
            self._speak(install_translators(chosen, self.app))
        # Set here, not at startup: loading the SVG plugin would delay the first window.
        self.app.setWindowIcon(QIcon(str(resource_path("icons", "emptychair.svg"))))
        window = MainWindow(opened.workspace, self.lang, demo=opened.demo)
        window.newWorkspaceRequested.connect(self.new_workspace)
        window.openWorkspaceRequested.connect(self.open_file)
        # Queued: the restart deletes the window whose question box is still answering the click.
        window.restartRequested.connect(self.restart, Qt.ConnectionType.QueuedConnection)
        place_on_screen(window, self.app)
        window.show()
        # The checks at opening once it shows; the daily backup when the app is idle (a demo
        # keeps nothing worth a backup).
        window.safety.start_background_work(backups=not opened.demo)
        previous, self.window = self.window, window
        if previous is not None:
            previous.close()  # a running meeting stays open: it resumes next time
            previous.deleteLater()
        self.close_workspace()
        self.opened = opened
        return window

    def close_workspace(self) -> None:
        """Close the workspace shown so far (its window is closed first)."""
        opened, self.opened = self.opened, None
        if opened is not None:
            opened.close()

    def close(self) -> None:
        """The app ends: close the window, then its workspace (a demo's folder goes with it)."""
        window, self.window = self.window, None
        if window is not None:
            window.close()  # a running meeting stays open: it resumes next time
        self.close_workspace()

    def switch(self, start: Start) -> bool:
        """Open another workspace from ``start`` over the current window; True when one was
        opened (and replaced the current one)."""
        opened = self.choose(start, self.window)
        if opened is None:
            return False
        self.show(opened)
        return True

    def new_workspace(self) -> bool:
        """Workspace ▸ New… (or the demo's *Create your workspace…*)."""
        return self.switch(Start(Start.CREATE))

    def open_file(self, path: str) -> bool:
        """Workspace ▸ Open… or Open recent: unlock the workspace at ``path``."""
        current = self.opened.workspace.path if self.opened is not None else None
        if current is not None and Path(path).absolute() == current.absolute():
            return False  # already open: the window said so
        return self.switch(Start(Start.UNLOCK, Path(path)))

    def restart(self) -> bool:
        """Close the window and the workspace and open it again in the language its settings
        now choose; the passphrase is asked again (the demo reopens at once). When the user
        gives up, the app ends. True when the workspace is open again."""
        from desktop.ui.i18n import install_translators

        opened = self.opened
        if opened is None or self.window is None:
            return False
        language = opened.workspace.settings().language
        path, demo = opened.workspace.path, opened.demo
        self.app.setQuitOnLastWindowClosed(False)  # no window for a moment: not the end
        try:
            window, self.window = self.window, None
            window.close()
            window.deleteLater()
            if demo:
                opened.workspace.close()  # its folder stays: it opens again just below
            else:
                self.close_workspace()
            self._speak(install_translators(language, self.app))
            if demo:
                reopened: Opened | None = Opened(
                    open_workspace(path, DEMO_PASSPHRASE), opened.folder
                )
                self.opened = None
            else:
                reopened = self.choose(Start(Start.UNLOCK, path))
            if reopened is None:
                self.app.quit()
                return False
            self.show(reopened)
            return True
        finally:
            self.app.setQuitOnLastWindowClosed(True)


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


def install_error_reporter_soon(launcher: Launcher) -> None:
    """Make the GUI's error hook the process's exception hook in the first turn of the event
    loop, speaking the launcher's language: no slot of ours runs before then (the user cannot
    click before the first window shows), and that window shows without loading the hook and
    its message box."""
    from PySide6.QtCore import QTimer

    def install() -> None:
        from desktop.ui.error_handler import ErrorReporter

        reporter = ErrorReporter(launcher.lang)
        reporter.install()
        launcher.reporter = reporter

    QTimer.singleShot(0, install)


@contextlib.contextmanager
def collection_paused() -> Iterator[Callable[[], None]]:
    """No cyclic garbage collection while the first window is being built: loading Qt and
    building the window make hundreds of thousands of objects that live as long as the app, and
    the collector would scan them again and again before the window shows, for garbage it finds
    hardly any of. Put off, not skipped: the collector is on again when the block ends, or
    earlier, in the first turn of the event loop, once the function this yields has been called
    (it needs the QApplication)."""
    paused = gc.isenabled()
    gc.disable()

    def resume_once_shown() -> None:
        if paused:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, gc.enable)

    try:
        yield resume_once_shown
    finally:
        if paused:
            gc.enable()


def open_and_run(path: Path, passphrase: str) -> int:
    """Open ``path`` with ``passphrase`` and show the main window (benchmarks, scripts)."""
    from desktop.ui.i18n import install_translators

    app = _application()
    lang = install_translators("", app)
    from desktop.ui.error_handler import ErrorReporter

    reporter = ErrorReporter(lang)
    reporter.install()
    launcher = Launcher(app, lang, reporter)
    try:
        launcher.show(Opened(open_workspace(path, passphrase)))
        return int(app.exec())
    finally:
        launcher.close_workspace()


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``emptychair`` command."""
    from desktop.hardening import harden_process

    harden_process()  # first: no core dump may ever hold a passphrase (CLI included)
    argv = sys.argv[1:] if argv is None else list(argv)
    if is_cli_command(argv):
        from desktop.cli import main as cli_main

        return int(cli_main(argv))
    args = parse_arguments(argv)
    with collection_paused() as resume_once_shown:
        from desktop.ui.i18n import install_translators

        app = _application()
        resume_once_shown()
        lang = install_translators("", app)
        stop = SignalQuit(app)
        launcher = Launcher(app, lang)
        install_error_reporter_soon(launcher)
        try:
            if not launcher.start(args):
                return 128 + stop.signal if stop.requested else 0
            if stop.requested:  # a signal came while the first window was being chosen
                return 128 + stop.signal
            return int(app.exec())
        finally:
            launcher.close()
            stop.uninstall()


if __name__ == "__main__":
    sys.exit(main())
