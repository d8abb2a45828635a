"""The main window over a real temporary workspace and over the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.entities import InstitutionSettings, Mission
from desktop.demo import create_demo_workspace
from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow

SETTINGS = InstitutionSettings(
    name="Service Horizon (fictional)",
    conduct_rule="Secrecy is the rule.",
    missions=(Mission("youth", "Youth care"),),
)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "demo.emptychair"
    create_demo_workspace(path, "demo")
    with Workspace.open(path, "demo") as workspace:
        yield workspace


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "new.emptychair", "a long enough phrase", SETTINGS) as ws:
        yield ws


def make_window(qtbot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, "en")
    qtbot.addWidget(window)
    return window


def test_demo_fills_every_section_and_titles_the_window(qtbot, demo: Workspace) -> None:
    window = make_window(qtbot, demo)
    assert window.windowTitle().startswith(demo.settings().name)
    assert "demo.emptychair" in window.windowTitle()
    assert window.meetings_view.model.rowCount() == len(demo.meetings())
    assert window.directory_view.model.rowCount() == len(demo.professionals())
    assert window.people_view.persons_model.rowCount() == len(demo.persons())
    assert window.banner.isHidden()  # no meeting left open in the demo


# The offscreen platform cannot pass size hints to a window manager; harmless.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_sections_follow_the_sidebar_and_the_keyboard(qtbot, demo: Workspace) -> None:
    window = make_window(qtbot, demo)
    window.show()
    qtbot.waitExposed(window)
    window.section_actions[1].trigger()
    assert window.sections_stack.currentWidget() is window.directory_view
    window.sidebar.setCurrentRow(2)
    assert window.sections_stack.currentWidget() is window.people_view
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.shortcuts_action.shortcut().toString() == "F1"
    assert "Ctrl+," in [s.toString() for s in window.settings_action.shortcuts()]


def test_empty_workspace_shows_empty_sections(qtbot, empty: Workspace) -> None:
    window = make_window(qtbot, empty)
    assert window.meetings_view.model.rowCount() == 0
    assert window.meetings_view.table_or_steps.is_empty_shown()  # the first steps instead
    assert "Service Horizon (fictional)" in window.windowTitle()


def test_selecting_a_person_shows_their_consents(qtbot, demo: Workspace) -> None:
    window = make_window(qtbot, demo)
    view = window.people_view
    person = next(p for p in demo.persons() if demo.consents(p.id))
    assert view.persons_table.select_id(person.id)
    assert view.current_person_id() == person.id
    assert view.consents_model.rowCount() == len(demo.consents(person.id))
    assert person.alias in view.person_title.text()


def test_directory_deactivate_writes_and_refreshes(qtbot, demo: Workspace) -> None:
    window = make_window(qtbot, demo)
    view = window.directory_view
    target = next(p for p in demo.professionals() if p.active)
    assert view.table.select_id(target.id)
    assert view.active_button.isEnabled()
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    saved = next(p for p in demo.professionals() if p.id == target.id)
    assert not saved.active
    assert view.current_professional() is not None
    assert view.current_professional().id == target.id  # selection kept after refresh
    assert "Reactivate" in view.active_button.text().replace("&", "")


def test_a_meeting_left_open_is_offered_for_resumption(qtbot, demo: Workspace) -> None:
    prepared = next(m for m in demo.meetings() if m.state.value == "prepared")
    session = demo.start_session(prepared.id)
    session.open()
    window = make_window(qtbot, demo)
    assert not window.banner.isHidden()
    assert window.banner.meeting_id == prepared.id
    assert window.meetings_view.model.meeting(prepared.id).state.value == "open"


def _prepared(workspace: Workspace):
    return next(m for m in workspace.meetings() if m.state.value == "prepared")


def test_opening_a_meeting_shows_its_console_in_place(qtbot, demo: Workspace) -> None:
    window = make_window(qtbot, demo)
    meeting = _prepared(demo)
    assert window.meetings_view.table.select_id(meeting.id)
    assert window.meetings_view.open_button.isEnabled()
    window.meetings_view.open_button.click()
    console = window.running.console
    assert console is not None and window.pages.currentWidget() is console
    assert window.presentation_action.isEnabled()
    assert not window.prepare_action.isEnabled()
    console.meetingFinished.emit(meeting.id)
    assert window.running.console is None
    assert window.pages.currentIndex() == 0
    assert window.prepare_action.isEnabled()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_presentation_mode_opens_and_blanks_the_shared_screen(qtbot, demo: Workspace) -> None:
    window = make_window(qtbot, demo)
    assert window.running.open_meeting(_prepared(demo).id)
    window.presentation_action.trigger()
    screen = window.running.shared_screen
    assert screen is not None and screen.isVisible()
    window.running.console.blankRequested.emit(True)
    assert screen.is_blank()
    window.running.finish()
    assert window.running.shared_screen is None


def test_resuming_from_the_banner_opens_the_console(qtbot, demo: Workspace) -> None:
    meeting = _prepared(demo)
    demo.start_session(meeting.id).open()
    window = make_window(qtbot, demo)
    window.banner.resume_button.click()
    assert window.banner.isHidden()
    assert window.running.console is not None
    assert window.running.session.meeting.state.value == "open"


def test_exporting_minutes_is_logged_without_content(qtbot, demo: Workspace, monkeypatch) -> None:
    from desktop.ui.meetings.export_dialog import ExportJob, ExportMinutesDialog

    closed = next(m for m in demo.meetings() if m.state.value == "closed")

    def fake_run(cls, parent, record, lang, *, on_exported=None) -> None:
        assert record.meeting.id == closed.id
        on_exported([ExportJob("minutes", Path("/tmp/minutes.pdf"))])

    monkeypatch.setattr(ExportMinutesDialog, "run", classmethod(fake_run))
    window = make_window(qtbot, demo)
    assert window.meetings_view.table.select_id(closed.id)
    assert window.meetings_view.export_button.isEnabled()
    window.meetings_view.export_button.click()
    event = demo.audit_events()[-1]
    assert event.kind == "minutes_exported"
    assert event.details == {"meeting_id": closed.id, "documents": ["minutes"]}


def test_prepare_saves_the_meeting_from_the_dialog(qtbot, empty: Workspace, monkeypatch) -> None:
    import datetime as dt

    from desktop.core.entities import Meeting, Person
    from desktop.ui.meetings.prepare import PrepareMeetingDialog

    empty.save_person(Person("p1", "Lou Renard", "L.R."))
    meeting = Meeting(
        "m1",
        ("p1",),
        "youth",
        "be-shared-secrecy",
        "Plan the summer",
        dt.datetime(2026, 6, 1, 9),
        "",
    )
    monkeypatch.setattr(PrepareMeetingDialog, "edit", classmethod(lambda cls, *a, **k: meeting))
    window = make_window(qtbot, empty)
    window.prepare_action.trigger()
    assert [m.id for m in empty.meetings()] == ["m1"]
    assert window.meetings_view.model.rowCount() == 1
    assert not window.meetings_view.table_or_steps.is_empty_shown()
    assert window.meetings_view.table.current_id() == "m1"  # shown, selected
    assert "Saved: the meeting about L.R. on 2026-06-01 09:00" in window.meetings_view.notice.text()


def test_the_window_composes_safety_and_the_lock_follows_the_lock_delay(
    qtbot, demo: Workspace, monkeypatch
) -> None:
    import dataclasses

    from desktop.ui.settings.settings_dialog import SettingsDialog

    window = make_window(qtbot, demo)
    controller = window.safety.lock
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[-2:] == ["Safety", "Help"]
    assert controller.inactivity.delay_seconds == demo.settings().lock_minutes * 60
    controller.lock()
    assert controller.is_locked
    with qtbot.waitSignal(controller.unlockFailed, timeout=10000):
        controller.try_unlock("wrong")
    assert controller.is_locked
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        controller.try_unlock("demo")
    assert not controller.is_locked
    edited = dataclasses.replace(demo.settings(), lock_minutes=12)
    monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, *a, **k: edited))
    window.edit_settings()
    assert controller.inactivity.delay_seconds == 12 * 60


def test_settings_are_told_what_uses_each_mission(qtbot, demo: Workspace, monkeypatch) -> None:
    from desktop.ui.settings.settings_dialog import SettingsDialog

    seen: dict[str, object] = {}

    def fake_edit(cls: type, *args: object, **kwargs: object) -> None:
        seen.update(kwargs)

    monkeypatch.setattr(SettingsDialog, "edit", classmethod(fake_edit))
    window = make_window(qtbot, demo)
    window.settings_action.trigger()
    uses = seen["mission_uses"]
    live = [m for m in demo.meetings() if m.state.value != "closed"]
    assert live  # the demo has a prepared meeting: the count below is not vacuous
    assert sum(u.meetings for u in uses.values()) == len(live)
    assert sum(u.professionals for u in uses.values()) == sum(
        len(p.missions) for p in demo.professionals()
    )
    assert set(uses) <= {m.id for m in demo.settings().missions}


def test_a_prepared_meeting_is_deleted_from_the_meetings_section(qtbot, demo: Workspace) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(qtbot, demo)
    meeting = _prepared(demo)
    view = window.meetings_view
    assert view.table.select_id(meeting.id)
    view.delete_button.click()
    box = window.meetings.delete_confirmation
    assert box is not None
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()
    assert meeting.id not in {m.id for m in demo.meetings()}
    assert view.model.meeting(meeting.id) is None


def test_a_meeting_whose_framework_file_is_gone_says_so(
    qtbot, demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    meeting = replace(_prepared(demo), policy_id="our-framework")
    demo.save_meeting(meeting)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    window = make_window(qtbot, demo)
    assert not window.running.open_meeting(meeting.id)
    assert window.running.console is None
    assert len(told) == 1 and "our-framework.json: (file): no such policy" in told[0]
    assert "framework cannot be used" in told[0]
    assert demo.meeting(meeting.id).state.value == "prepared"  # nothing changed
