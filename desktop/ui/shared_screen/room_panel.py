"""The bottom of the shared screen: who is in the room, who stepped out, and the counts."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.entities import Professional
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.labels import ScreenLabel, shorten

NAME_LIMIT = 40
ROLE_LIMIT = 30


def _who(people: tuple[Professional, ...]) -> str:
    return " · ".join(
        f"{shorten(p.name, NAME_LIMIT)} ({shorten(p.role, ROLE_LIMIT)})"
        if p.role.strip()
        else shorten(p.name, NAME_LIMIT)
        for p in people
    )


class RoomPanel(QWidget):
    """In the room (name and role), stepped out for this item, shared and not-shared counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            self.room.set_shown_text(
                self.tr("In the room ({count}): {people}").format(
                    count=len(room), people=_who(room)
                )
            )
        else:
            self.room.set_shown_text(self.tr("In the room: nobody yet"))
        out = session.stepped_out()
        self.stepped_out.set_shown_text(
            self.tr("Stepped out for this item: {people}").format(people=_who(out)) if out else ""
        )
        self.counts.set_shown_text(
            self.tr("Shared so far: {shared} · Considered, not shared: {withheld}").format(
                shared=len(session.shared), withheld=len(session.withheld)
            )
        )

    def set_spacing(self, spacing: int) -> None:
        """Space between the lines."""
        self.layout().setSpacing(spacing)
