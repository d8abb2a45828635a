"""The app's resources (policies, fonts, translations, artwork, stylesheets), shipped as the
package ``desktop.resources``.

The folder people edit is the project's top-level ``resources/``; ``pyproject.toml`` maps it to
``desktop.resources`` (``package-dir``), so an editable install, a wheel and a PyInstaller bundle
all find it the same way, through :func:`resource_path` (the package's own folder when its files
are on disk, :mod:`importlib.resources` otherwise), never by a path relative to the source tree.
"""

from __future__ import annotations

import atexit
import contextlib
import os
from pathlib import Path
from typing import Any

_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)

# The package's folder when its files are on disk (editable install, wheel, PyInstaller bundle),
# which is what importlib.resources answers for such a package: taken as is, so the first window
# does not pay for importing importlib.resources (several milliseconds). None from a zip.
_FOLDER: Path | None = Path(__file__).parent if os.path.isdir(os.path.dirname(__file__)) else None


def resource_path(*parts: str) -> Path:
    """A file system path to the resource ``parts`` (e.g. ``"policies", "x.json"``).

    Qt and reportlab want paths. Installed as files (editable, wheel, bundle) this is the file
    itself; from a zip it is extracted once and kept until the process ends.
    """
    if _FOLDER is not None:
        return _FOLDER.joinpath(*parts)
    from importlib.resources import as_file, files

    resource: Any = files(__name__).joinpath(*parts)
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))
