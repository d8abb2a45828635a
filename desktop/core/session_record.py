"""What a meeting session keeps between actions, and how it says no.

:class:`SessionRecord` is the part of a meeting that storage saves and a resumed session starts
from; :class:`SessionError` is a refusal told in the user's language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from desktop.core.entities import (
    Action,
    AttendanceEntry,
    Decision,
    Localized,
    MeetingState,
    Presence,
    SharedItem,
    WithheldItem,
)
from desktop.core.messages import Message, Value


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

    def copy(self) -> SessionRecord:
        """A copy that later changes to this record do not reach."""
        return SessionRecord(
            attendance={
                pid: dataclasses.replace(
                    entry, changes=list(entry.changes), stepped_out_of=list(entry.stepped_out_of)
                )
                for pid, entry in self.attendance.items()
            },
            agenda_index=self.agenda_index,
            agenda_started_at=self.agenda_started_at,
            shared=list(self.shared),
            withheld=list(self.withheld),
            decisions=list(self.decisions),
            actions=list(self.actions),
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


_STATES: dict[MeetingState, Localized] = {
    MeetingState.PREPARED: Localized(en="prepared", fr="en préparation"),
    MeetingState.OPEN: Localized(en="open", fr="ouverte"),
    MeetingState.CLOSED: Localized(en="closed", fr="close"),
}
_PRESENCE: dict[Presence, Localized] = {
    Presence.INVITED: Localized(en="invited", fr="invité·e"),
    Presence.PRESENT: Localized(en="present", fr="présent·e"),
    Presence.EXCUSED: Localized(en="excused", fr="excusé·e"),
    Presence.STEPPED_OUT: Localized(en="stepped out", fr="sorti·e pour ce point"),
    Presence.LEFT: Localized(en="gone", fr="parti·e"),
}
DOING: dict[str, Localized] = {
    "open the meeting": Localized(en="open the meeting", fr="d'ouvrir la réunion"),
    "close the meeting": Localized(en="close the meeting", fr="de clôturer la réunion"),
    "change the person's participation": Localized(
        en="change the person's participation", fr="de changer la participation de la personne"
    ),
    "move through the agenda": Localized(
        en="move through the agenda", fr="d'avancer dans l'ordre du jour"
    ),
    "change attendance": Localized(en="change attendance", fr="de changer les présences"),
    "propose a disclosure": Localized(en="propose a disclosure", fr="de proposer un partage"),
    "decide on a disclosure": Localized(en="decide on a disclosure", fr="de décider d'un partage"),
    "add a decision": Localized(en="add a decision", fr="d'ajouter une décision"),
    "add an action": Localized(en="add an action", fr="d'ajouter une action"),
    "correct a shared item": Localized(
        en="correct a shared item", fr="de corriger un point partagé"
    ),
    "withdraw a shared item": Localized(
        en="withdraw a shared item", fr="de retirer un point partagé"
    ),
    "change a decision": Localized(en="change a decision", fr="de modifier une décision"),
    "change an action": Localized(en="change an action", fr="de modifier une action"),
    "show the person's wishes": Localized(
        en="show the person's wishes", fr="d'afficher les souhaits de la personne"
    ),
}


def describe(state: MeetingState | Presence) -> Localized:
    """A meeting's state or an attendee's presence in words, for refusals."""
    if isinstance(state, MeetingState):
        return _STATES[state]
    return _PRESENCE[state]
