"""Removing a mission still in use asks first: keep it (nothing typed is lost) or remove anyway."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QMessageBox

from desktop.core.entities import ConsentKind, ConsentRecord, Meeting, MeetingState
from desktop.ui.settings.settings_dialog import MissionUse, SettingsDialog, count_mission_uses
from tests.ui.conftest import ALEX, JADE, SAM, SETTINGS

USES = {"youth": MissionUse(professionals=2, meetings=1, consents=3)}
PLAN = Meeting("m1", (JADE.id,), "youth", "be-shared-secrecy", "Plan", dt.datetime(2026, 6, 1), "")


def test_uses_count_professionals_live_meetings_and_consent_scopes() -> None:
    mental = dataclasses.replace(SAM, missions=frozenset({"mental", "youth"}))
    meetings = [
        PLAN,
        dataclasses.replace(PLAN, id="m2", state=MeetingState.OPEN),
        dataclasses.replace(PLAN, id="m3", mission_id="mental", state=MeetingState.CLOSED),
    ]
    consent = ConsentRecord("c1", JADE.id, ConsentKind.GIVEN, frozenset(), frozenset({"mental"}))
    uses = count_mission_uses([ALEX, mental], meetings, [consent])
    assert uses == {
        "youth": MissionUse(professionals=2, meetings=2),
        "mental": MissionUse(professionals=1, consents=1),  # the closed meeting keeps its record
    }
    assert not MissionUse() and MissionUse(consents=1)


def _remove_youth(dialog: SettingsDialog) -> None:
    editor = dialog.institution.missions_editor
    editor.list.setCurrentRow(0)
    assert editor.list.currentItem().text() == "Youth care"
    editor.remove_button.click()


def _answer(dialog: SettingsDialog, role: QMessageBox.ButtonRole) -> None:
    box = dialog.removal_question
    assert box is not None and box.isVisible()
    next(b for b in box.buttons() if box.buttonRole(b) is role).click()
    assert dialog.removal_question is None


def test_removing_a_mission_in_use_asks_and_keeping_it_loses_nothing(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en", mission_uses=USES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.institution.name_edit.setText("Service Horizon II")
    dialog.institution.missions_editor.name_edit.setText("Housing")
    dialog.institution.missions_editor.add_button.click()
    _remove_youth(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    box = dialog.removal_question
    assert box is not None
    text = box.text()
    assert "Youth care" in text and "Mental health" not in text
    assert "professionals: 2" in text and "meetings: 1" in text and "consent records: 3" in text
    assert box.defaultButton() is box.escapeButton()  # Enter and Escape keep the mission
    _answer(dialog, QMessageBox.ButtonRole.RejectRole)
    assert dialog.isVisible() and dialog.result() == 0
    edited = dialog.settings()
    assert sorted(m.id for m in edited.missions) == ["housing", "mental", "youth"]
    assert edited.name == "Service Horizon II"
    assert "back in the list" in dialog.message.text()
    dialog.accept()  # nothing removed now: saves at once
    assert dialog.result() == 1 and dialog.removal_question is None


def test_removing_anyway_saves_without_the_mission(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en", mission_uses=USES)
    qtbot.addWidget(dialog)
    dialog.show()
    _remove_youth(dialog)
    dialog.accept()
    _answer(dialog, QMessageBox.ButtonRole.AcceptRole)
    assert dialog.result() == 1
    assert [m.id for m in dialog.settings().missions] == ["mental"]


def test_removing_an_unused_mission_does_not_ask(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en", mission_uses=USES)
    qtbot.addWidget(dialog)
    editor = dialog.institution.missions_editor
    editor.list.setCurrentRow(1)
    editor.remove_button.click()
    dialog.accept()
    assert dialog.removal_question is None and dialog.result() == 1
    assert [m.id for m in dialog.settings().missions] == ["youth"]
