"""Backups: encrypted, checked, rotated; restore checks first and never overwrites (issue 6)."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from safety_helpers import add_meeting, files_containing, plain_dump
from storage_helpers import PASSPHRASE

from desktop.storage.backup import (
    BACKUP_SUFFIX,
    backup_if_due,
    backup_workspace,
    check_backup,
    latest_backups,
    restore_backup,
)
from desktop.storage.errors import (
    CorruptWorkspace,
    NewerVersion,
    WorkspaceError,
    WrongPassphrase,
)
from desktop.storage.workspace import Workspace, verify_workspace

DAY0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def met(seeded: Workspace) -> tuple[Workspace, dict[str, str]]:
    """The seeded workspace after one closed meeting with distinctive words."""
    texts = add_meeting(seeded, "m2", "x", DAY0, "OKAPI")
    return seeded, texts


def test_a_backup_is_an_encrypted_identical_copy(
    met: tuple[Workspace, dict[str, str]], tmp_path: Path
) -> None:
    ws, texts = met
    folder = tmp_path / "backups"
    path = backup_workspace(ws, folder, now=DAY0)
    assert path == folder / f"team-20261102-090000{BACKUP_SUFFIX}"
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no temporary file left
    secrets = [*texts.values(), "Xenia Quillfeather", "Alix Fontaine", "SQLite format 3"]
    assert files_containing(folder, secrets) == []
    ws.close()
    assert plain_dump(path) == plain_dump(ws.path)
    assert check_backup(path, PASSPHRASE).ok


def test_a_backup_taken_during_a_meeting_holds_what_was_confirmed(
    seeded: Workspace, tmp_path: Path
) -> None:
    texts = add_meeting(seeded, "m2", "x", DAY0, "IBEX", close=False)
    path = backup_workspace(seeded, tmp_path, now=DAY0)
    assert texts["wording"] in plain_dump(path)
    assert check_backup(path, PASSPHRASE).ok


def test_backup_damage_restore_gives_the_same_content(
    met: tuple[Workspace, dict[str, str]], tmp_path: Path
) -> None:
    ws, _ = met
    backup = backup_workspace(ws, tmp_path / "b", now=DAY0)
    ws.close()
    before = plain_dump(ws.path)
    data = ws.path.read_bytes()
    ws.path.write_bytes(data[: len(data) // 2])  # damage: truncated to half
    damaged = ws.path.read_bytes()
    with pytest.raises(WorkspaceError):
        Workspace.open(ws.path, PASSPHRASE)
    result = restore_backup(backup, ws.path, PASSPHRASE, now=DAY0 + dt.timedelta(hours=1))
    assert result.kept_copy == ws.path.with_name("team.ecw.before-restore-20261102-100000")
    assert result.kept_copy.read_bytes() == damaged  # never overwritten: kept aside
    assert plain_dump(ws.path) == before
    assert verify_workspace(ws.path, PASSPHRASE).ok
    assert sorted(p.name for p in ws.path.parent.iterdir()) == sorted(
        [ws.path.name, result.kept_copy.name]
    )


def test_restore_with_the_wrong_passphrase_changes_nothing(
    met: tuple[Workspace, dict[str, str]], tmp_path: Path
) -> None:
    ws, _ = met
    backup = backup_workspace(ws, tmp_path / "b", now=DAY0)
    ws.close()
    before = ws.path.read_bytes()
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, ws.path, "not the passphrase")
    assert ws.path.read_bytes() == before
    assert sorted(p.name for p in ws.path.parent.iterdir()) == [ws.path.name]


def test_a_damaged_backup_is_refused_and_the_workspace_kept(
    met: tuple[Workspace, dict[str, str]], tmp_path: Path
) -> None:
    ws, _ = met
    backup = backup_workspace(ws, tmp_path / "b", now=DAY0)
    ws.close()
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    backup.write_bytes(bytes(data))
    before = ws.path.read_bytes()
    with pytest.raises(WorkspaceError):
        restore_backup(backup, ws.path, PASSPHRASE)
    assert ws.path.read_bytes() == before
    assert sorted(p.name for p in ws.path.parent.iterdir()) == [ws.path.name]


def test_a_workspace_open_elsewhere_is_not_replaced(
    met: tuple[Workspace, dict[str, str]], tmp_path: Path
) -> None:
    ws, _ = met
    backup = backup_workspace(ws, tmp_path / "b", now=DAY0)
    with pytest.raises(WorkspaceError, match="already open"):
        restore_backup(backup, ws.path, PASSPHRASE)


def test_backups_rotate_keeping_the_newest_seven(seeded: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    for day in range(10):
        backup_workspace(seeded, folder, now=DAY0 + dt.timedelta(days=day))
    kept = latest_backups(folder, seeded.path)
    assert len(kept) == 7
    assert [b.taken_at for b in kept] == [DAY0 + dt.timedelta(days=d) for d in range(9, 2, -1)]
    assert len(list(folder.iterdir())) == 7


def test_the_automatic_backup_runs_once_a_day(seeded: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    assert backup_if_due(seeded, folder, now=DAY0) is not None
    assert backup_if_due(seeded, folder, now=DAY0 + dt.timedelta(hours=23)) is None
    assert backup_if_due(seeded, folder, now=DAY0 + dt.timedelta(days=1)) is not None
    assert len(latest_backups(folder)) == 2


def test_latest_backups_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert latest_backups(tmp_path / "nowhere") == []
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / f"other-2026-bad{BACKUP_SUFFIX}").write_text("x")
    assert latest_backups(tmp_path) == []


def test_a_backup_never_overwrites_a_file(seeded: Workspace, tmp_path: Path) -> None:
    target = tmp_path / f"mine{BACKUP_SUFFIX}"
    target.write_bytes(b"keep me")
    with pytest.raises(WorkspaceError, match="never overwrites"):
        backup_workspace(seeded, target)
    assert target.read_bytes() == b"keep me"


def test_restore_of_a_missing_workspace_puts_the_backup_there(
    met: tuple[Workspace, dict[str, str]], tmp_path: Path
) -> None:
    ws, _ = met
    backup = backup_workspace(ws, tmp_path / "b", now=DAY0)
    ws.close()
    target = tmp_path / "new" / "restored.ecw"
    target.parent.mkdir()
    result = restore_backup(backup, target, PASSPHRASE)
    assert result.kept_copy is None
    assert plain_dump(target) == plain_dump(ws.path)


def test_a_corrupt_workspace_check_is_a_known_error(tmp_path: Path) -> None:
    bogus = tmp_path / f"team-20261102-090000{BACKUP_SUFFIX}"
    bogus.write_bytes(b"\x00" * 100)
    with pytest.raises((CorruptWorkspace, WorkspaceError)):
        check_backup(bogus, PASSPHRASE)


# --- A damaged workspace: a clear message, the file unchanged, backups offered -------------------


def _flip_middle(data: bytes) -> bytes:
    flipped = bytearray(data)
    middle = len(data) // 2
    flipped[middle : middle + 32] = bytes(b ^ 0x5A for b in flipped[middle : middle + 32])
    return bytes(flipped)


def _newer(path: Path) -> bytes:
    import sqlcipher3

    from desktop.storage.connection import SCHEMA_VERSION, key_pragma

    conn = sqlcipher3.connect(str(path))
    conn.execute(key_pragma(PASSPHRASE))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    return path.read_bytes()


def _found_damaged(path: Path, refused: Path) -> None:
    try:
        opened = Workspace.open(path, PASSPHRASE)
    except CorruptWorkspace as error:
        assert str(path) in error.message  # one of the pages unlocking reads
        return
    with opened:
        with contextlib.suppress(CorruptWorkspace):  # a page the check cannot even read
            assert opened.check_file() != ("ok",)
        with pytest.raises(WorkspaceError):
            backup_workspace(opened, refused)
    assert not list(refused.glob(f"*{BACKUP_SUFFIX}"))


@pytest.mark.parametrize("damage", ["truncated", "flipped", "newer"])
def test_a_damaged_workspace_gives_a_clear_message_and_offers_the_backups(
    met: tuple[Workspace, dict[str, str]], tmp_path: Path, damage: str
) -> None:
    ws, _ = met
    folder = tmp_path / "b"
    backup_workspace(ws, folder, now=DAY0)
    ws.close()
    data = ws.path.read_bytes()
    assert len(data) >= 8 * 4096  # the middle is a page of content, not the header
    if damage == "truncated":
        ws.path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        ws.path.write_bytes(_flip_middle(data))
    else:
        _newer(ws.path)
    damaged = ws.path.read_bytes()
    if damage == "flipped":
        # Unlocking reads only the pages it needs (issue 12): a damaged page elsewhere is found
        # when it is read, by the full-file check, and by the backup, which refuses the file.
        _found_damaged(ws.path, tmp_path / "refused")
    else:
        expected = NewerVersion if damage == "newer" else CorruptWorkspace
        with pytest.raises(expected) as caught:
            Workspace.open(ws.path, PASSPHRASE)
        assert str(ws.path) in caught.value.message
    assert ws.path.read_bytes() == damaged
    assert sorted(p.name for p in ws.path.parent.iterdir()) == [ws.path.name]
    offered = latest_backups(folder, ws.path)
    assert [b.taken_at for b in offered] == [DAY0]
    assert check_backup(offered[0].path, PASSPHRASE).ok
