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
translator writes the fixed words; where a value follows such a word,
:func:`~desktop.core.elision.elide` (run by :meth:`Text.render`) joins them as the value
requires, at render time.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.elision import elide
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
