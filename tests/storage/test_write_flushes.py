"""Writes the user waits for: one commit and one flush per decided item (issue 12). The
content-free "gate opened" event is written in the decision's transaction, in front of it; a gate
closed without a decision writes it alone, without waiting for the disk."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from storage_helpers import PASSPHRASE

from desktop.storage import recorder
from desktop.storage.audit import check_chain, iter_event_rows, read_events
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
    assert commits == [(True, "full", "gate_outcome")]
    commits.clear()
    session.propose("b", "school")
    session.not_share()
    assert commits == [(True, "full", "gate_outcome")]
    assert seeded.pragma("synchronous") == 2
    kinds = _kinds_on_disk(seeded.path)
    assert kinds[-4:] == ["gate_opened", "gate_outcome", "gate_opened", "gate_outcome"]
    with seeded.reading() as conn:
        assert check_chain(iter_event_rows(conn)) is None


def test_the_gate_opening_keeps_its_own_time_and_comes_before_what_happened_while_open(
    seeded: Workspace,
) -> None:
    session = seeded.start_session("m1")
    session.open()
    for pid in ("a", "b"):
        session.mark_present(pid)
    before = dt.datetime.now(dt.UTC)
    session.propose("a", "school")
    opened = dt.datetime.now(dt.UTC)
    time.sleep(0.01)
    session.set_show_wording(False)  # something else is written while the gate is open
    session.update_draft(**ANSWERS)
    session.share()
    with seeded.reading() as conn:
        events = read_events(conn)
    kinds = [e.kind for e in events]
    assert kinds[-3:] == ["gate_opened", "wording_display_changed", "gate_outcome"]
    assert before <= events[-3].at <= opened < events[-2].at


def test_a_refused_decision_keeps_the_gate_opening_for_the_next_write(
    seeded: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = seeded.start_session("m1")
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.propose("a", "school")
    session.update_draft(**ANSWERS)
    digest = recorder.stored_digest
    failures = iter([RuntimeError("the disk said no")])

    def failing_once(*args: Any) -> str:
        for error in failures:
            raise error
        return digest(*args)

    monkeypatch.setattr(recorder, "stored_digest", failing_once)
    with pytest.raises(RuntimeError):
        session.share()
    assert "gate_opened" not in _kinds_on_disk(seeded.path)  # rolled back with the decision
    session.share()
    assert _kinds_on_disk(seeded.path)[-2:] == ["gate_opened", "gate_outcome"]
    with seeded.reading() as conn:
        assert check_chain(iter_event_rows(conn)) is None


def test_a_gate_closed_without_a_decision_still_left_its_event(
    seeded: Workspace, commits: list[tuple[bool, str, str]]
) -> None:
    session = seeded.start_session("m1")
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.propose("a", "school")
    commits.clear()
    session.cancel_draft()
    assert commits == [(False, "normal", "gate_opened")]  # alone, without waiting for the disk
    assert _kinds_on_disk(seeded.path)[-1] == "gate_opened"  # committed, seen by another reader
    session.close()
    with seeded.reading() as conn:
        assert check_chain(iter_event_rows(conn)) is None


def test_setting_the_room_up_does_not_wait_for_the_disk_and_the_decision_flushes_it(
    seeded: Workspace, commits: list[tuple[bool, str, str]]
) -> None:
    session = seeded.start_session("m1")
    session.open()
    for pid in ("a", "b"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    assert commits == [
        (False, "normal", "meeting_opened"),
        (False, "normal", "attendance_changed"),
        (False, "normal", "attendance_changed"),
        (False, "normal", "agenda_advanced"),
    ]
    # Committed all the same: another connection reads them (a killed process loses nothing).
    assert _kinds_on_disk(seeded.path)[-4:] == [
        "meeting_opened",
        "attendance_changed",
        "attendance_changed",
        "agenda_advanced",
    ]
    assert seeded.pragma("synchronous") == 2  # back to waiting for the disk
    commits.clear()
    session.propose("a", "school")
    session.update_draft(**ANSWERS)
    session.share()  # its flush takes the WAL frames of the set-up with it
    session.leave("b")
    session.close()
    assert commits == [
        (True, "full", "gate_outcome"),
        (False, "normal", "attendance_changed"),
        (True, "full", "meeting_closed"),
    ]
    with seeded.reading() as conn:
        assert check_chain(iter_event_rows(conn)) is None
