"""How long one gate evaluation takes: a room of 30 attendees and 20 consent records.

Run: ``.venv/bin/python benchmarks/bench_gate.py``. Prints the median and 95th percentile of one
``evaluate_gate`` call (target: well under 1 ms, so the gate never slows a conversation down).
Fictional data only.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    Draft,
    Mission,
    Participation,
    Person,
    Professional,
)
from desktop.core.gate import GateInput, GateResult, evaluate_gate
from desktop.core.policy import load_policy

RUNS = 2000
WARM_UP = 200
TARGET_MS = 1.0
TODAY = dt.date(2026, 3, 12)
CATEGORIES = ("health", "family", "housing", "school", "finances", "work", "justice")


def room(size: int = 30) -> tuple[Professional, ...]:
    """``size`` attendees, all bound and in youth care (so every check walks the whole room)."""
    return tuple(
        Professional(
            id=f"pro-{i}",
            name=f"Worker {i}",
            role=("social worker", "educator", "psychologist", "nurse")[i % 4],
            bound_by_secrecy=True,
            secrecy_basis="Penal code, art. 458",
            missions=frozenset({"youth", "school"} if i % 3 else {"youth"}),
        )
        for i in range(size)
    )


def consents(person_id: str) -> tuple[ConsentRecord, ...]:
    """20 records: given (mission and named scopes), expired, revoked, refusals, not obtainable."""
    records = []
    for i in range(20):
        kind = ConsentKind.GIVEN
        categories = frozenset(CATEGORIES[i % len(CATEGORIES) : i % len(CATEGORIES) + 2])
        if i % 4 == 1:
            categories |= {"health"}  # several consents cover the proposed category
        if i in (3, 11):
            # Refusals concern another category than the one proposed, so the gate checks all.
            kind, categories = ConsentKind.REFUSED, frozenset({"justice"})
        elif i in (7, 15):
            kind = ConsentKind.NOT_OBTAINABLE
        records.append(
            ConsentRecord(
                id=f"consent-{i}",
                person_id=person_id,
                kind=kind,
                categories=categories,
                missions=frozenset({"youth"} if i % 2 else set()),
                professionals=frozenset(f"pro-{j}" for j in range(i % 5, 30, 7)),
                valid_from=dt.date(2025, 1 + i % 12, 1),
                valid_until=dt.date(2025, 12, 31) if i % 6 == 5 else None,
                revoked_on=dt.date(2026, 2, 1) if i % 9 == 8 else None,
                reason="cannot be reached" if kind is ConsentKind.NOT_OBTAINABLE else "",
            )
        )
    return tuple(records)


def gate_input() -> GateInput:
    person = Person("person-1", "Julie Dumont", "J.D.")
    attendees = room()
    draft = Draft(
        id="draft-1",
        discloser_id=attendees[0].id,
        category_id="health",
        proposed_at=dt.datetime(2026, 3, 12, 9, 30),
        wording="Sleeps badly since March; a follow-up with her GP is planned.",
        good_for_whom="For J.: the school adapts her mornings",
        why="The school plan needs it",
        empty_chair_answer="She asked us to tell the school she is tired, not why",
        could_decide_without=False,
        necessity_reason="The plan depends on her mornings",
    )
    return GateInput(
        policy=load_policy(),
        room=attendees,
        consents=consents(person.id),
        mission=Mission("youth", "Youth care"),
        person=person,
        participation=Participation.ABSENT,
        draft=draft,
        today=TODAY,
    )


def time_gate(gate: GateInput, runs: int = RUNS) -> list[float]:
    """Milliseconds of each of ``runs`` evaluations, after a warm-up."""
    for _ in range(WARM_UP):
        evaluate_gate(gate)
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        evaluate_gate(gate)
        times.append((time.perf_counter_ns() - start) / 1e6)
    return times


def describe(result: GateResult) -> str:
    return ", ".join(f"{c} {v.status.value}" for c, v in result.verdicts.items())


def main() -> None:
    gate = gate_input()
    result = evaluate_gate(gate)
    times = sorted(time_gate(gate))
    median = statistics.median(times)
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"gate evaluation: {len(gate.room)} attendees, {len(gate.consents)} consent records")
    print(f"  verdicts: {describe(result)}")
    print(f"  runs: {len(times)}   median: {median:.4f} ms   p95: {p95:.4f} ms")
    verdict = "OK" if median < TARGET_MS else "TOO SLOW"
    print(f"  target: median well under {TARGET_MS:.0f} ms -> {verdict}")


if __name__ == "__main__":
    main()
