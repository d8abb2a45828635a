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

    def run(parent, *, backups, restore, lang):
        offered.append(backups)
        return restore(backups[0].path, "demo")

    monkeypatch.setattr(restore_offer.RestoreDialog, "run", run)
    result = restore_offer.offer_restore(
        None, path=demo.path, error=caught.value, lang="en", ask=False
    )
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
    assert restore_offer.offer_restore(None, path=demo.path, error=error, lang="en") is None
    assert "No backup" in shown[0] and "damaged" in shown[0]


def unlock(qtbot, dialog) -> None:
    """Press Unlock and wait for the workspace to open or not, off the GUI thread."""
    with qtbot.waitSignal(dialog.attemptFinished, timeout=10000):
        dialog.accept()


def test_the_unlock_dialog_offers_the_backups_of_a_damaged_file(
    qtbot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import backup_offer
    from desktop.ui.entry.unlock import UnlockDialog

    set_backup_folder(demo.path, tmp_path / "b")
    backup.backup_workspace(demo, tmp_path / "b")
    demo.close()
    data = demo.path.read_bytes()
    dialog = UnlockDialog(
        None, path=demo.path, open_workspace=Workspace.open, backups=backup_offer("en"), lang="en"
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_edit, "wrong")
    unlock(qtbot, dialog)
    assert dialog.restore_button.isHidden()  # a wrong passphrase is not damage
    demo.path.write_bytes(data[: len(data) // 2])
    qtbot.keyClicks(dialog.passphrase_edit, "demo")
    unlock(qtbot, dialog)
    assert not dialog.restore_button.isHidden() and dialog.workspace is None

    def run(parent, *, backups, restore, lang):
        return restore(backups[0].path, "demo")

    monkeypatch.setattr(restore_offer.RestoreDialog, "run", run)
    dialog.restore_button.click()
    assert dialog.restore_button.isHidden() and "restored" in dialog.message.text()
    qtbot.keyClicks(dialog.passphrase_edit, "demo")
    unlock(qtbot, dialog)
    assert dialog.workspace is not None
    dialog.workspace.close()


def test_a_workspace_open_elsewhere_says_where(qtbot) -> None:
    from desktop.storage.errors import WorkspaceLocked
    from desktop.ui.widgets.errors import describe_error

    text = describe_error(WorkspaceLocked("locked", 4242, "team-laptop"), "en")
    assert "already open" in text and "process 4242 on team-laptop" in text
    assert "process" not in describe_error(WorkspaceLocked("locked"), "en")


def test_a_damaged_salt_is_offered_the_backups_its_passphrase_opens(
    qtbot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A damaged salt (the file's first bytes) looks like a wrong passphrase to SQLCipher, and
    # the message says to use a backup: the backup the passphrase opens tells the two apart.
    from desktop.app import backup_offer
    from desktop.ui.entry.unlock import UnlockDialog

    set_backup_folder(demo.path, tmp_path / "b")
    backup.backup_workspace(demo, tmp_path / "b")
    demo.close()
    data = bytearray(demo.path.read_bytes())
    data[3] ^= 0xFF
    demo.path.write_bytes(bytes(data))
    dialog = UnlockDialog(
        None, path=demo.path, open_workspace=Workspace.open, backups=backup_offer("en"), lang="en"
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_edit, "wrong")
    unlock(qtbot, dialog)
    assert dialog.restore_button.isHidden()  # neither the file nor its backup: mistyped
    assert "does not open the workspace" in dialog.message.text()
    qtbot.keyClicks(dialog.passphrase_edit, "demo")
    unlock(qtbot, dialog)
    assert not dialog.restore_button.isHidden() and dialog.workspace is None
    assert "opens the latest backup of this workspace" in dialog.message.text()
    assert dialog.passphrase_edit.text() == ""

    def run(parent, *, backups, restore, lang):
        return restore(backups[0].path, "demo")

    monkeypatch.setattr(restore_offer.RestoreDialog, "run", run)
    dialog.restore_button.click()
    qtbot.keyClicks(dialog.passphrase_edit, "demo")
    unlock(qtbot, dialog)
    assert dialog.workspace is not None
    dialog.workspace.close()
