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
import json
from collections.abc import Iterator, Mapping
from typing import Any

from desktop.storage.audit import Finding, iter_event_rows
from desktop.storage.codec import dumps
from desktop.storage.verify_texts import report_text, row_named

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
    known: dict[str, tuple[str, ...]] | None = getattr(conn, "digest_columns", None)
    if known is not None and table in known:
        return known[table]
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    columns = DIGESTED_COLUMNS[table] + tuple(c for c in optional if c in present)
    if known is not None:  # a workspace's connection keeps them (see :class:`Chained`)
        known[table] = columns
    return columns


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


def _key(table: str, row_id: str) -> int:
    """A row's key in the ledger: 64 bits of a hash of its table and id (a ledger of two
    million rows then costs tens of megabytes, not hundreds). Python's own string hash, keyed
    per process, is enough: the key never leaves this check."""
    return hash((table, row_id))


def _owner_key(owner: str) -> int:
    return hash(owner)


def _digest_head(digest: str) -> bytes:
    """128 bits of a digest: what the ledger compares."""
    try:
        return bytes.fromhex(digest[:32]).ljust(16, b"\0")
    except ValueError:
        return b"\0" * 16


def _packed(digest: str, seq: int, owner: str) -> bytes:
    """What the ledger keeps of a recorded row: 128 bits of its digest, the event, the owner."""
    return (
        _digest_head(digest)
        + seq.to_bytes(8, "big")
        + (_owner_key(owner) & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "big")
    )


def _seq_of(value: bytes) -> int:
    return int.from_bytes(value[16:24], "big")


def _owner_of(value: bytes) -> int:
    return int.from_bytes(value[24:32], "big")


def _owner_index(owner: str) -> int:
    """An owner's key as :func:`_packed` keeps it."""
    return _owner_key(owner) & 0xFFFFFFFFFFFFFFFF


class RowLedger:
    """Follows the log (:meth:`feed`, event by event) and then checks the tables: every row
    (:meth:`check`, the full verification) or the rows recorded since a checkpoint and those
    added after it (:meth:`check_recent`, the routine one).

    It keeps, per recorded row, 32 bytes and a 64-bit key (not the row's id): a row of ten years
    of meetings costs about a hundred bytes. The ids a finding names are looked up again in the
    log (``conn`` and the events fed) only when something is wrong.
    """

    def __init__(self) -> None:
        """An empty ledger."""
        self._expected: dict[int, bytes] = {}
        self._deleted_owners: dict[int, int] = {}  # owner key -> seq of the purge or erasure
        self._deleted_rows: dict[int, int] = {}  # row key -> seq (consent records erased)
        self.digests_seen = 0
        self.first_seq = 0  # the first event fed (a routine check starts after a checkpoint)

    def _expect(self, table: str, row_id: str, owner: str, digest: str, seq: int) -> None:
        self._expected[_key(table, row_id)] = _packed(digest, seq, owner)
        self.digests_seen += 1

    def _forget(self, table: str, row_id: str) -> None:
        self._expected.pop(_key(table, row_id), None)

    def feed(self, seq: int, kind: str, details: Mapping[str, Any]) -> None:
        """Take one event into account."""
        if not self.first_seq:
            self.first_seq = seq
        if kind == "item_withdrawn":  # no longer shared: its row left that table
            self._forget("shared_items", str(details.get("item_id")))
        elif kind in ("decision_deleted", "action_deleted"):
            table, key = (
                ("decisions", "decision_id") if kind[0] == "d" else ("actions", "action_id")
            )
            self._forget(table, str(details.get(key)))
        recorded = recorded_row(kind, details)
        if recorded is not None:
            table, row_id, owner = recorded
            self._expect(table, row_id, owner, str(details["row_digest"]), seq)
        elif kind == "rows_digested" and details.get("table") in DIGESTED_COLUMNS:
            for row_id, owner, digest in details.get("rows", []):
                self._expect(str(details["table"]), str(row_id), str(owner), str(digest), seq)
        elif kind in ("retention_purge", "person_erased", "meeting_deleted"):
            for owner in details.get("meeting_ids") or [details.get("meeting_id")]:
                self._deleted_owners[_owner_index(str(owner))] = seq
            for consent_id in details.get("consent_ids") or []:
                self._deleted_rows[_key("consents", str(consent_id))] = seq
            # Erasing one person of a family removes their items (and the actions they took
            # on) from meetings that stay.
            for table in ("shared_items", "withheld_items", "actions"):
                for item_id in details.get(f"{table}_ids") or []:
                    self._deleted_rows[_key(table, str(item_id))] = seq

    def _removed_on_purpose(self, key: int, value: bytes) -> bool:
        seq = _seq_of(value)
        owner = self._deleted_owners.get(_owner_of(value))
        row = self._deleted_rows.get(key)
        return (owner is not None and owner > seq) or (row is not None and row > seq)

    def check(self, conn: Any) -> list[Finding]:
        """Compare every row of the digested tables with what the log recorded."""
        expected = dict(self._expected)
        changed: list[tuple[str, str, int]] = []
        unrecorded: list[tuple[str, str]] = []
        for table in DIGESTED_COLUMNS:
            for row in stored_rows(conn, table):
                row_id = str(row["id"])
                value = expected.pop(_key(table, row_id), None)
                if value is None:
                    unrecorded.append((table, row_id))
                elif _digest_head(digest_of(table, row)) != value[:16]:
                    changed.append((table, row_id, _seq_of(value)))
        missing = {k: v for k, v in expected.items() if not self._removed_on_purpose(k, v)}
        return self._findings(conn, changed, missing, unrecorded)

    def check_recent(self, conn: Any, rowids: Mapping[str, int]) -> list[Finding]:
        """The routine check: every row recorded by the events fed (those after a checkpoint)
        is in its table as recorded, and every row added after the checkpoint (its rowid is
        beyond ``rowids``) was recorded by one of them."""
        changed: list[tuple[str, str, int]] = []
        unrecorded: list[tuple[str, str]] = []
        found: set[int] = set()
        for table in DIGESTED_COLUMNS:
            if not _has_table(conn, table):
                continue
            # With the optional columns the file has: a row's digest covers them when set.
            columns = _columns(conn, table)
            query = f"SELECT {', '.join(columns)} FROM {table} WHERE rowid > ? ORDER BY rowid"
            for values in conn.execute(query, (int(rowids.get(table, 0)),)):
                row = dict(zip(columns, values, strict=True))
                key = _key(table, str(row["id"]))
                value = self._expected.get(key)
                found.add(key)
                if value is None:
                    unrecorded.append((table, str(row["id"])))
                elif _digest_head(digest_of(table, row)) != value[:16]:
                    changed.append((table, str(row["id"]), _seq_of(value)))
        missing: dict[int, bytes] = {}
        pending = {k: v for k, v in self._expected.items() if k not in found}
        if pending:
            names = self._names(conn, set(pending), self.first_seq)
            for key, value in pending.items():
                table, row_id = names.get(key, ("", ""))
                if not table:
                    continue
                row = _stored_row(conn, table, row_id)
                if row is None:
                    if not self._removed_on_purpose(key, value):
                        missing[key] = value
                elif _digest_head(digest_of(table, row)) != value[:16]:
                    changed.append((table, row_id, _seq_of(value)))
        return self._findings(conn, changed, missing, unrecorded)

    def _findings(
        self,
        conn: Any,
        changed: list[tuple[str, str, int]],
        missing: dict[int, bytes],
        unrecorded: list[tuple[str, str]],
    ) -> list[Finding]:
        changed_findings = [
            Finding(
                "row_changed",
                report_text("verify.row_changed", row=row_named(table, row_id), seq=str(seq)),
                seq,
            )
            for table, row_id, seq in changed
        ]
        unrecorded_findings = [
            Finding(
                "row_unrecorded", report_text("verify.row_unrecorded", row=row_named(table, row_id))
            )
            for table, row_id in unrecorded
        ]
        missing_findings: list[Finding] = []
        if missing:
            first = dict(sorted(missing.items(), key=lambda kv: _seq_of(kv[1]))[: _LIMIT + 1])
            names = self._names(conn, set(first), self.first_seq)
            for key, value in first.items():
                table, row_id = names.get(key, ("", "?"))
                row = row_named(table, row_id)
                seq = _seq_of(value)
                missing_findings.append(
                    Finding(
                        "row_missing",
                        report_text("verify.row_missing", row=row, seq=str(seq)),
                        seq,
                    )
                )
        return (
            _limited(changed_findings)
            + _limited(missing_findings, len(missing))
            + _limited(unrecorded_findings)
        )

    def _names(self, conn: Any, keys: set[int], since: int) -> dict[int, tuple[str, str]]:
        """``key -> (table, row id)`` for these keys, found again in the log (from ``since``)."""
        found: dict[int, tuple[str, str]] = {}
        for seq, _at, kind, text, _prev, _digest in iter_event_rows(conn, since):
            del seq
            try:
                details = json.loads(text)
            except ValueError:
                continue
            if not isinstance(details, dict):
                continue
            recorded = recorded_row(kind, details)
            pairs: list[tuple[str, str]] = []
            if recorded is not None:
                pairs.append((recorded[0], recorded[1]))
            elif kind == "rows_digested" and details.get("table") in DIGESTED_COLUMNS:
                pairs += [(str(details["table"]), str(r[0])) for r in details.get("rows", [])]
            for table, row_id in pairs:
                key = _key(table, row_id)
                if key in keys:
                    found[key] = (table, row_id)
            if len(found) == len(keys):
                break
        return found


def _stored_row(conn: Any, table: str, row_id: str) -> dict[str, Any] | None:
    columns = _columns(conn, table)
    values = conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (row_id,)
    ).fetchone()
    return dict(zip(columns, values, strict=True)) if values is not None else None


def _limited(findings: list[Finding], total: int | None = None) -> list[Finding]:
    """The first findings named one by one, the rest counted (``total``: how many there are,
    when only the first were built)."""
    total = len(findings) if total is None else total
    if total <= _LIMIT:
        return findings
    rest = total - _LIMIT
    last = findings[_LIMIT]
    more = report_text("verify.more", count=rest)
    return [*findings[:_LIMIT], Finding(last.kind, more, last.seq)]
