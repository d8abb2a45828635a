"""The fonts the PDFs are set in, and what to do with a character they lack.

DejaVu Sans (regular and bold) ships under ``resources/fonts/`` with its licence. It covers
Latin with every European accent (Polish, Turkish, Czech...), Greek, Cyrillic, Hebrew with its
points, Arabic and most Persian and Urdu letters with their joined forms (not the Urdu yeh barree
ے nor heh goal ہ), and many symbols and emoji; it does not cover Chinese, Japanese or Korean.
reportlab embeds a subset of each TrueType font used (``/FontFile2``).

**Policy for a character the fonts lack** (e.g. ``あ``): the document is still produced; the
character is printed as a visible placeholder ``□`` (U+25A1) and reported in
:class:`MissingGlyph` values — which character, its code point, and where it occurs — so the
console can tell the user before they print. reportlab itself would print an invisible ``.notdef``
glyph that copies as ``\\x00``: never silently.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from desktop.core.text import without_isolates
from desktop.minutes.bidi import BIDI_CONTROLS
from desktop.resources import resource_path

FONTS_DIR = resource_path("fonts")
REGULAR = "EmptyChairSans"
BOLD = "EmptyChairSans-Bold"
PLACEHOLDER = "\u25a1"  # □, in every DejaVu face

_FORM_TAGS = ("<isolated>", "<final>", "<initial>", "<medial>")
_MAYBE_CONTROL = re.compile(f"[{''.join(sorted(BIDI_CONTROLS))}]")
_NOT_DRAWN = dict.fromkeys(map(ord, BIDI_CONTROLS))

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
}


@dataclass(frozen=True, slots=True)
class MissingGlyph:
    """A character the bundled fonts cannot draw, printed as ``□``, and where it occurs."""

    char: str
    places: tuple[str, ...]

    @property
    def codepoint(self) -> str:
        """``U+3042``-style code point."""
        return f"U+{ord(self.char):04X}"

    def describe(self) -> str:
        """One line for the console: ``'あ' (U+3042) in: Attendees — name``."""
        return f"'{self.char}' ({self.codepoint}) in: {'; '.join(self.places)}"


def is_presentation_form(char: str) -> bool:
    """Whether ``char`` is a joined Arabic form or ligature (U+FB50–U+FDFF, U+FE70–U+FEFF), drawn
    for the letters it stands for (:mod:`desktop.minutes.shaping`)."""
    return unicodedata.decomposition(char).startswith(_FORM_TAGS)


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap that is also right beyond U+FFFF (UTF-16 surrogate pairs), and that maps
    joined Arabic forms back to their letters (a lam-alef ligature to lam and alef).

    reportlab 5.1 writes ``<1F600>`` for 😀, an odd-length hex string readers reject, so copying
    or extracting an emoji gave nothing. Other characters are written as reportlab writes them.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({font_name})",
        f"/Ordering ({font_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    for code, char in enumerate(subset):
        text = (
            unicodedata.normalize("NFKC", chr(char))
            if is_presentation_form(chr(char))
            else chr(char)
        )
        utf16 = text.encode("utf-16-be", "surrogatepass").hex().upper()
        lines.append(f"<{code:02X}> <{utf16}>")
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class _EmbeddedFont(TTFont):
    """A TrueType font whose ToUnicode maps are right for characters beyond U+FFFF and for joined
    Arabic forms, and which
    remembers word widths (reportlab measures every word of every line in pure Python when its
    C accelerator is absent; minutes repeat the same words thousands of times).

    The accelerator (the ``rl_accel`` wheel on PyPI since reportlab 4) is not a dependency: with
    reportlab 5.1 on Python 3.11 its ``sameFrag``, called for every fragment of every line, is
    four times slower than reportlab's Python one, which made the 1,000-item minutes and bare
    reportlab alike 10 to 15 % slower, more than its faster number formatting and ASCII85 won
    back (benchmarks/bench_minutes.py, November 2026)."""

    _WIDTH_CACHE_LIMIT = 200_000

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[str, float] = {}

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        """Width of ``text`` at ``size`` points (cached per text at 1 point)."""
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) >= self._WIDTH_CACHE_LIMIT:
                self._widths.clear()
            # Bidi controls are never drawn (desktop.minutes.bidi): they take no room.
            drawn = text.translate(_NOT_DRAWN) if _MAYBE_CONTROL.search(text) else text
            width = self._widths[text] = super().stringWidth(drawn, 1.0, encoding)
        return width * size

    def addObjects(self, doc: object) -> None:  # noqa: N802 - reportlab's name
        subsets = [list(subset) for subset in self.state[doc].subsets]  # addObjects drops them
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if not any(c > 0xFFFF or is_presentation_form(chr(c)) for c in subset):
                continue
            base = (
                b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
            ).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base]  # type: ignore[attr-defined]
            stream.content = _to_unicode_cmap(base, subset)


_coverage: frozenset[int] | None = None


def register_fonts() -> frozenset[int]:
    """Register the bundled fonts with reportlab (once); returns the code points both faces draw
    (user text may be printed in either)."""
    global _coverage
    if _coverage is None:
        faces = []
        for name, file_name in _FILES.items():
            font = _EmbeddedFont(name, str(FONTS_DIR / file_name))
            pdfmetrics.registerFont(font)
            faces.append(frozenset(font.face.charToGlyph))
        # No italic face is bundled: <i> in our own texts would print upright.
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
        _coverage = frozenset.intersection(*faces)
    return _coverage


@functools.cache
def _drawn() -> frozenset[str]:
    """The characters both faces draw (:func:`register_fonts`' code points, as characters)."""
    return frozenset(map(chr, register_fonts()))


class GlyphReport:
    """Replaces characters the fonts lack with ``□`` and remembers where they were.

    One report per document: it remembers each text it was given, so that the labels, names
    and answers a document repeats hundreds of times are looked at once (each place a text
    with a missing character occurs is still noted)."""

    def __init__(self) -> None:
        self._drawable = _drawn()
        self._places: dict[str, list[str]] = {}
        self._known: dict[str, tuple[str, tuple[str, ...]]] = {}

    def drawable(self, text: str, where: str) -> str:
        """``text`` with every character the fonts lack replaced by ``□``; bidi controls are
        kept (they steer the order of the text and are never drawn)."""
        known = self._known.get(text)
        if known is None:
            missing = {
                char
                for char in set(text).difference(self._drawable)
                if not char.isspace() and char not in BIDI_CONTROLS
            }
            drawn = (
                "".join(PLACEHOLDER if char in missing else char for char in text)
                if missing
                else text
            )
            known = self._known[text] = (drawn, tuple(sorted(missing)))
        drawn, missing_chars = known
        if missing_chars:
            self._note(missing_chars, where)
        return drawn

    def _note(self, missing: tuple[str, ...], where: str) -> None:
        where = without_isolates(where)  # a place named by a sentence of the documents
        where = where if len(where) <= 100 else where[:99] + "…"
        for char in missing:
            places = self._places.setdefault(char, [])
            if where not in places:
                places.append(where)

    def missing(self) -> tuple[MissingGlyph, ...]:
        """What was replaced, in code point order."""
        return tuple(
            MissingGlyph(char, tuple(places)) for char, places in sorted(self._places.items())
        )
