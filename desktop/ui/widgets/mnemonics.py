"""Alt+letter keys given by the code, so that they stay unique in every language.

Labels whose words come from a policy file or from the core (the gate's questions, the fixes its
lights offer) cannot carry a translator's ``&``; and the same panel must not reuse a letter that
the window's menus already use, in English as in French. :func:`with_mnemonic` picks the letter:
the first letter of a word if one is free, else any free letter, ASCII letters only (an accented
letter is awkward to reach with Alt on most keyboards). The letters a window already uses are
read from its menu bar and its visible labels and buttons (:func:`mnemonics_in`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenuBar, QWidget


def mnemonic_of(text: str) -> str:
    """The letter after a single ``&`` (Alt+letter), lower-cased; ``""`` when there is none."""
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else ""


def plain(text: str) -> str:
    """``text`` without its mnemonic marks (``&&`` stays a literal ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _usable(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _candidates(text: str) -> list[int]:
    """Where a mnemonic may go, best first: the text's first letter, the first letters of its
    longer words (short ones are often "to", "of", "à"), the rest of its first word, the first
    letters of the short words, then any letter."""
    words: list[tuple[int, int]] = []  # (start, end) of each run of letters and digits
    start = -1
    for i, char in enumerate(f"{text} "):
        if char.isalnum() and start < 0:
            start = i
        elif not char.isalnum() and start >= 0:
            words.append((start, i))
            start = -1
    order: list[int] = []
    if words:
        order.append(words[0][0])
        order += [a for a, b in words[1:] if b - a >= 4]
        order += list(range(words[0][0] + 1, words[0][1]))
        order += [a for a, b in words[1:] if b - a < 4]
    order += range(len(text))
    seen: set[int] = set()
    return [i for i in order if _usable(text[i]) and not (i in seen or seen.add(i))]


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with ``&`` before a letter that ``taken`` does not hold, which ``taken`` then
    holds; ``&`` already in ``text`` is kept literal. The best free letter is chosen (see
    :func:`_candidates`). Without a free letter, the text is returned without a mnemonic."""
    chosen = next((i for i in _candidates(text) if text[i].lower() not in taken), -1)
    escaped = [c.replace("&", "&&") for c in text]
    if chosen >= 0:
        taken.add(text[chosen].lower())
        escaped[chosen] = "&" + text[chosen]
    return "".join(escaped)


def mnemonics_in(window: QWidget, outside: Iterable[QWidget] = ()) -> set[str]:
    """The Alt+letter keys already used in ``window``: its menu bar's, and those of its visible
    labels, buttons and group boxes, except inside the widgets ``outside``."""
    skip = tuple(outside)
    found: set[str] = set()
    bar = window.menuWidget() if isinstance(window, QMainWindow) else None
    if isinstance(bar, QMenuBar):  # menuBar() would create one
        for action in bar.actions():
            found.add(mnemonic_of(action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or any(
            o is widget or o.isAncestorOf(widget) for o in skip
        ):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(mnemonic_of(widget.text()))
        elif isinstance(widget, QGroupBox):
            found.add(mnemonic_of(widget.title()))
    found.discard("")
    return found
