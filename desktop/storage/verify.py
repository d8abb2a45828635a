"""Checking a workspace without changing it: SQLite's integrity check and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.storage.audit import ChainBreak, check_chain
from desktop.storage.connection import open_connection
from desktop.storage.errors import NotAWorkspace, problem, translating
from desktop.storage.lock import WorkspaceLock


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What :func:`verify_workspace` found."""

    path: Path
    integrity: tuple[str, ...]  # ("ok",) when the file is sound
    events: int  # audit events checked
    chain_break: ChainBreak | None

    @property
    def integrity_ok(self) -> bool:
        """SQLite's ``integrity_check`` found nothing wrong."""
        return self.integrity == ("ok",)

    @property
    def ok(self) -> bool:
        """The file is sound and the audit chain holds."""
        return self.integrity_ok and self.chain_break is None

    def summary(self) -> str:
        """One line for a user."""
        if self.ok:
            return f"{self.path}: the file is sound and the audit log's {self.events} events hold."
        parts = []
        if not self.integrity_ok:
            parts.append(f"the file is damaged ({self.integrity[0]})")
        if self.chain_break is not None:
            parts.append(f"the audit log is broken at {self.chain_break.describe()}")
        return f"{self.path}: " + "; ".join(parts) + "."


def verify_workspace(path: Path, passphrase: str) -> VerifyReport:
    """Run ``PRAGMA integrity_check`` and recompute the audit chain; writes nothing.

    Raises :class:`~desktop.storage.errors.WorkspaceError` when the file cannot be opened at all.
    """
    path = Path(path)
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        conn = open_connection(path, passphrase)
        try:
            with translating(path):
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if "audit_log" not in tables:
                    raise NotAWorkspace(problem("storage.not_a_workspace", path=str(path)))
                integrity = tuple(r[0] for r in conn.execute("PRAGMA integrity_check"))
                rows = conn.execute(
                    "SELECT seq, at, kind, details, prev_hash, hash FROM audit_log ORDER BY seq"
                ).fetchall()
        finally:
            conn.close()
    finally:
        lock.release()
    return VerifyReport(path, integrity, len(rows), check_chain(rows))
