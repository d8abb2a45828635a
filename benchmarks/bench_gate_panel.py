"""How fast the console's gate panel opens and follows the typing.

Over an in-memory session with 12 people in the room (one not bound by secrecy) and the console
at 1366×768 (offscreen), measures:

- **open**: from the Ctrl+D key press to the gate panel shown and its first verdicts painted
  (target: median under 50 ms);
- **re-evaluate**: from a key press in the wording to the lights updated and painted (target:
  median under 5 ms).

Run: ``.venv/bin/python benchmarks/bench_gate_panel.py``. Fictional data only.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.running_meeting import running_meeting
from desktop.core.entities import AgendaItem, Person, Professional
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole

OPEN_RUNS = 60
KEY_RUNS = 400
OPEN_TARGET_MS = 50.0
KEY_TARGET_MS = 5.0
NOW = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)


def build_session() -> MeetingSession:
    """A meeting about a fictional person with 12 attendees, all present."""
    people = [
        Professional(
            id=f"p{i}",
            name=f"Worker {i:02d}",
            role="educator",
            bound_by_secrecy=i != 5,
            secrecy_basis="Penal code, art. 458" if i != 5 else "",
            missions=frozenset({"youth"}),
        )
        for i in range(12)
    ]
    return running_meeting(
        people,
        Person("jd", "Julie Dumont", "J.D.", known_wishes="Tell the school I am tired"),
        purpose="Keep J. at home safely",
        agenda=(AgendaItem("a1", "School", 10),),
        current_item=0,
        consented=frozenset({"health"}),
        now=NOW,
    )


def ms(start: float) -> float:
    """Milliseconds since ``start``."""
    return (time.perf_counter() - start) * 1000


def main() -> int:
    """Print the medians; exit 1 when a target is missed."""
    app = QApplication.instance() or QApplication([])
    session = build_session()
    bridge = SessionBridge(session)
    console = MeetingConsole(session, bridge, "en", clock=lambda: NOW)
    console.resize(1366, 768)
    console.show()
    app.processEvents()
    console.centre.propose_button.setFocus()

    opening: list[float] = []
    for _ in range(OPEN_RUNS):
        start = time.perf_counter()
        QTest.keyClick(console, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        console.repaint()  # paints synchronously: the panel and its first verdicts
        opening.append(ms(start))
        assert console.centre.gate_is_open()
        session.cancel_draft()
        app.processEvents()

    QTest.keyClick(console, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    gate = console.gate
    gate.wording.setFocus()
    typing: list[float] = []
    for i in range(KEY_RUNS):
        key = Qt.Key.Key_Backspace if i % 20 == 19 else Qt.Key.Key_A
        start = time.perf_counter()
        QTest.keyClick(gate.wording, key)
        gate.lights.repaint()
        typing.append(ms(start))
    app.processEvents()

    open_median = statistics.median(opening)
    key_median = statistics.median(typing)
    print("Gate panel, console at 1366×768")
    print(
        f"open (Ctrl+D → shown, painted):  median {open_median:6.2f} ms "
        f"(p95 {statistics.quantiles(opening, n=20)[-1]:6.2f}) — target < {OPEN_TARGET_MS:.0f} ms"
    )
    print(
        f"re-evaluate (key → lights):      median {key_median:6.2f} ms "
        f"(p95 {statistics.quantiles(typing, n=20)[-1]:6.2f}) — target < {KEY_TARGET_MS:.0f} ms"
    )
    missed = open_median >= OPEN_TARGET_MS or key_median >= KEY_TARGET_MS
    print("targets:", "MISSED" if missed else "met")
    session.cancel_draft()
    bridge.detach()
    console.close()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
