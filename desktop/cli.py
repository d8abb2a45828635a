"""Headless commands: ``emptychair demo PATH``, ``emptychair verify PATH``, ...

``desktop.app:main`` hands the command line over to :func:`main` when its first argument is one
of :data:`COMMANDS` (see :func:`is_cli_command`). Known errors print one line on stderr and exit
with status 2; a failed verification exits with 1; never a traceback for a known problem.

The commands speak the language of the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``, as gettext programs do) when the app speaks it, else English: :func:`main` works it out
once and hands it to each command as ``args.speech``. Their sentences are in :data:`TEXTS`
(:mod:`desktop.core.catalogue`); ``--help`` speaks it too (:data:`HELP`), and so do argparse's
own messages (``usage:``, ``error: the following arguments are required``...), served from
:data:`ARGPARSE` by :func:`argparse_speaks` while the command line is read.

To add a command, write its ``configure`` and ``run`` functions, declare its help texts in
:data:`HELP`, and add one :class:`Command` to :data:`COMMAND_TABLE` — the one place where
commands are registered.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from desktop.core.catalogue import N_, NP_, Text, texts
from desktop.core.languages import ENGLISH, LANGUAGES, is_supported, language_of
from desktop.core.messages import Message, Value
from desktop.storage.errors import WorkspaceError

PASSPHRASE_VARIABLE = "EMPTYCHAIR_PASSPHRASE"

EXIT_OK = 0
EXIT_FAILED = 1  # the command ran and found a problem (e.g. a broken audit chain)
EXIT_ERROR = 2  # a known error: wrong passphrase, missing file, ...


TEXTS: dict[str, Text] = texts(
    N_("cli.no_passphrase", "No passphrase: set {variable} or run from a terminal."),
    N_("cli.passphrase", "Passphrase: "),
    N_("cli.demo_passphrase", "Passphrase for the demo workspace [{default}]: "),
    N_("cli.demo_created", "Created the demo workspace {path} (fictional data)."),
    N_("cli.backed_up", "Backed up {workspace} to {path} (encrypted, checked)."),
    N_("cli.backup_passphrase", "Backup passphrase: "),
    N_("cli.restored", "Restored {workspace} from {backup}; {report}"),
    N_("cli.kept", "The replaced file was kept as {path}."),
    N_("cli.current_passphrase", "Current passphrase: "),
    N_("cli.no_new_passphrase", "No new passphrase: set {variable} or use a terminal."),
    N_("cli.new_passphrase", "New passphrase: "),
    N_("cli.new_passphrase_again", "New passphrase again: "),
    N_("cli.passphrases_differ", "The two new passphrases differ: nothing was changed."),
    N_("cli.rekeyed", "The passphrase of {path} was changed; the old one no longer opens it."),
    N_("cli.no_password", "No password: the variable {variable} is empty or not set."),
    N_(
        "cli.no_meeting",
        "There is no meeting {meeting} in {path}: 'emptychair meetings' lists them.",
    ),
    N_(
        "cli.not_closed",
        "The meeting {meeting} is {state}: its minutes can be printed once it is closed.",
    ),
    N_("cli.missing_glyph", "warning: printed as □: {where}"),
    N_("cli.minutes_of", "The minutes of meeting {meeting}"),
    N_("cli.person_copy_of", "The person's copy of meeting {meeting}"),
    N_(
        "cli.which_person",
        "The meeting {meeting} is about several persons, each with their own copy: say whose "
        "with --person ({persons}).",
    ),
    N_("cli.not_concerned", "The meeting {meeting} is not about {person}: it is about {persons}."),
    N_("cli.person_not_per_recipient", "--person goes with --person-copy, not --per-recipient."),
    N_("cli.written", "{document}: {path} ({pages})."),
    NP_("cli.pages", "{count} page", "{count} pages"),
    NP_(
        "cli.pages_protected",
        "{count} page, password-protected",
        "{count} pages, password-protected",
    ),
    N_("cli.is_a_file", "{folder} is a file: --per-recipient writes into a folder."),
    N_("cli.folder_not_created", "The folder {folder} could not be created: {problem}."),
    N_("cli.copy_for", "Copy for {name}: {holds}"),
    N_("cli.holds_unbound", "no item (not bound by secrecy)"),
    N_("cli.holds_nothing", "no item"),
    NP_("cli.holds_items", "item {numbers}", "items {numbers}"),
    N_("cli.full_record", "Full record (for the facilitator's file)"),
    N_("cli.no_meetings", "No meetings in {path}."),
    N_("cli.column.id", "ID"),
    N_("cli.column.state", "STATE"),
    N_("cli.column.date", "DATE"),
    N_("cli.column.person", "PERSON"),
    N_("cli.column.purpose", "PURPOSE"),
    N_("cli.interrupted", "interrupted."),
    N_("cli.bad_anchor", "--anchor: {problem}."),
    NP_("cli.problems_found", "{path}: {count} problem found:", "{path}: {count} problems found:"),
    N_("cli.reapplied", "Applied again what was done after this backup: {erasures}, {purges}."),
    NP_("cli.erasures", "{count} erasure of a person", "{count} erasures of a person"),
    NP_("cli.purges", "{count} purge of old meetings", "{count} purges of old meetings"),
    N_("cli.policy_valid", "{path}: valid — {name}, version {version}"),
    N_("cli.policy_conditions", "conditions: {conditions}; then the ethical questions"),
    N_("cli.policy_exceptions", "exceptions: {exceptions}"),
    N_("cli.policy_no_exceptions", "exceptions: none"),
    N_("cli.policy_untranslated", "warning: {field} has no text in {language} (English shows)"),
    NP_(
        "cli.policy_refused",
        "{count} policy file was refused.",
        "{count} policy files were refused.",
    ),
    N_("cli.phase.file", "Checking the file"),
    N_("cli.phase.log", "Audit log"),
    N_("cli.phase.rows", "Data rows"),
    N_("cli.phase.backup", "Backing up"),
)


#: The words of ``--help``: each command's summary, its arguments' help, the descriptions, and
#: the metavars that read as words (``FILE``, ``workspace``). Not ``ID``, ``SEQ:HASH``, the
#: options themselves nor the command names: those are typed as they are, in every language.
HELP: dict[str, Text] = texts(
    N_("cli.help.description", "Empty Chair headless commands."),
    N_("cli.help.demo", "create a workspace of fictional demo data"),
    N_(
        "cli.help.verify",
        "check a workspace: its file, its audit log against its anchors, its data rows",
    ),
    N_("cli.help.backup", "write an encrypted, checked backup"),
    N_("cli.help.restore", "check a backup, keep the current file, then restore"),
    N_("cli.help.rekey", "change a workspace's passphrase"),
    N_("cli.help.minutes", "write a closed meeting's minutes, or the person's copy, as a PDF"),
    N_("cli.help.meetings", "list a workspace's meetings with their ids"),
    N_("cli.help.policy", "check policy files (frameworks) before using them"),
    N_("cli.help.workspace", "the workspace file"),
    N_("cli.help.demo.path", "the new workspace file to create"),
    N_(
        "cli.help.demo.lang", "language of the demo's texts (default: the terminal's, else English)"
    ),
    N_(
        "cli.help.verify.path",
        "the workspace file to check, or one of its backups (.ecbackup)",
    ),
    N_(
        "cli.help.verify.anchor",
        "also check an audit seal printed on minutes, e.g. 1234:9f3a1c2b7d8e0a4f (repeatable)",
    ),
    N_(
        "cli.help.verify.full",
        "check everything: every page of the file, the whole audit log, every data row "
        "(the default)",
    ),
    N_(
        "cli.help.verify.quick",
        "check only what came after the last check that found nothing wrong, as the app "
        "does at each opening: fast, but a data row changed before that check goes unseen",
    ),
    N_("cli.help.backup.workspace", "the workspace file to back up"),
    N_("cli.help.backup.dest", "a folder, or the new backup file (.ecbackup)"),
    N_("cli.help.restore.backup", "the backup file to restore"),
    N_("cli.help.restore.workspace", "the workspace file to replace"),
    N_("cli.help.rekey.workspace", "the workspace file to re-encrypt"),
    N_("cli.help.minutes.meeting", "a closed meeting's id"),
    N_(
        "cli.help.minutes.out",
        "the PDF to write (with --per-recipient: the folder to write into)",
    ),
    N_("cli.help.minutes.person_copy", "the plain-language copy for the person"),
    N_(
        "cli.help.minutes.per_recipient",
        "the full record and one copy per attendee present, each holding only the items "
        "shared with them (an attendee who received none gets a copy without items)",
    ),
    N_(
        "cli.help.minutes.person",
        "whose copy (an id or an alias), in a meeting about several persons; implies --person-copy",
    ),
    N_(
        "cli.help.minutes.password_env",
        "protect the PDF (AES-256) with the password in this environment variable",
    ),
    N_("cli.help.minutes.lang", "language (default: the workspace's, else English)"),
    N_(
        "cli.help.policy.check",
        "check policy files against the schema and the rules (docs/policies.md)",
    ),
    N_(
        "cli.help.policy.check.description",
        "Check policy files as the app would load them; exit 1 if one is refused.",
    ),
    N_("cli.help.policy.file", "a policy file (.json)"),
    # The GUI's own options (``emptychair --help``, desktop.app).
    N_(
        "cli.help.gui.description",
        "Empty Chair: case conferences under shared professional secrecy.",
    ),
    N_("cli.help.gui.demo", "open a fresh demo workspace"),
    N_("cli.help.gui.workspace", "the workspace file to unlock"),
    N_("cli.help.gui.commands", "headless commands (emptychair COMMAND --help):"),
    # TRANSLATORS: placeholders in usage lines, one word (no space), as the user reads them.
    N_("cli.metavar.COMMAND", "COMMAND"),
    N_("cli.metavar.ACTION", "ACTION"),
    N_("cli.metavar.FILE", "FILE"),
    N_("cli.metavar.PERSON", "PERSON"),
    N_("cli.metavar.VAR", "VAR"),
    N_("cli.metavar.path", "path"),
    N_("cli.metavar.workspace", "workspace"),
    N_("cli.metavar.dest", "dest"),
    N_("cli.metavar.backup", "backup"),
)

#: argparse's own messages that a user of these commands can meet, under their msgids in
#: CPython 3.11's argparse (which looks each one up through ``gettext.gettext`` when it is
#: needed). :func:`argparse_speaks` serves them from this catalogue.
ARGPARSE: dict[str, Text] = texts(
    # TRANSLATORS: argparse's own words; keep every %(name)s, %s and %r as they are.
    N_("argparse.usage", "usage: "),
    # TRANSLATORS: headings; argparse writes ":" right after them, so French ends them with a
    # space ("options ").
    N_("argparse.positionals", "positional arguments"),
    N_("argparse.options", "options"),
    N_("argparse.help", "show this help message and exit"),
    N_("argparse.error", "%(prog)s: error: %(message)s\n"),
    N_("argparse.argument", "argument %(argument_name)s: %(message)s"),
    N_("argparse.required", "the following arguments are required: %s"),
    N_("argparse.unrecognized", "unrecognized arguments: %s"),
    N_("argparse.invalid_choice", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argparse.expected_one", "expected one argument"),
    N_("argparse.not_allowed_with", "not allowed with argument %s"),
    N_("argparse.ignored_explicit", "ignored explicit argument %r"),
    N_("argparse.ambiguous", "ambiguous option: %(option)s could match %(matches)s"),
)


def say(key: str, lang: str, **values: Value) -> str:
    """A sentence of :data:`TEXTS` in ``lang``."""
    return Message.about(TEXTS[key], **values).render(lang)


def sentence(key: str, **values: Value) -> Message:
    """A sentence of :data:`TEXTS`, for an error to render later."""
    return Message.about(TEXTS[key], **values)


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the environment's locale, read as gettext reads it, if the app speaks it.

    The variables are gettext's own: ``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``. Not ``LC_CTYPE``: Python sets it to ``C.UTF-8`` itself when the user's locale is
    not installed (PEP 538), which would turn a Dutch ``LANG`` into English."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0]
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return language_of(value)
        if value:
            break  # C or POSIX: the environment asks for no translation
    return ENGLISH


class UsageError(WorkspaceError):
    """The command cannot run as asked (e.g. no passphrase available)."""


@dataclass(frozen=True, slots=True)
class Command:
    """A headless command: its name, one line of help (a text of :data:`HELP`), its arguments
    (``configure(parser, lang)``, in the reader's language) and what it does."""

    name: str
    summary: Text
    configure: Callable[[argparse.ArgumentParser, str], None]
    run: Callable[[argparse.Namespace], int]


# --- The words of the command line: --help and argparse's own messages ---------------------------


def hint(key: str, lang: str) -> str:
    """The help of an argument (``cli.help.<key>`` of :data:`HELP`) in ``lang``, ready for
    argparse, which %-formats every help (a ``%`` of a translation stays a ``%``)."""
    return HELP[f"cli.help.{key}"].template(lang).replace("%", "%%")


def description(key: str, lang: str) -> str:
    """A description (``cli.help.<key>`` of :data:`HELP`) in ``lang``; argparse prints it as
    it is."""
    return HELP[f"cli.help.{key}"].template(lang)


def metavar(name: str, lang: str) -> str:
    """What a usage line calls a value (``FILE``, ``workspace``) in ``lang``."""
    return HELP[f"cli.metavar.{name}"].template(lang)


@contextlib.contextmanager
def argparse_speaks(lang: str) -> Iterator[None]:
    """argparse's own messages (``usage:``, ``error:``, ``the following arguments are
    required``...) in ``lang`` while the block builds or runs a parser, then as before.

    argparse looks each message up at the moment it needs it, through its module's ``_``
    (``gettext.gettext``). For the block only, that ``_`` answers from :data:`ARGPARSE`, and
    asks the saved one for any other message; nothing else changes, English changes nothing.
    The commands parse once, on one thread, before they run."""
    if lang == ENGLISH:
        yield
        return
    ours = {text.english: text for text in ARGPARSE.values()}
    saved = vars(argparse)["_"]

    def translate(message: str) -> str:
        text = ours.get(message)
        return saved(message) if text is None else text.template(lang)

    argparse._ = translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


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
        raise UsageError(sentence("cli.no_passphrase", variable=PASSPHRASE_VARIABLE))
    answer = getpass.getpass(prompt)
    if not answer and default is not None:
        return default
    return answer


# --- demo ----------------------------------------------------------------------------------------


def _configure_demo(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "path", type=Path, metavar=metavar("path", lang), help=hint("demo.path", lang)
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=hint("demo.lang", lang))


def _run_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DEMO_PASSPHRASE, create_demo_workspace

    prompt = say("cli.demo_passphrase", args.speech, default=DEMO_PASSPHRASE)
    passphrase = read_passphrase(prompt, DEMO_PASSPHRASE)
    # The demo's texts in the terminal's language, as the commands speak it, unless --lang.
    create_demo_workspace(args.path, passphrase, args.lang or args.speech)
    print(say("cli.demo_created", args.speech, path=str(args.path)))
    return EXIT_OK


# --- verify --------------------------------------------------------------------------------------


def _configure_verify(parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "path", type=Path, metavar=metavar("path", lang), help=hint("verify.path", lang)
    )
    parser.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="SEQ:HASH",  # a notation, as the seal error spells it in every language
        help=hint("verify.anchor", lang),
    )
    # A check someone asks for proves the whole history: a data row changed before the last
    # check that found nothing wrong is seen only by reading everything (issue 13). The quick,
    # incremental check is what the app runs at each opening and in each backup (issue 12).
    depth = parser.add_mutually_exclusive_group()
    depth.add_argument("--full", action="store_true", help=hint("verify.full", lang))
    depth.add_argument("--quick", action="store_true", help=hint("verify.quick", lang))


class ProgressBar:
    """A one-line progress bar on stderr, drawn only on a terminal (a log stays clean)."""

    WIDTH = 30
    PHASES: ClassVar[dict[str, str]] = {
        "file": "cli.phase.file",
        "log": "cli.phase.log",
        "rows": "cli.phase.rows",
    }

    def __init__(self, lang: str = ENGLISH, stream: Any = None) -> None:
        self.lang = lang
        self.stream = stream if stream is not None else sys.stderr
        self.shown = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last = ""

    def phase(self, phase: str, done: int, total: int) -> None:
        """Show how far ``phase`` is (``total`` 0: no known length)."""
        key = self.PHASES.get(phase)
        self.show(say(key, self.lang) if key else phase, done, total)

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
    from desktop.storage.anchor_check import PaperSeal, SealFormatError
    from desktop.storage.backup import BACKUP_SUFFIX, check_backup
    from desktop.storage.workspace import verify_workspace

    try:
        seals = [PaperSeal.parse(text) for text in args.anchor]
    except SealFormatError as error:
        raise UsageError(sentence("cli.bad_anchor", problem=error.message)) from None
    passphrase = read_passphrase(say("cli.passphrase", args.speech))
    bar = ProgressBar(args.speech)
    try:
        if args.path.suffix == BACKUP_SUFFIX:
            # A backup is checked as a restore checks it: on a copy (opening the file itself
            # would switch it to write-ahead logging and change it), as a history that may end
            # before the anchors taken since it was made.
            report = check_backup(args.path, passphrase, seals=seals)
        else:
            report = verify_workspace(
                args.path, passphrase, seals=seals, full=not args.quick, progress=bar.phase
            )
    finally:
        bar.done()
    if report.ok:
        print(report.summary(args.speech))
        return EXIT_OK
    problems = report.problems(args.speech)
    found = say("cli.problems_found", args.speech, path=str(args.path), count=len(problems))
    print(f"emptychair: {found}", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_FAILED


# --- backup, restore, rekey (issue 6) ------------------------------------------------------------

NEW_PASSPHRASE_VARIABLE = "EMPTYCHAIR_NEW_PASSPHRASE"


def _configure_backup(parser: argparse.ArgumentParser, lang: str) -> None:
    workspace, dest = metavar("workspace", lang), metavar("dest", lang)
    parser.add_argument(
        "workspace", type=Path, metavar=workspace, help=hint("backup.workspace", lang)
    )
    parser.add_argument("dest", type=Path, metavar=dest, help=hint("backup.dest", lang))


def _run_backup(args: argparse.Namespace) -> int:
    from desktop.storage.backup import backup_workspace
    from desktop.storage.workspace import Workspace

    passphrase = read_passphrase(say("cli.passphrase", args.speech))
    bar = ProgressBar(args.speech)
    with Workspace.open(args.workspace, passphrase) as workspace:
        try:
            path = backup_workspace(
                workspace,
                args.dest,
                keep=None,
                progress=lambda done, total: bar.show(
                    say("cli.phase.backup", bar.lang), done, total
                ),
            )
        finally:
            bar.done()
    print(say("cli.backed_up", args.speech, workspace=str(args.workspace), path=str(path)))
    return EXIT_OK


def _configure_restore(parser: argparse.ArgumentParser, lang: str) -> None:
    backup, workspace = metavar("backup", lang), metavar("workspace", lang)
    parser.add_argument("backup", type=Path, metavar=backup, help=hint("restore.backup", lang))
    parser.add_argument(
        "workspace", type=Path, metavar=workspace, help=hint("restore.workspace", lang)
    )


def _run_restore(args: argparse.Namespace) -> int:
    from desktop.storage.backup import restore_backup

    passphrase = read_passphrase(say("cli.backup_passphrase", args.speech))
    result = restore_backup(args.backup, args.workspace, passphrase)
    restored = {"workspace": str(args.workspace), "backup": str(args.backup)}
    print(say("cli.restored", args.speech, **restored, report=result.report.summary_message()))
    if result.reapplied_erasures or result.reapplied_purges:
        erasures = sentence("cli.erasures", count=result.reapplied_erasures)
        purges = sentence("cli.purges", count=result.reapplied_purges)
        print(say("cli.reapplied", args.speech, erasures=erasures, purges=purges))
    if result.kept_copy is not None:
        print(say("cli.kept", args.speech, path=str(result.kept_copy)))
    return EXIT_OK


def _configure_rekey(parser: argparse.ArgumentParser, lang: str) -> None:
    workspace = metavar("workspace", lang)
    parser.add_argument(
        "workspace", type=Path, metavar=workspace, help=hint("rekey.workspace", lang)
    )


def _run_rekey(args: argparse.Namespace) -> int:
    from desktop.storage.maintenance import change_passphrase
    from desktop.storage.workspace import Workspace

    lang = args.speech
    old = read_passphrase(say("cli.current_passphrase", lang))
    new = os.environ.get(NEW_PASSPHRASE_VARIABLE, "")
    if not new:
        if not sys.stdin.isatty():
            raise UsageError(sentence("cli.no_new_passphrase", variable=NEW_PASSPHRASE_VARIABLE))
        new = getpass.getpass(say("cli.new_passphrase", lang))
        if getpass.getpass(say("cli.new_passphrase_again", lang)) != new:
            raise UsageError(sentence("cli.passphrases_differ"))
    with Workspace.open(args.workspace, old) as workspace:
        change_passphrase(workspace, old, new)
    print(say("cli.rekeyed", lang, path=str(args.workspace)))
    return EXIT_OK


# --- minutes, meetings (issue 5) -----------------------------------------------------------------


def _configure_minutes(parser: argparse.ArgumentParser, lang: str) -> None:
    workspace = metavar("workspace", lang)
    parser.add_argument("workspace", type=Path, metavar=workspace, help=hint("workspace", lang))
    parser.add_argument(
        "--meeting", required=True, metavar="ID", help=hint("minutes.meeting", lang)
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=metavar("FILE", lang),
        help=hint("minutes.out", lang),
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--person-copy", action="store_true", help=hint("minutes.person_copy", lang))
    which.add_argument(
        "--per-recipient", action="store_true", help=hint("minutes.per_recipient", lang)
    )
    parser.add_argument(
        "--person", metavar=metavar("PERSON", lang), help=hint("minutes.person", lang)
    )
    parser.add_argument(
        "--password-env", metavar=metavar("VAR", lang), help=hint("minutes.password_env", lang)
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=hint("minutes.lang", lang))


def _run_minutes(args: argparse.Namespace) -> int:
    from desktop.core.entities import MeetingState
    from desktop.core.session_record import describe
    from desktop.minutes import MinutesError, export_document
    from desktop.storage.workspace import Workspace

    password = None
    if args.password_env:
        password = os.environ.get(args.password_env, "")
        if not password:
            raise UsageError(sentence("cli.no_password", variable=args.password_env))
    passphrase = read_passphrase(say("cli.passphrase", args.speech))
    with Workspace.open(args.workspace, passphrase) as workspace:
        try:
            meeting = workspace.meeting(args.meeting)
        except KeyError:
            raise UsageError(
                sentence("cli.no_meeting", meeting=args.meeting, path=str(args.workspace))
            ) from None
        if meeting.state is not MeetingState.CLOSED:
            state = describe(meeting.state)
            raise UsageError(sentence("cli.not_closed", meeting=args.meeting, state=state))
        language = workspace.settings().language
        lang = args.lang or (language if is_supported(language) else ENGLISH)
        record = workspace.meeting_record(meeting.id)
        if args.per_recipient:
            if args.person is not None:
                raise UsageError(sentence("cli.person_not_per_recipient"))
            return _write_per_recipient(workspace, record, args.out, lang, password, args.speech)
        person_copy = args.person_copy or args.person is not None
        if person_copy:
            # A family: each person's copy holds only the items about them, never another's.
            record = record.for_person(_whose_copy(record, args.person))
        try:
            result = export_document(
                record, args.out, lang, person_copy=person_copy, password=password
            )
        except MinutesError as error:
            raise UsageError(error.sentence) from error
        workspace.log_event(
            "minutes_exported",
            meeting_id=meeting.id,
            person_copy=person_copy,
            encrypted=password is not None,
            pages=result.pages,
        )
    speech = args.speech
    _warn_missing_glyphs(result.warnings, speech)
    which = "cli.person_copy_of" if person_copy else "cli.minutes_of"
    document = say(which, speech, meeting=meeting.id)
    print(_written(document, args.out, result.pages, password is not None, speech))
    return EXIT_OK


def _whose_copy(record: Any, person: str | None) -> str:
    """The id of the person whose copy to write: ``person`` (an id or an alias) among those the
    meeting is about, or its one person. A :class:`UsageError` when it is not one of them, or
    when the meeting is about several and ``person`` does not say whose."""
    concerned = record.concerned
    persons = tuple(f"{p.id} ({p.alias})" for p in concerned)  # joined in the reader's language
    meeting = record.meeting.id
    if person is None:
        if len(concerned) > 1:
            raise UsageError(sentence("cli.which_person", meeting=meeting, persons=persons))
        return str(concerned[0].id)
    wanted = person.strip()
    for candidate in concerned:
        if wanted in (candidate.id, candidate.alias):
            return str(candidate.id)
    raise UsageError(sentence("cli.not_concerned", meeting=meeting, person=person, persons=persons))


def _warn_missing_glyphs(warnings: Sequence[str], lang: str) -> None:
    for warning in warnings:
        print(f"emptychair: {say('cli.missing_glyph', lang, where=warning)}", file=sys.stderr)


def _written(document: str, path: Path, pages: int, protected: bool, lang: str) -> str:
    """``The minutes of meeting m1: out.pdf (3 pages, password-protected).``"""
    counted = say("cli.pages_protected" if protected else "cli.pages", lang, count=pages)
    return say("cli.written", lang, document=document, path=str(path), pages=counted)


def _write_per_recipient(
    workspace: Any, record: Any, folder: Path, lang: str, password: str | None, speech: str
) -> int:
    from desktop.minutes import RECIPIENT_COPY, MinutesError, export_copies, item_ref

    if folder.exists() and not folder.is_dir():
        raise UsageError(sentence("cli.is_a_file", folder=str(folder)))
    try:
        folder.mkdir(exist_ok=True)
        written = export_copies(record, folder, lang, password)
    except MinutesError as error:
        raise UsageError(error.sentence) from error
    except OSError as error:
        why = error.strerror or str(error)
        raise UsageError(
            sentence("cli.folder_not_created", folder=str(folder), problem=why)
        ) from None
    workspace.log_event(
        "minutes_exported",
        meeting_id=record.meeting.id,
        per_recipient=True,
        recipients=[p.recipient_id for p, _ in written if p.kind == RECIPIENT_COPY],
        encrypted=password is not None,
    )
    for planned, result in written:
        _warn_missing_glyphs(result.warnings, speech)
        if planned.kind == RECIPIENT_COPY:
            if not planned.bound:
                holds = say("cli.holds_unbound", speech)
            elif planned.item_numbers:
                # As the documents number them: S1, S3 (I1, I3 in French).
                numbers = ", ".join(item_ref(n, speech) for n in planned.item_numbers)
                count = len(planned.item_numbers)
                holds = say("cli.holds_items", speech, numbers=numbers, count=count)
            else:
                holds = say("cli.holds_nothing", speech)
            what = say("cli.copy_for", speech, name=planned.recipient_label, holds=holds)
        else:
            what = say("cli.full_record", speech)
        print(_written(what, planned.path, result.pages, password is not None, speech))
    return EXIT_OK


def _configure_meetings(parser: argparse.ArgumentParser, lang: str) -> None:
    workspace = metavar("workspace", lang)
    parser.add_argument("workspace", type=Path, metavar=workspace, help=hint("workspace", lang))


def _run_meetings(args: argparse.Namespace) -> int:
    from desktop.core.entities import MeetingState
    from desktop.core.lists import MeetingOrder, MeetingSearch
    from desktop.core.session_record import describe
    from desktop.storage.lists import all_meeting_rows
    from desktop.storage.workspace import Workspace

    lang = args.speech
    search = MeetingSearch(order=MeetingOrder.DATE)
    states = {state: describe(state).render(lang) for state in MeetingState}  # once, not per row
    passphrase = read_passphrase(say("cli.passphrase", lang))
    with Workspace.open(args.workspace, passphrase) as workspace:
        rows = []
        # One query, the person's alias joined in: never a query per meeting, nor per page.
        with workspace.reading() as conn:
            for meeting in all_meeting_rows(conn, search):
                purpose = " ".join(meeting.purpose.split())
                # a family's aliases, one after the other
                alias = meeting.person_aliases or meeting.person_alias or meeting.person_id
                alias = alias.replace(", ", ",")
                when = minute(meeting.scheduled_at)
                rows.append((meeting.id, states[meeting.state], when, alias, purpose))
    if not rows:
        print(say("cli.no_meetings", lang, path=str(args.workspace)))
        return EXIT_OK
    columns = ("id", "state", "date", "person", "purpose")
    header = tuple(say(f"cli.column.{column}", lang) for column in columns)
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(4)]
    # One string, written once: a print per row costs as much as reading the rows.
    sys.stdout.write(
        "".join(
            f"{a.ljust(widths[0])}  {b.ljust(widths[1])}  {c.ljust(widths[2])}  "
            f"{d.ljust(widths[3])}  {e}\n"
            for a, b, c, d, e in (header, *rows)
        )
    )
    return EXIT_OK


# From the year 1000: ``strftime`` does not pad an earlier year to four digits.
_MINUTE = re.compile(r"[1-9]\d{3}-\d\d-\d\d[T ]\d\d:\d\d", re.ASCII)


def minute(stamp: str) -> str:
    """A stored time (ISO 8601) as ``YYYY-MM-DD HH:MM``, in its own offset: read off the text
    when it starts that way (what storage writes), parsed otherwise. The same as
    ``strftime("%Y-%m-%d %H:%M")`` of the parsed time, at a tenth of the cost."""
    if _MINUTE.match(stamp):
        return f"{stamp[:10]} {stamp[11:16]}"
    import datetime as dt

    return dt.datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")


# --- policy check --------------------------------------------------------------------------------


def _configure_policy(parser: argparse.ArgumentParser, lang: str) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar=metavar("ACTION", lang))
    check = actions.add_parser(
        "check",
        help=hint("policy.check", lang),
        description=description("policy.check.description", lang),
    )
    check.add_argument(
        "files", type=Path, nargs="+", metavar=metavar("FILE", lang), help=hint("policy.file", lang)
    )


def _run_policy(args: argparse.Namespace) -> int:
    from desktop.core.policy import PolicyError, load_policy_file

    lang, refused = args.speech, 0
    for path in args.files:
        try:
            policy = load_policy_file(path)
        except PolicyError as error:
            print(f"emptychair: {error.text(lang)}", file=sys.stderr)
            refused += 1
            continue
        name = policy.name.text(lang)
        print(say("cli.policy_valid", lang, path=str(path), name=name, version=policy.version))
        conditions = tuple(f"{c.title.text(lang)} ({c.kind})" for c in policy.conditions)
        print(f"  {say('cli.policy_conditions', lang, conditions=conditions)}")
        if policy.exceptions:
            exceptions = "; ".join(
                f"{e.label.text(lang)} → {', '.join(e.satisfies)}" for e in policy.exceptions
            )
            print(f"  {say('cli.policy_exceptions', lang, exceptions=exceptions)}")
        else:
            print(f"  {say('cli.policy_no_exceptions', lang)}")
        for field, language in untranslated(path):
            print(f"  {say('cli.policy_untranslated', lang, field=field, language=language)}")
    if refused:
        print(f"emptychair: {say('cli.policy_refused', lang, count=refused)}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def untranslated(path: Path) -> list[tuple[str, str]]:
    """``(field, language)`` of each text of a valid policy file that lacks one of the app's
    languages (the app then shows its English)."""
    import json

    missing: list[tuple[str, str]] = []

    def walk(value: Any, field: str) -> None:
        if (
            isinstance(value, dict)
            and "en" in value
            and all(isinstance(v, str) for v in value.values())
        ):
            missing.extend((field, lang) for lang in LANGUAGES if lang not in value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{field}.{key}" if field else key)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, f"{field}[{index}]")

    walk(json.loads(path.read_text(encoding="utf-8")), "")
    return missing


# --- Registration: every command, in the order `--help` lists them -------------------------------

COMMAND_TABLE: tuple[Command, ...] = (
    Command("demo", HELP["cli.help.demo"], _configure_demo, _run_demo),
    Command("verify", HELP["cli.help.verify"], _configure_verify, _run_verify),
    Command("backup", HELP["cli.help.backup"], _configure_backup, _run_backup),
    Command("restore", HELP["cli.help.restore"], _configure_restore, _run_restore),
    Command("rekey", HELP["cli.help.rekey"], _configure_rekey, _run_rekey),
    Command("minutes", HELP["cli.help.minutes"], _configure_minutes, _run_minutes),
    Command("meetings", HELP["cli.help.meetings"], _configure_meetings, _run_meetings),
    Command("policy", HELP["cli.help.policy"], _configure_policy, _run_policy),
)

COMMANDS: frozenset[str] = frozenset(command.name for command in COMMAND_TABLE)


def is_cli_command(argv: Sequence[str]) -> bool:
    """True when ``argv`` (without the program name) starts with a headless command."""
    return bool(argv) and argv[0] in COMMANDS


def build_parser(lang: str = ENGLISH) -> argparse.ArgumentParser:
    """The argument parser of every headless command, its help in ``lang``.

    Build and use it inside :func:`argparse_speaks` for argparse's own words (the headings,
    ``-h``'s help) in ``lang`` too: some are looked up while it is built."""
    parser = argparse.ArgumentParser(
        prog="emptychair", description=description("description", lang)
    )
    subparsers = parser.add_subparsers(
        dest="command", required=True, metavar=metavar("COMMAND", lang)
    )
    for command in COMMAND_TABLE:
        summary = command.summary.template(lang)
        sub = subparsers.add_parser(
            command.name, help=summary.replace("%", "%%"), description=summary
        )
        command.configure(sub, lang)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; returns the exit status. Its help and argparse's messages
    (exit status 2) speak the environment's language, as the commands do."""
    speech = environment_language()
    with argparse_speaks(speech):
        args = build_parser(speech).parse_args(list(sys.argv[1:] if argv is None else argv))
    args.speech = speech
    try:
        return int(args.run(args))
    except WorkspaceError as error:
        print(f"emptychair: {error.text(args.speech)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"emptychair: {say('cli.interrupted', args.speech)}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
