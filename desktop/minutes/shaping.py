"""Joined Arabic letters without a shaping engine.

reportlab draws one glyph per character; Arabic letters must take their initial, medial or final
form to join. The Unicode "presentation forms" (U+FE70–U+FEFF), which DejaVu Sans draws, give each
letter its four shapes; :func:`shape_arabic` picks one per letter from its neighbours. The PDF's
ToUnicode map sends each form back to its base letter (see :mod:`desktop.minutes.fonts`), so
copying or extracting the text gives what the user typed.

Limits: no lam-alef ligature (the two letters are joined side by side), and letters outside the
basic Arabic alphabet (Persian, Urdu extensions) keep their isolated shape.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_LETTER = re.compile("[\u0620-\u064a]")
_FORM_NAMES = ("isolated", "final", "initial", "medial")


def _forms() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for code in range(0xFE70, 0xFF00):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) != 2 or decomposition[0][1:-1] not in _FORM_NAMES:
            continue
        base = chr(int(decomposition[1], 16))
        if unicodedata.category(base) != "Lo":
            continue  # harakat with tatweel and the like
        table.setdefault(base, {})[decomposition[0][1:-1]] = chr(code)
    return table


FORMS = _forms()
PRESENTATION_FORMS = frozenset(form for forms in FORMS.values() for form in forms.values())


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest letter before (step -1) or after (+1), skipping marks that do not join."""
    index += step
    while 0 <= index < len(text) and unicodedata.category(text[index]) == "Mn":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def shape_arabic(text: str) -> str:
    """``text`` with each Arabic letter in the form its neighbours call for (logical order)."""
    if not _ARABIC_LETTER.search(text):
        return text
    out = []
    for index, char in enumerate(text):
        forms = FORMS.get(char)
        if forms is None:
            out.append(char)
            continue
        before, after = _neighbour(text, index, -1), _neighbour(text, index, 1)
        joins_before = "final" in forms and "medial" in FORMS.get(before, {})
        joins_after = "initial" in forms and "final" in FORMS.get(after, {})
        if joins_before and joins_after and "medial" in forms:
            form = "medial"
        elif joins_before:
            form = "final"
        elif joins_after:
            form = "initial"
        else:
            form = "isolated"
        out.append(forms.get(form, forms.get("isolated", char)))
    return "".join(out)
