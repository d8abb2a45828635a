"""The console's safety controls: the blanked bar, the lock button, the countdown before an
inactivity lock (issue 9 and 11), in English and French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.i18n import install_translators
from desktop.ui.widgets.elided_label import ElidedLabel
from tests.ui.console.conftest import FakeClock


@pytest.fixture
def console(qtbot, session: MeetingSession, bridge: SessionBridge, clock: FakeClock):
    """A console over a prepared session, shown at laptop size."""
    widget = MeetingConsole(session, bridge, "en", conduct_rule="Secrecy is the rule.", clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def french(qapp) -> Iterator[None]:
    assert install_translators("fr", qapp) == "fr"
    yield
    install_translators("en", qapp)


def test_the_blanked_bar_follows_the_blank_key_and_the_screen(qtbot, console) -> None:
    bar = console.blanked_bar
    assert bar.isHidden() and console.blank_button.text() == "Blank  F12"
    with qtbot.waitSignal(console.blankRequested) as asked:
        qtbot.keyClick(console.room.view, Qt.Key.Key_F12)
    assert asked.args == [True]
    assert bar.isVisible() and bar.label.text() == "■  Shared screen blanked — F12 to show"
    assert console.blank_button.text() == "Show  F12" and console.is_blanked()
    with qtbot.waitSignal(console.blankRequested) as asked:
        qtbot.keyClick(console.room.view, Qt.Key.Key_F12)
    assert asked.args == [False] and bar.isHidden()

    # Blanked or shown again from elsewhere (the lock, the meeting's close): the console says so
    # without asking for anything.
    with qtbot.assertNotEmitted(console.blankRequested):
        console.set_blanked(True)
        assert bar.isVisible() and console.blank_button.isChecked()
        console.set_blanked(False)
        assert bar.isHidden() and not console.blank_button.isChecked()


def test_the_blanked_bar_cannot_be_missed(qtbot, console) -> None:
    console.set_blanked(True)
    bar = console.blanked_bar
    assert bar.geometry().width() >= console.width() - 20  # across the whole console
    assert bar.geometry().bottom() < console.pages.geometry().top()  # above the meeting
    image = bar.grab().toImage()
    background = QColor(image.pixel(3, image.height() // 2))
    assert background.lightness() < 100 and background.saturation() > 150  # strong and dark
    assert bar.label.fontMetrics().horizontalAdvance(bar.label.text()) < bar.label.width()


def test_the_lock_button_sits_by_the_blank_button_and_shows_its_key(qtbot, console) -> None:
    header = console.header
    blank_at = header.indexOf(console.blank_button)
    assert header.indexOf(console.lock_button) == blank_at + 1
    assert console.lock_button.text() == "Lock  Ctrl+L"
    assert console.lock_button.accessibleName() == "Lock the console"
    with qtbot.waitSignal(console.lockRequested, timeout=1000):
        console.lock_button.click()


def test_the_countdown_shows_and_stay_unlocked_asks_to_stay(qtbot, console) -> None:
    bar = console.lock_countdown
    assert bar.isHidden()
    console.show_lock_countdown(45)
    assert bar.isVisible()
    assert bar.label.text() == (
        "No activity: the console locks in 00:45 and blanks the shared screen."
    )
    console.show_lock_countdown(9)
    assert "00:09" in bar.label.text()
    with qtbot.waitSignal(console.stayUnlockedRequested, timeout=1000):
        bar.stay_button.click()
    console.hide_lock_countdown()
    assert bar.isHidden()


def test_the_bars_and_the_lock_button_speak_french(qtbot, french, session, bridge, clock) -> None:
    console = MeetingConsole(session, bridge, "fr", clock=clock)
    qtbot.addWidget(console)
    console.set_blanked(True)
    console.show_lock_countdown(30)
    assert console.blanked_bar.label.text() == "■  Écran partagé masqué — F12 pour l'afficher"
    assert console.blank_button.text() == "Afficher  F12"
    assert console.lock_button.text() == "Verrouiller  Ctrl+L"
    assert console.lock_countdown.label.text() == (
        "Aucune activité : la console se verrouille dans 00:30 et masque l'écran partagé."
    )
    assert console.lock_countdown.stay_button.text() == "&Rester déverrouillé"
    console.set_blanked(False)
    assert console.blank_button.text() == "Masquer  F12"


def test_a_long_title_ends_in_an_ellipsis_and_stays_whole_in_its_tooltip(qtbot, console) -> None:
    whole = "Case conference · J.D. · Youth care · Shared secrecy (BE) · “Keep J. at home safely”"
    assert console.title.toolTip() == whole == console.title.full_text()
    console.title.resize(120, console.title.height())
    assert console.title.text().endswith("…") and console.title.text()[:-1] in whole
    console.title.resize(2000, console.title.height())
    assert console.title.text() == whole


def test_an_elided_label_shows_a_text_of_several_lines_on_one(qtbot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(2000, 30)
    label.set_full_text("Plan\nthe   summer <b>now</b>")
    assert label.text() == "Plan the summer <b>now</b>"
    assert label.textFormat() == Qt.TextFormat.PlainText
