"""Known errors: each a clear message, and nothing on disk changed when opening fails."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.core.entities import Professional
from desktop.storage.connection import SCHEMA_VERSION, key_pragma, open_connection
from desktop.storage.errors import (
    CorruptWorkspace,
    DiskFull,
    InvalidPassphrase,
    NewerVersion,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
    WrongPassphrase,
    known_error,
)
from desktop.storage.workspace import Workspace


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder, by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def closed_workspace(workspace_path: Path) -> Path:
    """A seeded workspace, closed: only its file is left in the folder."""
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
    assert [p.name for p in workspace_path.parent.iterdir()] == [workspace_path.name]
    return workspace_path


def test_wrong_passphrase_is_clear_and_changes_nothing(
    closed_workspace: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(closed_workspace.parent)
    with pytest.raises(WrongPassphrase) as caught:
        Workspace.open(closed_workspace, "not the passphrase")
    assert caught.value.message == (
        f"The passphrase does not open the workspace {closed_workspace} "
        "(or the start of the file is damaged)."
    )
    assert snapshot(closed_workspace.parent) == before  # no -wal, -shm or lock file left
    out, err = capfd.readouterr()
    assert out == err == ""  # cipher_log_level = NONE: SQLCipher prints nothing


def test_wrong_passphrase_after_a_crash_leaves_wal_and_shm_untouched(
    workspace_path: Path, tmp_path: Path
) -> None:
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings())
    seed(ws)  # committed to the WAL, not yet checkpointed
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = workspace_path.with_name(workspace_path.name + suffix)
        shutil.copyfile(source, crashed / source.name)
    ws.close()
    copy = crashed / workspace_path.name
    before = snapshot(crashed)
    assert set(before) == {"team.ecw", "team.ecw-wal", "team.ecw-shm"}
    assert len(before["team.ecw-wal"]) > 0
    with pytest.raises(WrongPassphrase):
        Workspace.open(copy, "wrong")
    assert snapshot(crashed) == before
    with Workspace.open(copy, PASSPHRASE) as reopened:  # and the right one recovers it all
        assert [p.id for p in reopened.professionals()] == ["a", "b", "p"]


@pytest.mark.parametrize(
    "passphrase",
    [
        "it's",
        "''",
        "'; DROP TABLE settings; --",
        'double "quotes"',
        "  spaces around  ",
        "ünïcødé 密码 🪑",
        "x'00'",
        "\\backslash\\",
        "a" * 500,
    ],
)
def test_unusual_passphrases_work_and_only_themselves(
    workspace_path: Path, passphrase: str
) -> None:
    with Workspace.create(workspace_path, passphrase, make_settings()) as ws:
        ws.save_professional(Professional("a", "Alix", "nurse"))
    with Workspace.open(workspace_path, passphrase) as ws:
        assert [p.id for p in ws.professionals()] == ["a"]
    with pytest.raises(WrongPassphrase):
        Workspace.open(workspace_path, passphrase.strip() + "!")


@pytest.mark.parametrize("passphrase", ["", "nul\x00inside"])
def test_unusable_passphrases_are_refused_before_anything_is_written(
    workspace_path: Path, passphrase: str
) -> None:
    with pytest.raises(InvalidPassphrase):
        Workspace.create(workspace_path, passphrase, make_settings())
    assert list(workspace_path.parent.iterdir()) == []


def test_key_pragma_doubles_quotes() -> None:
    assert key_pragma("it's") == "PRAGMA key = 'it''s'"


@pytest.mark.parametrize(
    "content",
    [b"", b"Hello, this is a text file.\n" * 400, b"%PDF-1.7\n" + b"\x00" * 8000],
)
def test_a_file_that_is_not_a_workspace(workspace_path: Path, content: bytes) -> None:
    workspace_path.write_bytes(content)
    with pytest.raises(NotAWorkspace) as caught:
        Workspace.open(workspace_path, PASSPHRASE)
    assert str(workspace_path) in caught.value.message
    assert snapshot(workspace_path.parent) == {workspace_path.name: content}


def test_a_plain_sqlite_database_is_not_a_workspace(workspace_path: Path) -> None:
    conn = sqlite3.connect(workspace_path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = snapshot(workspace_path.parent)
    with pytest.raises(NotAWorkspace):
        Workspace.open(workspace_path, PASSPHRASE)
    assert snapshot(workspace_path.parent) == before


def test_a_missing_file_is_not_a_workspace(workspace_path: Path) -> None:
    with pytest.raises(NotAWorkspace, match="There is no workspace"):
        Workspace.open(workspace_path, PASSPHRASE)
    assert list(workspace_path.parent.iterdir()) == []


def test_an_encrypted_database_of_another_app_is_not_a_workspace(workspace_path: Path) -> None:
    conn = sqlcipher3.connect(str(workspace_path))
    conn.execute(key_pragma(PASSPHRASE))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAWorkspace):
        Workspace.open(workspace_path, PASSPHRASE)


def test_a_truncated_workspace_is_corrupt_and_left_as_it_was(closed_workspace: Path) -> None:
    data = closed_workspace.read_bytes()
    closed_workspace.write_bytes(data[: len(data) // 2])
    before = snapshot(closed_workspace.parent)
    with pytest.raises(CorruptWorkspace) as caught:
        Workspace.open(closed_workspace, PASSPHRASE)
    assert "damaged" in caught.value.message
    assert snapshot(closed_workspace.parent) == before


def test_a_newer_schema_is_refused_without_touching_the_file(closed_workspace: Path) -> None:
    conn = open_connection(closed_workspace, PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = snapshot(closed_workspace.parent)
    with pytest.raises(NewerVersion) as caught:
        Workspace.open(closed_workspace, PASSPHRASE)
    assert "newer version" in caught.value.message
    assert snapshot(closed_workspace.parent) == before


def test_a_read_only_file_is_refused(closed_workspace: Path) -> None:
    os.chmod(closed_workspace, 0o444)
    try:
        before = snapshot(closed_workspace.parent)
        with pytest.raises(ReadOnlyWorkspace):
            Workspace.open(closed_workspace, PASSPHRASE)
        assert snapshot(closed_workspace.parent) == before
    finally:
        os.chmod(closed_workspace, 0o644)


def test_disk_full_is_a_known_error_and_the_workspace_goes_on(seeded: Workspace) -> None:
    pages = seeded.pragma("page_count")
    seeded._conn.execute(f"PRAGMA max_page_count = {pages}")
    big = Professional("big", "x" * 200_000, "nurse")
    with pytest.raises(DiskFull) as caught:
        seeded.save_professional(big)
    assert "full" in caught.value.message
    seeded._conn.execute("PRAGMA max_page_count = 1073741823")
    assert "big" not in [p.id for p in seeded.professionals()]
    seeded.save_professional(big)
    assert "big" in [p.id for p in seeded.professionals()]


def test_sqlite_errors_map_to_known_errors_by_code(tmp_path: Path) -> None:
    def error(code: int) -> sqlcipher3.DatabaseError:
        exc = sqlcipher3.OperationalError("x")
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc

    assert isinstance(known_error(error(13), tmp_path), DiskFull)
    assert isinstance(known_error(error(8 | (1 << 8)), tmp_path), ReadOnlyWorkspace)
    assert isinstance(known_error(error(11), tmp_path), CorruptWorkspace)
    assert known_error(error(1), tmp_path) is None  # SQL error: a bug
    assert isinstance(known_error(OSError(28, "No space"), tmp_path), DiskFull)
    assert known_error(ValueError("x"), tmp_path) is None


def test_every_known_error_has_a_message() -> None:
    for cls in WorkspaceError.__subclasses__():
        if cls is not WrongPassphrase:
            assert cls("A sentence.").message == "A sentence."


def test_a_missing_folder_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspace, match="There is no folder"):
        Workspace.open(tmp_path / "nowhere" / "team.ecw", PASSPHRASE)
    with pytest.raises(NotAWorkspace, match="There is no folder"):
        Workspace.create(tmp_path / "nowhere" / "team.ecw", PASSPHRASE, make_settings())
    assert not (tmp_path / "nowhere").exists()


def test_random_bytes_of_whole_pages_look_like_a_wrong_passphrase(workspace_path: Path) -> None:
    # An encrypted file cannot be told apart from noise without the key.
    workspace_path.write_bytes(os.urandom(8192))
    with pytest.raises(WrongPassphrase):
        Workspace.open(workspace_path, PASSPHRASE)
    workspace_path.write_bytes(os.urandom(10_000))  # not whole pages: not a workspace
    with pytest.raises(NotAWorkspace):
        Workspace.open(workspace_path, PASSPHRASE)


def test_disk_full_during_a_meeting_reaches_the_caller(seeded: Workspace) -> None:
    session = seeded.start_session("m1")
    session.open()
    session.mark_present("a")
    seeded._conn.execute(f"PRAGMA max_page_count = {seeded.pragma('page_count')}")
    with pytest.raises(DiskFull):
        for _ in range(500):
            session.add_decision("d" * 2000)
    seeded._conn.execute("PRAGMA max_page_count = 1073741823")
    saved = seeded.meeting_record("m1").decisions
    # The decision that could not be saved is undone in memory too: what the session holds is
    # exactly what is on disk, so the console never shows an action that was not saved.
    assert len(saved) == len(session.decisions) > 0
    session.add_decision("after the disk was freed")
    assert len(seeded.meeting_record("m1").decisions) == len(session.decisions)
