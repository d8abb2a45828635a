"""A demo workspace per test (fictional data; passphrase ``demo``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.demo import create_demo_workspace
from desktop.storage.workspace import Workspace


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    """The demo workspace, open; closed after the test."""
    path = tmp_path / "ws" / "demo.emptychair"
    path.parent.mkdir()
    create_demo_workspace(path, "demo")
    with Workspace.open(path, "demo") as workspace:
        yield workspace
