"""A paragraph that wraps right-to-left text in reading order.

reportlab has no bidi algorithm: :mod:`desktop.minutes.markup` reverses right-to-left runs into
visual order before a plain ``Paragraph`` sees them. That is right for a run on one line, but a
run that wraps is then broken from its *end*, and its first words land on its last line.
:class:`BidiParagraph` is given the text in logical order (:func:`~desktop.minutes.markup.
logical_chunks`), lets reportlab break it into lines as usual (the line contents are then the
right ones), and puts each line in visual order only while drawing it. The broken lines are left
in logical order, so a paragraph split across pages keeps working on the typed text.

A paragraph without right-to-left letters draws exactly as a plain ``Paragraph`` does (one regex
search per piece of text), so left-to-right minutes pay nothing.

Limits: this is not the full Unicode bidi algorithm (no embeddings, no lam-alef, numbers keep
only their digits and separators together). Text extraction: pypdf gives each line back in
typed order when the line is all right-to-left, or left-to-right text with right-to-left runs;
in a right-to-left paragraph, a line that also holds Latin words is read with its runs in
left-to-right sequence (pypdf assumes left-to-right lines), and a full stop ending such a line
is read first.
"""

from __future__ import annotations

import copy
import unicodedata
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.minutes.markup import has_rtl, visual_order, visual_positions

_RTL = ("R", "AL")


class BidiParagraph(Paragraph):
    """A ``Paragraph`` whose markup holds right-to-left runs in logical order.

    Its direction is that of the first letter with one: a right-to-left paragraph reads its
    lines from the right (a full stop ending a line is drawn at its left) and, when its style
    is left-aligned, is set flush right. The part of a paragraph that flows onto the next page
    keeps the direction of the whole. Each line typed after a ``<br/>`` takes its own direction.
    """

    def __init__(self, text: Any, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        self._given_style = self.style
        self._rtl = False
        self._mixed = has_rtl("".join(_text(frag) for frag in self.frags))
        if self._mixed:  # else: drawn exactly as a plain Paragraph, at no extra cost
            first_line: list[str] = []
            for frag in self.frags:
                if getattr(frag, "lineBreak", False):
                    break
                first_line.append(_text(frag))
            self._set_direction(_first_strong("".join(first_line)) in _RTL)

    def _set_direction(self, rtl: bool) -> None:
        self._rtl = rtl
        self.style = self._given_style
        if rtl and self.style.alignment == TA_LEFT:
            self.style = ParagraphStyle(f"{self.style.name}-rtl", self.style, alignment=TA_RIGHT)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """reportlab's split; the parts keep this paragraph's direction."""
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if part is self or not isinstance(part, BidiParagraph):
                continue
            part._mixed = part._mixed or self._mixed
            if part._rtl != self._rtl:
                part._given_style = _left_aligned(part.style, self._given_style)
                part._set_direction(self._rtl)
        return parts

    def drawPara(self, debug: int = 0) -> Any:  # noqa: N802 - reportlab's name
        """Draw with each wrapped line in visual order; the broken lines are left untouched."""
        logical = self.blPara
        visual = _visual_lines(logical, self._rtl) if self._mixed else None
        if visual is None:
            return super().drawPara(debug)
        self.blPara = visual
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


def _text(frag: Any) -> str:
    """A fragment's text; the parts reportlab splits off carry theirs as a list of words."""
    text = getattr(frag, "text", None)
    if text is not None:
        return text
    words = getattr(frag, "words", None) or ()
    return " ".join(w if isinstance(w, str) else getattr(w, "text", "") for w in words)


def _left_aligned(style: ParagraphStyle, given: ParagraphStyle) -> ParagraphStyle:
    """``style`` with the alignment of ``given`` (what the paragraph was created with)."""
    if style.alignment == given.alignment:
        return style
    return ParagraphStyle(style.name, style, alignment=given.alignment)


def _first_strong(text: str) -> str:
    """The bidi class of the first letter with a direction ("L", "R", "AL"), or ""."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind
    return ""


def _visual_lines(bl_para: Any, rtl: bool) -> Any:
    """A copy of reportlab's broken lines in drawing order, or None when none needs it.
    ``rtl``: the direction of the paragraph's first typed line."""
    if bl_para.kind == 0:  # one style, no <br/>: lines are (extra space, [words])
        lines = [_visual_words(line, rtl) for line in bl_para.lines]
    else:  # several styles or <br/>: lines hold fragments, each with its own font
        lines = []
        typed: list[Any] = []  # the wrapped lines of one typed line
        for line in bl_para.lines:
            typed.append(line)
            if getattr(line, "lineBreak", False) or line is bl_para.lines[-1]:
                if lines:  # a line typed after a <br/> has its own direction
                    text = "".join(getattr(f, "text", "") for ln in typed for f in ln.words)
                    rtl = has_rtl(text) and _first_strong(text) in _RTL
                lines += [_visual_fragments(ln, rtl) for ln in typed]
                typed = []
    if all(new is old for new, old in zip(lines, bl_para.lines, strict=True)):
        return None
    visual = copy.copy(bl_para)
    visual.lines = lines
    return visual


def _visual_words(line: Any, rtl: bool) -> Any:
    extra, words = line[0], line[1]
    text = " ".join(words)
    if not has_rtl(text):
        return line
    return (extra, visual_order(text, rtl).split(" "), *line[2:])


def _visual_fragments(line: Any, rtl: bool) -> Any:
    fragments = line.words
    if any(not hasattr(f, "text") or hasattr(f, "cbDefn") for f in fragments):
        return line  # images, anchors: not in our documents, left as they are
    text = "".join(f.text for f in fragments)
    if not has_rtl(text):
        return line
    owner = [index for index, f in enumerate(fragments) for _ in f.text]
    regrouped: list[Any] = []
    current, chars = -1, []  # fragment of the characters being gathered
    for position, char in visual_positions(text, rtl):
        if owner[position] != current and chars:
            regrouped.append(fragments[current].clone(text="".join(chars)))
            chars = []
        current = owner[position]
        chars.append(char)
    if chars:
        regrouped.append(fragments[current].clone(text="".join(chars)))
    # An empty fragment (the line break of a <br/>) ends the line; keep it last.
    regrouped += [f for f in fragments if not f.text]
    visual = copy.copy(line)
    visual.words = regrouped
    return visual
