"""What the facilitator changes on the console shows on the shared screen (issue 4): the wording
of shared items, switched on for this meeting from the console."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.entities import Nature
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.shared_screen import SharedScreenWindow
from desktop.ui.shared_screen.screen_labels import visible_texts
from tests.ui.console.conftest import WORDING, FakeClock


@pytest.fixture
def console(qtbot, session: MeetingSession, bridge: SessionBridge, clock: FakeClock):
    """A console over a prepared session, shown at laptop size."""
    widget = MeetingConsole(session, bridge, "en", clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def screen(qtbot, bridge: SessionBridge, clock: FakeClock) -> SharedScreenWindow:
    """The shared screen over the same session."""
    window = SharedScreenWindow(bridge, "en", clock=clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    return window


def share_one(console: MeetingConsole) -> None:
    """The meeting runs; Ben shares a health fact, Sam (not bound) stepped out, then left (while
    he is in the room, the wall never shows what he stepped out of)."""
    session = console.session
    console.opening.start.click()
    for pid in ("ann", "ben", "clara", "sam"):
        session.mark_present(pid)
    console.roll_call.begin_button.click()
    session.propose("ben", "health")
    session.step_out("sam")
    session.update_draft(
        wording=WORDING,
        nature=Nature.FACT,
        good_for_whom="the school plan",
        why="to adapt her mornings",
        empty_chair_answer="she would agree",
        could_decide_without=False,
        necessity_reason="the plan depends on it",
        in_persons_interest=True,
    )
    session.share()
    session.leave("sam")


def test_the_facilitator_shows_the_wording_from_the_console(
    qtbot, console: MeetingConsole, screen: SharedScreenWindow, session: MeetingSession
) -> None:
    share_one(console)
    box = console.centre.show_wording
    assert box.isVisibleTo(console) and not box.isChecked()
    assert not any(WORDING in text for text in visible_texts(screen))
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # from the keyboard
    assert session.meeting.show_wording_on_shared_screen
    assert f"“{WORDING}”" in visible_texts(screen)
    box.click()
    assert not session.meeting.show_wording_on_shared_screen
    assert not any(WORDING in text for text in visible_texts(screen))


def test_the_box_follows_the_session(console: MeetingConsole, session: MeetingSession) -> None:
    """A resumed meeting (or any other view) that turned the wording on shows it checked."""
    session.set_show_wording(True)
    assert console.centre.show_wording.isChecked()
    session.set_show_wording(False)
    assert not console.centre.show_wording.isChecked()
