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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.broken_text import field_name, find_broken_text
from desktop.core.messages import Message
from desktop.storage.codec import dumps
from desktop.storage.errors import InvalidText, problem
from desktop.storage.verify_texts import report_text

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
        "opinion_basis",
        "question",
        "conclusion",
        "note",
        "notes",
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
    """The first event at which the chain does not hold, and why (a sentence to render in the
    reader's language)."""

    seq: int
    kind: str
    problem: Message

    def describe(self) -> Message:
        """``event 12 (attendance_changed): ...``, to render in the reader's language."""
        return report_text(
            "verify.chain_at", seq=str(self.seq), kind=self.kind, problem=self.problem
        )


@dataclass(frozen=True, slots=True)
class Finding:
    """Something :func:`~desktop.storage.verify.verify_workspace` found wrong, in one sentence
    (rendered in the reader's language: :meth:`text`); ``seq`` is the event it concerns, when
    there is one."""

    kind: str  # a short stable name: "anchor_mismatch", "row_changed", "triggers_missing", ...
    message: Message
    seq: int | None = None

    def text(self, lang: str = "en") -> str:
        """The sentence in ``lang``."""
        return self.message.render(lang)


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
    broken = find_broken_text(details)
    if broken is not None:
        raise InvalidText(problem("storage.broken_event", field=field_name(broken)), broken)


class ChainHead:
    """The chain's last ``(seq, hash)``, kept in memory by the one process that writes the
    workspace (its lock file says so), instead of being read back for every event.

    Inside a transaction, appended events move a *pending* head; it becomes the head when the
    outermost transaction commits (:meth:`committed`), and goes back to what it was when a
    transaction or a savepoint is rolled back (:meth:`restore`). :meth:`forget` makes it read
    the file again (after something wrote events without it: a schema migration).
    """

    def __init__(self) -> None:
        """A head not read yet: the first event appended reads it from the file."""
        self._committed: tuple[int, str] | None = None
        self._pending: tuple[int, str] | None = None

    def current(self, conn: Any) -> tuple[int, str]:
        """The head as the transaction on ``conn`` sees it."""
        if self._pending is not None:
            return self._pending
        if self._committed is None:
            self._committed = _read_head(conn)
        return self._committed

    def moved_to(self, seq: int, digest: str) -> None:
        """An event was appended in the transaction."""
        self._pending = (seq, digest)

    def mark(self) -> tuple[int, str] | None:
        """What to :meth:`restore` if the transaction (or savepoint) starting now rolls back."""
        return self._pending

    def restore(self, mark: tuple[int, str] | None) -> None:
        """The transaction or savepoint begun at ``mark`` rolled back."""
        self._pending = mark

    def committed(self) -> None:
        """The outermost transaction committed: its events are the chain now."""
        if self._pending is not None:
            self._committed, self._pending = self._pending, None

    def forget(self) -> None:
        """Read the head from the file at the next event."""
        self._committed = self._pending = None


class Chained:
    """A connection inside a write transaction, with the workspace's :class:`ChainHead`: what
    :func:`append_event` and the writers use (``execute`` goes to the connection)."""

    def __init__(self, conn: Any, chain: ChainHead) -> None:
        """Wrap ``conn``, whose events move ``chain``."""
        self.conn = conn
        self.chain = chain
        #: The digested columns of each table (:mod:`desktop.storage.row_digest`), asked of the
        #: file once: the schema changes only in migrations, which run before anything is written.
        self.digest_columns: dict[str, tuple[str, ...]] = {}

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        """Run one statement on the connection."""
        return self.conn.execute(sql, parameters)


def _read_head(conn: Any) -> tuple[int, str]:
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS_HASH)


def append_event(conn: Any, kind: str, details: dict[str, Any], at: dt.datetime) -> AuditEvent:
    """Append one event; call inside the transaction of the change it records. With a
    :class:`Chained` connection the head comes from memory, else it is read from the file."""
    check_details(details)
    chain: ChainHead | None = getattr(conn, "chain", None)
    last_seq, prev = chain.current(conn) if chain is not None else _read_head(conn)
    seq = last_seq + 1
    when = at.isoformat()
    text = dumps(details)
    digest = event_hash(prev, seq, when, kind, text)
    conn.execute(
        "INSERT INTO audit_log (seq, at, kind, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, when, kind, text, prev, digest),
    )
    if chain is not None:
        chain.moved_to(seq, digest)
    return AuditEvent(seq, at, kind, json.loads(text), prev, digest)


EVENT_COLUMNS = "seq, at, kind, details, prev_hash, hash"


def iter_event_rows(
    conn: Any, since: int = 0, table: str = "audit_log"
) -> Iterator[tuple[int, str, str, str, str, str]]:
    """Every event from ``since`` on as its raw stored row, in order, one at a time (a long
    log costs no memory); ``table`` may name an attached copy's log (``backup.audit_log``)."""
    yield from conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM {table} WHERE seq >= ? ORDER BY seq", (since,)
    )


def head(conn: Any) -> tuple[int, str]:
    """``(seq, hash)`` of the last event in the file; ``(0, GENESIS_HASH)`` for an empty log."""
    return _read_head(conn)


def read_events(conn: Any) -> list[AuditEvent]:
    """Every event, in order."""
    rows = conn.execute(
        "SELECT seq, at, kind, details, prev_hash, hash FROM audit_log ORDER BY seq"
    ).fetchall()
    return [
        AuditEvent(seq, dt.datetime.fromisoformat(at), kind, json.loads(details), prev, digest)
        for seq, at, kind, details, prev, digest in rows
    ]


class ChainCheck:
    """Follows raw rows one at a time (:meth:`feed`) and keeps the first break of the chain."""

    def __init__(self, after: tuple[int, str] = (0, GENESIS_HASH)) -> None:
        """A check at the start of the log, or just ``after`` the event ``(seq, hash)`` (a
        checkpoint verified before)."""
        self.expected_prev, self.expected_seq = after[1], after[0] + 1
        self.broken: ChainBreak | None = None

    def feed(self, seq: int, at: str, kind: str, details: str, prev_hash: str, digest: str) -> None:
        """Check one raw row (seq, at, kind, details, prev_hash, hash)."""
        if self.broken is not None:
            return
        if seq != self.expected_seq:
            missing = report_text("verify.chain_missing", seq=str(self.expected_seq))
            self.broken = ChainBreak(seq, kind, missing)
        elif prev_hash != self.expected_prev:
            self.broken = ChainBreak(seq, kind, report_text("verify.chain_unfollowed"))
        elif event_hash(prev_hash, seq, at, kind, details) != digest:
            self.broken = ChainBreak(seq, kind, report_text("verify.chain_changed"))
        self.expected_prev, self.expected_seq = digest, seq + 1


def check_chain(rows: Iterable[tuple[int, str, str, str, str, str]]) -> ChainBreak | None:
    """The first break in the chain of raw rows (seq, at, kind, details, prev_hash, hash)."""
    check = ChainCheck()
    for row in rows:
        check.feed(*row)
        if check.broken is not None:
            break
    return check.broken
