"""Minutes per recipient (DESIGN.md §6): the full record for the facilitator's file, and one
copy per attendee who was present, holding only the items shared with them.

:func:`plan_copies` says who gets what and under which file name, before anything is written
(the export dialog shows it); :func:`export_copies` writes them. File names are deterministic:
the same record and folder always give the same names.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.core.record import MeetingRecord
from desktop.minutes.document import MinutesResult, Writer, check_language
from desktop.minutes.export import export_pdf
from desktop.minutes.layout import make_styles
from desktop.minutes.minutes import render_minutes
from desktop.minutes.texts import tr

FULL_RECORD = "full_record"
RECIPIENT_COPY = "recipient_copy"


@dataclass(frozen=True, slots=True)
class PlannedCopy:
    """One document of a per-recipient export: which, for whom, holding which item numbers."""

    kind: str  # FULL_RECORD or RECIPIENT_COPY
    path: Path
    recipient_id: str = ""
    recipient_label: str = ""
    bound: bool = True
    item_numbers: tuple[int, ...] = ()


def safe_file_part(text: str, fallback: str = "meeting") -> str:
    """``text`` as a piece of a file name: letters, digits, ``.``, ``-`` and ``_`` only."""
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.") or fallback


def plan_copies(
    record: MeetingRecord, folder: str | os.PathLike[str], lang: str
) -> list[PlannedCopy]:
    """The full record, then one copy per attendee who was present (in attendance order)."""
    lang = check_language(lang)
    base = Path(folder)
    # A family: every alias, as the export dialog names its files (never the first one alone).
    aliases = "-".join(p.alias for p in record.concerned)
    stem = f"{safe_file_part(aliases)}-{record.meeting.scheduled_at.date().isoformat()}"
    numbers = Writer(record, lang, make_styles(10)).item_numbers()
    full = base / f"{stem}-{tr('file.full_record', lang)}.pdf"
    planned = [PlannedCopy(FULL_RECORD, full, item_numbers=tuple(sorted(numbers.values())))]
    used = {full.name}
    for copy in record.copies():
        person = copy.professional
        name = f"{stem}-{tr('file.copy', lang)}-{safe_file_part(person.name, person.id)}"
        candidate, n = f"{name}.pdf", 2
        while candidate in used:  # two attendees of the same name: still one file each
            candidate, n = f"{name}-{n}.pdf", n + 1
        used.add(candidate)
        planned.append(
            PlannedCopy(
                RECIPIENT_COPY,
                base / candidate,
                person.id,
                person.label(),
                copy.bound,
                tuple(sorted(numbers[i] for i in copy.item_ids if i in numbers)),
            )
        )
    return planned


def render_copy(record: MeetingRecord, planned: PlannedCopy, lang: str) -> MinutesResult:
    """The PDF of one planned document."""
    recipient = planned.recipient_id if planned.kind == RECIPIENT_COPY else None
    return render_minutes(record, lang, recipient)


def export_copies(
    record: MeetingRecord,
    folder: str | os.PathLike[str],
    lang: str,
    password: str | None = None,
) -> list[tuple[PlannedCopy, MinutesResult]]:
    """Write the full record and every attendee's copy into ``folder`` (each file atomically,
    each with ``password`` when given). Stops at the first :class:`MinutesError`; the files
    written before it stay."""
    written = []
    for planned in plan_copies(record, folder, lang):
        result = render_copy(record, planned, lang)
        export_pdf(planned.path, result, password)
        written.append((planned, result))
    return written
