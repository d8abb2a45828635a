"""What a :class:`~desktop.core.session.MeetingSession` tells its listeners.

Events are plain frozen dataclasses. None of them carries the draft's wording or answers: those
only leave the session inside :class:`ItemShared`, once the item is shared. :class:`GateEvaluated`
carries the verdicts (whose reasons may name the category, for the console); the shared screen
must read only their statuses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.deliberation import Deliberation, DeliberationConclusion
from desktop.core.entities import (
    Action,
    Decision,
    Meeting,
    Participation,
    Presence,
    SharedItem,
    WithheldItem,
)
from desktop.core.gate import GateResult


@dataclass(frozen=True, slots=True)
class MeetingOpened:
    """The meeting moved from prepared to open."""

    meeting: Meeting


@dataclass(frozen=True, slots=True)
class MeetingDetailsChanged:
    """What the framework asks of the meeting changed while it runs (its legal basis, who was
    informed beforehand): ``meeting`` is the meeting as it now stands."""

    meeting: Meeting
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class MeetingClosed:
    """The meeting closed; ``discarded_draft`` tells whether an undecided item was dropped;
    ``shared`` and ``withheld`` count the items decided in the whole meeting."""

    meeting: Meeting
    discarded_draft: bool
    shared: int = 0
    withheld: int = 0


@dataclass(frozen=True, slots=True)
class AttendanceChanged:
    """An attendee was invited, arrived, was excused, stepped out, came back or left.
    ``invitees`` is the meeting's list of invitees after the change (a walk-in adds to it)."""

    professional_id: str
    presence: Presence
    at: dt.datetime
    invitees: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParticipationChanged:
    """The person concerned arrived, left, or is now represented."""

    participation: Participation
    advocate: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class AgendaAdvanced:
    """The meeting moved to an agenda item; its timer starts at ``at``."""

    index: int
    agenda_item_id: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class DraftOpened:
    """A disclosure was proposed: the gate is open. Carries no content, not even the category."""

    draft_id: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class GateEvaluated:
    """The open gate was evaluated again (an answer or the room changed)."""

    draft_id: str
    result: GateResult


@dataclass(frozen=True, slots=True)
class DraftClosed:
    """The gate closed: decided, cancelled, or discarded at closing."""


@dataclass(frozen=True, slots=True)
class ItemShared:
    """An item passed the gate and was shared. The item names its recipients (``with_whom``)
    and who stepped out for it (``stepped_out``); ``result`` holds the verdicts it passed."""

    item: SharedItem
    result: GateResult


@dataclass(frozen=True, slots=True)
class ItemWithheld:
    """An item was not shared or was postponed: no wording, no answers. ``stepped_out`` names
    who was out of the room for it; ``result`` holds the verdicts at the decision."""

    item: WithheldItem
    stepped_out: tuple[str, ...] = ()
    result: GateResult | None = None


@dataclass(frozen=True, slots=True)
class DecisionAdded:
    """The meeting took a decision."""

    decision: Decision


@dataclass(frozen=True, slots=True)
class ActionAdded:
    """Someone will do something by some date."""

    action: Action


@dataclass(frozen=True, slots=True)
class ItemCorrected:
    """The wording of a shared item was corrected before the meeting closed, at the request of
    ``by`` (a professional id: the discloser or the facilitator). ``item`` is the item as it now
    stands; the earlier wording is gone."""

    item: SharedItem
    by: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class ItemWithdrawn:
    """A shared item was withdrawn before the meeting closed, at the request of ``by``: it is
    now an item not shared (``item``: no wording, no answers, which are erased). ``decisions``
    and ``actions`` are those that rested on it, as they now stand (no longer linked to it)."""

    item: WithheldItem
    by: str
    at: dt.datetime
    decisions: tuple[Decision, ...] = ()
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True, slots=True)
class DecisionChanged:
    """A decision was edited: ``decision`` as it now stands."""

    decision: Decision


@dataclass(frozen=True, slots=True)
class DecisionDeleted:
    """A decision was deleted."""

    decision_id: str


@dataclass(frozen=True, slots=True)
class ActionChanged:
    """An action was edited: ``action`` as it now stands."""

    action: Action


@dataclass(frozen=True, slots=True)
class ActionDeleted:
    """An action was deleted."""

    action_id: str


@dataclass(frozen=True, slots=True)
class WordingDisplayChanged:
    """The facilitator switched the shared screen's display of shared wording."""

    show: bool


@dataclass(frozen=True, slots=True)
class KnownWishesDisplayChanged:
    """Whether the shared screen may show the person's known wishes changed.

    ``requested`` is the facilitator's toggle (off at each new meeting); ``shown`` is what the
    shared screen must do: true only while requested *and* everyone in the room is bound by
    secrecy and works in the meeting's mission. ``held_back_by`` names (by id) who in the room
    keeps them hidden while requested.
    """

    requested: bool
    shown: bool
    held_back_by: tuple[str, ...] = ()


# --- Structured deliberation ----------------------------------------------------------------------
# None of these carries a note: the notes stay in the session. The conclusion leaves only inside
# DeliberationConcluded, once the team concluded.


@dataclass(frozen=True, slots=True)
class DeliberationStarted:
    """The team began to deliberate on a question: the method, the question and the first step,
    what the shared screen shows."""

    deliberation: Deliberation


@dataclass(frozen=True, slots=True)
class DeliberationStepChanged:
    """The deliberation moved to step ``index`` (0-based) of its method."""

    deliberation_id: str
    index: int
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class DeliberationConcluded:
    """The team concluded: ``conclusion`` is what the minutes keep, linked to its decision.
    ``decision`` is that decision when it was made from the conclusion in the same step (it is
    recorded with the conclusion); None when the conclusion links to a decision taken before.
    ``steps_reached`` and ``notes_written`` are counts, for the audit log."""

    conclusion: DeliberationConclusion
    decision: Decision | None = None
    steps_reached: int = 0
    notes_written: int = 0


@dataclass(frozen=True, slots=True)
class DeliberationAbandoned:
    """The deliberation ended without a conclusion (or the meeting closed during it): nothing of
    it is kept but this. ``steps_reached`` and ``notes_written`` are counts."""

    deliberation_id: str
    at: dt.datetime
    steps_reached: int = 0
    notes_written: int = 0
    at_close: bool = False


SessionEvent = (
    MeetingOpened
    | MeetingDetailsChanged
    | MeetingClosed
    | AttendanceChanged
    | ParticipationChanged
    | AgendaAdvanced
    | DraftOpened
    | GateEvaluated
    | DraftClosed
    | ItemShared
    | ItemWithheld
    | DecisionAdded
    | ActionAdded
    | ItemCorrected
    | ItemWithdrawn
    | DecisionChanged
    | DecisionDeleted
    | ActionChanged
    | ActionDeleted
    | WordingDisplayChanged
    | KnownWishesDisplayChanged
    | DeliberationStarted
    | DeliberationStepChanged
    | DeliberationConcluded
    | DeliberationAbandoned
)
