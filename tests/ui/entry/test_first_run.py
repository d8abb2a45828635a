"""First run: validation messages, nothing lost on a wrong input, a real workspace created."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.core.policy import load_policy
from desktop.storage.workspace import Workspace
from desktop.ui.entry.first_run import CreateWorkspaceDialog
from desktop.ui.entry.passphrase_strength import Strength, passphrase_strength

PHRASE = "correct horse battery staple"


def make_dialog(qtbot, tmp_path: Path, create=Workspace.create) -> CreateWorkspaceDialog:
    dialog = CreateWorkspaceDialog(
        None, default_path=tmp_path / "ws" / "workspace.emptychair", lang="en", create=create
    )
    qtbot.addWidget(dialog)
    return dialog


def create(qtbot, dialog: CreateWorkspaceDialog) -> None:
    """Press Create and wait for the workspace to be created or not, off the GUI thread."""
    with qtbot.waitSignal(dialog.attemptFinished, timeout=10000):
        dialog.accept()
    assert not dialog.is_busy()


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
    create(qtbot, dialog)
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
    create(qtbot, dialog)
    assert dialog.result() == 0
    assert "already exists" in dialog.message.text()
    assert dialog.passphrase_edit.text() == PHRASE
    assert existing.read_bytes() == b"not mine"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialog shows on screen
def test_creating_leaves_the_gui_thread_free(qtbot, tmp_path: Path) -> None:
    threads: list[threading.Thread] = []

    def create_slowly(path: Path, passphrase: str, settings) -> Workspace:
        threads.append(threading.current_thread())
        time.sleep(0.6)
        return Workspace.create(path, passphrase, settings)

    (tmp_path / "ws").mkdir()
    dialog = make_dialog(qtbot, tmp_path, create=create_slowly)
    dialog.show()
    fill(dialog)
    ticks: list[float] = []
    timer = QTimer(dialog)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(dialog.attemptFinished, timeout=10000):
        dialog.accept()
        assert dialog.is_busy() and "Creating" in dialog.busy_indicator.label.text()
        assert not dialog.create_button.isEnabled() and not dialog.passphrase_edit.isEnabled()
        assert not dialog.institution.name_edit.isEnabled()
        dialog.reject()  # not while creating: the new workspace would be left open
        assert dialog.isVisible()
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks) >= 5 and max(b - a for a, b in itertools.pairwise(ticks)) < 0.4
    assert dialog.result() == 1 and dialog.passphrase_edit.isEnabled()
    try:
        assert dialog.workspace.settings().name == "Service Horizon (fictional)"
    finally:
        dialog.workspace.close()


def test_the_problem_list_follows_the_fields_as_they_are_fixed(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.accept()
    assert "at least 12 characters" in dialog.message.text()
    assert "institution's name" in dialog.message.text()
    dialog.passphrase_edit.setText(PHRASE)
    dialog.confirm_edit.setText(PHRASE)
    assert "12 characters" not in dialog.message.text()  # fixed: gone from the list at once
    assert "institution's name" in dialog.message.text() and not dialog.message.isHidden()
    dialog.institution.name_edit.setText("Service Horizon (fictional)")
    assert "institution's name" not in dialog.message.text()
    dialog.institution.missions_editor.name_edit.setText("Youth care")
    dialog.institution.missions_editor.add_button.click()
    assert dialog.message.isHidden()  # nothing left to fix
    dialog.confirm_edit.setText("not the same")
    assert dialog.message.isHidden()  # no list before the user asked to create


def test_the_default_path_shows_from_its_start(qtbot, tmp_path: Path) -> None:
    deep = tmp_path.joinpath(*["a-rather-long-folder-name"] * 6, "workspace.emptychair")
    dialog = CreateWorkspaceDialog(None, default_path=deep, lang="en", create=Workspace.create)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.cursorPosition() == 0  # the folder shows, not only the file name
    assert dialog.path_edit.toolTip() == str(deep)


def test_the_demo_and_an_existing_workspace_are_offered(qtbot, tmp_path: Path) -> None:
    from desktop.ui.entry.first_run import FirstRunChoice

    dialog = make_dialog(qtbot, tmp_path)
    assert not dialog.demo_button.isHidden()
    assert dialog.demo_button.text().replace("&", "") == "Try the demo"
    dialog.demo_button.click()
    assert dialog.choice is FirstRunChoice.DEMO and dialog.workspace is None
    other = make_dialog(qtbot, tmp_path)
    other.choose_open(tmp_path / "team.emptychair")
    assert other.choice is FirstRunChoice.OPEN and other.open_path == tmp_path / "team.emptychair"
    from_demo = CreateWorkspaceDialog(
        None, default_path=tmp_path / "w.emptychair", lang="en", create=None, offer_demo=False
    )
    qtbot.addWidget(from_demo)
    assert from_demo.demo_button.isHidden()
