"""Correcting a consent record keeps the history; the session reads only the correction; a
meeting keeps its place and next date; a workspace of schema 1 is upgraded (migrations 0004_)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.core.entities import ConsentKind
from desktop.storage import connection, schema
from desktop.storage.workspace import Workspace


def test_a_correction_keeps_the_old_record_as_history(seeded: Workspace) -> None:
    (old,) = seeded.consents("x")
    wrong_scope = dataclasses.replace(
        old, id="c2", kind=ConsentKind.REFUSED, categories=frozenset({"health"})
    )
    saved = seeded.correct_consent(old.id, wrong_scope)
    assert saved.replaces == old.id and saved.is_current
    history, current = seeded.consents("x")
    assert history.id == old.id and history.replaced_by == "c2"
    assert dataclasses.replace(history, replaced_by="") == old  # the old content is unchanged
    assert current == saved
    event = seeded.audit_events()[-1]
    assert event.kind == "consent_corrected"
    assert event.details == {
        "consent_id": "c2",
        "replaces": "c1",
        "person_id": "x",
        "kind": "refused",
    }
    with pytest.raises(ValueError, match="corrected already"):
        seeded.correct_consent(old.id, dataclasses.replace(saved, id="c3"))
    with pytest.raises(KeyError):
        seeded.correct_consent("nope", dataclasses.replace(saved, id="c4"))
    assert [c.id for c in seeded.consents("x")] == ["c1", "c2"]  # nothing half-written


def test_the_meeting_session_and_its_record_see_only_the_correction(seeded: Workspace) -> None:
    (old,) = seeded.consents("x")
    seeded.correct_consent(old.id, dataclasses.replace(old, id="c2", kind=ConsentKind.REFUSED))
    session = seeded.start_session("m1")
    assert [c.id for c in session.consents] == ["c2"]
    assert [c.id for c in seeded.meeting_record("m1").consents] == ["c2"]


def test_a_meeting_keeps_its_place_and_next_date(seeded: Workspace) -> None:
    meeting = seeded.meeting("m1")
    assert (meeting.place, meeting.next_meeting) == ("", None)
    changed = dataclasses.replace(
        meeting, place="Room 2, Rue des Fictions 4", next_meeting=dt.date(2026, 12, 14)
    )
    seeded.save_meeting(changed)
    assert seeded.meeting("m1") == changed


def make_schema_1(path: Path) -> None:
    """A workspace as the app wrote it before the 0004_ migrations: seeded, then the new
    columns and their migrations taken out again."""
    with Workspace.create(path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        with ws.transaction() as tx:
            for table, column in (
                ("consents", "replaces"),
                ("consents", "replaced_by"),
                ("meetings", "place"),
                ("meetings", "next_meeting"),
            ):
                tx.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
            tx.execute("DELETE FROM _sqlite_migrations WHERE name LIKE '0004_%'")
        with ws.connection() as conn:
            conn.execute("PRAGMA user_version = 1")
        assert ws.schema_version() == 1


def test_a_workspace_of_schema_1_is_upgraded(workspace_path: Path) -> None:
    make_schema_1(workspace_path)
    with Workspace.open(workspace_path, PASSPHRASE) as upgraded:
        assert upgraded.schema_version() == connection.SCHEMA_VERSION
        applied = [m.name for m in schema.migrations.applied(upgraded._db)]
        assert applied[-2:] == ["0004_consent_corrections", "0004_meeting_place_and_next_date"]
        (consent,) = upgraded.consents("x")
        assert consent.is_current and consent.replaces == ""
        meeting = upgraded.meeting("m1")
        assert meeting.place == "" and meeting.next_meeting is None
        upgraded.correct_consent("c1", dataclasses.replace(consent, id="c2"))
        assert [c.is_current for c in upgraded.consents("x")] == [False, True]
