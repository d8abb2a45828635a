"""Re-key, retention purge, erasure of a person and the person's record (issue 6).

The purge and erasure scans read the *decrypted* database: every file byte is encrypted, so a
scan of the raw file would pass even if nothing were deleted. ``plaintext_export`` gives every
table, index and schema entry in clear; with no free page left (``VACUUM``) and deleted cells
zeroed (``secure_delete``), that is everything a decrypted page could hold. Each scan is first
shown to find the words before the deletion, so it can fail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from safety_helpers import add_meeting, add_person, files_containing, plain_dump, plaintext_export
from storage_helpers import PASSPHRASE

from desktop.storage.errors import InvalidPassphrase, WrongPassphrase
from desktop.storage.maintenance import (
    MaintenanceRefused,
    change_passphrase,
    erase_person,
    erasure_counts,
    passphrase_opens,
    person_record,
    preview_retention,
    purge_expired,
)
from desktop.storage.workspace import Workspace, verify_workspace

OLD = dt.datetime(2020, 6, 1, 10, 0, tzinfo=dt.UTC)
RECENT = dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 28)


def _scan(ws: Workspace, tmp_path: Path, texts: list[str], name: str) -> tuple[list[str], int]:
    data, free = plaintext_export(ws.path, tmp_path / f"{name}.plain")
    (tmp_path / f"{name}.plain").unlink()
    found = [t for t in texts if t.encode() in data or t.encode("utf-16-le") in data]
    return found, free


# --- Re-key --------------------------------------------------------------------------------------


def test_after_rekey_the_old_passphrase_fails_and_the_new_one_opens(seeded: Workspace) -> None:
    add_meeting(seeded, "m2", "x", RECENT, "TAPIR")
    change_passphrase(seeded, PASSPHRASE, "a new and long passphrase")
    seeded.save_person(dataclasses.replace(seeded.person("x"), reference="REF-after"))
    assert seeded.audit_events()[-2].kind == "passphrase_changed"
    seeded.close()
    assert not passphrase_opens(seeded.path, PASSPHRASE)
    assert passphrase_opens(seeded.path, "a new and long passphrase")
    with pytest.raises(WrongPassphrase):
        Workspace.open(seeded.path, PASSPHRASE)
    with Workspace.open(seeded.path, "a new and long passphrase") as ws:
        assert ws.person("x").reference == "REF-after"
    assert verify_workspace(seeded.path, "a new and long passphrase").ok
    assert not Path(str(seeded.path) + "-wal").exists()


def test_rekey_needs_the_right_old_passphrase_and_a_usable_new_one(seeded: Workspace) -> None:
    with pytest.raises(WrongPassphrase):
        change_passphrase(seeded, "wrong", "another passphrase")
    with pytest.raises(InvalidPassphrase):
        change_passphrase(seeded, PASSPHRASE, "")
    seeded.close()
    assert passphrase_opens(seeded.path, PASSPHRASE)
    assert not passphrase_opens(seeded.path, "another passphrase")


# --- Retention -----------------------------------------------------------------------------------


def test_the_preview_lists_what_the_purge_deletes(seeded: Workspace) -> None:
    add_meeting(seeded, "old", "x", OLD, "OLDMARK")
    add_meeting(seeded, "new", "x", RECENT, "NEWMARK")
    add_meeting(seeded, "old-open", "x", OLD, "OPENMARK", close=False)
    preview = preview_retention(seeded, TODAY)
    assert preview.cutoff == TODAY - dt.timedelta(days=365 * 5)
    assert [(m.meeting_id, m.person_alias, m.shared, m.withheld) for m in preview.meetings] == [
        ("old", "X.Q.", 1, 1)
    ]
    assert preview.skipped_open == 1
    report = purge_expired(seeded, preview)
    assert (report.meetings, report.first_day) == (1, OLD.date())
    assert report.items["shared_items"] == 1 and report.items["decisions"] == 1
    assert {m.id for m in seeded.meetings()} == {"m1", "new", "old-open"}


def test_purged_content_is_gone_from_every_page_and_verify_passes(
    seeded: Workspace, tmp_path: Path
) -> None:
    old = add_meeting(seeded, "old", "x", OLD, "OLDMARK")
    new = add_meeting(seeded, "new", "x", RECENT, "NEWMARK")
    before, _ = _scan(seeded, tmp_path, list(old.values()), "before")
    assert before == list(old.values())  # the scan sees content while it is there
    purge_expired(seeded, preview_retention(seeded, TODAY))
    after, free = _scan(seeded, tmp_path, [*old.values(), "OLDMARK", *new.values()], "after")
    assert after == list(new.values())
    assert free == 0
    event = seeded.audit_events()[-1]
    assert event.kind == "retention_purge"
    assert event.details["meetings"] == 1 and event.details["from_day"] == "2020-06-01"
    assert "OLDMARK" not in json.dumps([e.details for e in seeded.audit_events()])
    assert Path(str(seeded.path) + "-wal").stat().st_size == 0
    seeded.close()
    assert files_containing(tmp_path, [*old.values(), *new.values()]) == []
    assert verify_workspace(seeded.path, PASSPHRASE).ok


def test_a_purge_with_nothing_expired_changes_nothing(seeded: Workspace) -> None:
    add_meeting(seeded, "new", "x", RECENT, "NEWMARK")
    events = len(seeded.audit_events())
    report = purge_expired(seeded, preview_retention(seeded, TODAY))
    assert report.meetings == 0 and len(seeded.audit_events()) == events


# --- Erasure -------------------------------------------------------------------------------------


def test_erasure_removes_the_person_and_all_minuted_about_them(
    seeded: Workspace, tmp_path: Path
) -> None:
    add_person(seeded, "y", "Yannick Oddlestone", "Y.O.")
    x_words = [*add_meeting(seeded, "mx", "x", RECENT, "XMARK").values()]
    y_words = [*add_meeting(seeded, "my", "y", RECENT, "YMARK").values()]
    identity = ["Xenia Quillfeather", "REF-1"]
    before, _ = _scan(seeded, tmp_path, identity + x_words, "before")
    assert before == identity + x_words
    counts = erasure_counts(seeded, "x")
    assert (counts.meetings, counts.consents) == (2, 1)
    report = erase_person(seeded, "x", "X.Q.")
    assert (report.meetings, report.consents, report.items["shared_items"]) == (2, 1, 1)
    after, free = _scan(seeded, tmp_path, identity + x_words + ["XMARK"] + y_words, "after")
    assert after == y_words and free == 0
    assert [p.id for p in seeded.persons()] == ["y"]
    events = seeded.audit_events()
    assert events[-1].kind == "person_erased"
    assert events[-1].details["token"] == report.token and "person_id" not in events[-1].details
    details = json.dumps([e.details for e in events], ensure_ascii=False)
    for text in [*identity, "X.Q.", "Yannick", "XMARK", "YMARK"]:
        assert text not in details
    seeded.close()
    assert files_containing(tmp_path, identity + x_words + y_words) == []
    assert verify_workspace(seeded.path, PASSPHRASE).ok
    assert "Xenia" not in plain_dump(seeded.path)


def test_erasure_needs_the_alias_and_no_open_meeting(seeded: Workspace) -> None:
    with pytest.raises(MaintenanceRefused):
        erase_person(seeded, "x", "wrong alias")
    add_meeting(seeded, "open", "x", RECENT, "OPENMARK", close=False)
    with pytest.raises(MaintenanceRefused):
        erase_person(seeded, "x", "X.Q.")
    assert seeded.person("x").name == "Xenia Quillfeather"
    with pytest.raises(KeyError):
        erase_person(seeded, "nobody", "N.")


# --- The person's record -------------------------------------------------------------------------


def test_the_person_record_lists_what_was_shared_across_meetings(seeded: Workspace) -> None:
    add_person(seeded, "y", "Yannick Oddlestone", "Y.O.")
    first = add_meeting(seeded, "m2", "x", OLD, "FIRST")
    second = add_meeting(seeded, "m3", "x", RECENT, "SECOND")
    add_meeting(seeded, "m4", "y", RECENT, "OTHER")
    record = person_record(seeded, "x")
    assert [r.meeting.id for r in record.meetings] == ["m2", "m3"]  # m1 was never opened
    entries = record.entries("en")
    assert [e.wording for e in entries] == [first["wording"], second["wording"]]
    entry = entries[0]
    assert entry.by_whom == "Alix Fontaine"
    assert entry.with_whom == ("Basile Roux",)  # the others in the room
    assert entry.why == first["why"] and entry.purpose == first["purpose"]
    assert entry.category and entry.shared_at.date() == OLD.date()
    assert record.withheld_count == 2
    assert "never shared" not in repr(entries)


# --- Temporary files -----------------------------------------------------------------------------

TEMP_SCRIPT = """
import datetime as dt, sys
sys.path.insert(0, "tests/storage")
from pathlib import Path
from safety_helpers import add_meeting, add_person
from storage_helpers import PASSPHRASE, make_settings, seed
from desktop.storage import backup, maintenance
from desktop.storage.workspace import Workspace
folder = Path(sys.argv[1])
ws = Workspace.create(folder / "team.ecw", PASSPHRASE, make_settings())
seed(ws)
add_person(ws, "y", "Yannick Oddlestone", "Y.O.")
add_meeting(ws, "old", "x", dt.datetime(2020, 6, 1, tzinfo=dt.UTC), "TEMPMARK")
add_meeting(ws, "new", "y", dt.datetime(2026, 10, 1, tzinfo=dt.UTC), "TEMPMARK")
made = backup.backup_workspace(ws, folder / "b")
maintenance.purge_expired(ws, maintenance.preview_retention(ws, dt.date(2026, 11, 28)))
maintenance.erase_person(ws, "y", "Y.O.")
maintenance.change_passphrase(ws, PASSPHRASE, "another long passphrase")
ws.close()
assert backup.check_backup(made, PASSPHRASE).ok
backup.restore_backup(made, folder / "team.ecw", PASSPHRASE)
print("done")
"""


def test_backup_purge_erase_rekey_restore_write_no_plaintext_anywhere(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    temp, work = tmp_path / "tmp", tmp_path / "work"
    temp.mkdir()
    work.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", TEMP_SCRIPT, str(work)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "done"
    secrets = ["TEMPMARK", "Xenia Quillfeather", "Yannick Oddlestone", "Alix Fontaine"]
    assert files_containing(temp, secrets) == []
    assert files_containing(work, secrets) == []
    assert len(list(work.iterdir())) == 3  # the workspace, the kept copy, the backup folder
