"""Unlock: a wrong passphrase keeps the dialog and says so; the right one opens the workspace."""

from __future__ import annotations

from pathlib import Path

from desktop.storage.workspace import Workspace
from desktop.ui.workspace.unlock import UnlockChoice, UnlockDialog


def make_dialog(qtbot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(None, path=path, open_workspace=Workspace.open)
    qtbot.addWidget(dialog)
    return dialog


def test_wrong_passphrase_then_right_one(qtbot, workspace: Workspace) -> None:
    path = workspace.path
    workspace.close()
    dialog = make_dialog(qtbot, path)
    dialog.passphrase_edit.setText("not the phrase")
    dialog.accept()
    assert dialog.result() == 0 and dialog.workspace is None
    assert "does not open" in dialog.message.text()
    assert dialog.passphrase_edit.text() == ""
    dialog.passphrase_edit.setText("a long test phrase")
    dialog.accept()
    assert dialog.choice is UnlockChoice.OPENED
    assert dialog.workspace.settings().name == "Service Horizon (fictional)"
    dialog.workspace.close()


def test_empty_passphrase_and_missing_file_are_explained(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "gone.emptychair")
    dialog.accept()
    assert "Type the workspace's passphrase" in dialog.message.text()
    dialog.passphrase_edit.setText("whatever")
    dialog.accept()
    assert dialog.result() == 0
    assert "not an Empty Chair workspace" in dialog.message.text()


def test_demo_and_create_choices_close_the_dialog(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "x.emptychair")
    dialog.choose_demo()
    assert dialog.choice is UnlockChoice.DEMO
    other = make_dialog(qtbot, tmp_path / "x.emptychair")
    other.choose_create()
    assert other.choice is UnlockChoice.CREATE


def test_another_workspace_can_be_chosen(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "a.emptychair")
    dialog.passphrase_edit.setText("typed")
    dialog.set_path(tmp_path / "b.emptychair")
    assert dialog.path_label.text().endswith("b.emptychair")
    assert dialog.passphrase_edit.text() == ""
