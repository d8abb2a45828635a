"""The meeting session: life cycle, agenda, attendance, and the gate re-evaluated as the room
changes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from core_builders import (
    BEN,
    CLARA,
    DIRECTORY,
    NOW,
    PERSON,
    POLICY,
    SAM,
    consent,
)
from session_harness import Harness, complete, make_meeting

from desktop.core.entities import (
    MeetingState,
    Mission,
    Nature,
    Participation,
    Presence,
)
from desktop.core.events import (
    AgendaAdvanced,
    AttendanceChanged,
    DraftOpened,
    GateEvaluated,
    MeetingClosed,
    MeetingOpened,
    ParticipationChanged,
    SessionEvent,
    WordingDisplayChanged,
)
from desktop.core.session import MeetingSession, SessionError

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
    (("step_out",), "Ben Leroy is invited: cannot become stepped out"),
    (("come_back",), "Ben Leroy is invited: cannot become present"),
    (("leave",), "Ben Leroy is invited: cannot become gone"),
    (("arrive", "arrive"), "Ben Leroy is present: cannot become present"),
    (("arrive", "come_back"), "Ben Leroy is present: cannot become present"),
    (("arrive", "step_out", "step_out"), "is stepped out: cannot become stepped out"),
    (("arrive", "step_out", "excused"), "is stepped out: cannot become excused"),
    (("arrive", "leave", "step_out"), "Ben Leroy is gone: cannot become stepped out"),
    (("excused", "leave"), "Ben Leroy is excused: cannot become gone"),
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
    with pytest.raises(SessionError, match="Unknown fields: id and proposed_at"):
        h.session.update_draft(id="x", proposed_at=NOW)
    result = h.session.update_draft(nature="statement", statement_of="")
    assert h.session.draft is not None and h.session.draft.nature is Nature.STATEMENT
    assert "Say whose statement this is" in result["questions"].reason()
    with pytest.raises(SessionError, match="Unknown nature: gossip"):
        h.session.update_draft(nature="gossip")


def test_every_change_re_evaluates_the_open_gate() -> None:
    h = Harness().opened("ann", "ben", "sam")
    complete(h)
    count = len(h.of(GateEvaluated))
    assert h.session.gate_result is not None
    assert h.session.gate_result.unmet == ("secrecy",)

    h.session.step_out("sam")  # attendance change
    assert h.session.gate_result.allows_share
    h.session.mark_present("clara")
    assert h.session.gate_result.allows_share
    h.session.update_consents([consent(professionals=("ben",), missions=())])  # consent change
    assert h.session.gate_result.unmet == ("consent",)
    assert h.session.gate_result["consent"].culprits == ("clara",)
    h.session.update_consents([consent(revoked_on=NOW.date())])  # revoked today
    assert h.session.gate_result.unmet == ("consent",)
    h.session.update_consents([consent()])
    assert h.session.gate_result.allows_share
    h.session.come_back("sam")
    h.session.update_professional(dataclasses.replace(SAM, bound_by_secrecy=True, secrecy_basis=""))
    assert h.session.gate_result.unmet == ("secrecy",)
    assert "no basis recorded" in h.session.gate_result["secrecy"].reason()
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
    assert h.session.gate_result.unmet == ("consent",)  # absent: does not count
    h.session.set_participation(Participation.PRESENT)
    assert h.session.chair_is_empty() is False
    h.session.update_draft(person_agrees_now=True)
    assert h.session.gate_result.allows_share
    h.session.set_participation(Participation.REPRESENTED, advocate="Lawyer Kim Vos")
    assert h.session.chair_is_empty()
    assert h.session.draft is not None and not h.session.draft.person_agrees_now
    assert h.session.gate_result.unmet == ("consent",)
    assert h.of(ParticipationChanged)[-1] == ParticipationChanged(
        Participation.REPRESENTED, "Lawyer Kim Vos", NOW, PERSON.id, h.session.meeting
    )
    h.session.set_participation(Participation.PRESENT)
    assert h.session.gate_result.unmet == ("consent",), "agreement is asked again"


def test_discloser_leaving_blocks_the_item() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    h.session.leave("ann")
    assert h.session.gate_result is not None
    assert h.session.gate_result.unmet == ("questions",)
    assert h.session.gate_result["questions"].reason() == (
        "Ann Martin (social worker) is not in the room and cannot share"
    )


def test_a_failing_listener_undoes_the_whole_action_in_memory() -> None:
    """Storage refusing an event (disk full) must not leave the session ahead of the disk."""
    from desktop.core.events import ItemShared

    h = Harness().opened("ann", "ben", "sam")
    refusing = [False]

    def storage(event: object) -> None:
        if refusing[0] and isinstance(event, ItemShared):
            raise OSError("disk full")

    h.session.subscribe(storage)
    complete(h)
    h.session.step_out("sam")
    assert h.session.gate_result is not None and h.session.gate_result.allows_share
    draft = h.session.draft
    refusing[0] = True
    with pytest.raises(OSError, match="disk full"):
        h.session.share()
    # Nothing of the failed action stays: no shared item, the gate still open with what was
    # typed, Sam still out for the item.
    assert h.session.shared == ()
    assert h.session.draft == draft
    assert h.session.presence("sam") is Presence.STEPPED_OUT
    refusing[0] = False
    h.session.share()
    assert len(h.session.shared) == 1
    assert h.session.presence("sam") is Presence.PRESENT


def test_cancelling_a_draft_brings_back_who_stepped_out_for_it() -> None:
    h = Harness().opened("ann", "ben", "sam")
    complete(h)
    h.session.step_out("sam")
    h.session.cancel_draft()
    assert h.session.presence("sam") is Presence.PRESENT
    assert h.session.attendance()["sam"].stepped_out_of == []


def test_postponing_needs_a_text_for_the_action() -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    with pytest.raises(SessionError, match="what will be asked"):
        h.session.postpone("ann", "   ")
    assert h.session.draft is not None and h.session.withheld == ()


def test_refusals_are_told_in_the_users_language() -> None:
    h = Harness().opened("ann")
    complete(h)
    with pytest.raises(SessionError) as refused:
        h.session.propose("ann", "family")
    assert refused.value.text("fr") == "Décidez d'abord du point en discussion"
    assert (
        str(refused.value) == refused.value.text("en") == "Decide the item under discussion first"
    )
    h.session.cancel_draft()
    h.session.close()
    with pytest.raises(SessionError) as closed:
        h.session.add_decision("x")
    assert closed.value.text("fr") == "Impossible d'ajouter une décision : la réunion est close"


def test_a_record_copy_keeps_every_field_of_every_entry_and_shares_no_list() -> None:
    from desktop.core.entities import AttendanceEntry, Presence
    from desktop.core.session_record import SessionRecord

    entry = AttendanceEntry("ann", Presence.PRESENT, [(NOW, Presence.PRESENT)], ["item-1"])
    record = SessionRecord(attendance={"ann": entry})
    copied = record.copy().attendance["ann"]
    assert copied == entry and copied is not entry
    copied.changes.append((NOW, Presence.LEFT))
    copied.stepped_out_of.append("item-2")
    assert entry.changes == [(NOW, Presence.PRESENT)] and entry.stepped_out_of == ["item-1"]
