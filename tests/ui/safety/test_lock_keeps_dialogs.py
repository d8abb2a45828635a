"""Locking keeps the open dialogs: they leave the screen with what was typed in them and come
back as they were after the passphrase, a modal dialog's ``exec()`` going on (issue 6; DESIGN.md
§7: an input loses nothing)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.safety.idle_lock import InactivityLock
from desktop.ui.safety.lock_screen import LockController


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


Locked = tuple[MainWindow, LockController, FakeClock]


def _on_screen(window: MainWindow) -> list[QWindow]:
    """The windows on screen other than the main window."""
    return [
        w
        for w in QGuiApplication.topLevelWindows()
        if w.isVisible() and w is not window.windowHandle()
    ]


def _texts_in_view(window: MainWindow) -> str:
    """The text of the fields drawn in the main window itself (not in its dialogs)."""

    def drawn(widget: QLineEdit | QPlainTextEdit) -> bool:
        return widget.isVisible() and widget.window() is window

    fields = [f.text() for f in window.findChildren(QLineEdit) if drawn(f)]
    notes = [f.toPlainText() for f in window.findChildren(QPlainTextEdit) if drawn(f)]
    return "\n".join(fields + notes)


def _unlock(qtbot, controller: LockController) -> None:
    """Type the passphrase as the keyboard does, through the main window: a modal dialog
    still blocking the window would swallow these keys."""
    handle = controller.window.windowHandle()
    for key in (Qt.Key.Key_D, Qt.Key.Key_E, Qt.Key.Key_M, Qt.Key.Key_O):
        QTest.keyClick(handle, key)
    assert controller.screen.passphrase_edit.text() == "demo"
    with qtbot.waitSignal(controller.unlocked, timeout=10000):
        QTest.keyClick(handle, Qt.Key.Key_Return)


@pytest.fixture
def locked_window(qtbot, qapp, demo: Workspace) -> Iterator[Locked]:
    """The demo's main window with the inactivity lock on a fake clock (not locked yet)."""
    clock = FakeClock()
    lock = InactivityLock(5, clock=clock)
    window = MainWindow(demo, "en", inactivity=lock)
    qtbot.addWidget(window)
    window.show()
    controller = window.safety.lock
    try:
        yield window, controller, clock
    finally:
        qapp.removeEventFilter(lock)


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_a_half_filled_modal_dialog_survives_the_lock(qtbot, locked_window: Locked) -> None:
    window, controller, clock = locked_window
    failures: list[BaseException] = []
    seen: dict[str, object] = {}

    def scenario() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, PersonDialog)
            qtbot.keyClicks(dialog.name_edit, "Mira Fictive")
            qtbot.keyClicks(dialog.wishes_edit, "Wants to stay near her school")
            clock.now += 5 * 60
            controller.inactivity.check()  # the delay has passed: the console locks
            assert controller.is_locked
            assert _on_screen(window) == []  # the dialog is off every screen
            assert "Mira" not in _texts_in_view(window)
            assert "Wants" not in _texts_in_view(window)
            assert not dialog.isEnabled()
            # The lock screen is above the dialog (it takes the passphrase) ...
            assert QApplication.activeModalWidget() is window
            seen["grab"] = window.grab().toImage()
            _unlock(qtbot, controller)
            # ... and after the passphrase the dialog is back, as it was, modal again.
            assert dialog.windowHandle().isVisible() and dialog.isEnabled()
            assert QApplication.activeModalWidget() is dialog
            assert dialog.name_edit.text() == "Mira Fictive"
            assert dialog.wishes_edit.toPlainText() == "Wants to stay near her school"
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # accepted as usual
        except BaseException as error:  # reported after exec() returns
            failures.append(error)
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, scenario)
    person = PersonDialog.edit(window)
    if failures:
        raise failures[0]
    assert person is not None and person.name == "Mira Fictive" and person.alias == "M.F."
    assert person.known_wishes == "Wants to stay near her school"
    assert not controller.is_locked and window.windowModality() == Qt.WindowModality.NonModal


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_dialogs_opened_before_or_during_the_lock_wait_for_the_passphrase(
    qtbot, locked_window: Locked
) -> None:
    window, controller, _clock = locked_window
    before = QDialog(window)
    field = QLineEdit(before)
    before.show()
    qtbot.keyClicks(field, "typed before")
    notice = QMessageBox(QMessageBox.Icon.Information, "Person's record", "record-MF.pdf saved")
    try:
        controller.lock()
        assert before.isVisible() and _on_screen(window) == []  # hidden, not closed
        notice.setParent(window, notice.windowFlags())
        notice.open()  # e.g. the end of a background job, while locked
        qtbot.wait(10)
        assert _on_screen(window) == [] and QApplication.activeModalWidget() is window
        qtbot.keyClicks(controller.screen.passphrase_edit, "wrong")
        with qtbot.waitSignal(controller.unlockFailed, timeout=10000):
            qtbot.keyClick(controller.screen.passphrase_edit, Qt.Key.Key_Return)
        assert _on_screen(window) == []  # a wrong passphrase shows nothing
        _unlock(qtbot, controller)
        shown = set(_on_screen(window))
        assert shown == {before.windowHandle(), notice.windowHandle()}
        assert field.text() == "typed before" and before.isEnabled()
        assert QApplication.activeModalWidget() is notice
        notice.accept()
        before.accept()
    finally:  # a failure above must not leave a modal dialog behind for the next test
        controller.dialogs.show_all()
        for dialog in (notice, before):
            if dialog.isVisible():
                dialog.done(dialog.result())
    assert before.result() == QDialog.DialogCode.Accepted


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_a_dialog_opened_over_a_dialog_stays_on_top_after_the_lock(
    qtbot, locked_window: Locked
) -> None:
    window, controller, _clock = locked_window
    failures: list[BaseException] = []
    answers: list[QMessageBox.StandardButton] = []

    def in_the_question() -> None:
        question = QApplication.activeModalWidget()
        try:
            assert isinstance(question, QMessageBox)
            controller.lock()
            assert _on_screen(window) == [] and QApplication.activeModalWidget() is window
            _unlock(qtbot, controller)
            assert QApplication.activeModalWidget() is question  # still the one on top
            assert question.windowHandle().isVisible()
        except BaseException as error:  # reported after exec() returns
            failures.append(error)
        if question is not None:
            question.accept()

    def in_the_person_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, PersonDialog)
            qtbot.keyClicks(dialog.name_edit, "Noa Imaginaire")
            question = QMessageBox(QMessageBox.Icon.Question, "Sure?", "Keep?", parent=dialog)
            question.setStandardButtons(QMessageBox.StandardButton.Ok)
            QTimer.singleShot(0, in_the_question)
            answers.append(QMessageBox.StandardButton(question.exec()))
            assert QApplication.activeModalWidget() is dialog
            assert dialog.name_edit.text() == "Noa Imaginaire"
        except BaseException as error:  # reported after exec() returns
            failures.append(error)
        if dialog is not None:
            dialog.accept()

    QTimer.singleShot(0, in_the_person_dialog)
    person = PersonDialog.edit(window)
    if failures:
        raise failures[0]
    assert person is not None and person.name == "Noa Imaginaire" and len(answers) == 1
