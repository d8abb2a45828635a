"""resource_path: the file importlib.resources names, as a path Qt and reportlab can open."""

from __future__ import annotations

from importlib.resources import files

import pytest

from desktop.resources import resource_path


@pytest.mark.parametrize(
    "parts",
    [("styles", "console.qss"), ("translations",), ("policies",), ("icons", "emptychair.svg")],
)
def test_resource_path_is_the_file_importlib_resources_names(parts: tuple[str, ...]) -> None:
    path = resource_path(*parts)
    assert path == files("desktop.resources").joinpath(*parts)
    assert path.exists()
