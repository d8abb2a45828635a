"""Where the app keeps what must live outside a workspace file: the user's configuration folder.

Found the way each platform expects it (no Qt here): ``$XDG_CONFIG_HOME/emptychair`` (else
``~/.config/emptychair``) on Linux and BSD, ``%APPDATA%\\emptychair`` on Windows,
``~/Library/Application Support/emptychair`` on macOS. Every function that writes there takes
the folder as an explicit parameter; :data:`USER_CONFIG` stands for "the platform's folder",
which ``EMPTYCHAIR_NO_USER_CONFIG=1`` (set by the test suite) turns into "none": then nothing is
written outside the workspace file.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

APP_FOLDER = "emptychair"
NO_USER_CONFIG = "EMPTYCHAIR_NO_USER_CONFIG"


class _UserConfig(enum.Enum):
    USER_CONFIG = "the user's configuration folder"


#: "The platform's configuration folder of this user" (unless ``EMPTYCHAIR_NO_USER_CONFIG=1``).
USER_CONFIG = _UserConfig.USER_CONFIG

#: A folder, :data:`USER_CONFIG`, or ``None`` for "keep nothing outside the workspace file".
ConfigChoice = Path | None | Literal[_UserConfig.USER_CONFIG]


def platform_config_folder(
    environ: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """The app's folder inside the user's configuration folder, as the platform names it."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if platform == "win32":
        base = environ.get("APPDATA")
        return Path(base) / APP_FOLDER if base else home / "AppData" / "Roaming" / APP_FOLDER
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_FOLDER
    base = environ.get("XDG_CONFIG_HOME", "")
    # The XDG rule: a relative value is invalid and must be ignored.
    folder = Path(base) if base and Path(base).is_absolute() else home / ".config"
    return folder / APP_FOLDER


def user_config_disabled(environ: Mapping[str, str] | None = None) -> bool:
    """True when the user's real configuration must not be touched (the test suite)."""
    return (os.environ if environ is None else environ).get(NO_USER_CONFIG) == "1"


def resolve_config_folder(choice: ConfigChoice) -> Path | None:
    """The folder ``choice`` stands for; ``None`` when nothing may be kept outside the file."""
    if choice is USER_CONFIG:
        return None if user_config_disabled() else platform_config_folder()
    return None if choice is None else Path(choice)
