"""Update both translation catalogues from the source, for every language.

``make translations`` runs it in ``.venv``:

1. the Qt UI (``desktop/ui``): ``pyside6-lupdate`` refreshes ``resources/translations/
   emptychair_<lang>.ts`` and ``pyside6-lrelease`` compiles ``emptychair_<lang>.qm`` (English,
   the source, has one too: the plural forms of its counted sentences);
2. everything else (core, storage, minutes, CLI, demo): Babel extracts the ``N_``/``NP_``/``D_``
   texts into a template, merges it into ``texts_<lang>.po`` (a new language starts with its CLDR
   plural rules; a changed English text comes back *fuzzy*) and compiles ``texts_<lang>.mo``.

The compiled files are committed: the wheel and the bundle carry them as package data, and
``tests/test_catalogues.py`` fails when one is stale or an entry is missing or unfinished.
Fill in what it reports, then run this again. The languages are those of
``desktop/core/languages.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.languages import ENGLISH, LANGUAGES  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
# N_(key, english) and NP_(key, singular, plural): the key is the context (msgctxt); D_(english)
# marks the demo's texts. Babel's default keywords (_, gettext...) are not used here.
KEYWORDS = ("N_:1c,2", "NP_:1c,2,3", "D_")


def ui_sources() -> list[str]:
    """The Qt UI's Python files, as ``pyside6-lupdate`` reads them."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop" / "ui").rglob("*.py"))


def text_sources() -> list[Path]:
    """Every Python file outside the Qt UI that may declare texts."""
    ui = ROOT / "desktop" / "ui"
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if ui not in p.parents)


def update_qt(lang: str) -> None:
    """Refresh and compile the Qt Linguist catalogue of ``lang``. English is the source, yet
    its catalogue holds the plural forms of counted sentences (``tr("%n minute(s)", "", n)``)."""
    ts = TRANSLATIONS / f"emptychair_{lang}.ts"
    options = ["-pluralonly", "-target-language", ENGLISH] if lang == ENGLISH else []
    command = [BIN / "pyside6-lupdate", *ui_sources(), "-ts", ts, "-no-obsolete"]
    subprocess.run([*command, "-locations", "none", *options], cwd=ROOT, check=True)
    qm = TRANSLATIONS / f"emptychair_{lang}.qm"
    subprocess.run([BIN / "pyside6-lrelease", ts, "-qm", qm], cwd=ROOT, check=True)


def babel(*arguments: str | Path) -> None:
    """Run one ``pybabel`` command (from its Python API: no shell, same interpreter)."""
    CommandLineInterface().run(["pybabel", "--quiet", *map(str, arguments)])


def extract(template: Path) -> None:
    """Extract every declared text into ``template`` (a ``.pot``)."""
    keywords = [argument for keyword in KEYWORDS for argument in ("-k", keyword)]
    babel(
        "extract",
        "--no-default-keywords",
        *keywords,
        "--add-comments=TRANSLATORS:",
        "--no-location",
        "--project=Empty Chair",
        "--copyright-holder=Empty Chair",
        "-o",
        template,
        *(path.relative_to(ROOT) for path in text_sources()),
    )


def update_gettext(lang: str, template: Path) -> None:
    """Merge ``template`` into ``texts_<lang>.po`` (created when missing), then compile it."""
    po = TRANSLATIONS / f"texts_{lang}.po"
    if not po.exists():
        babel("init", "-i", template, "-o", po, "-l", lang)
    babel(
        "update",
        "-i",
        template,
        "-o",
        po,
        "-l",
        lang,
        "--ignore-obsolete",
        "--ignore-pot-creation-date",
    )
    # A fuzzy entry is a guess: it is left out of the .mo (English shows) until checked.
    babel("compile", "-i", po, "-o", TRANSLATIONS / f"texts_{lang}.mo", "-l", lang)


def main() -> int:
    """Update every catalogue; returns the exit status."""
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "texts.pot"
        extract(template)
        for lang in LANGUAGES:
            update_qt(lang)
            if lang != ENGLISH:  # the source language of gettext: the texts as written
                update_gettext(lang, template)
    return 0


if __name__ == "__main__":
    sys.exit(main())
