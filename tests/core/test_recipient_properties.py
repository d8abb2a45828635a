"""Property (issue 9): over random rooms, arrivals, departures and step-outs, every shared item's
recipients are exactly the people present and not stepped out at the moment of sharing — the
discloser never counted, the list never empty — and the minutes' numbers follow sharing order.

The room is tracked here independently of the session, from the moves the session accepted.
"""

from __future__ import annotations

import itertools

from core_builders import NOW, PERSON, POLICY, YOUTH, consent
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.entities import Meeting, Presence, Professional
from desktop.core.session import MeetingSession, SessionError

MOVES = ("mark_present", "step_out", "come_back", "leave", "share", "share", "admit")
_ALLOWED = {
    "mark_present": ({Presence.INVITED, Presence.EXCUSED, Presence.LEFT}, Presence.PRESENT),
    "step_out": ({Presence.PRESENT}, Presence.STEPPED_OUT),
    "come_back": ({Presence.STEPPED_OUT}, Presence.PRESENT),
    "leave": ({Presence.PRESENT, Presence.STEPPED_OUT}, Presence.LEFT),
}


def _professional(i: int, bound: bool) -> Professional:
    return Professional(
        id=f"p{i}",
        name=f"Worker {i}",
        role="role",
        bound_by_secrecy=bound,
        secrecy_basis="Penal code, art. 458" if bound else "",
        missions=frozenset({"youth"}),
    )


@st.composite
def scripts(draw: st.DrawFn) -> tuple[tuple[Professional, ...], list[tuple[str, int]]]:
    count = draw(st.integers(min_value=1, max_value=6))
    directory = tuple(
        _professional(i, draw(st.sampled_from([True, True, True, False]))) for i in range(count)
    )
    steps = draw(
        st.lists(
            st.tuples(st.sampled_from(MOVES), st.integers(min_value=0, max_value=count)),
            min_size=1,
            max_size=40,
        )
    )
    return directory, steps


def _answer(session: MeetingSession) -> None:
    session.update_draft(
        wording="W",
        good_for_whom="G",
        why="Y",
        empty_chair_answer="E",
        could_decide_without=False,
        necessity_reason="R",
    )


@settings(max_examples=300, deadline=None)
@given(scripts())
def test_recipients_are_exactly_who_was_in_the_room_when_it_was_shared(
    script: tuple[tuple[Professional, ...], list[tuple[str, int]]],
) -> None:
    directory, steps = script
    walk_in = _professional(len(directory), True)
    invitees = tuple(p.id for p in directory)
    meeting = Meeting(
        "m1", (PERSON.id,), YOUTH.id, POLICY.id, "Generated", NOW, invitees[0], invitees=invitees
    )
    counter = itertools.count()
    session = MeetingSession(
        meeting,
        policy=POLICY,
        person=PERSON,
        mission=YOUTH,
        directory=directory,
        consents=(consent(),),
        clock=lambda: NOW,  # every item shared in the same second
        new_id=lambda: f"id-{next(counter)}",
    )
    session.open()
    where = {pid: Presence.INVITED for pid in invitees}
    expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    for move, index in steps:
        ids = list(where)
        pid = ids[index % len(ids)]
        if move == "admit":
            session.admit(walk_in)
            where[walk_in.id] = Presence.PRESENT
        elif move in _ALLOWED:
            allowed, to = _ALLOWED[move]
            try:
                getattr(session, move)(pid)
            except SessionError:
                assert where[pid] not in allowed
            else:
                assert where[pid] in allowed
                where[pid] = to
        elif session.draft is None:
            if where[pid] is Presence.PRESENT:
                session.propose(pid, "health")
                _answer(session)
        else:
            discloser = session.draft.discloser_id
            room = tuple(p for p, at in where.items() if at is Presence.PRESENT and p != discloser)
            out = tuple(p for p, at in where.items() if at is Presence.STEPPED_OUT)
            result = session.gate_result
            assert result is not None
            bound = all(session.professional(p).bound_by_secrecy for p in room)
            in_room = where[discloser] is Presence.PRESENT
            assert result.allows_share == (bool(room) and bound and in_room)
            if result.allows_share:
                item = session.share()
                assert item.with_whom == room and item.stepped_out == out
                assert discloser not in item.with_whom and item.with_whom
                expected.append((item.id, room, out))
                for p in out:  # they come back once the item is decided
                    where[p] = Presence.PRESENT
            else:
                try:
                    session.share()
                except SessionError:
                    pass
                else:
                    raise AssertionError("shared what the gate refused")
    assert [(i.id, i.with_whom, i.stepped_out) for i in session.shared] == expected
    assert [i.sequence for i in session.shared] == list(range(1, len(expected) + 1))
