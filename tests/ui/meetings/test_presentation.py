"""The shared screen on a single monitor: a preview beside the running console (issue 9)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt

from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.shared_screen import tiling
from desktop.ui.widgets import recent

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LAPTOP = QRect(0, 0, 1366, 768)


@pytest.fixture
def window(qtbot, demo: Workspace) -> Iterator[MainWindow]:
    """The main window with the demo's prepared meeting running (one monitor)."""
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    window.resize(1280, 740)
    window.show()
    meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
    assert window.running.open_meeting(meeting.id)
    console = window.running.console
    console.start_roll_call()
    console.begin()
    yield window
    window.running.finish()


def test_one_monitor_gives_a_preview_beside_the_console(window: MainWindow, monkeypatch) -> None:
    placed: list[tuple[object, object, QRect]] = []
    monkeypatch.setattr(
        tiling,
        "tile_beside",
        lambda console, preview, area: placed.append((console, preview, area)),
    )
    window.presentation_action.trigger()
    screen = window.running.shared_screen
    assert placed == [(window, screen, window.screen().availableGeometry())]
    assert screen.isVisible() and not screen.isFullScreen()


def test_the_running_console_and_its_preview_fit_a_laptop_side_by_side(window: MainWindow) -> None:
    window.presentation_action.trigger()
    screen = window.running.shared_screen
    tiling.tile_beside(window, screen, LAPTOP)
    assert not window.frameGeometry().intersects(screen.frameGeometry())
    assert LAPTOP.contains(window.frameGeometry()) and LAPTOP.contains(screen.frameGeometry())
    assert window.width() >= window.minimumSizeHint().width()


def test_the_window_gets_its_size_back_after_the_meeting(window: MainWindow) -> None:
    before = window.geometry()
    window.presentation_action.trigger()
    assert window.geometry() != before  # it made room for the preview
    window.running.finish()
    assert window.geometry() == before


def test_f11_on_the_console_puts_the_shared_screen_full_screen_and_back(
    qtbot, window: MainWindow
) -> None:
    """The shared screen never takes the keyboard: F11 pressed on the console toggles it."""
    console = window.running.console
    console.centre.propose_button.setFocus()
    qtbot.keyClick(console.centre.propose_button, Qt.Key.Key_F11)
    screen = window.running.shared_screen
    assert screen is not None and screen.isVisible()  # F11 first shows it
    qtbot.keyClick(console.centre.propose_button, Qt.Key.Key_F11)
    assert screen.isFullScreen()
    qtbot.keyClick(console.centre.propose_button, Qt.Key.Key_F11)
    assert screen.isVisible() and not screen.isFullScreen()


def test_the_meeting_menu_chooses_the_dark_shared_screen_and_remembers_it(
    qtbot, demo: Workspace, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 4's dark theme is the team's choice (a dim room), kept for the next meetings."""
    monkeypatch.setattr(recent, "_memory", {})  # what this test remembers stays here
    window.presentation_action.trigger()
    screen = window.running.shared_screen
    assert screen.theme_name() == "light" and not window.dark_screen_action.isChecked()
    window.dark_screen_action.trigger()
    assert screen.theme_name() == "dark"
    window.running.finish()
    # The next meeting, in a new window, opens its shared screen dark.
    again = MainWindow(demo, "en")
    qtbot.addWidget(again)
    assert again.dark_screen_action.isChecked()
    meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
    assert again.running.open_meeting(meeting.id)
    again.presentation_action.trigger()
    assert again.running.shared_screen.theme_name() == "dark"
    again.dark_screen_action.trigger()
    assert again.running.shared_screen.theme_name() == "light"
    again.running.finish()


def test_the_meeting_menu_chooses_the_monitor_of_the_shared_screen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 4: "choose the monitor". The automatic choice (a monitor other than the main one)
    is wrong when the projector is the main monitor; the menu lists every monitor."""
    window.presentation_action.trigger()
    screen = window.running.shared_screen
    assert not screen.isFullScreen()  # one monitor: the preview beside the console
    menu = window.screens_menu
    menu.aboutToShow.emit()
    (mine,) = menu.actions()  # the offscreen platform has one monitor
    assert mine.isChecked() and "the console's" in mine.text()
    # The console moves to a monitor of its own: this one is now another monitor, chosen.
    monkeypatch.setattr(window, "screen", lambda: None)
    menu.aboutToShow.emit()
    (other,) = menu.actions()
    assert "the console's" not in other.text()
    other.trigger()
    assert screen.isVisible() and screen.isFullScreen()  # full screen on the chosen monitor
    monkeypatch.undo()
    menu.aboutToShow.emit()
    (mine,) = menu.actions()
    mine.trigger()
    assert screen.isVisible() and not screen.isFullScreen()  # back beside the console


def test_beside_the_preview_the_console_still_reads_the_not_shared_count(
    qtbot, window: MainWindow
) -> None:
    """On a 1366-pixel laptop the console gives room to the preview: its count of items not
    shared and the correction buttons under the list keep their whole text."""
    window.presentation_action.trigger()
    tiling.tile_beside(window, window.running.shared_screen, LAPTOP)
    qtbot.wait(10)
    centre = window.running.console.centre
    for widget in (centre.not_shared, centre.correct_button, centre.withdraw_button):
        assert widget.width() >= widget.sizeHint().width(), widget.text()


def test_beside_the_preview_the_dutch_console_keeps_its_propose_button_whole(
    qtbot, qapp, demo: Workspace
) -> None:
    """The Dutch "Informatie-uitwisseling voorstellen" and "Moreel beraad…" do not fit side by
    side in the narrow column: the second goes under the first rather than cut both."""
    from desktop.ui.i18n import install_translators

    install_translators("nl", qapp)
    try:
        window = MainWindow(demo, "nl")
        qtbot.addWidget(window)
        window.show()
        meeting = next(m for m in demo.meetings() if m.state.value == "prepared")
        assert window.running.open_meeting(meeting.id)
        console = window.running.console
        console.start_roll_call()
        console.begin()
        window.presentation_action.trigger()
        tiling.tile_beside(window, window.running.shared_screen, LAPTOP)
        qtbot.wait(10)
        centre = console.centre
        for button in (centre.propose_button, centre.deliberate_button):
            assert button.width() >= button.sizeHint().width(), button.text()
        window.running.finish()
    finally:
        install_translators("en", qapp)
