"""The user's language: Qt translators for the UI, and a language code for the core's texts.

The UI's strings go through ``self.tr()`` and the ``.qm`` files under ``resources/translations``;
the core (gate reasons, policy texts) is Qt-free and takes a language code, which
:func:`current_language` gives. The language follows the system locale unless the workspace's
settings choose one.

English is the source language, yet it has a small catalogue too: the plural forms of counted
sentences (``self.tr("%n minute(s)", "", n)`` reads "1 minute", "5 minutes"), as Qt advises.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")
SUPPORTED = ("en", "fr")

_state: dict[str, object] = {"language": "", "translators": []}


def language_of(locale_name: str) -> str:
    """The app's language for a locale such as ``fr_BE``: its language if supported, else
    English."""
    code = locale_name.split("_")[0].split("-")[0].lower()
    return code if code in SUPPORTED else "en"


def system_language() -> str:
    """The system locale's language if the app speaks it, else English."""
    return language_of(QLocale.system().name())


def resolve_language(choice: str = "", locale_name: str | None = None) -> str:
    """The language to use: ``choice`` when it is supported, else the locale's (the system's
    by default)."""
    if choice in SUPPORTED:
        return choice
    return language_of(locale_name) if locale_name is not None else system_language()


def install_translators(choice: str = "", app: QCoreApplication | None = None) -> str:
    """Install the translators for ``choice`` (or the system language); returns the code used.

    Replaces translators installed by an earlier call, so a changed setting can take effect.
    """
    app = app or QCoreApplication.instance()
    language = resolve_language(choice)
    translators: list[QTranslator] = _state["translators"]  # type: ignore[assignment]
    if app is not None:
        for translator in translators:
            app.removeTranslator(translator)
    translators.clear()
    if app is not None:
        own = QTranslator(app)
        if own.load(str(TRANSLATIONS_DIR / f"emptychair_{language}.qm")):
            app.installTranslator(own)
            translators.append(own)
    if app is not None and language != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            translators.append(qt)
    _state["language"] = language
    if isinstance(app, QGuiApplication):
        # Window systems add the display name to titles that do not already end with it.
        app.setApplicationDisplayName(QCoreApplication.translate("Application", "Empty Chair"))
    return language


def current_language() -> str:
    """``"en"`` or ``"fr"``: the language the UI is shown in, for the core's texts."""
    language = _state["language"]
    return language if isinstance(language, str) and language else system_language()
