"""How long a change made on the console takes to show on the shared screen (target: < 50 ms).

Each sample runs a session action (a keystroke in the gate, someone stepping out, a decision,
Blank), then lets Qt lay out and repaints the window; the time from the call to the end of the
repaint is what the room waits. Prints the median and the 95th percentile per action; exits 1 when
a median misses the target. Fictional people, in memory, offscreen.

    .venv/bin/python benchmarks/bench_shared_screen.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from benchmarks.running_meeting import running_meeting
from desktop.core.entities import AgendaItem, Person, Professional
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.shared_screen import SharedScreenWindow

TARGET_MS = 50.0
SAMPLES = 200
SIZE = (1920, 1080)


def build_session() -> MeetingSession:
    """An open meeting about a fictional person, eight people in the room, on item 2."""
    people = [
        Professional(
            f"p{i}",
            f"Fictional Person {i}",
            "social worker",
            "",
            True,
            "social work",
            frozenset({"youth"}),
        )
        for i in range(8)
    ]
    people.append(Professional("cop", "Officer Fictif", "police", "", False, "", frozenset()))
    return running_meeting(
        people,
        Person("person", "Nobody Fictif", "N.F.", known_wishes="Wants to stay at home"),
        purpose="Keep N. at home safely",
        agenda=(AgendaItem("a1", "Opening", 5), AgendaItem("a2", "School", 15)),
        current_item=1,
        consented=frozenset({"health", "school"}),
        now=dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC),
    )


def measure(window: SharedScreenWindow, action: Callable[[int], object]) -> list[float]:
    """Milliseconds from each call of ``action(i)`` to the end of the window's repaint."""
    times = []
    for i in range(SAMPLES):
        start = time.perf_counter()
        action(i)
        QCoreApplication.sendPostedEvents()  # the layout requests the change posted
        window.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    """Run every measure; 0 when every median is under the target."""
    app = QApplication.instance() or QApplication([])
    session = build_session()
    bridge = SessionBridge(session)
    window = SharedScreenWindow(bridge, "en")
    window.resize(*SIZE)
    window.show()
    app.processEvents()

    def step_out_or_back(i: int) -> None:
        (session.step_out if i % 2 == 0 else session.come_back)("cop")

    def decide(i: int) -> None:
        if session.draft is None:
            session.propose("p1", "health")
        else:
            session.not_share()

    session.propose("p1", "school")
    wording = "Sleeps badly since March; a follow-up with her GP is planned. " * 4
    results = {
        "keystroke in the gate (update_draft)": measure(
            window, lambda i: session.update_draft(wording=wording[: i % len(wording) + 1])
        ),
        "someone steps out / comes back": measure(window, step_out_or_back),
    }
    session.cancel_draft()
    results["item proposed / decided"] = measure(window, decide)
    results["blank / unblank"] = measure(window, lambda i: window.set_blank(i % 2 == 0))
    results["shared-item wording shown / hidden"] = measure(
        window, lambda i: session.set_show_wording(i % 2 == 0)
    )

    print(f"Shared screen update latency, {SIZE[0]}×{SIZE[1]}, {SAMPLES} samples each")
    print(f"{'change':40} {'median':>9} {'p95':>9} {'max':>9}")
    slow = False
    for name, times in results.items():
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        slow |= median >= TARGET_MS
        print(f"{name:40} {median:8.2f}ms {p95:8.2f}ms {max(times):8.2f}ms")
    print(f"target: median < {TARGET_MS:.0f} ms — {'MISSED' if slow else 'met'}")
    bridge.detach()
    window.close()
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
