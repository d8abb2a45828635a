"""Incremental verification (issue 12): a check that found nothing wrong leaves a checkpoint
beside the anchors; routine checks — at opening and in backups — read only what came after it,
and still find what was done to it; ``full=True`` reads everything."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from safety_helpers import add_meeting, add_person
from storage_helpers import PASSPHRASE
from tamper_helpers import DAY0, query, tamper, used_normally

from desktop.core.entities import Person
from desktop.storage import audit, backup
from desktop.storage.checkpoints import Checkpoint, CheckpointStore
from desktop.storage.errors import Cancelled
from desktop.storage.verify import verify_open_workspace, verify_workspace
from desktop.storage.workspace import Workspace


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """The configuration folder: anchors and checkpoints."""
    return tmp_path / "config"


@pytest.fixture
def verified(workspace_path: Path, config: Path) -> Checkpoint:
    """A workspace used normally, then verified in full: its checkpoint."""
    used_normally(workspace_path, config)
    report = verify_workspace(workspace_path, PASSPHRASE, config=config, full=True)
    assert report.ok and report.full, report.summary()
    return _checkpoint(workspace_path, config)


def _checkpoint(path: Path, config: Path) -> Checkpoint:
    with Workspace.open(path, PASSPHRASE, config=None) as ws:
        workspace_id = ws.workspace_id
    found = CheckpointStore(config, workspace_id).load()
    assert found is not None
    return found


def _more_meetings(path: Path, config: Path, count: int = 2) -> None:
    with Workspace.open(path, PASSPHRASE, config=config) as ws:
        for n in range(count):
            add_meeting(ws, f"later{n}", "x", DAY0 + dt.timedelta(days=n + 1), f"LATER{n}")


def test_a_routine_check_reads_only_the_events_since_the_checkpoint(
    workspace_path: Path, config: Path, verified: Checkpoint
) -> None:
    (events_before,) = query(workspace_path, "SELECT count(*) FROM audit_log")[0]
    assert verified.seq == events_before
    _more_meetings(workspace_path, config)
    (events_now,) = query(workspace_path, "SELECT count(*) FROM audit_log")[0]
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.ok, report.summary()
    assert not report.full and report.since == verified.seq
    assert report.events == events_now - events_before
    assert report.integrity == ()  # the full-file check is left to backups and --full
    assert "--full" in report.summary()
    assert _checkpoint(workspace_path, config).seq == events_now  # and it moves on


def test_without_a_checkpoint_a_routine_check_is_a_full_one(
    workspace_path: Path, config: Path
) -> None:
    used_normally(workspace_path, config)
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.ok and report.full and report.integrity == ("ok",)


@pytest.mark.parametrize(
    ("damage", "kind"),
    [
        (
            "UPDATE shared_items SET wording = 'rewritten' WHERE meeting_id = 'later1'",
            "row_changed",
        ),
        ("DELETE FROM decisions WHERE meeting_id = 'later0'", "row_missing"),
        (
            "INSERT INTO decisions (id, meeting_id, text, item_ids) "
            "VALUES ('forged', 'later1', 'Forged', '[]')",
            "row_unrecorded",
        ),
    ],
)
def test_a_routine_check_finds_rows_changed_since_the_checkpoint(
    workspace_path: Path, config: Path, verified: Checkpoint, damage: str, kind: str
) -> None:
    _more_meetings(workspace_path, config)
    tamper(workspace_path, damage)
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert not report.full
    assert kind in [f.kind for f in report.findings], report.summary()
    assert _checkpoint(workspace_path, config) == verified  # nothing wrong is ever a checkpoint


def test_a_routine_check_finds_the_log_broken_after_the_checkpoint(
    workspace_path: Path, config: Path, verified: Checkpoint
) -> None:
    _more_meetings(workspace_path, config)
    seq = verified.seq + 5
    tamper(workspace_path, f"UPDATE audit_log SET details = '{{}}' WHERE seq = {seq}")
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.chain_break is not None and report.chain_break.seq == seq


def test_a_log_rewritten_before_the_checkpoint_makes_the_check_a_full_one(
    workspace_path: Path, config: Path, verified: Checkpoint
) -> None:
    tamper(workspace_path, "UPDATE audit_log SET at = at || ' ' WHERE seq = 3", rechain_from=3)
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.full  # the checkpoint's event no longer has its hash
    assert "anchor_mismatch" in [f.kind for f in report.findings]


def test_deleted_anchors_and_dropped_triggers_are_found_by_a_routine_check(
    workspace_path: Path, config: Path, verified: Checkpoint
) -> None:
    _more_meetings(workspace_path, config, 1)
    (anchors,) = (config / "anchors").glob("*.jsonl")
    lines = anchors.read_text().splitlines(keepends=True)
    anchors.write_text("".join(lines[:-2]))  # the newest anchors, made after the checkpoint
    tamper(workspace_path, leave_triggers_dropped=True)
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    kinds = {f.kind for f in report.findings}
    assert {"anchors_deleted", "triggers_missing"} <= kinds, report.summary()


def test_an_anchor_file_cut_shorter_than_the_checkpoint_read_makes_a_full_check(
    workspace_path: Path, config: Path, verified: Checkpoint
) -> None:
    (anchors,) = (config / "anchors").glob("*.jsonl")
    anchors.write_text("")
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.full and "anchors_deleted" in {f.kind for f in report.findings}


def test_a_check_while_the_window_writes_finds_nothing_wrong(
    workspace_path: Path, config: Path, verified: Checkpoint
) -> None:
    with Workspace.open(workspace_path, PASSPHRASE, config=config) as ws:
        stop = threading.Event()

        def write() -> None:
            n = 0
            while not stop.is_set():
                ws.save_person(Person(f"busy{n}", f"Busy {n}", f"B{n}"))
                ws.anchor_quietly("minutes_exported")
                n += 1

        writer = threading.Thread(target=write)
        writer.start()
        try:
            reports = [verify_open_workspace(ws, full=n == 0) for n in range(4)]
        finally:
            stop.set()
            writer.join()
        for report in reports:
            assert report.ok, report.summary()
        assert verify_open_workspace(ws).ok


def test_a_check_can_be_stopped_and_reports_progress(
    workspace_path: Path, config: Path, verified: Checkpoint
) -> None:
    seen: list[tuple[str, int, int]] = []
    with Workspace.open(workspace_path, PASSPHRASE, config=config) as ws:
        report = verify_open_workspace(ws, full=True, progress=lambda *p: seen.append(p))
        assert report.ok
        assert [p[0] for p in seen][:2] == ["file", "log"] and seen[-1][0] == "rows"
        with pytest.raises(Cancelled):
            verify_open_workspace(ws, full=True, cancelled=lambda: True)


def test_a_backup_checks_its_copy_from_the_checkpoint_one_event_at_a_time(
    workspace_path: Path, config: Path, verified: Checkpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_from: list[tuple[int, str]] = []
    follow = backup.iter_event_rows

    def spied(conn: object, since: int = 0, table: str = "audit_log"):  # type: ignore[no-untyped-def]
        read_from.append((since, table))
        return follow(conn, since, table)

    monkeypatch.setattr(backup, "iter_event_rows", spied)
    with Workspace.open(workspace_path, PASSPHRASE, config=config) as ws:
        made = backup.backup_workspace(ws, workspace_path.parent / "b")
    assert read_from == [(verified.seq + 1, "backup_check.audit_log")]
    assert backup.check_backup(made, PASSPHRASE, config=config).ok


def test_a_backup_reports_progress_and_can_be_stopped(seeded: Workspace, tmp_path: Path) -> None:
    for n in range(150):
        add_person(seeded, f"many{n}", f"Person {n} " + "x" * 500, f"M{n}")
    done: list[tuple[int, int]] = []
    made = backup.backup_workspace(seeded, tmp_path / "b", progress=lambda *p: done.append(p))
    assert made.exists() and done[-1][0] == done[-1][1]
    with pytest.raises(Cancelled):
        backup.backup_workspace(seeded, tmp_path / "c", now=DAY0, cancelled=lambda: True)
    assert list((tmp_path / "c").iterdir()) == []  # no partial copy left


def test_the_head_kept_in_memory_is_the_one_in_the_file(seeded: Workspace) -> None:
    for n in range(3):
        seeded.save_person(Person(f"n{n}", f"N {n}", f"N{n}"))
    seal = seeded.seal()
    with seeded.reading() as conn:
        assert (seal.seq, seal.hash) == audit.head(conn)
