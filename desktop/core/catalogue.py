"""The one catalogue of every text outside the Qt UI (core, storage, minutes, CLI, demo): gettext
``.po``/``.mo`` files, managed with Babel. No Qt.

Texts are declared in English where they are used, each under a stable key::

    TEXTS = texts(
        N_("copy.led", "{name} led the meeting."),
        NP_("withheld", "{count} item was not shared.", "{count} items were not shared."),
    )

The key is the gettext context (``msgctxt``) and the English sentence its ``msgid``:

- keys are stable: a :class:`~desktop.core.messages.Message` stored in a workspace (the consent
  basis of a shared item) names its key, and code tests keys (``consent.exception_*``);
- translators read the English itself, and a missing translation falls back to it;
- when an English sentence changes, Babel marks its translations *fuzzy* in every language, and
  the catalogue test fails until someone has checked them.

``make translations`` extracts the ``N_``/``NP_`` calls (and the demo's ``D_`` texts) into
``resources/translations/texts.pot``, merges it into ``texts_<lang>.po`` (CLDR plural rules come
with each language) and compiles the ``texts_<lang>.mo`` files the app ships and reads here.

French elides *de*, *que*, *le*... before a vowel: "Exemplaire d'Anne", not "de Anne". The
translator writes the fixed words; where a value follows such a word, :func:`elide` (run by
:meth:`Text.render`) joins them as the value requires, at render time.
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.languages import ENGLISH, LANGUAGES
from desktop.core.text import fill
from desktop.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")
DOMAIN = "texts"


@dataclass(frozen=True, slots=True)
class Text:
    """A text to translate: its key (the gettext context), its English, and for a text that
    depends on a number, its English plural (the number is the ``{count}`` value)."""

    key: str
    english: str
    plural: str = ""

    def template(self, lang: str, count: int | None = None) -> str:
        """The text in ``lang`` with its ``{placeholders}`` still to fill (English when the
        language or the translation is missing). A plural text needs ``count``."""
        catalogue = translations(lang)
        if self.plural:
            if count is None:
                raise ValueError(f"{self.key} depends on a number: give its count")
            return catalogue.npgettext(self.key, self.english, self.plural, count)
        return catalogue.pgettext(self.key, self.english)

    def render(
        self,
        lang: str,
        values: Mapping[str, str],
        *,
        count: int | None = None,
        isolate: bool = False,
    ) -> str:
        """The text in ``lang`` with ``values`` filled in literally (see
        :func:`~desktop.core.text.fill`; ``isolate`` wraps each in a Unicode isolate), French
        words before a value elided as the value requires (:func:`elide`). A plural text needs
        ``count``."""
        return fill(elide(self.template(lang, count), values, lang), values, isolate=isolate)


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
    if lang != "fr":
        return template

    def join(match: re.Match[str]) -> str:
        word, name = match.group(1), match.group(2)
        value = values.get(name)
        if value is None or not starts_with_vowel_sound(value):
            return match.group(0)
        return f"{word[:-1]}'{{{name}}}"

    return _ELIDABLE.sub(join, template)


def N_(key: str, english: str) -> Text:  # noqa: N802 - gettext's name, a keyword for Babel
    """Declare a text (Babel extracts every call)."""
    return Text(key, english)


def NP_(key: str, singular: str, plural: str) -> Text:  # noqa: N802 - a keyword for Babel
    """Declare a text with a singular and a plural, chosen by its ``{count}`` in each language's
    own plural rules (French says *0 point*, Dutch *0 punten*)."""
    return Text(key, singular, plural)


def D_(english: str) -> str:  # noqa: N802 - a keyword for Babel
    """Mark a text of the fictional demo for translation; it stays English here (the demo
    translates it with :func:`demo_text`)."""
    return english


def texts(*entries: Text) -> dict[str, Text]:
    """A table of texts by key; a key used twice is a mistake."""
    table: dict[str, Text] = {}
    for entry in entries:
        if entry.key in table:
            raise ValueError(f"the text key {entry.key!r} is declared twice")
        table[entry.key] = entry
    return table


def demo_text(english: str, lang: str) -> str:
    """A demo text (marked with :func:`D_`) in ``lang``; an empty text stays empty (gettext's
    empty message id is the catalogue's header)."""
    return translations(lang).gettext(english) if english else english


def catalogue_path(lang: str, suffix: str = ".mo") -> str:
    """Where the compiled (``.mo``) or source (``.po``) catalogue of ``lang`` lives."""
    return str(TRANSLATIONS_DIR / f"{DOMAIN}_{lang}{suffix}")


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang``, read once; English (the texts as declared) for
    English, a language the app does not speak, or a catalogue missing from the installation."""
    if lang == ENGLISH or lang not in LANGUAGES:
        return gettext.NullTranslations()
    try:
        with open(catalogue_path(lang), "rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return gettext.NullTranslations()
