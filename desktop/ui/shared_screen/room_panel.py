"""The bottom of the shared screen: who is in the room, who stepped out, and the counts."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.entities import Professional
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.fitting import FittingPanel, lines_needed, shorten_to_lines
from desktop.ui.shared_screen.screen_labels import ScreenLabel, shorten

NAME_LIMIT = 32
ROLE_LIMIT = 24
ROOM_LINES = 3  # the room list never takes more; beyond, roles are dropped, then it is cut
STEPPED_OUT_LINES = 2


def _who(people: tuple[Professional, ...], roles: bool = True) -> str:
    return " · ".join(
        f"{shorten(p.name, NAME_LIMIT)} ({shorten(p.role, ROLE_LIMIT)})"
        if roles and p.role.strip()
        else shorten(p.name, NAME_LIMIT)
        for p in people
    )


class RoomPanel(FittingPanel):
    """In the room (name and role), stepped out for this item, shared and not-shared counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room_texts: list[str] = []  # the room list, longest first, before fitting
        self._stepped_out_text = ""
        self.room = ScreenLabel("small", "text", parent=self)
        self.stepped_out = ScreenLabel("small", "muted", parent=self)
        self.counts = ScreenLabel("small", "text", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.room, self.stepped_out, self.counts):
            layout.addWidget(label)

    def refresh(self, session: MeetingSession) -> None:
        """Read who is where and how many items were decided."""
        room = session.room()
        if room:
            heading = self.tr("In the room ({count}): {people}")
            self._room_texts = [
                heading.format(count=len(room), people=_who(room)),
                heading.format(count=len(room), people=_who(room, roles=False)),
            ]
        else:
            self._room_texts = [self.tr("In the room: nobody yet")]
        out = session.stepped_out()
        self._stepped_out_text = (
            self.tr("Stepped out for this item: {people}").format(people=_who(out)) if out else ""
        )
        self.counts.set_shown_text(
            self.tr("Shared so far: {shared} · Considered, not shared: {withheld}").format(
                shared=len(session.shared), withheld=len(session.withheld)
            )
        )
        self.fit()

    def fit(self) -> None:
        """The room list in at most three lines: with roles if they fit, else names only."""
        width = self.width()
        fitting = [t for t in self._room_texts if lines_needed(self.room, t, width) <= ROOM_LINES]
        room = fitting[0] if fitting else self._room_texts[-1] if self._room_texts else ""
        self.room.set_shown_text(shorten_to_lines(self.room, room, width, ROOM_LINES))
        out = self._stepped_out_text
        self.stepped_out.set_shown_text(
            shorten_to_lines(self.stepped_out, out, width, STEPPED_OUT_LINES) if out else ""
        )

    def clear(self) -> None:
        """Forget every text (the screen is being blanked)."""
        self._room_texts, self._stepped_out_text = [], ""
        for label in (self.room, self.stepped_out, self.counts):
            label.clear()
