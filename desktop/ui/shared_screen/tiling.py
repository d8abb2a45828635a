"""The shared screen on a single monitor: a preview beside the console, never over it.

With a projector the shared screen fills it (:meth:`SharedScreenWindow.show_on`). With one monitor
the console keeps the left of the screen, as wide as it needs, and the preview takes the right
(issue 9: "the shared screen opens as a side-by-side preview and does not cover the console").
Both stay ordinary windows: each can be moved or resized afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QWidget

PREVIEW_SHARE = 0.4  # of the screen's width, when the console leaves that much
MIN_PREVIEW_WIDTH = 320  # narrower, nothing on the preview could be read
WIDE_PREVIEW_WIDTH = 640  # from this width the shared screen reads well at 16:9


def side_by_side(area: QRect, console_min_width: int) -> tuple[QRect, QRect]:
    """The console's and the preview's frames inside ``area``: console on the left, at least
    ``console_min_width`` wide when the area allows a readable preview too; preview on the
    right, at the top. A wide preview is 16:9, like a projector; a narrow one (a 1366-pixel
    laptop) takes the whole height, because its type stops shrinking at a readable size and
    needs the room."""
    room = area.width() - console_min_width
    preview_width = max(MIN_PREVIEW_WIDTH, min(round(area.width() * PREVIEW_SHARE), room))
    preview_width = min(preview_width, area.width())
    console = QRect(area.x(), area.y(), area.width() - preview_width, area.height())
    wide = preview_width >= WIDE_PREVIEW_WIDTH
    preview_height = min(area.height(), round(preview_width * 9 / 16)) if wide else area.height()
    preview = QRect(console.x() + console.width(), area.y(), preview_width, preview_height)
    return console, preview


def frame_margins(window: QWidget) -> QMargins:
    """What the window manager adds around ``window`` (title bar, borders); none before it is
    shown or on a platform without decorations."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def place_frame(window: QWidget, frame: QRect, margins: QMargins) -> None:
    """Move and size ``window`` so that its frame (decorations included) is ``frame``."""
    inner = frame.marginsRemoved(margins)
    window.resize(inner.size())
    window.move(frame.topLeft())  # move() places the frame's corner, resize() the inside


def tile_beside(console: QWidget, preview: QWidget, area: QRect) -> None:
    """Put ``console`` on the left of ``area`` (back to a normal window if it was maximised or
    full screen) and ``preview`` beside it; shows neither."""
    if console.isMaximized() or console.isFullScreen():
        console.showNormal()
    margins = frame_margins(console)
    needed = max(console.minimumSizeHint().width(), console.minimumWidth())
    console_frame, preview_frame = side_by_side(area, needed + margins.left() + margins.right())
    place_frame(console, console_frame, margins)
    # The preview's decorations are not known before it is shown: the console's are the best
    # guess (same window manager); close enough for a frame of a few pixels.
    own = frame_margins(preview)
    place_frame(preview, preview_frame, margins if own.isNull() else own)
