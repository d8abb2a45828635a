"""The disclosure gate: a pure function from the policy, the room and the proposed item to one
verdict per condition (DESIGN.md §2).

The policy says which conditions apply and how: each is of a kind of the closed vocabulary of
:class:`~desktop.core.policy.ConditionKind`, and this module holds one rule per kind, with its
reasons and fixes. Verdicts are keyed by the policy's condition ids, in the policy's order, then
the ethical questions (:data:`~desktop.core.policy.QUESTIONS`), which every gate asks.

Nothing here reads a clock, a file or a database: everything the gate needs is in
:class:`GateInput`, so the same input always gives the same verdicts, and tests can build any
situation in a line or two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    Draft,
    Localized,
    Meeting,
    Mission,
    Nature,
    Participation,
    Person,
    PriorInformation,
    Professional,
)
from desktop.core.messages import Message, Value
from desktop.core.policy import (
    EXCEPTION_KINDS,
    PERSON_KINDS,
    QUESTIONS,
    ConditionKind,
    Policy,
    PolicyCondition,
    PolicyException,
)
from desktop.core.text import join_names


class Status(StrEnum):
    """A condition's state for the item under discussion."""

    MET = "met"
    NOT_MET = "not_met"
    NEEDS_ANSWER = "needs_answer"


class FixKind(StrEnum):
    """What the facilitator can do about an unmet condition."""

    STEP_OUT = "step_out"  # ask these professionals to step out for the item
    PERSON_AGREES = "person_agrees"  # the person is here: ask them
    RECORD_BASIS = "record_basis"  # complete the directory
    POSTPONE = "postpone"  # ask the person first
    NOT_SHARE = "not_share"  # nobody would receive the item: share nothing
    COME_BACK = "come_back"  # bring these professionals back into the room
    NAME_LEGAL_BASIS = "name_legal_basis"  # name the law that organises the meeting
    RECORD_INFORMATION = "record_information"  # who was informed beforehand, or why not
    GIVE_UNDERTAKING = "give_undertaking"  # these attendees confirm the undertaking now


@dataclass(frozen=True, slots=True)
class Fix:
    """A way to meet a condition, with the professionals it concerns."""

    kind: FixKind
    message: Message
    professional_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """One condition's verdict, with the reasons naming who or what is at fault.

    ``condition`` is the policy's id of the condition (or ``"questions"``), ``kind`` its kind
    (``None`` for the questions).
    """

    condition: str
    status: Status
    reasons: tuple[Message, ...]
    fixes: tuple[Fix, ...] = ()
    culprits: tuple[str, ...] = ()  # ids of professionals at fault
    # The recorded refusals or objections that block (or that an exception overrides), by id.
    refusal_ids: tuple[str, ...] = ()
    kind: ConditionKind | None = None
    by_exception: bool = False  # met because a policy exception set the condition aside
    # An item about several persons: each person's id with the first reason of their own
    # verdict (naming them), as the minutes print what stood for each one's say.
    per_person: tuple[tuple[str, Message], ...] = ()

    @property
    def met(self) -> bool:
        """True when the condition is met."""
        return self.status is Status.MET

    def reason(self, lang: str = "en") -> str:
        """The reasons as one sentence per line."""
        return "\n".join(message.render(lang) for message in self.reasons)


@dataclass(frozen=True, slots=True)
class GateResult:
    """The verdicts for the policy's conditions and the ethical questions, in order."""

    verdicts: dict[str, Verdict]
    exception_id: str = ""  # set when a policy exception set a condition aside

    @property
    def allows_share(self) -> bool:
        """True only when every condition and the questions are met."""
        return all(verdict.met for verdict in self.verdicts.values())

    @property
    def unmet(self) -> tuple[str, ...]:
        """The conditions (and the questions) that are not met, in order."""
        return tuple(c for c, verdict in self.verdicts.items() if not verdict.met)

    @property
    def refusal_ids(self) -> tuple[str, ...]:
        """Every recorded refusal or objection the verdicts name (blocking or overridden)."""
        ids = {rid for verdict in self.verdicts.values() for rid in verdict.refusal_ids}
        return tuple(sorted(ids))

    @property
    def basis(self) -> Message:
        """What stood for the person's say (C1: consent, prior information, or a legal basis),
        as the minutes print it with a shared item; for an item about several persons, what
        stood for each one's, in one sentence."""
        for verdict in self.verdicts.values():
            if verdict.kind in PERSON_KINDS and verdict.reasons:
                whose = [reason for _, reason in verdict.per_person]
                if len(whose) < 2:
                    return verdict.reasons[0]
                basis = whose[-1]
                for reason in reversed(whose[:-1]):
                    basis = Message.of("whose.join", first=reason, rest=basis)
                return basis
        return Message.of("basis.not_asked")

    def __getitem__(self, condition: str) -> Verdict:
        return self.verdicts[condition]


@dataclass(frozen=True, slots=True)
class GateInput:
    """Everything the gate looks at for one proposed item."""

    policy: Policy
    room: tuple[Professional, ...]  # present for this item (stepped-out people are not here)
    consents: tuple[ConsentRecord, ...]
    mission: Mission
    person: Person
    participation: Participation
    draft: Draft
    today: dt.date
    # The discloser's directory entry, so a reason can name them when they are not in the room.
    discloser: Professional | None = None
    # Who stepped out for this item: the fix when nobody would be left to receive it.
    stepped_out: tuple[Professional, ...] = ()
    # What the meeting recorded at preparation, for the frameworks that ask for it.
    legal_basis_id: str = ""
    legal_basis_text: str = ""
    informed_beforehand: bool = False
    prior_information: PriorInformation = field(default_factory=PriorInformation)
    # A meeting about several persons (a family): every person concerned, in order, and each
    # one's participation. Empty: the meeting is about ``person`` alone.
    persons: tuple[Person, ...] = ()
    participations: tuple[tuple[str, Participation], ...] = ()
    # Attendees who have not yet confirmed the confidentiality undertaking, where the meeting
    # asks for it at check-in: they count as not bound by secrecy until they do.
    not_undertaken: tuple[str, ...] = ()

    @property
    def person_in_room(self) -> bool:
        """The person concerned is present for this item."""
        return self.participation is Participation.PRESENT

    @property
    def concerned(self) -> tuple[Person, ...]:
        """Every person the meeting concerns."""
        return self.persons or (self.person,)

    def participation_of(self, person: Person) -> Participation:
        """How ``person`` takes part (the meeting's participation when not said per person)."""
        return dict(self.participations).get(person.id, self.participation)

    @property
    def item_persons(self) -> tuple[Person, ...]:
        """The persons whose information the item is: those the draft names, or every person
        concerned while it names none (the one person of a meeting about one)."""
        chosen = set(self.draft.about)
        found = tuple(p for p in self.concerned if p.id in chosen)
        return found or self.concerned

    def for_person(self, person: Person) -> GateInput:
        """The same input seen from one person's side: their consents, their participation."""
        participation = self.participation_of(person)
        if person is self.person and participation is self.participation:
            return self  # the meeting's one person, as most meetings are: nothing to change
        return replace(self, person=person, participation=participation)

    def discloser_entry(self) -> Professional | None:
        """Who shares: in the room, or else as the directory knows them."""
        found = next((p for p in self.room if p.id == self.draft.discloser_id), None)
        if found is not None:
            return found
        known = self.discloser
        return known if known is not None and known.id == self.draft.discloser_id else None


def _blank(text: str) -> bool:
    return not text.strip()


def _labels(people: Iterable[Professional]) -> tuple[str, ...]:
    return tuple(p.label() for p in people)


def _names(people: Iterable[Professional]) -> tuple[str, ...]:
    return tuple(p.name for p in people)


def _ids(people: Iterable[Professional]) -> tuple[str, ...]:
    return tuple(p.id for p in people)


def _step_out(culprits: list[Professional], people: tuple[Professional, ...]) -> tuple[Fix, ...]:
    """Ask ``culprits`` to step out, offered only when someone would still receive the item:
    sending the whole room out is never a fix (a share needs a recipient)."""
    if not culprits or len(culprits) >= len(people):
        return ()
    message = Message.of("fix.step_out", names=_names(culprits))
    return (Fix(FixKind.STEP_OUT, message, _ids(culprits)),)


def recipients(gate: GateInput) -> tuple[Professional, ...]:
    """Who would receive the item: everyone in the room except the one who shares it."""
    return tuple(p for p in gate.room if p.id != gate.draft.discloser_id)


def _dated(key: str, record: ConsentRecord, **values: Value) -> Message:
    """``key`` with the record's date, or its ``_undated`` variant when the record has none."""
    day = record.recorded_on or record.valid_from
    if day == dt.date.min:
        return Message.of(f"{key}_undated", **values)
    return Message.of(key, date=day, **values)


def _category(gate: GateInput) -> Localized | str:
    category = gate.policy.category(gate.draft.category_id)
    return category.name if category else gate.draft.category_id


def _purpose(gate: GateInput) -> Localized | str:
    purpose = gate.policy.purpose(gate.draft.purpose_id)
    return purpose.label if purpose else gate.draft.purpose_id


def _valid(gate: GateInput) -> list[ConsentRecord]:
    """The person's records in force today covering the item's category (a record replaced by
    a correction is history: only the correction counts)."""
    return [
        c
        for c in gate.consents
        if c.is_current
        and c.person_id == gate.person.id
        and not c.given_by  # a minor's parents' records are theirs (see _parents)
        and c.covers_category(gate.draft.category_id)
        and c.is_valid_on(gate.today)
    ]


def _postpone(gate: GateInput) -> Fix:
    return Fix(FixKind.POSTPONE, Message.of("fix.postpone", alias=gate.person.alias))


def _person_agrees(gate: GateInput) -> Fix:
    return Fix(FixKind.PERSON_AGREES, Message.of("fix.person_agrees", alias=gate.person.alias))


# --- The person's say: consent, information, or the law instead ----------------------------------


def _refused(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict | None:
    """A refusal or an objection on record covering a recipient: it beats everything, whoever
    else is in the room. None when there is none."""
    blocking_records = [c for c in _valid(gate) if c.kind.blocks]
    refused_to = [p for p in people if any(c.covers_recipient(p) for c in blocking_records)]
    if not refused_to:
        return None
    blocking = [c for c in blocking_records if any(c.covers_recipient(p) for p in refused_to)]
    first = min(blocking, key=lambda c: c.recorded_on or c.valid_from)
    key = "consent.objected" if first.kind is ConsentKind.OBJECTED else "consent.refused"
    reason = _dated(
        key, first, alias=gate.person.alias, category=_category(gate), names=_labels(refused_to)
    )
    # Stepping out only when the refusal names some recipients and not others; otherwise the one
    # way forward is to ask the person (or, in a danger, a justified exception).
    fixes = (*_step_out(refused_to, people), _postpone(gate))
    return Verdict(
        condition.id,
        Status.NOT_MET,
        (reason,),
        fixes,
        _ids(refused_to),
        tuple(sorted(c.id for c in blocking)),
        kind=condition.kind,
    )


def _explicit_consent(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    """Consent on record covering every recipient, the person agreeing now, or (when the
    policy allows it) the empty-chair path for a consent that could not be obtained."""
    refused = _refused(gate, condition, people)
    if refused is not None:
        return refused
    return _consent_given(gate, condition, people)


def _consent_given(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    draft, alias, kind = gate.draft, gate.person.alias, condition.kind
    category = _category(gate)

    def verdict(status: Status, reasons: Iterable[Message], fixes: Iterable[Fix] = ()) -> Verdict:
        return Verdict(condition.id, status, tuple(reasons), tuple(fixes), kind=kind)

    if gate.person_in_room and draft.person_agrees_now:
        return verdict(Status.MET, (Message.of("consent.agrees_now", alias=alias),))
    valid = _valid(gate)
    given = [c for c in valid if c.kind is ConsentKind.GIVEN]
    if given:
        uncovered = [p for p in people if not any(c.covers_recipient(p) for c in given)]
        if not uncovered:
            newest = max(given, key=lambda c: c.recorded_on or c.valid_from)
            return verdict(Status.MET, (_dated("consent.given", newest, category=category),))
        fixes: list[Fix] = [*_step_out(uncovered, people)]
        if gate.person_in_room:
            fixes.append(_person_agrees(gate))
        fixes.append(_postpone(gate))
        reason = Message.of(
            "consent.not_covered", alias=alias, category=category, names=_labels(uncovered)
        )
        return replace(verdict(Status.NOT_MET, (reason,), fixes), culprits=_ids(uncovered))

    unobtainable = [c for c in valid if c.kind is ConsentKind.NOT_OBTAINABLE]
    if (
        condition.empty_chair
        and unobtainable
        and all(any(c.covers_recipient(p) for c in unobtainable) for p in people)
    ):
        why = unobtainable[0].reason.strip() or "-"
        if _blank(draft.empty_chair_answer):
            key, status = "consent.not_obtainable_chair", Status.NEEDS_ANSWER
        elif not draft.in_persons_interest:
            key, status = "consent.not_obtainable_interest", Status.NEEDS_ANSWER
        else:
            key, status = "consent.not_obtainable_met", Status.MET
        return verdict(status, (Message.of(key, reason=why, alias=alias),))

    reasons = [Message.of("consent.none", alias=alias, category=category)]
    relevant = [
        c
        for c in gate.consents
        if c.is_current and c.person_id == gate.person.id and c.covers_category(draft.category_id)
    ]
    if any(c.kind is ConsentKind.GIVEN for c in relevant):
        reasons.append(Message.of("consent.lapsed", category=category))
    fixes = [_person_agrees(gate)] if gate.person_in_room else []
    fixes.append(_postpone(gate))
    return verdict(Status.NOT_MET, reasons, fixes)


def _in_team(gate: GateInput, condition: PolicyCondition) -> Callable[[Professional], bool]:
    """Whether a recipient belongs to the discloser's team, as the policy defines the team:
    the same organisation (one establishment) or the meeting's mission."""
    if condition.team == "mission":
        return lambda p: gate.mission.id in p.missions
    discloser = gate.discloser_entry()
    home = " ".join((discloser.organisation if discloser else "").split()).casefold()
    return lambda p: bool(home) and " ".join(p.organisation.split()).casefold() == home


def _informed_no_objection(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    """Within the discloser's team, the person was informed and has not objected; outside it,
    their prior consent (as :func:`_explicit_consent`)."""
    refused = _refused(gate, condition, people)
    if refused is not None:
        return refused
    alias = gate.person.alias
    if gate.person_in_room and gate.draft.person_agrees_now:
        message = Message.of("consent.agrees_now", alias=alias)
        return Verdict(condition.id, Status.MET, (message,), kind=condition.kind)
    inside = _in_team(gate, condition)
    team = tuple(p for p in people if inside(p))
    others = tuple(p for p in people if not inside(p))
    valid = _valid(gate)
    told = [c for c in valid if c.kind in (ConsentKind.INFORMED, ConsentKind.GIVEN)]
    not_told = [p for p in team if not any(c.covers_recipient(p) for c in told)]
    outside = _consent_given(gate, condition, others) if others else None
    if not not_told and (outside is None or outside.met):
        reasons = [Message.of("consent.informed", alias=alias)] if team else []
        if outside is not None:
            reasons.append(Message.of("consent.outside_team_met", names=_labels(others)))
            reasons.extend(outside.reasons)
        return Verdict(condition.id, Status.MET, tuple(reasons), kind=condition.kind)
    reasons = []
    culprits = list(not_told)
    if not_told:
        category = _category(gate)
        reasons.append(
            Message.of(
                "consent.not_informed", alias=alias, category=category, names=_labels(not_told)
            )
        )
    if outside is not None and not outside.met:
        reasons.append(Message.of("consent.outside_team", alias=alias, names=_labels(others)))
        reasons.extend(outside.reasons)
        culprits += [p for p in others if p.id in outside.culprits or not outside.culprits]
    status = Status.NOT_MET
    if not not_told and outside is not None and outside.status is Status.NEEDS_ANSWER:
        status = Status.NEEDS_ANSWER  # only the empty chair's answers are missing
    fixes: list[Fix] = [*_step_out(culprits, people)]
    if gate.person_in_room:
        fixes.append(_person_agrees(gate))
    fixes.append(_postpone(gate))
    return Verdict(
        condition.id, status, tuple(reasons), tuple(fixes), _ids(culprits), kind=condition.kind
    )


def _implied_consent(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    """Consent is implied when the item serves one of the listed purposes (the person's
    individual care) and the person has not refused; for any other purpose, it must be
    explicit."""
    refused = _refused(gate, condition, people)
    if refused is not None:
        return refused
    alias = gate.person.alias
    if _blank(gate.draft.purpose_id):
        message = Message.of("consent.choose_purpose", alias=alias)
        return Verdict(condition.id, Status.NEEDS_ANSWER, (message,), kind=condition.kind)
    if gate.draft.purpose_id in condition.purposes:
        message = Message.of("consent.implied", alias=alias, purpose=_purpose(gate))
        return Verdict(condition.id, Status.MET, (message,), kind=condition.kind)
    verdict = _consent_given(gate, condition, people)
    if verdict.met:
        return verdict
    needed = Message.of("consent.explicit_needed", alias=alias, purpose=_purpose(gate))
    return replace(verdict, reasons=(needed, *verdict.reasons))


def _legal_basis(gate: GateInput, condition: PolicyCondition) -> Verdict:
    """No consent: the meeting names the law, decree or authorisation that organises it."""
    kind = condition.kind
    if gate.legal_basis_id:
        basis = gate.policy.legal_basis(gate.legal_basis_id)
        if basis is None:
            message = Message.of("basis.unknown", basis=gate.legal_basis_id)
            return Verdict(condition.id, Status.NOT_MET, (message,), kind=kind)
        return Verdict(
            condition.id, Status.MET, (Message.of("basis.named", basis=basis.label),), kind=kind
        )
    typed = gate.legal_basis_text.strip()
    if condition.typed and typed:
        return Verdict(
            condition.id, Status.MET, (Message.of("basis.named", basis=typed),), kind=kind
        )
    fix = Fix(FixKind.NAME_LEGAL_BASIS, Message.of("fix.name_legal_basis"))
    return Verdict(condition.id, Status.NOT_MET, (Message.of("basis.missing"),), (fix,), kind=kind)


def _prior_information(gate: GateInput, condition: PolicyCondition) -> Verdict:
    """Those the framework names (the holders of parental authority, the person by age and
    maturity) were informed beforehand, unless a recorded reason says informing them would be
    contrary to the person's interest."""
    info, alias, kind = gate.prior_information, gate.person.alias, condition.kind
    holders = "holders" in condition.parties and not info.holders_informed
    person_of_age = not (condition.by_maturity and info.person_not_of_age)
    person = "person" in condition.parties and person_of_age and not gate.informed_beforehand
    if not holders and not person:
        reasons = [_informed(condition, alias, info)]
        if "person" in condition.parties and not person_of_age:
            reasons.append(Message.of("informed.not_of_age", alias=alias))
        return Verdict(condition.id, Status.MET, tuple(reasons), kind=kind)
    if condition.unless_contrary_to_interest and not _blank(info.contrary_reason):
        message = Message.of("informed.contrary", alias=alias)
        return Verdict(condition.id, Status.MET, (message,), kind=kind)
    key = "informed.missing_holders" if holders else "informed.missing_person"
    if holders and person:
        key = "informed.missing_both"
    minors = [p for p in gate.item_persons if gate.policy.minor_party(p, gate.today)]
    if holders and minors and condition.unless_contrary_to_interest:
        # A team understands it best in the child's name: "L.'s parents were not informed".
        child = join_names([p.alias for p in minors])
        message = Message.of("minor.parents_not_informed", alias=child)
        fixes = (
            Fix(FixKind.RECORD_INFORMATION, Message.of("fix.record_information")),
            Fix(FixKind.POSTPONE, Message.of("fix.postpone_inform")),
        )
        return Verdict(condition.id, Status.NOT_MET, (message,), fixes, kind=kind)
    reasons = [Message.of(key, alias=alias)]
    if condition.unless_contrary_to_interest:
        reasons.append(Message.of("informed.or_contrary", alias=alias))
    fixes = (
        Fix(FixKind.RECORD_INFORMATION, Message.of("fix.record_information")),
        Fix(FixKind.POSTPONE, Message.of("fix.postpone_inform")),
    )
    return Verdict(condition.id, Status.NOT_MET, tuple(reasons), fixes, kind=kind)


def _informed(condition: PolicyCondition, alias: str, info: PriorInformation) -> Message:
    """Who was informed, in words: the holders of parental authority, the person, or both."""
    holders = "holders" in condition.parties
    person = "person" in condition.parties and not (
        condition.by_maturity and info.person_not_of_age
    )
    if holders and person:
        return Message.of("informed.met_both", alias=alias)
    if holders:
        return Message.of("informed.met_holders")
    return Message.of("informed.met_person", alias=alias)


# --- The room ------------------------------------------------------------------------------------


def _undertaking(gate: GateInput, people: tuple[Professional, ...]) -> list[Professional]:
    """The recipients who have not confirmed the undertaking the meeting asks for."""
    return [p for p in people if p.id in gate.not_undertaken]


def _undertake(pending: list[Professional]) -> Fix:
    message = Message.of("fix.give_undertaking", names=_names(pending), count=len(pending))
    return Fix(FixKind.GIVE_UNDERTAKING, message, _ids(pending))


def _secrecy(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    """Every recipient bound by professional secrecy (on a recorded basis, if the policy asks),
    and, where the meeting asks for it, by the undertaking they confirmed at check-in."""
    kind = condition.kind
    not_bound = [p for p in people if not p.bound_by_secrecy]
    pending = [p for p in _undertaking(gate, people) if p not in not_bound]
    no_basis = [
        p
        for p in people
        if condition.basis_required and p.bound_by_secrecy and _blank(p.secrecy_basis)
    ]
    if not not_bound and not no_basis and not pending:
        return Verdict(condition.id, Status.MET, (Message.of("secrecy.met"),), kind=kind)
    reasons = [Message.of("secrecy.not_bound", who=p.label()) for p in not_bound]
    reasons += [Message.of("secrecy.no_undertaking", who=p.label()) for p in pending]
    reasons += [Message.of("secrecy.no_basis", who=p.label()) for p in no_basis]
    fixes: list[Fix] = []
    if pending:
        fixes.append(_undertake(pending))
    if not_bound or pending:
        fixes += _step_out([*not_bound, *pending], people)
    if no_basis:
        message = Message.of("fix.record_basis", names=_names(no_basis))
        fixes.append(Fix(FixKind.RECORD_BASIS, message, _ids(no_basis)))
    culprits = _ids(not_bound) + _ids(pending) + _ids(no_basis)
    return Verdict(condition.id, Status.NOT_MET, tuple(reasons), tuple(fixes), culprits, kind=kind)


def _mission(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    """Every recipient works within the meeting's mission (and, where the policy asks, the
    facilitator confirms that everyone in the room needs to know this item)."""
    mission, kind = gate.mission, condition.kind
    outside = [p for p in people if mission.id not in p.missions]
    if outside:
        reasons = tuple(
            Message.of("mission.outside", who=p.label(), mission=mission.name) for p in outside
        )
        fixes = _step_out(outside, people)
        return Verdict(condition.id, Status.NOT_MET, reasons, fixes, _ids(outside), kind=kind)
    if condition.need_to_know:
        if not gate.draft.need_to_know:
            message = Message.of("need.confirm", mission=mission.name)
            return Verdict(condition.id, Status.NEEDS_ANSWER, (message,), kind=kind)
        message = Message.of("need.met", mission=mission.name)
        return Verdict(condition.id, Status.MET, (message,), kind=kind)
    message = Message.of("mission.met", mission=mission.name)
    return Verdict(condition.id, Status.MET, (message,), kind=kind)


# --- The item ------------------------------------------------------------------------------------


def _listed_purpose(gate: GateInput, condition: PolicyCondition) -> Verdict:
    """The item is shared for a purpose the framework lists (narrowed by the meeting's legal
    basis, when it names one of the policy's)."""
    kind, policy, draft = condition.kind, gate.policy, gate.draft
    if _blank(draft.purpose_id):
        message = Message.of("purpose.choose")
        return Verdict(condition.id, Status.NEEDS_ANSWER, (message,), kind=kind)
    if policy.purpose(draft.purpose_id) is None:
        message = Message.of("purpose.unknown", purpose=draft.purpose_id)
        return Verdict(condition.id, Status.NOT_MET, (message,), kind=kind)
    basis = policy.legal_basis(gate.legal_basis_id)
    allowed = {p.id for p in policy.purposes_for(gate.legal_basis_id)}
    if gate.legal_basis_id and basis is None:
        allowed = set()  # a basis the policy does not know allows nothing we can check
    if draft.purpose_id not in allowed:
        where: Localized | str = basis.label if basis else gate.legal_basis_id
        message = Message.of("purpose.not_listed", purpose=_purpose(gate), basis=where)
        return Verdict(condition.id, Status.NOT_MET, (message,), kind=kind)
    message = Message.of("purpose.met", purpose=_purpose(gate))
    return Verdict(condition.id, Status.MET, (message,), kind=kind)


def _necessity(gate: GateInput, condition: PolicyCondition) -> Verdict:
    """The team could not decide without it, it says why, and the wording is written (and,
    where the policy asks, it is the minimum necessary)."""
    draft, kind = gate.draft, condition.kind
    question: Localized | str = condition.question or ""
    needs: list[Message] = []
    if _blank(draft.wording):
        needs.append(Message.of("necessity.wording"))
    if draft.could_decide_without is True:
        message = Message.of("necessity.not_needed")
        return Verdict(condition.id, Status.NOT_MET, (message,), kind=kind)
    if draft.could_decide_without is None:
        needs.append(Message.of("necessity.unanswered", question=question))
    elif _blank(draft.necessity_reason):
        needs.append(Message.of("necessity.reason"))
    if condition.minimum and not draft.minimum_necessary:
        needs.append(Message.of("necessity.minimum"))
    if needs:
        return Verdict(condition.id, Status.NEEDS_ANSWER, tuple(needs), kind=kind)
    # The reason is an answer: it stays out of the verdict, which events carry during drafting.
    key = "necessity.minimum_met" if condition.minimum else "necessity.met"
    return Verdict(condition.id, Status.MET, (Message.of(key),), kind=kind)


def _decision_recorded(gate: GateInput, condition: PolicyCondition) -> Verdict:
    """The decision is recorded with its reasons, shared or not: to share, the reasons are
    written; not to share, the team picks a reason from the policy's list (the session asks)."""
    if _blank(gate.draft.why):
        message = Message.of("decision.why")
        return Verdict(condition.id, Status.NEEDS_ANSWER, (message,), kind=condition.kind)
    message = Message.of("decision.met")
    return Verdict(condition.id, Status.MET, (message,), kind=condition.kind)


def _questions(gate: GateInput) -> Verdict:
    """The ethical questions, and what makes the item itself complete."""
    draft = gate.draft
    discloser = next((p for p in gate.room if p.id == draft.discloser_id), None)
    if discloser is None:
        known = gate.discloser
        who = known.label() if known and known.id == draft.discloser_id else draft.discloser_id
        message = Message.of("questions.discloser_absent", who=who)
        return Verdict(QUESTIONS, Status.NOT_MET, (message,))
    if draft.category_id and gate.policy.category(draft.category_id) is None:
        message = Message.of("questions.unknown_category", category=draft.category_id)
        return Verdict(QUESTIONS, Status.NOT_MET, (message,))
    if not recipients(gate):
        # "With whom?" has no answer: sharing with nobody is not sharing (DESIGN.md §2).
        fixes = [Fix(FixKind.NOT_SHARE, Message.of("fix.not_share"))]
        # One way back per person: bringing back everyone could bring back a refused one too.
        for p in gate.stepped_out:
            if p.id != draft.discloser_id:
                message = Message.of("fix.come_back", names=(p.name,))
                fixes.append(Fix(FixKind.COME_BACK, message, (p.id,)))
        message = Message.of("questions.nobody")
        return Verdict(QUESTIONS, Status.NOT_MET, (message,), tuple(fixes))
    pending = _undertaking(gate, recipients(gate))
    if pending and gate.policy.condition_of_kind(ConditionKind.BOUND_BY_SECRECY) is None:
        # A framework without a secrecy condition: the undertaking is still what binds them.
        reasons = tuple(Message.of("secrecy.no_undertaking", who=p.label()) for p in pending)
        fixes = (_undertake(pending), *_step_out(pending, recipients(gate)))
        return Verdict(QUESTIONS, Status.NOT_MET, reasons, fixes, _ids(pending))
    needs: list[Message] = []
    if _blank(draft.good_for_whom):
        needs.append(Message.of("questions.good_for_whom"))
    if _blank(draft.why):
        needs.append(Message.of("questions.why"))
    if len(gate.concerned) > 1 and not {p.id for p in gate.concerned} & set(draft.about):
        needs.append(Message.of("questions.whose"))
    # The empty chair speaks for the persons the item is about who are absent.
    absent = tuple(
        p.alias for p in gate.item_persons if gate.participation_of(p) is Participation.ABSENT
    )
    if absent and _blank(draft.empty_chair_answer):
        needs.append(Message.of("questions.empty_chair", alias=absent))
    if draft.nature is Nature.STATEMENT and _blank(draft.statement_of):
        needs.append(Message.of("questions.statement_of"))
    if draft.nature is Nature.OPINION and _blank(draft.opinion_basis):
        # Avoiding a priori: an opinion says what it rests on before it is shared.
        needs.append(Message.of("questions.opinion_basis"))
    if needs:
        return Verdict(QUESTIONS, Status.NEEDS_ANSWER, tuple(needs))
    return Verdict(QUESTIONS, Status.MET, (Message.of("questions.met"),))


def _verdict(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    """One condition's verdict, by its kind."""
    kind = condition.kind
    if kind in _BY_CATEGORY and not gate.draft.category_id:
        # Nothing is chosen for the user, and no record covers an item without a category.
        message = Message.of("consent.choose_category")
        return Verdict(condition.id, Status.NEEDS_ANSWER, (message,), kind=kind)
    if kind is ConditionKind.EXPLICIT_CONSENT:
        return _each_person(gate, condition, people, _explicit_consent)
    if kind is ConditionKind.INFORMED_NO_OBJECTION:
        return _each_person(gate, condition, people, _informed_no_objection)
    if kind is ConditionKind.IMPLIED_CONSENT:
        return _each_person(gate, condition, people, _implied_consent)
    if kind is ConditionKind.LEGAL_BASIS:
        return _legal_basis(gate, condition)
    if kind is ConditionKind.PRIOR_INFORMATION:
        return _prior_information(gate, condition)
    if kind is ConditionKind.BOUND_BY_SECRECY:
        return _secrecy(gate, condition, people)
    if kind is ConditionKind.WITHIN_MISSION:
        return _mission(gate, condition, people)
    if kind is ConditionKind.LISTED_PURPOSE:
        return _listed_purpose(gate, condition)
    if kind is ConditionKind.NECESSITY:
        return _necessity(gate, condition)
    return _decision_recorded(gate, condition)


# --- Several persons concerned (a family) --------------------------------------------------------

PersonRule = Callable[[GateInput, PolicyCondition, tuple[Professional, ...]], Verdict]
_WORST = (Status.NOT_MET, Status.NEEDS_ANSWER, Status.MET)


def _each_person(
    gate: GateInput,
    condition: PolicyCondition,
    people: tuple[Professional, ...],
    rule: PersonRule,
) -> Verdict:
    """The person's say, checked for each person the item is about, with their own consents,
    refusals and objections: met only when it is met for every one of them. Each reason names
    whose it is; refusals come first (an exception overriding one names it)."""
    persons = gate.item_persons
    if len(persons) == 1:
        return _minor_or_not(gate.for_person(persons[0]), condition, people, rule)
    verdicts = [(p, _minor_or_not(gate.for_person(p), condition, people, rule)) for p in persons]
    status = next(s for s in _WORST if any(v.status is s for _, v in verdicts))
    ordered = sorted(verdicts, key=lambda pv: not pv[1].refusal_ids)  # stable: refusals first
    reasons = tuple(_whose(p, reason) for p, v in ordered for reason in v.reasons)
    fixes = tuple(dict.fromkeys(fix for _, v in ordered for fix in v.fixes))
    culprits = tuple(dict.fromkeys(c for _, v in verdicts for c in v.culprits))
    refusal_ids = tuple(sorted({r for _, v in verdicts for r in v.refusal_ids}))
    per_person = tuple((p.id, _whose(p, v.reasons[0])) for p, v in verdicts if v.reasons)
    return Verdict(
        condition.id,
        status,
        reasons,
        fixes,
        culprits,
        refusal_ids,
        kind=condition.kind,
        per_person=per_person,
    )


# --- Minors: the child's own say, their parents', or both, as the policy says by age ------------


def _minor_or_not(
    gate: GateInput,
    condition: PolicyCondition,
    people: tuple[Professional, ...],
    rule: PersonRule,
) -> Verdict:
    """The person's say; for a minor, as the policy's age band says: the child's own, their
    parents' (the holders of parental authority), or both."""
    who = gate.policy.minor_party(gate.person, gate.today)
    if who in ("", "child"):
        return rule(gate, condition, people)
    parents = _parents(gate, condition, people)
    if who == "parents":
        return parents
    own = rule(gate, condition, people)
    status = next(s for s in _WORST if s in (own.status, parents.status))
    first, second = (
        (parents, own) if parents.refusal_ids and not own.refusal_ids else (own, parents)
    )
    return Verdict(
        condition.id,
        status,
        (*first.reasons, *second.reasons),
        tuple(dict.fromkeys((*first.fixes, *second.fixes))),
        tuple(dict.fromkeys((*own.culprits, *parents.culprits))),
        tuple(sorted({*own.refusal_ids, *parents.refusal_ids})),
        kind=condition.kind,
    )


def _parents(
    gate: GateInput, condition: PolicyCondition, people: tuple[Professional, ...]
) -> Verdict:
    """The say of a minor's parents (the holders of parental authority), from the records
    they gave for the child: consent, refusal, or that they were informed and did not object."""
    alias, kind, category = gate.person.alias, condition.kind, _category(gate)
    records = [
        c
        for c in gate.consents
        if c.is_current
        and c.person_id == gate.person.id
        and c.given_by == "holders"
        and c.covers_category(gate.draft.category_id)
        and c.is_valid_on(gate.today)
    ]
    postpone = Fix(FixKind.POSTPONE, Message.of("fix.postpone_parents", alias=alias))

    def verdict(status: Status, message: Message, **more: object) -> Verdict:
        fixes = () if status is Status.MET else (postpone,)
        return Verdict(condition.id, status, (message,), fixes, kind=kind, **more)  # type: ignore[arg-type]

    blocking = [c for c in records if c.kind.blocks]
    refused_to = [p for p in people if any(c.covers_recipient(p) for c in blocking)]
    if refused_to:
        message = Message.of(
            "minor.parents_refused", alias=alias, category=category, names=_labels(refused_to)
        )
        ids = tuple(
            sorted(c.id for c in blocking if any(c.covers_recipient(p) for p in refused_to))
        )
        return verdict(Status.NOT_MET, message, culprits=_ids(refused_to), refusal_ids=ids)
    if kind is ConditionKind.IMPLIED_CONSENT and gate.draft.purpose_id in condition.purposes:
        message = Message.of("minor.parents_implied", alias=alias, purpose=_purpose(gate))
        return verdict(Status.MET, message)
    accepted = (ConsentKind.GIVEN,)
    if kind is ConditionKind.INFORMED_NO_OBJECTION:
        accepted = (ConsentKind.GIVEN, ConsentKind.INFORMED)
    covering = [c for c in records if c.kind in accepted]
    if people and all(any(c.covers_recipient(p) for c in covering) for p in people):
        key = (
            "minor.parents_informed"
            if kind is ConditionKind.INFORMED_NO_OBJECTION
            else ("minor.parents_consented")
        )
        return verdict(Status.MET, Message.of(key, alias=alias, category=category))
    if kind is ConditionKind.INFORMED_NO_OBJECTION:
        rule = gate.policy.minors
        if rule is not None and rule.unless_contrary_to_interest:
            if not _blank(gate.prior_information.contrary_reason):
                return verdict(Status.MET, Message.of("minor.parents_contrary", alias=alias))
            # The reason says "record why ..., or postpone": both are offered.
            record = Fix(FixKind.RECORD_INFORMATION, Message.of("fix.record_information"))
            message = Message.of("minor.parents_not_informed", alias=alias)
            return Verdict(condition.id, Status.NOT_MET, (message,), (record, postpone), kind=kind)
        message = Message.of("minor.parents_not_told", alias=alias, category=category)
        return verdict(Status.NOT_MET, message)
    message = Message.of("minor.parents_no_consent", alias=alias, category=category)
    return verdict(Status.NOT_MET, message)


def _whose(person: Person, reason: Message) -> Message:
    """A reason that names its person already stays as it is; another says whose it is."""
    if any(name == "alias" for name, _ in reason.values):
        return reason
    return Message.of("whose.reason", alias=person.alias, reason=reason)


#: The kinds judged from consent records by the item's category: they wait for a category.
_BY_CATEGORY = frozenset(
    {
        ConditionKind.EXPLICIT_CONSENT,
        ConditionKind.INFORMED_NO_OBJECTION,
        ConditionKind.IMPLIED_CONSENT,
    }
)


# --- Exceptions ----------------------------------------------------------------------------------

_OVERRIDES = {
    "consent.refused": "consent.exception_over_refusal",
    "consent.objected": "consent.exception_over_objection",
}
_CONSENT_KINDS = frozenset(EXCEPTION_KINDS - {ConditionKind.PRIOR_INFORMATION})


def is_override(message: Message) -> bool:
    """The message says an exception overrode a recorded refusal or objection."""
    return message.key.startswith(tuple(_OVERRIDES.values()))


def _set_aside(gate: GateInput, verdict: Verdict, exception: PolicyException | None) -> Verdict:
    """An unmet condition that the draft's exception may set aside.

    A justified exception replaces the condition; against a recorded refusal or objection it
    also needs the facilitator's explicit confirmation naming it (``draft.refusal_override``).
    An exception stands in for the conditions it lists only: the others and the questions are
    judged as ever.
    """
    draft = gate.draft
    refused = bool(verdict.refusal_ids)
    if exception is None:
        message = Message.of("consent.exception_unknown", exception=draft.exception_id)
        reasons = (*verdict.reasons, message) if refused else (message,)
        return replace(verdict, status=Status.NOT_MET, reasons=reasons)
    if _blank(draft.exception_justification):
        message = Message.of("consent.exception_justify", exception=exception.label)
        if refused:  # the refusal stays in view, with its own ways forward
            return replace(verdict, status=Status.NEEDS_ANSWER, reasons=(*verdict.reasons, message))
        return replace(
            verdict, status=Status.NEEDS_ANSWER, reasons=(message,), fixes=(), culprits=()
        )
    if refused and not set(verdict.refusal_ids) <= set(draft.refusal_override):
        message = Message.of("consent.exception_confirm", exception=exception.label)
        return replace(verdict, status=Status.NEEDS_ANSWER, reasons=(*verdict.reasons, message))
    refusal = next(
        (r for r in verdict.reasons if r.key.removesuffix("_undated") in _OVERRIDES), None
    )
    if refused and refusal is not None:
        # consent.refused / consent.objected, dated or not (the first, in a family)
        base = refusal.key.removesuffix("_undated")
        key = refusal.key.replace(base, _OVERRIDES[base])
        message = Message.of(key, **dict(refusal.values), exception=exception.label)
    elif verdict.kind in _CONSENT_KINDS:
        message = Message.of("consent.exception_met", exception=exception.label)
    else:
        message = Message.of("exception.met", exception=exception.label)
    return Verdict(
        verdict.condition,
        Status.MET,
        (message,),
        refusal_ids=verdict.refusal_ids,
        kind=verdict.kind,
        by_exception=True,
    )


def _apply_exception(gate: GateInput, verdicts: dict[str, Verdict]) -> str:
    """Let the draft's exception set aside the unmet conditions it lists (in place); the id of
    the exception when it set one aside, else ``""``."""
    draft = gate.draft
    if not draft.exception_id:
        return ""
    exception = gate.policy.exception(draft.exception_id)
    if exception is not None:
        targets = set(exception.satisfies)
    else:  # an exception the policy lacks: said where an exception could have helped
        targets = {c.id for c in gate.policy.conditions if c.kind in EXCEPTION_KINDS}
    used = ""
    for condition_id, verdict in verdicts.items():
        waits = verdict.reasons and verdict.reasons[0].key == "consent.choose_category"
        if condition_id in targets and not verdict.met and not waits:
            verdicts[condition_id] = _set_aside(gate, verdict, exception)
            if verdicts[condition_id].by_exception:
                used = draft.exception_id
    return used


def evaluate_gate(gate: GateInput) -> GateResult:
    """One verdict per condition of the policy, then the questions. Pure: no clock, no I/O."""
    people = recipients(gate)
    verdicts = {c.id: _verdict(gate, c, people) for c in gate.policy.conditions}
    exception_id = _apply_exception(gate, verdicts)
    verdicts[QUESTIONS] = _questions(gate)
    return GateResult(verdicts, exception_id)


#: The kinds a meeting meets, or not, before any item is proposed.
MEETING_KINDS = frozenset({ConditionKind.LEGAL_BASIS, ConditionKind.PRIOR_INFORMATION})


def meeting_verdicts(policy: Policy, meeting: Meeting, person: Person) -> tuple[Verdict, ...]:
    """The verdicts of the conditions that depend on the meeting alone (its legal basis, who was
    informed beforehand), as they stand: the opening shows them before anything is said."""
    gate = GateInput(
        policy=policy,
        room=(),
        consents=(),
        mission=Mission(meeting.mission_id, meeting.mission_id),
        person=person,
        participation=meeting.participation,
        draft=Draft(id="", discloser_id="", category_id="", proposed_at=dt.datetime.min),
        today=dt.date.min,
        legal_basis_id=meeting.legal_basis_id,
        legal_basis_text=meeting.legal_basis_text,
        informed_beforehand=meeting.informed_beforehand,
        prior_information=meeting.prior_information,
    )
    return tuple(_verdict(gate, c, ()) for c in policy.conditions if c.kind in MEETING_KINDS)
