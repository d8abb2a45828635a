"""Turning text a user typed into platypus markup that prints it literally.

reportlab's :class:`~reportlab.platypus.Paragraph` reads a small XML-like markup, so ``<b>``,
``&amp;`` or ``<font size=80>`` typed in a wording would be obeyed, and a stray ``<`` or a
control character would crash the build. Every user text goes through :func:`literal` (one line)
or :func:`chunks` (a text of any length, split into lines and pieces of at most
:data:`CHUNK_CHARS` characters so that a 100,000-character wording is many small paragraphs that
flow across pages quickly, not one huge paragraph).

Right-to-left text (see :mod:`desktop.minutes.bidi`): Arabic letters are joined first
(:mod:`desktop.minutes.shaping`). Texts of any length go through :func:`logical_chunks` into a
:class:`~desktop.minutes.bidi.BidiParagraph`, which wraps the text in the order it was typed and
puts each line in visual order as it draws it, so a right-to-left text that wraps (a long name in
a narrow table cell, a wording over several pages) keeps its lines in reading order.
:func:`literal` gives the visual order of a whole line, for a plain ``Paragraph`` of one line
(a heading, a page header): one that wraps would show its lines in the wrong order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import escape

from desktop.minutes.bidi import visual_order
from desktop.minutes.shaping import shape_arabic

CHUNK_CHARS = 1500

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def clean(text: str) -> str:
    """NFC, one kind of line break, tabs as spaces, no control characters or lone surrogates."""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("\ufffd", text))


def _display(line: str) -> str:
    """One line as it must be drawn: Arabic letters joined, right-to-left runs reversed, escaped."""
    return escape(visual_order(shape_arabic(line)))


def _logical(line: str) -> str:
    """One line for a :class:`~desktop.minutes.bidi.BidiParagraph`: joined, escaped, in the
    order it was typed (the paragraph puts each wrapped line in visual order as it draws it)."""
    return escape(shape_arabic(line))


def literal(text: str) -> str:
    """One line of markup showing ``text`` exactly (line breaks become spaces)."""
    return _display(clean(text).replace("\n", " "))


def logical_literal(text: str) -> str:
    """:func:`literal` for a :class:`~desktop.minutes.bidi.BidiParagraph` (logical order)."""
    return _logical(clean(text).replace("\n", " "))


def logical_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """:func:`chunks` for :class:`~desktop.minutes.bidi.BidiParagraph`: right-to-left runs left
    in logical order, so that a run wrapping over several lines keeps its lines in reading
    order."""
    return _chunks(text, size, _logical)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` as markup pieces of at most about ``size`` characters each (visual order, for a
    plain :class:`~reportlab.platypus.Paragraph`).

    Short lines are grouped into one piece joined by ``<br/>`` (a paragraph per line would make
    a 6,000-line text slow); a line longer than ``size`` is cut at the last space before the
    limit (or hard at the limit when there is none), so the pieces read in order give back the
    text.
    """
    return _chunks(text, size, _display)


def _chunks(text: str, size: int, display: Callable[[str], str]) -> list[str]:
    pieces: list[str] = []
    group: list[str] = []
    length = 0

    def flush() -> None:
        nonlocal group, length
        if group:
            pieces.append("<br/>".join(display(line) for line in group))
        group, length = [], 0

    for line in clean(text).split("\n"):
        if len(line) > size:
            flush()
            while len(line) > size:
                cut = line.rfind(" ", size // 2, size)
                cut = size if cut < 0 else cut + 1
                pieces.append(display(line[:cut]))
                line = line[cut:]
        if group and length + len(line) > size:
            flush()
        group.append(line)
        length += len(line) + 1
    flush()
    return pieces
