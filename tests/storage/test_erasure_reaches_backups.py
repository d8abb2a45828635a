"""Erasure and purge reach backups (issue 13): the erasure register outside the file, applied
again to a restored backup (and to a copy put back by hand), and the restore's record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from safety_helpers import add_meeting, add_person, plain_dump
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.storage import maintenance
from desktop.storage.backup import backup_workspace, check_backup, replace_backups, restore_backup
from desktop.storage.erasure_register import Erasure, ErasureRegister, Purge
from desktop.storage.verify import verify_workspace
from desktop.storage.workspace import Workspace

DAY0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
NAME = "Yannick Odelberg"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def team(workspace_path: Path, config: Path) -> Workspace:
    """A workspace with its register in ``config``: two people, a closed meeting about each."""
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=config)
    seed(ws)
    add_person(ws, "y", NAME, "Y.O.")
    add_meeting(ws, "m-x", "x", DAY0, "OKAPI")
    add_meeting(ws, "m-y", "y", DAY0 + dt.timedelta(hours=2), "IBEX")
    return ws


def past_retention(ws: Workspace) -> dt.date:
    """A day when both meetings are past the retention period."""
    return dt.date(2026, 11, 3) + dt.timedelta(days=ws.settings().retention_days)


def tables_holding(path: Path, text: str) -> list[str]:
    """The lines of the decrypted dump (every row of every table) that hold ``text``."""
    return [line for line in plain_dump(path).splitlines() if text in line]


def test_the_register_holds_ids_and_dates_never_names(team: Workspace, config: Path) -> None:
    maintenance.erase_person(team, "y", "Y.O.")
    preview = maintenance.preview_retention(team, today=past_retention(team))
    maintenance.purge_expired(team, preview)
    register = team.register
    assert register is not None
    entries = list(register.entries())
    assert [type(e) for e in entries] == [Erasure, Purge]
    assert entries[0].person_id == "y"
    assert entries[1].cutoff == preview.cutoff
    text = register.path.read_text()
    for secret in (NAME, "Y.O.", "IBEX", "OKAPI", "Xenia"):
        assert secret not in text
    team.close()


def test_an_erasure_then_a_restore_brings_nobody_back(
    team: Workspace, tmp_path: Path, config: Path
) -> None:
    backup = backup_workspace(team, tmp_path / "backups", now=DAY0)
    assert tables_holding(backup, NAME)  # the backup holds the person...
    maintenance.erase_person(team, "y", "Y.O.")
    team.close()
    assert tables_holding(team.path, NAME) == []

    result = restore_backup(backup, team.path, PASSPHRASE, config=config)
    assert result.reapplied_erasures == 1 and result.reapplied_purges == 0
    # ...the restored workspace does not, in any table: the erasure was applied again.
    for secret in (NAME, "Y.O.", "IBEX"):
        assert tables_holding(team.path, secret) == []
    assert tables_holding(team.path, "Xenia Quillfeather")  # the other person is back
    report = verify_workspace(team.path, PASSPHRASE, config=config)
    assert report.ok, report.summary()
    assert "restored from a backup" in report.summary()
    with Workspace.open(team.path, PASSPHRASE, config=config) as restored:
        kinds = [e.kind for e in restored.audit_events()]
        erased = [e for e in restored.audit_events() if e.kind == "person_erased"]
    assert "backup_restored" in kinds
    assert erased[-1].details["reapplied"] is True


def test_a_purge_then_a_restore_purges_again(team: Workspace, tmp_path: Path, config: Path) -> None:
    backup = backup_workspace(team, tmp_path / "backups", now=DAY0)
    preview = maintenance.preview_retention(team, today=past_retention(team))
    assert {"m-x", "m-y"} <= {m.meeting_id for m in preview.meetings}
    maintenance.purge_expired(team, preview)
    team.close()
    result = restore_backup(backup, team.path, PASSPHRASE, config=config)
    assert result.reapplied_purges == 1
    for marker in ("OKAPI", "IBEX"):
        assert tables_holding(team.path, marker) == []
    assert verify_workspace(team.path, PASSPHRASE, config=config).ok


def test_only_what_was_done_after_the_backup_is_applied_again(
    team: Workspace, tmp_path: Path, config: Path
) -> None:
    maintenance.erase_person(team, "y", "Y.O.")  # before the backup: already out of it
    add_person(team, "z", "Zora Plumtree", "Z.P.")
    backup = backup_workspace(team, tmp_path / "backups", now=DAY0)
    team.close()
    result = restore_backup(backup, team.path, PASSPHRASE, config=config)
    assert (result.reapplied_erasures, result.reapplied_purges) == (0, 0)
    assert tables_holding(team.path, "Zora Plumtree")


def test_a_backup_put_back_by_hand_loses_the_erased_at_opening(
    team: Workspace, tmp_path: Path, config: Path
) -> None:
    backup = backup_workspace(team, tmp_path / "backups", now=DAY0)
    maintenance.erase_person(team, "y", "Y.O.")
    team.close()
    shutil.copyfile(backup, team.path)  # not through restore: the register still applies
    with Workspace.open(team.path, PASSPHRASE, config=config) as ws:
        assert [p.id for p in ws.persons()] == ["x"]
    assert tables_holding(team.path, NAME) == []


def test_without_a_configuration_folder_a_restore_is_as_before(
    team: Workspace, tmp_path: Path
) -> None:
    backup = backup_workspace(team, tmp_path / "backups", now=DAY0)
    team.close()
    before = plain_dump(backup)
    result = restore_backup(backup, team.path, PASSPHRASE, config=None)
    assert (result.reapplied_erasures, result.reapplied_purges) == (0, 0)
    assert plain_dump(team.path) == before


def test_a_register_that_cannot_be_written_refuses_the_erasure(
    team: Workspace, config: Path
) -> None:
    register = team.register
    assert register is not None
    shutil.rmtree(config / "erasures", ignore_errors=True)
    (config / "erasures").write_text("a file where the register's folder should be")
    with pytest.raises(maintenance.MaintenanceRefused, match="erasure register"):
        maintenance.erase_person(team, "y", "Y.O.")
    assert "y" in [p.id for p in team.persons()]  # nothing was erased
    team.close()


def test_replacing_the_backups_leaves_one_made_after_the_erasure(
    team: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    for day in range(3):
        backup_workspace(team, folder, now=DAY0 + dt.timedelta(days=day))
    maintenance.erase_person(team, "y", "Y.O.")
    new, removed = replace_backups(team, folder)
    assert len(removed) == 3
    assert sorted(folder.iterdir()) == [new]
    assert tables_holding(new, NAME) == []
    team.close()
    assert check_backup(new, PASSPHRASE).ok


def test_a_restore_is_anchored_and_the_abandoned_history_is_not_an_attack(
    team: Workspace, tmp_path: Path, config: Path
) -> None:
    backup = backup_workspace(team, tmp_path / "backups", now=DAY0)
    team.save_person(dataclasses.replace(team.person("x"), alias="X.Q.2"))  # then more work
    team.close()
    Workspace.open(team.path, PASSPHRASE, config=config).close()
    restore_backup(backup, team.path, PASSPHRASE, config=config)
    report = verify_workspace(team.path, PASSPHRASE, config=config)
    assert report.ok, report.summary()
    (anchors,) = (config / "anchors").glob("*.jsonl")
    kinds = [json.loads(line)["type"] for line in anchors.read_text().splitlines()]
    assert "restore" in kinds and kinds[-1] == "anchor"


def test_a_backup_whose_log_was_rewritten_is_refused(
    team: Workspace, tmp_path: Path, config: Path
) -> None:
    from tamper_helpers import tamper

    backup = backup_workspace(team, tmp_path / "backups", now=DAY0)
    team.close()
    copy = tmp_path / "copy.ecw"
    shutil.copyfile(backup, copy)
    tamper(
        copy, "UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 2", rechain_from=2
    )
    shutil.copyfile(copy, backup)
    report = check_backup(backup, PASSPHRASE, config=config)
    assert not report.ok
    assert "anchor_mismatch" in {f.kind for f in report.findings}
    with pytest.raises(Exception, match="not sound"):
        restore_backup(backup, team.path, PASSPHRASE, config=config)


def test_register_entries_since_a_moment(tmp_path: Path) -> None:
    register = ErasureRegister(tmp_path, "a" * 32)
    register.record_erasure("p1", DAY0)
    register.record_purge(dt.date(2026, 1, 1), DAY0 + dt.timedelta(days=2))
    register.path.write_text(register.path.read_text() + "not json\n")  # a damaged line
    assert [type(e) for e in register.since(DAY0 + dt.timedelta(days=1))] == [Purge]
    assert register.erased_person_ids() == {"p1"}
    with pytest.raises(ValueError):
        ErasureRegister(tmp_path, "../../etc")


def test_an_erasure_that_fails_is_taken_back_from_the_register(
    team: Workspace, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.storage.errors import DiskFull

    register = team.register
    assert register is not None

    def disk_full(*args: object) -> None:
        raise DiskFull("The disk is full.")

    monkeypatch.setattr(maintenance, "append_event", disk_full)  # inside the transaction
    with pytest.raises(DiskFull):
        maintenance.erase_person(team, "y", "Y.O.")
    assert "y" in [p.id for p in team.persons()]  # rolled back...
    assert list(register.entries()) == []  # ...and not announced either
    team.close()
