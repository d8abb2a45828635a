"""Rebuilding a meeting's :class:`SessionRecord` from its rows: to resume it or to print it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop.core.entities import AttendanceEntry, Meeting, Presence
from desktop.core.session import SessionRecord
from desktop.storage import codec

Rows = Callable[..., list[dict[str, Any]]]


def _attendance(rows: Rows, meeting: Meeting) -> dict[str, AttendanceEntry]:
    entries = {pid: AttendanceEntry(pid) for pid in meeting.invitees}
    changes = rows(
        "SELECT professional_id, presence, at FROM attendance_changes "
        "WHERE meeting_id = ? ORDER BY id",
        (meeting.id,),
    )
    for change in changes:
        entry = entries.setdefault(
            change["professional_id"], AttendanceEntry(change["professional_id"])
        )
        presence = Presence(change["presence"])
        entry.presence = presence
        entry.changes.append((dt.datetime.fromisoformat(change["at"]), presence))
    stepped = rows(
        "SELECT professional_id, item_id FROM stepped_out WHERE meeting_id = ? ORDER BY rowid",
        (meeting.id,),
    )
    for row in stepped:
        entry = entries.get(row["professional_id"])
        if entry is not None:
            entry.stepped_out_of.append(row["item_id"])
    return entries


def session_record(rows: Rows, meeting: Meeting) -> SessionRecord:
    """Everything the meeting decided so far, as the session keeps it in memory."""
    index_rows = rows(
        "SELECT agenda_index, agenda_started_at FROM meetings WHERE id = ?", (meeting.id,)
    )
    started = index_rows[0]["agenda_started_at"] if index_rows else None

    def load(
        table: str, convert: Callable[[dict[str, Any]], Any], order: str = "rowid"
    ) -> list[Any]:
        found = rows(f"SELECT * FROM {table} WHERE meeting_id = ? ORDER BY {order}", (meeting.id,))
        return [convert(r) for r in found]

    return SessionRecord(
        attendance=_attendance(rows, meeting),
        agenda_index=index_rows[0]["agenda_index"] if index_rows else -1,
        agenda_started_at=dt.datetime.fromisoformat(started) if started else None,
        shared=load("shared_items", codec.shared_from, "sequence, rowid"),
        withheld=load("withheld_items", codec.withheld_from),
        decisions=load("decisions", codec.decision_from),
        actions=load("actions", codec.action_from),
        deliberations=load("deliberations", codec.deliberation_from),
    )


def mentioned_ids(meeting: Meeting, record: SessionRecord) -> list[str]:
    """Every professional a meeting's record names, in a stable order."""
    ids: list[str] = [meeting.facilitator_id, *meeting.invitees, *record.attendance]
    for item in record.shared:
        ids += [item.discloser_id, *item.with_whom, *item.stepped_out]
    ids += [item.proposed_by for item in record.withheld]
    ids += [action.who for action in record.actions if action.who]
    return list(dict.fromkeys(ids))
