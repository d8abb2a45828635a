"""Settings: every field edited, mission ids kept, nothing saved on invalid input."""

from __future__ import annotations

import pytest

from desktop.core.entities import PersonNaming
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.widgets.missions_editor import mission_id_for
from tests.ui.conftest import SETTINGS


def test_mission_ids_are_readable_and_unique() -> None:
    assert mission_id_for("Youth care", set()) == "youth-care"
    assert mission_id_for("Santé mentale", set()) == "sante-mentale"
    assert mission_id_for("Youth care", {"youth-care"}) == "youth-care-2"
    assert mission_id_for("!!!", set()) == "mission"


def test_settings_dialog_edits_every_field(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.institution.name_edit.text() == SETTINGS.name
    assert dialog.institution.conduct_edit.toPlainText() == SETTINGS.conduct_rule
    dialog.institution.name_edit.setText("Service Horizon II")
    dialog.institution.missions_editor.name_edit.setText("Housing")
    dialog.institution.missions_editor.add_button.click()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.naming_combo.setCurrentIndex(dialog.naming_combo.findData("full_name"))
    dialog.lock_spin.setValue(10)
    assert dialog.meeting_lock_spin.value() == SETTINGS.meeting_lock_minutes == 20
    dialog.meeting_lock_spin.setValue(45)
    dialog.retention_spin.setValue(3)
    dialog.institution.contact_edit.setText("  Rue de Fer 3,   Namur ")
    dialog.accept()
    assert dialog.result() == 1
    edited = dialog.settings()
    assert edited.name == "Service Horizon II"
    assert [m.id for m in edited.missions] == ["youth", "mental", "housing"]
    assert edited.language == "fr" and edited.person_naming is PersonNaming.FULL_NAME
    assert (edited.lock_minutes, edited.retention_days) == (10, 3 * 365)
    assert edited.meeting_lock_minutes == 45
    assert edited.contact == "Rue de Fer 3, Namur"  # for the person's copy


def test_settings_dialog_refuses_an_empty_name(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en")
    qtbot.addWidget(dialog)
    dialog.institution.name_edit.clear()
    dialog.accept()
    assert dialog.result() == 0
    assert "institution's name" in dialog.message.text()
    assert dialog.institution.conduct_edit.toPlainText() == SETTINGS.conduct_rule


def test_the_language_field_says_a_restart_is_offered(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en")
    qtbot.addWidget(dialog)
    assert "offers to restart" in dialog.language_hint.text()
    assert dialog.language_combo.accessibleDescription() == dialog.language_hint.text()
    form = dialog.language_combo.parentWidget().layout()
    label = next(
        form.itemAt(i).widget()
        for i in range(form.count())
        if form.itemAt(i).widget() is not None and form.itemAt(i).widget().text() == "&Language:"
    )
    assert label.buddy() is dialog.language_combo  # Alt+L still reaches the field


def test_the_language_choice_offers_each_language_in_its_own_name(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    offered = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert offered == [
        ("", "System language"),
        ("en", "English"),
        ("fr", "Français"),
        ("nl", "Nederlands"),
    ]
    combo.setCurrentIndex(combo.findData("nl"))
    dialog.accept()
    assert dialog.settings().language == "nl"


def test_a_framework_file_left_out_is_named_with_its_problem(
    qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.policy import refused_policies
    from desktop.ui.widgets import institution_form

    dialog = SettingsDialog(None, settings=SETTINGS, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.institution.policy_refused.isHidden()  # every shipped framework loads
    (tmp_path / "ours.json").write_text('{"format": 2, "id": "ours"', encoding="utf-8")
    refused = refused_policies(tmp_path)
    monkeypatch.setattr(institution_form, "refused_policies", lambda: refused)
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en")
    qtbot.addWidget(dialog)
    note = dialog.institution.policy_refused
    assert not note.isHidden()
    assert note.text() == (
        "Not offered, its file is wrong: ours.json: line 1, column 27: not valid JSON: "
        "Expecting ',' delimiter"
    )
    offered = [dialog.institution.policy_combo.itemData(i) for i in range(5)]
    assert "ours" not in offered
