"""Where a workspace's automatic backups go, remembered per workspace on this computer.

The folder is a place on this machine (a second disk, a USB key), so it lives in the user's
settings next to the recent workspaces, not inside the workspace file. With
``EMPTYCHAIR_NO_USER_CONFIG=1`` (tests) it lives in memory only.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.storage.backup import default_backup_folder
from desktop.ui.widgets.recent import remember_settings, setting


def _key(workspace_path: Path) -> str:
    # A hash, so the settings file does not list where every workspace lives.
    digest = hashlib.sha256(str(Path(workspace_path).resolve()).encode()).hexdigest()[:16]
    return f"backups/{digest}/folder"


def backup_folder(workspace_path: Path) -> Path:
    """The chosen backup folder of the workspace, or the default one next to it."""
    value = setting(_key(workspace_path))
    return Path(value) if value else default_backup_folder(workspace_path)


def set_backup_folder(workspace_path: Path, folder: Path) -> None:
    """Remember ``folder`` as the workspace's backup folder."""
    remember_settings({_key(workspace_path): str(folder)})
