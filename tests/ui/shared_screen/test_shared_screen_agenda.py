"""The agenda on the idle shared screen: shown while the person is in the room and no gate is
open, the current item marked with its timer; gone while blank and while a gate is open."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from desktop.core.entities import AgendaItem, Participation
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen import SharedScreenWindow
from desktop.ui.shared_screen.screen_labels import ScreenLabel, visible_texts
from tests.ui.shared_screen.conftest import DIRECTORY, FakeClock, make_session
from tests.ui.shared_screen.test_shared_screen_layout import _clipped, _run

TITLES = ("Opening", "School situation", "Next steps")


def _present(clock: FakeClock, agenda: tuple[AgendaItem, ...] = ()) -> MeetingSession:
    session = make_session(clock, Participation.PRESENT)
    if agenda:
        session._meeting = dataclasses.replace(session.meeting, agenda=agenda)
    session.open()
    for professional in DIRECTORY:
        session.mark_present(professional.id)
    return session


def _box(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_present_and_idle_shows_the_agenda_with_the_current_item(qtbot, screen_factory, clock):
    session = _present(clock)
    window = screen_factory(session)
    session.start_agenda_item(1)
    clock.advance(4 * 60 + 12)
    window.update_timer()
    agenda = window.meeting_view.agenda
    texts = visible_texts(window)
    assert agenda.isVisible()
    assert "Agenda" in texts
    shown = [label.text() for label in agenda.items if label.isVisible()]
    assert shown == ["1. Opening", "▶ 2. School situation", "3. Next steps · 10 min"]
    current = agenda.items[1]
    assert current.tone == "accent" and current.font().bold()
    assert not agenda.items[2].font().bold() and agenda.items[0].tone == "muted"
    assert agenda.timer.isVisible() and agenda.timer.text() == "04:12 / 15:00"
    assert not agenda.overtime.isVisible()
    assert _box(current, window).bottom() < _box(agenda.timer, window).top()
    assert _box(agenda.timer, window).bottom() < _box(agenda.items[2], window).top()
    # The header does not show the item and its timer a second time.
    header = window.meeting_view.header
    assert not header.timer.isVisible() and not header.agenda.isVisible()
    assert texts.count("04:12 / 15:00") == 1
    # The shared items keep their column, beside the agenda.
    shared = window.meeting_view.shared_items
    assert shared.isVisible() and _box(agenda, window).right() < _box(shared, window).left()

    clock.advance(12 * 60)
    window.update_timer()
    assert agenda.timer.text() == "16:12 / 15:00" and agenda.timer.tone == "overtime"
    assert agenda.overtime.isVisible() and agenda.overtime.text() == "+01:12 over time"
    assert _box(agenda.timer, window).bottom() < _box(agenda.overtime, window).top()
    assert _box(agenda.overtime, window).bottom() < _box(agenda.items[2], window).top()


def test_before_the_first_item_every_item_shows_its_time_box(screen_factory, clock) -> None:
    window = screen_factory(_present(clock))
    agenda = window.meeting_view.agenda
    shown = [label.text() for label in agenda.items if label.isVisible()]
    assert shown == ["1. Opening · 5 min", "2. School situation · 15 min", "3. Next steps · 10 min"]
    assert not agenda.timer.isVisible()
    assert not any(label.font().bold() for label in agenda.items)


def _agenda_texts(window: SharedScreenWindow) -> list[str]:
    return [text for text in visible_texts(window) if any(title in text for title in TITLES)]


def test_while_blank_none_of_the_agenda_shows(qtbot, screen_factory, clock) -> None:
    session = _present(clock)
    window = screen_factory(session)
    session.start_agenda_item(1)
    assert _agenda_texts(window)
    window.set_blank(True)
    session.next_agenda_item()  # events while blank bring nothing back
    clock.advance(30)
    window.update_timer()
    window.resize(1920, 1080)
    qtbot.wait(10)
    assert _agenda_texts(window) == []
    everything = "\n".join(label.text() for label in window.findChildren(ScreenLabel))
    for title in (*TITLES, "Agenda", "00:"):
        assert title not in everything
    window.set_blank(False)
    assert "▶ 3. Next steps" in visible_texts(window)


def test_during_a_gate_the_agenda_makes_way_for_the_questions(qtbot, screen_factory, clock):
    session = _present(clock)
    window = screen_factory(session)
    session.start_agenda_item(1)
    view = window.meeting_view
    assert view.agenda.isVisible()
    session.propose("leroy", "health")
    qtbot.wait(10)
    assert not view.agenda.isVisible()
    assert "Agenda" not in visible_texts(window)
    assert all(question.isVisible() for question in view.gate.questions)
    assert all(light.isVisible() for light in view.lights.lights.values())
    # The header shows the current item and its timer again, out of the gate's way.
    assert view.header.agenda.text() == "2. School situation" and view.header.timer.isVisible()
    gate, lights = _box(view.gate, window), _box(view.lights, window)
    outside = [
        label
        for label in view.findChildren(ScreenLabel)
        if label.isVisible()
        and not (view.gate.isAncestorOf(label) or view.lights.isAncestorOf(label))
    ]
    assert outside
    for label in outside:
        assert not _box(label, window).intersects(gate), label.text()
        assert not _box(label, window).intersects(lights), label.text()
    session.cancel_draft()
    assert view.agenda.isVisible() and not view.header.timer.isVisible()


def test_the_chair_keeps_its_layout_when_the_person_is_not_here(screen_factory, clock) -> None:
    session = make_session(clock, Participation.ABSENT)
    session.open()
    session.start_agenda_item(0)
    window = screen_factory(session)
    view = window.meeting_view
    assert view.chair.isVisible() and not view.agenda.isVisible()
    assert view.header.agenda.text() == "1. Opening"
    session.set_participation(Participation.PRESENT)
    assert view.agenda.isVisible() and not view.chair.isVisible()


@pytest.mark.parametrize(
    "size", [(1280, 720), (1920, 1080), (3840, 2160)], ids=["720p", "1080p", "4k"]
)
@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_a_long_agenda_fits_around_the_current_item(
    qtbot, screen_factory, clock, size, theme_name
) -> None:
    items = tuple(
        AgendaItem(f"a{i}", f"Point number {i} with a rather long prepared title", 10)
        for i in range(1, 21)
    )
    session = _present(clock, items)
    window = screen_factory(session, size, theme_name=theme_name)
    session.start_agenda_item(14)
    qtbot.wait(20)
    agenda = window.meeting_view.agenda
    assert _clipped(window) == []
    assert agenda.timer.isVisible()
    shown = [label.text() for label in agenda.items if label.isVisible()]
    assert shown[0] == "▶ 15. Point number 15 with a rather long prepared title"
    assert agenda.before.text() == "… 14 earlier items"
    hidden_after = 20 - 15 - (len(shown) - 1)
    assert agenda.after.text() == (f"… {hidden_after} more items" if hidden_after else "")


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize("wording", [True, False], ids=["wording", "no-wording"])
def test_present_and_idle_is_not_clipped(qtbot, screen_factory, clock, size, theme_name, wording):
    session = make_session(clock, Participation.PRESENT)
    window = screen_factory(session, size, theme_name=theme_name)
    _run(session, gate=False, wording=wording)  # seven items shared, someone stepped out
    qtbot.wait(20)
    assert _clipped(window) == []
    assert window.meeting_view.agenda.isVisible()
    assert "▶ 2. School situation" in visible_texts(window)
