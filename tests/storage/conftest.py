"""Fixtures for storage tests: a fresh workspace in a temporary folder per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.storage.workspace import Workspace


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    """Where a test's workspace lives (a folder of its own)."""
    folder = tmp_path / "ws"
    folder.mkdir()
    return folder / "team.ecw"


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace, closed after the test."""
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings())
    yield ws
    ws.close()


@pytest.fixture
def seeded(workspace: Workspace) -> Workspace:
    """The workspace with :func:`storage_helpers.seed` applied."""
    seed(workspace)
    return workspace
