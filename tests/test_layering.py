"""The layers of DESIGN.md §4: core, storage and minutes never import Qt; imports point down only.

The source is read with :mod:`ast`, so an import hidden inside a function or an ``if`` counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"
QT_FREE = ("core", "storage", "minutes")
# Which layers each layer must not import (imports point down: ui -> minutes/storage -> core).
FORBIDDEN = {
    "core": ("desktop.storage", "desktop.minutes", "desktop.ui", "desktop.app", "desktop.cli"),
    "storage": ("desktop.minutes", "desktop.ui", "desktop.app", "desktop.cli"),
    "minutes": ("desktop.ui", "desktop.app", "desktop.cli"),
}
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def imported_modules(source: str, module: str) -> list[tuple[int, str]]:
    """Every module named by an import statement anywhere in ``source``, with its line.

    ``module`` is the dotted name of the file, to resolve relative imports.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module.split(".")[: -node.level]
                base = ".".join([*parent, base] if base else parent)
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.append((node.lineno, argument.value))
    return found


def _is_dynamic_import(node: ast.Call) -> bool:
    func = node.func
    name = (
        func.id
        if isinstance(func, ast.Name)
        else func.attr
        if isinstance(func, ast.Attribute)
        else ""
    )
    return name in {"__import__", "import_module"} and bool(node.args)


def _starts(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def violations(layer: str) -> list[str]:
    """``file:line imports module`` for each forbidden import of ``layer``."""
    forbidden = FORBIDDEN[layer] + (QT if layer in QT_FREE else ())
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        module = ".".join(relative.with_suffix("").parts)
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module):
            if _starts(name, forbidden):
                found.append(f"{relative}:{line} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down_and_avoid_qt(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert violations(layer) == []


@pytest.mark.parametrize(
    ("source", "module", "bad"),
    [
        ("import PySide6", "desktop.core.x", "PySide6"),
        ("from PySide6.QtCore import QObject", "desktop.core.x", "PySide6.QtCore"),
        ("def f():\n    from PySide6 import QtGui\n", "desktop.core.x", "PySide6"),
        ("if True:\n    import shiboken6 as s\n", "desktop.core.x", "shiboken6"),
        (
            "import importlib\nimportlib.import_module('PySide6.QtCore')",
            "desktop.core.x",
            "PySide6",
        ),
        ("from ..ui import bridge", "desktop.core.x", "desktop.ui"),
        ("from ...ui.bridge import SessionBridge", "desktop.core.sub.x", "desktop.ui"),
        ("from desktop import ui", "desktop.storage.x", "desktop.ui"),
        ("from desktop.storage import workspace", "desktop.core.x", "desktop.storage"),
    ],
)
def test_the_scan_finds_hidden_and_relative_imports(source: str, module: str, bad: str) -> None:
    names = [name for _, name in imported_modules(source, module)]
    assert any(_starts(name, (bad,)) for name in names), names


def test_the_scan_does_not_flag_lookalikes() -> None:
    names = [
        name for _, name in imported_modules("import PySide6ish\nimport uidata", "desktop.core.x")
    ]
    assert not any(_starts(name, (*QT, "desktop.ui")) for name in names)


# --- Inside ui/: rooms do not reach into each other -----------------------------------------------

UI = PACKAGE / "ui"
SHARED_ROOM = "widgets"  # what several rooms share; the ui top-level modules wire the rooms


def ui_rooms() -> list[str]:
    """The sub-packages of ``desktop.ui``: entry, directory, people, meetings, ..."""
    return sorted(p.name for p in UI.iterdir() if (p / "__init__.py").is_file())


def sibling_imports(room: str) -> list[str]:
    """``file:line imports module`` for each import of another room (widgets excepted)."""
    others = tuple(f"desktop.ui.{r}" for r in ui_rooms() if r not in (room, SHARED_ROOM))
    found = []
    for path in sorted((UI / room).rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        module = ".".join(relative.with_suffix("").parts)
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module):
            if _starts(name, others):
                found.append(f"{relative}:{line} imports {name}")
    return found


def test_ui_has_its_rooms() -> None:
    assert {"entry", "meetings", "console", "safety", "widgets"} <= set(ui_rooms())


@pytest.mark.parametrize("room", ui_rooms())
def test_ui_rooms_do_not_import_each_other(room: str) -> None:
    assert sibling_imports(room) == []


def test_widgets_import_no_room() -> None:
    rooms = tuple(f"desktop.ui.{r}" for r in ui_rooms() if r != SHARED_ROOM)
    found = [
        f"{path.name}:{line} imports {name}"
        for path in sorted((UI / SHARED_ROOM).rglob("*.py"))
        for line, name in imported_modules(path.read_text(encoding="utf-8"), "desktop.ui.widgets.x")
        if _starts(name, rooms)
    ]
    assert found == []


def ui_sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in sorted(UI.rglob("*.py"))]


def test_one_way_to_run_work_off_the_gui_thread() -> None:
    """Only widgets/background.py makes runnables or thread pools; every room uses it."""
    makers = [
        str(path.relative_to(UI))
        for path, source in ui_sources()
        for node in ast.walk(ast.parse(source))
        if (isinstance(node, ast.ClassDef) and any(_named(b, "QRunnable") for b in node.bases))
        or (isinstance(node, ast.Call) and _named(node.func, "QThreadPool", "QThread"))
    ]
    assert sorted(set(makers)) == ["widgets/background.py"]


def test_errors_are_worded_by_describe_error_only() -> None:
    """A storage error's own ``message`` is English for developers; windows show
    ``describe_error(error)`` (widgets/errors.py), which falls back to it itself."""
    readers = [
        f"{path.relative_to(UI)}:{node.lineno}"
        for path, source in ui_sources()
        if path.relative_to(UI).as_posix() != "widgets/errors.py"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr == "message"
        and isinstance(node.value, ast.Name)
        and node.value.id == "error"
    ]
    assert readers == []


def _named(node: ast.expr, *names: str) -> bool:
    return (isinstance(node, ast.Name) and node.id in names) or (
        isinstance(node, ast.Attribute) and node.attr in names
    )


def test_the_sibling_check_can_fail() -> None:
    source = "def f():\n    from desktop.ui.safety.restore_offer import backups_for\n"
    names = [name for _, name in imported_modules(source, "desktop.ui.entry.unlock")]
    assert any(_starts(name, ("desktop.ui.safety",)) for name in names)
