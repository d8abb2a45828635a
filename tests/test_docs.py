"""The examples in the docs stay true: every ```python block of docs/architecture.md runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def python_blocks(markdown: str) -> list[str]:
    """The source of every fenced ``python`` block, in order."""
    return BLOCK.findall(markdown)


def test_the_block_finder_finds_fenced_python_only() -> None:
    text = "intro\n```python\nx = 1\n```\n```sh\nls\n```\n```python\ny = 2\n```\n"
    assert python_blocks(text) == ["x = 1\n", "y = 2\n"]


def test_architecture_has_an_example() -> None:
    assert python_blocks(ARCHITECTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "index", range(len(python_blocks(ARCHITECTURE.read_text(encoding="utf-8"))))
)
def test_architecture_example_runs(index: int, capsys: pytest.CaptureFixture[str]) -> None:
    source = python_blocks(ARCHITECTURE.read_text(encoding="utf-8"))[index]
    exec(compile(source, f"{ARCHITECTURE}:block{index + 1}", "exec"), {"__name__": "__docs__"})
    printed = capsys.readouterr().out
    # A "# expected" comment after a print states what it prints.
    for expected in re.findall(r"^print\(.*\)\s*#\s*(.+)$", source, re.MULTILINE):
        assert expected.strip() in printed
