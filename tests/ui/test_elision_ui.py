"""French elision in the Qt UI: "Porte-parole d'Anne", not "de Anne" (fill_in), and no template
that needs it filled with a bare ``.format``."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.core.entities import Nature
from desktop.ui.i18n import TRANSLATIONS_DIR, fill_in, install_translators
from desktop.ui.widgets.meeting_labels import nature_text

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
ELIDABLE = re.compile(r"(?<![\w'’-])(?:de|que|le|la|ne|se|je|me|te) \{(\w+)\}", re.I)
# Values written in digits (dates, times, counts): French never elides before them, so their
# templates may keep a plain .format ("pour le {date}").
IN_DIGITS = {"date", "due", "cutoff", "time", "day", "start", "end", "count", "years", "seq"}


@pytest.fixture
def french(qapp) -> Iterator[str]:
    yield install_translators("fr", qapp)
    install_translators("en", qapp)


def speaking_for(alias: str) -> str:
    template = QCoreApplication.translate("ChairPanel", "Speaking for {alias}: {advocate}")
    return fill_in(template, alias=alias, advocate="Me Renard")


def test_a_french_template_elides_before_a_name_that_needs_it(french: str) -> None:
    assert speaking_for("Anne") == "Porte-parole d'Anne : Me Renard"
    assert speaking_for("Émile") == "Porte-parole d'Émile : Me Renard"
    assert speaking_for("A.B.") == "Porte-parole d'A.B. : Me Renard"
    assert speaking_for("Hélène") == "Porte-parole d'Hélène : Me Renard"
    assert speaking_for("Bruno") == "Porte-parole de Bruno : Me Renard"
    assert nature_text(Nature.STATEMENT, "Inès Dubois") == "déclaration d'Inès Dubois"
    assert nature_text(Nature.STATEMENT, "Paul") == "déclaration de Paul"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_english_and_dutch_are_unchanged(qapp, lang: str) -> None:
    install_translators(lang, qapp)
    try:
        expected = {"en": "Speaking for Anne: Me Renard", "nl": "Spreekt voor Anne: Me Renard"}
        assert speaking_for("Anne") == expected[lang]
        # A Dutch "de" before a value is an article, never elided.
        assert fill_in("Bel de {name}", name="Anne") == "Bel de Anne"
    finally:
        install_translators("en", qapp)


def test_the_template_language_is_the_installed_translators(qapp) -> None:
    # Without a translator, tr() returns English: no French rule applies to it.
    install_translators("en", qapp)
    assert fill_in("Exemplaire de {name}", name="Anne") == "Exemplaire de Anne"
    install_translators("fr", qapp)
    try:
        assert fill_in("Exemplaire de {name} ({count})", name="Anne", count=2) == (
            "Exemplaire d'Anne (2)"
        )
    finally:
        install_translators("en", qapp)


def elidable_sources() -> set[tuple[str, str]]:
    """``(context, source)`` of every UI text whose French puts a value not in digits after de,
    que, le..."""
    found = set()
    tree = ET.parse(TRANSLATIONS_DIR / "emptychair_fr.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [translation.text or ""] + [
                f.text or "" for f in translation.iter("numerusform")
            ]
            names = {match.group(1) for form in forms for match in ELIDABLE.finditer(form)}
            if names - IN_DIGITS:
                found.add((name, message.findtext("source") or ""))
    return found


def translated_source(call: ast.expr) -> str | None:
    """The literal English of ``self.tr("…")`` or ``QCoreApplication.translate(ctx, "…")``."""
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute):
        return None
    index = {"tr": 0, "translate": 1}.get(call.func.attr)
    if index is None or len(call.args) <= index:
        return None
    argument = call.args[index]
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value
    return None


def test_no_template_that_elides_in_french_is_filled_with_format() -> None:
    """``self.tr("Speaking for {alias}").format(...)`` would print "de Anne" in French."""
    sources = {source for _, source in elidable_sources()}
    assert "Speaking for {alias}: {advocate}" in sources
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and translated_source(node.func.value) in sources
            ):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == [], f"fill these with desktop.ui.i18n.fill_in: {offenders}"
