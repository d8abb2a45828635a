"""A meeting as a whole, as storage returns it and the minutes print it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.entities import (
    Action,
    AttendanceEntry,
    ConsentRecord,
    Decision,
    InstitutionSettings,
    Meeting,
    Mission,
    Person,
    Presence,
    Professional,
    SharedItem,
    WithheldItem,
)
from desktop.core.policy import Policy


@dataclass(frozen=True, slots=True)
class AuditSeal:
    """The head of the workspace's audit log when a document was made: event ``seq`` and its
    hash. Printed at the foot of the minutes, it later proves what the log held (``emptychair
    verify --anchor SEQ:HASH``): a log cut or rewritten since no longer matches it."""

    seq: int
    hash: str

    def short_hash(self, digits: int = 16) -> str:
        """The first ``digits`` hex digits of the hash: enough to check, short enough to type."""
        return self.hash[:digits]


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """Everything about one meeting that may be printed: never a draft, never a withheld wording.

    ``directory`` holds every professional the record mentions (attendees, disclosers, whoever
    carries out an action), by id. ``seal`` is the audit log's head when the record was read.
    """

    settings: InstitutionSettings
    policy: Policy
    meeting: Meeting
    person: Person
    mission: Mission
    directory: dict[str, Professional]
    attendance: dict[str, AttendanceEntry]
    consents: tuple[ConsentRecord, ...]
    shared: tuple[SharedItem, ...]
    withheld: tuple[WithheldItem, ...]
    decisions: tuple[Decision, ...]
    actions: tuple[Action, ...]
    seal: AuditSeal | None = None

    def present_attendees(self) -> tuple[Professional, ...]:
        """Who was present at some point of the meeting: the distribution list of the minutes."""
        return tuple(
            self.directory[pid]
            for pid, entry in self.attendance.items()
            if any(presence is Presence.PRESENT for _, presence in entry.changes)
        )
