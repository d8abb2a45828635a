"""What a meeting session keeps between actions, and how it says no.

:class:`SessionRecord` is the part of a meeting that storage saves and a resumed session starts
from; :class:`SessionError` is a refusal told in the user's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.entities import (
    Action,
    AttendanceEntry,
    Decision,
    MeetingState,
    Presence,
    SharedItem,
    WithheldItem,
)
from desktop.core.messages import Message, Value

if TYPE_CHECKING:
    from desktop.core.deliberation import DeliberationConclusion


@dataclass(slots=True)
class SessionRecord:
    """What a meeting has decided so far: enough to resume it exactly where it was."""

    attendance: dict[str, AttendanceEntry] = field(default_factory=dict)
    agenda_index: int = -1
    agenda_started_at: dt.datetime | None = None
    shared: list[SharedItem] = field(default_factory=list)
    withheld: list[WithheldItem] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    deliberations: list[DeliberationConclusion] = field(default_factory=list)
    # Who gave the confidentiality undertaking at check-in, and when (by professional id).
    undertakings: dict[str, dt.datetime] = field(default_factory=dict)

    def copy(self) -> SessionRecord:
        """A copy that later changes to this record do not reach."""
        return SessionRecord(
            # Built directly, not with dataclasses.replace: every action of a meeting takes one.
            attendance={
                pid: AttendanceEntry(
                    entry.professional_id,
                    entry.presence,
                    list(entry.changes),
                    list(entry.stepped_out_of),
                )
                for pid, entry in self.attendance.items()
            },
            agenda_index=self.agenda_index,
            agenda_started_at=self.agenda_started_at,
            shared=list(self.shared),
            withheld=list(self.withheld),
            decisions=list(self.decisions),
            actions=list(self.actions),
            deliberations=list(self.deliberations),
            undertakings=dict(self.undertakings),
        )


class SessionError(ValueError):
    """An action the meeting's state does not allow, explained in one sentence.

    ``str(error)`` is the English sentence; :meth:`text` gives it in the user's language.
    """

    def __init__(self, key: str, **values: Value) -> None:
        self.message = Message.of(key, **values)
        super().__init__(self.message.render("en"))

    def text(self, lang: str) -> str:
        """The sentence in ``lang``."""
        return self.message.render(lang)


_STATES: dict[MeetingState, Message] = {
    state: Message.of(f"term.state.{state.value}") for state in MeetingState
}
_PRESENCE: dict[Presence, Message] = {
    presence: Message.of(f"term.presence.{presence.value}") for presence in Presence
}
# What a refused action was doing, by the words the session names it with.
DOING: dict[str, Message] = {
    "open the meeting": Message.of("term.doing.open"),
    "close the meeting": Message.of("term.doing.close"),
    "change the person's participation": Message.of("term.doing.participation"),
    "change the meeting's details": Message.of("term.doing.details"),
    "move through the agenda": Message.of("term.doing.agenda"),
    "change attendance": Message.of("term.doing.attendance"),
    "propose a disclosure": Message.of("term.doing.propose"),
    "decide on a disclosure": Message.of("term.doing.decide"),
    "add a decision": Message.of("term.doing.decision"),
    "add an action": Message.of("term.doing.action"),
    "show the person's wishes": Message.of("term.doing.wishes"),
    "deliberate": Message.of("term.doing.deliberate"),
    "correct a shared item": Message.of("term.doing.correct"),
    "withdraw a shared item": Message.of("term.doing.withdraw"),
    "change a decision": Message.of("term.doing.change_decision"),
    "change an action": Message.of("term.doing.change_action"),
}


def describe(state: MeetingState | Presence) -> Message:
    """A meeting's state or an attendee's presence in words, for refusals."""
    if isinstance(state, MeetingState):
        return _STATES[state]
    return _PRESENCE[state]
