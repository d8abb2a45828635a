"""The shared screen's controls for the console: blank, theme, screens, full screen, timer."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.entities import Participation, Person
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen import SharedScreenWindow, pick_secondary_screen
from desktop.ui.shared_screen.screen_labels import ScreenLabel, visible_texts
from desktop.ui.shared_screen.theme import DARK, LIGHT
from tests.ui.focus_helpers import force_focus
from tests.ui.shared_screen.conftest import DIRECTORY, PERSON, FakeClock, make_session


def _open(session: MeetingSession) -> MeetingSession:
    session.open()
    for professional in DIRECTORY:
        session.mark_present(professional.id)
    return session


def test_blank_swaps_the_whole_screen_and_says_so(qtbot, screen_factory, session) -> None:
    window = screen_factory(_open(session))
    with qtbot.waitSignal(window.blankChanged) as blocker:
        window.set_blank(True)
    assert blocker.args == [True]
    assert window.is_blank()
    assert visible_texts(window) == ["Meeting paused", "Meeting paused"]
    with qtbot.assertNotEmitted(window.blankChanged):
        window.set_blank(True)  # already blank: nothing changes
    with qtbot.waitSignal(window.blankChanged) as blocker:
        window.set_blank(False)
    assert blocker.args == [False]
    assert "Case conference · J.D." in visible_texts(window)


def test_the_curtain_paints_nothing_of_the_case(screen_factory, clock: FakeClock) -> None:
    """Two different meetings, blanked, give the very same picture."""
    other_person = Person("other", "Kim Autrefictif", "K.A.", known_wishes="Wants a bike")
    first = screen_factory(_open(make_session(clock)))
    second = screen_factory(_open(make_session(clock, Participation.PRESENT, other_person)))
    assert first.grab().toImage() != second.grab().toImage()
    first.set_blank(True)
    second.set_blank(True)
    assert first.grab().toImage() == second.grab().toImage()


def test_closing_the_meeting_blanks_the_screen_until_lifted(screen_factory, session) -> None:
    window = screen_factory(_open(session))
    session.close()
    assert window.is_blank()
    window.set_blank(False)
    assert "Case conference · J.D." in visible_texts(window)


def test_a_closed_meeting_opens_blank(screen_factory, session) -> None:
    _open(session).close()
    window = screen_factory(session)
    assert window.is_blank()


def test_theme_switch_recolours_every_text(screen_factory, session) -> None:
    window = screen_factory(_open(session))
    for palette in (DARK, LIGHT):
        window.set_theme(palette.name)
        assert window.theme_name() == palette.name
        assert window.palette().color(QPalette.ColorRole.Window) == QColor(palette.background)
        for label in window.findChildren(ScreenLabel):
            expected = QColor(palette.text_colours()[label.tone])
            assert label.palette().color(QPalette.ColorRole.WindowText) == expected
    with pytest.raises(ValueError):
        window.set_theme("neon")


def test_timer_counts_the_agenda_item_and_shows_overtime(qtbot, screen_factory, session, clock):
    window = screen_factory(_open(session))
    header = window.meeting_view.header
    assert not header.timer.isVisible()  # no agenda item started yet
    session.start_agenda_item(1)
    clock.advance(4 * 60 + 12)
    window.update_timer()
    assert header.timer.text() == "04:12 / 15:00"
    assert header.timer.tone == "text" and not header.overtime.isVisible()
    clock.advance(12 * 60)
    # The window's own timer ticks every second.
    qtbot.waitUntil(lambda: header.timer.text() == "16:12 / 15:00", timeout=3000)
    assert header.timer.tone == "overtime"
    assert header.overtime.text() == "+01:12 over time"
    assert "2. School situation" in visible_texts(window)


def test_typed_text_is_shown_literally_and_kept_short(screen_factory, clock) -> None:
    person = dataclasses.replace(PERSON, alias="<b>J&D</b>", known_wishes="x" * 100_000)
    session = make_session(clock, person=person)
    window = screen_factory(_open(session))
    session.propose("leroy", "health")
    labels = window.findChildren(ScreenLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert "Case conference · <b>J&D</b>" in visible_texts(window)
    assert max(len(text) for text in visible_texts(window)) < 400


def test_show_on_a_screen_is_full_screen_and_none_is_presentation_mode(screen_factory, session):
    window = screen_factory(_open(session))
    screen = QApplication.primaryScreen()
    window.show_on(screen)
    assert window.isFullScreen()
    window.toggle_full_screen()
    assert not window.isFullScreen()
    window.show_on(None)
    assert window.isVisible() and not window.isFullScreen()
    area = screen.availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_f11_toggles_full_screen_should_the_window_get_the_keyboard(
    qtbot, screen_factory, session
) -> None:
    window = screen_factory(_open(session))
    force_focus(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()


class _Screens:
    """Stands for a QGuiApplication with the given screens."""

    def __init__(self, *screens: object) -> None:
        self._screens = list(screens)

    def screens(self) -> list[object]:
        return self._screens

    def primaryScreen(self) -> object:
        return self._screens[0]


def test_pick_secondary_screen() -> None:
    laptop, projector = object(), object()
    assert pick_secondary_screen(_Screens(laptop)) is None  # type: ignore[arg-type]
    assert pick_secondary_screen(_Screens(laptop, projector)) is projector  # type: ignore[arg-type]


def test_pick_secondary_screen_on_this_machine(qapp) -> None:
    screens = qapp.screens()
    picked = pick_secondary_screen(qapp)
    assert picked is (screens[1] if len(screens) > 1 else None)


def test_the_window_follows_the_session_it_was_built_on(screen_factory, session) -> None:
    window = screen_factory(session)
    assert isinstance(window, SharedScreenWindow)
    assert window.session is session
    assert any("nobody yet" in text for text in visible_texts(window))
    _open(session)
    assert any("In the room (5)" in text for text in visible_texts(window))


def test_policy_texts_follow_the_ui_language(qtbot, clock) -> None:
    from desktop.ui.bridge import SessionBridge

    session = _open(make_session(clock))
    bridge = SessionBridge(session)
    window = SharedScreenWindow(bridge, "fr", clock=clock)
    qtbot.addWidget(window)
    window.show()
    session.propose("leroy", "health")
    texts = visible_texts(window)
    assert "Qu'aurait voulu J.D. ?" in texts
    assert "Qu'est-ce qui est bon pour qui ?" in texts
    assert any(text.endswith(" Accord") for text in texts)
    bridge.detach()


def test_a_corrected_or_withdrawn_item_shows_as_it_now_stands(screen_factory, session) -> None:
    """Issue 11: the shared screen follows corrections before close, like every other event."""
    window = screen_factory(_open(session))
    session.set_show_wording(True)
    session.leave("peeters")  # gone: the room left received the item, and may read it
    session.propose("leroy", "health")
    session.update_draft(
        wording="Sleeps badly since March",
        good_for_whom="J.",
        why="The plan",
        empty_chair_answer="She agreed",
        could_decide_without=False,
        necessity_reason="Needed",
    )
    item = session.share()
    assert any("Sleeps badly since March" in text for text in visible_texts(window))
    session.correct_wording(item.id, "Sleeps badly; her GP follows it", by="leroy")
    texts = visible_texts(window)
    assert any("her GP follows it" in text for text in texts)
    assert not any("since March" in text for text in texts)
    session.withdraw(item.id, by="martin")
    assert not any("her GP follows it" in text for text in visible_texts(window))
    assert "Nothing has been shared yet." in visible_texts(window)
