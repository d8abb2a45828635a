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
into logical order. Arabic letters are joined first (:mod:`desktop.minutes.shaping`). Known limit:
a right-to-left run long enough to wrap over several lines has its lines in left-to-right order.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from desktop.minutes.shaping import shape_arabic

CHUNK_CHARS = 1500

_RTL = {"R", "AL"}
_NUMBER = {"EN", "AN"}
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
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


def _has_rtl(text: str) -> bool:
    return bool(_MAYBE_RTL.search(text)) and any(
        unicodedata.bidirectional(char) in _RTL for char in text
    )


def visual_order(line: str) -> str:
    """``line`` with each right-to-left run reversed for drawing (digits keep their order)."""
    if not _has_rtl(line):
        return line
    out: list[str] = []
    run: list[str] = []  # the current right-to-left run, neutrals included
    pending: list[str] = []  # neutrals seen after the run's last strong character
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL or (run and kind in _NUMBER):
            run += [*pending, char]
            pending = []
        elif kind == "L":
            out += _reverse_run(run) + pending + [char]
            run, pending = [], []
        elif run:
            pending.append(char)
        else:
            out.append(char)
    out += _reverse_run(run) + pending
    return "".join(out)


def _reverse_run(run: list[str]) -> list[str]:
    if not run:
        return []
    text = "".join(reversed(run)).translate(_MIRROR)
    # Numbers inside a right-to-left run still read left to right.
    return list(re.sub(r"[0-9\u0660-\u0669\u06f0-\u06f9.,:]+", lambda m: m.group(0)[::-1], text))


def _display(line: str) -> str:
    """One line as it must be drawn: Arabic letters joined, right-to-left runs reversed, escaped."""
    return escape(visual_order(shape_arabic(line)))


def literal(text: str) -> str:
    """One line of markup showing ``text`` exactly (line breaks become spaces)."""
    return _display(clean(text).replace("\n", " "))


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` as markup pieces of at most about ``size`` characters each.

    Short lines are grouped into one piece joined by ``<br/>`` (a paragraph per line would make
    a 6,000-line text slow); a line longer than ``size`` is cut at the last space before the
    limit (or hard at the limit when there is none), so the pieces read in order give back the
    text.
    """
    pieces: list[str] = []
    group: list[str] = []
    length = 0

    def flush() -> None:
        nonlocal group, length
        if group:
            pieces.append("<br/>".join(_display(line) for line in group))
        group, length = [], 0

    for line in clean(text).split("\n"):
        if len(line) > size:
            flush()
            while len(line) > size:
                cut = line.rfind(" ", size // 2, size)
                cut = size if cut < 0 else cut + 1
                pieces.append(_display(line[:cut]))
                line = line[cut:]
        if group and length + len(line) > size:
            flush()
        group.append(line)
        length += len(line) + 1
    flush()
    return pieces
