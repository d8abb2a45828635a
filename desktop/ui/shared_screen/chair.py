"""The empty chair (DESIGN.md §2 rule 4): drawn large whenever the person is not in the room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from desktop.core.entities import Participation
from desktop.core.session import MeetingSession
from desktop.resources import resource_path
from desktop.ui.shared_screen.screen_labels import ScreenLabel, shorten
from desktop.ui.shared_screen.theme import LIGHT, Palette

CHAIR_SVG = resource_path("empty-chair.svg")
ALIAS_LIMIT = 40
ADVOCATE_LIMIT = 60


def chair_svg(colour: str, path: Path = CHAIR_SVG) -> bytes:
    """The chair artwork with its one colour (``currentColor``) replaced by ``colour``."""
    return path.read_text(encoding="utf-8").replace("currentColor", colour).encode("utf-8")


class EmptyChairWidget(QWidget):
    """The chair artwork, as large as the widget allows, centred, in the theme's chair colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self.apply_palette(LIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 84)

    def apply_palette(self, palette: Palette) -> None:
        """Redraw the chair in the theme's colour."""
        if not self._renderer.load(QByteArray(chair_svg(palette.chair))):
            raise RuntimeError(f"The chair artwork cannot be read: {CHAIR_SVG}")
        self.update()

    def sizeHint(self) -> QSize:
        """A portrait chair."""
        return QSize(200, 280)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the artwork centred, keeping its proportions."""
        size = self._renderer.defaultSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(x, y, size.width(), size.height()))
        painter.end()


class ChairPanel(QWidget):
    """The chair with the person's alias under it, and who speaks for them when represented."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chair = EmptyChairWidget(self)
        self.caption = ScreenLabel("heading", "text", parent=self)
        self.advocate = ScreenLabel("body", "muted", parent=self)
        for label in (self.caption, self.advocate):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chair, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.advocate)

    def refresh(self, session: MeetingSession) -> None:
        """Show the chair when the person is not in the room; hide the panel when they are."""
        meeting = session.meeting
        if not session.chair_is_empty():
            self.setVisible(False)
            return
        alias = shorten(session.person.alias, ALIAS_LIMIT)
        if meeting.participation is Participation.REPRESENTED:
            self.caption.set_shown_text(
                self.tr("{alias} is represented today.").format(alias=alias)
            )
            advocate = shorten(meeting.advocate, ADVOCATE_LIMIT)
            self.advocate.set_shown_text(
                self.tr("Speaking for {alias}: {advocate}").format(alias=alias, advocate=advocate)
                if advocate
                else ""
            )
        else:
            self.caption.set_shown_text(self.tr("{alias} is not here today.").format(alias=alias))
            self.advocate.set_shown_text("")
        self.setVisible(True)
