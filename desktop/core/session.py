"""The meeting session: the live state of one case conference.

One :class:`MeetingSession` owns the meeting while it runs. The console and the shared screen are
two views of the same session; storage is a third listener that writes what the session decides.
Listeners are plain callables receiving :mod:`events <desktop.core.events>`; the session calls
them synchronously, in the order they subscribed, so when an action returns every listener —
storage included — has seen it. If a listener fails (storage: disk full, the file gone), the
action is undone in memory and the error reaches the caller: the session never holds an action
that storage did not confirm. Storage subscribes first, so later listeners (the windows) never
see an event it refused.

The wording and answers of a proposed disclosure (the :class:`Draft`) live only here, in memory.
They leave the session in an :class:`ItemShared` event when the item is shared, and never
otherwise: *not shared* and *postponed* keep the category, the unmet conditions, who proposed it
and when.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Concatenate, ParamSpec, TypeVar

from desktop.core.deliberation import (
    Deliberation,
    DeliberationConclusion,
    DeliberationNotes,
    conclude,
)
from desktop.core.deliberation_method import DeliberationMethod
from desktop.core.entities import (
    Action,
    AttendanceEntry,
    ConsentRecord,
    Decision,
    Draft,
    Meeting,
    MeetingState,
    Mission,
    Nature,
    Outcome,
    Participation,
    Person,
    Presence,
    PriorInformation,
    Professional,
    SharedItem,
    WithheldItem,
)
from desktop.core.events import (
    ActionAdded,
    ActionChanged,
    ActionDeleted,
    AgendaAdvanced,
    AttendanceChanged,
    DecisionAdded,
    DecisionChanged,
    DecisionDeleted,
    DeliberationAbandoned,
    DeliberationConcluded,
    DeliberationStarted,
    DeliberationStepChanged,
    DraftClosed,
    DraftOpened,
    GateEvaluated,
    ItemCorrected,
    ItemShared,
    ItemWithdrawn,
    ItemWithheld,
    KnownWishesDisplayChanged,
    MeetingClosed,
    MeetingDetailsChanged,
    MeetingOpened,
    ParticipationChanged,
    SessionEvent,
    UndertakingGiven,
    WordingDisplayChanged,
)
from desktop.core.gate import GateInput, GateResult, evaluate_gate
from desktop.core.policy import Policy
from desktop.core.session_arguments import EXPECTED as _EXPECTED
from desktop.core.session_arguments import checked_changes, require
from desktop.core.session_record import DOING, SessionError, SessionRecord, describe
from desktop.core.text import join_names

__all__ = ["Listener", "MeetingSession", "SessionError", "SessionRecord"]

Listener = Callable[[SessionEvent], None]
_P = ParamSpec("_P")
_R = TypeVar("_R")

_DRAFT_FIELDS = {f.name for f in dataclasses.fields(Draft)} - {
    "id",
    "discloser_id",
    "proposed_at",
}


def _require_due(due: object) -> None:
    require(
        due is None or (isinstance(due, dt.date) and not isinstance(due, dt.datetime)),
        "due",
        "date",
    )


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _new_id() -> str:
    return uuid.uuid4().hex


_GATE_FIELDS = tuple(f.name for f in dataclasses.fields(GateInput))


def _same_input(a: GateInput, b: GateInput) -> bool:
    """The same input for the gate: every field the same object or equal (the entities are
    frozen, so equal values give the same verdicts)."""
    for name in _GATE_FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x is not y and x != y:
            return False
    return True


def _atomic(
    method: Callable[Concatenate[MeetingSession, _P], _R],
) -> Callable[Concatenate[MeetingSession, _P], _R]:
    """Undo a whole action in memory when it, or a listener it notified, raises."""

    @functools.wraps(method)
    def action(self: MeetingSession, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        if self._acting:  # inside another action: the outer one keeps the snapshot
            return method(self, *args, **kwargs)
        snapshot = self._snapshot()
        self._acting = True
        try:
            return method(self, *args, **kwargs)
        except BaseException:
            self._restore(snapshot)
            raise
        finally:
            self._acting = False

    return action


@dataclass(frozen=True, slots=True)
class _Snapshot:
    meeting: Meeting
    record: SessionRecord
    draft: Draft | None
    result: GateResult | None
    directory: dict[str, Professional]
    consents: tuple[ConsentRecord, ...]
    wishes_requested: bool
    wishes_shown: bool
    deliberation: Deliberation | None = None
    notes: DeliberationNotes | None = None


class MeetingSession:
    """The live state of one meeting: prepared -> open -> closed.

    Emits, to every subscribed listener: :class:`MeetingOpened`, :class:`AttendanceChanged`,
    :class:`ParticipationChanged`, :class:`MeetingDetailsChanged`, :class:`AgendaAdvanced`,
    :class:`DraftOpened`, :class:`GateEvaluated`, :class:`DraftClosed`, :class:`ItemShared`,
    :class:`ItemWithheld`, :class:`DecisionAdded`, :class:`ActionAdded`, :class:`ItemCorrected`,
    :class:`ItemWithdrawn`, :class:`DecisionChanged`, :class:`DecisionDeleted`,
    :class:`ActionChanged`, :class:`ActionDeleted`, :class:`WordingDisplayChanged`,
    :class:`KnownWishesDisplayChanged`, :class:`MeetingClosed`, and for a structured
    deliberation :class:`DeliberationStarted`,
    :class:`DeliberationStepChanged`, :class:`DeliberationConcluded` and
    :class:`DeliberationAbandoned`.

    Every bad argument to an action (an unknown id, a wrong type) is a :class:`SessionError`.
    """

    def __init__(
        self,
        meeting: Meeting,
        *,
        policy: Policy,
        person: Person,
        mission: Mission,
        directory: Iterable[Professional],
        consents: Iterable[ConsentRecord] = (),
        persons: Iterable[Person] = (),
        undertaking_required: bool = False,
        record: SessionRecord | None = None,
        clock: Callable[[], dt.datetime] = _now,
        new_id: Callable[[], str] = _new_id,
    ) -> None:
        if meeting.mission_id != mission.id:
            raise SessionError(
                "session.wrong_mission", meeting=meeting.mission_id, mission=mission.id
            )
        self._meeting = meeting
        self._policy = policy
        self._person = person
        # Every person the meeting concerns, in the meeting's order (a meeting about one: them).
        known = {p.id: p for p in (person, *persons)}
        missing = [pid for pid in meeting.person_ids if pid not in known]
        if missing:
            raise SessionError("session.unknown_person", who=missing[0])
        self._persons = tuple(known[pid] for pid in meeting.person_ids) or (person,)
        self._mission = mission
        # Each attendee confirms the confidentiality undertaking at check-in (MARAC-style).
        self._undertaking_required = undertaking_required
        self._directory = {p.id: p for p in directory}
        self._consents = tuple(consents)
        self._clock = clock
        self._new_id = new_id
        self._record = record or SessionRecord()
        for professional_id in meeting.invitees:
            self._record.attendance.setdefault(professional_id, AttendanceEntry(professional_id))
        self._draft: Draft | None = None
        self._result: GateResult | None = None
        self._last_evaluation: tuple[GateInput, GateResult] | None = None
        self._listeners: list[Listener] = []
        self._acting = False
        # The person's known wishes stay off the shared screen unless the facilitator shows them;
        # the toggle lives in memory only, so it is off again at each new (or resumed) meeting.
        self._wishes_requested = False
        self._wishes_shown = False
        # A deliberation under way, and the facilitator's notes: in memory only, never stored.
        self._deliberation: Deliberation | None = None
        self._notes: DeliberationNotes | None = None

    # --- Listening -------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event from now on; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    def _snapshot(self) -> _Snapshot:
        return _Snapshot(
            meeting=self._meeting,
            record=self._record.copy(),
            draft=self._draft,
            result=self._result,
            directory=dict(self._directory),
            consents=self._consents,
            wishes_requested=self._wishes_requested,
            wishes_shown=self._wishes_shown,
            deliberation=self._deliberation,
            notes=self._notes,
        )

    def _restore(self, snapshot: _Snapshot) -> None:
        self._meeting = snapshot.meeting
        self._record = snapshot.record
        self._draft = snapshot.draft
        self._result = snapshot.result
        self._directory = snapshot.directory
        self._consents = snapshot.consents
        self._wishes_requested = snapshot.wishes_requested
        self._wishes_shown = snapshot.wishes_shown
        self._deliberation = snapshot.deliberation
        self._notes = snapshot.notes

    # --- Reading the state -----------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        """The meeting as it stands now."""
        return self._meeting

    @property
    def policy(self) -> Policy:
        """The policy the meeting runs under."""
        return self._policy

    @property
    def person(self) -> Person:
        """The first person concerned (the one person of a meeting about one)."""
        return self._person

    @property
    def persons(self) -> tuple[Person, ...]:
        """Every person the meeting concerns, in the order the team names them."""
        return self._persons

    def person_of(self, person_id: str) -> Person:
        """One of the persons concerned by id (``KeyError`` when the meeting is not about them)."""
        found = next((p for p in self._persons if p.id == person_id), None)
        if found is None:
            raise KeyError(person_id)
        return found

    def item_persons(self, about: Iterable[str] = ()) -> tuple[Person, ...]:
        """The persons an item is about (``about`` empty: every person concerned, which is the
        one person of a meeting about one), in the meeting's order."""
        chosen = set(about)
        if not chosen:
            return self._persons
        return tuple(p for p in self._persons if p.id in chosen)

    @property
    def mission(self) -> Mission:
        """The meeting's mission."""
        return self._mission

    @property
    def consents(self) -> tuple[ConsentRecord, ...]:
        """The person's consent records the gate checks."""
        return self._consents

    @property
    def draft(self) -> Draft | None:
        """The disclosure under discussion, if a gate is open."""
        return self._draft

    @property
    def gate_result(self) -> GateResult | None:
        """The open gate's verdicts."""
        return self._result

    @property
    def shared(self) -> tuple[SharedItem, ...]:
        """Items shared so far, in order."""
        return tuple(self._record.shared)

    @property
    def withheld(self) -> tuple[WithheldItem, ...]:
        """Items considered and not shared (or postponed), in order."""
        return tuple(self._record.withheld)

    @property
    def decisions(self) -> tuple[Decision, ...]:
        """Decisions so far."""
        return tuple(self._record.decisions)

    @property
    def actions(self) -> tuple[Action, ...]:
        """Actions so far."""
        return tuple(self._record.actions)

    @property
    def agenda_index(self) -> int:
        """Index of the current agenda item, or -1 before the first."""
        return self._record.agenda_index

    @property
    def agenda_started_at(self) -> dt.datetime | None:
        """When the current agenda item started."""
        return self._record.agenda_started_at

    def professional(self, professional_id: str) -> Professional:
        """A directory entry by id (``KeyError`` when unknown)."""
        return self._directory[professional_id]

    def directory(self) -> tuple[Professional, ...]:
        """Every directory entry the session knows, in the order it learnt them."""
        return tuple(self._directory.values())

    def attendance(self) -> dict[str, AttendanceEntry]:
        """Every attendee's presence and trail (a copy)."""
        return self._record.copy().attendance

    def presence(self, professional_id: str) -> Presence:
        """Where one attendee is now."""
        return self._record.attendance[professional_id].presence

    def room(self) -> tuple[Professional, ...]:
        """Who is in the room now (present and not stepped out), in invitation order."""
        return tuple(
            self._directory[pid]
            for pid, entry in self._record.attendance.items()
            if entry.presence is Presence.PRESENT
        )

    def stepped_out(self) -> tuple[Professional, ...]:
        """Who stepped out for the current item."""
        return tuple(
            self._directory[pid]
            for pid, entry in self._record.attendance.items()
            if entry.presence is Presence.STEPPED_OUT
        )

    def chair_is_empty(self) -> bool:
        """A person concerned is not in the room (absent or represented): an empty chair."""
        return bool(self._meeting.absent_persons())

    # --- The confidentiality undertaking --------------------------------------------------------

    @property
    def undertaking_required(self) -> bool:
        """Each attendee confirms the confidentiality undertaking at check-in."""
        return self._undertaking_required

    def undertakings(self) -> dict[str, dt.datetime]:
        """Who gave the undertaking, and when (a copy)."""
        return dict(self._record.undertakings)

    def not_undertaken(self) -> tuple[str, ...]:
        """Attendees in the room who have not confirmed the undertaking the meeting asks for
        (none when it asks for none): they count as not bound by secrecy."""
        if not self._undertaking_required:
            return ()
        return tuple(p.id for p in self.room() if p.id not in self._record.undertakings)

    @_atomic
    def give_undertaking(self, professional_ids: Iterable[str] = ()) -> tuple[str, ...]:
        """Attendees confirm the undertaking (each one arriving, or, with no ids, everyone in
        the room who has not yet): from now they count as bound. Returns who confirmed."""
        self._require(MeetingState.OPEN, "change attendance")
        if not self._undertaking_required:
            raise SessionError("session.undertaking_not_asked")
        ids = tuple(professional_ids) or self.not_undertaken()
        require(all(isinstance(pid, str) for pid in ids), "professional_ids", "ids")
        for pid in ids:
            if pid not in self._record.attendance:
                raise SessionError("session.not_in_directory", who=pid)
            if self.presence(pid) is not Presence.PRESENT:
                raise SessionError("session.undertaking_not_present", who=self._directory[pid].name)
        new = tuple(pid for pid in ids if pid not in self._record.undertakings)
        if not new:
            return ()
        at = self._clock()
        for pid in new:
            self._record.undertakings[pid] = at
        self._emit(UndertakingGiven(new, at))
        self._reevaluate()
        self._follow_wishes_display()
        return new

    def chair_persons(self) -> tuple[Person, ...]:
        """Whom the empty-chair question speaks for now: the absent persons the open item is
        about, or, with no item open, every absent person."""
        absent = self.empty_chairs()
        if self._draft is None:
            return absent
        about = {p.id for p in self.item_persons(self._draft.about)}
        return tuple(p for p in absent if p.id in about)

    def aliases(self, persons: Iterable[Person] | None = None, lang: str = "en") -> str:
        """The aliases of ``persons`` (every person concerned by default), joined as ``lang``
        joins a list: ``S.M., D.M. and L.M.``."""
        chosen = self._persons if persons is None else tuple(persons)
        return join_names([p.alias for p in chosen], lang)

    def empty_chairs(self) -> tuple[Person, ...]:
        """The persons concerned who are not in the room: one empty chair each, in order."""
        absent = set(self._meeting.absent_persons())
        return tuple(p for p in self._persons if p.id in absent)

    # --- The meeting's life ----------------------------------------------------------------------

    def _require(self, state: MeetingState, doing: str) -> None:
        if self._meeting.state is not state:
            raise SessionError(
                "session.wrong_state", doing=DOING[doing], state=describe(self._meeting.state)
            )

    @_atomic
    def open(self) -> None:
        """Open a prepared meeting: the roll call can start."""
        self._require(MeetingState.PREPARED, "open the meeting")
        self._meeting = dataclasses.replace(
            self._meeting, state=MeetingState.OPEN, opened_at=self._clock()
        )
        self._emit(MeetingOpened(self._meeting))

    @_atomic
    def close(self) -> None:
        """Close the meeting; a draft still open is discarded without a trace."""
        self._require(MeetingState.OPEN, "close the meeting")
        discarded = self._draft is not None
        self._draft = None
        self._result = None
        if discarded:
            self._emit(DraftClosed())
        if self._deliberation is not None:  # nothing of it is kept: its notes are forgotten
            self._abandon_deliberation(at_close=True)
        self._meeting = dataclasses.replace(
            self._meeting, state=MeetingState.CLOSED, closed_at=self._clock()
        )
        self._wishes_requested = False
        self._follow_wishes_display()
        self._emit(
            MeetingClosed(
                self._meeting,
                discarded_draft=discarded,
                shared=len(self._record.shared),
                withheld=len(self._record.withheld),
            )
        )

    @_atomic
    def set_show_wording(self, show: bool) -> None:
        """Whether the shared screen shows the wording of shared items."""
        require(isinstance(show, bool), "show", "flag")
        self._meeting = dataclasses.replace(self._meeting, show_wording_on_shared_screen=show)
        self._emit(WordingDisplayChanged(show))

    # --- The person's known wishes on the shared screen ------------------------------------------

    @property
    def known_wishes_requested(self) -> bool:
        """The facilitator asked to show the person's known wishes on the shared screen."""
        return self._wishes_requested

    @property
    def known_wishes_shown(self) -> bool:
        """The shared screen may show the person's known wishes now: requested, and everyone in
        the room is bound by secrecy (on a recorded basis) and works in the mission."""
        return self._wishes_shown

    def known_wishes_held_back_by(self) -> tuple[Professional, ...]:
        """Who in the room is not bound by secrecy or works outside the mission: while anyone
        is, the known wishes stay off the shared screen. Someone who has not confirmed the
        undertaking the meeting asks for counts as not bound, as at the gate."""
        mission = self._mission.id
        pending = set(self.not_undertaken())
        return tuple(
            p
            for p in self.room()
            if p.id in pending
            or not (p.bound_by_secrecy and p.secrecy_basis.strip() and mission in p.missions)
        )

    @_atomic
    def set_show_known_wishes(self, show: bool) -> None:
        """The facilitator's toggle: show the person's known wishes on the shared screen, only
        while everyone in the room may see them (they hide again at once when that stops)."""
        require(isinstance(show, bool), "show", "flag")
        if show:
            self._require(MeetingState.OPEN, "show the person's wishes")
        self._wishes_requested = show
        self._follow_wishes_display(force=True)

    def _follow_wishes_display(self, force: bool = False) -> None:
        """Recompute whether the wishes may show; tell listeners when it changed."""
        held_back = self.known_wishes_held_back_by()
        shown = (
            self._wishes_requested and self._meeting.state is MeetingState.OPEN and not held_back
        )
        if shown == self._wishes_shown and not force:
            return
        self._wishes_shown = shown
        self._emit(
            KnownWishesDisplayChanged(self._wishes_requested, shown, tuple(p.id for p in held_back))
        )

    # --- Structured deliberation -----------------------------------------------------------------
    # The notes never leave the session; the conclusion leaves once, in DeliberationConcluded.

    @property
    def deliberation(self) -> Deliberation | None:
        """The deliberation under way, as the room may know it: method, question, step."""
        return self._deliberation

    @property
    def deliberation_notes(self) -> DeliberationNotes | None:
        """The facilitator's notes of the deliberation under way (for the console only)."""
        return self._notes

    @property
    def deliberations(self) -> tuple[DeliberationConclusion, ...]:
        """The deliberations concluded so far, in order."""
        return tuple(self._record.deliberations)

    def _running_deliberation(self) -> tuple[Deliberation, DeliberationNotes]:
        if self._deliberation is None or self._notes is None:
            raise SessionError("deliberation.none")
        return self._deliberation, self._notes

    @_atomic
    def start_deliberation(self, question: str, method: DeliberationMethod) -> Deliberation:
        """Begin to deliberate on ``question`` (short) with ``method``, on its first step."""
        self._require(MeetingState.OPEN, "deliberate")
        require(isinstance(question, str), "question", "text")
        require(isinstance(method, DeliberationMethod), "method", "method")
        if self._deliberation is not None:
            raise SessionError("deliberation.running")
        deliberation = Deliberation.start(
            self._new_id(), method, question, self._clock(), self._agenda_item_id()
        )
        self._deliberation = deliberation
        self._notes = DeliberationNotes.empty(deliberation.step_count)
        self._emit(DeliberationStarted(deliberation))
        return deliberation

    @_atomic
    def go_to_deliberation_step(self, index: int) -> None:
        """Move the deliberation to step ``index`` (0-based) of its method."""
        deliberation, _ = self._running_deliberation()
        moved = deliberation.at_step(index)
        if moved.step == deliberation.step:
            return
        self._deliberation = moved
        self._emit(DeliberationStepChanged(moved.id, moved.step, self._clock()))

    def next_deliberation_step(self) -> bool:
        """The next step; False on the last one (what remains is to conclude)."""
        deliberation, _ = self._running_deliberation()
        if deliberation.is_last:
            return False
        self.go_to_deliberation_step(deliberation.step + 1)
        return True

    def previous_deliberation_step(self) -> bool:
        """Back one step; False on the first one."""
        deliberation, _ = self._running_deliberation()
        if deliberation.is_first:
            return False
        self.go_to_deliberation_step(deliberation.step - 1)
        return True

    def write_deliberation_note(self, text: str, index: int | None = None) -> None:
        """The facilitator's note for step ``index`` (the current one by default). It stays in
        memory: no event, nothing stored, forgotten when the deliberation ends."""
        deliberation, notes = self._running_deliberation()
        require(isinstance(text, str), "note", "text")
        require(index is None or isinstance(index, int), "index", "number")
        self._notes = notes.with_note(deliberation.step if index is None else index, text)

    def set_deliberation_conclusion(self, text: str) -> None:
        """The conclusion the team reached, as it stands: in memory until concluded."""
        _, notes = self._running_deliberation()
        require(isinstance(text, str), "conclusion", "text")
        self._notes = notes.with_conclusion(text)

    @_atomic
    def conclude_deliberation(
        self, *, decision_id: str = "", decision_text: str = "", item_ids: Iterable[str] = ()
    ) -> DeliberationConclusion:
        """Conclude: the conclusion goes into the minutes, linked to the decision it led to —
        one taken before (``decision_id``), or a new one made now (``decision_text``, resting
        on the shared ``item_ids``), recorded together with the conclusion. The notes of the
        steps are forgotten."""
        self._require(MeetingState.OPEN, "deliberate")
        deliberation, notes = self._running_deliberation()
        require(isinstance(decision_id, str), "decision_id", "id")
        require(isinstance(decision_text, str), "decision_text", "text")
        if not notes.conclusion.strip():
            raise SessionError("deliberation.conclusion")
        if bool(decision_id) == bool(decision_text.strip()):
            raise SessionError("deliberation.decision")  # one decision: new, or taken before
        decision: Decision | None = None
        if decision_id and decision_id not in {d.id for d in self._record.decisions}:
            raise SessionError("deliberation.unknown_decision")
        if not decision_id:
            decision = Decision(
                id=self._new_id(),
                meeting_id=self._meeting.id,
                text=decision_text.strip(),
                item_ids=self._shared_ids(item_ids),
                decided_at=self._clock(),
            )
            decision_id = decision.id
        conclusion = conclude(
            deliberation,
            notes,
            meeting_id=self._meeting.id,
            decision_id=decision_id,
            at=self._clock(),
        )
        if decision is not None:
            self._record.decisions.append(decision)
        self._record.deliberations.append(conclusion)
        self._deliberation = None
        self._notes = None
        self._emit(
            DeliberationConcluded(conclusion, decision, deliberation.reached + 1, notes.written())
        )
        return conclusion

    @_atomic
    def abandon_deliberation(self) -> None:
        """End the deliberation without a conclusion: nothing of it is kept."""
        self._running_deliberation()
        self._abandon_deliberation(at_close=False)

    def _abandon_deliberation(self, *, at_close: bool) -> None:
        deliberation, notes = self._running_deliberation()
        self._deliberation = None
        self._notes = None
        self._emit(
            DeliberationAbandoned(
                deliberation.id, self._clock(), deliberation.reached + 1, notes.written(), at_close
            )
        )

    @_atomic
    def set_participation(
        self, participation: Participation, advocate: str = "", person_id: str = ""
    ) -> None:
        """A person concerned (``person_id``; empty: the first) arrived, left, or is now
        represented; an open gate is re-evaluated."""
        self._require(MeetingState.OPEN, "change the person's participation")
        require(isinstance(person_id, str), "person_id", "id")
        person_id = person_id or self._meeting.person_id
        if not self._meeting.concerns(person_id):
            raise SessionError("session.unknown_person", who=person_id)
        try:
            participation = Participation(participation)
        except ValueError:
            raise SessionError(
                "session.bad_argument", what="participation", expected=_EXPECTED["participation"]
            ) from None
        require(isinstance(advocate, str), "advocate", "text")
        self._meeting = self._meeting.with_participation(person_id, participation, advocate)
        self._emit(
            ParticipationChanged(participation, advocate, self._clock(), person_id, self._meeting)
        )
        if participation is not Participation.PRESENT and self._draft is not None:
            self._draft = dataclasses.replace(self._draft, person_agrees_now=False)
        self._reevaluate()

    @_atomic
    def set_legal_basis(self, basis_id: str, text: str = "") -> None:
        """Name the meeting's legal basis (one of the policy's, by id, and/or typed words),
        when it was not named at preparation; an open gate is re-evaluated."""
        self._require(MeetingState.OPEN, "change the meeting's details")
        require(isinstance(basis_id, str), "basis_id", "id")
        require(isinstance(text, str), "text", "text")
        if basis_id and self._policy.legal_basis(basis_id) is None:
            raise SessionError("session.unknown_basis", basis=basis_id)
        self._change_details(legal_basis_id=basis_id, legal_basis_text=text.strip())

    @_atomic
    def set_prior_information(
        self, informed_beforehand: bool, information: PriorInformation
    ) -> None:
        """Record who was informed beforehand (or why not) during the meeting; an open gate is
        re-evaluated."""
        self._require(MeetingState.OPEN, "change the meeting's details")
        require(isinstance(informed_beforehand, bool), "informed_beforehand", "flag")
        require(isinstance(information, PriorInformation), "information", "information")
        information = dataclasses.replace(
            information, contrary_reason=information.contrary_reason.strip()
        )
        self._change_details(informed_beforehand=informed_beforehand, prior_information=information)

    def _change_details(self, **changes: object) -> None:
        self._meeting = dataclasses.replace(self._meeting, **changes)  # type: ignore[arg-type]
        self._emit(MeetingDetailsChanged(self._meeting, self._clock()))
        self._reevaluate()

    # --- Agenda ----------------------------------------------------------------------------------

    @_atomic
    def start_agenda_item(self, index: int) -> None:
        """Move to agenda item ``index``; its timer starts now."""
        self._require(MeetingState.OPEN, "move through the agenda")
        require(isinstance(index, int) and not isinstance(index, bool), "index", "number")
        if not 0 <= index < len(self._meeting.agenda):
            raise SessionError("session.no_agenda_item", number=str(index + 1))
        self._record.agenda_index = index
        self._record.agenda_started_at = self._clock()
        item = self._meeting.agenda[index]
        self._emit(AgendaAdvanced(index, item.id, self._record.agenda_started_at))

    def next_agenda_item(self) -> bool:
        """Move to the next agenda item; False when the agenda is finished."""
        if self._record.agenda_index + 1 >= len(self._meeting.agenda):
            return False
        self.start_agenda_item(self._record.agenda_index + 1)
        return True

    def _agenda_item_id(self) -> str:
        index = self._record.agenda_index
        return self._meeting.agenda[index].id if 0 <= index < len(self._meeting.agenda) else ""

    # --- Attendance ------------------------------------------------------------------------------

    @_atomic
    def invite(self, professional_id: str) -> None:
        """Add someone from the directory to the meeting (e.g. an unplanned arrival)."""
        self._require(MeetingState.OPEN, "change attendance")
        require(isinstance(professional_id, str), "professional_id", "id")
        if professional_id not in self._directory:
            raise SessionError("session.not_in_directory", who=professional_id)
        if professional_id in self._record.attendance:
            return
        self._record.attendance[professional_id] = AttendanceEntry(professional_id)
        self._meeting = dataclasses.replace(
            self._meeting, invitees=(*self._meeting.invitees, professional_id)
        )
        self._move(professional_id, Presence.INVITED, allowed=(Presence.INVITED,))

    @_atomic
    def admit(self, professional: Professional) -> None:
        """Someone walked in: invited (if they were not) and present in one step. A directory
        entry the session did not know (a new professional) is learnt first. The open gate is
        re-evaluated at once."""
        self._require(MeetingState.OPEN, "change attendance")
        require(isinstance(professional, Professional), "professional", "professional")
        if professional.id not in self._directory:
            self._directory[professional.id] = professional
        self.invite(professional.id)
        presence = self.presence(professional.id)
        if presence is Presence.STEPPED_OUT:
            self.come_back(professional.id)
        elif presence is not Presence.PRESENT:
            self.mark_present(professional.id)

    def mark_present(self, professional_id: str) -> None:
        """Roll call or a late arrival: in the room."""
        self._move(
            professional_id,
            Presence.PRESENT,
            allowed=(Presence.INVITED, Presence.EXCUSED, Presence.LEFT),
        )

    arrive = mark_present

    def mark_excused(self, professional_id: str) -> None:
        """Roll call: excused."""
        self._move(professional_id, Presence.EXCUSED, allowed=(Presence.INVITED, Presence.PRESENT))

    def step_out(self, professional_id: str) -> None:
        """Step out for the item under discussion; the gate is re-evaluated at once."""
        self._move(professional_id, Presence.STEPPED_OUT, allowed=(Presence.PRESENT,))

    def come_back(self, professional_id: str) -> None:
        """Come back in after stepping out."""
        self._move(professional_id, Presence.PRESENT, allowed=(Presence.STEPPED_OUT,))

    def leave(self, professional_id: str) -> None:
        """Leave the meeting before its end."""
        self._move(professional_id, Presence.LEFT, allowed=(Presence.PRESENT, Presence.STEPPED_OUT))

    @_atomic
    def _move(self, professional_id: str, to: Presence, allowed: tuple[Presence, ...]) -> None:
        self._require(MeetingState.OPEN, "change attendance")
        require(isinstance(professional_id, str), "professional_id", "id")
        entry = self._record.attendance.get(professional_id)
        if entry is None:
            raise SessionError("session.not_invited", who=professional_id)
        name = self._directory[professional_id].name
        if entry.presence not in allowed:
            raise SessionError(
                "session.bad_move", who=name, now=describe(entry.presence), to=describe(to)
            )
        if to is Presence.PRESENT and not self._directory[professional_id].active:
            raise SessionError("session.inactive", who=name)
        at = self._clock()
        entry.presence = to
        entry.changes.append((at, to))
        self._emit(AttendanceChanged(professional_id, to, at, self._meeting.invitees))
        self._reevaluate()
        self._follow_wishes_display()

    # --- The gate --------------------------------------------------------------------------------

    @_atomic
    def propose(self, discloser_id: str, category_id: str) -> Draft:
        """Open the gate for an item that ``discloser_id`` wants to share."""
        self._require(MeetingState.OPEN, "propose a disclosure")
        require(isinstance(discloser_id, str), "discloser_id", "id")
        require(isinstance(category_id, str), "category_id", "id")
        if self._draft is not None:
            raise SessionError("session.draft_open")
        if discloser_id not in self._record.attendance or self.presence(discloser_id) is not (
            Presence.PRESENT
        ):
            raise SessionError("session.discloser_not_in_room")
        self._draft = Draft(
            id=self._new_id(),
            discloser_id=discloser_id,
            category_id=category_id,
            proposed_at=self._clock(),
            agenda_item_id=self._agenda_item_id(),
        )
        self._emit(DraftOpened(self._draft.id, self._draft.proposed_at))
        self._reevaluate()
        return self._draft

    @_atomic
    def update_draft(self, **changes: object) -> GateResult:
        """Change fields of the draft (wording, answers, category...); returns the new verdicts."""
        if self._draft is None:
            raise SessionError("session.no_draft")
        unknown = set(changes) - _DRAFT_FIELDS - {"discloser_id"}
        if unknown:
            raise SessionError(
                "session.unknown_fields", fields=tuple(sorted(unknown)), count=len(unknown)
            )
        changes = checked_changes(changes)
        strangers = [pid for pid in changes.get("about", ()) if not self._meeting.concerns(pid)]  # type: ignore[attr-defined]
        if strangers:
            raise SessionError("session.unknown_person", who=strangers[0])
        nature = changes.get("nature", self._draft.nature)
        if nature is not Nature.STATEMENT:
            # "Statement of ..." means something only while the item is a statement.
            changes["statement_of"] = ""
        if nature is not Nature.OPINION:
            changes["opinion_basis"] = ""  # likewise, what an opinion rests on
        self._draft = dataclasses.replace(self._draft, **changes)  # type: ignore[arg-type]
        self._reevaluate()
        assert self._result is not None
        return self._result

    @_atomic
    def update_consents(self, consents: Iterable[ConsentRecord]) -> None:
        """New or revoked consent records during the meeting; an open gate is re-evaluated."""
        try:
            records = tuple(consents)
        except TypeError:
            raise SessionError(
                "session.bad_argument", what="consents", expected=_EXPECTED["consents"]
            ) from None
        require(all(isinstance(c, ConsentRecord) for c in records), "consents", "consents")
        self._consents = records
        self._reevaluate()

    @_atomic
    def update_professional(self, professional: Professional) -> None:
        """A directory entry changed during the meeting; an open gate is re-evaluated, and the
        known wishes hide at once if the change makes the room unfit to see them."""
        require(isinstance(professional, Professional), "professional", "professional")
        self._directory[professional.id] = professional
        self._reevaluate()
        self._follow_wishes_display()

    def evaluate(self) -> GateResult:
        """The verdicts for the draft as it stands. The gate is a pure function of what it is
        given: asked again about the same room, draft and records (as at a decision right after
        the last change), it answers from the last evaluation."""
        if self._draft is None:
            raise SessionError("session.no_draft")
        gate = self._gate_input(self._draft)
        last = self._last_evaluation
        if last is not None and _same_input(last[0], gate):
            return last[1]
        result = evaluate_gate(gate)
        self._last_evaluation = (gate, result)
        return result

    def _gate_input(self, draft: Draft) -> GateInput:
        return GateInput(
            policy=self._policy,
            room=self.room(),
            consents=self._consents,
            mission=self._mission,
            person=self._person,
            participation=self._meeting.participation_of(self._person.id),
            persons=self._persons,
            participations=tuple(
                (p.id, self._meeting.participation_of(p.id)) for p in self._persons
            ),
            not_undertaken=self.not_undertaken(),
            draft=draft,
            today=self._clock().date(),
            discloser=self._directory.get(draft.discloser_id),
            stepped_out=self.stepped_out(),
            legal_basis_id=self._meeting.legal_basis_id,
            legal_basis_text=self._meeting.legal_basis_text,
            informed_beforehand=self._meeting.informed_beforehand,
            prior_information=self._meeting.prior_information,
        )

    def _reevaluate(self) -> None:
        if self._draft is None:
            return
        self._result = self.evaluate()
        self._emit(GateEvaluated(self._draft.id, self._result))

    @_atomic
    def cancel_draft(self) -> None:
        """Close the gate without deciding (opened by mistake): nothing is recorded, and whoever
        stepped out for the item comes back in."""
        if self._draft is None:
            return
        self._draft = None
        self._result = None
        self._emit(DraftClosed())
        for pid, entry in self._record.attendance.items():
            if entry.presence is Presence.STEPPED_OUT:
                self.come_back(pid)

    @_atomic
    def share(self) -> SharedItem:
        """Share the item; allowed only when every condition is met."""
        draft, result = self._decide()
        if not result.allows_share:
            raise SessionError("session.gate_closed")
        people = [p.id for p in self.room() if p.id != draft.discloser_id]
        if not people:  # the gate refuses this already; a share never goes to nobody
            raise SessionError("session.gate_closed")
        sequence = max((i.sequence for i in self._record.shared), default=0) + 1
        item = SharedItem(
            id=draft.id,
            meeting_id=self._meeting.id,
            agenda_item_id=draft.agenda_item_id,
            discloser_id=draft.discloser_id,
            category_id=draft.category_id,
            nature=draft.nature,
            statement_of=(draft.statement_of.strip() if draft.nature is Nature.STATEMENT else ""),
            wording=draft.wording.strip(),
            good_for_whom=draft.good_for_whom.strip(),
            with_whom=tuple(people),
            why=draft.why.strip(),
            empty_chair_answer=draft.empty_chair_answer.strip(),
            necessity_reason=draft.necessity_reason.strip(),
            consent_basis=result.basis,
            exception_id=result.exception_id,
            exception_justification=(
                draft.exception_justification.strip() if result.exception_id else ""
            ),
            stepped_out=tuple(p.id for p in self.stepped_out()),
            proposed_at=draft.proposed_at,
            shared_at=self._clock(),
            sequence=sequence,
            opinion_basis=(draft.opinion_basis.strip() if draft.nature is Nature.OPINION else ""),
            purpose_id=draft.purpose_id if self._policy.purpose(draft.purpose_id) else "",
            about=self._about(draft),
        )
        self._record.shared.append(item)
        self._emit(ItemShared(item, result))
        self._after_decision(item.id)
        return item

    @_atomic
    def not_share(self, reason_id: str = "") -> WithheldItem:
        """Do not share the item. Only its category, unmet conditions, proposer and time stay,
        and ``reason_id``: why the team chose not to share, from the policy's closed list (a
        policy that records every decision with its reasons requires one when every condition
        was met; words about the content are never taken)."""
        require(isinstance(reason_id, str), "reason_id", "id")
        if reason_id and self._policy.not_shared_reason(reason_id) is None:
            raise SessionError("session.unknown_reason", reason=reason_id)
        if self.needs_not_share_reason() and not reason_id:
            raise SessionError("session.reason_needed")
        return self._withhold(Outcome.NOT_SHARED, reason_id)

    def needs_not_share_reason(self) -> bool:
        """Not sharing the open item needs a reason from the policy's list: the policy records
        every decision with its reasons, and no condition failed (else they are the reasons)."""
        if self._draft is None or not self._policy.not_shared_reasons:
            return False
        return self.evaluate().allows_share

    @_atomic
    def postpone(self, who: str, what: str, due: dt.date | None = None) -> Action:
        """Postpone the item to ask the person first; creates the action ``who`` will carry out.

        ``what`` must not repeat the item's wording: it is kept, the wording is not.
        """
        if not isinstance(who, str) or who not in self._directory:
            raise SessionError("session.postpone_who")
        if not isinstance(what, str) or not what.strip():
            raise SessionError("session.postpone_what")
        _require_due(due)
        item = self._withhold(Outcome.POSTPONED)
        action = Action(
            id=self._new_id(),
            meeting_id=self._meeting.id,
            who=who,
            what=what.strip(),
            due=due,
            postponed_item_id=item.id,
        )
        self._record.actions.append(action)
        self._emit(ActionAdded(action))
        return action

    def _decide(self) -> tuple[Draft, GateResult]:
        self._require(MeetingState.OPEN, "decide on a disclosure")
        if self._draft is None:
            raise SessionError("session.no_draft")
        self._reevaluate()
        assert self._result is not None
        return self._draft, self._result

    def _withhold(self, outcome: Outcome, reason_id: str = "") -> WithheldItem:
        draft, result = self._decide()
        item = WithheldItem(
            id=draft.id,
            meeting_id=self._meeting.id,
            agenda_item_id=draft.agenda_item_id,
            category_id=draft.category_id,
            outcome=outcome,
            failed_conditions=result.unmet,
            chose_not_to_share=result.allows_share,
            proposed_by=draft.discloser_id,
            proposed_at=draft.proposed_at,
            decided_at=self._clock(),
            reason_id=reason_id,
            about=self._about(draft),
        )
        self._record.withheld.append(item)
        self._emit(ItemWithheld(item, tuple(p.id for p in self.stepped_out()), result))
        self._after_decision(item.id)
        return item

    def _about(self, draft: Draft) -> tuple[str, ...]:
        """Whose information the item is, as stored: the ids chosen, in the meeting's order
        (every person concerned when the draft names none)."""
        return tuple(p.id for p in self.item_persons(draft.about))

    def _after_decision(self, item_id: str) -> None:
        """The gate closes; those who stepped out for the item come back in."""
        self._draft = None
        self._result = None
        self._emit(DraftClosed())
        for pid, entry in self._record.attendance.items():
            if entry.presence is Presence.STEPPED_OUT:
                entry.stepped_out_of.append(item_id)
                self.come_back(pid)

    # --- Decisions and actions -------------------------------------------------------------------

    @_atomic
    def add_decision(self, text: str, item_ids: Iterable[str] = ()) -> Decision:
        """Record a decision, linked to the shared items it rests on."""
        self._require(MeetingState.OPEN, "add a decision")
        if not isinstance(text, str) or not text.strip():
            raise SessionError("session.decision_text")
        decision = Decision(
            id=self._new_id(),
            meeting_id=self._meeting.id,
            text=text.strip(),
            item_ids=self._shared_ids(item_ids),
            decided_at=self._clock(),
        )
        self._record.decisions.append(decision)
        self._emit(DecisionAdded(decision))
        return decision

    @_atomic
    def add_action(
        self,
        who: str,
        what: str,
        due: dt.date | None = None,
        item_ids: Iterable[str] = (),
        who_name: str = "",
    ) -> Action:
        """Record who does what by when, linked to shared items. Who is a professional of the
        directory (``who``), or — the person concerned, a relative — a name (``who_name``, with
        ``who`` empty)."""
        self._require(MeetingState.OPEN, "add an action")
        who, who_name = self._action_who(who, who_name)
        if not isinstance(what, str) or not what.strip():
            raise SessionError("session.action_text")
        _require_due(due)
        action = Action(
            id=self._new_id(),
            meeting_id=self._meeting.id,
            who=who,
            what=what.strip(),
            due=due,
            item_ids=self._shared_ids(item_ids),
            who_name=who_name,
        )
        self._record.actions.append(action)
        self._emit(ActionAdded(action))
        return action

    def _action_who(self, who: object, who_name: object) -> tuple[str, str]:
        """``(who, who_name)`` checked: a directory id and no name, or a name and no id."""
        require(isinstance(who_name, str), "who_name", "text")
        assert isinstance(who_name, str)
        if isinstance(who, str) and who in self._directory:
            return who, ""
        if who == "" and who_name.strip():
            return "", who_name.strip()
        raise SessionError("session.action_who")

    # --- Corrections before the meeting closes ---------------------------------------------------

    def _shared_item(self, item_id: object) -> SharedItem:
        require(isinstance(item_id, str), "item_id", "id")
        item = next((i for i in self._record.shared if i.id == item_id), None)
        if item is None:
            raise SessionError("session.no_shared_item")
        return item

    def _require_corrector(self, item: SharedItem, by: object) -> None:
        """Only the one who shared the item, or the facilitator, corrects or withdraws it."""
        require(isinstance(by, str), "by", "id")
        if by not in (item.discloser_id, self._meeting.facilitator_id):
            raise SessionError("session.correct_who")

    @_atomic
    def correct_wording(self, item_id: str, wording: str, by: str) -> SharedItem:
        """Correct the wording of a shared item, asked by its discloser or the facilitator. The
        earlier wording is replaced (storage keeps no copy of it); the audit log records that a
        correction was made, by whom and when, never what it said."""
        self._require(MeetingState.OPEN, "correct a shared item")
        item = self._shared_item(item_id)
        self._require_corrector(item, by)
        require(isinstance(wording, str), "wording", "text")
        if not wording.strip():
            raise SessionError("session.correct_empty")
        corrected = dataclasses.replace(item, wording=wording.strip())
        if corrected == item:
            return item
        self._record.shared = [corrected if i.id == item.id else i for i in self._record.shared]
        self._emit(ItemCorrected(corrected, by, self._clock()))
        return corrected

    @_atomic
    def withdraw(self, item_id: str, by: str) -> WithheldItem:
        """Withdraw a shared item, asked by its discloser or the facilitator: it becomes an item
        not shared, and its wording and answers are erased. Decisions and actions that rested on
        it no longer do."""
        self._require(MeetingState.OPEN, "withdraw a shared item")
        item = self._shared_item(item_id)
        self._require_corrector(item, by)
        at = self._clock()
        withheld = WithheldItem(
            id=item.id,
            meeting_id=item.meeting_id,
            agenda_item_id=item.agenda_item_id,
            category_id=item.category_id,
            outcome=Outcome.NOT_SHARED,
            failed_conditions=(),
            chose_not_to_share=True,  # every condition was met: the team chose not to keep it
            proposed_by=item.discloser_id,
            proposed_at=item.proposed_at,
            decided_at=at,
        )
        self._record.shared = [i for i in self._record.shared if i.id != item.id]
        self._record.withheld.append(withheld)
        decisions = tuple(
            dataclasses.replace(d, item_ids=tuple(i for i in d.item_ids if i != item.id))
            for d in self._record.decisions
            if item.id in d.item_ids
        )
        actions = tuple(
            dataclasses.replace(a, item_ids=tuple(i for i in a.item_ids if i != item.id))
            for a in self._record.actions
            if item.id in a.item_ids
        )
        changed = {d.id: d for d in decisions}
        self._record.decisions = [changed.get(d.id, d) for d in self._record.decisions]
        moved = {a.id: a for a in actions}
        self._record.actions = [moved.get(a.id, a) for a in self._record.actions]
        self._emit(ItemWithdrawn(withheld, by, at, decisions, actions))
        return withheld

    def _decision(self, decision_id: object) -> Decision:
        require(isinstance(decision_id, str), "decision_id", "id")
        found = next((d for d in self._record.decisions if d.id == decision_id), None)
        if found is None:
            raise SessionError("session.no_decision")
        return found

    def _action(self, action_id: object) -> Action:
        require(isinstance(action_id, str), "action_id", "id")
        found = next((a for a in self._record.actions if a.id == action_id), None)
        if found is None:
            raise SessionError("session.no_action")
        return found

    @_atomic
    def edit_decision(self, decision_id: str, text: str, item_ids: Iterable[str] = ()) -> Decision:
        """Change a decision's text and the shared items it rests on."""
        self._require(MeetingState.OPEN, "change a decision")
        decision = self._decision(decision_id)
        if not isinstance(text, str) or not text.strip():
            raise SessionError("session.decision_text")
        edited = dataclasses.replace(
            decision, text=text.strip(), item_ids=self._shared_ids(item_ids)
        )
        if edited != decision:
            self._record.decisions = [
                edited if d.id == decision.id else d for d in self._record.decisions
            ]
            self._emit(DecisionChanged(edited))
        return edited

    @_atomic
    def delete_decision(self, decision_id: str) -> None:
        """Delete a decision."""
        self._require(MeetingState.OPEN, "change a decision")
        decision = self._decision(decision_id)
        self._record.decisions = [d for d in self._record.decisions if d.id != decision.id]
        self._emit(DecisionDeleted(decision.id))

    @_atomic
    def edit_action(
        self,
        action_id: str,
        who: str,
        what: str,
        due: dt.date | None = None,
        item_ids: Iterable[str] = (),
        who_name: str = "",
    ) -> Action:
        """Change who does what by when, and the shared items it rests on. An action born of a
        postponed item stays linked to it."""
        self._require(MeetingState.OPEN, "change an action")
        action = self._action(action_id)
        who, who_name = self._action_who(who, who_name)
        if not isinstance(what, str) or not what.strip():
            raise SessionError("session.action_text")
        _require_due(due)
        edited = dataclasses.replace(
            action,
            who=who,
            who_name=who_name,
            what=what.strip(),
            due=due,
            item_ids=self._shared_ids(item_ids),
        )
        if edited != action:
            self._record.actions = [
                edited if a.id == action.id else a for a in self._record.actions
            ]
            self._emit(ActionChanged(edited))
        return edited

    @_atomic
    def delete_action(self, action_id: str) -> None:
        """Delete an action."""
        self._require(MeetingState.OPEN, "change an action")
        action = self._action(action_id)
        self._record.actions = [a for a in self._record.actions if a.id != action.id]
        self._emit(ActionDeleted(action.id))

    def _shared_ids(self, item_ids: Iterable[str]) -> tuple[str, ...]:
        known = {item.id for item in self._record.shared}
        if isinstance(item_ids, str):  # one id given as a string would iterate its letters
            raise SessionError("session.bad_argument", what="item_ids", expected=_EXPECTED["ids"])
        try:
            ids = tuple(item_ids)
        except TypeError:
            raise SessionError(
                "session.bad_argument", what="item_ids", expected=_EXPECTED["ids"]
            ) from None
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise SessionError("session.only_shared")
        return ids
