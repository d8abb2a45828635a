"""The meeting session: life cycle, attendance, the gate's re-evaluation, decisions, privacy."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from core_builders import (
    ANN,
    BEN,
    CLARA,
    DIRECTORY,
    NOW,
    OLGA,
    PERSON,
    POLICY,
    SAM,
    YOUTH,
    consent,
    draft,
)

from desktop.core.entities import (
    AgendaItem,
    Condition,
    ConsentKind,
    ConsentRecord,
    Meeting,
    MeetingState,
    Mission,
    Nature,
    Outcome,
    Participation,
    Presence,
)
from desktop.core.events import (
    ActionAdded,
    AgendaAdvanced,
    AttendanceChanged,
    DecisionAdded,
    DraftClosed,
    DraftOpened,
    GateEvaluated,
    ItemShared,
    ItemWithheld,
    MeetingClosed,
    MeetingOpened,
    ParticipationChanged,
    SessionEvent,
    WordingDisplayChanged,
)
from desktop.core.session import MeetingSession, SessionError, SessionRecord


class FakeClock:
    """A clock that moves only when told."""

    def __init__(self, start: dt.datetime = NOW) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: int = 1) -> dt.datetime:
        self.now += dt.timedelta(minutes=minutes)
        return self.now


AGENDA = (AgendaItem("a1", "Opening", 5), AgendaItem("a2", "School", 15))


def make_meeting(**changes: Any) -> Meeting:
    meeting = Meeting(
        id="m1",
        person_id=PERSON.id,
        mission_id=YOUTH.id,
        policy_id=POLICY.id,
        purpose="Keep J. at home safely",
        scheduled_at=NOW,
        facilitator_id=ANN.id,
        agenda=AGENDA,
        invitees=("ann", "ben", "clara", "sam", "nora"),
    )
    return dataclasses.replace(meeting, **changes)


class Harness:
    """A session with a fake clock, predictable ids, and every event it emitted."""

    def __init__(
        self,
        *,
        consents: Iterable[ConsentRecord] = (consent(),),
        record: SessionRecord | None = None,
        meeting: Meeting | None = None,
        id_prefix: str = "id",
        **meeting_changes: Any,
    ) -> None:
        self.clock = FakeClock()
        counter = itertools.count(1)
        self.session = MeetingSession(
            meeting or make_meeting(**meeting_changes),
            policy=POLICY,
            person=PERSON,
            mission=YOUTH,
            directory=DIRECTORY,
            consents=consents,
            record=record,
            clock=self.clock,
            new_id=lambda: f"{id_prefix}-{next(counter)}",
        )
        self.events: list[SessionEvent] = []
        self.session.subscribe(self.events.append)

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    def opened(self, *present: str) -> Harness:
        self.session.open()
        for pid in present:
            self.session.mark_present(pid)
        return self


def complete(h: Harness, discloser: str = "ann", **changes: Any) -> None:
    """Propose a health item and answer every question."""
    filled = draft(**changes)
    h.session.propose(discloser, filled.category_id)
    h.session.update_draft(
        wording=filled.wording,
        good_for_whom=filled.good_for_whom,
        why=filled.why,
        empty_chair_answer=filled.empty_chair_answer,
        could_decide_without=filled.could_decide_without,
        necessity_reason=filled.necessity_reason,
        nature=filled.nature,
        statement_of=filled.statement_of,
        exception_id=filled.exception_id,
        exception_justification=filled.exception_justification,
    )


# --- Life cycle ----------------------------------------------------------------------------------


def test_life_cycle_prepared_open_closed_with_times() -> None:
    h = Harness()
    assert h.session.meeting.state is MeetingState.PREPARED
    h.session.open()
    assert h.session.meeting.state is MeetingState.OPEN
    assert h.session.meeting.opened_at == NOW
    closed_at = h.clock.advance(90)
    h.session.close()
    assert h.session.meeting.state is MeetingState.CLOSED
    assert h.session.meeting.closed_at == closed_at
    assert [type(e) for e in h.events] == [MeetingOpened, MeetingClosed]
    assert h.of(MeetingClosed)[0] == MeetingClosed(h.session.meeting, discarded_draft=False)


WRONG_STATE: list[tuple[str, Callable[[MeetingSession], object], str]] = [
    ("close", lambda s: s.close(), "Cannot close the meeting: the meeting is {}"),
    ("arrive", lambda s: s.mark_present("ann"), "Cannot change attendance: the meeting is {}"),
    ("invite", lambda s: s.invite("olga"), "Cannot change attendance: the meeting is {}"),
    ("propose", lambda s: s.propose("ann", "health"), "Cannot propose a disclosure"),
    ("agenda", lambda s: s.start_agenda_item(0), "Cannot move through the agenda"),
    ("decision", lambda s: s.add_decision("Visit"), "Cannot add a decision"),
    ("action", lambda s: s.add_action("ann", "Visit"), "Cannot add an action"),
    (
        "participation",
        lambda s: s.set_participation(Participation.PRESENT),
        "Cannot change the person's participation",
    ),
    ("share", lambda s: s.share(), "Cannot decide on a disclosure"),
    ("not-share", lambda s: s.not_share(), "Cannot decide on a disclosure"),
]


@pytest.mark.parametrize(
    ("act", "message"), [pytest.param(a, m, id=i) for i, a, m in WRONG_STATE if i != "close"]
)
def test_prepared_meeting_refuses_meeting_actions(
    act: Callable[[MeetingSession], object], message: str
) -> None:
    h = Harness()
    with pytest.raises(SessionError, match=message.format("prepared")):
        act(h.session)
    assert h.events == []
    assert "olga" not in h.session.attendance()


@pytest.mark.parametrize(("act", "message"), [pytest.param(a, m, id=i) for i, a, m in WRONG_STATE])
def test_closed_meeting_refuses_everything(
    act: Callable[[MeetingSession], object], message: str
) -> None:
    h = Harness().opened("ann")
    h.session.close()
    before = len(h.events)
    with pytest.raises(SessionError, match=message.format("closed")):
        act(h.session)
    assert len(h.events) == before


def test_open_twice_and_wrong_mission_are_refused() -> None:
    h = Harness().opened()
    with pytest.raises(SessionError, match="Cannot open the meeting: the meeting is open"):
        h.session.open()
    with pytest.raises(SessionError, match="mission is youth, not mental_health"):
        MeetingSession(
            make_meeting(),
            policy=POLICY,
            person=PERSON,
            mission=Mission("mental_health", "Mental health"),
            directory=DIRECTORY,
        )


def test_subscribe_and_unsubscribe() -> None:
    h = Harness()
    seen: list[SessionEvent] = []
    unsubscribe = h.session.subscribe(seen.append)
    h.session.open()
    unsubscribe()
    unsubscribe()  # twice is harmless
    h.session.mark_present("ann")
    assert [type(e) for e in seen] == [MeetingOpened]


def test_wording_display_switch() -> None:
    h = Harness().opened()
    h.session.set_show_wording(True)
    assert h.session.meeting.show_wording_on_shared_screen
    assert h.events[-1] == WordingDisplayChanged(True)


# --- Agenda --------------------------------------------------------------------------------------


def test_agenda_moves_and_tags_the_draft() -> None:
    h = Harness().opened("ann", "ben")
    assert h.session.agenda_index == -1
    assert h.session.next_agenda_item()
    at = h.clock.advance(5)
    assert h.session.next_agenda_item()
    assert not h.session.next_agenda_item()
    assert (h.session.agenda_index, h.session.agenda_started_at) == (1, at)
    assert h.of(AgendaAdvanced)[-1] == AgendaAdvanced(1, "a2", at)
    assert h.session.propose("ann", "health").agenda_item_id == "a2"
    with pytest.raises(SessionError, match="There is no agenda item 3"):
        h.session.start_agenda_item(2)


# --- Attendance ----------------------------------------------------------------------------------

MOVES = {
    "arrive": MeetingSession.mark_present,
    "excused": MeetingSession.mark_excused,
    "step_out": MeetingSession.step_out,
    "come_back": MeetingSession.come_back,
    "leave": MeetingSession.leave,
}
# (path of moves from invited, the presence reached)
VALID_PATHS = [
    (("arrive",), Presence.PRESENT),
    (("excused",), Presence.EXCUSED),
    (("excused", "arrive"), Presence.PRESENT),
    (("arrive", "excused"), Presence.EXCUSED),
    (("arrive", "step_out"), Presence.STEPPED_OUT),
    (("arrive", "step_out", "come_back"), Presence.PRESENT),
    (("arrive", "step_out", "leave"), Presence.LEFT),
    (("arrive", "leave"), Presence.LEFT),
    (("arrive", "leave", "arrive"), Presence.PRESENT),
]
INVALID_PATHS = [
    (("step_out",), "Ben Leroy is invited: cannot become stepped_out"),
    (("come_back",), "Ben Leroy is invited: cannot become present"),
    (("leave",), "Ben Leroy is invited: cannot become left"),
    (("arrive", "arrive"), "Ben Leroy is present: cannot become present"),
    (("arrive", "come_back"), "Ben Leroy is present: cannot become present"),
    (("arrive", "step_out", "step_out"), "is stepped_out: cannot become stepped_out"),
    (("arrive", "step_out", "excused"), "is stepped_out: cannot become excused"),
    (("arrive", "leave", "step_out"), "Ben Leroy is left: cannot become stepped_out"),
    (("excused", "leave"), "Ben Leroy is excused: cannot become left"),
]


@pytest.mark.parametrize(
    ("path", "reached"), [pytest.param(p, r, id="-".join(p)) for p, r in VALID_PATHS]
)
def test_valid_attendance_moves(path: tuple[str, ...], reached: Presence) -> None:
    h = Harness().opened()
    times = []
    for move in path:
        times.append(h.clock.advance())
        MOVES[move](h.session, "ben")
    entry = h.session.attendance()["ben"]
    assert entry.presence is h.session.presence("ben") is reached
    assert [at for at, _ in entry.changes] == times
    assert [e.presence for e in h.of(AttendanceChanged)] == [p for _, p in entry.changes]
    assert (BEN in h.session.room()) is (reached is Presence.PRESENT)
    assert (BEN in h.session.stepped_out()) is (reached is Presence.STEPPED_OUT)


@pytest.mark.parametrize(
    ("path", "message"), [pytest.param(p, m, id="-".join(p)) for p, m in INVALID_PATHS]
)
def test_invalid_attendance_moves(path: tuple[str, ...], message: str) -> None:
    h = Harness().opened()
    for move in path[:-1]:
        MOVES[move](h.session, "ben")
    before = h.session.attendance()["ben"]
    with pytest.raises(SessionError, match=message):
        MOVES[path[-1]](h.session, "ben")
    assert h.session.attendance()["ben"] == before


def test_attendance_of_strangers_and_inactive_people() -> None:
    h = Harness(invitees=("ann",)).opened()
    with pytest.raises(SessionError, match="ben is not invited to this meeting"):
        h.session.mark_present("ben")
    with pytest.raises(SessionError, match="stranger is not in the directory"):
        h.session.invite("stranger")
    h.session.invite("ben")
    h.session.invite("ben")  # twice is harmless
    assert h.session.meeting.invitees == ("ann", "ben")
    assert h.session.presence("ben") is Presence.INVITED
    h.session.mark_present("ben")
    assert h.session.room() == (BEN,)
    h.session.update_professional(dataclasses.replace(CLARA, active=False))
    h.session.invite("clara")
    with pytest.raises(SessionError, match="Clara Dubois is no longer active in the directory"):
        h.session.mark_present("clara")


def test_attendance_returns_a_copy() -> None:
    h = Harness().opened("ann")
    h.session.attendance()["ann"].changes.clear()
    assert h.session.attendance()["ann"].changes


# --- The gate inside the session ---------------------------------------------------------------


def test_propose_rules() -> None:
    h = Harness().opened("ann", "ben")
    with pytest.raises(SessionError, match="Only someone in the room can propose"):
        h.session.propose("clara", "health")
    with pytest.raises(SessionError, match="No disclosure is under discussion"):
        h.session.update_draft(wording="x")
    with pytest.raises(SessionError, match="No disclosure is under discussion"):
        h.session.evaluate()
    with pytest.raises(SessionError, match="No disclosure is under discussion"):
        h.session.share()
    proposed_at = h.clock.advance(3)
    item = h.session.propose("ann", "health")
    assert (item.discloser_id, item.category_id, item.proposed_at) == ("ann", "health", proposed_at)
    assert h.of(DraftOpened) == [DraftOpened(item.id, proposed_at)]
    with pytest.raises(SessionError, match="Decide the item under discussion first"):
        h.session.propose("ben", "family")
    with pytest.raises(SessionError, match="Unknown field\\(s\\): id, proposed_at"):
        h.session.update_draft(id="x", proposed_at=NOW)
    result = h.session.update_draft(nature="statement", statement_of="")
    assert h.session.draft is not None and h.session.draft.nature is Nature.STATEMENT
    assert "Say whose statement this is" in result[Condition.QUESTIONS].reason()
    with pytest.raises(SessionError, match="Unknown nature: gossip"):
        h.session.update_draft(nature="gossip")


def test_every_change_re_evaluates_the_open_gate() -> None:
    h = Harness().opened("ann", "ben", "sam")
    complete(h)
    count = len(h.of(GateEvaluated))
    assert h.session.gate_result is not None
    assert h.session.gate_result.unmet == (Condition.SECRECY,)

    h.session.step_out("sam")  # attendance change
    assert h.session.gate_result.allows_share
    h.session.mark_present("clara")
    assert h.session.gate_result.allows_share
    h.session.update_consents([consent(professionals=("ben",), missions=())])  # consent change
    assert h.session.gate_result.unmet == (Condition.CONSENT,)
    assert h.session.gate_result[Condition.CONSENT].culprits == ("clara",)
    h.session.update_consents([consent(revoked_on=NOW.date())])  # revoked today
    assert h.session.gate_result.unmet == (Condition.CONSENT,)
    h.session.update_consents([consent()])
    assert h.session.gate_result.allows_share
    h.session.come_back("sam")
    h.session.update_professional(dataclasses.replace(SAM, bound_by_secrecy=True, secrecy_basis=""))
    assert h.session.gate_result.unmet == (Condition.SECRECY,)
    assert "no basis recorded" in h.session.gate_result[Condition.SECRECY].reason()
    h.session.update_professional(
        dataclasses.replace(SAM, bound_by_secrecy=True, secrecy_basis="law")
    )
    assert h.session.gate_result.allows_share
    evaluated = h.of(GateEvaluated)[count:]
    assert len(evaluated) == 8
    assert all(e.draft_id == h.session.draft.id for e in evaluated)  # type: ignore[union-attr]
    assert evaluated[-1].result == h.session.gate_result


def test_participation_changes_re_evaluate_agreement_now() -> None:
    h = Harness(consents=()).opened("ann", "ben")
    complete(h)
    h.session.update_draft(person_agrees_now=True)
    assert h.session.gate_result is not None
    assert h.session.gate_result.unmet == (Condition.CONSENT,)  # absent: does not count
    h.session.set_participation(Participation.PRESENT)
    assert h.session.chair_is_empty() is False
    h.session.update_draft(person_agrees_now=True)
    assert h.session.gate_result.allows_share
    h.session.set_participation(Participation.REPRESENTED, advocate="Lawyer Kim Vos")
    assert h.session.chair_is_empty()
    assert h.session.draft is not None and not h.session.draft.person_agrees_now
    assert h.session.gate_result.unmet == (Condition.CONSENT,)
    assert h.of(ParticipationChanged)[-1] == ParticipationChanged(
        Participation.REPRESENTED, "Lawyer Kim Vos", NOW
    )
    h.session.set_participation(Participation.PRESENT)
    assert h.session.gate_result.unmet == (Condition.CONSENT,), "agreement is asked again"


def test_discloser_leaving_blocks_the_item() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    h.session.leave("ann")
    assert h.session.gate_result is not None
    assert h.session.gate_result.unmet == (Condition.QUESTIONS,)
    assert h.session.gate_result[Condition.QUESTIONS].reason() == (
        "Ann Martin (social worker) is not in the room and cannot share"
    )


# --- Deciding ------------------------------------------------------------------------------------


def test_share_records_the_item() -> None:
    h = Harness().opened("ann", "ben", "clara", "sam")
    h.session.start_agenda_item(1)
    proposed_at = h.clock.advance()
    complete(h)
    h.session.step_out("sam")
    with pytest.raises(SessionError, match="Unknown"):
        h.session.update_draft(colour="red")
    shared_at = h.clock.advance(4)
    item = h.session.share()
    filled = draft()
    assert item.id == h.of(DraftOpened)[0].draft_id
    assert (item.meeting_id, item.agenda_item_id, item.discloser_id) == ("m1", "a2", "ann")
    assert (item.category_id, item.wording, item.why) == ("health", filled.wording, filled.why)
    assert item.with_whom == ("ben", "clara")
    assert item.stepped_out == ("sam",)
    assert (
        item.consent_basis.render()
        == "Consent given 2026-03-01 covers Health for everyone in the room"
    )
    assert (item.exception_id, item.exception_justification) == ("", "")
    assert (item.proposed_at, item.shared_at) == (proposed_at, shared_at)
    assert h.session.shared == (item,)
    assert h.session.draft is None and h.session.gate_result is None
    shared_event = h.of(ItemShared)[0]
    assert shared_event.item == item and shared_event.result.allows_share


def test_shared_under_an_exception_keeps_ground_and_justification() -> None:
    h = Harness(consents=()).opened("ann", "ben")
    complete(h, exception_id="danger", exception_justification="  Threatened tonight ")
    item = h.session.share()
    assert (item.exception_id, item.exception_justification) == ("danger", "Threatened tonight")
    assert "under an exception" in item.consent_basis.render()


def test_justification_is_dropped_when_consent_met_c1() -> None:
    h = Harness().opened("ann", "ben")
    complete(h, exception_id="danger", exception_justification="Not needed")
    item = h.session.share()
    assert (item.exception_id, item.exception_justification) == ("", "")


def test_share_refused_when_not_allowed_keeps_the_draft() -> None:
    h = Harness().opened("ann", "ben")
    complete(h, could_decide_without=True)
    with pytest.raises(SessionError, match="not every condition is met"):
        h.session.share()
    assert h.session.draft is not None
    assert h.session.shared == () and h.of(ItemShared) == []


@pytest.mark.parametrize("decide", ["share", "not_share", "postpone"])
def test_step_outs_come_back_after_the_decision(decide: str) -> None:
    h = Harness().opened("ann", "ben", "sam", "nora")
    complete(h)
    h.session.step_out("sam")
    h.session.step_out("nora")
    h.clock.advance()
    if decide == "share":
        item_id = h.session.share().id
    elif decide == "not_share":
        item_id = h.session.not_share().id
    else:
        item_id = h.session.postpone("ben", "Ask J.D. first").postponed_item_id
    attendance = h.session.attendance()
    for pid in ("sam", "nora"):
        assert attendance[pid].presence is Presence.PRESENT
        assert attendance[pid].stepped_out_of == [item_id]
        assert attendance[pid].changes[-1] == (h.clock.now, Presence.PRESENT)
    assert attendance["ben"].stepped_out_of == []
    closed = max(i for i, e in enumerate(h.events) if isinstance(e, DraftClosed))
    after = [type(e) for e in h.events[closed + 1 : closed + 3]]
    assert after == [AttendanceChanged, AttendanceChanged], "they come back once the gate closed"


def test_not_share_keeps_only_category_conditions_proposer_and_time() -> None:
    h = Harness().opened("ann", "ben", "sam")
    h.session.start_agenda_item(0)
    complete(h, could_decide_without=True)
    decided_at = h.clock.advance(2)
    item = h.session.not_share()
    assert (item.meeting_id, item.agenda_item_id, item.category_id) == ("m1", "a1", "health")
    assert item.outcome is Outcome.NOT_SHARED
    assert item.failed_conditions == (Condition.SECRECY, Condition.NECESSITY)
    assert not item.chose_not_to_share
    assert (item.proposed_by, item.proposed_at, item.decided_at) == ("ann", NOW, decided_at)
    assert h.session.withheld == (item,) and h.of(ItemWithheld) == [ItemWithheld(item)]
    assert {f.name for f in dataclasses.fields(item)} == {
        "id", "meeting_id", "agenda_item_id", "category_id", "outcome", "failed_conditions",
        "chose_not_to_share", "proposed_by", "proposed_at", "decided_at",
    }  # fmt: skip


def test_choosing_not_to_share_when_everything_is_met() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    item = h.session.not_share()
    assert item.chose_not_to_share and item.failed_conditions == ()


def test_postpone_creates_the_action_to_ask_the_person() -> None:
    h = Harness(consents=()).opened("ann", "ben")
    complete(h, category_id="family")
    action = h.session.postpone(
        "ben", "  Ask J.D. about sharing family matters ", dt.date(2026, 4, 1)
    )
    item = h.session.withheld[0]
    assert item.outcome is Outcome.POSTPONED and item.category_id == "family"
    assert item.failed_conditions == (Condition.CONSENT,)
    assert action.postponed_item_id == item.id
    assert (action.who, action.what, action.due) == (
        "ben",
        "Ask J.D. about sharing family matters",
        dt.date(2026, 4, 1),
    )
    assert h.session.actions == (action,)
    assert h.of(ActionAdded) == [ActionAdded(action)]


def test_postpone_needs_someone_from_the_directory() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    with pytest.raises(SessionError, match="Choose who will ask the person"):
        h.session.postpone("nobody", "Ask")
    assert h.session.withheld == () and h.session.draft is not None


def test_cancel_draft_records_nothing() -> None:
    h = Harness().opened("ann", "ben")
    h.session.cancel_draft()  # nothing open: no-op
    complete(h)
    h.session.cancel_draft()
    assert h.session.draft is None
    assert h.session.shared == () and h.session.withheld == ()
    assert isinstance(h.events[-1], DraftClosed)


def test_closing_discards_a_draft() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    h.session.close()
    assert h.session.draft is None and h.session.gate_result is None
    assert h.session.shared == () and h.session.withheld == ()
    assert [type(e) for e in h.events[-2:]] == [DraftClosed, MeetingClosed]
    assert h.events[-1].discarded_draft is True  # type: ignore[union-attr]


# --- Privacy: nothing typed in the gate leaves the session unless shared -------------------------

SECRETS = {
    "wording": "WORDING-Xq7 sleeps in the car",
    "good_for_whom": "GOOD-Xq7 for her brother",
    "why": "WHY-Xq7 the judge asked",
    "empty_chair_answer": "CHAIR-Xq7 she would object",
    "necessity_reason": "NEED-Xq7 the plan",
    "statement_of": "STATEMENT-Xq7 her uncle",
    "exception_justification": "JUSTIFY-Xq7 threats",
}


def _type_secrets(h: Harness, **extra: Any) -> None:
    h.session.propose("ann", "health")
    for name, text in SECRETS.items():  # one keystroke-like update per answer
        h.session.update_draft(**{name: text})
    h.session.update_draft(nature="statement", could_decide_without=False, **extra)


def _leaks(objects: Iterable[object]) -> list[str]:
    text = "\n".join(repr(o) for o in objects)
    return [secret for secret in SECRETS.values() if secret in text]


@pytest.mark.parametrize("decide", ["not_share", "postpone", "close", "cancel"])
def test_no_event_of_a_withheld_item_carries_wording_or_answers(decide: str) -> None:
    h = Harness(consents=[consent(ConsentKind.NOT_OBTAINABLE)]).opened("ann", "ben", "sam")
    _type_secrets(h, in_persons_interest=True, exception_id="danger")
    h.session.step_out("sam")
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    if decide == "not_share":
        h.session.not_share()
    elif decide == "postpone":
        h.session.postpone("ben", "Ask J.D. first")
    elif decide == "cancel":
        h.session.cancel_draft()
    else:
        h.session.close()
    assert len(h.of(GateEvaluated)) >= len(SECRETS)
    assert _leaks(h.events) == []
    assert _leaks([h.session.withheld, h.session.actions, h.session.attendance()]) == []


def test_events_during_drafting_carry_no_answers_even_when_shared_later() -> None:
    h = Harness(consents=()).opened("ann", "ben")
    _type_secrets(h, exception_id="danger")
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    assert _leaks(h.events) == []
    h.session.share()
    shared = h.of(ItemShared)
    assert set(_leaks(shared)) == set(SECRETS.values())  # the shared item keeps them all
    assert _leaks(e for e in h.events if not isinstance(e, ItemShared)) == []


# --- Decisions and actions -----------------------------------------------------------------------


def test_decisions_and_actions_rest_on_shared_items_only() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    shared = h.session.share()
    complete(h)
    withheld = h.session.not_share()
    at = h.clock.advance()
    decision = h.session.add_decision("  Ann visits the school ", [shared.id])
    assert (decision.text, decision.item_ids, decision.decided_at) == (
        "Ann visits the school",
        (shared.id,),
        at,
    )
    action = h.session.add_action("ann", "Visit the school", dt.date(2026, 3, 20), [shared.id])
    assert (action.who, action.item_ids, action.postponed_item_id) == ("ann", (shared.id,), "")
    assert h.session.decisions == (decision,) and h.session.actions == (action,)
    assert h.of(DecisionAdded) == [DecisionAdded(decision)]
    assert h.of(ActionAdded) == [ActionAdded(action)]
    rules = [
        (lambda: h.session.add_decision("  "), "A decision needs a text"),
        (lambda: h.session.add_decision("x", [withheld.id]), "only rest on shared items"),
        (lambda: h.session.add_action("nobody", "x"), "Choose who will carry out the action"),
        (lambda: h.session.add_action("ann", " "), "An action needs a text"),
        (lambda: h.session.add_action("ann", "x", None, ["nope"]), "only rest on shared items"),
    ]
    for act, message in rules:
        with pytest.raises(SessionError, match=message):
            act()
    assert len(h.session.decisions) == 1 and len(h.session.actions) == 1


# --- Resuming ------------------------------------------------------------------------------------


def test_a_session_built_from_its_record_continues_where_it_was() -> None:
    first = Harness().opened("ann", "ben", "sam")
    first.session.start_agenda_item(1)
    complete(first)
    first.session.step_out("sam")
    shared = first.session.share()
    complete(first, could_decide_without=True)
    withheld = first.session.not_share()
    decision = first.session.add_decision("Ann visits the school", [shared.id])
    first.session.leave("ben")

    s = first.session
    record = SessionRecord(
        attendance=s.attendance(),
        agenda_index=s.agenda_index,
        agenda_started_at=s.agenda_started_at,
        shared=list(s.shared),
        withheld=list(s.withheld),
        decisions=list(s.decisions),
        actions=list(s.actions),
    )
    second = Harness(record=record, meeting=s.meeting, id_prefix="resumed")
    r = second.session
    assert r.meeting.state is MeetingState.OPEN
    assert r.attendance() == s.attendance()
    assert r.room() == (ANN, SAM)
    assert r.attendance()["sam"].stepped_out_of == [shared.id]
    assert (r.agenda_index, r.agenda_started_at) == (1, s.agenda_started_at)
    assert (r.shared, r.withheld, r.decisions) == ((shared,), (withheld,), (decision,))
    with pytest.raises(SessionError, match="Cannot open the meeting: the meeting is open"):
        r.open()
    r.mark_present("ben")
    r.leave("sam")
    second.clock.advance(10)
    complete(second, discloser="ben")
    again = r.share()
    assert again.id not in {shared.id, withheld.id}
    assert again.with_whom == ("ann",)
    assert r.shared == (shared, again)
    assert not r.next_agenda_item()
    r.close()
    assert r.meeting.state is MeetingState.CLOSED


def test_resume_adds_invitees_missing_from_the_record() -> None:
    h = Harness(record=SessionRecord(), invitees=("ann", "olga"))
    assert set(h.session.attendance()) == {"ann", "olga"}
    assert h.session.professional("olga") == OLGA
