"""The one place where a workspace file is opened: SQLCipher key, pragmas, known errors.

Opening is careful to change nothing on disk until the passphrase, the file and its schema version
are known to be good: a wrong passphrase, a file from a newer version of the app or a damaged file
leave the bytes as they were.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import sqlcipher3

from desktop.storage.errors import (
    SQLITE_NOTADB,
    CorruptWorkspace,
    InvalidPassphrase,
    NewerVersion,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WrongPassphrase,
    known_error,
    problem,
)

#: Bumped with every schema change; stored in ``PRAGMA user_version``.
SCHEMA_VERSION = 3

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE = 4096  # SQLCipher 4's default page size


def key_pragma(passphrase: str) -> str:
    """``PRAGMA key = '…'`` with the passphrase quoted as an SQL string literal.

    ``PRAGMA key`` cannot take bound parameters, so quotes are doubled; a NUL character cannot be
    quoted safely and an empty passphrase would leave the file unencrypted: both are refused.
    """
    if not isinstance(passphrase, str) or not passphrase:
        raise InvalidPassphrase(problem("storage.empty_passphrase"))
    if "\x00" in passphrase:
        raise InvalidPassphrase(problem("storage.nul_passphrase"))
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def _raw_connect(path: Path, passphrase: str, *, untouched: bool = False) -> sqlcipher3.Connection:
    """A keyed connection; ``untouched=True`` opens the main file as immutable and read-only.

    An immutable connection never reads, creates or checkpoints the ``-wal`` and ``-shm`` files,
    so it can try a passphrase on a file left by a crash without changing a byte. Any page of the
    main file, even one older than the WAL, is enough to tell whether the key is right.
    """
    pragma = key_pragma(passphrase)
    if untouched:
        target, uri = path.resolve().as_uri() + "?mode=ro&immutable=1", True
    else:
        target, uri = str(path), False
    conn = sqlcipher3.connect(target, uri=uri, check_same_thread=False)
    try:
        # Before the key, so that a wrong key does not print SQLCipher's log on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def _looks_encrypted(path: Path) -> bool:
    """True when the file could be an SQLCipher database: whole pages of random-looking bytes.

    A workspace file is always a whole number of pages, and encrypted pages use nearly every
    byte value; a text file, a PDF or a plain SQLite file does not look like that.
    """
    size = path.stat().st_size
    if size < _PAGE or size % _PAGE:
        return False
    with path.open("rb") as file:
        head = file.read(_PAGE)
    return not head.startswith(_PLAIN_SQLITE_HEADER) and len(set(head)) >= 200


def _is_read_only(path: Path) -> bool:
    """The file has no write permission bits, or its folder cannot be written (WAL needs it)."""
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK)


def _check_key(path: Path, passphrase: str) -> None:
    """Try the passphrase and the schema version on an immutable connection: writes nothing."""
    conn = _raw_connect(path, passphrase, untouched=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _check_version(conn, path)
    except sqlcipher3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code != SQLITE_NOTADB:
            raise (known_error(error, path) or error) from error
        if _looks_encrypted(path):
            # SQLCipher cannot tell a wrong key from a damaged first page.
            raise WrongPassphrase(path) from error
        raise NotAWorkspace(problem("storage.not_a_workspace", path=str(path))) from error
    finally:
        conn.close()


def _check_version(conn: sqlcipher3.Connection, path: Path) -> None:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise NewerVersion(
            problem(
                "storage.newer_version",
                path=str(path),
                version=str(version),
                supported=str(SCHEMA_VERSION),
            )
        )


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ReadOnlyWorkspace(problem("storage.no_wal"))
    conn.execute("PRAGMA synchronous = FULL")


def schema_version(conn: sqlcipher3.Connection) -> int:
    """The schema version stored in the file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def open_connection(path: Path, passphrase: str, *, create: bool = False) -> sqlcipher3.Connection:
    """An open, keyed and configured connection to the workspace at ``path``.

    ``create=True`` makes a new empty encrypted file (the caller creates the schema). Otherwise the
    file must exist, and it is checked in this order before anything can write to it: the
    passphrase (:class:`WrongPassphrase`, :class:`NotAWorkspace`) and the schema version
    (:class:`NewerVersion`) on an immutable connection, write access (:class:`ReadOnlyWorkspace`),
    then a quick integrity check (:class:`CorruptWorkspace`). Then foreign keys,
    ``secure_delete``, WAL and ``synchronous=FULL`` are switched on. Lock the workspace first.
    """
    key_pragma(passphrase)  # refuse an unusable passphrase before touching anything
    if create:
        if path.exists():
            raise FileExistsError(path)
    elif not path.is_file():
        raise NotAWorkspace(problem("storage.no_workspace", path=str(path)))
    elif path.stat().st_size == 0:
        raise NotAWorkspace(problem("storage.empty_file", path=str(path)))
    try:
        if not create:
            _check_key(path, passphrase)
            if _is_read_only(path):
                raise ReadOnlyWorkspace(problem("storage.read_only_folder", path=str(path)))
        conn = _raw_connect(path, passphrase)
    except sqlcipher3.DatabaseError as error:
        raise (known_error(error, path) or error) from error
    try:
        if not create:
            _check_version(conn, path)  # again: a WAL left by a crash may hold a newer one
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise CorruptWorkspace(
                    problem("storage.damaged", path=str(path), problem=str(problems[0]))
                )
        _configure(conn)
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise (known_error(error, path) or error) from error
    except BaseException:
        conn.close()
        raise
    return conn
