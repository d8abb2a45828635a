"""The session recorder: every event is on disk when the action returns; an open meeting resumes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from storage_helpers import PASSPHRASE

from desktop.core.entities import Outcome, Participation, Presence
from desktop.core.session import MeetingSession
from desktop.storage.workspace import Workspace


def clock_from(start: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock moving one second per reading."""
    now = [start]

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(seconds=1)
        return now[0]

    return clock


START = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)


def run_first_half(session: MeetingSession) -> dict[str, str]:
    """Open, roll call, one shared item with the police officer stepped out, one not shared."""
    session.open()
    for pid in ("a", "b", "p"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    session.propose("a", "school")
    session.step_out("p")
    session.update_draft(
        wording="Often late at school.",
        good_for_whom="For X.",
        why="School plan",
        empty_chair_answer="X. would agree",
        could_decide_without=False,
        necessity_reason="The plan needs it",
    )
    shared = session.share()
    session.propose("b", "justice")
    session.update_draft(wording="never stored")
    withheld = session.not_share()
    session.set_show_wording(True)
    session.set_participation(Participation.REPRESENTED, "an advocate")
    decision = session.add_decision("Adapt mornings", [shared.id])
    action = session.add_action("b", "Call the school", dt.date(2026, 11, 9), [shared.id])
    return {
        "shared": shared.id,
        "withheld": withheld.id,
        "decision": decision.id,
        "action": action.id,
    }


def test_open_meeting_resumes_exactly(seeded: Workspace, workspace_path: Path) -> None:
    session = seeded.start_session("m1", clock=clock_from(START))
    ids = run_first_half(session)
    session.start_agenda_item(1)
    session.leave("b")
    expected_attendance = session.attendance()
    seeded.close()  # as if the process stopped here

    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        [meeting] = ws.open_meetings()
        resumed = ws.start_session(meeting.id, clock=clock_from(START + dt.timedelta(hours=1)))
        assert resumed.meeting == session.meeting
        assert resumed.attendance() == expected_attendance
        assert resumed.attendance()["p"].stepped_out_of == [ids["shared"]]
        assert resumed.agenda_index == 1
        assert resumed.agenda_started_at == session.agenda_started_at
        assert resumed.shared == session.shared
        assert resumed.withheld == session.withheld
        assert resumed.decisions == session.decisions
        assert resumed.actions == session.actions
        assert resumed.meeting.participation is Participation.REPRESENTED
        assert resumed.meeting.show_wording_on_shared_screen
        # The resumed session keeps recording.
        resumed.mark_present("b")
        resumed.close()
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        record = ws.meeting_record("m1")
        assert record.attendance["b"].presence is Presence.PRESENT
        assert record.meeting.closed_at is not None
        assert ws.open_meetings() == []
        assert {p.id for p in record.present_attendees()} == {"a", "b", "p"}


def test_withheld_items_keep_no_content(seeded: Workspace) -> None:
    session = seeded.start_session("m1", clock=clock_from(START))
    ids = run_first_half(session)
    [withheld] = seeded.meeting_record("m1").withheld
    assert withheld.id == ids["withheld"]
    assert withheld.outcome is Outcome.NOT_SHARED
    assert withheld.category_id == "justice"
    assert "secrecy" in withheld.failed_conditions
    outcome = [e for e in seeded.audit_events() if e.kind == "gate_outcome"][-1]
    assert outcome.details["outcome"] == "not_shared"
    assert outcome.details["verdicts"]["secrecy"] == "not_met"
    assert "never stored" not in repr(seeded.audit_events())


def test_postpone_and_close_discarding_a_draft(seeded: Workspace) -> None:
    session = seeded.start_session("m1", clock=clock_from(START))
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.propose("a", "health")
    action = session.postpone("b", "Ask X. first")
    session.propose("b", "school")
    session.update_draft(wording="dropped at closing")
    session.close()
    record = seeded.meeting_record("m1")
    assert [w.outcome for w in record.withheld] == [Outcome.POSTPONED]
    assert record.actions == (action,)
    assert record.actions[0].postponed_item_id == record.withheld[0].id
    closed = seeded.audit_events()[-1]
    assert closed.kind == "meeting_closed"
    assert closed.details["discarded_draft"] is True


def test_every_event_is_committed_before_the_action_returns(
    seeded: Workspace, workspace_path: Path
) -> None:
    session = seeded.start_session("m1", clock=clock_from(START))
    session.open()
    session.mark_present("a")
    # Read through a second, independent connection while the first is still open.
    from desktop.storage.connection import open_connection

    conn = open_connection(workspace_path, PASSPHRASE)
    try:
        rows = conn.execute("SELECT professional_id, presence FROM attendance_changes").fetchall()
        state = conn.execute("SELECT state FROM meetings WHERE id = 'm1'").fetchone()[0]
    finally:
        conn.close()
    assert rows == [("a", "present")]
    assert state == "open"


def test_invite_during_the_meeting_is_persisted(seeded: Workspace, workspace_path: Path) -> None:
    from desktop.core.entities import Professional

    seeded.save_professional(Professional("n", "Noa", "nurse", "", True, "x", frozenset({"youth"})))
    session = seeded.start_session("m1", clock=clock_from(START))
    session.open()
    session.invite("n")
    session.mark_present("n")
    assert seeded.meeting("m1").invitees == ("a", "b", "p", "n")
    assert seeded.meeting_record("m1").attendance["n"].presence is Presence.PRESENT


def test_long_and_unusual_text_round_trips(seeded: Workspace) -> None:
    text = "<b>&amp;</b> {alias} %s 🪑 שלום مرحبا " * 3000  # about 100,000 characters
    session = seeded.start_session("m1", clock=clock_from(START))
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.propose("a", "school")
    session.update_draft(
        wording=text.strip(),
        good_for_whom=text.strip(),
        why="why",
        empty_chair_answer="chair",
        could_decide_without=False,
        necessity_reason="needed",
    )
    item = session.share()
    [saved] = seeded.meeting_record("m1").shared
    assert saved == item
    assert len(saved.wording) > 100_000
