"""The third-party notices name every distribution Empty Chair needs at run time, with its licence.

A dependency added to pyproject.toml (or pulled in by one) fails this test until ``make notices``
has written it into ``resources/licenses/THIRD-PARTY-NOTICES.txt``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
NOTICES = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("notices", ROOT / "packaging" / "notices.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("notices", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _summary() -> dict[str, str]:
    """Name -> licence, from the table at the top of the notices."""
    rows = {}
    for line in NOTICES.read_text(encoding="utf-8").split("\n\n\n", 1)[0].splitlines():
        parts = line.split()
        if len(parts) >= 3 and not line.startswith(" ") and "  " in line:
            name, rest = line.split("  ", 1)
            rows[name.strip().lower()] = rest.strip()
    return rows


def test_every_runtime_dependency_is_listed_with_a_licence() -> None:
    generator = _generator()
    closure = generator.runtime_closure()
    names = {d.metadata["Name"].lower() for d in closure}
    assert {"pyside6_essentials", "sqlcipher3", "reportlab", "pypdf", "cryptography"} <= names
    summary = _summary()
    missing = sorted(names - set(summary))
    assert missing == [], f"run `make notices`: {missing} missing from {NOTICES.name}"
    for name in names:
        assert summary[name].split()[-1], name


def test_the_notices_carry_the_texts_the_licences_ask_for() -> None:
    text = NOTICES.read_text(encoding="utf-8")
    for needed in (
        "GNU LESSER GENERAL PUBLIC LICENSE",  # Qt, PySide6
        "GNU GENERAL PUBLIC LICENSE",  # which the LGPL-3.0 refers to
        "Apache License",  # OpenSSL, sqlite-utils, cryptography
        "ZETETIC LLC",  # SQLCipher
        "Gerhard",  # sqlcipher3 (pysqlite)
        "PYTHON SOFTWARE FOUNDATION LICENSE",  # the bundled interpreter
        "Bitstream",  # the DejaVu fonts
        "licensed under",  # the artwork's licence
    ):
        assert needed in text, needed
