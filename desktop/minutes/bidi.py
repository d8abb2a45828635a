"""Right-to-left text in reportlab paragraphs: the Unicode bidirectional algorithm, by python-bidi.

reportlab draws the characters of a line from left to right, in the order it is given them, and
its own bidi support needs ``rlbidi``, which is not published on PyPI. So the levels are resolved
by **python-bidi** (0.6 wraps the Rust crate ``unicode-bidi``: the whole algorithm, with explicit
embeddings, overrides and isolates, weak types, neutrals and numbers), and Arabic letters are
joined by **arabic-reshaper** (:mod:`desktop.minutes.shaping`) before the text is wrapped.

Compared on the same lines (lam-alef, Persian, Urdu, Hebrew with niqqud, mixed Arabic, Latin
and numbers, wrapping in a narrow cell and across pages), reportlab's own shaping
(``ParagraphStyle(shaping=1)`` with uharfbuzz) positions marks best, but without ``rlbidi`` it
leaves every line's words in typed order (an Arabic sentence reads backwards); a glyph the font
reaches only through its substitution tables (shadda with fatha in مُحَمَّد) gets a private-use
code point, numbered in the order the process meets it, so it copies as nothing readable and the
same record could give other bytes; and it costs a HarfBuzz call per word (twice the time of
this module on 1,000 Arabic and Hebrew paragraphs). python-bidi with arabic-reshaper gives the
right order and joined letters, reads back as typed, and costs what the hand-written code did.

What stays ours, because no library does it for reportlab: wrapping. The levels are resolved
once over a whole paragraph (what the algorithm asks for), reportlab breaks it into lines in
logical order, and :class:`BidiParagraph` puts each line in visual order while drawing it (the
broken lines stay in logical order, so a paragraph split across pages keeps working on the typed
text). python-bidi returns a reordered string (its brackets not mirrored), not where each
character went, and reportlab's lines hold several fragments (a bold label, then the value), so
the line rules of the algorithm are applied here (:func:`visual_indices`: L1 trailing spaces, L2
reversal; :func:`_drawn`: L4 mirrored brackets, controls left out) to the levels python-bidi
resolved. A right-to-left paragraph is set flush right, a bulleted one with its bullet on the
right.

A paragraph without right-to-left letters or bidi controls draws exactly as a plain
``Paragraph`` does (one regex search per piece of text), so left-to-right minutes pay nothing.
Nor do the isolates every sentence of the documents puts around its values: text without a
right-to-left letter or a control that starts a right-to-left run has only even levels and
reads as typed, so its controls are dropped before reportlab parses it (:func:`_as_typed`, per
typed line) and python-bidi is not asked (:data:`_MAYBE_ODD`). Lines that need the long way are
ordered once per distinct line (:func:`_runs`): a name comes back in every item.

Text extraction: pypdf gives each line back in typed order when it is all right-to-left, or
left-to-right text with right-to-left runs (niqqud, harakat and lam-alef included); in a
right-to-left line that also holds Latin words it reads the runs in left-to-right sequence, and a
full stop ending it first. poppler's pdftotext reads a lam-alef ligature as alef-lam: it reverses
the letters a glyph stands for, which pypdf and PDFBox keep in the order the PDF gives them.
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.rl_config import paraFontSizeHeightOffset

# Explicit marks, embeddings, overrides and isolates: they steer the algorithm and are not drawn.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

# Where right-to-left letters and bidi controls live; only text with one goes through the bidi pass.
_MAYBE_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# What can give a character an odd (right-to-left) level: a right-to-left letter or number, or a
# control that starts a right-to-left run (RLM, RLE, RLO, RLI; ALM lies in the first range).
# Text without any reads as typed: its isolates (LRI, and FSI before a left-to-right letter or
# none), LRE and LRO only raise levels to even ones, which reorder nothing.
_MAYBE_ODD = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_MAYBE_CONTROL = re.compile(f"[{''.join(sorted(BIDI_CONTROLS))}]")
_LONE_CONTROLS = re.compile(f"(?:^|[\\s>])[{''.join(sorted(BIDI_CONTROLS))}]+(?:[\\s<]|$)")
_RTL = ("R", "AL")
_LEVELS = re.compile(r"Level\(\s*(\d+)")
# Reset to the paragraph's level at the end of a line (rule L1), with the controls near them.
_TRAILING = frozenset({"WS", "BN", "LRI", "RLI", "FSI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF"})


def needs_bidi(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter or a bidi control (a quick regex first: most
    text has neither)."""
    found = _MAYBE_BIDI.search(text)
    return found is not None and any(
        char in BIDI_CONTROLS or unicodedata.bidirectional(char) in _RTL
        for char in text[found.start() :]
    )


def is_rtl(text: str) -> bool:
    """Whether ``text``, as a paragraph, reads from the right: its first letter with a direction
    (outside isolates) is right-to-left (rules P2 and P3, by python-bidi)."""
    return _MAYBE_ODD.search(text) is not None and needs_bidi(text) and get_base_level(text) == 1


@functools.lru_cache(maxsize=512)  # names and labels come back in every item
def embedding_levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The level python-bidi resolves for each character of ``text``, one paragraph read in the
    direction ``rtl`` says: even levels read left to right, odd ones right to left.

    python-bidi's ``debug=True`` returns the crate's analysis, levels included, one per UTF-8
    byte; its format is checked here, so that a python-bidi that changes it fails loudly."""
    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    start = info.find("levels: [")
    end = info.find("paragraphs:", start)
    per_byte = [int(level) for level in _LEVELS.findall(info, start, end)]
    if start < 0 or len(per_byte) != len(text.encode("utf-8", "surrogatepass")):
        raise RuntimeError("python-bidi's debug output has changed: levels cannot be read")
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        code = ord(char)
        offset += 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4
    return tuple(levels)


def visual_indices(line: str, levels: Sequence[int], rtl: bool) -> list[int]:
    """The indices of ``line``'s characters in drawing order (left to right), given their
    ``levels`` (from :func:`embedding_levels`, possibly resolved over a longer paragraph) and the
    paragraph's direction ``rtl``.

    Rules L1 (spaces and controls ending the line take the paragraph's level) and L2 (from the
    highest level down, every run at that level or above is reversed). Rule L3 is left out on
    purpose: DejaVu draws a Hebrew or Arabic mark over the glyph that follows it on the page,
    which is its letter once the run is reversed."""
    base = 1 if rtl else 0
    levels = list(levels)
    end = len(line)
    while end and unicodedata.bidirectional(line[end - 1]) in _TRAILING:
        end -= 1
        levels[end] = base
    order = list(range(len(line)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            stop = start
            while stop < len(order) and levels[order[stop]] >= level:
                stop += 1
            order[start:stop] = order[start:stop][::-1]
            start = stop
    return order


def _drawn(line: str, levels: Sequence[int], indices: list[int]) -> list[tuple[int, str]]:
    """``(index, character)`` in drawing order: brackets at odd levels mirrored (rule L4),
    bidi controls left out."""
    return [
        (index, MIRRORED.get(line[index], line[index]) if levels[index] % 2 else line[index])
        for index in indices
        if line[index] not in BIDI_CONTROLS
    ]


def visual_order(line: str, rtl: bool = False) -> str:
    """``line`` as it must be drawn from left to right, the line being a whole paragraph read in
    the direction ``rtl`` says (left to right by default: the documents' own direction)."""
    if not needs_bidi(line):
        return line
    levels = embedding_levels(line, rtl)
    return "".join(char for _, char in _drawn(line, levels, visual_indices(line, levels, rtl)))


def _rtl_style(given: ParagraphStyle, bulleted: bool) -> ParagraphStyle:
    """``given`` for a right-to-left paragraph: flush right (when it was flush left); a bulleted
    one also swaps its indents, so that its bullet has room at the right. It remembers ``given``,
    so a paragraph made from it starts from ``given`` again."""
    indents = {"leftIndent": given.rightIndent, "rightIndent": given.leftIndent} if bulleted else {}
    style = ParagraphStyle(
        f"{given.name}-rtl",
        given,
        alignment=TA_RIGHT if given.alignment == TA_LEFT else given.alignment,
        **indents,
    )
    style.bidi_given = given
    return style


class BidiParagraph(Paragraph):
    """A ``Paragraph`` whose markup holds right-to-left text in logical (typed) order.

    Its direction is that of its first letter with one (:func:`is_rtl`): a right-to-left
    paragraph reads its lines from the right and is set flush right when its style is flush
    left; a bulleted one has its bullet, and its style's left indent, at the right. Other indents
    stay where the page has them (a right-to-left quote lines up with the fields around it). The
    part of a paragraph that flows onto the next page keeps the direction of the whole. Each line
    typed after a ``<br/>`` takes its own direction.

    ``rtl`` gives every line the document's direction instead: a *label: value* line is a
    sentence of the document, whatever script the value is in (a name in Hebrew after "Shared
    by" reads from the left in English minutes, the name itself from the right).
    """

    def __init__(
        self, text: Any, style: ParagraphStyle, *args: Any, rtl: bool | None = None, **kwargs: Any
    ) -> None:
        given = getattr(style, "bidi_given", style)
        plain = False  # surely without a right-to-left letter or a control
        if isinstance(text, str) and "&#" not in text:  # no character given by its number
            text = _as_typed(text)
            plain = _MAYBE_BIDI.search(text) is None
        super().__init__(text, given, *args, **kwargs)
        self._given_style = given
        self._rtl = False
        self._fixed = rtl is not None  # the document's direction for every line
        self._right_bullet: str | None = None
        self._bulleted = bool(self.bulletText)
        self._mixed = not plain and needs_bidi("".join(_text(frag) for frag in self.frags))
        if self._mixed and rtl is not None:
            self._set_direction(rtl)
        elif self._mixed:  # else: drawn exactly as a plain Paragraph, at no extra cost
            first_line: list[str] = []
            for frag in self.frags:
                if getattr(frag, "lineBreak", False):
                    break
                first_line.append(_text(frag))
            self._set_direction(is_rtl("".join(first_line)))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """reportlab's wrap, remembered for the last width and style: an item kept whole on a
        page is measured whole first, then placed paragraph by paragraph at the same width, and
        breaking its lines a second time would cost as much as the first."""
        cached = self.__dict__.get("_wrapped")
        if (
            cached is not None
            and cached[0] == availWidth
            and cached[1] is self.style
            and "blPara" in self.__dict__  # reportlab lets its lines go once split or drawn
        ):
            return cached[2]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.style, size)
        return size

    def _set_direction(self, rtl: bool) -> None:
        self._rtl = rtl
        self.style = _rtl_style(self._given_style, self._bulleted) if rtl else self._given_style
        bullet = self.bulletText or self._right_bullet
        self.bulletText, self._right_bullet = None, None
        if rtl and isinstance(bullet, str):
            self._right_bullet = bullet  # drawn by drawPara, at the right
        else:
            self.bulletText = bullet

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """reportlab's split; the parts keep this paragraph's direction, the first its bullet."""
        parts = super().split(availWidth, availHeight)
        for number, part in enumerate(parts):
            if part is self or not isinstance(part, BidiParagraph):
                continue
            part._mixed = part._mixed or self._mixed
            part._fixed = self._fixed
            if number == 0 and self._right_bullet:
                part._right_bullet = self._right_bullet
            if (part._rtl, part._bulleted) != (self._rtl, self._bulleted):
                part._bulleted = self._bulleted
                part._set_direction(self._rtl)
        return parts

    def drawPara(self, debug: int = 0) -> Any:  # noqa: N802 - reportlab's name
        """Draw with each wrapped line in visual order; the broken lines are left untouched."""
        logical = self.blPara
        visual = _visual_lines(logical, self._rtl, self._fixed) if self._mixed else None
        if visual is not None:
            self.blPara = visual
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical
            if self._right_bullet and logical.lines:
                self._draw_right_bullet(logical)

    def _draw_right_bullet(self, bl_para: Any) -> None:
        """The bullet of a right-to-left paragraph, as far from the right edge as reportlab
        draws a left-to-right one from the left edge."""
        style = self._given_style
        first = bl_para if bl_para.kind == 0 else bl_para.lines[0]
        rise = first.fontSize if paraFontSizeHeightOffset else getattr(first, "ascent", 0)
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(style.bulletFontName, style.bulletFontSize)
        canvas.setFillColor(getattr(style, "bulletColor", None) or style.textColor)
        y = self.height - rise + getattr(style, "bulletOffsetY", 0)
        canvas.drawRightString(self.width - style.bulletIndent, y, self._right_bullet)
        canvas.restoreState()


def _as_typed(markup: str) -> str:
    """``markup`` without the bidi controls of its typed lines (between ``<br/>``) that read as
    typed (:data:`_MAYBE_ODD`): what drawing them would do line by line (each typed line takes
    its own direction), done once; a paragraph that reads as typed becomes a plain one."""
    if _MAYBE_CONTROL.search(markup) is None:
        return markup
    if _MAYBE_ODD.search(markup) is None:
        return _without_controls(markup)
    lines = markup.split("<br/>")
    if len(lines) == 1:
        return markup
    return "<br/>".join(
        line if _MAYBE_ODD.search(line) else _without_controls(line) for line in lines
    )


def _without_controls(markup: str) -> str:
    """``markup`` without bidi controls; as it is when a run of them stands alone between
    spaces or tags: reportlab would count it as a word (and the space before it)."""
    if _LONE_CONTROLS.search(markup) is not None:
        return markup
    return _MAYBE_CONTROL.sub("", markup)


def _text(frag: Any) -> str:
    """A fragment's text; the parts reportlab splits off carry theirs as a list of words."""
    text = getattr(frag, "text", None)
    if text is not None:
        return text
    words = getattr(frag, "words", None) or ()
    return " ".join(w if isinstance(w, str) else getattr(w, "text", "") for w in words)


def _visual_lines(bl_para: Any, rtl: bool, fixed: bool = False) -> Any:
    """A copy of reportlab's broken lines in drawing order, or None when none needs it.
    ``rtl``: the direction of the paragraph's first typed line; of every line when ``fixed``."""
    if bl_para.kind == 0:  # one style, no <br/>: lines are (extra space, [words])
        texts = [" ".join(line[1]) for line in bl_para.lines]
        if not rtl and not any(_MAYBE_ODD.search(text) for text in texts):
            lines = [_words_as_typed(line) for line in bl_para.lines]
            return _with_lines(bl_para, lines)
        lines = [
            _visual_words(line, text, levels, rtl)
            for line, text, levels in zip(
                bl_para.lines, texts, _line_levels(texts, rtl), strict=True
            )
        ]
    else:  # several styles or <br/>: lines hold fragments, each with its own font
        lines = []
        typed: list[Any] = []  # the wrapped lines of one typed line
        for line in bl_para.lines:
            typed.append(line)
            if getattr(line, "lineBreak", False) or line is bl_para.lines[-1]:
                texts = ["".join(getattr(f, "text", "") for f in ln.words) for ln in typed]
                if lines and not fixed:  # a line typed after a <br/> has its own direction
                    rtl = is_rtl(" ".join(texts))
                if not rtl and not any(_MAYBE_ODD.search(text) for text in texts):
                    lines += [_fragments_as_typed(ln) for ln in typed]
                    typed = []
                    continue
                levels = _line_levels(texts, rtl)
                lines += [
                    _visual_fragments(ln, text, lv, rtl)
                    for ln, text, lv in zip(typed, texts, levels, strict=True)
                ]
                typed = []
    return _with_lines(bl_para, lines)


def _with_lines(bl_para: Any, lines: list[Any]) -> Any:
    """A copy of reportlab's broken lines holding ``lines``; None when they are its own."""
    if all(new is old for new, old in zip(lines, bl_para.lines, strict=True)):
        return None
    visual = copy.copy(bl_para)
    visual.lines = lines
    return visual


# Lines that read as typed (all their levels even: see _MAYBE_ODD) only lose their bidi controls,
# as the rules would leave them, without resolving levels character by character (most lines of
# the documents: their sentences isolate every value).


def _words_as_typed(line: Any) -> Any:
    """:func:`_visual_words` for a line that reads as typed."""
    words = line[1]
    if not any(_MAYBE_CONTROL.search(word) for word in words):
        return line
    drawn = [text for word in words if (text := _MAYBE_CONTROL.sub("", word))]
    return (line[0], drawn, *line[2:])


def _fragments_as_typed(line: Any) -> Any:
    """:func:`_visual_fragments` for a line that reads as typed."""
    fragments = line.words
    if any(not hasattr(f, "text") or hasattr(f, "cbDefn") for f in fragments):
        return line
    if not any(_MAYBE_CONTROL.search(f.text) for f in fragments):
        return line
    regrouped = [
        f if text == f.text else f.clone(text=text)
        for f in fragments
        if (text := _MAYBE_CONTROL.sub("", f.text))
    ]
    regrouped += [f for f in fragments if not f.text]
    visual = copy.copy(line)
    visual.words = regrouped
    return visual


def _line_levels(texts: list[str], rtl: bool) -> list[tuple[int, ...] | None]:
    """The levels of each wrapped line's characters, resolved over the lines joined again (the
    algorithm works on paragraphs, then lines are broken); None for a line with nothing to do."""
    if not rtl and not any(needs_bidi(text) for text in texts):
        return [None] * len(texts)
    levels = embedding_levels(" ".join(texts), rtl)
    out: list[tuple[int, ...] | None] = []
    start = 0
    for text in texts:
        line = levels[start : start + len(text)]
        start += len(text) + 1
        plain = not rtl and not any(line) and not BIDI_CONTROLS.intersection(text)
        out.append(None if plain else line)
    return out


@functools.lru_cache(maxsize=1024)  # the same line comes back in every item (a name, a label)
def _runs(
    texts: tuple[str, ...], levels: tuple[int, ...], rtl: bool
) -> tuple[tuple[int, str], ...]:
    """A line held in fragments of ``texts``, with its characters' ``levels``, as drawn from
    left to right: ``(fragment, characters)`` for each run of one fragment's characters."""
    text = "".join(texts)
    owner = [index for index, part in enumerate(texts) for _ in part]
    runs: list[tuple[int, str]] = []
    current, chars = -1, []  # fragment of the characters being gathered
    for position, char in _drawn(text, levels, visual_indices(text, levels, rtl)):
        if owner[position] != current and chars:
            runs.append((current, "".join(chars)))
            chars = []
        current = owner[position]
        chars.append(char)
    if chars:
        runs.append((current, "".join(chars)))
    return tuple(runs)


def _visual_words(line: Any, text: str, levels: Sequence[int] | None, rtl: bool) -> Any:
    if levels is None:
        return line
    drawn = "".join(chars for _, chars in _runs((text,), tuple(levels), rtl))
    return (line[0], [word for word in drawn.split(" ") if word], *line[2:])


def _visual_fragments(line: Any, text: str, levels: Sequence[int] | None, rtl: bool) -> Any:
    fragments = line.words
    if levels is None or any(not hasattr(f, "text") or hasattr(f, "cbDefn") for f in fragments):
        return line  # images, anchors: not in our documents, left as they are
    runs = _runs(tuple(f.text for f in fragments), tuple(levels), rtl)
    regrouped = [fragments[index].clone(text=chars) for index, chars in runs]
    # An empty fragment (the line break of a <br/>) ends the line; keep it last.
    regrouped += [f for f in fragments if not f.text]
    visual = copy.copy(line)
    visual.words = regrouped
    return visual
