"""A routine disclosure driven key by key through the real console: how many keys it takes.

Not a benchmark itself (``make bench`` runs ``bench_*.py``); ``bench_gate_keys.py`` prints the
count and ``tests/ui/console/test_gate_keys.py`` holds it to its target. Routine: the consent on
file covers the item and everyone in the room may hear it; the person is absent (the empty-chair
question is asked) or present.

Every key goes to the widget that has the keyboard (as a user's would), never to a widget chosen
by the script: a Tab that lands on the wrong field types the next answer in the wrong place, and
the item then is not shared as typed. Keys are counted in two kinds: *keys* (Ctrl+D, Tab,
Ctrl+Enter…) and the letters typed to pick the category by its name; the answers themselves are
the typed text, not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ANSWERS = {
    "wording": "Sleeps badly since March; a GP follow-up is planned.",
    "good_for_whom": "For J.: the school adapts her mornings",
    "why": "The school plan needs it",
    "chair_answer": "She asked us to tell the school she is tired",
    "necessity_reason": "The plan depends on her mornings",
}


@dataclass
class KeyCount:
    """The keys pressed (by name), the letters typed to pick the category, and where each
    answer was typed (the widget's accessible name)."""

    keys: list[str] = field(default_factory=list)
    category_letters: int = 0
    typed_into: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Keys beyond the typed text."""
        return len(self.keys)


class KeyDriver:
    """Presses keys on whatever widget has the keyboard, counting them."""

    def __init__(self) -> None:
        self.result = KeyCount()

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:
            raise AssertionError("no widget has the keyboard")
        return widget

    def key(
        self,
        name: str,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """One key, counted."""
        self.result.keys.append(name)
        QTest.keyClick(self.focus(), key, modifiers)
        QApplication.processEvents()

    def pick(self, letters: str) -> None:
        """Type a category's first letters where the keyboard is (a list jumps to it)."""
        self.result.category_letters += len(letters)
        QTest.keyClicks(self.focus(), letters)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        """Type an answer where the keyboard is (not counted)."""
        widget = self.focus()
        self.result.typed_into.append(widget.accessibleName())
        QTest.keyClicks(widget, text)
        QApplication.processEvents()


def routine_disclosure(console: object, *, person_present: bool, category_letters: str) -> KeyCount:
    """From the running console's "Propose a disclosure" to the item shared, by keyboard only.

    ``console`` is a :class:`~desktop.ui.console.console.MeetingConsole` on a running meeting,
    shown in an active window; ``category_letters`` pick the category (its name's first letters).
    """
    drive = KeyDriver()
    console.centre.propose_button.setFocus()  # type: ignore[attr-defined]
    drive.key("Ctrl+D", Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    drive.pick(category_letters)
    drive.key("Tab", Qt.Key.Key_Tab)
    drive.type(ANSWERS["wording"])
    drive.key("Tab", Qt.Key.Key_Tab)
    drive.type(ANSWERS["good_for_whom"])
    drive.key("Tab", Qt.Key.Key_Tab)
    drive.type(ANSWERS["why"])
    if not person_present:
        drive.key("Tab", Qt.Key.Key_Tab)
        drive.type(ANSWERS["chair_answer"])
    drive.key("Tab", Qt.Key.Key_Tab)
    drive.type(ANSWERS["necessity_reason"])  # "no — because …": the reason answers no
    drive.key("Ctrl+Enter", Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return drive.result
