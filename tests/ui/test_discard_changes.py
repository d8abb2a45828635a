"""Editing dialogs ask before Escape, Cancel or the window's close button drop what was typed;
with nothing changed they close at once. The question's default is to keep editing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from desktop.core.policy import load_policy
from desktop.ui.directory.professional_dialog import ProfessionalDialog
from desktop.ui.meetings.prepare import PrepareMeetingDialog
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.person_dialog import PersonDialog
from tests.ui.conftest import ALEX, JADE, SAM, SETTINGS
from tests.ui.console.conftest import DIRECTORY, PERSON, make_meeting


@pytest.fixture(autouse=True)
def discard_without_asking() -> None:
    """The real question here (tests/ui/conftest.py answers it for every other test)."""


def _prepare(meeting: bool) -> QDialog:
    return PrepareMeetingDialog(
        None,
        settings=SETTINGS,
        professionals=list(DIRECTORY),
        persons=[PERSON],
        meeting=make_meeting() if meeting else None,
    )


def _consent() -> QDialog:
    return ConsentDialog(
        None,
        person=JADE,
        policy=load_policy(),
        missions=SETTINGS.missions,
        professionals=(ALEX, SAM),
        lang="en",
        today=dt.date(2026, 3, 10),
    )


# Each dialog, and a change a user would make in it.
DIALOGS: dict[str, tuple[Callable[[], QDialog], Callable[[QDialog], None], str]] = {
    "new meeting": (
        lambda: _prepare(False),
        lambda d: d.purpose.setText("Keep J. at home"),  # type: ignore[attr-defined]
        "Discard the changes to this meeting?",
    ),
    "edited meeting": (
        lambda: _prepare(True),
        lambda d: d.agenda_model.remove(0),  # type: ignore[attr-defined]
        "Discard the changes to this meeting?",
    ),
    "person": (
        lambda: PersonDialog(None, person=JADE),
        lambda d: d.wishes_edit.setPlainText("Stay at home"),  # type: ignore[attr-defined]
        "Discard the changes to this person?",
    ),
    "professional": (
        lambda: ProfessionalDialog(None, missions=SETTINGS.missions, professional=ALEX),
        lambda d: d.active_check.toggle(),  # type: ignore[attr-defined]
        "Discard the changes to this professional?",
    ),
    "consent": (
        _consent,
        lambda d: next(iter(d.category_checks.values())).setChecked(True),  # type: ignore[attr-defined]
        "Discard the changes to this consent record?",
    ),
}


@pytest.fixture(params=list(DIALOGS))
def case(request: pytest.FixtureRequest, qtbot) -> tuple[QDialog, Callable[[QDialog], None], str]:
    build, change, question = DIALOGS[request.param]
    dialog = build()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, change, question


def _answer(button: str, seen: list[str]) -> None:
    """Answer the next question box with ``button`` ("Discard" or "Keep editing")."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton().text().replace("&", "") == "Keep editing"
        match = [b for b in box.buttons() if b.text().replace("&", "") == button]
        match[0].click()

    QTimer.singleShot(0, answer)


def test_escape_with_nothing_changed_closes_at_once(qtbot, case) -> None:
    dialog, _change, _question = case
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or True  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_escape_after_a_change_asks_and_keep_editing_keeps_everything(qtbot, case) -> None:
    dialog, change, question = case
    change(dialog)
    seen: list[str] = []
    _answer("Keep editing", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == [question]
    assert dialog.isVisible()
    _answer("Discard", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == [question, question] and not dialog.isVisible()


def test_cancel_and_the_close_button_ask_too(qtbot, case) -> None:
    dialog, change, question = case
    change(dialog)
    seen: list[str] = []
    _answer("Keep editing", seen)
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    _answer("Keep editing", seen)
    dialog.close()  # the window's close button
    assert dialog.isVisible() and seen == [question, question]
    _answer("Discard", seen)
    dialog.close()
    assert not dialog.isVisible()
