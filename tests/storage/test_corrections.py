"""Corrections before close, in the workspace (issue 11): what the tables and the audit log keep,
that ``verify`` still holds, and that a withdrawn or corrected wording is gone from the file — the
rows, a plaintext export, every decrypted page of the file and of its WAL — and from the PDFs
printed afterwards.

A scan of the raw file would pass whatever it holds (every byte is encrypted), so the pages are
decrypted here with the passphrase (:func:`decrypted_pages`, SQLCipher 4's defaults), free pages
and WAL frames included. Each scan is first shown to find the wording before it is erased.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from safety_helpers import plain_dump, plaintext_export
from sqlcipher_pages import decrypted_pages
from storage_helpers import PASSPHRASE
from tamper_helpers import query, tamper

from desktop.core.entities import MeetingState
from desktop.core.session import MeetingSession
from desktop.minutes import render_minutes, render_person_copy
from desktop.storage.workspace import Workspace, verify_workspace

SECRET = "OKAPI-wording: her father was questioned last winter"
CORRECTED_AWAY = "TAPIR-wording: sleeps badly since the move"
CORRECTED = "Sleeps badly since March; her GP follows it."
KEPT = "Often late at school on Mondays."
DAY = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)


def run(ws: Workspace) -> MeetingSession:
    clock = iter(DAY + dt.timedelta(minutes=n) for n in range(1000))
    session = ws.start_session("m1", clock=lambda: next(clock))
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.start_agenda_item(0)
    return session


def share(session: MeetingSession, wording: str, discloser: str = "a", marker: str = "") -> str:
    """Share a school item; its answers start with ``marker`` (plain words when empty)."""
    session.propose(discloser, "school")
    session.update_draft(
        wording=wording,
        good_for_whom=f"{marker} good for her mornings",
        why=f"{marker} the plan needs it",
        empty_chair_answer=f"{marker} she would agree",
        could_decide_without=False,
        necessity_reason=f"{marker} the plan depends on it",
    )
    return session.share().id


def found_in_file(ws: Workspace, text: str) -> list[str]:
    """Where ``text`` (or the start of an answer made of it) still is: rows, pages, WAL frames."""
    places = []
    needle = text.encode()
    if text in plain_dump(ws.path):
        places.append("rows")
    for name, pages in decrypted_pages(ws.path, PASSPHRASE).items():
        if any(needle in page for page in pages):
            places.append(name)
    return places


def test_withdrawing_erases_the_wording_and_answers_from_the_file(
    seeded: Workspace, tmp_path: Path
) -> None:
    session = run(seeded)
    secret = share(session, SECRET, marker="OKAPI-answer:")
    share(session, KEPT, discloser="b")
    session.add_decision("Adapt her mornings", [secret])
    for text in (SECRET, "OKAPI-answer:"):  # the scans find them while the item is shared
        assert found_in_file(seeded, text)
    session.withdraw(secret, by="a")

    assert found_in_file(seeded, SECRET) == []
    assert found_in_file(seeded, "OKAPI-answer:") == []
    data, _free = plaintext_export(seeded.path, tmp_path / "export.plain")
    assert SECRET.encode() not in data
    assert found_in_file(seeded, KEPT)  # the other item stays
    wal = seeded.path.with_name(seeded.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # its frames held the wording
    rows = query(seeded.path, "SELECT id, outcome, chose_not_to_share FROM withheld_items")
    assert rows == [(secret, "not_shared", 1)]
    assert query(seeded.path, "SELECT item_ids FROM decisions") == [("[]",)]


def test_a_correction_erases_the_earlier_wording(seeded: Workspace) -> None:
    session = run(seeded)
    item = share(session, CORRECTED_AWAY)
    assert found_in_file(seeded, CORRECTED_AWAY)
    session.correct_wording(item, CORRECTED, by="a")
    assert query(seeded.path, "SELECT wording FROM shared_items") == [(CORRECTED,)]
    assert found_in_file(seeded, CORRECTED_AWAY) == []
    assert found_in_file(seeded, CORRECTED) == ["rows", "file"]


def test_the_log_records_corrections_without_their_content(seeded: Workspace) -> None:
    session = run(seeded)
    first = share(session, SECRET)
    second = share(session, KEPT, discloser="b")
    decision = session.add_decision("Adapt her mornings", [first, second])
    action = session.add_action("b", "Call the school", item_ids=[first])
    session.correct_wording(second, CORRECTED, by="a")  # the facilitator
    session.withdraw(first, by="a")
    session.edit_decision(decision.id, "Adapt her mornings at school", [second])
    session.edit_action(action.id, "", "Bring the school report", who_name="X.'s mother")
    session.delete_decision(decision.id)
    session.delete_action(action.id)
    session.close()
    events = [(e.kind, e.details) for e in seeded.audit_events()]
    kinds = [kind for kind, _ in events]
    for kind in (
        "item_corrected",
        "item_withdrawn",
        "decision_changed",
        "action_changed",
        "decision_deleted",
        "action_deleted",
    ):
        assert kind in kinds
    corrected = next(d for k, d in events if k == "item_corrected")
    assert (corrected["item_id"], corrected["by"], corrected["field"]) == (second, "a", "wording")
    withdrawn = next(d for k, d in events if k == "item_withdrawn")
    assert (withdrawn["item_id"], withdrawn["by"]) == (first, "a")
    log = json.dumps([d for _, d in events])
    for text in (SECRET, KEPT, CORRECTED, "Adapt her mornings", "school report", "mother"):
        assert text not in log
    seeded.close()
    assert verify_workspace(seeded.path, PASSPHRASE, config=None).ok


def test_verify_holds_after_corrections_and_names_a_change_behind_them(
    seeded: Workspace, tmp_path: Path
) -> None:
    session = run(seeded)
    first = share(session, SECRET)
    second = share(session, KEPT, discloser="b")
    session.add_decision("Adapt her mornings", [first, second])
    session.add_action("", "Bring the school report", who_name="X.'s mother")
    session.correct_wording(second, CORRECTED, by="b")
    session.withdraw(first, by="a")
    session.close()
    seeded.close()
    report = verify_workspace(seeded.path, PASSPHRASE, config=None)
    assert report.ok, report.summary()

    tamper(seeded.path, f"UPDATE shared_items SET wording = '{KEPT}' WHERE id = '{second}'")
    report = verify_workspace(seeded.path, PASSPHRASE, config=None)
    assert {f.kind for f in report.findings} == {"row_changed"}
    tamper(seeded.path, f"UPDATE shared_items SET wording = '{CORRECTED}' WHERE id = '{second}'")
    tamper(seeded.path, "UPDATE actions SET who_name = 'someone else'")
    report = verify_workspace(seeded.path, PASSPHRASE, config=None)
    assert {f.kind for f in report.findings} == {"row_changed"}


def test_a_resumed_meeting_and_later_pdfs_see_the_corrections(seeded: Workspace) -> None:
    session = run(seeded)
    first = share(session, SECRET)
    second = share(session, CORRECTED_AWAY, discloser="b")
    session.add_action("", "Bring the school report", who_name="X.'s mother")
    session.correct_wording(second, CORRECTED, by="b")
    session.withdraw(first, by="a")
    resumed = seeded.start_session("m1")
    assert [i.wording for i in resumed.shared] == [CORRECTED]
    assert [w.id for w in resumed.withheld] == [first]
    assert resumed.actions[0].who_name == "X.'s mother"
    resumed.close()
    record = seeded.meeting_record("m1")
    assert record.meeting.state is MeetingState.CLOSED
    documents = [render_minutes(record, lang) for lang in ("en", "fr")]
    documents += [render_minutes(record, "en", pid) for pid in ("a", "b")]
    documents.append(render_person_copy(record, "en"))
    from tests.minutes.reading import all_text

    for document in documents:
        text = all_text(document.pdf)
        assert "OKAPI" not in text and "TAPIR" not in text
        assert "mother" in text  # the action taken on by a relative
    full = all_text(documents[0].pdf)
    assert "Sleeps badly since March" in full
    assert "1 item was considered and not shared" in full


@pytest.mark.parametrize("kind", ["decision", "action"])
def test_deleting_a_decision_or_an_action_erases_its_text(seeded: Workspace, kind: str) -> None:
    session = run(seeded)
    text = f"WOMBAT-{kind}: visit the grandmother on Sunday"
    if kind == "decision":
        record_id = session.add_decision(text).id
        assert found_in_file(seeded, text)
        session.delete_decision(record_id)
    else:
        record_id = session.add_action("b", text).id
        assert found_in_file(seeded, text)
        session.delete_action(record_id)
    assert found_in_file(seeded, text) == []
    seeded.close()
    assert verify_workspace(seeded.path, PASSPHRASE, config=None).ok
