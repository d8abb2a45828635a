"""The empty chair (DESIGN.md §2 rule 4): drawn whenever a person concerned is not in the room,
one chair per absent person of a family."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.entities import Participation, Person
from desktop.core.session import MeetingSession
from desktop.resources import resource_path
from desktop.ui.i18n import fill_in
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


# Up to this many absent persons, each has their own chair on the projector; beyond it, one
# chair stands for all of them with their aliases listed (a compact form that stays legible).
MAX_CHAIRS = 6
SEAT_ALIAS_LIMIT = 24
SEAT_ADVOCATE_LIMIT = 32


class _Seat(QWidget):
    """One absent person's chair in a meeting about several: the chair, their alias, and who
    speaks for them when represented."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chair = EmptyChairWidget(self)
        self.chair.setMinimumSize(40, 56)
        self.name = ScreenLabel("body", "text", parent=self)
        self.advocate = ScreenLabel("small", "muted", parent=self)
        for label in (self.name, self.advocate):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chair, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.advocate)


class ChairPanel(QWidget):
    """The empty chair: one per person concerned who is not in the room.

    One person: the chair drawn large, with their alias under it and who speaks for them when
    represented. Several (a family): one smaller chair each, with their alias, up to
    :data:`MAX_CHAIRS`; beyond, one chair and the list of those who are not here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chair = EmptyChairWidget(self)
        self.caption = ScreenLabel("heading", "text", parent=self)
        self.advocate = ScreenLabel("body", "muted", parent=self)
        for label in (self.caption, self.advocate):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # Several chairs: "Not here today" heads them, the aliases under each chair.
        self.heading = ScreenLabel("heading", "text", parent=self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.seats = [_Seat(self) for _ in range(MAX_CHAIRS)]
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.chair, 1)
        layout.addLayout(self._grid, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.advocate)

    def apply_palette(self, palette: Palette) -> None:
        """Draw every chair in the theme's colour."""
        self.chair.apply_palette(palette)
        for seat in self.seats:
            seat.chair.apply_palette(palette)

    def refresh(self, session: MeetingSession) -> None:
        """Show a chair for each person not in the room; hide the panel when all are here."""
        absent = session.empty_chairs()
        if not absent:
            self.setVisible(False)
            return
        if len(absent) == 1 or len(absent) > MAX_CHAIRS:
            self._one_chair(session, absent)
        else:
            self._chairs(session, absent)
        self.setVisible(True)

    def _one_chair(self, session: MeetingSession, absent: tuple[Person, ...]) -> None:
        for seat in self.seats:
            seat.setVisible(False)
        self.heading.set_shown_text("")
        self.chair.setVisible(True)
        if len(absent) > 1:  # the compact form: too many chairs to stay legible
            aliases = [shorten(p.alias, SEAT_ALIAS_LIMIT) for p in absent]
            self.caption.set_shown_text(
                self.tr("{count} persons are not here today.").format(count=len(absent))
            )
            self.advocate.set_shown_text(", ".join(aliases))
            return
        person = absent[0]
        meeting = session.meeting
        alias = shorten(person.alias, ALIAS_LIMIT)
        own = meeting.taking_part_of(person.id)
        if own.participation is Participation.REPRESENTED:
            self.caption.set_shown_text(
                self.tr("{alias} is represented today.").format(alias=alias)
            )
            advocate = shorten(own.advocate, ADVOCATE_LIMIT)
            self.advocate.set_shown_text(
                fill_in(self.tr("Speaking for {alias}: {advocate}"), alias=alias, advocate=advocate)
                if advocate
                else ""
            )
        else:
            self.caption.set_shown_text(self.tr("{alias} is not here today.").format(alias=alias))
            self.advocate.set_shown_text("")

    def _chairs(self, session: MeetingSession, absent: tuple[Person, ...]) -> None:
        self.chair.setVisible(False)
        self.heading.set_shown_text(self.tr("Not here today"))
        self.caption.set_shown_text("")
        self.advocate.set_shown_text("")
        columns = 2 if len(absent) == 4 else min(3, len(absent))
        for index, seat in enumerate(self.seats):
            self._grid.removeWidget(seat)
            if index >= len(absent):
                seat.setVisible(False)
                continue
            person = absent[index]
            own = session.meeting.taking_part_of(person.id)
            seat.name.set_shown_text(shorten(person.alias, SEAT_ALIAS_LIMIT))
            advocate = shorten(own.advocate, SEAT_ADVOCATE_LIMIT)
            represented = own.participation is Participation.REPRESENTED
            seat.advocate.set_shown_text(
                self.tr("Represented: {advocate}").format(advocate=advocate)
                if represented and advocate
                else (self.tr("Represented") if represented else "")
            )
            self._grid.addWidget(seat, index // columns, index % columns)
            seat.setVisible(True)
