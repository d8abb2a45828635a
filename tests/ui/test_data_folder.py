"""The per-user data folder: named once (``~/.local/share/emptychair``), while a workspace left in
the old, doubled folder (``~/.local/share/emptychair/emptychair``) is still found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.widgets import recent

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")


@pytest.fixture
def named_app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """The app's own names (as desktop.app sets them) and a private XDG data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    before = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("emptychair")
    qapp.setApplicationName("emptychair")
    yield tmp_path / "share"
    qapp.setOrganizationName(before[0])
    qapp.setApplicationName(before[1])


def test_new_workspaces_go_to_a_folder_named_once(named_app: Path) -> None:
    assert recent.default_workspace_path() == named_app / "emptychair" / "workspace.emptychair"


def test_the_old_doubled_folder_is_known(named_app: Path) -> None:
    old = named_app / "emptychair" / "emptychair" / "workspace.emptychair"
    assert recent.legacy_workspace_path() == old


def _first_window(tmp_path: Path) -> str:
    """The title of the first window the app shows for a user whose home is ``tmp_path``."""
    env = dict(
        os.environ,
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "share"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        EMPTYCHAIR_EXIT_AFTER_SHOW="1",
        EMPTYCHAIR_NO_USER_CONFIG="0",  # this user's (temporary) configuration is the point
        QT_QPA_PLATFORM="offscreen",
        LANG="en_GB.UTF-8",
    )
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop.app"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    shown = next(line for line in done.stdout.splitlines() if line.startswith("shown "))
    return shown.split(" ", 2)[2]


@pytest.mark.slow
def test_a_workspace_at_the_default_place_is_offered_for_unlocking(tmp_path: Path) -> None:
    new = tmp_path / "share" / "emptychair" / "workspace.emptychair"
    new.parent.mkdir(parents=True)
    new.write_bytes(b"")  # e.g. restored there on a new computer; nothing remembered yet
    assert _first_window(tmp_path).startswith("Unlock")


@pytest.mark.slow
def test_a_workspace_in_the_old_folder_is_offered_for_unlocking(tmp_path: Path) -> None:
    assert _first_window(tmp_path).startswith("Create a workspace")
    old = tmp_path / "share" / "emptychair" / "emptychair" / "workspace.emptychair"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"")
    assert _first_window(tmp_path).startswith("Unlock")
    assert old.exists()  # found where it is, never moved
