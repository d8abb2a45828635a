"""The one place where a workspace file is opened: SQLCipher key, pragmas, known errors.

Opening is careful to change nothing on disk until the passphrase, the file and its schema version
are known to be good: a wrong passphrase, a file from a newer version of the app or a file that is
not a workspace leave the bytes as they were. Every check that can refuse the file runs on
connections that cannot write: an immutable one (the main file only) for the passphrase, then a
read-only one that reads a WAL left by a crash without ever merging it into the file (a read-only
connection never checkpoints). Only a file that passed them all is opened for writing.

The key is derived from the passphrase once (:mod:`desktop.storage.keys`) and handed to each of
those connections, so unlocking costs one key derivation, as a bare SQLCipher open does. Nothing
that reads the whole file runs on the way: SQLCipher authenticates every page it reads, so a
damaged page is refused when it is read, and the full-file check (:func:`full_check`) runs off
the unlock path — in the background after an unclean shutdown (:attr:`OpenedFile.unclean`), in
every backup, and in ``emptychair verify --full``. A file cut short is refused at once: SQLite
compares its size with the size its first page records.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from desktop.storage.errors import (
    SQLITE_CANTOPEN,
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    SQLITE_PROTOCOL,
    SQLITE_READONLY,
    CorruptWorkspace,
    NewerVersion,
    NotAWorkspace,
    ReadOnlyWorkspace,
    UnreadableWorkspace,
    WrongPassphrase,
    known_error,
    problem,
)
from desktop.storage.keys import WorkspaceKey, check_passphrase, derive_key, key_pragma
from desktop.storage.private_files import create_private_file, make_private

#: Bumped with every schema change; stored in ``PRAGMA user_version``.
SCHEMA_VERSION = 10

#: Tables every Empty Chair workspace has (a keyed database without them belongs to another app).
WORKSPACE_TABLES = frozenset({"settings", "audit_log"})

#: How long a connection waits for another of this process to finish writing (ms).
BUSY_TIMEOUT_MS = 10_000

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE = 4096  # SQLCipher 4's default page size

__all__ = [
    "SCHEMA_VERSION",
    "OpenedFile",
    "WorkspaceKey",
    "connect_again",
    "full_check",
    "key_pragma",
    "open_connection",
    "open_keyed",
    "schema_version",
    "wal_in_use",
]


def _raw_connect(
    path: Path,
    key: WorkspaceKey,
    *,
    untouched: bool = False,
    read_only: bool = False,
    shm_read_only: bool = True,
    existing: bool = False,
) -> sqlcipher3.Connection:
    """A keyed connection; ``untouched=True`` opens the main file as immutable and read-only,
    ``read_only=True`` reads it with its WAL but can never write, ``existing=True`` reads and
    writes a file that must be there (SQLite would otherwise create an empty one).

    An immutable connection never reads, creates or checkpoints the ``-wal`` and ``-shm`` files,
    so it can try a key on a file left by a crash without changing a byte. Any page of the
    main file, even one older than the WAL, is enough to tell whether the key is right. A
    read-only connection sees what the WAL holds (a newer schema version, say) and, unlike a
    writable one, does not merge the WAL into the file when it closes.
    """
    if untouched:
        target, uri = path.resolve().as_uri() + "?mode=ro&immutable=1", True
    elif read_only:
        # With its -shm there, the WAL's index is read without being written either.
        shm = path.with_name(path.name + "-shm").exists()
        target, uri = (
            path.resolve().as_uri() + ("?mode=ro&readonly_shm=1" if shm else "?mode=ro"),
            True,
        )
    elif existing:
        target, uri = path.resolve().as_uri() + "?mode=rw", True
    else:
        target, uri = str(path), False
    conn = sqlcipher3.connect(target, uri=uri, check_same_thread=False)
    try:
        # Before the key, so that a wrong key does not print SQLCipher's log on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.pragma())
    except BaseException:
        conn.close()
        raise
    return conn


def _random_looking(page: bytes) -> bool:
    # Encrypted pages use nearly every byte value; text, PDF or zeros do not.
    return len(page) == _PAGE and len(set(page)) >= 200


def _first_pages(path: Path, count: int = 2) -> list[bytes]:
    with path.open("rb") as file:
        return [file.read(_PAGE) for _ in range(count)]


def _looks_encrypted(path: Path) -> bool:
    """True when the file could be an SQLCipher database: whole pages of random-looking bytes.

    A workspace file is always a whole number of pages, and encrypted pages use nearly every
    byte value; a text file, a PDF or a plain SQLite file does not look like that.
    """
    size = path.stat().st_size
    if size < _PAGE or size % _PAGE:
        return False
    head = _first_pages(path, 1)[0]
    return not head.startswith(_PLAIN_SQLITE_HEADER) and _random_looking(head)


def _first_page_blank(path: Path) -> bool:
    """True when the first page was overwritten (zeros, text) but the next one is encrypted:
    a damaged workspace, since no passphrase ever blanks a page."""
    size = path.stat().st_size
    if size < 2 * _PAGE or size % _PAGE:
        return False
    first, second = _first_pages(path)
    return not _random_looking(first) and _random_looking(second)


def _only_first_page_fails(path: Path, key: WorkspaceKey) -> bool:
    """True when the key opens the second page but not the first: the first page is damaged
    (past the salt, which the key is derived from), and the passphrase is right.

    SQLCipher authenticates every page (HMAC); its ``cipher_integrity_check`` names the pages
    that fail. It runs on a private copy of the first two pages, so a large file is not read.
    """
    if path.stat().st_size < 2 * _PAGE:
        return False
    fd, name = tempfile.mkstemp(prefix=".emptychair-check-", suffix=".part")
    copy = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(b"".join(_first_pages(path)))
        conn = _raw_connect(copy, key, untouched=True)
        try:
            failed = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except (OSError, sqlcipher3.Error):
        return False
    finally:
        copy.unlink(missing_ok=True)
    return len(failed) == 1 and failed[0].rstrip().endswith("page 1")


def _is_read_only(path: Path) -> bool:
    """The file has no write permission bits, or its folder cannot be written (WAL needs it)."""
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK)


def _check_readable(path: Path) -> None:
    """A clear refusal for a file this user account may not read (before SQLite tries)."""
    try:
        with path.open("rb") as file:
            file.read(1)
    except PermissionError as error:
        raise UnreadableWorkspace(problem("storage.not_readable", path=str(path))) from error
    except IsADirectoryError as error:
        raise NotAWorkspace(problem("storage.is_a_folder", path=str(path))) from error
    except OSError as error:
        why = error.strerror or str(error)
        raise UnreadableWorkspace(
            problem("storage.cannot_read", path=str(path), problem=why)
        ) from error


def _opens(conn: sqlcipher3.Connection, *, with_wal: bool = False) -> bool:
    """The key of ``conn`` decrypts the file (False for "not a database": a wrong key).

    ``with_wal``: a crash left a WAL, which this immutable connection does not read. A crash
    in the middle of a checkpoint leaves the file alone half way between two states, so its
    tables may read as malformed although every page decrypted: the key is right, and the
    checks that read the file through its WAL decide whether the workspace is sound."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if with_wal and code == SQLITE_CORRUPT:
            return True
        if code != SQLITE_NOTADB:
            raise
        return False
    return True


def _try_keys(
    path: Path, passphrase: str, *, with_wal: bool = False
) -> tuple[sqlcipher3.Connection, WorkspaceKey]:
    """An immutable connection keyed with the key that opens the file: the key derived once
    (the rule), or the passphrase itself for a file written with other key settings."""
    key = derive_key(path, passphrase)
    conn = _raw_connect(path, key, untouched=True)
    try:
        if _opens(conn, with_wal=with_wal):
            return conn, key
    except BaseException:
        conn.close()
        raise
    conn.close()
    if key.raw:  # other key settings? SQLCipher derives the key the way the file says
        fallback = WorkspaceKey.of_passphrase(passphrase)
        conn = _raw_connect(path, fallback, untouched=True)
        try:
            if _opens(conn, with_wal=with_wal):
                return conn, fallback
        except BaseException:
            conn.close()
            raise
        conn.close()
    raise _not_opened(path, key)


def _check_key(path: Path, passphrase: str) -> tuple[WorkspaceKey, bool]:
    """Try the passphrase on an immutable connection, then check the schema version and that
    the file holds Empty Chair's tables — on the same connection when there is no WAL (the main
    file is all there is), else on a read-only one that sees the WAL (a crash in the middle of a
    checkpoint leaves the file alone unreadable until its WAL is read with it). Writes
    nothing, merges nothing. Returns the key that opens the file, and whether a WAL was left
    (an unclean shutdown)."""
    with_wal = wal_in_use(path.with_name(path.name + "-wal"))
    try:
        conn, key = _try_keys(path, passphrase, with_wal=with_wal)
    except sqlcipher3.DatabaseError as error:
        raise (known_error(error, path) or error) from error
    try:
        if not with_wal:  # with one, the file alone may be mid-checkpoint: read through the WAL
            try:
                _check_version(conn, path)
            except sqlcipher3.DatabaseError as error:
                raise (known_error(error, path) or error) from error
        if _is_read_only(path):
            raise ReadOnlyWorkspace(problem("storage.read_only_folder", path=str(path)))
        if not with_wal:
            _check_contents(conn, path)
    finally:
        conn.close()
    if with_wal:
        # A read-only connection reads the WAL a crash left (a newer schema version, say) and,
        # unlike a writable one, never merges it into the file when it closes.
        try:
            _check_through_wal(path, key, shm_read_only=True)
        except sqlcipher3.OperationalError as error:
            if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF not in _SHM_REFUSALS:
                raise
            # The -shm does not match the WAL (left by another crash, or damaged): let SQLite
            # rebuild that index; the file and the WAL are still only read.
            try:
                _check_through_wal(path, key, shm_read_only=False)
            except sqlcipher3.OperationalError as again:
                if (getattr(again, "sqlite_errorcode", 0) or 0) & 0xFF not in _SHM_REFUSALS:
                    raise
                # Only a writer can recover this WAL: check a private copy instead.
                _check_a_copy(path, key)
    return key, with_wal


_SHM_REFUSALS = (SQLITE_READONLY, SQLITE_PROTOCOL, SQLITE_CANTOPEN)


def _check_a_copy(path: Path, key: WorkspaceKey) -> None:
    """The checks of :func:`_check_through_wal` on a copy of the file and its WAL, in a private
    folder next to it (removed afterwards): SQLite may recover the copy's WAL, never the file's."""
    with tempfile.TemporaryDirectory(prefix=".emptychair-check-", dir=path.parent) as folder:
        copy = Path(folder) / path.name
        for suffix in ("", "-wal"):
            shutil.copyfile(path.with_name(path.name + suffix), copy.with_name(copy.name + suffix))
        conn = _raw_connect(copy, key)
        try:
            _check_version(conn, path)
            _check_contents(conn, path)
        finally:
            conn.close()


def _check_through_wal(path: Path, key: WorkspaceKey, *, shm_read_only: bool) -> None:
    conn = _raw_connect(path, key, read_only=True, shm_read_only=shm_read_only)
    try:
        _check_version(conn, path)
        _check_contents(conn, path)
    finally:
        conn.close()


def _not_opened(path: Path, key: WorkspaceKey) -> Exception:
    """Why the passphrase did not open the file, told apart as far as SQLCipher allows."""
    if _looks_encrypted(path):
        if _only_first_page_fails(path, key):
            return CorruptWorkspace(problem("storage.first_page_mismatch", path=str(path)))
        # A wrong key and a damaged salt (the first bytes) fail every page alike.
        return WrongPassphrase(path)
    if _first_page_blank(path):
        return CorruptWorkspace(problem("storage.first_page_blank", path=str(path)))
    return NotAWorkspace(problem("storage.not_a_workspace", path=str(path)))


_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32


def wal_in_use(wal: Path) -> bool:
    """True when ``wal`` is a write-ahead log SQLite would read: its header is whole, with the
    right magic number and checksum. SQLite ignores any other (and a reader cannot even tell it
    so: it retries for seconds), so the main file is then all there is."""
    try:
        with wal.open("rb") as file:
            header = file.read(_WAL_HEADER)
    except OSError:
        return False
    if len(header) < _WAL_HEADER:
        return False
    magic = int.from_bytes(header[:4], "big")
    if magic not in _WAL_MAGIC:
        return False
    # SQLite's checksum over the first 24 bytes, in 32-bit words of the byte order the magic
    # number's last bit names (1: big-endian).
    order = "big" if magic & 1 else "little"
    s0 = s1 = 0
    for i in range(0, 24, 8):
        s0 = (s0 + int.from_bytes(header[i : i + 4], order) + s1) & 0xFFFFFFFF
        s1 = (s1 + int.from_bytes(header[i + 4 : i + 8], order) + s0) & 0xFFFFFFFF
    return (s0, s1) == (int.from_bytes(header[24:28], "big"), int.from_bytes(header[28:32], "big"))


def _check_contents(conn: sqlcipher3.Connection, path: Path) -> None:
    """Empty Chair's tables are there (the file's schema is read, nothing more)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if not tables >= WORKSPACE_TABLES:
        raise NotAWorkspace(problem("storage.not_a_workspace", path=str(path)))


def full_check(
    conn: sqlcipher3.Connection, *, cancelled: Callable[[], bool] | None = None
) -> tuple[str, ...]:
    """SQLite's quick check of the whole file: ``("ok",)``, or what is wrong. It reads and
    decrypts every page (seconds for a large workspace): run it off the GUI thread. When
    ``cancelled()`` turns true it stops and raises :class:`sqlcipher3.OperationalError`
    ("interrupted")."""
    if cancelled is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1_000)
    try:
        return tuple(str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall())
    finally:
        if cancelled is not None:
            conn.set_progress_handler(None, 0)


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
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ReadOnlyWorkspace(problem("storage.no_wal"))
    conn.execute("PRAGMA synchronous = FULL")


def schema_version(conn: sqlcipher3.Connection) -> int:
    """The schema version stored in the file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


@dataclass(frozen=True, slots=True)
class OpenedFile:
    """A workspace file opened for writing: its connection, the key that opened it (for the
    workspace's other connections), and whether the app had not closed it cleanly (a WAL was
    left: the full-file check is then worth running, off the unlock path)."""

    conn: sqlcipher3.Connection
    key: WorkspaceKey
    unclean: bool = False


def open_connection(path: Path, passphrase: str, *, create: bool = False) -> sqlcipher3.Connection:
    """An open, keyed and configured connection to the workspace at ``path`` (see
    :func:`open_keyed`)."""
    return open_keyed(path, passphrase, create=create).conn


def open_keyed(path: Path, passphrase: str, *, create: bool = False) -> OpenedFile:
    """Open the workspace at ``path`` for writing, deriving its key once.

    ``create=True`` makes a new empty encrypted file, readable by its owner only (the caller
    creates the schema). Otherwise the file must exist, and it is checked in this order before
    anything can write to it: read access (:class:`UnreadableWorkspace`), the passphrase
    (:class:`WrongPassphrase`, :class:`NotAWorkspace`, :class:`CorruptWorkspace` for a damaged
    first page or a file cut short) and the schema version (:class:`NewerVersion`) on an
    immutable connection, write access (:class:`ReadOnlyWorkspace`), then — through a WAL left
    by a crash, on a read-only connection — the schema version again and Empty Chair's tables.
    Then foreign keys, ``secure_delete``, WAL and ``synchronous=FULL`` are switched on. Lock the
    workspace first.
    """
    check_passphrase(passphrase)  # refuse an unusable passphrase before touching anything
    if create:
        if path.exists():
            raise FileExistsError(path)
        try:
            # Created private: SQLite gives the -wal and -shm files the mode of this one.
            create_private_file(path)
        except OSError as error:
            raise (known_error(error, path) or error) from error
        key, unclean = WorkspaceKey.for_new_file(passphrase), False
    elif path.is_dir():
        raise NotAWorkspace(problem("storage.is_a_folder", path=str(path)))
    elif path.exists() and not path.is_file():  # a device or a pipe: not a folder either
        raise NotAWorkspace(problem("storage.not_a_workspace", path=str(path)))
    elif not path.exists():
        raise NotAWorkspace(problem("storage.no_workspace", path=str(path)))
    else:
        _check_readable(path)
        if path.stat().st_size == 0:
            raise NotAWorkspace(problem("storage.empty_file", path=str(path)))
    try:
        if not create:
            key, unclean = _check_key(path, passphrase)
            # A file left readable by all (an older version) becomes private before SQLite
            # creates its -wal and -shm, which take the file's mode.
            for companion in ("", "-wal", "-shm"):
                make_private(path.with_name(path.name + companion))
        conn = _raw_connect(path, key)
    except sqlcipher3.DatabaseError as error:
        raise (known_error(error, path) or error) from error
    try:
        _configure(conn)
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise (known_error(error, path) or error) from error
    except BaseException:
        conn.close()
        raise
    return OpenedFile(conn, key, unclean)


def connect_again(path: Path, key: WorkspaceKey) -> sqlcipher3.Connection:
    """Another connection to a workspace this process has open (and checked), keyed with the
    key that opened it: for work that runs beside the window's reads (backup, checks, purge).
    No key derivation: it costs about a millisecond. A file moved or deleted meanwhile is
    said so (:class:`NotAWorkspace`), never replaced by an empty one."""
    if not path.exists():
        raise NotAWorkspace(problem("storage.no_workspace", path=str(path)))
    try:
        conn = _raw_connect(path, key, existing=True)
    except sqlcipher3.DatabaseError as error:
        raise (known_error(error, path) or error) from error
    try:
        _configure(conn)
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise (known_error(error, path) or error) from error
    except BaseException:
        conn.close()
        raise
    return conn
