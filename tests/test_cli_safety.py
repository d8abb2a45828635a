"""Headless backup, restore and rekey: `emptychair backup WORKSPACE DEST`, `restore`, `rekey`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.storage.backup import latest_backups
from desktop.storage.maintenance import passphrase_opens
from desktop.storage.workspace import Workspace, verify_workspace


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo workspace (passphrase ``demo``), with the passphrase in the environment."""
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    path = tmp_path / "ws" / "demo.ecw"
    path.parent.mkdir()
    assert main(["demo", str(path)]) == 0
    return path


def _content(path: Path, passphrase: str = "demo") -> tuple[object, ...]:
    with Workspace.open(path, passphrase) as ws:
        return (ws.settings(), ws.persons(), ws.professionals(), ws.meetings())


def test_backup_then_restore_after_damage(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _content(demo)
    assert main(["backup", str(demo), str(tmp_path / "backups")]) == 0
    [backup] = latest_backups(tmp_path / "backups")
    data = demo.read_bytes()
    demo.write_bytes(data[: len(data) // 2])
    assert main(["restore", str(backup.path), str(demo)]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out and "before-restore" in out
    assert _content(demo) == before
    assert verify_workspace(demo, "demo").ok


def test_restore_with_a_wrong_passphrase_is_one_line_and_changes_nothing(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["backup", str(demo), str(tmp_path / "b.ecbackup")]) == 0
    before = demo.read_bytes()
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "wrong")
    assert main(["restore", str(tmp_path / "b.ecbackup"), str(demo)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("emptychair: ") and err.count("\n") == 1
    assert demo.read_bytes() == before


def test_rekey_from_the_environment(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMPTYCHAIR_NEW_PASSPHRASE", "brand new phrase")
    assert main(["rekey", str(demo)]) == 0
    assert not passphrase_opens(demo, "demo")
    assert passphrase_opens(demo, "brand new phrase")


# --- With the user's configuration folder: anchors and the erasure register (issue 13) -----------


@pytest.fixture
def anchored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo workspace made by the CLI with a (temporary) user configuration folder."""
    monkeypatch.delenv("EMPTYCHAIR_NO_USER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    path = tmp_path / "ws" / "demo.ecw"
    path.parent.mkdir()
    assert main(["demo", str(path)]) == 0
    assert list((tmp_path / "xdg" / "emptychair" / "anchors").glob("*.jsonl"))
    return path


def test_verify_names_events_cut_after_the_last_anchor(
    anchored: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.storage.connection import open_connection

    conn = open_connection(anchored, "demo")
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - 4,))
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["verify", str(anchored)]) == 1
    err = capsys.readouterr().err
    assert f"ends at event {last - 4}, but an anchor was taken at event {last}" in err
    assert "append-only" in err  # the trigger left dropped is named too


def test_a_restore_by_the_cli_says_what_it_applied_again(
    anchored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.storage.maintenance import erase_person

    assert main(["backup", str(anchored), str(tmp_path / "backups")]) == 0
    [backup] = latest_backups(tmp_path / "backups")
    with Workspace.open(anchored, "demo") as ws:
        person = ws.persons()[0]
        erase_person(ws, person.id, person.alias)
    capsys.readouterr()
    assert main(["restore", str(backup.path), str(anchored)]) == 0
    out = capsys.readouterr().out
    assert "Applied again what was done after this backup: 1 erasure of a person, 0 purges" in out
    with Workspace.open(anchored, "demo") as ws:
        assert person.id not in [p.id for p in ws.persons()]
    assert main(["verify", str(anchored)]) == 0


def test_a_restore_says_its_check_in_the_environment_s_language(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["backup", str(demo), str(tmp_path / "backups")]) == 0
    [backup] = latest_backups(tmp_path / "backups")
    monkeypatch.setenv("LANGUAGE", "fr_BE")
    capsys.readouterr()
    assert main(["restore", str(backup.path), str(demo)]) == 0
    out = capsys.readouterr().out
    assert "le fichier est sain et le journal d'audit est intact" in out
    assert "the file is sound" not in out and "audit log" not in out


# --- What a check someone asks for proves, and a restore's wrong inputs (audit of issue 13) -----


def _edit_rows(path: Path, *statements: str) -> None:
    """Change data rows behind the app's back (no trigger guards them)."""
    from desktop.storage.connection import open_connection

    conn = open_connection(path, "demo")
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("UPDATE shared_items SET wording = 'J. is fine.'", "it was changed in its table"),
        ("DELETE FROM withheld_items", "it was deleted outside Empty Chair"),
    ],
)
def test_verify_sees_rows_changed_before_the_last_check(
    anchored: Path, capsys: pytest.CaptureFixture[str], change: str, named: str
) -> None:
    # A first check leaves a checkpoint (so does the app's check at each opening); a row changed
    # before it is still found by the check someone asks for.
    assert main(["verify", str(anchored)]) == 0
    _edit_rows(anchored, change)
    capsys.readouterr()
    assert main(["verify", str(anchored)]) == 1
    assert named in capsys.readouterr().err
    # The quick check goes on from the checkpoint, as the app's check at opening does.
    assert main(["verify", "--quick", str(anchored)]) == 0
    assert "--full checks everything" in capsys.readouterr().out


def test_restoring_a_backup_that_is_not_there_is_one_line(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo.read_bytes()
    missing = tmp_path / "nope.ecbackup"
    assert main(["restore", str(missing), str(demo)]) == 2
    assert capsys.readouterr().err == f"emptychair: There is no backup at {missing}.\n"
    assert demo.read_bytes() == before
    assert sorted(p.name for p in demo.parent.iterdir()) == [demo.name]


def test_a_restore_names_the_backup_never_its_staged_copy(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "b.ecbackup"
    assert main(["backup", str(demo), str(backup)]) == 0
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "wrong")
    assert main(["restore", str(backup), str(demo)]) == 2
    err = capsys.readouterr().err
    assert f"does not open the workspace {backup} " in err and ".part" not in err

    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    tampered = tmp_path / "tampered.ecbackup"
    tampered.write_bytes(backup.read_bytes())
    _edit_rows(tampered, "UPDATE shared_items SET wording = 'J. is fine.'")
    assert main(["restore", str(tampered), str(demo)]) == 2
    err = capsys.readouterr().err
    assert f"The backup {tampered} is not sound: {tampered}: " in err and ".part" not in err

    assert main(["restore", str(backup), str(demo)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {demo} from {backup}; {backup}: the file is sound" in out
    assert ".part" not in out


def test_verify_checks_a_backup_as_a_backup_and_leaves_it_unchanged(
    anchored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A backup ends before the anchors taken since (closing the workspace, at least): checked as
    # a workspace it was called cut short, and opening it switched it to write-ahead logging.
    assert main(["backup", str(anchored), str(tmp_path / "backups")]) == 0
    [made] = latest_backups(tmp_path / "backups")
    before = made.path.read_bytes()
    capsys.readouterr()
    assert main(["verify", str(made.path)]) == 0
    assert f"{made.path}: the file is sound" in capsys.readouterr().out
    assert made.path.read_bytes() == before
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]

    _edit_rows(made.path, "DELETE FROM withheld_items")
    assert main(["verify", str(made.path)]) == 1
    err = capsys.readouterr().err
    assert "deleted outside Empty Chair" in err and ".part" not in err
