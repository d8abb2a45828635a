"""The workspace schema, created and upgraded with sqlite-utils migrations.

Each migration is one function; a new one is appended (never edited once released) and
:data:`~desktop.storage.connection.SCHEMA_VERSION` is bumped with it, so a file written by a newer
app is recognised and refused before anything touches it.

Lists (missions, agenda, ids) are stored as JSON text: they are read and written whole with their
row. Rows keep insertion order through ``rowid``.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.storage.audit import append_event
from desktop.storage.connection import SCHEMA_VERSION
from desktop.storage.row_digest import baseline_events

migrations = Migrations("emptychair")

_TABLES = """
CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    conduct_rule TEXT NOT NULL,
    missions TEXT NOT NULL,
    policy_id TEXT NOT NULL,
    person_naming TEXT NOT NULL,
    retention_days INTEGER NOT NULL,
    lock_minutes INTEGER NOT NULL,
    language TEXT NOT NULL
);
CREATE TABLE professionals (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    organisation TEXT NOT NULL,
    bound_by_secrecy INTEGER NOT NULL,
    secrecy_basis TEXT NOT NULL,
    missions TEXT NOT NULL,
    active INTEGER NOT NULL
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    alias TEXT NOT NULL,
    reference TEXT NOT NULL,
    known_wishes TEXT NOT NULL
);
CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    categories TEXT NOT NULL,
    missions TEXT NOT NULL,
    professionals TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT,
    obtained_how TEXT NOT NULL,
    reason TEXT NOT NULL,
    revoked_on TEXT,
    recorded_on TEXT
);
CREATE INDEX consents_person ON consents(person_id);
CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    mission_id TEXT NOT NULL,
    policy_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    scheduled_at TEXT NOT NULL,
    facilitator_id TEXT NOT NULL,
    agenda TEXT NOT NULL,
    invitees TEXT NOT NULL,
    participation TEXT NOT NULL,
    advocate TEXT NOT NULL,
    informed_beforehand INTEGER NOT NULL,
    informed_how TEXT NOT NULL,
    state TEXT NOT NULL,
    opened_at TEXT,
    closed_at TEXT,
    show_wording INTEGER NOT NULL,
    agenda_index INTEGER NOT NULL DEFAULT -1,
    agenda_started_at TEXT
);
CREATE INDEX meetings_person ON meetings(person_id);
CREATE TABLE attendance_changes (
    id INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    professional_id TEXT NOT NULL,
    presence TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX attendance_meeting ON attendance_changes(meeting_id);
CREATE TABLE stepped_out (
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    professional_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    PRIMARY KEY (meeting_id, professional_id, item_id)
);
CREATE TABLE shared_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id TEXT NOT NULL,
    discloser_id TEXT NOT NULL,
    category_id TEXT NOT NULL,
    nature TEXT NOT NULL,
    statement_of TEXT NOT NULL,
    wording TEXT NOT NULL,
    good_for_whom TEXT NOT NULL,
    with_whom TEXT NOT NULL,
    why TEXT NOT NULL,
    empty_chair_answer TEXT NOT NULL,
    necessity_reason TEXT NOT NULL,
    consent_basis TEXT NOT NULL,
    exception_id TEXT NOT NULL,
    exception_justification TEXT NOT NULL,
    stepped_out TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    shared_at TEXT NOT NULL
);
CREATE INDEX shared_meeting ON shared_items(meeting_id);
CREATE TABLE withheld_items (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    agenda_item_id TEXT NOT NULL,
    category_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    failed_conditions TEXT NOT NULL,
    chose_not_to_share INTEGER NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX withheld_meeting ON withheld_items(meeting_id);
CREATE TABLE decisions (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    item_ids TEXT NOT NULL,
    decided_at TEXT
);
CREATE INDEX decisions_meeting ON decisions(meeting_id);
CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    who TEXT NOT NULL,
    what TEXT NOT NULL,
    due TEXT,
    item_ids TEXT NOT NULL,
    postponed_item_id TEXT NOT NULL
);
CREATE INDEX actions_meeting ON actions(meeting_id);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in _split(_TABLES):
        db.execute(statement)


@migrations(name="0002_shared_item_sequence")
def _shared_item_sequence(db: Database) -> None:
    # Items are numbered in the order they were shared, never by the clock (two items shared in
    # the same second used to swap places). Rows already written keep their insertion order.
    db.execute("ALTER TABLE shared_items ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE shared_items SET sequence = (SELECT COUNT(*) FROM shared_items AS earlier "
        "WHERE earlier.meeting_id = shared_items.meeting_id "
        "AND earlier.rowid <= shared_items.rowid)"
    )


_IDENTITY = """
CREATE TABLE workspace_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    workspace_id TEXT NOT NULL
);
"""


@migrations(name="0003_identity_and_row_digests")
def _identity_and_row_digests(db: Database) -> None:
    """A stable id for the workspace (its anchors and erasure register outside the file are
    kept under it, so a moved or copied file keeps them), and the rows already recorded put in
    the audit chain: a digest of each row of the tables whose rows events now carry one."""
    db.execute(_IDENTITY.strip())
    workspace_id = uuid.uuid4().hex
    db.execute("INSERT INTO workspace_identity (id, workspace_id) VALUES (1, ?)", [workspace_id])
    conn = db.conn
    if conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0:
        return  # a new workspace: its creation event records the id
    now = dt.datetime.now(dt.UTC)
    append_event(conn, "workspace_identified", {"workspace_id": workspace_id}, now)
    for details in baseline_events(conn):
        append_event(conn, "rows_digested", details, now)


@migrations(name="0005_meeting_lock_minutes")
def _meeting_lock_minutes(db: Database) -> None:
    # The lock delay while a meeting runs (issue 9); existing workspaces get the default.
    db.execute("ALTER TABLE settings ADD COLUMN meeting_lock_minutes INTEGER NOT NULL DEFAULT 20")


@migrations(name="0004_consent_corrections")
def _consent_corrections(db: Database) -> None:
    # A corrected consent record is kept as history, linked both ways to its correction.
    db.execute("ALTER TABLE consents ADD COLUMN replaces TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE consents ADD COLUMN replaced_by TEXT NOT NULL DEFAULT ''")


@migrations(name="0004_meeting_place_and_next_date")
def _meeting_place_and_next_date(db: Database) -> None:
    db.execute("ALTER TABLE meetings ADD COLUMN place TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE meetings ADD COLUMN next_meeting TEXT")


@migrations(name="0006_action_who_name")
def _action_who_name(db: Database) -> None:
    # The person concerned or a relative can take on an action: their name as typed, where a
    # professional's id would be (``who`` is then empty).
    db.execute("ALTER TABLE actions ADD COLUMN who_name TEXT NOT NULL DEFAULT ''")


@migrations(name="0006_institution_contact")
def _institution_contact(db: Database) -> None:
    # How the person concerned reaches the team: printed on their copy of the minutes.
    db.execute("ALTER TABLE settings ADD COLUMN contact TEXT NOT NULL DEFAULT ''")


_LIST_INDEXES = """
CREATE INDEX meetings_state_date ON meetings(state, scheduled_at);
CREATE INDEX meetings_date ON meetings(scheduled_at);
CREATE INDEX meetings_person_date ON meetings(person_id, scheduled_at);
CREATE INDEX meetings_mission_date ON meetings(mission_id, scheduled_at);
CREATE INDEX meetings_purpose ON meetings(substr(purpose, 1, 300) COLLATE NOCASE);
CREATE INDEX meetings_day ON meetings(substr(coalesce(closed_at, opened_at, scheduled_at), 1, 10));
CREATE INDEX persons_name ON persons(name COLLATE NOCASE);
CREATE INDEX persons_alias ON persons(alias COLLATE NOCASE);
CREATE INDEX persons_reference ON persons(reference COLLATE NOCASE);
DROP INDEX meetings_person;
"""


@migrations(name="0007_list_indexes")
def _list_indexes(db: Database) -> None:
    """The indexes the lists sort and filter on (issue 12): meetings by state, day, person,
    mission and purpose, the day retention counts from, people by name, alias and reference.
    ``meetings_person_date`` serves everything ``meetings_person`` did."""
    for statement in _split(_LIST_INDEXES):
        db.execute(statement)


_DELIBERATIONS = """
CREATE TABLE deliberations (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    method_id TEXT NOT NULL,
    method_name TEXT NOT NULL,
    question TEXT NOT NULL,
    conclusion TEXT NOT NULL,
    decision_id TEXT NOT NULL,
    agenda_item_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    concluded_at TEXT NOT NULL
);
CREATE INDEX deliberations_meeting ON deliberations(meeting_id);
"""


@migrations(name="0008_deliberations_and_opinion_basis")
def _deliberations_and_opinion_basis(db: Database) -> None:
    """Issue 15: what an opinion is based on, kept with the shared item; the conclusions of
    structured deliberations (never their notes), each linked to its decision; and the
    deliberation method the institution uses by default (empty: the shipped one)."""
    db.execute("ALTER TABLE shared_items ADD COLUMN opinion_basis TEXT NOT NULL DEFAULT ''")
    for statement in _split(_DELIBERATIONS):
        db.execute(statement)
    db.execute("ALTER TABLE settings ADD COLUMN deliberation_method TEXT NOT NULL DEFAULT ''")


@migrations(name="0009_frameworks_as_data")
def _frameworks_as_data(db: Database) -> None:
    """What frameworks other than Belgian shared secrecy ask of a meeting and of its items.

    Meetings: the legal basis a case consultation rests on (a basis of the policy by id, and/or
    typed words) and who was informed beforehand (the holders of parental authority; the child
    too young to be; why informing them would be contrary to the child's interest). Shared items:
    the purpose chosen from the policy's list. Items not shared: the reason chosen from the
    policy's closed list, never words about the content. Existing rows read as before: empty,
    false. The condition ids stored in ``failed_conditions`` and in the audit log are those of
    the Belgian policy, which keeps them, so nothing is rewritten.
    """
    for statement in (
        "ALTER TABLE meetings ADD COLUMN legal_basis_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE meetings ADD COLUMN legal_basis_text TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE meetings ADD COLUMN holders_informed INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE meetings ADD COLUMN person_not_of_age INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE meetings ADD COLUMN not_informed_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE shared_items ADD COLUMN purpose_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE withheld_items ADD COLUMN reason_id TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(statement)


@migrations(name="0010_families")
def _families(db: Database) -> None:
    """Issue 15: a meeting about several persons (a family), and whose information each item is.

    Persons: the household they belong to and their place in it. Meetings: ``persons``, the
    persons concerned in order, each with their own participation when there are several
    (JSON); ``person_id`` stays the first of them, so lists and the foreign key read as before.
    Items shared or withheld: ``about``, whose information it is (JSON ids). Existing meetings
    concern their one person, and their items are about that person: ``persons`` is filled
    from ``person_id``; an empty ``about`` reads as "the meeting's person", so no item row is
    rewritten (their digests in the audit log stay valid).
    """
    for statement in (
        "ALTER TABLE persons ADD COLUMN household TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE persons ADD COLUMN relationship TEXT NOT NULL DEFAULT 'other'",
        "ALTER TABLE meetings ADD COLUMN persons TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE shared_items ADD COLUMN about TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE withheld_items ADD COLUMN about TEXT NOT NULL DEFAULT '[]'",
    ):
        db.execute(statement)
    db.execute("UPDATE meetings SET persons = json_array(json_object('id', person_id))")


@migrations(name="0010_undertaking")
def _undertaking(db: Database) -> None:
    """Issue 15: the confidentiality undertaking at check-in. Settings: whether it is asked
    ("" follows the framework, "on", "off") and its text (empty: the framework's); each
    meeting keeps who confirmed it and when. Existing workspaces follow their framework."""
    db.execute("ALTER TABLE settings ADD COLUMN undertaking TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE settings ADD COLUMN undertaking_text TEXT NOT NULL DEFAULT ''")
    db.execute(
        "CREATE TABLE undertakings ("
        " meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
        " professional_id TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " PRIMARY KEY (meeting_id, professional_id))"
    )


@migrations(name="0010_minors")
def _minors(db: Database) -> None:
    """Issue 15: minors. Persons: a date of birth (optional), who holds parental authority, and
    the assessment of the child's capacity to understand, with its date and who made it.
    Consent records: who gave them ("" the person, "holders" the parents), so a child's own
    consent and their parents' are told apart. Existing rows: no date of birth, the person's
    own records (the digests of consent rows stay valid: an empty given_by is left out)."""
    for statement in (
        "ALTER TABLE persons ADD COLUMN birth_date TEXT",
        "ALTER TABLE persons ADD COLUMN parental_authority TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE persons ADD COLUMN capacity_assessment TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE persons ADD COLUMN capacity_assessed_on TEXT",
        "ALTER TABLE persons ADD COLUMN capacity_assessed_by TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE consents ADD COLUMN given_by TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(statement)


#: The rows of ``meeting_persons`` for the meetings of ``{meetings}`` (a table, or ``NEW``'s
#: one row in a trigger): one per person its ``persons`` names, at its place in the list.
_MEETING_PERSONS_FILL = (
    "INSERT INTO meeting_persons (meeting_id, position, person_id) "
    "SELECT m.id, j.key, json_extract(j.value, '$.id') FROM {meetings}, json_each(m.persons) AS j "
    "WHERE json_extract(j.value, '$.id') IS NOT NULL"
)


@migrations(name="0011_meeting_persons")
def _meeting_persons(db: Database) -> None:
    """Issue 12: the persons each meeting concerns, one row each, indexed by person, so that
    finding a person's meetings (the Meetings list's search, the person's record, erasure)
    reads an index instead of the JSON of every meeting. Triggers keep it as the meetings'
    ``persons`` column says, whatever writes it (that column stays the record: row digests,
    resuming); deleting a meeting deletes its rows (the foreign key cascades)."""
    db.execute(
        "CREATE TABLE meeting_persons ("
        " meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " person_id TEXT NOT NULL,"
        " PRIMARY KEY (meeting_id, position))"
    )
    db.execute("CREATE INDEX meeting_persons_person ON meeting_persons(person_id)")
    db.execute(_MEETING_PERSONS_FILL.format(meetings="meetings AS m"))
    fill = _MEETING_PERSONS_FILL.format(
        meetings="(SELECT NEW.id AS id, NEW.persons AS persons) AS m"
    )
    db.execute(f"CREATE TRIGGER meeting_persons_added AFTER INSERT ON meetings BEGIN {fill}; END")
    db.execute(
        "CREATE TRIGGER meeting_persons_changed AFTER UPDATE OF persons ON meetings BEGIN "
        f"DELETE FROM meeting_persons WHERE meeting_id = OLD.id; {fill}; END"
    )


def _split(script: str) -> list[str]:
    """Statements of ``script``; a trigger's body keeps its inner semicolons."""
    statements: list[str] = []
    current: list[str] = []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current)
        if text.rstrip().endswith(";") and ("BEGIN" not in text or text.rstrip().endswith("END;")):
            statements.append(text)
            current = []
    return statements


def _normalised(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip().rstrip(";").lower()


#: The triggers that keep the audit log append-only, by name, as the schema writes them.
APPEND_ONLY_TRIGGERS: dict[str, str] = {
    match.group(1): _normalised(statement)
    for statement in _split(_TABLES)
    if (match := re.match(r"CREATE TRIGGER (\w+)", statement))
}


def missing_triggers(conn: object) -> list[str]:
    """The append-only triggers that are absent from the file, or not as the schema wrote them."""
    found = {
        name: _normalised(sql or "")
        for name, sql in conn.execute(  # type: ignore[attr-defined]
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    return [name for name, sql in APPEND_ONLY_TRIGGERS.items() if found.get(name) != sql]


def upgrade(db: Database) -> None:
    """Apply pending migrations and record the schema version; writes nothing when up to date."""
    if migrations.pending(db):
        migrations.apply(db)
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
