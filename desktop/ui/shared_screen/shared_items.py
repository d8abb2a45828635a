"""The items shared so far: category and who shared it, the wording only when the facilitator
turned that on and everyone in the room received the item. Items not shared are never listed;
the room sees only their count (RoomPanel)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.fitting import FittingPanel, needed_height
from desktop.ui.shared_screen.screen_labels import ScreenLabel, shorten

NAME_LIMIT = 40
WORDING_LIMIT = 200
MOST_ITEMS = 8  # the latest items at most; the panel shows as many of them as fit


class SharedItemsPanel(FittingPanel):
    """A heading and the latest shared items that fit, newest last; older ones are counted."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._total = 0
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
        # The panel takes the room it is given and fits its items into it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def refresh(self, session: MeetingSession) -> None:
        """Show the latest shared items, read from the session."""
        shared = session.shared
        show_wording = session.meeting.show_wording_on_shared_screen
        self._total = len(shared)
        self.heading.set_shown_text(self.tr("Information shared"))
        latest = shared[-MOST_ITEMS:]
        present = {p.id for p in session.room()}
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
            # The wording only while everyone in the room received the item: someone who stepped
            # out of it, or walked in since, must not read it on the wall (DESIGN.md §6).
            received = present <= {*item.with_whom, item.discloser_id}
            if show_wording and item.wording and received:
                quoted = self.tr("“{wording}”").format(wording=shorten(item.wording, WORDING_LIMIT))
            wording.set_shown_text(quoted)
        self.fit()

    def fit(self) -> None:
        """Show the newest items that fit in the panel's height; count the others."""
        width, spacing = self.width(), self._spacing
        budget = self.height() - needed_height(self.heading, width) - spacing
        budget -= needed_height(self.earlier, width) + spacing  # room for "… and N earlier"
        pairs = [(i, w) for i, w in zip(self.items, self.wordings, strict=True) if i.text()]
        shown, full = 0, False
        for index, (item, wording) in enumerate(reversed(pairs)):
            cost = needed_height(item, width) + spacing
            if wording.text():
                cost += needed_height(wording, width) + spacing
            # Newest first; the newest always shows; once one does not fit, older ones neither.
            full = full or (cost > budget and index > 0)
            budget -= cost
            item.setVisible(not full)
            wording.setVisible(not full and bool(wording.text()))
            if not full and self._total > 0:
                shown += 1
        earlier = self._total - shown
        self.earlier.set_shown_text(
            self.tr("… and {count} earlier").format(count=earlier) if earlier > 0 else ""
        )
