"""The items shared so far: category and who shared it, the wording only when the facilitator
turned that on. Items not shared are never listed; the room sees only their count (RoomPanel)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.labels import ScreenLabel, shorten

NAME_LIMIT = 40
WORDING_LIMIT = 200
MOST_ITEMS = 6  # the latest items; older ones are counted
MOST_ITEMS_WITH_WORDING = 4


class SharedItemsPanel(QWidget):
    """A heading and the latest shared items, newest last."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.heading = ScreenLabel("heading", "text", parent=self)
        self.earlier = ScreenLabel("small", "muted", parent=self)
        self.items = [ScreenLabel("body", "text", parent=self) for _ in range(MOST_ITEMS)]
        self.wordings = [ScreenLabel("small", "muted", parent=self) for _ in range(MOST_ITEMS)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.earlier)
        for item, wording in zip(self.items, self.wordings, strict=True):
            layout.addWidget(item)
            layout.addWidget(wording)
        layout.addStretch(1)

    def refresh(self, session: MeetingSession) -> None:
        """Show the latest shared items, read from the session."""
        shared = session.shared
        show_wording = session.meeting.show_wording_on_shared_screen
        self.heading.set_shown_text(self.tr("Shared so far"))
        most = MOST_ITEMS_WITH_WORDING if show_wording else MOST_ITEMS
        latest = shared[-most:]
        earlier = len(shared) - len(latest)
        self.earlier.set_shown_text(
            self.tr("… and {count} earlier").format(count=earlier) if earlier else ""
        )
        for index, (label, wording) in enumerate(zip(self.items, self.wordings, strict=True)):
            if index >= len(latest):
                nothing = index == 0  # nothing shared at all
                label.set_tone("muted")
                label.set_shown_text(self.tr("Nothing has been shared yet.") if nothing else "")
                wording.set_shown_text("")
                continue
            item = latest[index]
            category = session.policy.category_name(item.category_id, self._lang)
            name = shorten(session.professional(item.discloser_id).name, NAME_LIMIT)
            label.set_tone("text")
            label.set_shown_text(
                self.tr("• {category} · shared by {name}").format(category=category, name=name)
            )
            quoted = ""
            if show_wording and item.wording:
                quoted = self.tr("“{wording}”").format(wording=shorten(item.wording, WORDING_LIMIT))
            wording.set_shown_text(quoted)

    def set_spacing(self, spacing: int) -> None:
        """Space between the lines."""
        self.layout().setSpacing(spacing)
