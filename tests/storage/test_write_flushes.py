"""Writes the user waits for: one flush per decided item (issue 12). The content-free "gate
opened" event commits without waiting for the disk and reaches it with the decision; it is still
in the log when the gate is closed without a decision."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from storage_helpers import PASSPHRASE

from desktop.storage.audit import check_chain, iter_event_rows
from desktop.storage.connection import open_connection
from desktop.storage.workspace import Workspace

ANSWERS = {
    "wording": "Arrives late most mornings.",
    "good_for_whom": "For X.",
    "why": "The school plan",
    "empty_chair_answer": "Would agree",
    "could_decide_without": False,
    "necessity_reason": "The plan depends on it",
}


@pytest.fixture
def commits(seeded: Workspace, monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, str, str]]:
    """Each outermost transaction of the test: (durable, synchronous at commit, last event)."""
    seen: list[tuple[bool, str, str]] = []
    transaction = Workspace._transaction

    @contextlib.contextmanager
    def spied(self: Workspace, *, durable: bool = True) -> Iterator[Any]:
        outer = not self._conn.in_transaction
        with transaction(self, durable=durable) as tx:
            yield tx
            mode = self._conn.execute("PRAGMA synchronous").fetchone()[0]
        if outer:
            last = self._conn.execute(
                "SELECT kind FROM audit_log ORDER BY seq DESC LIMIT 1"
            ).fetchone()[0]
            seen.append((durable, {1: "normal", 2: "full"}[mode], last))

    monkeypatch.setattr(Workspace, "_transaction", spied)
    return seen


def _kinds_on_disk(path: Path) -> list[str]:
    conn = open_connection(path, PASSPHRASE)  # another connection: what was committed
    try:
        return [row[2] for row in iter_event_rows(conn)]
    finally:
        conn.close()


def test_a_decided_item_waits_for_one_flush(
    seeded: Workspace, commits: list[tuple[bool, str, str]]
) -> None:
    session = seeded.start_session("m1")
    session.open()
    for pid in ("a", "b"):
        session.mark_present(pid)
    commits.clear()
    session.propose("a", "school")
    session.update_draft(**ANSWERS)
    session.share()
    assert commits == [(False, "normal", "gate_opened"), (True, "full", "gate_outcome")]
    commits.clear()
    session.propose("b", "school")
    session.not_share()
    assert commits == [(False, "normal", "gate_opened"), (True, "full", "gate_outcome")]
    assert seeded.pragma("synchronous") == 2  # FULL again for everything else


def test_a_gate_closed_without_a_decision_still_left_its_event(
    seeded: Workspace, commits: list[tuple[bool, str, str]]
) -> None:
    session = seeded.start_session("m1")
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.propose("a", "school")
    session.cancel_draft()
    assert _kinds_on_disk(seeded.path)[-1] == "gate_opened"  # committed, seen by another reader
    session.close()
    with seeded.reading() as conn:
        assert check_chain(iter_event_rows(conn)) is None
