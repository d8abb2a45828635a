"""The Safety menu over the main window: automatic backup, lock now, record export, erasure."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.storage import backup
from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.safety import actions as safety
from desktop.ui.safety.backup_settings import backup_folder, set_backup_folder


@pytest.fixture
def window(qtbot, demo: Workspace, tmp_path: Path):
    set_backup_folder(demo.path, tmp_path / "backups")
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    yield window


def test_install_makes_the_daily_backup_off_the_gui_thread(
    qtbot, qapp, window: MainWindow, demo: Workspace, tmp_path: Path
) -> None:
    actions = window.safety
    try:
        with qtbot.waitSignal(actions.backupFinished, timeout=10000) as done:
            actions.start_automatic_backup()
        assert Path(done.args[0]).parent == tmp_path / "backups"
        assert backup.check_backup(Path(done.args[0]), "demo").ok
        with qtbot.waitSignal(actions.backupFinished, timeout=10000) as again:
            actions.start_automatic_backup()
        assert again.args == [""]  # one a day
    finally:
        actions.runner.wait()
        qapp.removeEventFilter(actions.lock.inactivity)


def test_the_safety_menu_and_lock_now(qtbot, qapp, window: MainWindow, demo: Workspace) -> None:
    actions = window.safety
    try:
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Safety" in titles
        assert actions.lock_action.shortcut().toString() == "Ctrl+L"
        actions.lock_action.trigger()
        assert actions.lock.is_locked and not actions.erase_action.isEnabled()
        with qtbot.waitSignal(actions.lock.unlocked, timeout=10000):
            actions.lock.try_unlock("demo")
        assert not actions.lock.is_locked
        assert actions.erase_action.isEnabled()
        assert actions.lock.inactivity.delay_seconds == demo.settings().lock_minutes * 60
    finally:
        qapp.removeEventFilter(actions.lock.inactivity)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the notice box shows on screen
def test_export_and_erase_the_selected_person(
    qtbot, qapp, window: MainWindow, demo: Workspace, tmp_path: Path, monkeypatch
) -> None:
    actions = window.safety
    try:
        assert window.people_view.persons_table.select_id("p-jd")
        actions.choose_file = lambda parent, name: tmp_path / name
        with qtbot.waitSignal(actions.recordExported, timeout=20000) as written:
            assert actions.export_record()
        assert Path(written.args[0]).read_bytes().startswith(b"%PDF")
        assert demo.audit_events()[-1].kind == "person_record_exported"
        actions.choose_file = lambda parent, name: tmp_path / "missing" / name
        with qtbot.waitSignal(actions.recordFailed, timeout=20000) as failed:
            actions.export_record()
        assert "does not exist" in failed.args[0]
        actions.runner.wait()

        offered: dict[str, object] = {}

        def erase(parent, *, person, counts, erase, backups, replace_backups, lang):
            offered.update(backups=backups, replace=replace_backups)
            return erase(person.alias)

        monkeypatch.setattr(safety.ErasePersonDialog, "run", erase)
        backup.backup_workspace(demo, tmp_path / "backups")
        actions.erase_person()
        assert "p-jd" not in {p.id for p in demo.persons()}
        assert offered["backups"] == 1 and callable(offered["replace"])
        assert window.people_view.persons_model.rowCount() == len(demo.persons())
    finally:
        qapp.removeEventFilter(actions.lock.inactivity)


def test_the_backup_folder_defaults_next_to_the_workspace(tmp_path: Path) -> None:
    path = tmp_path / "x" / "team.emptychair"
    assert backup_folder(path) == tmp_path / "x" / "backups"
    set_backup_folder(path, tmp_path / "usb")
    assert backup_folder(path) == tmp_path / "usb"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_restore_from_the_menu_checks_closes_restores_and_closes_the_window(
    qtbot, qapp, window: MainWindow, demo: Workspace, tmp_path: Path, monkeypatch
) -> None:
    actions = window.safety
    made = backup.backup_workspace(demo, tmp_path / "backups")
    shown: list[str] = []
    monkeypatch.setattr(
        safety.QMessageBox, "information", lambda parent, title, text: shown.append(text)
    )
    tries = iter(["wrong", "demo"])

    def run(parent, *, backups, restore, check, prepare, lang):
        for phrase in tries:
            try:
                check(backups[0].path, phrase)
            except safety.WorkspaceError:
                assert demo.person("p-jd")  # a failed check leaves the workspace open
                continue
            prepare()
            return restore(backups[0].path, phrase)
        return None

    monkeypatch.setattr(safety.RestoreDialog, "run", run)
    window.show()
    assert actions.restore(str(made))
    assert "kept as" in shown[0] and not window.isVisible()
    kept = [p for p in demo.path.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1
    with Workspace.open(demo.path, "demo") as restored:
        assert restored.persons()
    qapp.removeEventFilter(actions.lock.inactivity)


def test_an_unsound_backup_is_refused_from_the_menu_in_the_reader_s_language(
    qtbot, qapp, window: MainWindow, demo: Workspace, tmp_path: Path, monkeypatch
) -> None:
    from desktop.storage.connection import open_connection
    from desktop.ui.widgets.errors import describe_error

    actions = window.safety
    made = backup.backup_workspace(demo, tmp_path / "backups")
    conn = open_connection(made, "demo")  # someone disables the log's guard in the copy
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.commit()
    conn.close()
    refused: list[safety.WorkspaceError] = []

    def run(parent, *, backups, restore, check, prepare, lang):
        with pytest.raises(safety.WorkspaceError) as caught:
            check(backups[0].path, "demo")
        refused.append(caught.value)
        return None

    monkeypatch.setattr(safety.RestoreDialog, "run", run)
    try:
        assert not actions.restore(str(made))
        assert demo.person("p-jd")  # nothing was closed or replaced
        (error,) = refused
        assert "append-only" in describe_error(error, "en")
        french = describe_error(error, "fr")
        assert french.startswith(f"La sauvegarde {made} n'est pas saine")
        assert "les déclencheurs qui interdisent de modifier le journal d'audit" in french
        dutch = describe_error(error, "nl")
        assert dutch.startswith(f"De back-up {made} is niet in orde")
        assert "append-only" not in french + dutch
    finally:
        qapp.removeEventFilter(actions.lock.inactivity)
