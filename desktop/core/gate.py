"""The disclosure gate: a pure function from the room and the proposed item to one verdict per
condition (DESIGN.md §2).

Nothing here reads a clock, a file or a database: everything the gate needs is in
:class:`GateInput`, so the same input always gives the same verdicts, and tests can build any
situation in a line or two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.core.entities import (
    FOUR_CONDITIONS,
    Condition,
    ConsentKind,
    ConsentRecord,
    Draft,
    Localized,
    Mission,
    Nature,
    Participation,
    Person,
    Professional,
)
from desktop.core.messages import Message, Value
from desktop.core.policy import Policy


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


@dataclass(frozen=True, slots=True)
class Fix:
    """A way to meet a condition, with the professionals it concerns."""

    kind: FixKind
    message: Message
    professional_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """One condition's verdict, with the reasons naming who or what is at fault."""

    condition: Condition
    status: Status
    reasons: tuple[Message, ...]
    fixes: tuple[Fix, ...] = ()
    culprits: tuple[str, ...] = ()  # ids of professionals at fault
    # C1 only: the recorded refusals that block (or that an exception overrides), by id.
    refusal_ids: tuple[str, ...] = ()

    @property
    def met(self) -> bool:
        """True when the condition is met."""
        return self.status is Status.MET

    def reason(self, lang: str = "en") -> str:
        """The reasons as one sentence per line."""
        return "\n".join(message.render(lang) for message in self.reasons)


@dataclass(frozen=True, slots=True)
class GateResult:
    """The verdicts for the four conditions and the ethical questions."""

    verdicts: dict[Condition, Verdict]
    exception_id: str = ""  # set when consent was replaced by a policy exception

    @property
    def allows_share(self) -> bool:
        """True only when every condition and the questions are met."""
        return all(verdict.met for verdict in self.verdicts.values())

    @property
    def unmet(self) -> tuple[Condition, ...]:
        """The conditions (and the questions) that are not met, in order."""
        return tuple(c for c, verdict in self.verdicts.items() if not verdict.met)

    def __getitem__(self, condition: Condition) -> Verdict:
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

    @property
    def person_in_room(self) -> bool:
        """The person concerned is present for this item."""
        return self.participation is Participation.PRESENT


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
    if len(culprits) >= len(people):
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


def _consent(gate: GateInput, people: tuple[Professional, ...]) -> tuple[Verdict, str]:
    """C1, and the id of the policy exception used (if any).

    Consent is met by the person agreeing now, by given consent covering every recipient, or by
    the empty-chair path. When none of these holds, a justified policy exception chosen in the
    draft replaces consent; against a recorded refusal it also needs the facilitator's explicit
    confirmation naming that refusal (``draft.refusal_override``). An exception stands in for
    consent only: the other conditions and the questions are judged as ever.
    """
    if not gate.draft.category_id:  # nothing is chosen for the user, and nothing covers it
        message = Message.of("consent.choose_category")
        return Verdict(Condition.CONSENT, Status.NEEDS_ANSWER, (message,)), ""
    verdict = _consent_without_exception(gate, people)
    if verdict.met or not gate.draft.exception_id:
        return verdict, ""
    exception = gate.policy.exception(gate.draft.exception_id)
    refused = bool(verdict.refusal_ids)
    if exception is None:
        message = Message.of("consent.exception_unknown", exception=gate.draft.exception_id)
        reasons = (*verdict.reasons, message) if refused else (message,)
        return replace(verdict, status=Status.NOT_MET, reasons=reasons), ""
    if _blank(gate.draft.exception_justification):
        message = Message.of("consent.exception_justify", exception=exception.label)
        if refused:  # the refusal stays in view, with its own ways forward
            return replace(
                verdict, status=Status.NEEDS_ANSWER, reasons=(*verdict.reasons, message)
            ), ""
        return Verdict(Condition.CONSENT, Status.NEEDS_ANSWER, (message,)), ""
    if refused and not set(verdict.refusal_ids) <= set(gate.draft.refusal_override):
        message = Message.of("consent.exception_confirm", exception=exception.label)
        return replace(verdict, status=Status.NEEDS_ANSWER, reasons=(*verdict.reasons, message)), ""
    if refused:
        refusal = verdict.reasons[0]  # consent.refused or consent.refused_undated
        key = refusal.key.replace("consent.refused", "consent.exception_over_refusal")
        message = Message.of(key, **dict(refusal.values), exception=exception.label)
        met = Verdict(Condition.CONSENT, Status.MET, (message,), refusal_ids=verdict.refusal_ids)
        return met, exception.id
    message = Message.of("consent.exception_met", exception=exception.label)
    return Verdict(Condition.CONSENT, Status.MET, (message,)), exception.id


def _consent_without_exception(gate: GateInput, people: tuple[Professional, ...]) -> Verdict:
    """C1 from the person and the consent records alone."""
    draft, alias = gate.draft, gate.person.alias
    category = gate.policy.category(draft.category_id)
    category_msg: Localized | str = category.name if category else draft.category_id
    relevant = [  # a record replaced by a correction is history: only the correction counts
        c
        for c in gate.consents
        if c.is_current and c.person_id == gate.person.id and c.covers_category(draft.category_id)
    ]
    valid = [c for c in relevant if c.is_valid_on(gate.today)]

    # A refusal on record beats everything, whoever else is in the room.
    refusals = [c for c in valid if c.kind is ConsentKind.REFUSED]
    refused_to = [p for p in people if any(c.covers_recipient(p) for c in refusals)]
    if refused_to:
        blocking = [c for c in refusals if any(c.covers_recipient(p) for p in refused_to)]
        first = min(blocking, key=lambda c: c.recorded_on or c.valid_from)
        reason = _dated(
            "consent.refused", first, alias=alias, category=category_msg, names=_labels(refused_to)
        )
        # Stepping out only when the refusal names some recipients and not others; otherwise
        # the one way forward is to ask the person (or, in a danger, a justified exception).
        postpone = Fix(FixKind.POSTPONE, Message.of("fix.postpone", alias=alias))
        fixes = (*_step_out(refused_to, people), postpone)
        return Verdict(
            Condition.CONSENT,
            Status.NOT_MET,
            (reason,),
            fixes,
            _ids(refused_to),
            tuple(sorted(c.id for c in blocking)),
        )

    if gate.person_in_room and draft.person_agrees_now:
        return Verdict(
            Condition.CONSENT, Status.MET, (Message.of("consent.agrees_now", alias=alias),)
        )

    given = [c for c in valid if c.kind is ConsentKind.GIVEN]
    if given:
        uncovered = [p for p in people if not any(c.covers_recipient(p) for c in given)]
        if not uncovered:
            newest = max(given, key=lambda c: c.recorded_on or c.valid_from)
            message = _dated("consent.given", newest, category=category_msg)
            return Verdict(Condition.CONSENT, Status.MET, (message,))
        fixes: list[Fix] = [*_step_out(uncovered, people)]
        if gate.person_in_room:
            fixes.append(Fix(FixKind.PERSON_AGREES, Message.of("fix.person_agrees", alias=alias)))
        fixes.append(Fix(FixKind.POSTPONE, Message.of("fix.postpone", alias=alias)))
        reason = Message.of(
            "consent.not_covered", alias=alias, category=category_msg, names=_labels(uncovered)
        )
        return Verdict(Condition.CONSENT, Status.NOT_MET, (reason,), tuple(fixes), _ids(uncovered))

    unobtainable = [c for c in valid if c.kind is ConsentKind.NOT_OBTAINABLE]
    if unobtainable and all(any(c.covers_recipient(p) for c in unobtainable) for p in people):
        why = unobtainable[0].reason.strip() or "-"
        if _blank(draft.empty_chair_answer):
            key, status = "consent.not_obtainable_chair", Status.NEEDS_ANSWER
        elif not draft.in_persons_interest:
            key, status = "consent.not_obtainable_interest", Status.NEEDS_ANSWER
        else:
            key, status = "consent.not_obtainable_met", Status.MET
        return Verdict(Condition.CONSENT, status, (Message.of(key, reason=why, alias=alias),))

    reasons = [Message.of("consent.none", alias=alias, category=category_msg)]
    if any(c.kind is ConsentKind.GIVEN for c in relevant):
        reasons.append(Message.of("consent.lapsed", category=category_msg))
    fixes = []
    if gate.person_in_room:
        fixes.append(Fix(FixKind.PERSON_AGREES, Message.of("fix.person_agrees", alias=alias)))
    fixes.append(Fix(FixKind.POSTPONE, Message.of("fix.postpone", alias=alias)))
    return Verdict(Condition.CONSENT, Status.NOT_MET, tuple(reasons), tuple(fixes))


def _secrecy(people: tuple[Professional, ...]) -> Verdict:
    """C2: every recipient bound by professional secrecy, on a recorded basis."""
    not_bound = [p for p in people if not p.bound_by_secrecy]
    no_basis = [p for p in people if p.bound_by_secrecy and _blank(p.secrecy_basis)]
    if not not_bound and not no_basis:
        return Verdict(Condition.SECRECY, Status.MET, (Message.of("secrecy.met"),))
    reasons = [Message.of("secrecy.not_bound", who=p.label()) for p in not_bound]
    reasons += [Message.of("secrecy.no_basis", who=p.label()) for p in no_basis]
    fixes: list[Fix] = []
    if not_bound:
        fixes += _step_out(not_bound, people)
    if no_basis:
        fixes.append(
            Fix(
                FixKind.RECORD_BASIS,
                Message.of("fix.record_basis", names=_names(no_basis)),
                _ids(no_basis),
            )
        )
    culprits = _ids(not_bound) + _ids(no_basis)
    return Verdict(Condition.SECRECY, Status.NOT_MET, tuple(reasons), tuple(fixes), culprits)


def _mission(people: tuple[Professional, ...], mission: Mission) -> Verdict:
    """C3: every recipient works within the meeting's mission."""
    outside = [p for p in people if mission.id not in p.missions]
    if not outside:
        return Verdict(
            Condition.MISSION, Status.MET, (Message.of("mission.met", mission=mission.name),)
        )
    reasons = tuple(
        Message.of("mission.outside", who=p.label(), mission=mission.name) for p in outside
    )
    return Verdict(
        Condition.MISSION, Status.NOT_MET, reasons, _step_out(outside, people), _ids(outside)
    )


def _necessity(draft: Draft) -> Verdict:
    """C4: the team could not decide without it, it says why, and the wording is written."""
    needs: list[Message] = []
    if _blank(draft.wording):
        needs.append(Message.of("necessity.wording"))
    if draft.could_decide_without is True:
        return Verdict(Condition.NECESSITY, Status.NOT_MET, (Message.of("necessity.not_needed"),))
    if draft.could_decide_without is None:
        needs.append(Message.of("necessity.unanswered"))
    elif _blank(draft.necessity_reason):
        needs.append(Message.of("necessity.reason"))
    if needs:
        return Verdict(Condition.NECESSITY, Status.NEEDS_ANSWER, tuple(needs))
    # The reason is an answer: it stays out of the verdict, which events carry during drafting.
    message = Message.of("necessity.met")
    return Verdict(Condition.NECESSITY, Status.MET, (message,))


def _questions(gate: GateInput) -> Verdict:
    """The ethical questions, and what makes the item itself complete."""
    draft = gate.draft
    discloser = next((p for p in gate.room if p.id == draft.discloser_id), None)
    if discloser is None:
        known = gate.discloser
        who = known.label() if known and known.id == draft.discloser_id else draft.discloser_id
        message = Message.of("questions.discloser_absent", who=who)
        return Verdict(Condition.QUESTIONS, Status.NOT_MET, (message,))
    if draft.category_id and gate.policy.category(draft.category_id) is None:
        message = Message.of("questions.unknown_category", category=draft.category_id)
        return Verdict(Condition.QUESTIONS, Status.NOT_MET, (message,))
    if not recipients(gate):
        # "With whom?" has no answer: sharing with nobody is not sharing (DESIGN.md §2).
        fixes = [Fix(FixKind.NOT_SHARE, Message.of("fix.not_share"))]
        # One way back per person: bringing back everyone could bring back a refused one too.
        for p in gate.stepped_out:
            if p.id != draft.discloser_id:
                message = Message.of("fix.come_back", names=(p.name,))
                fixes.append(Fix(FixKind.COME_BACK, message, (p.id,)))
        message = Message.of("questions.nobody")
        return Verdict(Condition.QUESTIONS, Status.NOT_MET, (message,), tuple(fixes))
    needs: list[Message] = []
    if _blank(draft.good_for_whom):
        needs.append(Message.of("questions.good_for_whom"))
    if _blank(draft.why):
        needs.append(Message.of("questions.why"))
    if gate.participation is Participation.ABSENT and _blank(draft.empty_chair_answer):
        needs.append(Message.of("questions.empty_chair", alias=gate.person.alias))
    if draft.nature is Nature.STATEMENT and _blank(draft.statement_of):
        needs.append(Message.of("questions.statement_of"))
    if draft.nature is Nature.OPINION and _blank(draft.opinion_basis):
        # Avoiding a priori: an opinion says what it rests on before it is shared.
        needs.append(Message.of("questions.opinion_basis"))
    if needs:
        return Verdict(Condition.QUESTIONS, Status.NEEDS_ANSWER, tuple(needs))
    return Verdict(Condition.QUESTIONS, Status.MET, (Message.of("questions.met"),))


def evaluate_gate(gate: GateInput) -> GateResult:
    """One verdict per condition for the proposed item. Pure: no clock, no I/O."""
    people = recipients(gate)
    consent, exception_id = _consent(gate, people)
    verdicts = {
        Condition.CONSENT: consent,
        Condition.SECRECY: _secrecy(people),
        Condition.MISSION: _mission(people, gate.mission),
        Condition.NECESSITY: _necessity(gate.draft),
        Condition.QUESTIONS: _questions(gate),
    }
    assert tuple(verdicts)[:4] == FOUR_CONDITIONS
    return GateResult(verdicts, exception_id if consent.met else "")
