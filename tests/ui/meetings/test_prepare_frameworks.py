"""Preparing a meeting under another framework than the institution's default: chosen at
preparation, with what that framework asks of the meeting (a legal basis, who was informed)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from desktop.core.entities import PriorInformation
from desktop.core.policy import shipped_policies
from desktop.ui.meetings.prepare import PrepareMeetingDialog
from tests.ui.console.conftest import DIRECTORY, PERSON


def _dialog(qtbot, settings, **kwargs: object) -> PrepareMeetingDialog:
    widget = PrepareMeetingDialog(
        None, settings=settings, professionals=list(DIRECTORY), persons=[PERSON], **kwargs
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _complete(dialog: PrepareMeetingDialog) -> None:
    dialog.person.setCurrentIndex(dialog.person.findData("jd"))
    dialog.mission.setCurrentIndex(dialog.mission.findData("youth"))
    dialog.purpose.setText("Protect J. (fictional)")
    dialog.facilitator.setCurrentIndex(dialog.facilitator.findData("ann"))
    model = dialog.invitees_model
    for row in range(model.rowCount()):
        if model.professional(row).id == "ben":
            model.setData(
                model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )


def _choose(dialog: PrepareMeetingDialog, policy_id: str) -> None:
    dialog.framework.setCurrentIndex(dialog.framework.findData(policy_id))


def test_the_institutions_default_is_chosen_and_every_framework_offered(qtbot, settings) -> None:
    french = dataclasses.replace(settings, policy_id="fr-care-team")
    dialog = _dialog(qtbot, french)
    offered = [dialog.framework.itemData(i) for i in range(dialog.framework.count())]
    assert offered == list(shipped_policies())
    assert dialog.framework.currentData() == "fr-care-team"
    assert dialog.framework.currentText().endswith("(default)")
    assert not dialog.legal_basis.isVisibleTo(dialog)
    assert not dialog.prior_information.isVisibleTo(dialog)
    _complete(dialog)
    meeting = dialog.result_meeting()
    assert meeting is not None and meeting.policy_id == "fr-care-team"


def test_a_case_consultation_needs_its_legal_basis(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    _complete(dialog)
    _choose(dialog, "be-case-consultation")
    assert dialog.legal_basis.isVisibleTo(dialog)
    assert dialog.legal_basis_label.text() == "Legal basis"
    assert dialog.result_meeting() is None
    assert dialog.error.text() == "Choose the legal basis of the meeting, or type it."
    typed = dialog.legal_basis.choice.findData("__typed__")
    dialog.legal_basis.choice.setCurrentIndex(typed)
    assert dialog.result_meeting() is None
    assert dialog.error.text() == "Type the legal basis: the law, decree or authorisation."
    dialog.legal_basis.words.setText("Decree of 7 May 2026 (fictional)")
    meeting = dialog.result_meeting()
    assert meeting is not None and meeting.policy_id == "be-case-consultation"
    assert (meeting.legal_basis_id, meeting.legal_basis_text) == (
        "",
        "Decree of 7 May 2026 (fictional)",
    )
    dialog.legal_basis.choice.setCurrentIndex(dialog.legal_basis.choice.findData("prosecutor"))
    dialog.legal_basis.words.setText("PR-26-118")
    meeting = dialog.result_meeting()
    assert meeting is not None
    assert (meeting.legal_basis_id, meeting.legal_basis_text) == ("prosecutor", "PR-26-118")
    again = _dialog(qtbot, settings, meeting=meeting)  # editing shows what was chosen
    assert again.framework.currentData() == "be-case-consultation"
    assert again.legal_basis.values() == ("prosecutor", "PR-26-118")
    assert again.result_meeting() == meeting


def test_child_protection_records_who_was_informed(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    _complete(dialog)
    _choose(dialog, "fr-child-protection")
    fields = dialog.prior_information
    assert fields.isVisibleTo(dialog) and fields.holders.isVisibleTo(dialog)
    assert fields.not_of_age.text() == "J.D.: too young to be informed (age, maturity)"
    fields.contrary.setText("  Fictional:   a risk for the child ")
    fields.holders.setChecked(True)
    meeting = dialog.result_meeting()
    assert meeting is not None
    assert meeting.prior_information == PriorInformation(
        holders_informed=True, contrary_reason="Fictional: a risk for the child"
    )
    _choose(dialog, "be-shared-secrecy")  # another framework keeps none of it
    meeting = dialog.result_meeting()
    assert meeting is not None and meeting.prior_information == PriorInformation()


def test_prior_information_names_the_person_before_one_is_chosen(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    _choose(dialog, "fr-child-protection")
    fields = dialog.prior_information
    assert fields.not_of_age.text() == "The person: too young to be informed (age, maturity)"
    assert fields.contrary_label.text().endswith("contrary to the person's interest")
    dialog.person.setCurrentIndex(dialog.person.findData("jd"))
    assert fields.not_of_age.text() == "J.D.: too young to be informed (age, maturity)"
    assert fields.contrary_label.text().endswith("contrary to J.D.'s interest")


def test_the_invitee_warning_follows_what_the_framework_asks(qtbot, settings) -> None:
    dialog = _dialog(qtbot, settings)
    _complete(dialog)
    model = dialog.invitees_model
    for row in range(model.rowCount()):
        if model.professional(row).id in ("sam", "olga"):
            model.setData(
                model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )
    # Belgian shared secrecy: Sam is not bound, Olga works outside youth care.
    assert "Sam Peeters" in dialog.warning_text() and "Olga Janssens" in dialog.warning_text()
    _choose(dialog, "be-case-consultation")  # participants bound, no mission
    assert "Sam Peeters" in dialog.warning_text() and "Olga" not in dialog.warning_text()
    _choose(dialog, "uk-caldicott")  # need to know (the mission), no secrecy condition
    assert "Olga Janssens" in dialog.warning_text() and "Sam" not in dialog.warning_text()
    names = {model.professional(r).id: model.index(r, model.NAME) for r in range(model.rowCount())}
    assert not model.data(names["sam"]).startswith("⚠")
    assert model.data(names["olga"]).startswith("⚠")
