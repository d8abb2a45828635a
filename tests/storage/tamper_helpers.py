"""What someone holding the passphrase can do to a workspace behind the app's back: drop the
append-only triggers, change the log or the tables, chain the log again so its hashes hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlcipher3
from safety_helpers import add_meeting
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.storage.audit import GENESIS_HASH, event_hash
from desktop.storage.connection import open_connection
from desktop.storage.schema import _TABLES, APPEND_ONLY_TRIGGERS, _split
from desktop.storage.workspace import Workspace

DAY0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def used_normally(path: Path, config: Path) -> None:
    """A workspace used as a team would, with its anchors in ``config``: created, a small team,
    one meeting run and closed (a shared and a withheld item, a decision, an action), its
    minutes exported, closed; then opened and closed once more."""
    with Workspace.create(path, PASSPHRASE, make_settings(), config=config) as ws:
        seed(ws)
        add_meeting(ws, "m2", "x", DAY0, "OKAPI")
        ws.log_event("minutes_exported", meeting_id="m2", documents=["minutes"])
    Workspace.open(path, PASSPHRASE, config=config).close()


def rechain(conn: sqlcipher3.Connection, start: int = 1) -> None:
    """Recompute ``prev_hash`` and ``hash`` of every event from ``start`` on, as an attacker
    does after changing the log, so that the chain holds again."""
    rows = conn.execute(
        "SELECT seq, at, kind, details FROM audit_log WHERE seq >= ? ORDER BY seq", (start,)
    ).fetchall()
    before = conn.execute(
        "SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1", (start,)
    ).fetchone()
    prev = before[0] if before else GENESIS_HASH
    for seq, at, kind, details in rows:
        digest = event_hash(prev, seq, at, kind, details)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq)
        )
        prev = digest


def tamper(
    path: Path,
    *statements: str,
    rechain_from: int | None = None,
    leave_triggers_dropped: bool = False,
) -> None:
    """Drop the append-only triggers, run ``statements``, chain the log again from
    ``rechain_from`` (when given), and put the triggers back unless told otherwise."""
    conn = open_connection(path, PASSPHRASE)
    try:
        for name in APPEND_ONLY_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        if rechain_from is not None:
            rechain(conn, rechain_from)
        if not leave_triggers_dropped:
            for statement in _split(_TABLES):
                if statement.startswith("CREATE TRIGGER"):
                    conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def events(path: Path) -> list[tuple[int, str, dict[str, object]]]:
    """``(seq, kind, details)`` of every event, read without the app (writes nothing)."""
    import json

    conn = open_connection(path, PASSPHRASE)
    try:
        rows = conn.execute("SELECT seq, kind, details FROM audit_log ORDER BY seq").fetchall()
    finally:
        conn.close()
    return [(seq, kind, json.loads(details)) for seq, kind, details in rows]


def query(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows of ``sql`` on the workspace, read without the app."""
    conn = open_connection(path, PASSPHRASE)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
