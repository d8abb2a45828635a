"""Checking a workspace without changing it: is the file sound, and does its history hold?

:func:`verify_workspace` reads the audit log once, event by event, and feeds each event to the
checks that follow it — the hash chain (:class:`~desktop.storage.audit.ChainCheck`), the anchors
kept outside the file and the seals taken from paper
(:class:`~desktop.storage.anchor_check.AnchorLedger`), the digests of the data rows
(:class:`~desktop.storage.row_digest.RowLedger`) and the workspace's identity — then asks each
what does not hold. It looks for the triggers that keep the log append-only. Nothing is written
in the file.

A *full* verification also runs SQLite's integrity check (the one walk through every page; the
unlock does not do it) and reads the whole log. A *routine* one — at every opening, in the
background, and in every backup — starts from the last verified checkpoint
(:mod:`desktop.storage.checkpoints`): the event there must still have its hash, and only what
came after is followed, so it costs the same after ten years as after a week. Without a
checkpoint, or when the one there does not apply (the log was restored, the anchor file is
shorter than it was), a routine verification is a full one. Each verification that finds nothing
wrong leaves a new checkpoint beside the anchors. The log is read one event at a time: a long
log costs no memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.messages import Message
from desktop.storage.anchor_check import AnchorLedger, PaperSeal
from desktop.storage.anchors import (
    Anchor,
    AnchorStore,
    Entry,
    RestoreMark,
    place_of,
    store_id,
    valid_workspace_id,
    workspaces_anchored_at,
)
from desktop.storage.audit import GENESIS_HASH, ChainBreak, ChainCheck, Finding, iter_event_rows
from desktop.storage.checkpoints import Checkpoint, CheckpointStore
from desktop.storage.connection import open_connection
from desktop.storage.errors import CHECK_STOPPED, Cancelled, NotAWorkspace, problem, translating
from desktop.storage.lock import WorkspaceLock
from desktop.storage.row_digest import DIGESTED_COLUMNS, RowLedger
from desktop.storage.schema import missing_triggers
from desktop.storage.user_config import USER_CONFIG, ConfigChoice, resolve_config_folder
from desktop.storage.verify_texts import one_after_another, report_text

_IDENTITY_EVENTS = ("workspace_created", "workspace_identified")

#: ``progress(phase, done, total)``: phase "file" (the integrity check; no total), "log"
#: (events read of ``total``), "rows" (tables checked of ``total``).
Progress = Callable[[str, int, int], None]
_EVERY = 2000  # events between two progress reports (and cancellation checks)


def _no_progress(phase: str, done: int, total: int) -> None:
    """Nobody follows the progress."""


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What :func:`verify_workspace` found.

    ``findings`` are the problems beyond a broken chain (anchors, rows, triggers, identity);
    ``notes`` what is worth saying and is not a problem. Its sentences are rendered in the
    language asked for (:meth:`problems`, :meth:`summary`; English by default), or handed on
    whole to an error (:meth:`summary_message`). ``confirmed`` is the newest anchor the
    log matches and ``last_event_at`` the time of its last event (a restore uses both).
    """

    path: Path
    integrity: tuple[str, ...]  # ("ok",) when the file is sound; () when not checked (routine)
    events: int  # audit events checked
    chain_break: ChainBreak | None
    findings: tuple[Finding, ...] = ()
    notes: tuple[Message, ...] = ()
    workspace_id: str = ""
    confirmed: Anchor | None = None
    last_event_at: dt.datetime | None = None
    seals_matched: int = 0
    since: int = 0  # a routine check: the events after this checkpoint were checked (0: all)

    @property
    def full(self) -> bool:
        """The whole log was checked (and the file, unless it is a routine check)."""
        return self.since == 0

    @property
    def integrity_ok(self) -> bool:
        """SQLite's ``integrity_check`` found nothing wrong (or was not run: a routine check)."""
        return self.integrity in (("ok",), ())

    @property
    def ok(self) -> bool:
        """The file is sound, the audit chain holds, and nothing else was found."""
        return self.integrity_ok and self.chain_break is None and not self.findings

    def problem_messages(self) -> list[Message]:
        """Every problem, one sentence each, to render in the reader's language (empty when
        :attr:`ok`)."""
        parts = []
        if not self.integrity_ok:
            # SQLite's own words (English): what a technician needs to read.
            parts.append(report_text("verify.damaged", problem=self.integrity[0]))
        if self.chain_break is not None:
            parts.append(report_text("verify.chain_broken", where=self.chain_break.describe()))
        return parts + [finding.message for finding in self.findings]

    def problems(self, lang: str = "en") -> list[str]:
        """Every problem, one sentence each in ``lang`` (empty when :attr:`ok`)."""
        return [message.render(lang) for message in self.problem_messages()]

    def summary_message(self) -> Message:
        """One line for a user, to render in their language (or to give to an error)."""
        if self.ok:
            if self.full:
                line = report_text("verify.sound", count=self.events)
            else:
                line = report_text("verify.sound_since", count=self.events, since=str(self.since))
            if self.seals_matched:
                line = report_text("verify.with_seals", report=line, count=self.seals_matched)
            parts = [line, *self.notes]
        else:
            parts = self.problem_messages()
        return report_text("verify.report", path=str(self.path), report=one_after_another(parts))

    def summary(self, lang: str = "en") -> str:
        """One line for a user, in ``lang``."""
        return self.summary_message().render(lang)


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
            return [Finding("identity_missing", report_text("verify.identity_missing"))]
        if self.logged is not None and self.logged[1] != self.stored:
            return [
                Finding(
                    "identity_changed",
                    report_text("verify.identity_changed", seq=str(self.logged[0])),
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
                    report_text("verify.identity_replaced", day=last.at[:10], seq=str(last.seq)),
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
    full: bool = False,
    progress: Progress = _no_progress,
) -> VerifyReport:
    """Check the workspace at ``path`` (which must not be open); writes nothing in the file.

    ``config`` is where its anchors and checkpoints are kept (none: anchors are not checked and
    every check is full); ``seals`` are audit seals taken from printed minutes; ``backup=True``
    checks a backup, which may end before the newest anchors (always in full, never leaving a
    checkpoint). ``full=True`` runs the integrity check and reads the whole log; otherwise the
    check starts from the last checkpoint. Raises
    :class:`~desktop.storage.errors.WorkspaceError` when the file cannot be opened at all.
    """
    path = Path(path)
    folder = resolve_config_folder(config)
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        conn = open_connection(path, passphrase)
        try:
            with translating(path):
                check = _Verification(conn, path, folder, list(seals), backup=backup)
                return check.run(full=full or backup, progress=progress)
        finally:
            conn.close()
    finally:
        lock.release()


def verify_open_workspace(
    workspace: Any,
    *,
    full: bool = False,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] | None = None,
) -> VerifyReport:
    """Check a workspace this process has open, on a connection of its own (the window's reads
    go on meanwhile; run it off the GUI thread). The same checks as :func:`verify_workspace`;
    ``cancelled()`` turning true stops it (:class:`~desktop.storage.errors.Cancelled`)."""
    anchors = workspace.anchors
    folder = anchors.config_folder if anchors is not None else None
    with workspace.on_own_connection() as own, own.reading() as conn, translating(own.path):
        check = _Verification(
            conn, workspace.path, folder, [], backup=False, quiet=workspace.writes_held
        )
        return check.run(full=full, progress=progress, cancelled=cancelled)


class _Verification:
    """One verification of one connection's file (see the module's docstring)."""

    def __init__(
        self,
        conn: Any,
        path: Path,
        folder: Path | None,
        seals: list[PaperSeal],
        *,
        backup: bool,
        quiet: Callable[[], contextlib.AbstractContextManager[Any]] | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.folder = folder
        self.seals = seals
        self.backup = backup
        # Held while the anchor file is read and the file's snapshot taken, so that no anchor
        # or event is half written meanwhile (a workspace open in this process writes on).
        self.quiet = quiet or contextlib.nullcontext

    def run(
        self,
        *,
        full: bool,
        progress: Progress = _no_progress,
        cancelled: Callable[[], bool] | None = None,
    ) -> VerifyReport:
        conn = self.conn
        with self.quiet():
            conn.execute("BEGIN")  # one snapshot for every read below
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "audit_log" not in tables:
                conn.execute("ROLLBACK")
                raise NotAWorkspace(problem("storage.not_a_workspace", path=str(self.path)))
            workspace_id = _stored_id(conn, tables)
            store = (
                AnchorStore(self.folder, workspace_id)
                if self.folder is not None and valid_workspace_id(workspace_id)
                else None
            )
            checkpoints = (
                CheckpointStore(self.folder, workspace_id)
                if store is not None and self.folder is not None and not self.backup
                else None
            )
            resume = None if full or checkpoints is None else checkpoints.load()
            entries: list[Entry] | None = None
            after_entries = (0, 1)
            if resume is not None and store is not None:
                entries, after_entries = _new_entries(store, resume)
                if entries is None or resume.identity != workspace_id:
                    resume = None
            if resume is None and store is not None:
                entries, after_entries = _new_entries(store, None)
        try:
            if resume is not None and not _still_holds(conn, resume):
                resume = None  # restored, or rewritten: the full check says which
                if store is not None:
                    entries, after_entries = _new_entries(store, None)
            integrity: tuple[str, ...] = ()
            if resume is None:  # the one walk through every page of the file
                progress("file", 0, 0)
                integrity = _integrity(conn, cancelled)
            report, checkpoint = self._follow(
                conn,
                tables,
                workspace_id,
                store,
                entries,
                after_entries,
                resume,
                integrity,
                progress,
                cancelled,
            )
        finally:
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
        if checkpoints is not None and checkpoint is not None and report.ok:
            with contextlib.suppress(OSError):
                checkpoints.save(checkpoint)
        return report

    def _follow(
        self,
        conn: Any,
        tables: set[str],
        workspace_id: str | None,
        store: AnchorStore | None,
        entries: list[Entry] | None,
        after_entries: tuple[int, int],
        resume: Checkpoint | None,
        integrity: tuple[str, ...],
        progress: Progress,
        cancelled: Callable[[], bool] | None,
    ) -> tuple[VerifyReport, Checkpoint | None]:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        anchors = AnchorLedger(
            entries,
            store_id(self.folder) if self.folder else "",
            self.seals,
            backup=self.backup,
            resume=resume,
        )
        start = (resume.seq, resume.hash) if resume is not None else (0, GENESIS_HASH)
        if resume is not None:
            for seq in anchors.wanted_before(resume.seq):
                row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
                if row is not None:
                    anchors.know(seq, str(row[0]))
        rows, identity = RowLedger(), _Identity(workspace_id)
        if resume is not None and resume.identity_seq is not None:
            identity.logged = (resume.identity_seq, resume.identity)
        chain = ChainCheck(start)
        total = int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])
        unreadable: list[Finding] = []
        events, last_at = 0, ""
        last = start
        progress("log", 0, total - start[0])
        for seq, at, kind, text, prev_hash, digest in iter_event_rows(conn, start[0] + 1):
            events += 1
            last_at = at
            last = (seq, digest)
            chain.feed(seq, at, kind, text, prev_hash, digest)
            try:
                details = json.loads(text)
                if not isinstance(details, dict):
                    raise ValueError(text)
            except ValueError:
                unreadable.append(
                    Finding(
                        "event_unreadable",
                        report_text("verify.event_unreadable", seq=str(seq)),
                        seq,
                    )
                )
                details = {}
            anchors.feed(seq, digest, kind, details)
            rows.feed(seq, kind, details)
            identity.feed(seq, kind, details)
            if events % _EVERY == 0:
                progress("log", events, total - start[0])
                if cancelled is not None and cancelled():
                    raise Cancelled(CHECK_STOPPED)
        progress("log", events, total - start[0])
        if not last_at and resume is not None:
            row = conn.execute("SELECT at FROM audit_log WHERE seq = ?", (resume.seq,)).fetchone()
            last_at = str(row[0]) if row else ""

        findings: list[Finding] = []
        missing = missing_triggers(conn)
        if missing:
            findings.append(
                Finding(
                    "triggers_missing",
                    report_text("verify.triggers_missing", triggers=", ".join(missing)),
                )
            )
        if events == 0 and resume is None:
            findings.append(Finding("log_empty", report_text("verify.log_empty")))
        findings += unreadable[:5]
        findings += identity.findings(version)
        findings += anchors.findings()
        if (
            resume is None
            and store is not None
            and not self.backup
            and not store.exists()
            and self.folder is not None
        ):
            findings += _replaced(self.folder, self.path, workspace_id or "")
        progress("rows", 0, len(DIGESTED_COLUMNS))
        rowids = _largest_rowids(conn)
        if resume is None:
            findings += rows.check(conn)
        else:
            findings += rows.check_recent(conn, resume.rowids)
        progress("rows", len(DIGESTED_COLUMNS), len(DIGESTED_COLUMNS))
        confirmed = anchors.confirmed()
        report = VerifyReport(
            path=self.path,
            integrity=integrity,
            events=events,
            chain_break=chain.broken,
            findings=tuple(findings),
            notes=tuple(anchors.notes()),
            workspace_id=workspace_id or "",
            confirmed=confirmed,
            last_event_at=_time(last_at),
            seals_matched=anchors.seals_matched(),
            since=resume.seq if resume is not None else 0,
        )
        checkpoint = None
        if last[0] > 0 and valid_workspace_id(workspace_id):
            checkpoint = Checkpoint(
                seq=last[0],
                hash=last[1],
                at=dt.datetime.now(dt.UTC).isoformat(),
                anchor_offset=after_entries[0],
                anchor_line=after_entries[1],
                closed_at=anchors.closed_at,
                identity_seq=identity.logged[0] if identity.logged else None,
                identity=workspace_id or "",
                rowids=rowids,
                confirmed=(
                    (confirmed.seq, confirmed.hash, confirmed.at, confirmed.milestone)
                    if confirmed is not None
                    else None
                ),
                declared_anchors=anchors.declared,
            )
        return report, checkpoint


def _new_entries(
    store: AnchorStore, resume: Checkpoint | None
) -> tuple[list[Entry] | None, tuple[int, int]]:
    """The anchor file's entries to check — those written since the checkpoint, or all — and
    where the next check starts reading (after the last whole line). ``None`` when the
    checkpoint does not apply: a restore mark since, or a file shorter than it was."""
    offset, line = (resume.anchor_offset, resume.anchor_line) if resume else (0, 1)
    if resume is not None and store.size() < offset:
        return None, (0, 1)
    entries: list[Entry] = []
    position, next_line = offset, line
    for entry, end, number in store.entries_from(offset, line):
        if resume is not None and isinstance(entry, RestoreMark):
            return None, (0, 1)
        entries.append(entry)
        if end is not None:
            position, next_line = end, number + 1
    return entries, (position, next_line)


def _still_holds(conn: Any, resume: Checkpoint) -> bool:
    """The event at the checkpoint is still there, with its hash."""
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (resume.seq,)).fetchone()
    return row is not None and str(row[0]) == resume.hash


def _integrity(conn: Any, cancelled: Callable[[], bool] | None) -> tuple[str, ...]:
    if cancelled is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, 1_000)
    try:
        return tuple(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
    except Exception as error:
        if cancelled is not None and cancelled():
            raise Cancelled(CHECK_STOPPED) from error
        raise
    finally:
        if cancelled is not None:
            conn.set_progress_handler(None, 0)


def _largest_rowids(conn: Any) -> dict[str, int]:
    return {
        table: int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])
        for table in DIGESTED_COLUMNS
    }


def _time(at: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


__all__ = ["Progress", "VerifyReport", "verify_open_workspace", "verify_workspace"]
