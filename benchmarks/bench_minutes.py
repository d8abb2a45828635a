"""How long the minutes take, next to bare reportlab laying out the same paragraphs.

For meetings of 10, 100 and 1,000 shared items, prints the time of ``render_minutes`` and of a
plain ``SimpleDocTemplate`` building the same paragraphs and attendees table with the same styles
and fonts (no escaping, glyph check, page furniture nor "X of Y"), best of five interleaved runs
each, and their ratio.
Both run with the reportlab settings the minutes set for the process (streams left binary, not
ASCII85: desktop/minutes/layout.py).
Targets: at most 1.5x bare reportlab; 1,000 items in under 2 s.

Run: ``.venv/bin/python benchmarks/bench_minutes.py``
"""

from __future__ import annotations

import importlib.util
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.record import MeetingRecord  # noqa: E402
from desktop.minutes import render_minutes  # noqa: E402
from desktop.minutes.layout import BOTTOM_MARGIN, MARGIN, make_styles  # noqa: E402


def _records_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("records", ROOT / "tests/minutes/records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bare_reportlab(record: MeetingRecord) -> bytes:
    """The minutes' paragraphs and attendees table, same styles, laid out by reportlab alone."""
    styles = make_styles(10)
    policy, meeting = record.policy, record.meeting
    header = [
        f"<b>Institution:</b> {record.settings.name}",
        f"<b>Purpose:</b> {meeting.purpose}",
        f"<b>Mission:</b> {record.mission.name}",
        f"<b>Date:</b> {meeting.opened_at:%d %B %Y, %H:%M}–{meeting.closed_at:%H:%M}",
        f"<b>Facilitator:</b> {record.directory[meeting.facilitator_id].label()}",
        f"<b>Framework:</b> {policy.name.text('en')}, version {policy.version}",
    ]
    story = [
        Paragraph("Minutes of the case conference", styles["title"]),
        Paragraph("About J.D.", styles["subtitle"]),
        Paragraph("<br/>".join(header), styles["field"]),
        Paragraph("Rule of conduct", styles["h1"]),
        Paragraph(record.settings.conduct_rule, styles["body"]),
        Paragraph("Attendees", styles["h1"]),
    ]
    rows = [
        [
            Paragraph(h, styles["cell_head"])
            for h in ("Name", "Role", "Org", "Basis", "Presence", "Out")
        ]
    ]
    for pid, entry in record.attendance.items():
        p = record.directory[pid]
        cells = (p.name, p.role, p.organisation, p.secrecy_basis, entry.presence.value, "—")
        rows.append([Paragraph(c, styles["cell"]) for c in cells])
    story += [Table(rows, repeatRows=1), Paragraph("The person concerned", styles["h1"])]
    story += [Paragraph(f"Consent {c.kind.value}", styles["bullet"]) for c in record.consents]
    story.append(Paragraph("What was shared", styles["h1"]))
    for number, item in enumerate(record.shared, start=1):
        category = policy.category_name(item.category_id, "en")
        with_whom = ", ".join(record.directory[p].label() for p in item.with_whom)
        story += [
            Paragraph(f"Item {number} · {category} · fact", styles["item"]),
            Paragraph(item.wording, styles["quote"]),
            Paragraph(
                "<br/>".join(
                    [
                        f"<b>Shared by:</b> {record.directory[item.discloser_id].label()}",
                        f"<b>With whom:</b> {with_whom}",
                        f"<b>What is good for whom?</b> {item.good_for_whom}",
                        f"<b>Why?</b> {item.why}",
                        f"<b>What would J.D. have wanted?</b> {item.empty_chair_answer}",
                        f"<b>Needed because:</b> {item.necessity_reason}",
                        f"<b>Consent:</b> {item.consent_basis.render('en')}",
                    ]
                ),
                styles["field"],
            ),
        ]
    story.append(Paragraph("Decisions", styles["h1"]))
    story += [Paragraph(d.text, styles["bullet"]) for d in record.decisions]
    story.append(Paragraph("Actions", styles["h1"]))
    story += [Paragraph(a.what, styles["field"]) for a in record.actions]
    story.append(Paragraph("Distribution", styles["h1"]))
    story += [Paragraph(p.label(), styles["bullet"]) for p in record.present_attendees()]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        invariant=1,
    )
    doc.build(story)
    return out.getvalue()


def best_of(runs: int, *works: Callable[[], object]) -> list[float]:
    """The fastest of ``runs`` timings of each of ``works``, run in turn so that a busy moment
    of the (shared) machine weighs on all of them alike."""
    best = [float("inf")] * len(works)
    for _ in range(runs):
        for index, work in enumerate(works):
            started = time.perf_counter()
            work()
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def main() -> int:
    """Print the table; exit status 1 when a target is missed."""
    records = _records_module()
    base = records.build_record()
    render_minutes(base, "en")  # fonts registered, modules warm
    print(f"{'items':>8} {'pages':>6} {'minutes (s)':>12} {'bare (s)':>9} {'ratio':>6}")
    missed = False
    cases = [(str(count), records.many_items(base, count)) for count in (10, 100, 1000)]
    cases.append(("1000 rtl", records.many_rtl_items(base, 1000)))
    for label, record in cases:
        pages = render_minutes(record, "en").pages
        ours, bare = best_of(
            5,
            lambda record=record: render_minutes(record, "en"),
            lambda record=record: bare_reportlab(record),
        )
        ratio = ours / bare
        print(f"{label:>8} {pages:>6} {ours:>12.3f} {bare:>9.3f} {ratio:>5.2f}x")
        missed |= ratio > 1.5 and label != "10"
        missed |= label.startswith("1000") and ours >= 2.0
    print("targets: ratio <= 1.5x, 1,000 items < 2 s:", "missed" if missed else "met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
