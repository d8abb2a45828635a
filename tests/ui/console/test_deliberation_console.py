"""A structured deliberation from the console, by keyboard: Ctrl+E starts it on a question,
Ctrl+PgDown / Ctrl+PgUp walk the steps, a note per step, Ctrl+M takes a note as the conclusion,
Ctrl+Enter concludes (the decision made from the conclusion, or linked), Esc ends it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.events import SessionEvent
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.console.deliberation_dialogs import ConclusionDialog, StartDeliberationDialog
from tests.ui.console.conftest import FakeClock

QUESTION = "Should we tell the school why J. is tired?"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def console(qtbot, session: MeetingSession, bridge: SessionBridge, clock: FakeClock):
    widget = MeetingConsole(session, bridge, "en", conduct_rule="Secrecy is the rule.", clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def run(console: MeetingConsole) -> None:
    console.opening.start.click()
    for pid in ("ann", "ben", "clara", "sam"):
        console.session.mark_present(pid)
    console.roll_call.begin_button.click()


def answering(dialog_type: type, answer: Callable[[object], None]) -> list[object]:
    """Answer the next modal dialog of ``dialog_type`` with ``answer`` (it runs in exec())."""
    seen: list[object] = []

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialog_type), dialog
        seen.append(dialog)
        try:
            answer(dialog)
        except BaseException:
            dialog.reject()  # never leave the test waiting in exec()
            raise

    QTimer.singleShot(0, respond)
    return seen


def start_by_keyboard(qtbot, console: MeetingConsole, question: str = QUESTION) -> None:
    def type_question(dialog: StartDeliberationDialog) -> None:  # type: ignore[override]
        assert dialog.focusWidget() is dialog.question  # typing starts in the question
        qtbot.keyClicks(dialog.question, question)
        qtbot.keyClick(dialog.question, Qt.Key.Key_Return)

    answering(StartDeliberationDialog, type_question)  # type: ignore[arg-type]
    qtbot.keyClick(console.centre.propose_button, Qt.Key.Key_E, CTRL)
    reactivate(qtbot, console)


def reactivate(qtbot, console: MeetingConsole) -> None:
    """The console active again after a dialog (the offscreen platform does not do it)."""
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)


def test_ctrl_e_waits_for_the_roll_call(qtbot, console: MeetingConsole) -> None:
    qtbot.keyClick(console, Qt.Key.Key_E, CTRL)
    assert "after the roll call" in console.message.text()
    assert console.session.deliberation is None


def test_nothing_leaves_the_console_while_the_question_is_typed(
    qtbot, console: MeetingConsole, session: MeetingSession
) -> None:
    run(console)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    typed: list[int] = []

    def type_then_cancel(dialog: StartDeliberationDialog) -> None:  # type: ignore[override]
        qtbot.keyClicks(dialog.question, QUESTION)
        typed.append(len(events))
        dialog.reject()

    answering(StartDeliberationDialog, type_then_cancel)  # type: ignore[arg-type]
    console.centre.deliberate_button.click()
    assert typed == [0] and events == [] and session.deliberation is None


def test_a_whole_deliberation_by_keyboard(
    qtbot, console: MeetingConsole, session: MeetingSession
) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    panel = console.deliberation
    deliberation = session.deliberation
    assert deliberation is not None and deliberation.question == QUESTION
    assert console.centre.stack.currentWidget() is panel
    qtbot.waitUntil(panel.notes.hasFocus)  # typing starts in the first step's notes
    assert panel.progress.text() == "Step 1 of 7" and panel.step_title.text() == "The facts"
    assert "What do we know for sure" in panel.guiding.text()

    qtbot.keyClicks(panel.notes, "Late four mornings out of five")
    qtbot.keyClick(panel.notes, Qt.Key.Key_PageDown, CTRL)
    assert session.deliberation.step == 1  # type: ignore[union-attr]
    assert panel.notes.toPlainText() == "" and panel.step_title.text() == "The dilemma"
    assert panel.steps_model.rows()[0].endswith("✎")  # the first step has a note
    qtbot.keyClicks(panel.notes, "Tell the school, or keep it between us")
    qtbot.keyClick(panel.notes, Qt.Key.Key_PageDown, CTRL)
    # The perspectives: the empty chair speaks (J.D. is absent).
    assert panel.chair_question.isVisibleTo(panel)
    assert panel.chair_question.text() == "What would J.D. have wanted?"
    qtbot.keyClick(panel.notes, Qt.Key.Key_PageUp, CTRL)
    assert panel.notes.toPlainText() == "Tell the school, or keep it between us"
    for _ in range(10):  # past the last step: stays on it
        qtbot.keyClick(panel.notes, Qt.Key.Key_PageDown, CTRL)
    assert session.deliberation.is_last  # type: ignore[union-attr]
    assert not panel.next_button.isEnabled()
    qtbot.keyClicks(panel.notes, "Only that she is tired")
    qtbot.keyClick(panel.notes, Qt.Key.Key_M, CTRL)
    assert panel.conclusion.hasFocus()
    assert panel.conclusion.toPlainText() == "Only that she is tired"
    qtbot.keyClicks(panel.conclusion, "; J. chooses the words")
    conclusion = "Only that she is tired; J. chooses the words"
    assert session.deliberation_notes.conclusion == conclusion  # type: ignore[union-attr]

    def conclude(dialog: ConclusionDialog) -> None:  # type: ignore[override]
        assert dialog.new.isChecked() and dialog.focusWidget() is dialog.decision_text
        assert dialog.decision_text.text() == conclusion  # made from the conclusion
        dialog.decision_text.setText("A. Martin tells the school J. is tired")
        qtbot.keyClick(dialog.decision_text, Qt.Key.Key_Return)

    answering(ConclusionDialog, conclude)  # type: ignore[arg-type]
    qtbot.keyClick(panel.conclusion, Qt.Key.Key_Return, CTRL)
    reactivate(qtbot, console)
    (concluded,) = session.deliberations
    assert concluded.conclusion == conclusion and concluded.question == QUESTION
    (decision,) = session.decisions
    assert concluded.decision_id == decision.id
    assert decision.text == "A. Martin tells the school J. is tired"
    assert session.deliberation is None
    assert console.centre.stack.currentIndex() == 0  # back to what was shared
    assert "Decision: A. Martin tells the school J. is tired" in console.records.lines()


def test_the_conclusion_can_link_a_decision_taken_before(
    qtbot, console: MeetingConsole, session: MeetingSession
) -> None:
    run(console)
    earlier = session.add_decision("J. stays at home for now")
    start_by_keyboard(qtbot, console)
    panel = console.deliberation
    qtbot.keyClicks(panel.conclusion, "Home is safe enough")

    def link(dialog: ConclusionDialog) -> None:  # type: ignore[override]
        assert dialog.existing.isEnabled()
        dialog.existing.setChecked(True)
        assert dialog.decision.currentData() == earlier.id
        dialog._try_accept()

    answering(ConclusionDialog, link)  # type: ignore[arg-type]
    qtbot.keyClick(panel.conclusion, Qt.Key.Key_Enter, CTRL)
    assert session.deliberations[0].decision_id == earlier.id
    assert session.decisions == (earlier,)


def test_concluding_without_a_conclusion_says_so(
    qtbot, console: MeetingConsole, session: MeetingSession
) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    qtbot.keyClick(console.deliberation.notes, Qt.Key.Key_Return, CTRL)
    assert "Write the conclusion the team reached first" in console.message.text()
    assert console.deliberation.conclusion.hasFocus()
    assert session.deliberation is not None


def test_escape_asks_before_forgetting_the_notes(
    qtbot, console: MeetingConsole, session: MeetingSession, monkeypatch
) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    panel = console.deliberation
    qtbot.keyClicks(panel.notes, "something said")
    answers = [False, True]
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(panel, "confirm_end", confirm)
    qtbot.keyClick(panel.notes, Qt.Key.Key_Escape)
    assert session.deliberation is not None  # "No": nothing lost
    assert panel.notes.toPlainText() == "something said"
    qtbot.keyClick(panel.notes, Qt.Key.Key_Escape)
    assert asked == [True, True]
    assert session.deliberation is None and session.deliberations == ()
    assert console.centre.stack.currentIndex() == 0


def test_a_fresh_deliberation_ends_on_escape_without_asking(
    qtbot, console: MeetingConsole, session: MeetingSession, monkeypatch
) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    monkeypatch.setattr(console.deliberation, "confirm_end", lambda: pytest.fail("asked"))
    qtbot.keyClick(console.deliberation.notes, Qt.Key.Key_Escape)
    assert session.deliberation is None


def test_the_gate_opens_over_the_deliberation_and_gives_it_back(
    qtbot, console: MeetingConsole, session: MeetingSession
) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    panel = console.deliberation
    qtbot.keyClicks(panel.notes, "a fact worth sharing")
    qtbot.keyClick(panel.notes, Qt.Key.Key_D, CTRL)
    assert console.centre.gate_is_open() and session.draft is not None
    console.gate.not_share()
    assert console.centre.stack.currentWidget() is panel
    assert panel.notes.toPlainText() == "a fact worth sharing"
    assert session.deliberation is not None
    # A second Ctrl+E comes back to the deliberation under way, it does not start another.
    qtbot.keyClick(console.room.view, Qt.Key.Key_E, CTRL)
    assert console.centre.stack.currentWidget() is panel


def test_clicking_a_step_goes_there(qtbot, console: MeetingConsole, session) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    panel = console.deliberation
    panel.steps.setCurrentIndex(panel.steps_model.index(4, 0))
    assert session.deliberation.step == 4  # type: ignore[union-attr]
    assert panel.step_title.text() == "Options"


def test_step_keys_act_only_inside_the_panel(qtbot, console: MeetingConsole, session) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    console.room.view.setFocus()
    qtbot.keyClick(console.room.view, Qt.Key.Key_PageDown, CTRL)
    assert session.deliberation.step == 0  # type: ignore[union-attr]


def test_closing_the_meeting_ends_the_deliberation(qtbot, console: MeetingConsole, session) -> None:
    run(console)
    start_by_keyboard(qtbot, console)
    qtbot.keyClicks(console.deliberation.notes, "never kept")
    session.close()
    assert session.deliberation is None
    assert console.centre.stack.currentIndex() == 0
    assert not console.centre.deliberate_button.isEnabled()


def test_the_console_offers_the_settings_default_method(
    qtbot, session: MeetingSession, bridge: SessionBridge, clock: FakeClock
) -> None:
    import dataclasses

    from desktop.core.deliberation_method import MethodShelf, load_method
    from desktop.core.entities import Localized

    dilemma = load_method()
    ours = dataclasses.replace(dilemma, id="our-round", name=Localized(en="Our round"))
    console = MeetingConsole(
        session,
        bridge,
        "en",
        clock=clock,
        methods=MethodShelf((dilemma, ours)),
        default_method="our-round",
    )
    qtbot.addWidget(console)
    console.show()
    run(console)
    offered: list[object] = []

    def look(dialog: StartDeliberationDialog) -> None:  # type: ignore[override]
        offered.append(dialog.method.currentData())
        offered.append(dialog.method.count())
        dialog.method.setCurrentIndex(dialog.method.findData("our-round"))
        dialog.question.setText(QUESTION)
        dialog._try_accept()

    answering(StartDeliberationDialog, look)  # type: ignore[arg-type]
    console.deliberate()
    assert offered == ["our-round", 2]
    assert session.deliberation is not None and session.deliberation.method.id == "our-round"
    assert console.deliberation.progress.text() == "Step 1 of 7"


def test_the_running_meeting_follows_the_settings(qtbot, demo) -> None:
    import dataclasses

    from desktop.ui.main_window import MainWindow

    demo.save_settings(dataclasses.replace(demo.settings(), deliberation_method="our-round"))
    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    prepared = next(m for m in demo.meetings() if m.state.value == "prepared")
    assert window.running.open_meeting(prepared.id)
    try:
        assert window.running.console.default_method == "our-round"
    finally:
        window.running.finish()
