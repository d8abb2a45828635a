"""Checking a workspace without changing it: is the file sound, and does its history hold?

:func:`verify_workspace` reads the audit log once, event by event, and feeds each event to the
checks that follow it — the hash chain (:class:`~desktop.storage.audit.ChainCheck`), the anchors
kept outside the file and the seals taken from paper
(:class:`~desktop.storage.anchor_check.AnchorLedger`), the digests of the data rows
(:class:`~desktop.storage.row_digest.RowLedger`) and the workspace's identity — then asks each
what does not hold. It also runs SQLite's integrity check and looks for the triggers that keep
the log append-only. Nothing is written, in the file or outside it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.storage.anchor_check import AnchorLedger, PaperSeal
from desktop.storage.anchors import (
    Anchor,
    AnchorStore,
    place_of,
    store_id,
    valid_workspace_id,
    workspaces_anchored_at,
)
from desktop.storage.audit import ChainBreak, ChainCheck, Finding, iter_event_rows
from desktop.storage.connection import open_connection
from desktop.storage.errors import NotAWorkspace, problem, translating
from desktop.storage.lock import WorkspaceLock
from desktop.storage.row_digest import RowLedger
from desktop.storage.schema import missing_triggers
from desktop.storage.user_config import USER_CONFIG, ConfigChoice, resolve_config_folder

_IDENTITY_EVENTS = ("workspace_created", "workspace_identified")


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What :func:`verify_workspace` found.

    ``findings`` are the problems beyond a broken chain (anchors, rows, triggers, identity);
    ``notes`` what is worth saying and is not a problem. ``confirmed`` is the newest anchor the
    log matches and ``last_event_at`` the time of its last event (a restore uses both).
    """

    path: Path
    integrity: tuple[str, ...]  # ("ok",) when the file is sound
    events: int  # audit events checked
    chain_break: ChainBreak | None
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()
    workspace_id: str = ""
    confirmed: Anchor | None = None
    last_event_at: dt.datetime | None = None
    seals_matched: int = 0

    @property
    def integrity_ok(self) -> bool:
        """SQLite's ``integrity_check`` found nothing wrong."""
        return self.integrity == ("ok",)

    @property
    def ok(self) -> bool:
        """The file is sound, the audit chain holds, and nothing else was found."""
        return self.integrity_ok and self.chain_break is None and not self.findings

    def problems(self) -> list[str]:
        """Every problem, one sentence each (empty when :attr:`ok`)."""
        parts = []
        if not self.integrity_ok:
            parts.append(f"the file is damaged ({self.integrity[0]})")
        if self.chain_break is not None:
            parts.append(f"the audit log is broken at {self.chain_break.describe()}")
        return parts + [finding.message for finding in self.findings]

    def summary(self) -> str:
        """One line for a user."""
        if self.ok:
            line = f"{self.path}: the file is sound and the audit log's {self.events} events hold"
            if self.seals_matched:
                line += f", matching the seal{'s' if self.seals_matched > 1 else ''} given"
            return line + "".join(f"; {note}" for note in self.notes) + "."
        return f"{self.path}: " + "; ".join(self.problems()) + "."


class _Identity:
    """The workspace's id as its table says and as the log recorded it."""

    def __init__(self, stored: str | None) -> None:
        self.stored = stored
        self.logged: tuple[int, str] | None = None

    def feed(self, seq: int, kind: str, details: dict[str, Any]) -> None:
        if self.logged is None and kind in _IDENTITY_EVENTS and details.get("workspace_id"):
            self.logged = (seq, str(details["workspace_id"]))

    def findings(self, schema_version: int) -> list[Finding]:
        if schema_version < 3:
            return []  # the file predates workspace ids
        if not valid_workspace_id(self.stored):
            return [Finding("identity_missing", "the workspace's id is missing or was changed")]
        if self.logged is not None and self.logged[1] != self.stored:
            return [
                Finding(
                    "identity_changed",
                    f"the workspace's id differs from the one event {self.logged[0]} recorded: "
                    "it was changed outside Empty Chair",
                    self.logged[0],
                )
            ]
        return []


def _stored_id(conn: Any, tables: set[str]) -> str | None:
    if "workspace_identity" not in tables:
        return None  # a file older than workspace ids, or one whose id was dropped
    row = conn.execute("SELECT workspace_id FROM workspace_identity WHERE id = 1").fetchone()
    return str(row[0]) if row else None


def _replaced(config: Path, path: Path, workspace_id: str) -> list[Finding]:
    """A file without anchors of its own, where another workspace was anchored before."""
    found = []
    for other, last in workspaces_anchored_at(config, place_of(path)):
        if other != workspace_id:
            found.append(
                Finding(
                    "identity_replaced",
                    f"another workspace was anchored at this file's place (last on {last.at[:10]}, "
                    f"event {last.seq}), and this file has no anchor of its own: the file was "
                    "replaced, or its history was rewritten under a new id",
                )
            )
    return found[:1]


def verify_workspace(
    path: Path,
    passphrase: str,
    *,
    config: ConfigChoice = USER_CONFIG,
    seals: Iterable[PaperSeal] = (),
    backup: bool = False,
) -> VerifyReport:
    """Check the workspace at ``path``; writes nothing.

    ``config`` is where its anchors are kept (none: anchors are not checked); ``seals`` are audit
    seals taken from printed minutes; ``backup=True`` checks a backup, which may end before the
    newest anchors. Raises :class:`~desktop.storage.errors.WorkspaceError` when the file cannot be
    opened at all.
    """
    path = Path(path)
    folder = resolve_config_folder(config)
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        conn = open_connection(path, passphrase)
        try:
            with translating(path):
                return _verify(conn, path, folder, list(seals), backup)
        finally:
            conn.close()
    finally:
        lock.release()


def _verify(
    conn: Any, path: Path, folder: Path | None, seals: list[PaperSeal], backup: bool
) -> VerifyReport:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if "audit_log" not in tables:
        raise NotAWorkspace(problem("storage.not_a_workspace", path=str(path)))
    integrity = tuple(r[0] for r in conn.execute("PRAGMA integrity_check"))
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    workspace_id = _stored_id(conn, tables)
    store = (
        AnchorStore(folder, workspace_id)
        if folder is not None and valid_workspace_id(workspace_id)
        else None
    )
    entries = list(store.entries()) if store is not None else None
    anchors = AnchorLedger(entries, store_id(folder) if folder else "", seals, backup=backup)
    rows, chain, identity = RowLedger(), ChainCheck(), _Identity(workspace_id)
    unreadable: list[Finding] = []
    events, last_at = 0, ""
    for seq, at, kind, text, prev_hash, digest in iter_event_rows(conn):
        events += 1
        last_at = at
        chain.feed(seq, at, kind, text, prev_hash, digest)
        try:
            details = json.loads(text)
            if not isinstance(details, dict):
                raise ValueError(text)
        except ValueError:
            unreadable.append(Finding("event_unreadable", f"event {seq} cannot be read", seq))
            details = {}
        anchors.feed(seq, digest, kind, details)
        rows.feed(seq, kind, details)
        identity.feed(seq, kind, details)

    findings: list[Finding] = []
    missing = missing_triggers(conn)
    if missing:
        findings.append(
            Finding(
                "triggers_missing",
                f"the triggers that keep the audit log append-only are missing or were changed "
                f"({', '.join(missing)}): someone disabled them to change the log",
            )
        )
    if events == 0:
        findings.append(
            Finding("log_empty", "the audit log is empty: every workspace records its creation")
        )
    findings += unreadable[:5]
    findings += identity.findings(version)
    findings += anchors.findings()
    if store is not None and not backup and not store.exists() and folder is not None:
        findings += _replaced(folder, path, workspace_id or "")
    findings += rows.check(conn)
    return VerifyReport(
        path=path,
        integrity=integrity,
        events=events,
        chain_break=chain.broken,
        findings=tuple(findings),
        notes=tuple(anchors.notes()),
        workspace_id=workspace_id or "",
        confirmed=anchors.confirmed(),
        last_event_at=_time(last_at),
        seals_matched=anchors.seals_matched(),
    )


def _time(at: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
