"""What a :class:`~desktop.core.session.MeetingSession` tells its listeners.

Events are plain frozen dataclasses. None of them carries the draft's wording or answers: those
only leave the session inside :class:`ItemShared`, once the item is shared. :class:`GateEvaluated`
carries the verdicts (whose reasons may name the category, for the console); the shared screen
must read only their statuses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
class MeetingClosed:
    """The meeting closed; ``discarded_draft`` tells whether an undecided item was dropped."""

    meeting: Meeting
    discarded_draft: bool


@dataclass(frozen=True, slots=True)
class AttendanceChanged:
    """An attendee arrived, was excused, stepped out, came back or left."""

    professional_id: str
    presence: Presence
    at: dt.datetime


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
    """An item passed the gate and was shared."""

    item: SharedItem
    result: GateResult


@dataclass(frozen=True, slots=True)
class ItemWithheld:
    """An item was not shared or was postponed: no wording, no answers."""

    item: WithheldItem


@dataclass(frozen=True, slots=True)
class DecisionAdded:
    """The meeting took a decision."""

    decision: Decision


@dataclass(frozen=True, slots=True)
class ActionAdded:
    """Someone will do something by some date."""

    action: Action


@dataclass(frozen=True, slots=True)
class WordingDisplayChanged:
    """The facilitator switched the shared screen's display of shared wording."""

    show: bool


SessionEvent = (
    MeetingOpened
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
    | WordingDisplayChanged
)
