"""Both catalogues are complete in every language, and the compiled files are up to date.

- gettext (everything outside ``desktop/ui``): every text the source declares (``N_``, ``NP_``,
  ``D_``) is in ``texts_<lang>.po``, translated (not empty, not fuzzy, every plural form) with the
  same ``{placeholders}``; nothing else is; ``texts_<lang>.mo`` is that ``.po`` compiled.
- Qt Linguist (``desktop/ui``): every ``tr()`` string ``pyside6-lupdate`` finds is in
  ``emptychair_<lang>.ts``, finished, with its placeholders and Alt key.

A failure names each entry; ``make translations`` brings new ones in (see docs/translating.md).
"""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from desktop.core.catalogue import TRANSLATIONS_DIR, Text, catalogue_path
from desktop.core.languages import ENGLISH, LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
TRANSLATED = [lang for lang in LANGUAGES if lang != ENGLISH]
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


def declared() -> dict[tuple[str | None, str], tuple[str, ...]]:
    """(context, English) -> the English forms, for every text the source declares."""
    keywords = {"N_": ((1, "c"), 2), "NP_": ((1, "c"), 2, 3), "D_": None}
    found: dict[tuple[str | None, str], tuple[str, ...]] = {}
    for path in SCRIPT.text_sources():
        for _line, message, _comments, context in extract_from_file(
            "python", str(path), keywords=keywords
        ):
            forms = message if isinstance(message, tuple) else (message,)
            found[(context, forms[0])] = forms
    return found


def po(lang: str) -> Catalog:
    with open(catalogue_path(lang, ".po"), "rb") as handle:
        return read_po(handle)


def _forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def test_the_source_declares_every_kind_of_text() -> None:
    texts = declared()
    assert len(texts) > 300
    assert any(len(forms) == 2 for forms in texts.values())  # plurals
    assert any(context is None for context, _ in texts)  # the demo's
    assert any(context == "consent.refused" for context, _ in texts)  # the core's


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_declared_text_is_translated_with_its_placeholders(lang: str) -> None:
    catalog = po(lang)
    wanted = declared()
    present = {(m.context, _forms(m.id)[0]): m for m in catalog if m.id}
    problems = [f"missing: {key}" for key in wanted if key not in present]
    problems += [f"no longer in the source: {key}" for key in present.keys() - wanted.keys()]
    for key, message in present.items():
        forms = _forms(message.string)
        if message.fuzzy:
            problems.append(f"fuzzy: {key}")
        if not all(form.strip() for form in forms):
            problems.append(f"empty: {key}")
            continue
        english = {name for text in _forms(message.id) for name in PLACEHOLDER.findall(text)}
        for form in forms:
            used = set(PLACEHOLDER.findall(form))
            # A plural form may leave out {count} ("één punt"), never another value.
            if not english - {"count"} <= used <= english:
                problems.append(f"changes placeholders: {key} -> {form!r}")
    assert problems == []
    assert catalog.obsolete == {}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_the_source_one(lang: str) -> None:
    catalog = po(lang)
    out = io.BytesIO()
    write_mo(out, catalog)
    shipped = Path(catalogue_path(lang)).read_bytes()
    assert shipped == out.getvalue(), "run `make translations` to rebuild the .mo"


def test_keys_are_declared_once_across_tables() -> None:
    from desktop import cli
    from desktop.core import broken_text, messages
    from desktop.minutes import texts
    from desktop.storage import errors, verify_texts

    tables = [
        messages.CATALOG,
        broken_text.FIELD_NAMES,
        texts.TEXTS,
        errors.TEXTS,
        verify_texts.TEXTS,
        cli.TEXTS,
    ]
    keys = [key for table in tables for key in table]
    assert len(keys) == len(set(keys))
    assert all(isinstance(text, Text) for table in tables for text in table.values())


WORKSPACE_ERRORS = {
    "WorkspaceError",
    "WrongPassphrase",
    "InvalidPassphrase",
    "NotAWorkspace",
    "WorkspaceExists",
    "CorruptWorkspace",
    "ReadOnlyWorkspace",
    "DiskFull",
    "WorkspaceLocked",
    "NewerVersion",
    "MeetingNotPrepared",
    "MaintenanceRefused",
    "BackupFailed",
    "UsageError",
    "UnreadableWorkspace",
    "InvalidText",
}


def test_no_workspace_error_is_raised_with_an_untranslated_sentence() -> None:
    """A sentence for a user is a text of the catalogue (``problem(...)``), never a literal."""
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in WORKSPACE_ERRORS and isinstance(node.args[0], ast.Constant | ast.JoinedStr):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


# --- Qt Linguist -----------------------------------------------------------------------------


def ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def has_alt_key(text: str) -> bool:
    """``&`` before a letter marks an Alt key; ``&&`` and ``" & "`` are a plain ampersand."""
    return re.search(r"&[^&\s]", text.replace("&&", "")) is not None


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_ui_entry_is_finished_with_its_placeholders_and_alt_key(lang: str) -> None:
    entries = ts_messages(TRANSLATIONS_DIR / f"emptychair_{lang}.ts")
    assert len(entries) > 500
    problems = []
    for context, source, translation in entries:
        kind = translation.get("type", "")
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if kind or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for text in texts:
            if set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r} changes placeholders")
            if has_alt_key(source) != has_alt_key(text):
                problems.append(f"{context}: {source!r} -> {text!r} adds or loses its Alt key")
    assert problems == []


@pytest.mark.slow
def test_every_ui_string_of_the_source_is_in_each_catalogue(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *SCRIPT.ui_sources(), "-ts", fresh, "-no-obsolete", "-locations", "none"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    source = {(context, text) for context, text, _ in ts_messages(fresh)}
    for lang in TRANSLATED:
        shipped = {
            (context, text)
            for context, text, _ in ts_messages(TRANSLATIONS_DIR / f"emptychair_{lang}.ts")
        }
        assert sorted(source - shipped) == [], f"{lang}: missing, run make translations"
        assert sorted(shipped - source) == [], f"{lang}: no longer in the source"
