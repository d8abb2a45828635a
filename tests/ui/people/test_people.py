"""People concerned: person and consent dialogs, and revoking that keeps the record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop.core.entities import ConsentKind
from desktop.core.policy import load_policy
from desktop.storage.workspace import Workspace
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.people_section import PeopleSection
from desktop.ui.people.people_view import PeopleView
from desktop.ui.people.person_dialog import PersonDialog, initials
from tests.ui.conftest import ALEX, JADE, SAM, SETTINGS


@pytest.mark.parametrize(
    ("name", "alias"),
    [("Jade Dupont", "J.D."), ("marie-claire van den bosch", "M.C.V."), ("", ""), ("Ōta 42", "Ō.")],
)
def test_initials(name: str, alias: str) -> None:
    assert initials(name) == alias


def test_person_dialog_suggests_an_alias_until_it_is_edited(qtbot) -> None:
    dialog = PersonDialog(None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "name" in dialog.message.text()
    qtbot.keyClicks(dialog.name_edit, "Lou Renard")
    assert dialog.alias_edit.text() == "L.R."
    dialog.alias_edit.clear()
    qtbot.keyClicks(dialog.alias_edit, "Lou")
    qtbot.keyClicks(dialog.name_edit, "-Petit")
    assert dialog.alias_edit.text() == "Lou"
    dialog.wishes_edit.setPlainText("Line one\n<b>not bold</b>")
    dialog.accept()
    person = dialog.person()
    assert dialog.result() == 1
    assert (person.name, person.alias) == ("Lou Renard-Petit", "Lou")
    assert person.known_wishes == "Line one\n<b>not bold</b>"


def test_the_person_dialog_message_follows_the_fields(qtbot) -> None:
    # Audit of issue 11: "Enter the person's name." stayed under the name just typed.
    dialog = PersonDialog(None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.message.text() == "Enter the person's name."
    qtbot.keyClicks(dialog.name_edit, "Lou Renard")  # the alias is suggested: nothing missing
    assert dialog.message.isHidden()
    dialog.alias_edit.clear()
    assert dialog.message.isHidden()  # said again at the next OK only
    dialog.accept()
    assert "alias" in dialog.message.text() and not dialog.message.isHidden()
    qtbot.keyClicks(dialog.alias_edit, "L.R.")
    assert dialog.message.isHidden()


def make_consent_dialog(qtbot) -> ConsentDialog:
    dialog = ConsentDialog(
        None,
        person=JADE,
        policy=load_policy(),
        missions=SETTINGS.missions,
        professionals=(ALEX, SAM),
        lang="en",
        today=dt.date(2026, 3, 10),
    )
    qtbot.addWidget(dialog)
    return dialog


def test_consent_dialog_validates_and_builds_the_record(qtbot) -> None:
    dialog = make_consent_dialog(qtbot)
    dialog.not_obtainable_radio.setChecked(True)
    dialog.accept()
    text = dialog.message.text()
    assert dialog.result() == 0
    assert "why consent could not be obtained" in text
    assert "kind of information" in text and "mission or one professional" in text
    dialog.reason_edit.setText("in hospital")
    dialog.category_checks["health"].setChecked(True)
    dialog.professional_checks[ALEX.id].setChecked(True)
    dialog.until_check.setChecked(True)
    dialog.until_edit.setDate(QDate(2026, 1, 1))
    dialog.accept()
    assert "before the start date" in dialog.message.text()
    dialog.until_edit.setDate(QDate(2026, 9, 1))
    dialog.accept()
    record = dialog.consent()
    assert dialog.result() == 1
    assert record.kind is ConsentKind.NOT_OBTAINABLE and record.reason == "in hospital"
    assert record.categories == frozenset({"health"})
    assert record.professionals == frozenset({ALEX.id}) and record.missions == frozenset()
    assert (record.valid_from, record.valid_until) == (dt.date(2026, 3, 10), dt.date(2026, 9, 1))


@pytest.fixture
def section(qtbot, workspace: Workspace) -> PeopleSection:
    window = QWidget()
    qtbot.addWidget(window)
    section = PeopleSection(workspace, PeopleView(window), window, "en")
    section.refresh()
    return section


def test_record_then_revoke_keeps_the_record(
    qtbot, section: PeopleSection, workspace: Workspace, monkeypatch
) -> None:
    dialog = make_consent_dialog(qtbot)
    dialog.category_checks["school"].setChecked(True)
    dialog.mission_checks["youth"].setChecked(True)
    record = dialog.consent()
    monkeypatch.setattr(ConsentDialog, "record", classmethod(lambda cls, *a, **k: record))
    assert section.view.persons_table.select_id(JADE.id)
    section.view.add_consent_button.click()
    assert [r.id for r in workspace.consents(JADE.id)] == [record.id]
    assert section.view.consents_model.rowCount() == 1
    assert section.view.consents_table.select_id(record.id)
    assert section.view.revoke_button.isEnabled()
    section.revoke_consent(record.id, today=dt.date(2026, 4, 2))
    (saved,) = workspace.consents(JADE.id)
    assert saved.revoked_on == dt.date(2026, 4, 2)
    assert section.view.consents_model.rowCount() == 1
    assert section.view.consents_model.index(0, 3).data().endswith("\nrevoked on 2026-04-02")


def test_add_person_selects_them(section: PeopleSection, workspace: Workspace, monkeypatch) -> None:
    from desktop.core.entities import Person

    lou = Person("p-lou", "Lou Renard", "L.R.")
    monkeypatch.setattr(PersonDialog, "edit", classmethod(lambda cls, *a, **k: lou))
    section.view.add_person_button.click()
    assert {p.id for p in workspace.persons()} == {JADE.id, "p-lou"}
    assert section.view.current_person_id() == "p-lou"
