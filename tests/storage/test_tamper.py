"""The tamper suite (issue 13): with the passphrase and the triggers dropped, every way of
changing the history is detected by ``verify`` and named — given the anchors the app made in
normal use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE
from tamper_helpers import events, query, tamper, used_normally

from desktop.storage.anchors import AnchorStore
from desktop.storage.verify import VerifyReport, verify_workspace


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """The user's configuration folder of the test (never the real one)."""
    return tmp_path / "config"


@pytest.fixture
def used(workspace_path: Path, config: Path) -> Path:
    """A workspace used normally, closed, with its anchors in ``config``."""
    used_normally(workspace_path, config)
    return workspace_path


def check(path: Path, config: Path) -> VerifyReport:
    return verify_workspace(path, PASSPHRASE, config=config)


def kinds(report: VerifyReport) -> set[str]:
    return {finding.kind for finding in report.findings}


def test_normal_use_is_sound_and_anchored(used: Path, config: Path) -> None:
    report = check(used, config)
    assert report.ok, report.summary()
    milestones = [d["milestone"] for _, kind, d in events(used) if kind == "anchor"]
    assert milestones == [
        "workspace_created",
        "meeting_closed",
        "minutes_exported",
        "workspace_closed",
        "workspace_opened",
        "workspace_closed",
    ]
    assert f"anchored up to event {report.events}" in report.summary()


def test_triggers_left_dropped_are_tampering(used: Path, config: Path) -> None:
    tamper(used, leave_triggers_dropped=True)
    report = check(used, config)
    assert not report.ok
    assert kinds(report) == {"triggers_missing"}
    assert "append-only" in report.summary()


def test_a_trigger_made_harmless_is_tampering(used: Path, config: Path) -> None:
    tamper(
        used,
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END",
        leave_triggers_dropped=True,
    )
    conn_triggers = {r[0] for r in query(used, "SELECT name FROM sqlite_master")}
    assert "audit_log_no_update" in conn_triggers
    assert "triggers_missing" in kinds(check(used, config))


@pytest.mark.parametrize("count", [1, 3])
def test_deleting_the_last_events_is_named(used: Path, config: Path, count: int) -> None:
    last = events(used)[-1][0]
    tamper(used, f"DELETE FROM audit_log WHERE seq > {last - count}")
    report = check(used, config)
    assert report.chain_break is None  # the chain itself still holds
    assert kinds(report) == {"log_shorter_than_anchor"}
    assert f"the audit log ends at event {last - count}" in report.summary()
    assert f"anchor was taken at event {last}" in report.summary()


def test_deleting_every_event_is_named(used: Path, config: Path) -> None:
    tamper(used, "DELETE FROM audit_log")
    report = check(used, config)
    assert {"log_empty", "log_shorter_than_anchor"} <= kinds(report)
    assert "the audit log ends at event 0" in report.summary()


def test_rewriting_an_event_and_chaining_again_is_named(used: Path, config: Path) -> None:
    seq = next(s for s, kind, _ in events(used) if kind == "attendance_changed")
    tamper(
        used,
        f"UPDATE audit_log SET details = replace(details, 'present', 'excused') WHERE seq = {seq}",
        rechain_from=seq,
    )
    report = check(used, config)
    assert report.chain_break is None  # re-chained: the log proves itself to itself...
    assert "anchor_mismatch" in kinds(report)  # ...but not to its anchors
    first_anchor_after = min(s for s, kind, _ in events(used) if kind == "anchor" and s > seq)
    assert f"event {first_anchor_after} differs from the anchor" in report.summary()
    assert f"rewritten at or before event {first_anchor_after}" in report.summary()


def test_reordering_events_and_chaining_again_is_named(used: Path, config: Path) -> None:
    outcomes = [s for s, kind, _ in events(used) if kind == "gate_outcome"]
    a, b = outcomes[0], outcomes[1]
    tamper(
        used,
        f"UPDATE audit_log SET seq = -1 WHERE seq = {a}",
        f"UPDATE audit_log SET seq = {a} WHERE seq = {b}",
        f"UPDATE audit_log SET seq = {b} WHERE seq = -1",
        rechain_from=a,
    )
    report = check(used, config)
    assert report.chain_break is None
    assert "anchor_mismatch" in kinds(report)


def test_a_forged_event_appended_after_closing_is_named(used: Path, config: Path) -> None:
    last = events(used)[-1][0]
    details = json.dumps({"meeting_id": "m2", "professional_id": "p", "presence": "present"})
    tamper(
        used,
        "INSERT INTO audit_log (seq, at, kind, details, prev_hash, hash) "
        f"VALUES ({last + 1}, '2026-12-01T10:00:00+00:00', 'attendance_changed', '{details}', "
        "'', '')",
        rechain_from=last + 1,
    )
    report = check(used, config)
    assert report.chain_break is None
    assert kinds(report) == {"written_after_closing"}
    assert f"event {last + 1} (attendance_changed) was written after" in report.summary()


def test_a_forged_opening_to_hide_an_appended_event_is_named(used: Path, config: Path) -> None:
    last = events(used)[-1][0]
    store = json.dumps({"milestone": "workspace_opened", "store": "0123456789abcdef"})
    tamper(
        used,
        "INSERT INTO audit_log (seq, at, kind, details, prev_hash, hash) "
        f"VALUES ({last + 1}, '2026-12-01T10:00:00+00:00', 'anchor', '{store}', '', '')",
        "INSERT INTO audit_log (seq, at, kind, details, prev_hash, hash) "
        f"VALUES ({last + 2}, '2026-12-01T10:00:01+00:00', 'person_saved', "
        """'{"person_id":"x"}', '', '')""",
        rechain_from=last + 1,
    )
    report = check(used, config)
    assert "anchors_elsewhere" in kinds(report)


def test_editing_a_shared_items_wording_is_named(used: Path, config: Path) -> None:
    (item_id,) = query(used, "SELECT id FROM shared_items")[0]
    tamper(used, "UPDATE shared_items SET wording = 'something else entirely'")
    report = check(used, config)
    assert kinds(report) == {"row_changed"}
    assert f"the shared item {item_id} no longer matches event" in report.summary()


def test_deleting_the_withheld_items_rows_is_named(used: Path, config: Path) -> None:
    (item_id,) = query(used, "SELECT id FROM withheld_items")[0]
    tamper(used, "DELETE FROM withheld_items")
    report = check(used, config)
    assert kinds(report) == {"row_missing"}
    assert f"the withheld item {item_id} recorded by event" in report.summary()
    assert "deleted outside Empty Chair" in report.summary()


@pytest.mark.parametrize(
    ("table", "change"),
    [
        ("decisions", "UPDATE decisions SET text = 'another decision'"),
        ("actions", "UPDATE actions SET due = '2030-01-01'"),
        ("consents", 'UPDATE consents SET categories = \'["health","school","family"]\''),
    ],
)
def test_every_recorded_table_is_covered(used: Path, config: Path, table: str, change: str) -> None:
    tamper(used, change)
    assert kinds(check(used, config)) == {"row_changed"}


def test_a_row_added_without_an_event_is_named(used: Path, config: Path) -> None:
    tamper(
        used,
        "INSERT INTO decisions (id, meeting_id, text, item_ids, decided_at) "
        "VALUES ('forged', 'm2', 'a decision nobody took', '[]', NULL)",
    )
    report = check(used, config)
    assert kinds(report) == {"row_unrecorded"}
    assert "the decision forged is in its table but no event" in report.summary()


def test_deleting_anchors_is_visible_in_the_log(used: Path, config: Path) -> None:
    (file,) = (config / "anchors").glob("*.jsonl")
    lines = file.read_text().splitlines()
    file.write_text("\n".join(lines[:2]) + "\n")
    report = check(used, config)
    assert kinds(report) == {"anchors_deleted"}
    file.unlink()  # the whole file: the log still says anchors were made here
    assert "anchors_deleted" in kinds(check(used, config))


def test_changing_the_workspace_id_is_named(used: Path, config: Path) -> None:
    tamper(used, "UPDATE workspace_identity SET workspace_id = '" + "0" * 32 + "'")
    report = check(used, config)
    assert "identity_changed" in kinds(report)


def test_rewriting_everything_under_a_new_id_is_named(used: Path, config: Path) -> None:
    new_id = "1" * 32
    tamper(
        used,
        f"UPDATE workspace_identity SET workspace_id = '{new_id}'",
        "UPDATE audit_log SET details = json_set(details, '$.workspace_id', "
        f"'{new_id}') WHERE kind = 'workspace_created'",
        rechain_from=1,
    )
    report = check(used, config)
    assert "identity_replaced" in kinds(report)


def test_an_anchor_the_app_could_not_commit_is_written_again_at_opening(
    used: Path, config: Path
) -> None:
    # The app is stopped between writing an anchor's line and committing its event: the line
    # stands one event ahead of the log, exactly following its head.
    from desktop.storage.workspace import Workspace

    (anchors_file,) = (config / "anchors").glob("*.jsonl")
    last_line = json.loads(anchors_file.read_text().splitlines()[-1])
    assert last_line["seq"] == events(used)[-1][0]
    tamper(used, f"DELETE FROM audit_log WHERE seq = {last_line['seq']}")
    report = check(used, config)
    assert kinds(report) == {"log_shorter_than_anchor"}
    assert "Empty Chair was stopped while writing it" in report.summary()
    Workspace.open(used, PASSPHRASE, config=config).close()
    assert check(used, config).ok


def test_anchors_outside_a_writable_folder_are_skipped_not_fatal(
    workspace_path: Path, tmp_path: Path
) -> None:
    from storage_helpers import make_settings

    from desktop.storage.workspace import Workspace

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the configuration folder should be")
    with Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=blocker) as ws:
        ws.save_settings(make_settings())
        assert not any(e.kind == "anchor" for e in ws.audit_events())
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok


def test_a_store_for_another_workspace_is_not_confused(used: Path, config: Path) -> None:
    # A second workspace anchored in the same folder does not disturb the first one's check.
    other = used.with_name("other.ecw")
    used_normally(other, config)
    assert check(used, config).ok and check(other, config).ok
    assert len(list((config / "anchors").glob("*.jsonl"))) == 2
    ids = {p.stem for p in (config / "anchors").glob("*.jsonl")}
    assert all(AnchorStore(config, i).exists() for i in ids)
