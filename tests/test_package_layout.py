"""The wheel carries every package and the resources: ``pyproject.toml`` lists its packages (so the
top-level ``resources/`` can be mapped into ``desktop.resources``), and a folder left off that list
would silently be missing from a wheel or a bundle."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _configured() -> tuple[list[str], dict[str, str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    return setuptools["packages"], setuptools["package-dir"]


def _folder(package: str, package_dir: dict[str, str]) -> Path:
    for prefix, folder in package_dir.items():
        if package == prefix or package.startswith(prefix + "."):
            rest = package[len(prefix) :].lstrip(".")
            return ROOT / folder / Path(*rest.split(".")) if rest else ROOT / folder
    return ROOT / Path(*package.split("."))


def test_every_code_folder_is_a_listed_package() -> None:
    packages, _ = _configured()
    code = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "desktop").rglob("__init__.py")
    }
    assert code <= set(packages), sorted(code - set(packages))


def test_every_resource_folder_is_a_listed_package() -> None:
    packages, package_dir = _configured()
    resources = ROOT / package_dir["desktop.resources"]
    folders = {
        "desktop.resources" + "".join(f".{part}" for part in path.relative_to(resources).parts)
        for path in [resources, *resources.rglob("*")]
        if path.is_dir() and path.name != "__pycache__"
    }
    assert folders <= set(packages), sorted(folders - set(packages))


def test_every_listed_package_exists() -> None:
    packages, package_dir = _configured()
    missing = [p for p in packages if not _folder(p, package_dir).is_dir()]
    assert missing == []
