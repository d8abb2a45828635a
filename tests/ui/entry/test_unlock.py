"""Unlock: a wrong passphrase keeps the dialog and says so; the right one opens the workspace."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.storage.workspace import Workspace
from desktop.ui.entry.unlock import UnlockChoice, UnlockDialog


def make_dialog(qtbot, path: Path, open_workspace=Workspace.open) -> UnlockDialog:
    dialog = UnlockDialog(None, path=path, open_workspace=open_workspace, lang="en")
    qtbot.addWidget(dialog)
    return dialog


def unlock(qtbot, dialog: UnlockDialog) -> None:
    """Press Unlock and wait for the workspace to open or not, off the GUI thread."""
    with qtbot.waitSignal(dialog.attemptFinished, timeout=10000):
        dialog.accept()
    assert not dialog.is_busy()


def test_wrong_passphrase_then_right_one(qtbot, workspace: Workspace) -> None:
    path = workspace.path
    workspace.close()
    dialog = make_dialog(qtbot, path)
    dialog.passphrase_edit.setText("not the phrase")
    unlock(qtbot, dialog)
    assert dialog.result() == 0 and dialog.workspace is None
    assert "does not open" in dialog.message.text()
    assert dialog.passphrase_edit.text() == ""
    dialog.passphrase_edit.setText("a long test phrase")
    unlock(qtbot, dialog)
    assert dialog.choice is UnlockChoice.OPENED
    assert dialog.workspace.settings().name == "Service Horizon (fictional)"
    dialog.workspace.close()


def test_empty_passphrase_and_missing_file_are_explained(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "gone.emptychair")
    dialog.accept()
    assert "Type the workspace's passphrase" in dialog.message.text()
    dialog.passphrase_edit.setText("whatever")
    unlock(qtbot, dialog)
    assert dialog.result() == 0
    assert "not an Empty Chair workspace" in dialog.message.text()


def test_demo_and_create_choices_close_the_dialog(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "x.emptychair")
    dialog.choose_demo()
    assert dialog.choice is UnlockChoice.DEMO
    other = make_dialog(qtbot, tmp_path / "x.emptychair")
    other.choose_create()
    assert other.choice is UnlockChoice.CREATE


def test_another_workspace_can_be_chosen(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "a.emptychair")
    dialog.passphrase_edit.setText("typed")
    dialog.set_path(tmp_path / "b.emptychair")
    assert dialog.path_label.text().endswith("b.emptychair")
    assert dialog.passphrase_edit.text() == ""


def slow_open(seconds: float = 0.6):
    """``Workspace.open`` slowed down, recording the thread it ran on."""
    threads: list[threading.Thread] = []
    real_open = Workspace.open

    def open_slowly(path: Path, passphrase: str) -> Workspace:
        threads.append(threading.current_thread())
        time.sleep(seconds)
        return real_open(path, passphrase)

    return open_slowly, threads


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialog shows on screen
@pytest.mark.parametrize(
    ("phrase", "opens"), [("a long test phrase", True), ("not the phrase", False)]
)
def test_opening_leaves_the_gui_thread_free(
    qtbot, workspace: Workspace, monkeypatch, phrase: str, opens: bool
) -> None:
    path = workspace.path
    workspace.close()
    open_slowly, threads = slow_open()
    monkeypatch.setattr(Workspace, "open", staticmethod(open_slowly))
    dialog = make_dialog(qtbot, path, open_workspace=Workspace.open)
    dialog.show()
    ticks: list[float] = []
    timer = QTimer(dialog)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    dialog.passphrase_edit.setText(phrase)
    with qtbot.waitSignal(dialog.attemptFinished, timeout=10000):
        dialog.accept()
        # While it opens: the dialog says so and nothing can be pressed or typed twice.
        assert dialog.is_busy() and not dialog.busy_indicator.isHidden()
        assert "Opening" in dialog.busy_indicator.label.text()
        assert not dialog.passphrase_edit.isEnabled() and not dialog.unlock_button.isEnabled()
        dialog.reject()  # Escape while opening does not leave an open workspace behind
        assert dialog.isVisible()
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(ticks) >= 5  # the GUI thread kept turning during the 0.6 s
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.4
    assert dialog.busy_indicator.isHidden() and dialog.passphrase_edit.isEnabled()
    if opens:
        assert dialog.choice is UnlockChoice.OPENED and dialog.result() == 1
        assert dialog.workspace.settings().name == "Service Horizon (fictional)"  # GUI thread
        dialog.workspace.close()
    else:
        assert dialog.workspace is None and dialog.result() == 0
        assert "does not open" in dialog.message.text()
        assert dialog.passphrase_edit.text() == "" and dialog.unlock_button.isEnabled()
        assert dialog.passphrase_edit.hasFocus()
