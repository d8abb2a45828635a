"""A damaged workspace: a clear message and the offer of its backups; the file is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.storage import backup
from desktop.storage.errors import CorruptWorkspace
from desktop.storage.workspace import Workspace
from desktop.ui.safety import restore_offer
from desktop.ui.safety.backup_settings import set_backup_folder


def test_a_truncated_workspace_is_offered_its_backup(
    qtbot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_backup_folder(demo.path, tmp_path / "b")
    backup.backup_workspace(demo, tmp_path / "b")
    demo.close()
    data = demo.path.read_bytes()
    demo.path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptWorkspace) as caught:
        Workspace.open(demo.path, "demo")
    damaged = demo.path.read_bytes()
    offered: list[list[backup.BackupInfo]] = []

    def run(parent, *, backups, restore):
        offered.append(backups)
        return restore(backups[0].path, "demo")

    monkeypatch.setattr(restore_offer.RestoreDialog, "run", run)
    result = restore_offer.offer_restore(None, path=demo.path, error=caught.value, ask=False)
    assert len(offered[0]) == 1
    assert result is not None and result.kept_copy.read_bytes() == damaged
    with Workspace.open(demo.path, "demo") as ws:
        assert ws.persons()


def test_without_backups_the_message_says_so(
    qtbot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_backup_folder(demo.path, tmp_path / "empty")
    shown: list[str] = []
    monkeypatch.setattr(
        restore_offer.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    error = CorruptWorkspace("damaged")
    assert restore_offer.offer_restore(None, path=demo.path, error=error) is None
    assert "No backup" in shown[0] and "damaged" in shown[0]
