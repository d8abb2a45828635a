"""The console in Dutch: the roll call, and the session's refusals from the gettext catalogue in
the console's language (passed down, never read from a global)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.core.entities import Presence
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.i18n import install_translators


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    assert install_translators("nl", qapp) == "nl"
    yield
    install_translators("en", qapp)


@pytest.fixture
def console(qtbot, dutch, session: MeetingSession, bridge: SessionBridge, clock):
    widget = MeetingConsole(session, bridge, "nl", clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_the_roll_call_in_dutch(qtbot, console, session) -> None:
    console.opening.start.click()
    roll_call = console.roll_call
    assert roll_call.present_button.text() == "&Aanwezig  P"
    assert roll_call.excused_button.text() == "&Verontschuldigd  E"
    roll_call.view.setFocus()
    qtbot.keyClick(roll_call.view, Qt.Key.Key_P)  # Ann present, the cursor moves to Ben
    qtbot.keyClick(roll_call.view, Qt.Key.Key_E)  # Ben excused
    presence = {pid: e.presence for pid, e in session.attendance().items()}
    assert presence["ann"] is Presence.PRESENT and presence["ben"] is Presence.EXCUSED
    assert "verontschuldigd" in roll_call.model.index(1).data()


def test_a_refusal_of_the_session_is_told_in_dutch(qtbot, console, session) -> None:
    console.opening.start.click()
    for pid in ("ann", "ben", "clara", "sam"):
        session.mark_present(pid)
    console.roll_call.begin_button.click()
    room = console.room
    room.view.setCurrentIndex(room.view.model().index(0, 0))
    room.arrive_action.setEnabled(True)  # as if the list were a moment behind the session
    with qtbot.waitSignal(room.problem) as told:
        room.arrive_action.trigger()  # Ann is already in the room
    assert told.args[0] == "Ann Martin is aanwezig: overschakelen naar 'aanwezig' kan niet"
