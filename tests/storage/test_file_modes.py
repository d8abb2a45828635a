"""Every file the app writes is readable by its owner only (0600), every folder it makes is
0700 (issue 13): the workspace and its WAL and SHM, backups, copies kept by a restore, anchors,
the erasure register."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.storage import maintenance
from desktop.storage.backup import backup_workspace, restore_backup
from desktop.storage.private_files import make_private_folder
from desktop.storage.workspace import Workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
DAY0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def generous_umask() -> object:
    """The most open umask a user may have: modes must not depend on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_workspace_its_wal_and_shm_are_private(workspace_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=config)
    seed(ws)
    side = [workspace_path.with_name(workspace_path.name + s) for s in ("-wal", "-shm")]
    assert all(p.exists() for p in side)  # open: the WAL and SHM are there
    for path in (workspace_path, *side):
        assert mode(path) == 0o600, path
    maintenance.erase_person(ws, "x", "X.Q.")
    ws.close()
    assert mode(workspace_path) == 0o600
    for folder in (config, config / "anchors", config / "erasures"):
        assert mode(folder) == 0o700, folder
    for file in [*(config / "anchors").iterdir(), *(config / "erasures").iterdir()]:
        assert mode(file) == 0o600, file


def test_backups_their_folder_and_kept_copies_are_private(
    workspace_path: Path, tmp_path: Path
) -> None:
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings())
    seed(ws)
    folder = tmp_path / "new" / "backups"
    backup = backup_workspace(ws, folder, now=DAY0)
    ws.close()
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    assert mode(backup) == 0o600
    os.chmod(workspace_path, 0o644)  # as an older version left it
    result = restore_backup(backup, workspace_path, PASSPHRASE)
    assert result.kept_copy is not None
    assert mode(result.kept_copy) == 0o600
    assert mode(workspace_path) == 0o600


def test_a_workspace_left_readable_by_an_older_version_is_made_private(
    workspace_path: Path,
) -> None:
    Workspace.create(workspace_path, PASSPHRASE, make_settings()).close()
    os.chmod(workspace_path, 0o644)
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        ws.save_settings(make_settings())
        assert mode(workspace_path) == 0o600
        assert mode(workspace_path.with_name(workspace_path.name + "-wal")) == 0o600


def test_private_folders_leave_existing_ones_alone(tmp_path: Path) -> None:
    existing = tmp_path / "shared"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    make_private_folder(existing / "a" / "b")
    assert mode(existing) == 0o755
    assert mode(existing / "a") == 0o700 and mode(existing / "a" / "b") == 0o700
