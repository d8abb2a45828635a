"""The shared screen's theme (light or dark), remembered on this computer.

A projector in a bright room reads best in the light theme, a wall screen in a dim room in the
dark one: the room decides, not the workspace, so the choice lives in the user's settings next
to the recent workspaces. With ``EMPTYCHAIR_NO_USER_CONFIG=1`` (tests) it lives in memory only.
Kept apart from the shared screen's package so that reading it does not load that window.
"""

from __future__ import annotations

from desktop.ui.widgets.recent import remember_settings, setting

THEME_KEY = "shared_screen/theme"
THEME_NAMES = ("light", "dark")  # the shared screen's themes (desktop/ui/shared_screen/theme.py)


def chosen_screen_theme() -> str:
    """The theme chosen last: ``"light"`` (the default) or ``"dark"``."""
    value = setting(THEME_KEY)
    return value if value in THEME_NAMES else THEME_NAMES[0]


def remember_screen_theme(name: str) -> None:
    """Remember ``name`` (``"light"`` or ``"dark"``) for the next meetings."""
    if name not in THEME_NAMES:
        raise ValueError(f"Unknown theme {name!r}; choose one of {', '.join(THEME_NAMES)}")
    remember_settings({THEME_KEY: name})
