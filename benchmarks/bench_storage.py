"""How long persisting one shared disclosure takes (WAL, synchronous=FULL, SQLCipher).

Prints the median and 95th percentile of
- the ItemShared transaction alone (the recorder's insert, stepped-out rows and audit event), and
- ``session.share()`` end to end (gate re-evaluation, the transaction, the gate closing).
Target: median under 20 ms. The workspace lives in a temporary folder (``--dir`` to choose the
disk), like a real one on this machine.

    .venv/bin/python benchmarks/bench_storage.py [--items 200] [--dir PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Mission,
    Person,
    Professional,
)
from desktop.core.events import ItemShared
from desktop.core.session import MeetingSession
from desktop.storage.recorder import SessionRecorder
from desktop.storage.workspace import Workspace

TARGET_MS = 20.0


def _prepare(ws: Workspace) -> None:
    team = [
        Professional(
            f"p{i}", f"Pro {i}", "social worker", "Org", True, "function", frozenset({"youth"})
        )
        for i in range(12)
    ]
    ws.save_professionals(team)
    ws.save_person(Person("x", "Fictional Person", "F.P."))
    ws.save_consent(
        ConsentRecord(
            "c", "x", ConsentKind.GIVEN, frozenset({"school"}), missions=frozenset({"youth"})
        )
    )
    ws.save_meeting(
        Meeting(
            "m",
            ("x",),
            "youth",
            "be-shared-secrecy",
            "Bench",
            dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC),
            "p0",
            agenda=(AgendaItem("a", "One"),),
            invitees=tuple(p.id for p in team),
        )
    )


def _session(ws: Workspace) -> tuple[MeetingSession, list[float]]:
    """The session with the recorder between two timing listeners."""
    meeting = ws.meeting("m")
    session = MeetingSession(
        meeting,
        policy=ws.policy(),
        person=ws.person("x"),
        mission=Mission("youth", "Youth care"),
        directory=ws.professionals(),
        consents=ws.consents("x"),
    )
    timings: list[float] = []
    started: list[float] = []

    def before(event: object) -> None:
        if isinstance(event, ItemShared):
            started.append(time.perf_counter())

    def after(event: object) -> None:
        if isinstance(event, ItemShared):
            timings.append(time.perf_counter() - started.pop())

    session.subscribe(before)
    SessionRecorder(ws._transaction, session).attach()
    session.subscribe(after)
    return session, timings


def _share_once(session: MeetingSession, i: int) -> None:
    session.propose("p1", "school")
    session.update_draft(
        wording=f"Item {i}: arrives late most mornings.",
        good_for_whom="For the person",
        why="The school plan",
        empty_chair_answer="Would agree",
        could_decide_without=False,
        necessity_reason="The plan depends on it",
    )
    session.share()


def _ms(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "bench.ecw"
        settings = InstitutionSettings("Bench", "Rule", (Mission("youth", "Youth care"),))
        # A throwaway: nothing kept outside the file (no anchors in the user's folder).
        with Workspace.create(path, "bench passphrase", settings, config=None) as ws:
            _prepare(ws)
            modes = (ws.pragma("journal_mode"), ws.pragma("synchronous"))
            assert modes == ("wal", 2), modes  # 2: FULL
            session, timings = _session(ws)
            session.open()
            for professional in ws.professionals():
                session.mark_present(professional.id)
            end_to_end = []
            for i in range(args.items):
                start = time.perf_counter()
                _share_once(session, i)
                end_to_end.append(time.perf_counter() - start)
    transaction_median, transaction_p95 = _ms(timings)
    share_median, share_p95 = _ms(end_to_end)
    print(f"persist one shared disclosure ({args.items} items, WAL, synchronous=FULL, in {folder})")
    print(
        f"  ItemShared transaction: median {transaction_median:.2f} ms, p95 "
        f"{transaction_p95:.2f} ms (target < {TARGET_MS:.0f} ms)"
    )
    print(f"  propose + answer + share(): median {share_median:.2f} ms, p95 {share_p95:.2f} ms")
    return 0 if transaction_median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
