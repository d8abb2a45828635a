"""Every workspace-side window opens in every language, with no English left in French or
Dutch."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QWidget,
)

from desktop.core.deliberation_method import load_methods
from desktop.core.directory_import import preview_import
from desktop.core.languages import ENGLISH, LANGUAGES
from desktop.storage.workspace import Workspace
from desktop.ui.console.deliberation_dialogs import ConclusionDialog, StartDeliberationDialog
from desktop.ui.directory.import_dialog import ImportPreviewDialog
from desktop.ui.directory.professional_dialog import ProfessionalDialog
from desktop.ui.entry.first_run import CreateWorkspaceDialog
from desktop.ui.entry.unlock import UnlockDialog
from desktop.ui.i18n import TRANSLATIONS_DIR, install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.settings.settings_dialog import SettingsDialog


def english_sources(lang: str) -> set[str]:
    """Source strings of the UI whose ``lang`` translation differs from the English."""
    tree = ET.parse(TRANSLATIONS_DIR / f"emptychair_{lang}.ts")
    sources = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation != source:
            sources.add(source.replace("&", ""))
    return sources


def shown_texts(window: QWidget) -> set[str]:
    """Every piece of text a user can see or hear (screen readers) in ``window``."""
    texts = {window.windowTitle()}
    for widget in [window, *window.findChildren(QWidget)]:
        texts.add(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                texts.add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            texts.add(action.text())
            texts.update(a.text() for a in action.menu().actions())
    return {text.replace("&", "") for text in texts if text}


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    lang = install_translators(request.param, qapp)
    yield lang
    install_translators("en", qapp)


def windows(lang: str, workspace: Workspace, tmp_path: Path) -> list[QWidget]:
    settings = workspace.settings()
    return [
        MainWindow(workspace, lang),
        CreateWorkspaceDialog(None, default_path=tmp_path / "w.emptychair", lang=lang, create=None),
        UnlockDialog(None, path=tmp_path / "w.emptychair", open_workspace=None, lang=lang),
        SettingsDialog(None, settings=settings, lang=lang),
        ProfessionalDialog(None, missions=settings.missions),
        PersonDialog(None),
        ConsentDialog(
            None,
            person=workspace.persons()[0],
            policy=workspace.policy(),
            missions=settings.missions,
            professionals=tuple(workspace.professionals()),
            lang=lang,
        ),
        ImportPreviewDialog(
            None,
            preview_import("name\nA\n", directory=[], missions=settings.missions),
            "a.csv",
            lang,
        ),
        *deliberation_dialogs(lang),
    ]


def deliberation_dialogs(lang: str) -> list[QWidget]:
    """Starting and concluding a structured deliberation (issue 15)."""
    shelf = load_methods()
    default = shelf.default()
    assert default is not None
    conclude = ConclusionDialog(
        question="Q?", conclusion="C.", decisions=[("d1", "D.")], items=[("i1", "I.")]
    )
    return [StartDeliberationDialog(shelf.methods, default, lang), conclude]


def test_every_window_opens_and_leaves_no_english_in_a_translation(
    qtbot, language: str, demo: Workspace, tmp_path: Path
) -> None:
    english = english_sources("fr" if language == ENGLISH else language)
    assert len(english) > 200
    for window in windows(language, demo, tmp_path):
        qtbot.addWidget(window)
        texts = shown_texts(window)
        assert texts
        left = sorted(texts & english)
        if language != ENGLISH:
            assert left == [], f"{type(window).__name__} shows English: {left}"
        else:
            assert left, f"{type(window).__name__} shows none of its English texts"


def mnemonic(text: str) -> str:
    """The letter after a single ``&`` (Alt+letter), lower-cased; ``""`` when none."""
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else ""


def clashing_mnemonics(window: QWidget, extra: list[str]) -> dict[str, list[str]]:
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


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_alt_keys_are_unique_on_every_page_and_dialog(
    qtbot, language: str, demo: Workspace, tmp_path: Path
) -> None:
    for window in windows(language, demo, tmp_path):
        qtbot.addWidget(window)
        window.show()
        if isinstance(window, MainWindow):
            menus = [action.text() for action in window.menuBar().actions()]
            for row in range(window.sidebar.count()):
                window.sidebar.setCurrentRow(row)
                clashes = clashing_mnemonics(window, menus)
                assert clashes == {}, f"page {row}: {clashes}"
        else:
            clashes = clashing_mnemonics(window, [])
            assert clashes == {}, f"{type(window).__name__}: {clashes}"
        window.close()
