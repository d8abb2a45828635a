"""A meeting as a whole, as storage returns it and the minutes print it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

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
    # Every person the meeting concerns, in order (empty: ``person`` alone, as before families).
    persons: tuple[Person, ...] = ()
    # Who confirmed the confidentiality undertaking at check-in, and when.
    undertakings: dict[str, dt.datetime] = field(default_factory=dict)

    @property
    def concerned(self) -> tuple[Person, ...]:
        """Every person the meeting concerns, in the order the team named them."""
        return self.persons or (self.person,)

    def whose(self, item: SharedItem | WithheldItem) -> tuple[Person, ...]:
        """The persons whose information an item is (an item stored before families: the
        meeting's one person)."""
        about = set(item.about or self.meeting.person_ids)
        return tuple(p for p in self.concerned if p.id in about)

    def for_person(self, person_id: str) -> MeetingRecord:
        """The record as one person of the meeting receives it: only the items about them, the
        decisions and actions that rest on those items (in a meeting about one person, also
        those that rest on none), and ``person`` set to them.
        ``KeyError`` when the meeting does not concern them."""
        person = next((p for p in self.concerned if p.id == person_id), None)
        if person is None:
            raise KeyError(person_id)
        shared = tuple(i for i in self.shared if person in self.whose(i))
        withheld = tuple(i for i in self.withheld if person in self.whose(i))
        theirs = {i.id for i in shared} | {i.id for i in withheld}
        others = {i.id for i in self.shared} - theirs

        family = len(self.concerned) > 1

        def kept(item_ids: tuple[str, ...]) -> bool:
            if family:
                # A family: only what rests on an item about this person. A decision resting on
                # no item may be about any of them, and their copy holds only what is theirs.
                return bool(set(item_ids) & theirs)
            # One person: everything but what rests only on items erased since.
            return not item_ids or bool(set(item_ids) & theirs) or not set(item_ids) <= others

        decisions = tuple(d for d in self.decisions if kept(d.item_ids))
        decision_ids = {d.id for d in decisions}
        actions = tuple(
            a
            for a in self.actions
            if kept(a.item_ids) and (not a.postponed_item_id or a.postponed_item_id in theirs)
        )
        deliberations = tuple(
            c for c in self.deliberations if not c.decision_id or c.decision_id in decision_ids
        )
        return replace(
            self,
            person=person,
            shared=shared,
            withheld=withheld,
            decisions=decisions,
            actions=actions,
            deliberations=deliberations,
        )

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
