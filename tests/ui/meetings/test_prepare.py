"""Preparing a meeting: validation that keeps what was typed, secrecy and mission warnings."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.core.entities import MeetingState, Participation, Person
from desktop.ui.meetings.prepare import PrepareMeetingDialog
from desktop.ui.meetings.prepare_models import AgendaEditModel, InviteesModel
from tests.ui.console.conftest import DIRECTORY, PERSON, make_meeting

INACTIVE = dataclasses.replace(DIRECTORY[1], id="gone", name="Gone Person", active=False)
OTHER = Person("kl", "Karel Lemmens", "K.L.")


@pytest.fixture
def dialog(qtbot, settings, policy) -> PrepareMeetingDialog:
    """A new-meeting dialog over the fictional directory."""
    widget = PrepareMeetingDialog(
        None,
        settings=settings,
        professionals=[*DIRECTORY, INACTIVE],
        persons=[PERSON, OTHER],
    )
    qtbot.addWidget(widget)
    return widget


def invite(dialog: PrepareMeetingDialog, *ids: str) -> None:
    """Tick invitees as a click on their check box would."""
    model = dialog.invitees_model
    for row in range(model.rowCount()):
        if model.professional(row).id in ids:
            model.setData(
                model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )


def test_only_active_professionals_can_be_invited(dialog) -> None:
    names = [dialog.invitees_model.professional(r).name for r in range(5)]
    assert "Gone Person" not in names and dialog.invitees_model.rowCount() == 5


def test_validation_names_the_problem_and_keeps_what_was_typed(qtbot, dialog) -> None:
    assert dialog.result_meeting() is None
    assert dialog.error.text() == "Choose the person concerned."
    dialog.person.setCurrentIndex(dialog.person.findData("jd"))
    dialog.mission.setCurrentIndex(dialog.mission.findData("youth"))
    assert dialog.result_meeting() is None
    assert dialog.error.text() == "Write the purpose: why we meet."
    qtbot.keyClicks(dialog.purpose, "Keep J. at home safely")
    dialog.facilitator.setCurrentIndex(dialog.facilitator.findData("ann"))
    assert dialog.result_meeting() is None
    assert "Invite at least one" in dialog.error.text()
    invite(dialog, "ben")
    dialog.represented.setChecked(True)
    assert dialog.result_meeting() is None
    assert dialog.error.text() == "Write the name of the advocate who represents J.D.."
    assert dialog.purpose.text() == "Keep J. at home safely"  # nothing lost
    qtbot.keyClicks(dialog.advocate, "Mr. Advocate")
    dialog.informed.setChecked(True)
    assert dialog.result_meeting() is None
    assert dialog.error.text() == "Say how J.D. was informed."
    qtbot.keyClicks(dialog.informed_how, "told in person")
    dialog.when.setDateTime(QDateTime(QDate(2026, 3, 12), QTime(9, 30)))
    meeting = dialog.result_meeting()
    assert meeting is not None and not dialog.error.isVisible()
    assert meeting.person_id == "jd" and meeting.mission_id == "youth"
    assert meeting.invitees == ("ann", "ben")  # the facilitator is invited too
    assert meeting.participation is Participation.REPRESENTED
    assert meeting.advocate == "Mr. Advocate"
    assert meeting.informed_beforehand and meeting.informed_how == "told in person"
    assert meeting.scheduled_at.replace(tzinfo=None).isoformat() == "2026-03-12T09:30:00"
    assert meeting.state is MeetingState.PREPARED and meeting.policy_id == "be-shared-secrecy"
    assert [i.title for i in meeting.agenda] == ["Opening", "Decisions and actions"]


def test_warning_lists_invitees_not_bound_or_outside_the_mission(dialog) -> None:
    dialog.mission.setCurrentIndex(dialog.mission.findData("youth"))
    invite(dialog, "ann", "ben")
    assert dialog.warning_text() == ""
    invite(dialog, "sam", "olga")
    text = dialog.warning_text()
    assert "⚠ Sam Peeters (police): not bound by professional secrecy" in text
    assert "⚠ Olga Janssens (psychiatrist): does not work in Youth care" in text
    assert "Ann" not in text
    model = dialog.invitees_model
    sam = next(r for r in range(model.rowCount()) if model.professional(r).id == "sam")
    assert model.index(sam, InviteesModel.SECRECY).data() == "✗ not bound by secrecy"
    assert model.index(0, InviteesModel.SECRECY).data() == "✓ bound (Penal code, art. 458)"
    assert model.index(0, InviteesModel.MISSION).data() == "✓ Youth care"
    dialog.mission.setCurrentIndex(dialog.mission.findData("housing"))
    assert "does not work in Housing support" in dialog.warning_text()


def test_agenda_add_reorder_remove(qtbot, dialog) -> None:
    model = dialog.agenda_model
    dialog.agenda.setCurrentIndex(model.index(1, 0))
    dialog.item_up.click()
    assert [i.title for i in model.items()] == ["Decisions and actions", "Opening"]
    dialog.item_up.click()  # already first: nothing moves
    assert [i.title for i in model.items()] == ["Decisions and actions", "Opening"]
    dialog.item_down.click()  # the same item goes back down
    assert [i.title for i in model.items()] == ["Opening", "Decisions and actions"]
    assert dialog.agenda.currentIndex().row() == 1
    dialog.add_item.click()  # a new item goes before "Decisions and actions", the last one
    assert model.rowCount() == 3 and dialog.agenda.currentIndex().row() == 1
    assert model.setData(model.index(1, 0), "School")
    assert model.setData(model.index(1, 1), 20)
    assert not model.setData(model.index(1, 1), 0)
    assert model.items()[1].title == "School" and model.items()[1].minutes == 20
    dialog.add_item.click()
    assert [i.title for i in model.items()] == [
        "Opening",
        "School",
        "New item",
        "Decisions and actions",
    ]
    model.setData(model.index(2, 0), "  ")
    assert dialog.result_meeting() is None
    dialog.agenda.setCurrentIndex(model.index(2, 0))
    dialog.remove_item.click()
    assert model.rowCount() == 3
    dialog.agenda.setCurrentIndex(model.index(2, 0))
    dialog.item_up.click()  # "Decisions and actions" no longer last: new items go at the end
    dialog.add_item.click()
    assert model.items()[-1].title == "New item"


def test_the_time_box_is_not_called_minutes(dialog) -> None:
    assert dialog.agenda_model.titles() == ("Agenda item", "Time (min)")


def test_coming_from_people_the_person_is_chosen(qtbot, settings, policy) -> None:
    widget = PrepareMeetingDialog(
        None,
        settings=settings,
        professionals=list(DIRECTORY),
        persons=[PERSON, OTHER],
        person_id=OTHER.id,
    )
    qtbot.addWidget(widget)
    assert widget.person.currentData() == OTHER.id


def test_place_and_next_meeting_date(qtbot, dialog) -> None:
    dialog.person.setCurrentIndex(dialog.person.findData("jd"))
    dialog.mission.setCurrentIndex(dialog.mission.findData("youth"))
    dialog.purpose.setText("Keep J. at home safely")
    dialog.facilitator.setCurrentIndex(dialog.facilitator.findData("ann"))
    invite(dialog, "ben")
    dialog.when.setDateTime(QDateTime(QDate(2026, 3, 12), QTime(9, 30)))
    meeting = dialog.result_meeting()
    assert meeting is not None and meeting.place == "" and meeting.next_meeting is None
    assert not dialog.next_meeting.isEnabled()
    qtbot.keyClicks(dialog.place, "  Room 2,   Rue des Fictions 4 ")
    dialog.next_meeting_check.setChecked(True)
    assert dialog.next_meeting.isEnabled()
    dialog.next_meeting.setDate(QDate(2026, 3, 1))
    assert dialog.result_meeting() is None
    assert "next meeting comes after this one" in dialog.error.text()
    dialog.next_meeting.setDate(QDate(2026, 4, 9))
    meeting = dialog.result_meeting()
    assert meeting is not None
    assert meeting.place == "Room 2, Rue des Fictions 4"
    assert meeting.next_meeting == dt.date(2026, 4, 9)
    again = PrepareMeetingDialog(
        None,
        settings=dialog._settings,
        professionals=list(DIRECTORY),
        persons=[PERSON],
        meeting=meeting,
    )
    qtbot.addWidget(again)
    assert again.place.text() == "Room 2, Rue des Fictions 4"
    assert again.next_meeting_check.isChecked()
    assert again.next_meeting.date() == QDate(2026, 4, 9)
    assert again.result_meeting() == meeting


def test_editing_keeps_ids_and_shows_the_warning_again(qtbot, settings, policy) -> None:
    meeting = make_meeting()
    dialog = PrepareMeetingDialog(
        None,
        settings=settings,
        professionals=list(DIRECTORY),
        persons=[PERSON],
        meeting=meeting,
    )
    qtbot.addWidget(dialog)
    assert "Sam Peeters" in dialog.warning_text()
    dialog.purpose.setText("A new purpose")
    edited = dialog.result_meeting()
    assert edited is not None
    assert edited.id == meeting.id and edited.agenda == meeting.agenda
    assert edited.invitees == meeting.invitees and edited.purpose == "A new purpose"


def test_prepare_models_pass_the_model_tester(qtmodeltester, dialog) -> None:
    dialog.mission.setCurrentIndex(dialog.mission.findData("youth"))
    invite(dialog, "ann", "sam")
    qtmodeltester.check(dialog.invitees_model, force_py=True)
    qtmodeltester.check(dialog.agenda_model, force_py=True)
    empty = AgendaEditModel()
    qtmodeltester.check(empty, force_py=True)


def shown(qtbot, dialog: PrepareMeetingDialog) -> PrepareMeetingDialog:
    """The dialog on screen with the keyboard, as the user sees it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_tab_walks_the_whole_form_to_save_and_never_gets_stuck(qtbot, dialog) -> None:
    # Audit of issue 11: Tab went round the agenda's cells forever, so the invitees, the
    # person's participation and Save were out of the keyboard's reach.
    shown(qtbot, dialog)
    dialog.person.setFocus()
    stops: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
        if stops[-1] is dialog.person:
            break
    assert stops[-1] is dialog.person, "Tab came back to the start"
    for field in (dialog.place, dialog.present, dialog.invitees, dialog.save_button):
        assert field in stops
    assert stops.count(dialog.agenda) == 1 and stops.count(dialog.invitees) == 1
    assert dialog.scroll not in stops  # no empty stop around the form
    # The place follows the date, as it reads; the left column comes before the right.
    assert stops.index(dialog.place) == max(i for i, w in enumerate(stops) if w is dialog.when) + 1
    assert stops.index(dialog.next_meeting_check) < stops.index(dialog.agenda)
    assert stops.index(dialog.invitees) < stops.index(dialog.save_button)


def test_a_problem_puts_the_keyboard_in_the_field_to_fix(qtbot, dialog) -> None:
    shown(qtbot, dialog)
    dialog.person.setFocus()
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)  # Save, with nothing chosen
    assert dialog.error.text() == "Choose the person concerned."
    assert QApplication.focusWidget() is dialog.person
    dialog.person.setCurrentIndex(dialog.person.findData("jd"))
    dialog.mission.setCurrentIndex(dialog.mission.findData("youth"))
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert dialog.error.text() == "Write the purpose: why we meet."
    assert QApplication.focusWidget() is dialog.purpose
    qtbot.keyClicks(QApplication.focusWidget(), "Keep J. at home safely")
    qtbot.keyClick(dialog.purpose, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.facilitator
    dialog.facilitator.setCurrentIndex(dialog.facilitator.findData("ann"))
    qtbot.keyClick(dialog.facilitator, Qt.Key.Key_Return)
    assert "Invite at least one" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.invitees
    # Space ticks the invitee under the cursor: the meeting is saved from the keyboard.
    dialog.invitees.setCurrentIndex(dialog.invitees_model.index(1, 0))
    qtbot.keyClick(dialog.invitees, Qt.Key.Key_Space)
    assert dialog.invitees_model.invited()
    qtbot.keyClick(dialog.invitees, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.purpose.text() == "Keep J. at home safely"


def test_typing_starts_in_the_first_field_to_fill(qtbot, settings, policy) -> None:
    # Audit of issue 11: coming from People, the person is chosen, yet typing the purpose went
    # into the person's list (and opened it at the first Space).
    widget = PrepareMeetingDialog(
        None, settings=settings, professionals=list(DIRECTORY), persons=[PERSON, OTHER]
    )
    qtbot.addWidget(widget)
    shown(qtbot, widget)
    assert QApplication.focusWidget() is widget.person  # nothing chosen yet
    one_mission = dataclasses.replace(settings, missions=settings.missions[:1])
    chosen = PrepareMeetingDialog(
        None,
        settings=one_mission,
        professionals=list(DIRECTORY),
        persons=[PERSON, OTHER],
        person_id=PERSON.id,
    )
    qtbot.addWidget(chosen)
    shown(qtbot, chosen)
    assert chosen.mission.currentData() == settings.missions[0].id  # the only one, chosen
    assert QApplication.focusWidget() is chosen.purpose
    assert not chosen.error.isVisible()  # nothing is called a problem before Save


def test_the_message_follows_the_fields_once_shown(qtbot, dialog) -> None:
    # Audit of issue 11: "Write the purpose: why we meet." stayed under a written purpose.
    dialog.person.setCurrentIndex(dialog.person.findData("jd"))
    dialog.mission.setCurrentIndex(dialog.mission.findData("youth"))
    assert dialog.result_meeting() is None
    assert dialog.error.text() == "Write the purpose: why we meet."
    qtbot.keyClicks(dialog.purpose, "Keep J. at home safely")
    assert dialog.error.text() == "Choose who facilitates the meeting."
    dialog.facilitator.setCurrentIndex(dialog.facilitator.findData("ann"))
    assert "Invite at least one" in dialog.error.text()
    invite(dialog, "ben")
    assert dialog.error.isHidden()
    dialog.purpose.clear()  # nothing is said again before the next Save
    assert dialog.error.isHidden()
