"""Choosing the language: system by default, a setting overrides, English needs no file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.ui import i18n


@pytest.mark.parametrize(
    ("system", "choice", "expected"),
    [
        ("fr_BE", "", "fr"),
        ("nl_BE", "", "nl"),
        ("de_DE", "", "en"),
        ("nl_NL", "fr", "fr"),
        ("en_GB", "fr", "fr"),
        ("fr_FR", "en", "en"),
        ("fr_FR", "de", "fr"),
    ],
)
def test_resolve_language(system: str, choice: str, expected: str) -> None:
    assert i18n.resolve_language(choice, system) == expected


def test_installing_french_translates_and_english_removes_it(qapp) -> None:
    assert i18n.install_translators("fr", qapp) == "fr"
    assert QCoreApplication.translate("DirectoryView", "Directory of professionals") == (
        "Annuaire des professionnels"
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own
    assert i18n.install_translators("en", qapp) == "en"
    assert QCoreApplication.translate("DirectoryView", "Directory of professionals") == (
        "Directory of professionals"
    )


def test_installing_dutch_translates_the_ui_and_qt(qapp) -> None:
    assert i18n.install_translators("nl", qapp) == "nl"
    assert QCoreApplication.translate("DirectoryView", "Directory of professionals") == (
        "Adresboek van hulpverleners"
    )
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # Qt's own
    assert qapp.applicationDisplayName() == "De lege stoel"
    i18n.install_translators("en", qapp)


def test_the_display_name_follows_the_language(qapp) -> None:
    i18n.install_translators("fr", qapp)
    assert qapp.applicationDisplayName() == "La chaise vide"
    i18n.install_translators("en", qapp)
    assert qapp.applicationDisplayName() == "Empty Chair"
