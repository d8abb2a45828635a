"""Turning text a user typed into platypus markup that prints it literally.

reportlab's :class:`~reportlab.platypus.Paragraph` reads a small XML-like markup, so ``<b>``,
``&amp;`` or ``<font size=80>`` typed in a wording would be obeyed, and a stray ``<`` or a
control character would crash the build. Every user text goes through :func:`literal` (one line)
or :func:`chunks` (a text of any length, split into lines and pieces of at most
:data:`CHUNK_CHARS` characters so that a 100,000-character wording is many small paragraphs that
flow across pages quickly, not one huge paragraph).

Right-to-left text: reportlab draws characters in the order it is given them and has no bidi
algorithm without an extra package. :func:`visual_order` reverses each run of Hebrew, Arabic...
letters so that names read correctly; PDF text extraction (pypdf, poppler) turns the runs back
into logical order. Arabic letters are joined first (:mod:`desktop.minutes.shaping`).

A right-to-left run long enough to wrap must be broken into lines *before* it is reversed, or
its first words end up on its last line: texts of any length go through :func:`logical_chunks`
into a :class:`~desktop.minutes.bidi.BidiParagraph`, which wraps the logical text and reverses
each line as it draws it. :func:`literal` (visual order, plain ``Paragraph``) is for short texts
such as names; one that wraps (a long name in a narrow table cell) still shows its lines in
left-to-right order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import escape

from desktop.minutes.shaping import shape_arabic

CHUNK_CHARS = 1500

_RTL = {"R", "AL"}
_NUMBER = {"EN", "AN"}
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9.,:]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def clean(text: str) -> str:
    """NFC, one kind of line break, tabs as spaces, no control characters or lone surrogates."""
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("\ufffd", text))


# Where right-to-left letters live; only lines with one of them go through the bidi pass.
_MAYBE_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (a quick regex first: most text has none)."""
    return bool(_MAYBE_RTL.search(text)) and any(
        unicodedata.bidirectional(char) in _RTL for char in text
    )


def visual_order(line: str, rtl: bool = False) -> str:
    """``line`` with each right-to-left run reversed for drawing (digits keep their order);
    ``rtl``: the line belongs to a right-to-left paragraph (see :func:`visual_positions`)."""
    if not has_rtl(line):
        return line
    return "".join(char for _, char in visual_positions(line, rtl))


def visual_positions(line: str, rtl: bool = False) -> list[tuple[int, str]]:
    """Each character of ``line`` in drawing order, with its index in ``line``: right-to-left
    runs reversed (neutrals between their letters included, brackets mirrored), numbers inside
    them kept left to right. In a right-to-left paragraph (``rtl``) the whole line reads from
    the right and only its left-to-right runs keep their order, so a full stop that ends the
    line is drawn at its left end. Used by :func:`visual_order` and, one wrapped line at a time,
    by :class:`desktop.minutes.bidi.BidiParagraph`."""
    if rtl:
        return _rtl_positions(line)
    out: list[int] = []
    run: list[int] = []  # the current right-to-left run, neutrals included
    pending: list[int] = []  # neutrals seen after the run's last strong character
    reversed_at: list[bool] = []  # per output position: inside a reversed run
    for index, char in enumerate(line):
        kind = unicodedata.bidirectional(char)
        if kind in _RTL or (run and kind in _NUMBER):
            run += [*pending, index]
            pending = []
        elif kind == "L":
            _flush(line, run, [*pending, index], out, reversed_at)
            run, pending = [], []
        elif run:
            pending.append(index)
        else:
            out.append(index)
            reversed_at.append(False)
    _flush(line, run, pending, out, reversed_at)
    return [
        (index, line[index].translate(_MIRROR) if flipped else line[index])
        for index, flipped in zip(out, reversed_at, strict=True)
    ]


def _rtl_positions(line: str) -> list[tuple[int, str]]:
    """:func:`visual_positions` of a line in a right-to-left paragraph."""
    units: list[list[int]] = []  # kept in order inside, drawn in reverse order
    run: list[int] = []  # the current left-to-right run, neutrals between its letters included
    pending: list[int] = []
    for index, char in enumerate(line):
        kind = unicodedata.bidirectional(char)
        if kind == "L" or (run and kind in _NUMBER):
            run += [*pending, index]
            pending = []
            continue
        if run and kind not in _RTL:  # a neutral: inside the run if a letter of it follows
            pending.append(index)
            continue
        if run:
            units.append(run)
            run = []
        units += [[i] for i in pending]
        pending = []
        if _DIGIT.match(char) and units and _all_digits(line, units[-1]):
            units[-1].append(index)  # a number reads left to right
        else:
            units.append([index])
    if run:
        units.append(run)
    units += [[i] for i in pending]
    out: list[tuple[int, str]] = []
    for unit in reversed([part for whole in units for part in _number_apart(line, whole)]):
        if len(unit) == 1 and unicodedata.bidirectional(line[unit[0]]) != "L":
            out.append((unit[0], line[unit[0]].translate(_MIRROR)))
        else:
            out += [(i, line[i]) for i in unit]
    return out


def _all_digits(line: str, unit: list[int]) -> bool:
    return all(_DIGIT.match(line[i]) for i in unit)


def _number_apart(line: str, unit: list[int]) -> list[list[int]]:
    """A number's unit without the separators around it ("12." ends a sentence: its full stop
    is drawn on its own, at the left of the number)."""
    if len(unit) < 2 or not _all_digits(line, unit):
        return [unit]
    digits = [n for n, i in enumerate(unit) if line[i].isdigit()]
    if not digits:
        return [[i] for i in unit]
    first, last = digits[0], digits[-1]
    return [[i] for i in unit[:first]] + [unit[first : last + 1]] + [[i] for i in unit[last + 1 :]]


def _flush(
    line: str, run: list[int], after: list[int], out: list[int], reversed_at: list[bool]
) -> None:
    """Append ``run`` reversed (its numbers read left to right again), then ``after`` as is."""
    flipped = run[::-1]
    start = 0
    while start < len(flipped):  # numbers inside a right-to-left run still read left to right
        end = start
        while end < len(flipped) and _DIGIT.match(line[flipped[end]]):
            end += 1
        if end > start:
            flipped[start:end] = flipped[start:end][::-1]
            start = end
        else:
            start += 1
    out += flipped + after
    reversed_at += [True] * len(flipped) + [False] * len(after)


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
