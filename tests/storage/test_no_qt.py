"""Storage, the demo builder and the headless commands never import Qt (DESIGN §4)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_module_of_storage_names_pyside6() -> None:
    files = [*(ROOT / "desktop" / "storage").rglob("*.py"), ROOT / "desktop" / "demo.py"]
    files.append(ROOT / "desktop" / "cli.py")
    offenders = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_importing_storage_loads_no_qt() -> None:
    code = (
        "import sys, desktop.storage.workspace, desktop.demo, desktop.cli;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
