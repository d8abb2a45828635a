"""First run: validation messages, nothing lost on a wrong input, a real workspace created."""

from __future__ import annotations

from pathlib import Path

from desktop.core.policy import load_policy
from desktop.storage.workspace import Workspace
from desktop.ui.workspace.first_run import CreateWorkspaceDialog
from desktop.ui.workspace.passphrase import Strength, passphrase_strength

PHRASE = "correct horse battery staple"


def make_dialog(qtbot, tmp_path: Path, create=Workspace.create) -> CreateWorkspaceDialog:
    dialog = CreateWorkspaceDialog(
        None, default_path=tmp_path / "ws" / "workspace.emptychair", lang="en", create=create
    )
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: CreateWorkspaceDialog, confirm: str = PHRASE) -> None:
    dialog.passphrase_edit.setText(PHRASE)
    dialog.confirm_edit.setText(confirm)
    dialog.institution.name_edit.setText("Service Horizon (fictional)")
    dialog.institution.missions_editor.name_edit.setText("Youth care")
    dialog.institution.missions_editor.add_button.click()


def test_passphrase_strength_is_about_length_and_variety() -> None:
    assert passphrase_strength("") is Strength.EMPTY
    assert passphrase_strength("abc123") is Strength.WEAK
    assert passphrase_strength("abcdefghijkl") is Strength.FAIR
    assert passphrase_strength("Abc-12345678") is Strength.FAIR
    assert passphrase_strength(PHRASE) is Strength.GOOD


def test_rule_of_conduct_is_prefilled_from_the_policy(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    template = load_policy().text("conduct_template", "en")
    assert dialog.institution.conduct_edit.toPlainText() == template
    assert "lost" in dialog.findChild(type(dialog.strength_label), "passphraseWarning").text()


def test_mismatch_says_so_and_keeps_everything_else(qtbot, tmp_path: Path) -> None:
    calls = []
    dialog = make_dialog(qtbot, tmp_path, create=lambda *a: calls.append(a))
    fill(dialog, confirm="something else entirely")
    dialog.accept()
    assert calls == []
    assert dialog.result() == 0 and not dialog.message.isHidden()
    assert "differ" in dialog.message.text()
    assert dialog.passphrase_edit.text() == PHRASE
    assert dialog.confirm_edit.text() == ""
    assert dialog.institution.name_edit.text() == "Service Horizon (fictional)"
    assert [m.name for m in dialog.institution.missions()] == ["Youth care"]


def test_missing_fields_are_all_listed(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.institution.conduct_edit.clear()
    dialog.accept()
    text = dialog.message.text()
    for words in ("at least 12 characters", "institution's name", "rule of conduct", "mission"):
        assert words in text


def test_creates_a_real_workspace_in_a_new_folder(qtbot, tmp_path: Path) -> None:
    from desktop.app import create_workspace

    dialog = make_dialog(qtbot, tmp_path, create=create_workspace)
    fill(dialog)
    dialog.accept()
    assert dialog.result() == 1
    workspace = dialog.workspace
    try:
        assert workspace.path == tmp_path / "ws" / "workspace.emptychair"
        settings = workspace.settings()
        assert settings.name == "Service Horizon (fictional)"
        assert [(m.id, m.name) for m in settings.missions] == [("youth-care", "Youth care")]
        assert settings.conduct_rule.startswith("In our case conferences")
    finally:
        workspace.close()
    assert dialog.passphrase_edit.text() == ""  # not kept in memory longer than needed
    Workspace.open(tmp_path / "ws" / "workspace.emptychair", PHRASE).close()


def test_storage_error_is_shown_and_nothing_is_lost(qtbot, tmp_path: Path) -> None:
    existing = tmp_path / "ws" / "workspace.emptychair"
    existing.parent.mkdir()
    existing.write_bytes(b"not mine")
    dialog = make_dialog(qtbot, tmp_path)
    fill(dialog)
    dialog.accept()
    assert dialog.result() == 0
    assert "already exists" in dialog.message.text()
    assert dialog.passphrase_edit.text() == PHRASE
    assert existing.read_bytes() == b"not mine"
