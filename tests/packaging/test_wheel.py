"""The wheel as built from the source: every resource, the licence and the notices in it, and
PEP 639 licence metadata. (``make check-wheel`` installs it in a fresh environment and runs it.)

Built from a copy of the source, so the checkout gets no build/ or egg-info folder."""

from __future__ import annotations

import email.parser
import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["desktop", "resources", "pyproject.toml", "README.md", "LICENSE"]


def _smoke() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("smoke", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


smoke = _smoke()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), "."],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("emptychair-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


@pytest.mark.slow
def test_every_resource_is_in_the_wheel(unpacked: Path) -> None:
    assert smoke.expected_resources()  # the check below has something to check
    assert smoke.missing_resources(unpacked / "desktop" / "resources") == []


@pytest.mark.slow
def test_the_wheel_carries_the_licences_and_declares_eupl(unpacked: Path) -> None:
    (info,) = unpacked.glob("emptychair-*.dist-info")
    licences = info / "licenses"
    assert (
        (licences / "LICENSE")
        .read_text(encoding="utf-8")
        .startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    )
    assert (licences / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt").is_file()
    assert (licences / "resources" / "fonts" / "LICENSE").is_file()
    metadata = email.parser.Parser().parsestr((info / "METADATA").read_text(encoding="utf-8"))
    assert metadata["License-Expression"] == "EUPL-1.2"
    assert metadata["License"] is None  # the deprecated field is gone
    assert "LICENSE" in metadata.get_all("License-File")


@pytest.mark.slow
def test_pyside6_6_12_0_is_kept_out_on_python_3_11_only(unpacked: Path) -> None:
    (info,) = unpacked.glob("emptychair-*.dist-info")
    metadata = email.parser.Parser().parsestr((info / "METADATA").read_text(encoding="utf-8"))
    pyside = [r for r in metadata.get_all("Requires-Dist") if r.startswith("PySide6")]
    assert sorted(pyside) == [
        'PySide6-Essentials!=6.12.0,>=6.11.3; python_version < "3.12"',
        'PySide6-Essentials>=6.11.3; python_version >= "3.12"',
    ]


def test_the_manifest_check_catches_a_missing_resource(tmp_path: Path) -> None:
    installed = tmp_path / "resources"
    for relative in smoke.expected_resources():
        (installed / relative).parent.mkdir(parents=True, exist_ok=True)
        (installed / relative).write_bytes(b"")
    assert smoke.missing_resources(installed) == []
    (installed / "styles" / "console.qss").unlink()
    assert smoke.missing_resources(installed) == ["styles/console.qss"]
