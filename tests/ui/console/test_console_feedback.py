"""The console's corrections before close, its dialogs, its feedback and its summary (issue 11)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.deliberation_method import load_method
from desktop.core.entities import MeetingState, Outcome, Presence
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.console.corrections import CorrectionChoice, CorrectionDialog
from desktop.ui.console.postpone import PostponeDialog
from desktop.ui.console.records import ActionDialog, DecisionDialog
from desktop.ui.console.summary import CloseSummaryDialog
from desktop.ui.i18n import install_translators
from tests.ui.console.conftest import ANN, BEN, WORDING, FakeClock

BETTER = "Sleeps badly since March; her GP follows it."


def when_shown(kind: type, fill) -> list[BaseException]:
    """Fill the next modal dialog of ``kind`` once it shows; a failure closes it and is kept."""
    failures: list[BaseException] = []

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, respond)
            return
        try:
            fill(dialog)
        except BaseException as failure:
            failures.append(failure)
            dialog.reject()

    QTimer.singleShot(0, respond)
    return failures


@pytest.fixture
def console(qtbot, session: MeetingSession, bridge: SessionBridge, clock: FakeClock):
    widget = MeetingConsole(session, bridge, "en", clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.opening.start.click()
    for pid in ("ann", "ben", "clara", "sam"):
        session.mark_present(pid)
    widget.roll_call.begin_button.click()
    return widget


def share(session: MeetingSession, discloser: str = "ben", step_out: bool = True) -> str:
    """A health item from Ben, Sam stepping out for it."""
    session.propose(discloser, "health")
    if step_out:
        session.step_out("sam")
    session.update_draft(
        wording=WORDING,
        good_for_whom="For J.",
        why="The school plan",
        empty_chair_answer="She would agree",
        could_decide_without=False,
        necessity_reason="It depends on it",
    )
    return session.share().id


# --- Corrections ---------------------------------------------------------------------------------


def test_the_wording_is_corrected_from_the_shared_list(qtbot, console, session) -> None:
    item = share(session)
    centre = console.centre
    assert centre.correct_button.isEnabled() and centre.selected_id() == item
    asked: dict[str, object] = {}

    def answer(**options: object) -> CorrectionChoice:
        asked.update(options)
        return CorrectionChoice("ben", BETTER)

    centre.ask_correction = answer  # type: ignore[method-assign]
    centre.view.setFocus()
    qtbot.keyClick(centre.view, Qt.Key.Key_F2)
    assert asked["withdraw"] is False and asked["wording"] == WORDING
    assert asked["askers"] == [("ben", BEN.label()), ("ann", ANN.label())]
    assert [i.wording for i in session.shared] == [BETTER]
    assert BETTER in centre.model.index(0).data()


def test_an_item_is_withdrawn_and_its_decision_no_longer_rests_on_it(qtbot, console, session):
    item = share(session)
    session.add_decision("Adapt her mornings", [item])
    centre = console.centre
    centre.ask_correction = lambda **o: CorrectionChoice("ann")  # type: ignore[method-assign]
    centre.view.setFocus()
    qtbot.keyClick(centre.view, Qt.Key.Key_Delete)
    assert session.shared == () and session.withheld[0].outcome is Outcome.NOT_SHARED
    assert centre.model.rowCount() == 0 and "not shared: 1" in centre.not_shared.text()
    assert session.decisions[0].item_ids == ()
    assert not centre.withdraw_button.isEnabled()  # nothing left to withdraw


def test_the_correction_dialog_names_who_asks_and_refuses_no_change(qtbot) -> None:
    dialog = CorrectionDialog(
        withdraw=False,
        heading="Health · fact · Ben Leroy",
        wording=WORDING,
        askers=[("ben", "Ben Leroy"), ("ann", "Ann Martin")],
        default_by="ann",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.wording and dialog.by.currentData() == "ann"
    assert dialog.choice() is None and "unchanged" in dialog.error.text()
    dialog.wording.setPlainText("  ")
    assert dialog.choice() is None and "withdraw it" in dialog.error.text()
    dialog.wording.setPlainText(BETTER)
    dialog.by.setCurrentIndex(0)
    assert dialog.choice() == CorrectionChoice("ben", BETTER)
    withdraw = CorrectionDialog(
        withdraw=True, heading="x", wording=WORDING, askers=[("ann", "Ann")], default_by="ann"
    )
    qtbot.addWidget(withdraw)
    assert withdraw.wording.isReadOnly() and "erased" in withdraw.note.text()
    assert withdraw.choice() == CorrectionChoice("ann", "")


def test_decisions_and_actions_are_edited_and_deleted(qtbot, console, session) -> None:
    item = share(session)
    session.add_decision("Adapt her mornings")
    session.add_action("clara", "Call the school")
    records = console.records
    records.view.setCurrentIndex(records.model.index(0))
    assert records.edit_button.isEnabled()

    def edit_decision(dialog: DecisionDialog) -> None:
        assert dialog.windowTitle() == "Edit the decision"
        assert dialog.text.text() == "Adapt her mornings" and dialog.focusWidget() is dialog.text
        dialog.text.setText("Adapt her mornings at school")
        dialog.set_linked((item,))
        dialog._try_accept()

    failures = when_shown(DecisionDialog, edit_decision)
    records.edit_selected()
    assert not failures, failures
    assert session.decisions[0].text == "Adapt her mornings at school"
    assert session.decisions[0].item_ids == (item,)

    records.view.setCurrentIndex(records.model.index(1))

    def edit_action(dialog: ActionDialog) -> None:
        assert dialog.what.text() == "Call the school" and dialog.focusWidget() is dialog.what
        dialog.who.setEditText("J.'s mother")
        dialog._try_accept()

    failures = when_shown(ActionDialog, edit_action)
    console.activateWindow()  # the keyboard back to the console once the dialog is gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    records.view.setFocus()
    qtbot.keyClick(records.view, Qt.Key.Key_Return)
    assert not failures, failures
    assert (session.actions[0].who, session.actions[0].who_name) == ("", "J.'s mother")
    assert "J.'s mother — Call the school" in records.lines()[1]

    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    records.view.setFocus()
    records.confirm_delete = lambda text: False  # type: ignore[method-assign]
    qtbot.keyClick(records.view, Qt.Key.Key_Delete)
    assert len(session.actions) == 1
    records.confirm_delete = lambda text: True  # type: ignore[method-assign]
    qtbot.keyClick(records.view, Qt.Key.Key_Delete)
    assert session.actions == ()
    records.view.setCurrentIndex(records.model.index(0))
    records.delete_selected()
    assert session.decisions == ()


# --- Dialogs -------------------------------------------------------------------------------------


def test_the_action_dialog_offers_the_person_and_reads_dates_in_words(qtbot) -> None:
    today = dt.date(2026, 3, 12)
    dialog = ActionDialog([], [ANN, BEN], today, person="J.D.", lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.what
    assert dialog.due.text() == "Thu 26 March 2026"
    dialog.who.setCurrentIndex(dialog.who.findText("J.D. (the person concerned)"))
    dialog.what.setText("Bring the school report")
    assert dialog.choice().who_name == "J.D."  # type: ignore[union-attr]
    dialog.who.setCurrentIndex(dialog.who.findData("ben"))
    assert (dialog.choice().who, dialog.choice().who_name) == ("ben", "")  # type: ignore[union-attr]
    dialog.who.setEditText("")
    assert dialog.choice() is None and "type a name" in dialog.error.text()


def test_dates_read_in_french(qtbot, qapp) -> None:
    install_translators("fr", qapp)
    try:
        dialog = ActionDialog([], [ANN], dt.date(2026, 3, 12), lang="fr")
        qtbot.addWidget(dialog)
        assert dialog.due.text() == "jeu. 26 mars 2026"
    finally:
        install_translators("en", qapp)


def test_dates_read_in_dutch(qtbot, qapp) -> None:
    install_translators("nl", qapp)
    try:
        dialog = ActionDialog([], [ANN], dt.date(2026, 3, 12), lang="nl")
        qtbot.addWidget(dialog)
        assert dialog.due.text() == "do 26 maart 2026"
    finally:
        install_translators("en", qapp)


def test_the_postpone_dialog_is_sized_for_its_text(qtbot) -> None:
    dialog = PostponeDialog(
        people=[ANN, BEN],
        default_who="ann",
        alias="J.D.",
        category="Mental health",
        wording=WORDING,
        today=dt.date(2026, 3, 12),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.what.text()
    assert dialog.what.width() >= dialog.what.fontMetrics().horizontalAdvance(text)
    assert dialog.focusWidget() is dialog.what and dialog.due.text() == "Thu 19 March 2026"


# --- Feedback ------------------------------------------------------------------------------------


def test_who_comes_back_by_themselves_is_announced(qtbot, console, session) -> None:
    room = console.room
    assert not room.returned.isVisible()
    share(session)  # Sam stepped out for it, and is back now
    qtbot.waitUntil(room.returned.isVisible)
    assert session.presence("sam") is Presence.PRESENT
    assert "Sam Peeters" in room.returned.text() and "Back in the room" in room.returned.text()
    room.returned.hide()
    session.step_out("clara")
    session.come_back("clara")  # by hand: nothing to announce
    QApplication.processEvents()
    assert not room.returned.isVisible()


def test_the_roll_call_does_not_say_the_excused_block(qtbot, session, bridge, clock) -> None:
    console = MeetingConsole(session, bridge, "en", clock=clock)
    qtbot.addWidget(console)
    console.show()
    console.opening.start.click()
    roll = console.roll_call
    assert "Sam Peeters" in roll.warning.text()
    session.mark_excused("sam")
    assert "Sam Peeters" not in roll.warning.text() and not roll.warning.isVisible()
    sam_row = roll.model.index(roll.model.row_of("sam")).data()
    assert "not bound" not in sam_row and "excused" in sam_row


# --- The summary ---------------------------------------------------------------------------------


def test_the_summary_reads_like_a_page(qtbot, console, session) -> None:
    share(session)
    session.propose("ann", "family")
    session.not_share()
    dialog = CloseSummaryDialog(session, "en", console)
    qtbot.addWidget(dialog)
    text = dialog.summary_text()
    assert "Shared (1)" in text and f"“{WORDING}”" in text
    assert "Actions (0)" not in text and "Decisions (0)" not in text
    assert "No decision or action was recorded." in text
    assert "Not shared: 1" in text
    # The agenda: on the first of three items, two were never reached.
    assert "Agenda items not reached: 2. School situation; 3. Housing." in dialog.warning.text()


def test_the_summary_warns_that_closing_ends_an_open_deliberation(qtbot, session) -> None:
    session.open()
    for pid in ("ann", "ben", "clara"):
        session.mark_present(pid)
    session.start_agenda_item(2)
    session.start_deliberation("Tell the school?", load_method())
    dialog = CloseSummaryDialog(session, "en")
    qtbot.addWidget(dialog)
    assert "A deliberation is still open" in dialog.warning.text()
    session.abandon_deliberation()
    later = CloseSummaryDialog(session, "en")
    qtbot.addWidget(later)
    assert "deliberation" not in later.warning.text()


def test_the_summary_escapes_what_was_typed_and_quotes_in_french(qtbot, session) -> None:
    session.open()
    for pid in ("ann", "ben", "clara"):
        session.mark_present(pid)
    session.start_agenda_item(2)
    session.add_decision("<b>not bold</b> & kept")
    dialog = CloseSummaryDialog(session, "fr")
    qtbot.addWidget(dialog)
    assert "<b>not bold</b> & kept" in dialog.summary_text()
    assert dialog.not_reached() == [] and not dialog.warning.isVisible()


def test_french_quotes(qtbot, session) -> None:
    session.open()
    for pid in ("ann", "ben", "clara"):
        session.mark_present(pid)
    share(session, step_out=False)
    dialog = CloseSummaryDialog(session, "fr")
    qtbot.addWidget(dialog)
    assert f"« {WORDING} »" in dialog.summary_text()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ("Informations partagées (0)", "Rien n'a été partagé.", "Non partagées : 1")),
        ("nl", ("Gedeeld (0)", "Er werd niets gedeeld.", "Niet gedeeld: 1")),
    ],
)
def test_the_summary_of_a_meeting_that_shared_nothing_is_translated(
    qtbot, qapp, session, lang: str, expected: tuple[str, ...]
) -> None:
    session.open()
    for pid in ("ann", "ben", "clara"):
        session.mark_present(pid)
    session.propose("ben", "health")
    session.not_share()
    install_translators(lang, qapp)
    try:
        dialog = CloseSummaryDialog(session, lang)
        qtbot.addWidget(dialog)
        text = dialog.summary_text()
    finally:
        install_translators("en", qapp)
    for words in expected:
        assert words in text
    for english in ("Shared (", "Nothing was shared", "Considered, not shared", "Decisions and"):
        assert english not in text


def test_close_meeting_is_disabled_once_closed(qtbot, console, session) -> None:
    assert console.close_button.isEnabled()
    console.request_close()
    console._close_meeting()
    assert session.meeting.state is MeetingState.CLOSED
    assert not console.close_button.isEnabled() and not console.close_key.isEnabled()
    console.summary_dialog.close()  # type: ignore[union-attr]


def test_postponing_before_a_category_leaves_no_empty_brackets(qtbot) -> None:
    dialog = PostponeDialog(
        people=[ANN],
        default_who="ann",
        alias="J.D.",
        category="",
        wording="",
        today=dt.date(2026, 3, 12),
    )
    qtbot.addWidget(dialog)
    assert dialog.what.text() == "Ask J.D. whether we may share an item"
