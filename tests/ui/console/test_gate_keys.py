"""The gate from the keyboard (issue 11): a routine disclosure in few keys, every answer where it
belongs, "no" in one key, and an Alt key for each field that clashes with nothing in the window,
in English and French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.gate_keys import ANSWERS, routine_disclosure
from desktop.core.entities import Participation
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.widgets.mnemonics import mnemonic_of
from tests.ui.console.conftest import GIVEN

TARGET = {False: 7, True: 6}  # keys beyond the typed text, person absent / present


def console_for(qtbot, make_session, clock, participation: Participation) -> MeetingConsole:
    """A running meeting with Ann, Ben and Clara (all may hear a health item), in an active
    window at laptop size."""
    session = make_session(
        invitees=("ann", "ben", "clara"), participation=participation, consents=(GIVEN,)
    )
    session.open()
    for pid in ("ann", "ben", "clara"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    bridge = SessionBridge(session)
    console = MeetingConsole(session, bridge, "en", clock=clock)
    qtbot.addWidget(console)
    console.resize(1366, 700)
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    console.begin()
    console._bridge_for_test = bridge  # type: ignore[attr-defined]  # kept alive with it
    return console


@pytest.mark.parametrize("present", [False, True], ids=["person absent", "person present"])
def test_a_routine_disclosure_takes_few_keys(qtbot, make_session, clock, present: bool) -> None:
    participation = Participation.PRESENT if present else Participation.ABSENT
    console = console_for(qtbot, make_session, clock, participation)
    session = console.session
    count = routine_disclosure(console, person_present=present, category_letters="hea")
    (item,) = session.shared
    assert item.category_id == "health"
    assert item.wording == ANSWERS["wording"]
    assert (item.good_for_whom, item.why) == (ANSWERS["good_for_whom"], ANSWERS["why"])
    assert item.necessity_reason == ANSWERS["necessity_reason"]
    assert item.empty_chair_answer == ("" if present else ANSWERS["chair_answer"])
    assert count.count <= TARGET[present], count.keys
    assert count.keys[0] == "Ctrl+D" and count.keys[-1] == "Ctrl+Enter"
    assert set(count.keys[1:-1]) == {"Tab"}
    console._bridge_for_test.detach()  # type: ignore[attr-defined]


def test_no_is_one_key_and_moves_to_the_reason(qtbot, make_session, clock) -> None:
    console = console_for(qtbot, make_session, clock, Participation.ABSENT)
    console.propose()
    gate = console.gate
    letter = mnemonic_of(gate.without_no.text())
    assert letter
    QTest.keyClick(
        gate.wording, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(gate.without_no.isChecked)  # a button's Alt key clicks it after a flash
    assert QApplication.focusWidget() is gate.necessity_reason
    assert console.session.draft.could_decide_without is False
    yes = mnemonic_of(gate.without_yes.text())
    QTest.keyClick(
        gate.necessity_reason,
        getattr(Qt.Key, f"Key_{yes.upper()}"),
        Qt.KeyboardModifier.AltModifier,
    )
    qtbot.waitUntil(gate.without_yes.isChecked)
    assert console.session.draft.could_decide_without is True
    assert not gate.necessity_reason.isEnabled()  # no reason to give for "yes"
    console._bridge_for_test.detach()  # type: ignore[attr-defined]


def test_typing_the_reason_answers_no(qtbot, make_session, clock) -> None:
    console = console_for(qtbot, make_session, clock, Participation.ABSENT)
    console.propose()
    gate = console.gate
    assert gate.without.checkedButton() is None
    QTest.keyClicks(gate.necessity_reason, "the plan depends on it")
    assert gate.without_no.isChecked()
    assert console.session.draft.could_decide_without is False
    console._bridge_for_test.detach()  # type: ignore[attr-defined]


def test_skipped_stops_are_not_on_the_common_path(qtbot, make_session, clock) -> None:
    """The nature (already "fact"), the person's interest (consent is on file) and the scroll
    area are not Tab stops between the category and the reason."""
    console = console_for(qtbot, make_session, clock, Participation.ABSENT)
    console.propose()
    gate = console.gate
    gate.category.setCurrentIndex(gate.category.findData("health"))
    stops = []
    widget = gate.category
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while not (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.nextInFocusChain()
        stops.append(widget)
    assert stops == [
        gate.wording,
        gate.good_for_whom,
        gate.why,
        gate.chair_answer,
        gate.necessity_reason,
        gate.without_no,
    ]
    assert not gate.interest.isVisible()
    console._bridge_for_test.detach()  # type: ignore[attr-defined]


def test_the_nature_is_one_alt_key_then_the_arrows(qtbot, make_session, clock) -> None:
    console = console_for(qtbot, make_session, clock, Participation.ABSENT)
    console.propose()
    gate = console.gate
    letter = mnemonic_of(gate.nature_label.text())
    assert letter
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    QTest.keyClick(gate.wording, key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is gate.fact
    QTest.keyClick(gate.fact, Qt.Key.Key_Right)
    assert gate.opinion.isChecked() and console.session.draft.nature.value == "opinion"
    assert gate.nature_label.buddy() is gate.opinion  # the key goes back to the nature chosen
    console._bridge_for_test.detach()  # type: ignore[attr-defined]
