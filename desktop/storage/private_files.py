"""Files and folders only their owner can read: every file the app writes is created 0600, every
folder it creates 0700.

The workspace is encrypted, but that is no reason to let every local account copy it and try
passphrases offline. SQLite creates the ``-wal`` and ``-shm`` files with the mode of the database
file, so a workspace created 0600 keeps its companions private too. Modes are given when a file is
created (never widened afterwards by a ``chmod``); on Windows they only set the read-only bit, and
the user's profile folders are private already.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` and its missing parents, each 0700; an existing folder is left as is."""
    folder = Path(folder)
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made by someone else meanwhile
            path.mkdir(mode=FOLDER_MODE)
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty file only its owner may read; raises ``FileExistsError`` if one exists."""
    new_private_file(path).close()


def new_private_file(path: Path) -> BinaryIO:
    """A new file only its owner may read, open for writing bytes (``FileExistsError`` if one
    exists)."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, FILE_MODE), "wb")


def make_private(path: Path) -> None:
    """Take away the group's and others' access to an existing file of ours (best effort: a file
    of another owner, or a file system without modes, is left as it is)."""
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & ~0o077)


def fsync_file(path: Path) -> None:
    """Flush ``path`` to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    written = 0
    while written < len(data):
        written += os.write(fd, data[written:])


def append_line(path: Path, line: str) -> None:
    """Append one line to a private file (created 0600), flushed to the disk before returning."""
    data = (line.rstrip("\n") + "\n").encode("utf-8")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | _BINARY, FILE_MODE)
    try:
        end = os.lseek(fd, 0, os.SEEK_END)
        if end and os.pread(fd, 1, end - 1) != b"\n":
            data = b"\n" + data  # the last line was cut (power lost mid-write): keep ours whole
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_private_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: a private temporary file, then a rename."""
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, FILE_MODE)
    try:
        try:
            _write_all(fd, text.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    fsync_folder(path.parent)
