"""The shared screen on a single monitor: a preview beside the running console (issue 9)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt

from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.shared_screen import tiling

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
