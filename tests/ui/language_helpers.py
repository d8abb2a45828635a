"""What a window shows, and which of it is English left untranslated.

Shared by the language tests: :func:`shown_texts` collects every text a user can see or hear
(screen readers) in a window; :class:`EnglishMatcher` knows, for one language, the English of
the UI's catalogue (``resources/translations/emptychair_<lang>.ts``), of the gettext catalogue
(``texts_<lang>.po``: the core's sentences, the documents...) and of the policy files, and finds
a shown text that is one of them, placeholders filled in or not.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from babel.messages.pofile import read_po
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop.core.catalogue import catalogue_path
from desktop.core.policy import POLICIES_DIR
from desktop.ui.i18n import TRANSLATIONS_DIR

PLACEHOLDER = re.compile(r"\{(\w*)\}")
# A template's English must hold a real word, else "{mark} {mission}" would match anything.
WORD = re.compile(r"[A-Za-z]{3,}")


def plain(text: str) -> str:
    """``text`` without accelerator marks (``&Open`` -> ``Open``; ``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def ts_path(lang: str) -> Path:
    """The UI's Qt Linguist catalogue of ``lang``."""
    return TRANSLATIONS_DIR / f"emptychair_{lang}.ts"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """``(context, source, translation element)`` for every message of a ``.ts`` file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def translation_texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _policy_pairs(value: object, lang: str) -> Iterable[tuple[str, str]]:
    if isinstance(value, dict):
        if isinstance(value.get("en"), str) and isinstance(value.get(lang), str):
            yield value["en"], value[lang]
        for item in value.values():
            yield from _policy_pairs(item, lang)
    elif isinstance(value, list):
        for item in value:
            yield from _policy_pairs(item, lang)


def gettext_pairs(lang: str) -> list[tuple[str, str]]:
    """(English, translation) of every entry of the gettext catalogue of ``lang`` (each plural
    form against the English plural too)."""
    with open(catalogue_path(lang, ".po"), "rb") as handle:
        catalog = read_po(handle)
    pairs = []
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            pairs += [(english, text) for english in message.id for text in message.string]
        else:
            pairs.append((message.id, message.string))
    return pairs


def english_pairs(lang: str) -> list[tuple[str, str]]:
    """Every (English, ``lang``) pair the app can show: the UI catalogue, the gettext catalogue
    (core sentences, documents, storage, CLI, demo), the policies."""
    pairs = []
    for _context, source, translation in messages(ts_path(lang)):
        pairs += [(plain(source), plain(text)) for text in translation_texts(translation)]
    pairs += gettext_pairs(lang)
    for path in sorted(POLICIES_DIR.glob("*.json")):
        pairs += _policy_pairs(json.loads(path.read_text(encoding="utf-8")), lang)
    return pairs


class EnglishMatcher:
    """Recognises English that has a different translation in ``lang``: the text itself, or a
    filled template."""

    def __init__(self, lang: str, pairs: list[tuple[str, str]] | None = None) -> None:
        pairs = english_pairs(lang) if pairs is None else pairs
        translated = {text for _en, text in pairs}
        # A word that is the same in both languages ("Date", "Mission") is not English left over.
        self.exact = {en for en, text in pairs if en != text and en not in translated}
        self.templates = [
            re.compile(self._pattern(en))
            for en in self.exact
            if PLACEHOLDER.search(en) and WORD.search(PLACEHOLDER.sub("", en))
        ]

    @staticmethod
    def _pattern(template: str) -> str:
        parts = PLACEHOLDER.split(template)
        # split() alternates literal text and placeholder names.
        return (
            "^" + "".join(re.escape(p) if i % 2 == 0 else ".+" for i, p in enumerate(parts)) + "$"
        )

    def english(self, text: str) -> bool:
        """``text`` is a source string, or an English template with its values filled in."""
        return text in self.exact or any(t.match(text) for t in self.templates)


def _model_texts(model: QAbstractItemModel, limit: int = 50) -> list[str]:
    texts = []
    root = QModelIndex()
    # A list model keeps columnCount() private: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(root), limit)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def shown_texts(window: QWidget) -> set[str]:
    """Every text of ``window`` a user can see or hear: labels, buttons, titles, tooltips,
    placeholders, combo box items, table headers and cells, menus and actions; each line alone
    too, without accelerator marks."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts.append(action.menu().title())
    shown = set()
    for text in texts:
        for line in [text, *text.splitlines()]:
            if line.strip():
                shown.add(plain(line).strip())
    return shown


def mnemonic(text: str) -> str:
    """The letter after a single ``&`` (Alt+letter), lower-cased; ``""`` when none."""
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else ""


def clashing_mnemonics(window: QWidget, extra: Iterable[str] = ()) -> dict[str, list[str]]:
    """Alt+letter keys used twice among the visible labels and buttons (and ``extra``)."""
    texts = list(extra)
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    by_key: dict[str, list[str]] = {}
    for text in texts:
        if key := mnemonic(text):
            by_key.setdefault(key, []).append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}
