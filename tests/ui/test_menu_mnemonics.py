"""Within one menu of the main window, no two entries share an Alt+letter, in any language.

Qt then cycles between them on each press instead of running one: "&Préparer une réunion…" and
"Mode &présentation" under the French Meeting menu made Alt+P useless there.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.core.languages import LANGUAGES
from desktop.storage.workspace import Workspace
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.mnemonics import mnemonic_of


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    lang = install_translators(request.param, qapp)
    yield lang
    install_translators("en", qapp)


def menus(menu: QMenu, path: str) -> Iterator[tuple[str, QMenu]]:
    """``menu`` and every submenu under it, each with where it is ("Meeting > Screen")."""
    yield path, menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from menus(action.menu(), f"{path} > {action.text()}")


def clashes(actions: list[QAction]) -> dict[str, list[str]]:
    """Alt+letters that more than one of ``actions`` uses (a menu's entries, not its submenus';
    or the menu bar's titles)."""
    by_key: dict[str, list[str]] = {}
    for action in actions:
        if not action.isSeparator() and (key := mnemonic_of(action.text())):
            by_key.setdefault(key, []).append(action.text())
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


def test_no_two_entries_of_a_menu_share_an_alt_key(qtbot, language: str, demo: Workspace) -> None:
    window = MainWindow(demo, language)
    qtbot.addWidget(window)
    bar = window.menuBar()
    assert clashes(bar.actions()) == {}, f"{language}: the menu bar"
    walked = 0
    for top in bar.actions():
        assert top.menu() is not None
        for path, menu in menus(top.menu(), top.text()):
            walked += len(menu.actions())
            assert clashes(menu.actions()) == {}, f"{language}: {path}"
    assert walked > 10
    window.close()
