"""The words of DESIGN.md §3 as typed values.

Records that the team edits (professionals, persons, consent records, meetings) are frozen
dataclasses: a change is a new value made with :func:`dataclasses.replace`, so the gate and the
session can never see a record change under their feet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.messages import Message


class Localized(dict[str, str]):
    """A text in several languages, keyed by language code (``"en"``, ``"fr"``).

    ``text(lang)`` falls back to English, then to any language present, so a partly translated
    policy never shows an empty label.
    """

    def text(self, lang: str) -> str:
        """The text in ``lang``, or the best fallback."""
        if self.get(lang):
            return self[lang]
        if self.get("en"):
            return self["en"]
        return next((value for value in self.values() if value), "")


# --- Institution ---------------------------------------------------------------------------------


class PersonNaming(StrEnum):
    """How printed minutes name the person concerned."""

    FULL_NAME = "full_name"
    ALIAS = "alias"


@dataclass(frozen=True, slots=True)
class Mission:
    """A mission the institution works in (youth care, mental health, ...)."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class InstitutionSettings:
    """Settings of one workspace (DESIGN.md §3)."""

    name: str
    conduct_rule: str
    missions: tuple[Mission, ...]
    policy_id: str = "be-shared-secrecy"
    person_naming: PersonNaming = PersonNaming.ALIAS
    retention_days: int = 365 * 5
    lock_minutes: int = 5
    meeting_lock_minutes: int = 20  # while a meeting runs: a team listening is not typing
    language: str = ""  # empty: follow the system locale
    contact: str = ""  # how the person concerned reaches the team (their copy says it)
    deliberation_method: str = ""  # the default method's id; empty: the shipped dilemma method

    def mission(self, mission_id: str) -> Mission | None:
        """The mission with this id, if the institution has it."""
        return next((m for m in self.missions if m.id == mission_id), None)


# --- Directory and persons -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Professional:
    """A directory entry: someone who may attend a case conference."""

    id: str
    name: str
    role: str
    organisation: str = ""
    bound_by_secrecy: bool = False
    secrecy_basis: str = ""  # profession, function or law
    missions: frozenset[str] = frozenset()
    active: bool = True

    def label(self) -> str:
        """Name and role, as the room sees them: ``Sam Peeters (police)``."""
        return f"{self.name} ({self.role})" if self.role else self.name


@dataclass(frozen=True, slots=True)
class Person:
    """The person concerned by case conferences (the *maître du secret*)."""

    id: str
    name: str
    alias: str
    reference: str = ""
    known_wishes: str = ""


class ConsentKind(StrEnum):
    """What the person said, or why they could not say it.

    ``INFORMED`` and ``OBJECTED`` serve frameworks where the person is informed of the sharing
    and may object (French care teams): *informed* records that they were told and did not
    object; an *objection* blocks exactly like a refusal.
    """

    GIVEN = "given"
    REFUSED = "refused"
    NOT_OBTAINABLE = "not_obtainable"
    INFORMED = "informed"
    OBJECTED = "objected"

    @property
    def blocks(self) -> bool:
        """A refusal or an objection: it blocks sharing whatever else is on record."""
        return self in (ConsentKind.REFUSED, ConsentKind.OBJECTED)


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """A consent, refusal, or a recorded impossibility to ask.

    Scope: ``categories`` (information categories) × recipients, where recipients are given as
    ``missions`` (anyone working in one of them) and/or named ``professionals``. A recipient is
    covered when they are named or work in a listed mission.

    A record entered wrongly is corrected, never overwritten: the correction is a new record that
    ``replaces`` it, and the old one keeps its content with ``replaced_by`` set, as history.
    """

    id: str
    person_id: str
    kind: ConsentKind
    categories: frozenset[str]
    missions: frozenset[str] = frozenset()
    professionals: frozenset[str] = frozenset()
    valid_from: dt.date = dt.date.min
    valid_until: dt.date | None = None
    obtained_how: str = ""
    reason: str = ""  # why consent could not be obtained
    revoked_on: dt.date | None = None
    recorded_on: dt.date | None = None
    replaces: str = ""  # the id of the record this one corrects
    replaced_by: str = ""  # the id of the record that corrected this one

    @property
    def is_current(self) -> bool:
        """Not replaced by a correction: the record the gate reads (a replaced one is history)."""
        return not self.replaced_by

    def is_valid_on(self, day: dt.date) -> bool:
        """In force on ``day``: started, not expired, not revoked."""
        if day < self.valid_from:
            return False
        if self.valid_until is not None and day > self.valid_until:
            return False
        return self.revoked_on is None or day < self.revoked_on

    def covers_category(self, category_id: str) -> bool:
        """The record's scope includes this information category."""
        return category_id in self.categories

    def covers_recipient(self, professional: Professional) -> bool:
        """The record's scope includes this recipient, by name or by mission."""
        return professional.id in self.professionals or bool(self.missions & professional.missions)


def current_consents(records: Iterable[ConsentRecord]) -> tuple[ConsentRecord, ...]:
    """The records in force for the gate: those not replaced by a correction, in order."""
    return tuple(record for record in records if record.is_current)


# --- Meetings ------------------------------------------------------------------------------------


class MeetingState(StrEnum):
    """A meeting's life: prepared, then open, then closed."""

    PREPARED = "prepared"
    OPEN = "open"
    CLOSED = "closed"


class Participation(StrEnum):
    """How the person concerned takes part in a meeting."""

    PRESENT = "present"
    REPRESENTED = "represented"
    ABSENT = "absent"


class Presence(StrEnum):
    """Where an attendee is, in the course of a meeting."""

    INVITED = "invited"
    PRESENT = "present"
    EXCUSED = "excused"
    STEPPED_OUT = "stepped_out"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One point of the agenda, with its time box in minutes."""

    id: str
    title: str
    minutes: int = 10


@dataclass(frozen=True, slots=True)
class PriorInformation:
    """Who was informed before the meeting, where the framework requires it (French child
    protection: the holders of parental authority, and the child by age and maturity).

    Whether the person concerned was informed is :attr:`Meeting.informed_beforehand`; this adds
    what such a framework asks on top. Kept per meeting and small, so that a meeting about a
    family can later hold one per person.
    """

    holders_informed: bool = False  # parents, guardian: whoever holds parental authority
    person_not_of_age: bool = False  # too young to be informed, by age and maturity
    # Why informing them would be contrary to the child's interest (the law's one exception).
    contrary_reason: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """A case conference about one person (DESIGN.md §3)."""

    id: str
    person_id: str
    mission_id: str
    policy_id: str
    purpose: str
    scheduled_at: dt.datetime
    facilitator_id: str
    agenda: tuple[AgendaItem, ...] = ()
    invitees: tuple[str, ...] = ()
    participation: Participation = Participation.ABSENT
    advocate: str = ""  # who speaks for the person when represented
    informed_beforehand: bool = False
    informed_how: str = ""
    place: str = ""  # where the team meets, as the minutes say it
    next_meeting: dt.date | None = None  # the next meeting's date, when already set
    # The legal basis a framework may ask for (a case consultation): one of the policy's bases
    # by id, and/or words typed by the facilitator (a basis of their own, or a reference).
    legal_basis_id: str = ""
    legal_basis_text: str = ""
    prior_information: PriorInformation = PriorInformation()
    state: MeetingState = MeetingState.PREPARED
    opened_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    show_wording_on_shared_screen: bool = False


# --- Disclosures ---------------------------------------------------------------------------------


class Nature(StrEnum):
    """What kind of information an item is."""

    FACT = "fact"
    OPINION = "opinion"
    STATEMENT = "statement"  # what someone said, attributed


class Outcome(StrEnum):
    """How a proposed disclosure ended."""

    SHARED = "shared"
    NOT_SHARED = "not_shared"
    POSTPONED = "postponed"


@dataclass(frozen=True, slots=True)
class Draft:
    """A proposed disclosure while the gate is open. Lives only in memory.

    Nothing here is written anywhere unless the item is shared.
    """

    id: str
    discloser_id: str
    category_id: str
    proposed_at: dt.datetime
    agenda_item_id: str = ""
    nature: Nature = Nature.FACT
    statement_of: str = ""  # whose statement, when nature is STATEMENT
    opinion_basis: str = ""  # what the opinion rests on, when nature is OPINION (no a priori)
    wording: str = ""
    good_for_whom: str = ""
    why: str = ""
    empty_chair_answer: str = ""
    in_persons_interest: bool = False
    could_decide_without: bool | None = None  # None: not answered yet
    necessity_reason: str = ""
    person_agrees_now: bool = False
    exception_id: str = ""
    exception_justification: str = ""
    # Ids of the recorded refusals the facilitator explicitly confirmed the exception overrides.
    refusal_override: tuple[str, ...] = ()
    # What some frameworks ask on top (see the condition kinds in desktop.core.policy):
    purpose_id: str = ""  # why this is shared, from the policy's list of purposes
    need_to_know: bool = False  # everyone in the room needs to know this item
    minimum_necessary: bool = False  # the wording holds only the minimum necessary


@dataclass(frozen=True, slots=True)
class SharedItem:
    """A disclosure that passed the gate and was shared: the only content the minutes keep."""

    id: str
    meeting_id: str
    agenda_item_id: str
    discloser_id: str
    category_id: str
    nature: Nature
    statement_of: str
    wording: str
    good_for_whom: str
    with_whom: tuple[str, ...]  # professional ids in the room when it was shared
    why: str
    empty_chair_answer: str
    necessity_reason: str
    consent_basis: Message  # what met C1, in words
    exception_id: str
    exception_justification: str
    stepped_out: tuple[str, ...]  # professional ids out of the room for this item
    proposed_at: dt.datetime
    shared_at: dt.datetime
    sequence: int = 0  # 1, 2, 3... in the order items were shared in the meeting (not the clock)
    opinion_basis: str = ""  # what an opinion rests on, said by its author (nature OPINION only)
    purpose_id: str = ""  # the purpose chosen from the policy's list, when it has one

    def received_by(self, professional_id: str) -> bool:
        """``professional_id`` was in the room, not stepped out, when the item was shared (the
        discloser is not a recipient of their own item)."""
        return professional_id in self.with_whom


@dataclass(frozen=True, slots=True)
class WithheldItem:
    """A disclosure that was not shared or was postponed: never its wording nor its answers."""

    id: str
    meeting_id: str
    agenda_item_id: str
    category_id: str
    outcome: Outcome
    failed_conditions: tuple[str, ...]  # ids of the policy's conditions (or "questions")
    chose_not_to_share: bool  # every condition was met and the team still chose not to share
    proposed_by: str
    proposed_at: dt.datetime
    decided_at: dt.datetime
    # Why the team chose not to share, from the policy's closed list: never words about content.
    reason_id: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision of the meeting, linked to the shared items it rests on."""

    id: str
    meeting_id: str
    text: str
    item_ids: tuple[str, ...] = ()
    decided_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """Who does what by when; linked to shared items, or born of a postponed one.

    Who is a professional of the directory (``who``, an id) or, when the person concerned or a
    relative takes it on, a name as typed (``who_name``, with ``who`` empty).
    """

    id: str
    meeting_id: str
    who: str  # a professional id, or "" when ``who_name`` says who
    what: str
    due: dt.date | None = None
    item_ids: tuple[str, ...] = ()
    postponed_item_id: str = ""
    who_name: str = ""  # free text: the person concerned, a relative...


@dataclass(slots=True)
class AttendanceEntry:
    """Where one invitee is now, and the trail of their moves in this meeting."""

    professional_id: str
    presence: Presence = Presence.INVITED
    changes: list[tuple[dt.datetime, Presence]] = field(default_factory=list)
    stepped_out_of: list[str] = field(default_factory=list)  # ids of items decided while out
