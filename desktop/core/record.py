"""A meeting as a whole, as storage returns it and the minutes print it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.deliberation import DeliberationConclusion
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
class RecipientCopy:
    """Who receives a copy of the minutes, and the ids of the shared items it holds."""

    professional: Professional
    item_ids: tuple[str, ...]

    @property
    def bound(self) -> bool:
        """The recipient is bound by professional secrecy (else the copy holds no item)."""
        return self.professional.bound_by_secrecy


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
    deliberations: tuple[DeliberationConclusion, ...] = ()  # concluded ones: never their notes

    def items_for(self, professional_id: str) -> tuple[SharedItem, ...]:
        """The shared items one attendee may receive in writing: those shared with them (present,
        not stepped out, arrived before) — and none at all if they are not bound by secrecy."""
        professional = self.directory.get(professional_id)
        if professional is None or not professional.bound_by_secrecy:
            return ()
        return tuple(item for item in self.shared if item.received_by(professional_id))

    def copies(self) -> tuple[RecipientCopy, ...]:
        """One copy per attendee who was present, with the items it holds (DESIGN.md §6)."""
        return tuple(
            RecipientCopy(p, tuple(i.id for i in self.items_for(p.id)))
            for p in self.present_attendees()
        )

    def present_attendees(self) -> tuple[Professional, ...]:
        """Who was present at some point of the meeting: the distribution list of the minutes."""
        return tuple(
            # An id the directory lacks (erased since) still gets a line, named by its id.
            self.directory.get(pid) or Professional(id=pid, name=pid, role="")
            for pid, entry in self.attendance.items()
            if any(presence is Presence.PRESENT for _, presence in entry.changes)
        )
