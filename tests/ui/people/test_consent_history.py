"""The consent dialog names the person and warns about a named recipient not bound by secrecy;
a record entered wrongly is corrected, the old one kept in the history (issue 11)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.core.entities import ConsentKind, ConsentRecord, Person
from desktop.core.policy import load_policy
from desktop.storage.workspace import Workspace
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.people_section import PeopleSection
from desktop.ui.people.people_view import PeopleView
from tests.ui.conftest import ALEX, JADE, SAM, SETTINGS

WRONG = ConsentRecord(
    "c-wrong",
    JADE.id,
    ConsentKind.GIVEN,
    frozenset({"health"}),  # she agreed to school matters, not health: entered wrongly
    missions=frozenset({"youth"}),
    valid_from=dt.date(2026, 3, 1),
    obtained_how="in writing",
    recorded_on=dt.date(2026, 3, 1),
)


def dialog_for(qtbot, correcting: ConsentRecord | None = None) -> ConsentDialog:
    dialog = ConsentDialog(
        None,
        person=JADE,
        policy=load_policy(),
        missions=SETTINGS.missions,
        professionals=(ALEX, SAM),
        lang="en",
        correcting=correcting,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_names_the_person(qtbot) -> None:
    dialog = dialog_for(qtbot)
    assert "Jade Dupont" in dialog.heading.text() and "J.D." in dialog.heading.text()
    assert "J.D." in dialog.windowTitle()


def test_naming_someone_not_bound_by_secrecy_is_warned(qtbot) -> None:
    dialog = dialog_for(qtbot)
    assert dialog.secrecy_warning_text() == ""
    dialog.professional_checks[ALEX.id].setChecked(True)
    assert dialog.secrecy_warning_text() == ""  # bound, with a basis
    dialog.professional_checks[SAM.id].setChecked(True)
    warning = dialog.secrecy_warning_text()
    assert "Sam Peeters (police officer)" in warning and "step out" in warning
    assert "Alex" not in warning
    assert dialog.professional_checks[SAM.id].text().startswith("⚠")
    dialog.professional_checks[SAM.id].setChecked(False)
    assert dialog.secrecy_warning_text() == ""


def test_a_correction_starts_from_the_record_and_must_change_it(qtbot) -> None:
    dialog = dialog_for(qtbot, correcting=WRONG)
    assert "Correct" in dialog.windowTitle()
    assert "2026-03-01" in dialog.correction_note.text()
    assert dialog.category_checks["health"].isChecked()
    assert dialog.mission_checks["youth"].isChecked()
    assert dialog.how_edit.text() == "in writing"
    dialog.accept()
    assert dialog.result() == 0 and "Nothing was changed" in dialog.message.text()
    dialog.category_checks["health"].setChecked(False)
    dialog.category_checks["school"].setChecked(True)
    dialog.accept()
    assert dialog.result() == 1
    correction = dialog.consent()
    assert correction.replaces == WRONG.id and correction.id != WRONG.id
    assert correction.categories == frozenset({"school"})


@pytest.fixture
def section(qtbot, workspace: Workspace) -> PeopleSection:
    host = QWidget()
    qtbot.addWidget(host)
    view = PeopleView(host)
    section = PeopleSection(workspace, view, host, "en")
    workspace.save_consent(WRONG)
    section.refresh()
    assert view.persons_table.select_id(JADE.id)
    return section


def test_correcting_from_people_keeps_the_history(
    qtbot, section: PeopleSection, workspace: Workspace, monkeypatch
) -> None:
    view = section.view
    assert view.consents_table.select_id(WRONG.id)
    assert view.correct_button.isEnabled() and view.history_check.isHidden()

    def correct(cls, parent, *, correcting, **kwargs):
        assert correcting == WRONG
        return ConsentRecord(
            "c-right",
            JADE.id,
            ConsentKind.GIVEN,
            frozenset({"school"}),
            missions=frozenset({"youth"}),
            valid_from=dt.date(2026, 3, 1),
            obtained_how="in writing",
            recorded_on=dt.date(2026, 3, 12),
            replaces=correcting.id,
        )

    monkeypatch.setattr(ConsentDialog, "record", classmethod(correct))
    view.correct_button.click()
    history, current = workspace.consents(JADE.id)
    assert (history.id, history.replaced_by) == (WRONG.id, "c-right")
    assert (current.id, current.replaces) == ("c-right", WRONG.id)

    model = view.consents_model
    assert model.rowCount() == 1  # the history is out of the way by default
    assert model.index(0, 3).data().endswith("in force — corrects the record of 2026-03-01")
    assert not view.history_check.isHidden()
    view.history_check.setChecked(True)
    assert model.rowCount() == 2
    assert model.index(0, 3).data().endswith("replaced by a correction on 2026-03-12")
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()  # history, set apart
    assert view.consents_table.select_id(WRONG.id)
    assert not view.correct_button.isEnabled() and not view.revoke_button.isEnabled()


def test_no_consent_yet_offers_to_record_one(qtbot, section: PeopleSection, workspace) -> None:
    view = section.view
    workspace.save_person(Person("p-lou", "Lou Renard", "L.R."))  # a second, fictional person
    section.refresh()
    assert view.persons_table.select_id("p-lou")
    assert view.consents_or_empty.is_empty_shown()
    assert "No consent recorded for Lou Renard" in view.no_consents.label.text()
    assert view.persons_table.select_id(JADE.id)
    assert not view.consents_or_empty.is_empty_shown()
