"""The app's resources (policies, fonts, translations, artwork, stylesheets), shipped as the
package ``desktop.resources``.

The folder people edit is the project's top-level ``resources/``; ``pyproject.toml`` maps it to
``desktop.resources`` (``package-dir``), so an editable install, a wheel and a PyInstaller bundle
all find it the same way, through :mod:`importlib.resources`, never by a path relative to the
source tree.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from pathlib import Path

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def resource_path(*parts: str) -> Path:
    """A file system path to the resource ``parts`` (e.g. ``"policies", "x.json"``).

    Qt and reportlab want paths. Installed as files (editable, wheel, bundle) this is the file
    itself; from a zip it is extracted once and kept until the process ends.
    """
    resource = files(__name__).joinpath(*parts)
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))
