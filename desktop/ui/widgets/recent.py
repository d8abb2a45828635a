"""Which workspace was used last, remembered in the user's settings (never in tests).

With ``EMPTYCHAIR_NO_USER_CONFIG=1`` (set by the test suite) nothing is read from or written to
the user's real configuration: the value lives in memory for the life of the process.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

_memory: dict[str, str] = {}
KEY = "workspace/last"


def user_config_disabled() -> bool:
    """True when the user's real configuration must not be touched."""
    return os.environ.get("EMPTYCHAIR_NO_USER_CONFIG") == "1"


def last_workspace() -> Path | None:
    """The workspace file used last, if it still exists."""
    value = _memory.get(KEY, "") if user_config_disabled() else QSettings().value(KEY, "")
    path = Path(str(value)) if value else None
    return path if path is not None and path.exists() else None


def remember_workspace(path: Path) -> None:
    """Remember ``path`` as the workspace to unlock next time."""
    if user_config_disabled():
        _memory[KEY] = str(path)
        return
    settings = QSettings()
    settings.setValue(KEY, str(path))
    settings.sync()


def default_workspace_path() -> Path:
    """Where a new workspace goes by default: the per-user data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    base = Path(folder) if folder else Path.home() / ".local" / "share" / "emptychair"
    return base / "workspace.emptychair"
