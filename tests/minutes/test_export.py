"""Writing PDFs: AES-256 passwords through pypdf, atomic files, clear messages."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PasswordType

from desktop.core.record import MeetingRecord
from desktop.minutes import (
    MinutesError,
    encrypt_pdf,
    export_document,
    export_pdf,
    render_minutes,
)
from desktop.minutes import export as export_module

from .reading import all_text, reader
from .records import SHARED_WORDINGS


@pytest.fixture(scope="module")
def minutes(record: MeetingRecord) -> bytes:
    return render_minutes(record, "en").pdf


def test_export_writes_the_rendered_bytes(tmp_path: Path, minutes: bytes) -> None:
    target = export_pdf(tmp_path / "minutes.pdf", minutes)
    assert target.read_bytes() == minutes
    assert os.listdir(tmp_path) == ["minutes.pdf"]


def test_export_replaces_an_older_file(tmp_path: Path, minutes: bytes) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"old")
    export_pdf(target, minutes)
    assert target.read_bytes() == minutes


def test_password_protects_with_aes_256(tmp_path: Path, record: MeetingRecord) -> None:
    target = tmp_path / "locked.pdf"
    result = export_document(record, target, "en", password="correct horse")
    data = target.read_bytes()
    assert data != result.pdf
    locked = reader(data)
    assert locked.is_encrypted
    encrypt = locked.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    assert locked.decrypt("wrong password") == PasswordType.NOT_DECRYPTED
    opened = reader(data)
    assert opened.decrypt("correct horse") != PasswordType.NOT_DECRYPTED
    text = all_text(data, password="correct horse")
    assert SHARED_WORDINGS[0] in text
    assert opened.metadata.author == record.settings.name
    assert opened.trailer["/Root"]["/Lang"] == "en"


def test_the_owner_password_is_random(minutes: bytes) -> None:
    first, second = encrypt_pdf(minutes, "pw"), encrypt_pdf(minutes, "pw")
    assert first != second
    # The user password alone opens it: nobody knows the owner password.
    assert reader(first).decrypt("pw") == PasswordType.USER_PASSWORD


def test_without_aes_a_password_export_is_refused_clearly(
    tmp_path: Path, minutes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cryptography is a declared dependency (pypdf[crypto]); a broken install must still be told
    # plainly rather than crash: simulate pypdf finding no AES provider.
    from pypdf import PdfWriter
    from pypdf.errors import DependencyError

    def no_aes(*args: object, **kwargs: object) -> None:
        raise DependencyError("cryptography is required for AES algorithm")

    monkeypatch.setattr(PdfWriter, "encrypt", no_aes)
    with pytest.raises(MinutesError, match="needs the 'cryptography' package"):
        export_pdf(tmp_path / "x.pdf", minutes, password="pw")
    assert os.listdir(tmp_path) == []


def test_an_empty_password_is_refused(tmp_path: Path, minutes: bytes) -> None:
    with pytest.raises(MinutesError, match="password is empty"):
        export_pdf(tmp_path / "x.pdf", minutes, password="")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("step", ["write", "fsync"])
def test_a_full_disk_leaves_nothing_behind(
    tmp_path: Path, minutes: bytes, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"previous minutes")

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if step == "write":
        monkeypatch.setattr(export_module, "_write_all", disk_full)
    else:
        monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(MinutesError, match=r"The disk is full: minutes\.pdf was not saved"):
        export_pdf(target, minutes)
    assert os.listdir(tmp_path) == ["minutes.pdf"]
    assert target.read_bytes() == b"previous minutes"


def test_a_missing_folder_is_named(tmp_path: Path, minutes: bytes) -> None:
    with pytest.raises(MinutesError, match="does not exist"):
        export_pdf(tmp_path / "nowhere" / "minutes.pdf", minutes)


def test_a_file_in_place_of_the_folder(tmp_path: Path, minutes: bytes) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(MinutesError, match="is not a folder"):
        export_pdf(tmp_path / "file" / "minutes.pdf", minutes)


def test_a_folder_in_place_of_the_file(tmp_path: Path, minutes: bytes) -> None:
    (tmp_path / "minutes.pdf").mkdir()
    with pytest.raises(MinutesError):
        export_pdf(tmp_path / "minutes.pdf", minutes)
    assert os.listdir(tmp_path) == ["minutes.pdf"]


def test_a_folder_one_may_not_write_in(
    tmp_path: Path, minutes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(MinutesError, match="You may not write in"):
        export_pdf(tmp_path / "minutes.pdf", minutes)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_folder(tmp_path: Path, minutes: bytes) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(MinutesError, match="You may not write in"):
            export_pdf(folder / "minutes.pdf", minutes)
    finally:
        folder.chmod(0o700)


def test_the_minutes_layer_does_not_import_qt() -> None:
    code = "import sys, desktop.minutes; print(sorted(m for m in sys.modules if 'PySide' in m))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    assert out.stdout.strip() == "[]"
