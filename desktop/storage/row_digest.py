"""The data rows in the audit chain: each event that records a row carries a digest of it.

A shared item's wording lives in its table, not in the log (the log carries no content). So that
editing the wording — or deleting a withheld item's row — shows, the event that records a row
(a shared or withheld item, a decision, an action, a consent) carries ``row_digest``, the SHA-256
of the row's stored fields, read back inside the same transaction. :class:`RowLedger` follows
the log event by event, then compares every row of those tables with the last digest the log
holds for it: a row that changed, a row the log records but the table lost, and a row the log
never recorded are each named.

Purges and erasures delete rows on purpose: their events list the meetings (and consent records)
they removed, and the ledger forgets those rows. Corrections made before a meeting closes follow
the same way: a corrected wording or an edited decision or action is recorded again with its new
digest, a withdrawn shared item moves to the withheld items under the same id, and a deleted
decision or action is forgotten. Rows that existed before this check was added
are recorded once by ``rows_digested`` events, written by the schema migration.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.storage.audit import Finding
from desktop.storage.codec import dumps

#: The fields each digest covers. A later migration that adds a column leaves old digests valid;
#: to cover a new column, give the event a new digest key rather than changing this list.
DIGESTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "shared_items": (
        "id",
        "meeting_id",
        "agenda_item_id",
        "discloser_id",
        "category_id",
        "nature",
        "statement_of",
        "wording",
        "good_for_whom",
        "with_whom",
        "why",
        "empty_chair_answer",
        "necessity_reason",
        "consent_basis",
        "exception_id",
        "exception_justification",
        "stepped_out",
        "proposed_at",
        "shared_at",
        "sequence",  # migration 0002, which runs before the one that introduced digests
    ),
    "withheld_items": (
        "id",
        "meeting_id",
        "agenda_item_id",
        "category_id",
        "outcome",
        "failed_conditions",
        "chose_not_to_share",
        "proposed_by",
        "proposed_at",
        "decided_at",
    ),
    "decisions": ("id", "meeting_id", "text", "item_ids", "decided_at"),
    "actions": ("id", "meeting_id", "who", "what", "due", "item_ids", "postponed_item_id"),
    "consents": (
        "id",
        "person_id",
        "kind",
        "categories",
        "missions",
        "professionals",
        "valid_from",
        "valid_until",
        "obtained_how",
        "reason",
        "revoked_on",
        "recorded_on",
    ),
    # Migration 0008 (issue 15): a concluded deliberation, recorded by deliberation_concluded.
    "deliberations": (
        "id",
        "meeting_id",
        "method_id",
        "method_name",
        "question",
        "conclusion",
        "decision_id",
        "agenda_item_id",
        "started_at",
        "concluded_at",
    ),
}

#: Columns added to a digested table later, digested only when they hold a value: a row written
#: before the column existed (or with it empty) keeps its digest, one that holds it is covered.
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "shared_items": ("opinion_basis", "about"),  # 0008: an opinion's basis; 0010: whose it is
    "withheld_items": ("about",),  # migration 0010: whose information it would have been
    "consents": ("given_by",),  # migration 0010: a minor's parents' record
    "actions": ("who_name",),  # migration 0006: the person or a relative who takes it on
}

#: What an optional column holds when it says nothing (left out of the digest, as if absent).
_EMPTY = {"about": "[]"}

#: The column that says whose row it is: a purge or an erasure removes rows by their owner.
OWNER_COLUMN = {table: "meeting_id" for table in DIGESTED_COLUMNS} | {"consents": "person_id"}

_ROW_NAMES = {
    "shared_items": "shared item",
    "withheld_items": "withheld item",
    "decisions": "decision",
    "actions": "action",
    "consents": "consent record",
    "deliberations": "deliberation conclusion",
}
_LIMIT = 20  # findings named one by one per kind; the rest are counted


def digest_of(table: str, row: Mapping[str, Any]) -> str:
    """The digest of a row of ``table`` from its stored values."""
    values = {column: row[column] for column in DIGESTED_COLUMNS[table]}
    values |= {
        c: row[c] for c in OPTIONAL_COLUMNS.get(table, ()) if row.get(c) and row[c] != _EMPTY.get(c)
    }
    return hashlib.sha256(dumps([table, values]).encode("utf-8")).hexdigest()


def _columns(conn: Any, table: str) -> tuple[str, ...]:
    """The digested columns of ``table``, with the optional ones the file already has (the
    migration introducing digests runs before the one that adds them)."""
    optional = OPTIONAL_COLUMNS.get(table, ())
    if not optional:
        return DIGESTED_COLUMNS[table]
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    return DIGESTED_COLUMNS[table] + tuple(c for c in optional if c in present)


def stored_digest(conn: Any, table: str, row_id: str) -> str:
    """The digest of a row as it is stored now (call inside the transaction that wrote it)."""
    columns = _columns(conn, table)
    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (row_id,))
    return digest_of(table, dict(zip(columns, cursor.fetchone(), strict=True)))


def _has_table(conn: Any, table: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(query, (table,)).fetchone() is not None


def stored_rows(conn: Any, table: str) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` with the digested columns, one at a time (none while a later
    migration has not created the table yet)."""
    if not _has_table(conn, table):
        return
    columns = _columns(conn, table)
    for values in conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid"):
        yield dict(zip(columns, values, strict=True))


def baseline_events(conn: Any, chunk: int = 500) -> Iterator[dict[str, Any]]:
    """Details of ``rows_digested`` events recording every row already in the file (for the
    migration that introduces digests), ``chunk`` rows per event."""
    for table in DIGESTED_COLUMNS:
        batch: list[list[str]] = []
        for row in stored_rows(conn, table):
            batch.append([row["id"], row[OWNER_COLUMN[table]], digest_of(table, row)])
            if len(batch) == chunk:
                yield {"table": table, "rows": batch}
                batch = []
        if batch:
            yield {"table": table, "rows": batch}


def recorded_row(kind: str, details: Mapping[str, Any]) -> tuple[str, str, str] | None:
    """``(table, row id, owner)`` of the row an event records, when it carries a digest."""
    if "row_digest" not in details:
        return None
    if kind == "gate_outcome":
        table = "shared_items" if details.get("outcome") == "shared" else "withheld_items"
        return table, str(details.get("item_id")), str(details.get("meeting_id"))
    if kind in ("item_corrected", "item_withdrawn"):
        table = "shared_items" if kind == "item_corrected" else "withheld_items"
        return table, str(details.get("item_id")), str(details.get("meeting_id"))
    if kind in ("decision_added", "decision_changed"):
        return "decisions", str(details.get("decision_id")), str(details.get("meeting_id"))
    if kind in ("action_added", "action_changed"):
        return "actions", str(details.get("action_id")), str(details.get("meeting_id"))
    if kind == "consent_saved":
        return "consents", str(details.get("consent_id")), str(details.get("person_id"))
    if kind == "deliberation_concluded":
        return "deliberations", str(details.get("deliberation_id")), str(details.get("meeting_id"))
    return None


@dataclass(slots=True)
class _Expected:
    digest: str
    seq: int
    owner: str


class RowLedger:
    """Follows the log (:meth:`feed`, event by event) and then checks the tables (:meth:`check`)."""

    def __init__(self) -> None:
        """An empty ledger."""
        self._expected: dict[tuple[str, str], _Expected] = {}
        self._by_owner: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.digests_seen = 0

    def _expect(self, table: str, row_id: str, owner: str, digest: str, seq: int) -> None:
        self._expected[(table, row_id)] = _Expected(digest, seq, owner)
        self._by_owner[owner].add((table, row_id))
        self.digests_seen += 1

    def _forget(self, key: tuple[str, str]) -> None:
        expected = self._expected.pop(key, None)
        if expected is not None:
            self._by_owner[expected.owner].discard(key)

    def _forget_owners(self, owners: Iterable[object]) -> None:
        for owner in owners:
            for key in self._by_owner.pop(str(owner), set()):
                self._expected.pop(key, None)

    def feed(self, seq: int, kind: str, details: Mapping[str, Any]) -> None:
        """Take one event into account."""
        if kind == "item_withdrawn":  # no longer shared: its row left that table
            self._forget(("shared_items", str(details.get("item_id"))))
        elif kind in ("decision_deleted", "action_deleted"):
            table, key = (
                ("decisions", "decision_id") if kind[0] == "d" else ("actions", "action_id")
            )
            self._forget((table, str(details.get(key))))
        recorded = recorded_row(kind, details)
        if recorded is not None:
            table, row_id, owner = recorded
            self._expect(table, row_id, owner, str(details["row_digest"]), seq)
        elif kind == "rows_digested" and details.get("table") in DIGESTED_COLUMNS:
            for row_id, owner, digest in details.get("rows", []):
                self._expect(str(details["table"]), str(row_id), str(owner), str(digest), seq)
        elif kind in ("retention_purge", "person_erased", "meeting_deleted"):
            self._forget_owners(details.get("meeting_ids") or [details.get("meeting_id")])
            for consent_id in details.get("consent_ids") or []:
                self._expected.pop(("consents", str(consent_id)), None)
            # Erasing one person of a family removes their items from meetings that stay.
            for table in ("shared_items", "withheld_items"):
                for item_id in details.get(f"{table}_ids") or []:
                    self._expected.pop((table, str(item_id)), None)

    def check(self, conn: Any) -> list[Finding]:
        """Compare every row of the digested tables with what the log recorded."""
        changed: list[Finding] = []
        unrecorded: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        for table in DIGESTED_COLUMNS:
            noun = _ROW_NAMES[table]
            for row in stored_rows(conn, table):
                key = (table, str(row["id"]))
                seen.add(key)
                expected = self._expected.get(key)
                if expected is None:
                    unrecorded.append(
                        Finding(
                            "row_unrecorded",
                            f"the {noun} {row['id']} is in its table but no event of the audit "
                            "log records it: it was added outside Empty Chair",
                        )
                    )
                elif digest_of(table, row) != expected.digest:
                    changed.append(
                        Finding(
                            "row_changed",
                            f"the {noun} {row['id']} no longer matches event {expected.seq} "
                            "that recorded it: it was changed in its table",
                            expected.seq,
                        )
                    )
        missing = [
            Finding(
                "row_missing",
                f"the {_ROW_NAMES[table]} {row_id} recorded by event {expected.seq} is missing "
                "from its table: it was deleted outside Empty Chair",
                expected.seq,
            )
            for (table, row_id), expected in self._expected.items()
            if (table, row_id) not in seen
        ]
        missing.sort(key=lambda f: f.seq or 0)
        return _limited(changed) + _limited(missing) + _limited(unrecorded)


def _limited(findings: list[Finding]) -> list[Finding]:
    if len(findings) <= _LIMIT:
        return findings
    rest = len(findings) - _LIMIT
    last = findings[_LIMIT]
    return [*findings[:_LIMIT], Finding(last.kind, f"and {rest} more like these", last.seq)]
