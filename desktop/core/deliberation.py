"""A structured deliberation: the team's pause when it disagrees about what to do (DESIGN.md §2
rule 8, the ethical questioning as a *suspension of reflexes*).

A deliberation is a small state machine, kept by the meeting session: it starts on a question,
walks through the steps of a :class:`~desktop.core.deliberation_method.DeliberationMethod` one
at a time (forwards or back), and ends either **concluded** — the team's conclusion, linked to
the decision it led to — or **abandoned**.

What everyone in the room may know (:class:`Deliberation`: the method, the question, the step)
is kept apart from what the facilitator types (:class:`DeliberationNotes`: a note per step and
the conclusion). The notes live only in memory, like a draft disclosure: they are never stored,
never sent to a listener. Only the conclusion leaves, inside :class:`DeliberationConclusion`,
once the deliberation is concluded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from desktop.core.deliberation_method import DeliberationMethod, MethodStep
from desktop.core.entities import Localized
from desktop.core.session_record import SessionError

#: The question is short: the shared screen shows it in large type, on a line or two.
QUESTION_LIMIT = 160


def _clean_question(question: str) -> str:
    """The question on one line, or a :class:`SessionError` saying what is wrong with it."""
    text = " ".join(question.split())
    if not text:
        raise SessionError("deliberation.question")
    if len(text) > QUESTION_LIMIT:
        raise SessionError("deliberation.question_long", limit=str(QUESTION_LIMIT))
    return text


@dataclass(frozen=True, slots=True)
class Deliberation:
    """A deliberation under way, as the whole room may know it: never the notes.

    ``step`` is the step the team is on (0-based); ``reached`` the furthest step it went to.
    """

    id: str
    method: DeliberationMethod
    question: str
    started_at: dt.datetime
    agenda_item_id: str = ""
    step: int = 0
    reached: int = 0

    @classmethod
    def start(
        cls,
        deliberation_id: str,
        method: DeliberationMethod,
        question: str,
        at: dt.datetime,
        agenda_item_id: str = "",
    ) -> Deliberation:
        """A deliberation on ``question``, on the method's first step."""
        return cls(deliberation_id, method, _clean_question(question), at, agenda_item_id)

    @property
    def step_count(self) -> int:
        """How many steps the method has."""
        return len(self.method.steps)

    @property
    def current(self) -> MethodStep:
        """The step the team is on."""
        return self.method.steps[self.step]

    @property
    def is_first(self) -> bool:
        """On the first step: there is no previous one."""
        return self.step == 0

    @property
    def is_last(self) -> bool:
        """On the last step: what remains is to conclude."""
        return self.step == self.step_count - 1

    def at_step(self, index: int) -> Deliberation:
        """The same deliberation on step ``index``; a :class:`SessionError` for a step the
        method does not have."""
        if isinstance(index, bool) or not isinstance(index, int):
            raise SessionError("deliberation.no_step", number=str(index))
        if not 0 <= index < self.step_count:
            raise SessionError("deliberation.no_step", number=str(index + 1))
        return dataclasses.replace(self, step=index, reached=max(self.reached, index))


@dataclass(frozen=True, slots=True)
class DeliberationNotes:
    """What the facilitator types during a deliberation: one short note per step, and the
    conclusion the team reaches. In memory only; kept out of ``repr`` so that no log or
    traceback ever prints them."""

    notes: tuple[str, ...] = field(repr=False)
    conclusion: str = field(default="", repr=False)

    @classmethod
    def empty(cls, steps: int) -> DeliberationNotes:
        """No note yet for any of ``steps`` steps."""
        return cls(("",) * steps)

    def note(self, index: int) -> str:
        """The note of step ``index``."""
        return self.notes[index]

    def with_note(self, index: int, text: str) -> DeliberationNotes:
        """These notes with step ``index``'s note replaced by ``text``."""
        if not 0 <= index < len(self.notes):
            raise SessionError("deliberation.no_step", number=str(index + 1))
        notes = list(self.notes)
        notes[index] = text
        return dataclasses.replace(self, notes=tuple(notes))

    def with_conclusion(self, text: str) -> DeliberationNotes:
        """These notes with the conclusion replaced by ``text``."""
        return dataclasses.replace(self, conclusion=text)

    def written(self) -> int:
        """How many steps have a note: a count the audit log may keep, never the notes."""
        return sum(1 for note in self.notes if note.strip())


@dataclass(frozen=True, slots=True)
class DeliberationConclusion:
    """A concluded deliberation, as the minutes keep it: the method, the question, the
    conclusion and the decision it led to. Nothing else of the deliberation is ever kept."""

    id: str
    meeting_id: str
    method_id: str
    method_name: Localized
    question: str
    conclusion: str
    decision_id: str
    agenda_item_id: str
    started_at: dt.datetime
    concluded_at: dt.datetime


def conclude(
    deliberation: Deliberation,
    notes: DeliberationNotes,
    *,
    meeting_id: str,
    decision_id: str,
    at: dt.datetime,
) -> DeliberationConclusion:
    """The conclusion of ``deliberation``: what the minutes keep of it. A
    :class:`SessionError` when no conclusion is written or no decision is linked."""
    conclusion = notes.conclusion.strip()
    if not conclusion:
        raise SessionError("deliberation.conclusion")
    if not decision_id:
        raise SessionError("deliberation.decision")
    return DeliberationConclusion(
        id=deliberation.id,
        meeting_id=meeting_id,
        method_id=deliberation.method.id,
        method_name=deliberation.method.name,
        question=deliberation.question,
        conclusion=conclusion,
        decision_id=decision_id,
        agenda_item_id=deliberation.agenda_item_id,
        started_at=deliberation.started_at,
        concluded_at=at,
    )
