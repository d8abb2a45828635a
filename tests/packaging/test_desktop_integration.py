"""``make install-desktop`` and ``uninstall-desktop`` (packaging/linux/desktop_integration.py), for
a user whose home is a temporary folder and with a stand-in for the bundle."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "desktop_integration.py"
ICON = ROOT / "resources" / "icons" / "emptychair.svg"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="XDG desktop integration")


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("desktop_integration", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


integration = _module()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's home of their own, with the default XDG data folder."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    return tmp_path / "home"


@pytest.fixture
def bundle(tmp_path: Path, qapp: object) -> Iterator[Path]:
    """A stand-in for dist/emptychair, staged as ``make package`` does."""
    folder = tmp_path / "dist" / "emptychair"
    folder.mkdir(parents=True)
    executable = folder / "emptychair"
    executable.write_text('#!/bin/sh\necho emptychair "$@"\n', encoding="utf-8")
    executable.chmod(0o755)
    integration.stage(folder, ICON)
    yield folder


def test_stage_draws_every_icon_size_from_the_svg(bundle: Path) -> None:
    for size in integration.ICON_SIZES:
        image = QImage(str(bundle / "share" / integration.png_icon(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not blank
        assert image.pixelColor(0, 0).alpha() == 0  # round icon: transparent corners
    svg = bundle / "share" / integration.SVG_ICON
    assert svg.read_bytes() == ICON.read_bytes()


def test_install_puts_the_app_in_opt_and_the_files_in_share(home: Path, bundle: Path) -> None:
    integration.install(bundle)
    opt = home / ".local" / "opt" / "emptychair"
    share = home / ".local" / "share"
    assert (opt / "emptychair").is_file()
    for relative in integration.shared_files():
        assert (share / relative).is_file(), relative
    entry = (share / integration.DESKTOP_FILE).read_text(encoding="utf-8")
    assert f"Exec={opt / 'emptychair'} %f" in entry.splitlines()
    assert f"TryExec={opt / 'emptychair'}" in entry.splitlines()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(share / integration.DESKTOP_FILE)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0 and done.stdout == "", done.stdout


def test_a_second_install_replaces_the_first(home: Path, bundle: Path) -> None:
    integration.install(bundle)
    opt = home / ".local" / "opt" / "emptychair"
    (opt / "stale-file").write_text("from an older version", encoding="utf-8")
    integration.install(bundle)
    assert not (opt / "stale-file").exists()
    assert sorted(p.name for p in opt.parent.iterdir()) == ["emptychair"]


def test_a_home_with_spaces_is_quoted_in_exec(tmp_path: Path) -> None:
    entry = integration.desktop_entry("Exec=emptychair %f\n", Path("/home/Ann Lee/x/emptychair"))
    assert 'Exec="/home/Ann Lee/x/emptychair" %f' in entry


@pytest.mark.skipif(
    not (shutil.which("gio") and shutil.which("update-mime-database")),
    reason="gio and shared-mime-info",
)
def test_double_clicking_a_workspace_opens_it_with_empty_chair(
    home: Path, bundle: Path, tmp_path: Path
) -> None:
    integration.install(bundle)
    share = home / ".local" / "share"
    workspace = tmp_path / "team.emptychair"
    workspace.write_bytes(os.urandom(64))  # encrypted from the first byte: known by name only
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(share), XDG_DATA_DIRS="/usr/share")
    env["XDG_CONFIG_HOME"] = str(home / ".config")

    def gio(*args: str) -> str:
        done = subprocess.run(["gio", *args], capture_output=True, text=True, env=env, check=True)
        return done.stdout

    assert integration.MIME_TYPE in gio("info", "-a", "standard::content-type", str(workspace))
    assert f"{integration.APP_ID}.desktop" in gio("mime", integration.MIME_TYPE)


def test_uninstall_removes_everything_but_keeps_workspaces(home: Path, bundle: Path) -> None:
    data = home / ".local" / "share" / "emptychair"
    data.mkdir(parents=True)
    (data / "workspace.emptychair").write_bytes(b"the team's data")
    (data / "backups").mkdir()
    integration.install(bundle)
    integration.uninstall()
    assert not (home / ".local" / "opt" / "emptychair").exists()
    share = home / ".local" / "share"
    for relative in integration.shared_files():
        assert not (share / relative).exists(), relative
    assert (data / "workspace.emptychair").read_bytes() == b"the team's data"
    assert (data / "backups").is_dir()


def test_install_refuses_a_folder_that_is_not_a_built_bundle(home: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="make package"):
        integration.install(tmp_path)
    assert not (home / ".local" / "opt").exists()
