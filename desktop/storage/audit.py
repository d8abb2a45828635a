"""The audit log: append-only, hash-chained events that carry ids and verdicts, never content.

Each event's ``hash`` is the SHA-256 of the canonical JSON of its ``seq``, ``at``, ``kind``,
``details`` and the previous event's hash, so editing, removing or reordering any event breaks the
chain from that event on; :func:`check_chain` names the first one that does not hold. SQL triggers
refuse UPDATE and DELETE on the table as a second line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.storage.codec import dumps

GENESIS_HASH = "0" * 64

# Keys whose values could be content rather than ids or verdicts: refused in any event.
_CONTENT_KEYS = frozenset(
    {
        "wording",
        "good_for_whom",
        "why",
        "empty_chair_answer",
        "necessity_reason",
        "exception_justification",
        "statement_of",
        "text",
        "what",
        "name",
    }
)


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One event of the audit log."""

    seq: int
    at: dt.datetime
    kind: str
    details: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first event at which the chain does not hold, and why."""

    seq: int
    kind: str
    problem: str

    def describe(self) -> str:
        """``event 12 (attendance_changed): ...``."""
        return f"event {self.seq} ({self.kind}): {self.problem}"


def event_hash(prev_hash: str, seq: int, at: str, kind: str, details: str) -> str:
    """The hash of one event, from the previous hash and its stored fields."""
    canonical = dumps(
        {"prev_hash": prev_hash, "seq": seq, "at": at, "kind": kind, "details": details}
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_details(details: dict[str, Any]) -> None:
    """Refuse details that could carry the content of an item (a bug in the caller)."""
    bad = _CONTENT_KEYS & set(details)
    if bad:
        raise ValueError(f"Audit events carry no content: drop {', '.join(sorted(bad))}")


def append_event(conn: Any, kind: str, details: dict[str, Any], at: dt.datetime) -> AuditEvent:
    """Append one event; call inside the transaction of the change it records."""
    check_details(details)
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    when = at.isoformat()
    text = dumps(details)
    digest = event_hash(prev, seq, when, kind, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, kind, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, when, kind, text, prev, digest),
    )
    return AuditEvent(seq, at, kind, json.loads(text), prev, digest)


def read_events(conn: Any) -> list[AuditEvent]:
    """Every event, in order."""
    rows = conn.execute(
        "SELECT seq, at, kind, details, prev_hash, hash FROM audit_log ORDER BY seq"
    ).fetchall()
    return [
        AuditEvent(seq, dt.datetime.fromisoformat(at), kind, json.loads(details), prev, digest)
        for seq, at, kind, details, prev, digest in rows
    ]


def check_chain(rows: Iterable[tuple[int, str, str, str, str, str]]) -> ChainBreak | None:
    """The first break in the chain of raw rows (seq, at, kind, details, prev_hash, hash)."""
    expected_prev, expected_seq = GENESIS_HASH, 1
    for seq, at, kind, details, prev_hash, digest in rows:
        if seq != expected_seq:
            return ChainBreak(seq, kind, f"expected event {expected_seq} here: events are missing")
        if prev_hash != expected_prev:
            return ChainBreak(seq, kind, "does not follow the previous event (removed or changed)")
        if event_hash(prev_hash, seq, at, kind, details) != digest:
            return ChainBreak(seq, kind, "its content was changed after it was written")
        expected_prev, expected_seq = digest, seq + 1
    return None
