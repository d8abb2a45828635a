"""Deleting a meeting: only while prepared, from the button or the Delete key, once confirmed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.entities import Meeting, MeetingState
from desktop.storage.workspace import Workspace
from desktop.ui.meetings.meetings_section import MeetingsSection
from desktop.ui.meetings.meetings_view import MeetingsView
from tests.ui.conftest import JADE

PREPARED = Meeting(
    "m-plan",
    (JADE.id,),
    "youth",
    "be-shared-secrecy",
    "Plan the  summer",
    dt.datetime(2026, 6, 1, 9),
    "",
)
LATER = Meeting(
    "m-later", (JADE.id,), "youth", "be-shared-secrecy", "Review", dt.datetime(2026, 7, 1, 9), ""
)


@pytest.fixture
def section(qtbot, workspace: Workspace) -> MeetingsSection:
    """The Meetings section over a workspace with two prepared meetings, June's selected."""
    workspace.save_meeting(PREPARED)
    workspace.save_meeting(LATER)
    window = QWidget()
    qtbot.addWidget(window)
    view = MeetingsView(window)
    section = MeetingsSection(workspace, view, window, "en")
    section.refresh()
    assert view.table.select_id(PREPARED.id)
    return section


def _answer(section: MeetingsSection, role: QMessageBox.ButtonRole) -> None:
    box = section.delete_confirmation
    assert box is not None and box.isVisible()
    next(b for b in box.buttons() if box.buttonRole(b) is role).click()
    assert section.delete_confirmation is None


def test_the_confirmation_names_the_meeting_and_deleting_refreshes(qtbot, section) -> None:
    view = section.view
    assert view.delete_button.isEnabled()
    view.delete_button.click()
    box = section.delete_confirmation
    assert box is not None
    assert "J.D." in box.text() and "2026-06-01 09:00" in box.text()
    assert "Plan the summer" in box.text()
    assert box.defaultButton() is box.escapeButton()  # Enter and Escape both keep it
    _answer(section, QMessageBox.ButtonRole.AcceptRole)
    assert [m.id for m in section.workspace.meetings()] == [LATER.id]
    assert view.model.rowCount() == 1
    assert section.workspace.audit_events()[-1].kind == "meeting_deleted"


def test_keeping_it_deletes_nothing(qtbot, section) -> None:
    section.view.delete_button.click()
    _answer(section, QMessageBox.ButtonRole.RejectRole)
    assert len(section.workspace.meetings()) == 2
    assert section.view.model.rowCount() == 2


def test_the_delete_key_on_the_table_asks_too(qtbot, section) -> None:
    with qtbot.waitSignal(section.view.deleteRequested) as blocker:
        qtbot.keyClick(section.view.table, Qt.Key.Key_Delete)
    assert blocker.args == [PREPARED.id]
    assert section.delete_confirmation is not None
    _answer(section, QMessageBox.ButtonRole.RejectRole)


def test_an_open_meeting_cannot_be_deleted_and_the_tooltip_says_why(qtbot, section) -> None:
    section.workspace.start_session(PREPARED.id).open()
    section.refresh()
    view = section.view
    assert view.current_meeting().state is MeetingState.OPEN
    assert not view.delete_button.isEnabled()
    assert "retention" in view.delete_button.toolTip()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    section.confirm_delete(PREPARED.id)  # even asked directly, an open meeting is kept
    assert section.delete_confirmation is None
    assert len(section.workspace.meetings()) == 2
