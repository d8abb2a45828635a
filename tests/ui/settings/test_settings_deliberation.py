"""Settings choose the default deliberation method when there are several; the console offers
that one first when a deliberation starts, and the others too."""

from __future__ import annotations

import dataclasses

from desktop.core.deliberation_method import DeliberationMethod, load_method
from desktop.core.entities import Localized
from desktop.ui.console.deliberation_dialogs import StartDeliberationDialog
from desktop.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import SETTINGS

DILEMMA = load_method()
ROUND = dataclasses.replace(
    DILEMMA,
    id="our-round",
    name=Localized(en="Our round", fr="Notre tour de table"),
    description=Localized(en="Everyone speaks once.", fr="Chacun parle une fois."),
    steps=DILEMMA.steps[:3],
)


def test_one_method_is_no_choice_to_make(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="en", methods=(DILEMMA,))
    qtbot.addWidget(dialog)
    assert not dialog.method_combo.isVisibleTo(dialog)
    assert dialog.settings().deliberation_method == SETTINGS.deliberation_method == ""


def test_with_several_methods_the_settings_choose_the_default(qtbot) -> None:
    dialog = SettingsDialog(None, settings=SETTINGS, lang="fr", methods=(DILEMMA, ROUND))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.method_combo.isVisibleTo(dialog)
    names = [dialog.method_combo.itemText(i) for i in range(dialog.method_combo.count())]
    assert names == ["Méthode du dilemme", "Notre tour de table"]
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData("our-round"))
    assert dialog.settings().deliberation_method == "our-round"
    again = SettingsDialog(
        None,
        settings=dataclasses.replace(SETTINGS, deliberation_method="our-round"),
        lang="en",
        methods=(DILEMMA, ROUND),
    )
    qtbot.addWidget(again)
    assert again.method_combo.currentData() == "our-round"


def test_the_start_dialog_offers_the_default_first_and_every_method(qtbot) -> None:
    methods: tuple[DeliberationMethod, ...] = (DILEMMA, ROUND)
    dialog = StartDeliberationDialog(methods, ROUND, "en")
    qtbot.addWidget(dialog)
    assert dialog.method.currentData() == "our-round"
    assert dialog.description.text() == "Everyone speaks once."
    dialog.method.setCurrentIndex(dialog.method.findData("dilemma-method"))
    assert "dilemma method" in dialog.description.text()
    assert dialog.choice() is None  # no question yet
    assert "Write the question" in dialog.error.text()
    dialog.question.setText("  Should we   call the GP?  ")
    choice = dialog.choice()
    assert choice is not None and choice.question == "Should we call the GP?"
    assert choice.method is DILEMMA
    assert dialog.question.maxLength() == 160
