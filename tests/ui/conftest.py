"""Fixtures for the workspace-side windows: real temporary workspaces, fictional data only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.entities import InstitutionSettings, Mission, Person, Professional
from desktop.demo import create_demo_workspace
from desktop.storage.workspace import Workspace

SETTINGS = InstitutionSettings(
    name="Service Horizon (fictional)",
    conduct_rule="Secrecy is the rule, sharing the exception.",
    missions=(Mission("youth", "Youth care"), Mission("mental", "Mental health")),
)
ALEX = Professional(
    "p-alex",
    "Alex Martin",
    "social worker",
    "CPAS Namur",
    True,
    "social worker",
    frozenset({"youth"}),
)
SAM = Professional("p-sam", "Sam Peeters", "police officer", "Police locale", False, "")
JADE = Person("person-jade", "Jade Dupont", "J.D.", "2026-041", "Stay with her mother.")


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """The UI in English, as the app starts it: with the English plural forms installed."""
    from desktop.ui.i18n import install_translators

    install_translators("en", qapp)


@pytest.fixture(autouse=True)
def discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editing dialog closed with changes (pytest-qt closes every widget at the end of a
    test) drops them without a modal question that would wait forever; the tests of that
    question (tests/ui/test_discard_changes.py) put the real one back."""
    from desktop.ui.widgets import discard

    monkeypatch.setattr(discard, "ask_discard", lambda _parent, _question: True)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh workspace with two professionals and one person."""
    with Workspace.create(tmp_path / "test.emptychair", "a long test phrase", SETTINGS) as ws:
        ws.save_professionals([ALEX, SAM])
        ws.save_person(JADE)
        yield ws


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    """The demo workspace."""
    path = tmp_path / "demo.emptychair"
    create_demo_workspace(path, "demo")
    with Workspace.open(path, "demo") as ws:
        yield ws
