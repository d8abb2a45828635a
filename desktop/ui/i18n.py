"""The user's language in the UI: Qt translators for the UI's own strings.

The UI's strings go through ``self.tr()`` and the ``.qm`` files under ``resources/translations``.
Everything else (gate reasons, refusals, policy texts, documents) is Qt-free and takes a language
code, which the app decides once (:func:`install_translators` returns it) and passes down to each
window: there is no "current language" to read from anywhere else. The languages are those of
:mod:`desktop.core.languages`; the language follows the system locale unless the workspace's
settings choose one.

English is the source language, yet it has a small catalogue too: the plural forms of counted
sentences (``self.tr("%n minute(s)", "", n)`` reads "1 minute", "5 minutes"), as Qt advises.

A translated template that puts a value after French *de*, *que*, *le*... is filled with
:func:`fill_in` rather than ``.format``, so that it reads "Porte-parole d'Anne", not "de Anne".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.core.elision import elide
from desktop.core.languages import ENGLISH, LANGUAGES, is_supported, language_of
from desktop.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")

# The translators this module installed, so that a changed setting can replace them (Qt keeps
# them installed on the application; this list only lets us take ours out again).
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system locale's language if the app speaks it, else English."""
    return language_of(QLocale.system().name())


def resolve_language(choice: str = "", locale_name: str | None = None) -> str:
    """The language to use: ``choice`` when it is supported, else the locale's (the system's
    by default)."""
    if is_supported(choice):
        return choice
    return language_of(locale_name) if locale_name is not None else system_language()


def qm_path(lang: str) -> str:
    """The compiled Qt catalogue of ``lang``."""
    return str(TRANSLATIONS_DIR / f"emptychair_{lang}.qm")


def install_translators(choice: str = "", app: QCoreApplication | None = None) -> str:
    """Install the translators for ``choice`` (or the system language); returns the code used,
    for the caller to pass down to the windows it builds.

    Replaces translators installed by an earlier call, so a changed setting can take effect.
    """
    app = app or QCoreApplication.instance()
    language = resolve_language(choice)
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if app is not None:
        own = QTranslator(app)
        if own.load(qm_path(language)):
            app.installTranslator(own)
            _installed.append(own)
    if app is not None and language != ENGLISH:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    if isinstance(app, QGuiApplication):
        # Window systems add the display name to titles that do not already end with it.
        app.setApplicationDisplayName(QCoreApplication.translate("Application", "Empty Chair"))
    return language


def fill_in(template: str, **values: object) -> str:
    """``template.format(**values)`` for a template ``self.tr()`` returned, with the French words
    before a value elided as the value requires: ``fill_in(self.tr("Speaking for {alias}"),
    alias="Anne")`` reads "Porte-parole d'Anne" in French (see
    :func:`desktop.core.elision.elide`; English and Dutch are unchanged).

    The template is in the language of the translator installed here, which is what ``tr()``
    translated it with: that language's rules apply, whatever ``lang`` a widget was given.
    """
    return elide(
        template, {name: str(value) for name, value in values.items()}, _ui_language()
    ).format(**values)


def _ui_language() -> str:
    """The language of the UI translator installed by :func:`install_translators` (English
    when none is)."""
    return language_of(_installed[0].language()) if _installed else ENGLISH


__all__ = [
    "LANGUAGES",
    "TRANSLATIONS_DIR",
    "fill_in",
    "install_translators",
    "language_of",
    "qm_path",
    "resolve_language",
    "system_language",
]
