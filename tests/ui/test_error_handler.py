"""A storage failure in the middle of a meeting is told plainly, and nothing is left half-done."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.entities import InstitutionSettings, Meeting, Mission, Person, Professional
from desktop.storage.errors import DiskFull
from desktop.storage.workspace import Workspace
from desktop.ui.error_handler import ErrorReporter, message_for

YOUTH = Mission("youth", "Youth care")


def _workspace(path: Path) -> Workspace:
    ws = Workspace.create(
        path, "correct horse", InstitutionSettings("Fictional Home", "Be kind.", (YOUTH,))
    )
    ws.save_professional(
        Professional("ann", "Ann Example", "social worker", "", True, "law", frozenset({"youth"}))
    )
    ws.save_person(Person("p", "Pat Example", "P.E."))
    ws.save_meeting(
        Meeting(
            id="m1",
            person_id="p",
            mission_id="youth",
            policy_id=ws.settings().policy_id,
            purpose="Plan the week",
            scheduled_at=dt.datetime(2026, 11, 28, 10, 0),
            facilitator_id="ann",
            invitees=("ann",),
        )
    )
    return ws


def test_a_full_disk_mid_meeting_shows_a_clear_message_and_keeps_memory_and_disk_equal(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ws = _workspace(tmp_path / "team.emptychair")
    try:
        session = ws.start_session("m1")
        session.open()
        session.mark_present("ann")
        reporter = ErrorReporter("en", parent=lambda: None)
        ws._conn.execute(f"PRAGMA max_page_count = {ws.pragma('page_count')}")
        with pytest.raises(DiskFull) as failure:
            for _ in range(500):
                session.add_decision("a decision " * 200)
        reporter(DiskFull, failure.value, None)
        assert reporter.last_box is not None
        assert "not saved" in reporter.last_box.text()
        assert "disk is full" in reporter.last_box.text()
        reporter.last_box.close()
        ws._conn.execute("PRAGMA max_page_count = 1073741823")
        assert len(ws.meeting_record("m1").decisions) == len(session.decisions)
    finally:
        ws.close()


def test_a_bug_gets_a_calm_message_without_details(qapp: object) -> None:
    text = message_for(RuntimeError("draft wording that must not be shown"), "en")
    assert "draft wording" not in text
    assert "not completed" in text


def test_install_and_uninstall_the_hook(qapp: object) -> None:
    import sys

    before = sys.excepthook
    reporter = ErrorReporter("en")
    reporter.install()
    assert sys.excepthook is reporter
    reporter.uninstall()
    assert sys.excepthook is before
