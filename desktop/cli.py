"""Headless commands: ``emptychair demo PATH``, ``emptychair verify PATH``, ...

``desktop.app:main`` hands the command line over to :func:`main` when its first argument is one
of :data:`COMMANDS` (see :func:`is_cli_command`). Known errors print one line on stderr and exit
with status 2; a failed verification exits with 1; never a traceback for a known problem.

To add a command, write its ``configure`` and ``run`` functions and add one :class:`Command` to
:data:`COMMAND_TABLE` — the one place where commands are registered.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from desktop.storage.errors import WorkspaceError

PASSPHRASE_VARIABLE = "EMPTYCHAIR_PASSPHRASE"

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran and found a problem (e.g. a broken audit chain)
EXIT_ERROR = 2  # a known error: wrong passphrase, missing file, ...


class UsageError(WorkspaceError):
    """The command cannot run as asked (e.g. no passphrase available)."""


@dataclass(frozen=True, slots=True)
class Command:
    """A headless command: its name, one line of help, its arguments and what it does."""

    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def read_passphrase(prompt: str, default: str | None = None) -> str:
    """The passphrase from ``EMPTYCHAIR_PASSPHRASE``, else a prompt on the terminal.

    Without a terminal, ``default`` is used when there is one; otherwise :class:`UsageError`.
    """
    from_env = os.environ.get(PASSPHRASE_VARIABLE)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        if default is not None:
            return default
        raise UsageError(f"No passphrase: set {PASSPHRASE_VARIABLE} or run from a terminal.")
    answer = getpass.getpass(prompt)
    if not answer and default is not None:
        return default
    return answer


# --- demo ----------------------------------------------------------------------------------------


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the new workspace file to create")
    parser.add_argument(
        "--lang", choices=("en", "fr"), default="en", help="language of the demo's texts"
    )


def _run_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DEMO_PASSPHRASE, create_demo_workspace

    passphrase = read_passphrase(
        f"Passphrase for the demo workspace [{DEMO_PASSPHRASE}]: ", DEMO_PASSPHRASE
    )
    create_demo_workspace(args.path, passphrase, args.lang)
    print(f"Created the demo workspace {args.path} (fictional data).")
    return EXIT_OK


# --- verify --------------------------------------------------------------------------------------


def _configure_verify(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the workspace file to check")
    parser.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="SEQ:HASH",
        help="also check an audit seal printed on minutes, e.g. 1234:9f3a1c2b7d8e0a4f (repeatable)",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="check every page of the file and the whole audit log (otherwise: what came after "
        "the last check that found nothing wrong)",
    )


class ProgressBar:
    """A one-line progress bar on stderr, drawn only on a terminal (a log stays clean)."""

    WIDTH = 30
    PHASES: ClassVar[dict[str, str]] = {
        "file": "Checking the file",
        "log": "Audit log",
        "rows": "Data rows",
    }

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = ""

    def phase(self, phase: str, done: int, total: int) -> None:
        """Show how far ``phase`` is (``total`` 0: no known length)."""
        self.show(self.PHASES.get(phase, phase), done, total)

    def show(self, what: str, done: int, total: int) -> None:
        """Draw ``what``: ``done`` of ``total``."""
        if not self.shown:
            return
        if total > 0:
            filled = round(self.WIDTH * min(done, total) / total)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            line = f"{what:<18} [{bar}] {done * 100 // total:3d} %"
        else:
            line = f"{what:<18} …"
        if line != self._last:
            self.stream.write("\r" + line.ljust(len(self._last)))
            self.stream.flush()
            self._last = line

    def done(self) -> None:
        """End the bar's line."""
        if self.shown and self._last:
            self.stream.write("\r" + " " * len(self._last) + "\r")
            self.stream.flush()


def _run_verify(args: argparse.Namespace) -> int:
    from desktop.storage.anchor_check import PaperSeal
    from desktop.storage.workspace import verify_workspace

    try:
        seals = [PaperSeal.parse(text) for text in args.anchor]
    except ValueError as error:
        raise UsageError(f"--anchor: {error}.") from None
    passphrase = read_passphrase("Passphrase: ")
    bar = ProgressBar()
    try:
        report = verify_workspace(
            args.path, passphrase, seals=seals, full=args.full, progress=bar.phase
        )
    finally:
        bar.done()
    if report.ok:
        print(report.summary())
        return EXIT_OK
    problems = report.problems()
    print(f"emptychair: {args.path}: {len(problems)} problem(s) found:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_FAILED


# --- backup, restore, rekey (issue 6) ------------------------------------------------------------

NEW_PASSPHRASE_VARIABLE = "EMPTYCHAIR_NEW_PASSPHRASE"


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", type=Path, help="the workspace file to back up")
    parser.add_argument("dest", type=Path, help="a folder, or the new backup file (.ecbackup)")


def _run_backup(args: argparse.Namespace) -> int:
    from desktop.storage.backup import backup_workspace
    from desktop.storage.workspace import Workspace

    bar = ProgressBar()
    with Workspace.open(args.workspace, read_passphrase("Passphrase: ")) as workspace:
        try:
            path = backup_workspace(
                workspace,
                args.dest,
                keep=None,
                progress=lambda done, total: bar.show("Backing up", done, total),
            )
        finally:
            bar.done()
    print(f"Backed up {args.workspace} to {path} (encrypted, checked).")
    return EXIT_OK


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", type=Path, help="the backup file to restore")
    parser.add_argument("workspace", type=Path, help="the workspace file to replace")


def _run_restore(args: argparse.Namespace) -> int:
    from desktop.storage.backup import restore_backup

    result = restore_backup(args.backup, args.workspace, read_passphrase("Backup passphrase: "))
    print(f"Restored {args.workspace} from {args.backup}; {result.report.summary()}")
    if result.reapplied_erasures or result.reapplied_purges:
        print(
            f"Applied again what was done after this backup: {result.reapplied_erasures} "
            f"erasure(s) of a person, {result.reapplied_purges} purge(s) of old meetings."
        )
    if result.kept_copy is not None:
        print(f"The replaced file was kept as {result.kept_copy}.")
    return EXIT_OK


def _configure_rekey(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", type=Path, help="the workspace file to re-encrypt")


def _run_rekey(args: argparse.Namespace) -> int:
    from desktop.storage.maintenance import change_passphrase
    from desktop.storage.workspace import Workspace

    old = read_passphrase("Current passphrase: ")
    new = os.environ.get(NEW_PASSPHRASE_VARIABLE, "")
    if not new:
        if not sys.stdin.isatty():
            raise UsageError(f"No new passphrase: set {NEW_PASSPHRASE_VARIABLE} or use a terminal.")
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("New passphrase again: ") != new:
            raise UsageError("The two new passphrases differ: nothing was changed.")
    with Workspace.open(args.workspace, old) as workspace:
        change_passphrase(workspace, old, new)
    print(f"The passphrase of {args.workspace} was changed; the old one no longer opens it.")
    return EXIT_OK


# --- minutes, meetings (issue 5) -----------------------------------------------------------------


def _configure_minutes(parser: argparse.ArgumentParser) -> None:
    from desktop.minutes import LANGUAGES

    parser.add_argument("workspace", type=Path, help="the workspace file")
    parser.add_argument("--meeting", required=True, metavar="ID", help="a closed meeting's id")
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="the PDF to write (with --per-recipient: the folder to write into)",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--person-copy", action="store_true", help="the plain-language copy for the person"
    )
    which.add_argument(
        "--per-recipient",
        action="store_true",
        help="the full record and one copy per attendee present, each holding only the items "
        "shared with them (an attendee who received none gets a copy without items)",
    )
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help="protect the PDF (AES-256) with the password in this environment variable",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="language (default: the workspace's, else English)"
    )


def _run_minutes(args: argparse.Namespace) -> int:
    from desktop.core.entities import MeetingState
    from desktop.minutes import LANGUAGES, MinutesError, export_document
    from desktop.storage.workspace import Workspace

    password = None
    if args.password_env:
        password = os.environ.get(args.password_env, "")
        if not password:
            raise UsageError(f"No password: the variable {args.password_env} is empty or not set.")
    with Workspace.open(args.workspace, read_passphrase("Passphrase: ")) as workspace:
        try:
            meeting = workspace.meeting(args.meeting)
        except KeyError:
            raise UsageError(
                f"There is no meeting {args.meeting} in {args.workspace}: "
                "'emptychair meetings' lists them."
            ) from None
        if meeting.state is not MeetingState.CLOSED:
            raise UsageError(
                f"The meeting {args.meeting} is {meeting.state.value}: "
                "its minutes can be printed once it is closed."
            )
        language = workspace.settings().language
        lang = args.lang or (language if language in LANGUAGES else "en")
        record = workspace.meeting_record(meeting.id)
        if args.per_recipient:
            return _write_per_recipient(workspace, record, args.out, lang, password)
        try:
            result = export_document(
                record, args.out, lang, person_copy=args.person_copy, password=password
            )
        except MinutesError as error:
            raise UsageError(str(error)) from error
        workspace.log_event(
            "minutes_exported",
            meeting_id=meeting.id,
            person_copy=args.person_copy,
            encrypted=password is not None,
            pages=result.pages,
        )
    for warning in result.warnings:
        print(f"emptychair: warning: printed as □: {warning}", file=sys.stderr)
    what = "The person's copy" if args.person_copy else "The minutes"
    protected = ", password-protected" if password else ""
    print(f"{what} of meeting {meeting.id}: {args.out} ({result.pages} pages{protected}).")
    return EXIT_OK


def _write_per_recipient(
    workspace: Any, record: Any, folder: Path, lang: str, password: str | None
) -> int:
    from desktop.minutes import RECIPIENT_COPY, MinutesError, export_copies

    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file: --per-recipient writes into a folder.")
    try:
        folder.mkdir(exist_ok=True)
        written = export_copies(record, folder, lang, password)
    except MinutesError as error:
        raise UsageError(str(error)) from error
    except OSError as error:
        raise UsageError(f"The folder {folder} could not be created: {error.strerror}.") from None
    workspace.log_event(
        "minutes_exported",
        meeting_id=record.meeting.id,
        per_recipient=True,
        recipients=[p.recipient_id for p, _ in written if p.kind == RECIPIENT_COPY],
        encrypted=password is not None,
    )
    protected = ", password-protected" if password else ""
    for planned, result in written:
        for warning in result.warnings:
            print(f"emptychair: warning: printed as □: {warning}", file=sys.stderr)
        if planned.kind == RECIPIENT_COPY:
            if not planned.bound:
                holds = "no item (not bound by secrecy)"
            elif planned.item_numbers:
                holds = "items " + ", ".join(map(str, planned.item_numbers))
            else:
                holds = "no item"
            what = f"Copy for {planned.recipient_label}: {holds}"
        else:
            what = "Full record (for the facilitator's file)"
        print(f"{what}: {planned.path} ({result.pages} pages{protected}).")
    return EXIT_OK


def _configure_meetings(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", type=Path, help="the workspace file")


def _run_meetings(args: argparse.Namespace) -> int:
    from desktop.core.lists import MeetingOrder, MeetingSearch
    from desktop.storage.lists import iter_meeting_rows
    from desktop.storage.workspace import Workspace

    search = MeetingSearch(order=MeetingOrder.DATE)
    with Workspace.open(args.workspace, read_passphrase("Passphrase: ")) as workspace:
        rows = []
        # One query a page, the person's alias joined in: never a query per meeting.
        with workspace.reading() as conn:
            for meeting in iter_meeting_rows(conn, search, page=2000):
                when = meeting.when.strftime("%Y-%m-%d %H:%M")
                purpose = " ".join(meeting.purpose.split())
                alias = meeting.person_alias or meeting.person_id
                rows.append((meeting.id, meeting.state.value, when, alias, purpose))
    if not rows:
        print(f"No meetings in {args.workspace}.")
        return EXIT_OK
    header = ("ID", "STATE", "DATE", "PERSON", "PURPOSE")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(4)]
    for row in (header, *rows):
        padded = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        print("  ".join([*padded, row[4]]))
    return EXIT_OK


# --- Registration: every command, in the order `--help` lists them -------------------------------

COMMAND_TABLE: tuple[Command, ...] = (
    Command("demo", "create a workspace of fictional demo data", _configure_demo, _run_demo),
    Command(
        "verify",
        "check a workspace: its file, its audit log against its anchors, its data rows",
        _configure_verify,
        _run_verify,
    ),
    Command("backup", "write an encrypted, checked backup", _configure_backup, _run_backup),
    Command(
        "restore",
        "check a backup, keep the current file, then restore",
        _configure_restore,
        _run_restore,
    ),
    Command("rekey", "change a workspace's passphrase", _configure_rekey, _run_rekey),
    Command(
        "minutes",
        "write a closed meeting's minutes, or the person's copy, as a PDF",
        _configure_minutes,
        _run_minutes,
    ),
    Command(
        "meetings", "list a workspace's meetings with their ids", _configure_meetings, _run_meetings
    ),
)

COMMANDS: frozenset[str] = frozenset(command.name for command in COMMAND_TABLE)


def is_cli_command(argv: Sequence[str]) -> bool:
    """True when ``argv`` (without the program name) starts with a headless command."""
    return bool(argv) and argv[0] in COMMANDS


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every headless command."""
    parser = argparse.ArgumentParser(
        prog="emptychair", description="Empty Chair headless commands."
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMAND_TABLE:
        sub = subparsers.add_parser(command.name, help=command.help, description=command.help)
        command.configure(sub)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; returns the exit status."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return int(args.run(args))
    except WorkspaceError as error:
        print(f"emptychair: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("emptychair: interrupted.", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
