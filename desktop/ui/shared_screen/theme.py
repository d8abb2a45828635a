"""Colours of the shared screen, made for a projector at the back of a room.

Every text colour is read on the one background of its theme, so checking each ``(text,
background)`` pair against WCAG AA (4.5:1) covers everything the screen can show. This module is
plain Python (hex strings) so the contrast check runs without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

WCAG_AA = 4.5


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours of one theme, as ``#rrggbb`` strings.

    Fields other than ``background``, ``chair`` and ``rule`` are text colours.
    """

    name: str
    background: str
    text: str
    muted: str
    accent: str
    met: str
    not_met: str
    needs_answer: str
    overtime: str
    chair: str  # the artwork: a graphic, not text (needs 3:1)
    rule: str  # thin separators: decoration only

    def text_colours(self) -> dict[str, str]:
        """Every colour used for text, by field name."""
        skip = {"name", "background", "chair", "rule"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}


LIGHT = Palette(
    name="light",
    background="#fbfaf6",
    text="#16181b",
    muted="#45494f",
    accent="#1d3f6e",
    met="#1b5e20",
    not_met="#a4161a",
    needs_answer="#6d4700",
    overtime="#a4161a",
    chair="#5a4030",
    rule="#8a8f96",
)

DARK = Palette(
    name="dark",
    background="#111316",
    text="#f3f3f0",
    muted="#bfc5cc",
    accent="#9cc3ff",
    met="#8fd694",
    not_met="#ff9b94",
    needs_answer="#ffd166",
    overtime="#ff9b94",
    chair="#d8c8b4",
    rule="#5c636b",
)

THEMES: dict[str, Palette] = {LIGHT.name: LIGHT, DARK.name: DARK}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour, from 0 (black) to 1 (white)."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"Not a #rrggbb colour: {colour!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def theme(name: str) -> Palette:
    """The palette called ``name`` (``"light"`` or ``"dark"``)."""
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"Unknown theme {name!r}; choose one of {', '.join(THEMES)}") from None
