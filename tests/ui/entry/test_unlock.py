"""Unlock: a wrong passphrase keeps the dialog and says so; the right one opens the workspace."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton

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


def test_a_message_on_several_lines_leaves_the_passphrase_field_whole(
    qtbot, workspace: Workspace
) -> None:
    # The wrong-passphrase message takes two lines in French and Dutch: the dialog grows instead
    # of squeezing the field above it to a sliver.
    path = workspace.path
    workspace.close()
    dialog = make_dialog(qtbot, path)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.passphrase_edit
    whole = field.height()
    dialog.message.show_error(" ".join(["This sentence wraps onto several lines."] * 8))
    qtbot.wait(10)
    assert field.height() >= whole
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())


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


def type_into_window(dialog: UnlockDialog, text: str) -> None:
    """Type as the keyboard does: into the window, wherever its focus is."""
    handle = dialog.windowHandle()
    for character in text:
        QTest.keyClick(handle, character)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialog shows on screen
def test_enter_submits_again_after_a_wrong_passphrase(qtbot, workspace: Workspace) -> None:
    """Shown modal, as at startup: the first Enter tries a wrong passphrase; once that failed,
    the dialog's default button must still be Unlock, so the second Enter opens it."""
    path = workspace.path
    workspace.close()
    dialog = make_dialog(qtbot, path)
    steps: list[object] = []

    def first() -> None:
        type_into_window(dialog, "wrong")
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)

    def second() -> None:
        if steps:
            return
        steps.append([b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()])
        type_into_window(dialog, "a long test phrase")
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)

    dialog.attemptFinished.connect(lambda: QTimer.singleShot(0, second))
    QTimer.singleShot(0, first)
    guard = QTimer(dialog)  # never hang the suite (it dies with the dialog)
    guard.setSingleShot(True)
    guard.timeout.connect(dialog.reject)
    guard.start(15000)
    dialog.exec()
    assert steps == [["&Unlock"]]
    assert dialog.choice is UnlockChoice.OPENED
    dialog.workspace.close()


def test_the_passphrase_can_be_shown_and_caps_lock_is_noticed(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "x.emptychair")
    field = dialog.passphrase
    assert dialog.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password
    field.show_button.click()
    assert field.is_shown() and dialog.passphrase_edit.echoMode() is QLineEdit.EchoMode.Normal
    assert "Hide" in field.show_button.text()
    field.show_button.click()
    assert not field.is_shown()

    assert field.caps_warning.isHidden()
    QTest.keyClick(dialog.passphrase_edit, "D")  # an upper-case letter without Shift
    assert field.caps_lock_on() and not field.caps_warning.isHidden()
    QTest.keyClick(dialog.passphrase_edit, "e")  # typed the ordinary way again
    assert not field.caps_lock_on() and field.caps_warning.isHidden()
    QTest.keyClick(dialog.passphrase_edit, "m", Qt.KeyboardModifier.ShiftModifier)
    assert field.caps_lock_on()  # Shift gave a lower-case letter
    QTest.keyClick(dialog.passphrase_edit, "4")  # not a letter: says nothing either way
    assert field.caps_lock_on()
    assert dialog.passphrase_edit.text() == "Dem4"


@pytest.mark.parametrize(
    ("text", "shift", "caps"),
    [
        ("a", False, False),
        ("A", True, False),
        ("A", False, True),
        ("a", True, True),
        ("é", False, False),
        ("É", False, True),
        ("1", False, None),
        ("", False, None),
    ],
)
def test_caps_lock_is_read_from_the_letters_typed(text: str, shift: bool, caps: bool) -> None:
    from desktop.ui.widgets.passphrase_field import caps_lock_from

    assert caps_lock_from(text, shift) is caps
