"""The shared screen (projector view): what the room sees of the meeting (DESIGN.md §5)."""

from desktop.ui.shared_screen.window import SharedScreenWindow, pick_secondary_screen

__all__ = ["SharedScreenWindow", "pick_secondary_screen"]
