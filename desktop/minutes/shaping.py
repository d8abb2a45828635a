"""Joined Arabic letters, by arabic-reshaper.

reportlab draws one glyph per character, so Arabic letters must be given in the form that joins
them to their neighbours: the Unicode "presentation forms" (U+FB50–U+FDFF, U+FE70–U+FEFF), which
DejaVu Sans draws. arabic-reshaper picks each letter's form (initial, medial, final, isolated),
forms the lam-alef ligatures (لا) and knows the Persian and Urdu letters (پ چ ژ گ ک ی ٹ ڈ ڑ ں).
The PDF's ToUnicode map sends each form back to the letters it stands for (see
:mod:`desktop.minutes.fonts`), so copying or extracting the text gives what the user typed.

What is ours: the reshaper is told what the bundled font can draw. Harakat are kept (a user's
text is printed as typed); the only ligatures are the lam-alef ones (mandatory in Arabic
script; the optional word ligatures, such as the one for "Allah", would change how a name looks);
a form the font lacks is replaced by the letter itself, still joining its neighbours, rather than
printed as an invisible glyph. DejaVu Sans has no yeh barree (ے) nor heh goal (ہ) at all: those
are □ in the missing-glyph report, like any character the font lacks.

Why not reportlab's own shaping (``ParagraphStyle(shaping=1)`` with uharfbuzz): see
:mod:`desktop.minutes.bidi`.
"""

from __future__ import annotations

import functools
import re

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.letters import LETTERS_ARABIC
from arabic_reshaper.ligatures import LIGATURES

from desktop.minutes.fonts import register_fonts

# Letters the reshaper gives a form to (Arabic, Persian, Urdu...): the rest is left alone.
_ARABIC_LETTER = re.compile("[\u0620-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# The ligatures Arabic script requires; every other one is optional typography.
_LAM_ALEF = frozenset(
    f"ARABIC LIGATURE LAM WITH ALEF{variant}"
    for variant in ("", " WITH HAMZA ABOVE", " WITH HAMZA BELOW", " WITH MADDA ABOVE")
)


@functools.cache
def _reshaper(coverage: frozenset[int]) -> ArabicReshaper:
    """A reshaper that only produces what a font drawing the code points ``coverage`` has."""
    # Every setting is given, so a configuration file named in the environment changes nothing.
    configuration: dict[str, bool | str] = {
        "language": "Arabic",  # Arabic, Persian and Urdu letters
        "delete_harakat": False,
        "shift_harakat_position": False,
        "delete_tatweel": False,
        "support_zwj": True,
        "use_unshaped_instead_of_isolated": False,
        "support_ligatures": True,
    }
    for name, (_, forms) in LIGATURES:
        drawn = all(not form or ord(form) in coverage for form in forms)
        configuration[name] = name in _LAM_ALEF and drawn
    reshaper = ArabicReshaper(configuration=configuration)
    # A form the font lacks becomes the letter itself: joining is decided on the table's
    # empty entries, which stay as they are, so the neighbours still join.
    reshaper.letters = {
        letter: tuple(
            form if not form or len(form) > 1 or ord(form) in coverage else letter for form in forms
        )
        for letter, forms in LETTERS_ARABIC.items()
    }
    return reshaper


def shape_arabic(text: str) -> str:
    """``text`` with its Arabic letters joined (logical order), in forms the bundled fonts draw."""
    if not _ARABIC_LETTER.search(text):
        return text
    return _reshaped(text)


# Only texts with Arabic letters are remembered: the thousands of other lines of long minutes
# pushed the names out of the cache, and each was joined again (a millisecond each).
@functools.lru_cache(maxsize=1024)  # names come back in every item's fields
def _reshaped(text: str) -> str:
    return _reshaper(register_fonts()).reshape(text)
