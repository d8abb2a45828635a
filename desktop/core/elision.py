"""French elision before a filled-in value: "Exemplaire d'Anne", not "de Anne" (no Qt).

A translator writes "Exemplaire de {name}"; whether *de* keeps its vowel depends on the name,
known only when the text is rendered. :func:`elide` rewrites such a template for its values; the
catalogue (:meth:`desktop.core.catalogue.Text.render`) and the Qt UI
(:func:`desktop.ui.i18n.fill_in`) both run it. Standard library only: the UI's startup path
imports it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

FRENCH = "fr"

# The French words that lose their vowel before one ("de Anne" -> "d'Anne"), directly before a
# placeholder; after a letter or an apostrophe they are the end of a longer word ("lorsque"),
# after a hyphen an imperative's pronoun ("donnez-le"), which does not elide.
_ELIDABLE = re.compile(
    r"(?<![\w'’-])(de|que|le|la|ne|se|je|me|te) \{([A-Za-z_][A-Za-z0-9_]*)\}", re.I
)
_VOWELS = frozenset("aeiouyæœ")
_ISOLATES = "\u2066\u2067\u2068\u2069\u200e\u200f"


def starts_with_vowel_sound(value: str) -> bool:
    """Whether French elides before ``value``: it begins with a vowel (a e i o u y, æ œ, with or
    without accents, either case) or with an h.

    - *h*: French first names have a mute h (d'Hélène, d'Henri, d'Hugo, d'Hervé), and the values
      these texts put after *de* or *que* are mostly names; so every h elides, one rule that a
      user can predict. A name with an aspirated h (Hugues) reads "d'Hugues": a small slip next
      to the "de Anne" it saves everywhere else.
    - *y*: elides before a consonant (d'Yves, d'Yvonne) but not before a vowel, where it sounds
      like a consonant itself (de Yasmine, de Yolande, le yaourt).
    - Initials follow their first letter (d'A.B., de B.A.); a digit, a quote or any other sign
      never elides (the value is not a word French reads as such).
    """
    text = value.lstrip(_ISOLATES)
    if not text:
        return False
    first = unicodedata.normalize("NFD", text[0])[0].lower()
    if first == "h":
        return True
    if first not in _VOWELS:
        return False
    if first == "y" and len(text) > 1:
        return unicodedata.normalize("NFD", text[1])[0].lower() not in _VOWELS
    return True


def elide(template: str, values: Mapping[str, str], lang: str) -> str:
    """``template`` with each French *de*, *que*, *le*, *la*, *ne*, *se*, *je*, *me*, *te* that
    stands right before a ``{placeholder}`` elided when the value that fills it begins with a
    vowel sound (:func:`starts_with_vowel_sound`): "de {name}" becomes "d'{name}" for Anne,
    "Que {name}" becomes "Qu'{name}" for Émile. Only at a placeholder's boundary: the words
    between two fixed words are the translator's. Other languages are returned unchanged (Dutch
    "de {name}" is an article)."""
    if lang != FRENCH:
        return template

    def join(match: re.Match[str]) -> str:
        word, name = match.group(1), match.group(2)
        value = values.get(name)
        if value is None or not starts_with_vowel_sound(value):
            return match.group(0)
        return f"{word[:-1]}'{{{name}}}"

    return _ELIDABLE.sub(join, template)
