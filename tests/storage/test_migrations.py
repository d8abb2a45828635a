"""Schema upgrades through sqlite-utils migrations on the sqlcipher3 connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database
from storage_helpers import PASSPHRASE, make_settings

from desktop.storage import connection, schema
from desktop.storage.workspace import Workspace

Migration = Callable[[Database], None]


@pytest.fixture
def next_version(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, Migration], None]]:
    """Call it with a migration to pretend the app is one schema version newer."""
    added: list[str] = []

    def bump(name: str, migration: Migration) -> None:
        monkeypatch.setattr(connection, "SCHEMA_VERSION", connection.SCHEMA_VERSION + 1)
        monkeypatch.setattr(schema, "SCHEMA_VERSION", connection.SCHEMA_VERSION)
        schema.migrations(name=name)(migration)
        added.append(name)

    yield bump
    schema.migrations._migrations = [
        m for m in schema.migrations._migrations if m.name not in added
    ]


def test_an_older_workspace_is_upgraded_on_opening(
    workspace_path: Path, next_version: Callable[[str, Migration], None]
) -> None:
    Workspace.create(workspace_path, PASSPHRASE, make_settings()).close()
    released = [m.name for m in schema.migrations._migrations]

    def add_notes(db: Database) -> None:
        db.execute("CREATE TABLE notes (id TEXT PRIMARY KEY)")

    next_version("9999_test_notes", add_notes)
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert ws.schema_version() == connection.SCHEMA_VERSION
        assert ws._db["notes"].exists()
        applied = [m.name for m in schema.migrations.applied(ws._db)]
        assert applied == [*released, "9999_test_notes"]
        assert applied[0] == "0001_initial"
        assert "0003_identity_and_row_digests" in applied


def test_a_failing_migration_leaves_the_workspace_as_it_was(
    workspace_path: Path, next_version: Callable[[str, Migration], None]
) -> None:
    Workspace.create(workspace_path, PASSPHRASE, make_settings()).close()
    before = workspace_path.read_bytes()

    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (id TEXT)")
        db.execute("THIS IS NOT SQL")

    next_version("9999_test_broken", broken)
    with pytest.raises(Exception, match="syntax error"):
        Workspace.open(workspace_path, PASSPHRASE)
    assert workspace_path.read_bytes() == before
    conn = connection.open_connection(workspace_path, PASSPHRASE)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert connection.schema_version(conn) == connection.SCHEMA_VERSION - 1
    finally:
        conn.close()


def test_a_workspace_from_before_the_meeting_lock_delay_gets_the_default(
    workspace_path: Path,
) -> None:
    Workspace.create(workspace_path, PASSPHRASE, make_settings()).close()
    # Back to the schema before the meeting lock delay, as the last release wrote it.
    conn = connection.open_connection(workspace_path, PASSPHRASE)
    try:
        conn.execute("ALTER TABLE settings DROP COLUMN meeting_lock_minutes")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_meeting_lock_minutes'")
        conn.execute(f"PRAGMA user_version = {connection.SCHEMA_VERSION - 1}")
        conn.commit()
    finally:
        conn.close()

    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert ws.schema_version() == connection.SCHEMA_VERSION
        assert "0005_meeting_lock_minutes" in [m.name for m in schema.migrations.applied(ws._db)]
        settings = ws.settings()
        assert settings.meeting_lock_minutes == 20
        assert settings.lock_minutes == make_settings().lock_minutes


def test_a_workspace_from_before_frameworks_were_data_reads_as_before(
    workspace_path: Path,
) -> None:
    import datetime as dt

    from safety_helpers import add_meeting
    from storage_helpers import seed

    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        add_meeting(ws, "m2", "x", dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC), "OLD")
    # Back to the schema before frameworks were data: no legal basis, purposes or reasons.
    conn = connection.open_connection(workspace_path, PASSPHRASE)
    try:
        for table, column in (
            ("meetings", "legal_basis_id"),
            ("meetings", "legal_basis_text"),
            ("meetings", "holders_informed"),
            ("meetings", "person_not_of_age"),
            ("meetings", "not_informed_reason"),
            ("shared_items", "purpose_id"),
            ("withheld_items", "reason_id"),
        ):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0009_frameworks_as_data'")
        conn.execute(f"PRAGMA user_version = {connection.SCHEMA_VERSION - 1}")
        conn.commit()
    finally:
        conn.close()

    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert ws.schema_version() == connection.SCHEMA_VERSION
        record = ws.meeting_record("m2")
        assert (
            record.meeting.legal_basis_id == ""
            and not record.meeting.prior_information.holders_informed
        )
        assert record.shared[0].purpose_id == "" and record.withheld[0].reason_id == ""
        # The stored condition ids are the Belgian policy's, which still names them.
        assert record.withheld[0].failed_conditions == ("necessity", "questions")
        titles = [
            record.policy.condition_title(c, "fr") for c in record.withheld[0].failed_conditions
        ]
        assert titles == ["Nécessaire", "Questions"]
    from desktop.storage.verify import verify_workspace

    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok
