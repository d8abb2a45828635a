"""An empty workspace guides its team lead: a checklist on the home page that ticks itself,
empty lists that say what goes there, preparing a meeting with nobody to meet about offers to
add the person, and a meeting prepared from People is about that person (issue 11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Mission,
    Person,
    Professional,
)
from desktop.storage.workspace import Workspace
from desktop.ui.directory.professional_dialog import ProfessionalDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.meetings.getting_started import DONE_MARK, TODO_MARK
from desktop.ui.meetings.prepare import PrepareMeetingDialog
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.person_dialog import PersonDialog

SETTINGS = InstitutionSettings(
    name="Service Horizon (fictional)",
    conduct_rule="Secrecy is the rule.",
    missions=(Mission("youth", "Youth care"),),
)
ALEX = Professional(
    "p-alex", "Alex Martin", "social worker", "", True, "function", frozenset({"youth"})
)
LOU = Person("p-lou", "Lou Renard", "L.R.")


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "new.emptychair", "a long enough phrase", SETTINGS) as ws:
        yield ws


@pytest.fixture
def window(qtbot, empty: Workspace) -> MainWindow:
    window = MainWindow(empty, "en")
    qtbot.addWidget(window)
    return window


def marks(window: MainWindow) -> list[str]:
    return [mark.text() for mark in window.meetings_view.getting_started.marks]


def returning(value: Any) -> classmethod:
    return classmethod(lambda cls, *args, **kwargs: value)


def test_the_checklist_ticks_each_step_as_it_is_done(
    qtbot, window: MainWindow, empty: Workspace, monkeypatch
) -> None:
    view = window.meetings_view
    steps = view.getting_started
    assert view.table_or_steps.is_empty_shown()
    assert marks(window) == [TODO_MARK] * 4
    assert not steps.consent_button.isEnabled() and not steps.prepare_button.isEnabled()

    monkeypatch.setattr(ProfessionalDialog, "edit", returning(ALEX))
    steps.add_professional_button.click()
    assert window.sections_stack.currentWidget() is window.directory_view  # the step's place
    assert marks(window) == [DONE_MARK, TODO_MARK, TODO_MARK, TODO_MARK]

    monkeypatch.setattr(PersonDialog, "edit", returning(LOU))
    steps.add_person_button.click()
    assert window.sections_stack.currentWidget() is window.people_view
    assert marks(window)[:2] == [DONE_MARK, DONE_MARK]
    assert steps.consent_button.isEnabled() and steps.prepare_button.isEnabled()

    consent = ConsentRecord(
        "c1", LOU.id, ConsentKind.GIVEN, frozenset({"school"}), frozenset({"youth"})
    )
    monkeypatch.setattr(ConsentDialog, "record", returning(consent))
    steps.consent_button.click()
    assert empty.consents(LOU.id) == [consent]
    assert marks(window) == [DONE_MARK, DONE_MARK, DONE_MARK, TODO_MARK]

    meeting = Meeting(
        "m1", (LOU.id,), "youth", "be-shared-secrecy", "Plan", dt.datetime(2026, 6, 1, 9), ALEX.id
    )
    monkeypatch.setattr(PrepareMeetingDialog, "edit", returning(meeting))
    steps.prepare_button.click()
    assert window.sections_stack.currentWidget() is window.meetings_view
    assert not view.table_or_steps.is_empty_shown()  # the meeting takes the checklist's place
    assert view.table.current_id() == "m1" and "Saved" in view.notice.text()


def test_empty_lists_say_what_goes_there(qtbot, window: MainWindow, monkeypatch) -> None:
    from desktop.ui.directory import directory_section
    from desktop.ui.directory.import_guide import GuideChoice, ImportGuideDialog

    asked: list[str] = []
    monkeypatch.setattr(ImportGuideDialog, "run", returning(GuideChoice.CHOOSE_FILE))
    monkeypatch.setattr(
        directory_section.QFileDialog,
        "getOpenFileName",
        lambda *args, **kwargs: (asked.append("csv"), ("", ""))[1],
    )
    monkeypatch.setattr(
        PersonDialog, "edit", classmethod(lambda cls, *a, **k: asked.append("person"))
    )
    directory = window.directory_view
    assert directory.table_or_empty.is_empty_shown()
    assert "No professional in the directory yet" in directory.empty.label.text()
    buttons = {b.text(): b for b in directory.empty.findChildren(QPushButton)}
    buttons["Import from a spreadsheet…"].click()
    people = window.people_view
    assert people.persons_or_empty.is_empty_shown()
    people.no_persons.findChildren(QPushButton)[0].click()
    assert asked == ["csv", "person"]


def answer(kind: type, act: Callable[[Any], None]) -> None:
    """When the next modal dialog of ``kind`` is up, let ``act`` answer it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_preparing_with_nobody_offers_to_add_the_person_then_goes_on(
    qtbot, window: MainWindow, empty: Workspace, monkeypatch
) -> None:
    empty.save_professionals([ALEX])
    window.refresh()
    monkeypatch.setattr(PersonDialog, "edit", returning(LOU))
    chosen: list[str] = []

    def prepare(cls, *args, person_id: str = "", **kwargs) -> None:
        chosen.append(person_id)
        return None

    monkeypatch.setattr(PrepareMeetingDialog, "edit", classmethod(prepare))

    def add_first(box: QMessageBox) -> None:
        assert "add a person concerned first" in box.text()
        next(b for b in box.buttons() if "Add the person" in b.text()).click()

    answer(QMessageBox, add_first)
    window.prepare_action.trigger()
    assert empty.persons() == [LOU]
    assert chosen == [LOU.id]  # then the meeting is prepared about them


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_cancelling_the_offer_prepares_nothing(
    qtbot, window: MainWindow, empty: Workspace, monkeypatch
) -> None:
    monkeypatch.setattr(
        PrepareMeetingDialog, "edit", classmethod(lambda cls, *a, **k: pytest.fail("opened"))
    )
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.prepare_action.trigger()
    assert empty.persons() == [] and empty.meetings() == []


def test_a_meeting_prepared_from_people_is_about_that_person(
    qtbot, window: MainWindow, empty: Workspace, monkeypatch
) -> None:
    empty.save_professionals([ALEX])
    empty.save_person(Person("p-other", "Other Person", "O.P."))
    empty.save_person(LOU)
    window.refresh()
    chosen: list[str] = []

    def prepare(cls, *args, person_id: str = "", **kwargs) -> None:
        chosen.append(person_id)

    monkeypatch.setattr(PrepareMeetingDialog, "edit", classmethod(prepare))
    window.show_section(2)
    assert window.people_view.persons_table.select_id(LOU.id)
    window.people_view.prepare_button.click()
    assert chosen == [LOU.id]


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_home_page_alt_keys_are_unique(qtbot, qapp, empty: Workspace, lang: str) -> None:
    from language_helpers import clashing_mnemonics

    from desktop.ui.i18n import install_translators

    install_translators(lang, qapp)
    try:
        window = MainWindow(empty, lang, demo=True)  # the demo's banner buttons too
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert clashing_mnemonics(window, menus) == {}
    finally:
        install_translators("en", qapp)
