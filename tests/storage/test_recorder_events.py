"""Issue 9 in storage: the recorder maps events to rows without reading the session back; shared
items keep their sharing sequence; walk-ins, step-outs and exceptions reach rows and the audit
log."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlite_utils import Database
from test_recorder import START, clock_from

from desktop.core.entities import ConsentKind, ConsentRecord, Professional
from desktop.core.session import MeetingSession
from desktop.storage import schema
from desktop.storage.recorder import SessionRecorder
from desktop.storage.workspace import Workspace

ANSWERS: dict[str, Any] = {
    "wording": "Often late at school.",
    "good_for_whom": "For X.",
    "why": "School plan",
    "empty_chair_answer": "X. would agree",
    "could_decide_without": False,
    "necessity_reason": "The plan needs it",
}


class _NoReadBack:
    """Stands for the session after the recorder is built: any read-back fails the test."""

    def __init__(self, session: MeetingSession) -> None:
        self.meeting = session.meeting

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the recorder read session.{name} back")


def test_the_recorder_needs_nothing_but_the_events(seeded: Workspace) -> None:
    session = seeded.start_session("m1", clock=clock_from(START))
    # A second recorder, fed the events by hand, over a session stand-in that forbids reading.
    events: list[Any] = []
    session.subscribe(events.append)
    session.open()
    for pid in ("a", "b", "p"):
        session.mark_present(pid)
    session.propose("a", "school")
    session.step_out("p")
    session.update_draft(**ANSWERS)
    session.share()
    session.propose("b", "justice")
    session.step_out("p")
    session.not_share()
    session.admit(Professional("w", "Walk In", "nurse", "", True, "law", frozenset({"youth"})))
    session.close()
    rows_before = seeded.meeting_record("m1")
    with seeded.transaction() as tx:
        for table in ("stepped_out", "shared_items", "withheld_items", "attendance_changes"):
            tx.execute(f"DELETE FROM {table}")
    recorder = SessionRecorder(seeded.transaction, session)
    recorder._session = _NoReadBack(session)  # type: ignore[assignment]
    for event in events:
        recorder(event)
    # The events alone rebuild the same record (meeting row, invitees, step-outs, items).
    again = seeded.meeting_record("m1")
    assert again.attendance == rows_before.attendance
    assert again.shared == rows_before.shared and again.withheld == rows_before.withheld
    assert again.meeting.invitees == ("a", "b", "p", "w")


def test_walk_in_withheld_step_outs_and_closing_counts_reach_rows_and_audit(
    seeded: Workspace,
) -> None:
    session = seeded.start_session("m1", clock=clock_from(START))
    session.open()
    for pid in ("a", "b", "p"):
        session.mark_present(pid)
    session.propose("a", "justice")
    session.step_out("p")
    withheld = session.not_share()
    walk_in = Professional("w", "Walk In", "nurse", "", True, "law", frozenset({"youth"}))
    seeded.save_professional(walk_in)
    session.admit(walk_in)
    session.close()
    record = seeded.meeting_record("m1")
    assert record.attendance["p"].stepped_out_of == [withheld.id]
    assert record.meeting.invitees == ("a", "b", "p", "w")
    audit = seeded.audit_events()
    outcome = next(e for e in audit if e.kind == "gate_outcome")
    assert outcome.details["stepped_out"] == ["p"]
    assert outcome.details["verdicts"]["secrecy"] == "met"
    closed = audit[-1]
    assert (closed.details["shared"], closed.details["withheld"]) == (0, 1)


def test_an_exception_over_a_refusal_is_in_the_audit_log(seeded: Workspace) -> None:
    seeded.save_consent(
        ConsentRecord("r1", "x", ConsentKind.REFUSED, frozenset({"school"}), frozenset({"youth"}))
    )
    session = seeded.start_session("m1", clock=clock_from(START))
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.propose("a", "school")
    session.update_draft(
        **ANSWERS,
        exception_id="danger",
        exception_justification="Threatened tonight",
        refusal_override=("r1",),
    )
    item = session.share()
    [saved] = seeded.meeting_record("m1").shared
    assert saved == item and saved.consent_basis.key.startswith("consent.exception_over_refusal")
    used = next(e for e in seeded.audit_events() if e.kind == "exception_used")
    assert used.details["over_refusal"] is True and used.details["refusal_ids"] == ["r1"]
    assert "Threatened" not in repr(used.details)


def test_sharing_order_survives_the_same_second_and_a_resume(
    seeded: Workspace, workspace_path: Any
) -> None:
    def same_second() -> dt.datetime:
        return START

    session = seeded.start_session("m1", clock=same_second)
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    for _ in range(4):
        session.propose("a", "school")
        session.update_draft(**ANSWERS)
        session.share()
    resumed = seeded.start_session("m1", clock=same_second)
    resumed.propose("b", "school")
    resumed.update_draft(**ANSWERS)
    last = resumed.share()
    assert last.sequence == 5
    record = seeded.meeting_record("m1")
    assert [i.sequence for i in record.shared] == [1, 2, 3, 4, 5]
    assert record.shared[:4] == session.shared


def test_migration_0002_numbers_existing_items_in_their_insertion_order() -> None:
    db = Database(memory=True)
    by_name = {m.name: m.fn for m in schema.migrations._migrations}
    by_name["0001_initial"](db)
    db.execute("INSERT INTO persons VALUES ('x', 'X', 'X.', '', '')")
    for meeting in ("m1", "m2"):
        db.execute(
            "INSERT INTO meetings (id, person_id, mission_id, policy_id, purpose, scheduled_at, "
            "facilitator_id, agenda, invitees, participation, advocate, informed_beforehand, "
            "informed_how, state, show_wording) VALUES (?, 'x', 'y', 'p', '', '', 'a', '[]', "
            "'[]', 'absent', '', 0, '', 'closed', 0)",
            (meeting,),
        )
    columns = [c.name for c in db["shared_items"].columns]
    for item, meeting in (("i1", "m1"), ("i2", "m2"), ("i3", "m1"), ("i4", "m1")):
        row = dict.fromkeys(columns, "")
        row.update(id=item, meeting_id=meeting)
        db["shared_items"].insert(row)
    by_name["0002_shared_item_sequence"](db)
    found = db.execute("SELECT id, sequence FROM shared_items ORDER BY id").fetchall()
    assert found == [("i1", 1), ("i2", 1), ("i3", 2), ("i4", 3)]


def test_codec_round_trip_keeps_the_sequence() -> None:
    from desktop.storage import codec

    row_item = dataclasses.replace(_any_item(), sequence=7)
    assert codec.shared_from(codec.shared_row(row_item)).sequence == 7


def _any_item() -> Any:
    from desktop.core.entities import Nature, SharedItem
    from desktop.core.messages import Message

    return SharedItem(
        "i", "m", "", "a", "school", Nature.FACT, "", "w", "g", ("b",), "y", "", "n",
        Message.of("consent.agrees_now", alias="X."), "", "", (), START, START,
    )  # fmt: skip


def test_a_whole_meeting_from_the_workspace_to_each_readers_pdf(
    seeded: Workspace, tmp_path: Any
) -> None:
    """Walk-in, step-outs and an exception over a refusal, stored, reloaded and printed: every
    attendee's copy read back holds exactly what was shared with them."""
    from pypdf import PdfReader

    from desktop.minutes import RECIPIENT_COPY, export_copies

    seeded.save_consent(
        ConsentRecord("r1", "x", ConsentKind.REFUSED, frozenset({"health"}), frozenset({"youth"}))
    )
    session = seeded.start_session("m1", clock=clock_from(START))
    session.open()
    for pid in ("a", "b", "p"):
        session.mark_present(pid)
    session.propose("a", "school")
    session.step_out("p")
    session.update_draft(**{**ANSWERS, "wording": "FIRST late at school"})
    session.share()
    nurse = Professional("w", "Walk In", "nurse", "School", True, "law", frozenset({"youth"}))
    seeded.save_professional(nurse)
    session.admit(nurse)
    session.propose("w", "health")
    session.step_out("p")
    session.update_draft(
        **{**ANSWERS, "wording": "SECOND spoke of hurting herself"},
        exception_id="danger",
        exception_justification="A date and a means",
        refusal_override=("r1",),
    )
    session.share()
    session.close()
    record = seeded.meeting_record("m1")
    texts = {}
    for planned, _ in export_copies(record, tmp_path, "en"):
        data = PdfReader(str(planned.path))
        text = " ".join(page.extract_text() for page in data.pages)
        texts[planned.recipient_id if planned.kind == RECIPIENT_COPY else "full"] = text
    assert set(texts) == {"full", "a", "b", "p", "w"}
    found = {who: {w for w in ("FIRST", "SECOND") if w in text} for who, text in texts.items()}
    assert found == {
        "full": {"FIRST", "SECOND"},
        "a": {"SECOND"},
        "b": {"FIRST", "SECOND"},
        "p": set(),
        "w": set(),  # arrived after the first item, shared the second herself
    }
    assert "SHARED UNDER A POLICY EXCEPTION" in texts["b"]
