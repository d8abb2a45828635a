# ruff: noqa: N818 - the names are the contract the UI codes against (WrongPassphrase, ...)
"""Known storage errors: what can go wrong with a workspace that is not a bug.

Each carries one sentence a user can act on: :meth:`WorkspaceError.text` in their language (a
:class:`~desktop.core.messages.Message` of :data:`TEXTS`, translated in the app's gettext
catalogue), ``message`` in English. Everything else that SQLite raises is a bug and propagates
unchanged. sqlcipher3 has its own exception classes (not the stdlib
``sqlite3`` ones), so errors are recognised here by their SQLite result code.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from desktop.core.catalogue import N_, Text, texts
from desktop.core.messages import Message, Value

# Primary SQLite result codes (extended codes keep these in their low byte).
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26


TEXTS: dict[str, Text] = texts(
    N_(
        "storage.wrong_passphrase",
        "The passphrase does not open the workspace {path} (or the start of the file is damaged).",
    ),
    N_("storage.cannot_open", "The workspace {path} cannot be opened: {problem}."),
    N_("storage.open_here", "{path} is the workspace open in this window."),
    N_(
        "storage.not_readable",
        "The workspace {path} may not be read by this user account: ask whoever manages this "
        "computer to give you access to it.",
    ),
    N_("storage.cannot_read", "The workspace {path} cannot be read: {problem}."),
    N_("storage.is_a_folder", "{path} is a folder, not an Empty Chair workspace."),
    N_(
        "storage.first_page_mismatch",
        "The workspace {path} is damaged: its first page no longer matches the passphrase, which "
        "opens the rest of the file.",
    ),
    N_(
        "storage.first_page_blank",
        "The workspace {path} is damaged: its first page was overwritten or blanked.",
    ),
    N_(
        "storage.broken_text",
        "The {field} ({table}) holds a broken character, half of an emoji or symbol, and cannot "
        "be saved: retype it. Nothing was saved.",
    ),
    N_("storage.broken_event", "The {field} of an audit event holds a broken character."),
    N_(
        "storage.register_erasure",
        "The erasure register (in your settings folder) cannot be written: the erasure was not "
        "done. ({problem})",
    ),
    N_(
        "storage.register_purge",
        "The erasure register (in your settings folder) cannot be written: the purge was not "
        "done. ({problem})",
    ),
    N_("storage.empty_passphrase", "A passphrase cannot be empty."),
    N_("storage.nul_passphrase", "A passphrase cannot contain a NUL character."),
    N_("storage.not_a_workspace", "{path} is not an Empty Chair workspace."),
    N_("storage.no_workspace", "There is no workspace at {path}."),
    N_("storage.empty_file", "{path} is empty: it is not an Empty Chair workspace."),
    N_("storage.no_folder", "There is no folder {folder}."),
    N_("storage.folder_not_created", "The folder {folder} cannot be created: {problem}"),
    N_("storage.exists", "{path} already exists: choose another name."),
    N_("storage.damaged", "The workspace {path} is damaged: {problem}."),
    N_("storage.pages_unreadable", "some of its pages cannot be read"),
    N_("storage.read_only", "The workspace {path} cannot be written (read-only)."),
    N_("storage.read_only_folder", "The workspace {path} or its folder is read-only."),
    N_("storage.folder_not_writable", "The folder of the workspace {path} cannot be written."),
    N_("storage.no_wal", "The workspace cannot be switched to write-ahead logging."),
    N_("storage.disk_full", "The disk holding {path} is full: the last change was not saved."),
    N_(
        "storage.newer_version",
        "The workspace {path} was written by a newer version of Empty Chair (schema {version}, "
        "this version reads up to {supported}). Update the app to open it.",
    ),
    N_("storage.locked", "The workspace {path} is already open. Close it there first."),
    N_(
        "storage.locked_by",
        "The workspace {path} is already open by process {pid}. Close it there first.",
    ),
    N_(
        "storage.locked_by_on",
        "The workspace {path} is already open by process {pid} on {host}. Close it there first.",
    ),
    N_("storage.lock_failed", "Could not lock the workspace {path}: try again."),
    N_("storage.meeting_not_prepared", "Cannot {doing}: the meeting is already {state}."),
    N_("storage.meeting_cannot_change", "Cannot save the meeting: it is {state}."),
    N_("storage.doing.change", "change the meeting"),
    N_("storage.doing.delete", "delete the meeting"),
    N_("storage.state.prepared", "prepared"),
    N_("storage.state.open", "open"),
    N_("storage.state.closed", "closed"),
    N_("storage.alias_mismatch", "The alias typed does not match: nothing was erased."),
    N_("storage.person_meeting_open", "A meeting about this person is open: close it first."),
    N_("storage.backup_check", "The backup {path} did not pass its check: {problem}."),
    N_("storage.backup_chain", "The backup's audit log does not hold: {problem}."),
    N_("storage.backup_exists", "{path} already exists: a backup never overwrites a file."),
    N_("storage.no_backup", "There is no backup at {path}."),
    N_("storage.backup_unsound", "The backup {path} is not sound: {problem}"),
    N_("storage.check_stopped", "The check was stopped before the end: nothing was changed."),
    N_("storage.backup_stopped", "The backup was stopped: no backup file was written."),
    N_(
        "storage.record_stopped",
        "The person's record was stopped before the end: no file was written.",
    ),
)


def problem(key: str, **values: Value) -> Message:
    """A sentence of :data:`TEXTS`, for a :class:`WorkspaceError`."""
    return Message.about(TEXTS[key], **values)


class WorkspaceError(Exception):
    """A known problem with a workspace, in one sentence a user can act on.

    Give it a :func:`problem`: :meth:`text` is then the sentence in the user's language and
    ``message`` (and ``str(error)``) the English. A plain string is taken as is, untranslated
    (``tests/test_catalogues.py`` finds any such string in the code).
    """

    def __init__(self, message: Message | str) -> None:
        self.sentence = message if isinstance(message, Message) else None
        english = message.render("en") if isinstance(message, Message) else message
        super().__init__(english)
        self.message = english

    def text(self, lang: str) -> str:
        """The sentence in ``lang``."""
        return self.sentence.render(lang) if self.sentence is not None else self.message


class WrongPassphrase(WorkspaceError):
    """The passphrase does not open this workspace.

    SQLCipher cannot tell a wrong passphrase from a damaged start of the file (the salt the key
    is derived from lives in its first bytes); when the rest of the file does not open with this
    passphrase either, both are possible, and the message says so.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(problem("storage.wrong_passphrase", path=str(path)))
        self.path = path


class InvalidPassphrase(WorkspaceError):
    """A passphrase that cannot be used for a new workspace (empty, or with a NUL character)."""


class NotAWorkspace(WorkspaceError):
    """The file does not exist or is not an Empty Chair workspace."""


class WorkspaceExists(WorkspaceError):
    """A new workspace would overwrite an existing file."""


class CorruptWorkspace(WorkspaceError):
    """The workspace file is damaged or truncated."""


class UnreadableWorkspace(WorkspaceError):
    """The workspace file (or its folder) may not be read by this user account."""


class InvalidText(WorkspaceError):
    """A text cannot be saved as typed: it holds a lone surrogate (half of a character that
    needs two UTF-16 units, which a copy and paste can leave). Nothing was saved.

    ``field`` names the field (a column or an entity field, e.g. ``wording``).
    """

    def __init__(self, message: Message | str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class ReadOnlyWorkspace(WorkspaceError):
    """The workspace file or its folder cannot be written."""


class DiskFull(WorkspaceError):
    """The disk is full: the last change was not saved."""


class WorkspaceLocked(WorkspaceError):
    """Another live process has the workspace open."""

    def __init__(self, message: Message | str, pid: int | None = None, host: str = "") -> None:
        super().__init__(message)
        self.pid = pid
        self.host = host


class NewerVersion(WorkspaceError):
    """The workspace was written by a newer version of Empty Chair; it is left untouched."""


class MeetingNotPrepared(WorkspaceError):
    """A meeting that is already open or closed cannot be edited or deleted."""


class Cancelled(WorkspaceError):
    """Long work (a check, a backup, the person's record) was stopped on request before its
    end; nothing was changed."""


#: Why long work stopped on request (:class:`Cancelled`).
CHECK_STOPPED = problem("storage.check_stopped")
BACKUP_STOPPED = problem("storage.backup_stopped")
RECORD_STOPPED = problem("storage.record_stopped")


def _code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def known_error(error: BaseException, path: Path) -> WorkspaceError | None:
    """The known error that ``error`` (from sqlcipher3 or the OS) stands for, or None for a bug."""
    if isinstance(error, WorkspaceError):
        return error
    if isinstance(error, sqlcipher3.DatabaseError):
        code = _code(error)
        if code == SQLITE_FULL:
            return DiskFull(problem("storage.disk_full", path=str(path)))
        if code == SQLITE_READONLY:
            return ReadOnlyWorkspace(problem("storage.read_only", path=str(path)))
        if code in (SQLITE_CANTOPEN, SQLITE_PERM):
            return UnreadableWorkspace(
                problem("storage.cannot_open", path=str(path), problem=str(error))
            )
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            # SQLite's own words ("database disk image is malformed") are English only.
            unreadable = problem("storage.pages_unreadable")
            return CorruptWorkspace(problem("storage.damaged", path=str(path), problem=unreadable))
        return None
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFull(problem("storage.disk_full", path=str(path)))
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyWorkspace(problem("storage.folder_not_writable", path=str(path)))
    return None


@contextlib.contextmanager
def translating(path: Path) -> Iterator[None]:
    """Turn known SQLite and OS errors raised inside the block into :class:`WorkspaceError`."""
    try:
        yield
    except (sqlcipher3.DatabaseError, OSError) as error:
        known = known_error(error, path)
        if known is None:
            raise
        raise known from error
