"""Which workspaces were used last, remembered in the user's settings (never in tests): the last
one (unlocked at the next start) and a short list for Workspace ▸ Open recent; and where a new
one goes.

With ``EMPTYCHAIR_NO_USER_CONFIG=1`` (set by the test suite) nothing is read from or written to
the user's real configuration or data folder: the value lives in memory for the life of the
process.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

_memory: dict[str, str] = {}
KEY = "workspace/last"
FOLDER_NAME = "emptychair"
WORKSPACE_NAME = "workspace.emptychair"
RECENT_KEY = "workspace/recent"
RECENT_SIZE = 8


def user_config_disabled() -> bool:
    """True when the user's real configuration must not be touched."""
    return os.environ.get("EMPTYCHAIR_NO_USER_CONFIG") == "1"


def setting(key: str) -> str:
    """What the user's settings hold under ``key`` (``""`` when nothing); under tests, what this
    process remembered (:func:`user_config_disabled`)."""
    value = _memory.get(key, "") if user_config_disabled() else QSettings().value(key, "")
    return str(value or "")


def remember_settings(values: dict[str, str]) -> None:
    """Keep ``values`` (key: text) in the user's settings, written at once; under tests, in this
    process's memory only."""
    if user_config_disabled():
        _memory.update(values)
        return
    settings = QSettings()
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()


def last_workspace() -> Path | None:
    """The workspace file used last, if it still exists; else one at the default place (restored
    there on a new computer) or left in the old default folder (:func:`legacy_workspace_path`)."""
    value = setting(KEY)
    path = Path(value) if value else None
    if path is not None and path.exists():
        return path
    if user_config_disabled():
        return None
    found = [p for p in (default_workspace_path(), legacy_workspace_path()) if p.exists()]
    return found[0] if found else None


def _stored_recent() -> list[str]:
    # One path a line: QSettings keeps a plain string the same on every platform.
    return [line for line in setting(RECENT_KEY).splitlines() if line]


def recent_workspaces() -> list[Path]:
    """The workspaces used lately, the last one first; files that no longer exist are left out."""
    return [Path(p) for p in _stored_recent() if Path(p).exists()]


def remember_workspace(path: Path) -> None:
    """Remember ``path`` as the workspace to unlock next time, first in the recent list."""
    absolute = str(Path(path).absolute())
    recent = [absolute] + [p for p in _stored_recent() if p != absolute]
    remember_settings({KEY: str(path), RECENT_KEY: "\n".join(recent[:RECENT_SIZE])})


def data_folder() -> Path:
    """The per-user folder of workspaces: ``~/.local/share/emptychair`` on Linux (or under
    ``$XDG_DATA_HOME``), ``%LOCALAPPDATA%\\emptychair`` on Windows,
    ``~/Library/Application Support/emptychair`` on macOS."""
    # Not AppDataLocation: it appends organisation and application, both "emptychair".
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    base = Path(folder) if folder else Path.home() / ".local" / "share"
    return base / FOLDER_NAME


def default_workspace_path() -> Path:
    """Where a new workspace goes by default: the per-user data folder."""
    return data_folder() / WORKSPACE_NAME


def legacy_workspace_path() -> Path:
    """Where earlier versions put a new workspace: Qt's AppDataLocation, which names the folder
    twice (``~/.local/share/emptychair/emptychair`` on Linux) as organisation and application are
    both "emptychair". A workspace there is still found; it is never moved (its backups sit beside
    it)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / WORKSPACE_NAME
