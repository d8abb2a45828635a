"""resource_path: the same file importlib.resources names, without importing it on the way."""

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
