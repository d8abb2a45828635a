# ruff: noqa: N818 - the names are the contract the UI codes against (WrongPassphrase, ...)
"""Known storage errors: what can go wrong with a workspace that is not a bug.

Each carries ``message``, one sentence a user can act on. Everything else that SQLite raises is a
bug and propagates unchanged. sqlcipher3 has its own exception classes (not the stdlib
``sqlite3`` ones), so errors are recognised here by their SQLite result code.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

# Primary SQLite result codes (extended codes keep these in their low byte).
SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_PROTOCOL = 15
SQLITE_NOTADB = 26


class WorkspaceError(Exception):
    """A known problem with a workspace; ``message`` is a clear sentence for a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(WorkspaceError):
    """The passphrase does not open this workspace.

    SQLCipher cannot tell a wrong passphrase from a damaged start of the file (the salt the key
    is derived from lives in its first bytes); when the rest of the file does not open with this
    passphrase either, both are possible, and the message says so.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The passphrase does not open the workspace {path} "
            "(or the start of the file is damaged)."
        )
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

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class ReadOnlyWorkspace(WorkspaceError):
    """The workspace file or its folder cannot be written."""


class DiskFull(WorkspaceError):
    """The disk is full: the last change was not saved."""


class WorkspaceLocked(WorkspaceError):
    """Another live process has the workspace open."""

    def __init__(self, message: str, pid: int | None = None, host: str = "") -> None:
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


# --- Sentences of issue 12, in one block (for the move of storage's texts to gettext) ---------
CHECK_STOPPED = "The check was stopped before the end: nothing was changed."
BACKUP_STOPPED = "The backup was stopped: no backup file was written."
RECORD_STOPPED = "The person's record was stopped before the end: no file was written."


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
            return DiskFull(f"The disk holding {path} is full: the last change was not saved.")
        if code == SQLITE_READONLY:
            return ReadOnlyWorkspace(f"The workspace {path} cannot be written (read-only).")
        if code in (SQLITE_CANTOPEN, SQLITE_PERM):
            return UnreadableWorkspace(f"The workspace {path} cannot be opened: {error}.")
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return CorruptWorkspace(f"The workspace {path} is damaged: {error}.")
        return None
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFull(f"The disk holding {path} is full.")
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyWorkspace(f"The folder of the workspace {path} cannot be written.")
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
