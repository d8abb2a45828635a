"""Which workspaces were used last, remembered in the user's settings (never in tests): the last
one (unlocked at the next start) and a short list for Workspace ▸ Open recent.

With ``EMPTYCHAIR_NO_USER_CONFIG=1`` (set by the test suite) nothing is read from or written to
the user's real configuration: the value lives in memory for the life of the process.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

_memory: dict[str, str] = {}
KEY = "workspace/last"
RECENT_KEY = "workspace/recent"
RECENT_SIZE = 8


def user_config_disabled() -> bool:
    """True when the user's real configuration must not be touched."""
    return os.environ.get("EMPTYCHAIR_NO_USER_CONFIG") == "1"


def last_workspace() -> Path | None:
    """The workspace file used last, if it still exists."""
    value = _memory.get(KEY, "") if user_config_disabled() else QSettings().value(KEY, "")
    path = Path(str(value)) if value else None
    return path if path is not None and path.exists() else None


def _stored_recent() -> list[str]:
    if user_config_disabled():
        value: object = _memory.get(RECENT_KEY, "")
    else:
        value = QSettings().value(RECENT_KEY, "")
    # One path a line: QSettings keeps a plain string the same on every platform.
    return [line for line in str(value or "").splitlines() if line]


def recent_workspaces() -> list[Path]:
    """The workspaces used lately, the last one first; files that no longer exist are left out."""
    return [Path(p) for p in _stored_recent() if Path(p).exists()]


def remember_workspace(path: Path) -> None:
    """Remember ``path`` as the workspace to unlock next time, first in the recent list."""
    absolute = str(Path(path).absolute())
    recent = [absolute] + [p for p in _stored_recent() if p != absolute]
    value = "\n".join(recent[:RECENT_SIZE])
    if user_config_disabled():
        _memory[KEY] = str(path)
        _memory[RECENT_KEY] = value
        return
    settings = QSettings()
    settings.setValue(KEY, str(path))
    settings.setValue(RECENT_KEY, value)
    settings.sync()


def default_workspace_path() -> Path:
    """Where a new workspace goes by default: the per-user data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    base = Path(folder) if folder else Path.home() / ".local" / "share" / "emptychair"
    return base / "workspace.emptychair"
