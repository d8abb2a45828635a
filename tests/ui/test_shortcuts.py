"""Help ▸ Keyboard shortcuts lists every key the app answers, the meeting's included, from one
list (desktop/ui/widgets/shortcuts.py) that the windows cannot outgrow unseen (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets import shortcuts as keys
from desktop.ui.widgets.shortcuts import ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def keys_answered(window: MainWindow) -> set[str]:
    """Every key sequence of a QShortcut or a QAction in ``window`` (console included)."""
    found: set[str] = set()
    for shortcut in window.findChildren(QShortcut):
        found |= {k.toString() for k in [shortcut.key()] if not k.isEmpty()}
    for action in window.findChildren(QAction):
        found |= {k.toString() for k in action.shortcuts() if not k.isEmpty()}
    return found


def test_every_key_of_the_window_and_the_running_meeting_is_listed(qtbot, demo: Workspace) -> None:
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    prepared = next(m for m in demo.meetings() if m.state.value == "prepared")
    assert window.running.open_meeting(prepared.id)
    try:
        answered = keys_answered(window)
        # The console, the roll call, the room and the gate are all there.
        assert {"Ctrl+D", "F12", "Ctrl+W", "P", "A", "O", "Ctrl+Return", "Esc"} <= answered
        assert answered - keys.listed_keys() == set()
    finally:
        window.running.finish()


def test_the_window_takes_its_keys_from_the_list(qtbot, demo: Workspace) -> None:
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    assert window.prepare_action.shortcut() == QKeySequence(keys.PREPARE_MEETING)
    assert window.safety.lock_action.shortcut() == QKeySequence(keys.LOCK)
    assert window.shortcuts_action.shortcut() == QKeySequence(keys.SHORTCUTS_HELP)


def test_the_dialog_shows_the_meeting_keys_grouped_by_place(qtbot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    headings = [keys_text for keys_text, what in rows if not what]
    assert headings[:3] == ["Main window", "Lists (Meetings, Directory, People)", "Meeting console"]
    what = {text: keys_text for keys_text, text in rows if text}
    assert what["Blank the shared screen, or show it again"] == "F12"
    assert what["Lock Empty Chair now"] == "Ctrl+L"
    assert what["Propose a disclosure (opens the gate)"] == "Ctrl+D"
    assert what["Share (when every condition is met)"] == "Ctrl+Return or Ctrl+Enter"
    assert len([r for r in rows if r[1]]) == len(keys.SHORTCUTS)
