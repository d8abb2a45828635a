"""Writing a PDF to disk: optional AES-256 password, and never a half-written file.

The PDF is written to a temporary file in the target folder, flushed to the disk, then renamed
over the target: a reader sees the old file or the new one, never a part. A full disk, a
read-only or missing folder gives a :class:`MinutesError` with a sentence for the user, and the
temporary file is removed.

Passwords use pypdf's AES-256 (PDF 2.0 / revision 6), which every current viewer opens; the owner
password is random and never shown, so the user password is the only way in. reportlab's own
encryption is not used (RC4 by default; its AES-256 is refused by poppler, mupdf and pypdf).
pypdf needs the ``cryptography`` package for AES: without it, a password export is refused with
a clear message.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import tempfile
from pathlib import Path
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter
from pypdf.errors import DependencyError

from desktop.core.record import MeetingRecord
from desktop.minutes.document import MinutesError, MinutesResult
from desktop.minutes.minutes import render_minutes
from desktop.minutes.person_copy import render_person_copy


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` protected by ``password`` (AES-256), with a random owner password."""
    if not password:
        raise MinutesError("error.empty_password")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    try:
        writer.encrypt(
            user_password=password,
            owner_password=secrets.token_urlsafe(32),
            algorithm="AES-256",
        )
    except DependencyError as error:
        raise MinutesError("error.no_cryptography") from error
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _write_all(handle: BinaryIO, data: bytes) -> None:
    handle.write(data)
    handle.flush()
    os.fsync(handle.fileno())


def _failure(error: OSError, path: Path) -> MinutesError:
    folder = str(path.parent)
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return MinutesError("error.disk_full", file=path.name)
    if error.errno in (errno.EACCES, errno.EPERM):
        return MinutesError("error.forbidden", folder=folder)
    if error.errno == errno.EROFS:
        return MinutesError("error.read_only", folder=folder)
    if error.errno == errno.ENOENT:
        return MinutesError("error.no_folder", folder=folder)
    if error.errno == errno.ENOTDIR:
        return MinutesError("error.not_a_folder", folder=folder)
    if error.errno == errno.EISDIR:
        return MinutesError("error.is_a_folder", path=str(path))
    return MinutesError("error.not_saved", path=str(path), problem=error.strerror or str(error))


def export_pdf(
    path: str | os.PathLike[str], data: bytes | MinutesResult, password: str | None = None
) -> Path:
    """Write ``data`` to ``path`` atomically, encrypted when a ``password`` is given.

    Returns the path written. Raises :class:`MinutesError` (with a message for the user) when the
    file cannot be written; nothing is left behind then, and an existing file is untouched.
    """
    target = Path(path)
    pdf = bytes(data)
    if password is not None:
        pdf = encrypt_pdf(pdf, password)
    temp_name = ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=".emptychair-", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle, pdf)
        os.replace(temp_name, target)
        temp_name = ""
        _sync_folder(target.parent)
    except OSError as error:
        raise _failure(error, target) from error
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def export_document(
    record: MeetingRecord,
    path: str | os.PathLike[str],
    lang: str,
    *,
    person_copy: bool = False,
    recipient_id: str | None = None,
    password: str | None = None,
) -> MinutesResult:
    """Render the minutes (the full record, or ``recipient_id``'s copy) or the person's copy,
    and write it to ``path``; the result tells which characters the fonts could not draw. Pure
    apart from the one file it writes."""
    if person_copy:
        result = render_person_copy(record, lang)
    else:
        result = render_minutes(record, lang, recipient_id)
    export_pdf(path, result, password)
    return result
