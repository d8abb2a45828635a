"""The languages Empty Chair speaks: the one list, used by the UI, the CLI, the documents and the
tests alike.

A language is a two-letter code (``"en"``, ``"fr"``, ``"nl"``). Each has the name it calls itself
(the settings list languages that way, so a reader finds theirs whatever the UI's language) and
the CLDR locale its dates, numbers and lists are written in: Belgian usage for French and Dutch,
our first users' (``12 maart 2026``, ``1 234``), and British usage for English (``12 March
2026``, ``1,234``). Adding a language starts here: see ``docs/translating.md``.
"""

from __future__ import annotations

ENGLISH = "en"

# In the order the settings list them.
LANGUAGES: tuple[str, ...] = ("en", "fr", "nl")

NATIVE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "nl": "Nederlands"}

LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}


def is_supported(code: str) -> bool:
    """True for a language code of :data:`LANGUAGES` (exactly: ``"nl"``, not ``"nl_BE"``)."""
    return code in LANGUAGES


def language_of(locale_name: str) -> str:
    """The app's language for a locale such as ``nl_BE``, ``fr-FR`` or ``nl_BE.UTF-8``: its
    language when the app speaks it, else English."""
    code = locale_name.split(".")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def locale_of(lang: str) -> str:
    """The CLDR locale that writes dates, numbers and lists in ``lang`` (English's when the
    language is unknown)."""
    return LOCALES.get(lang, LOCALES[ENGLISH])
