"""The meeting's agenda, for the room, while no gate is open and the person is in the room.

Agenda titles are prepared text (DESIGN.md §5: the current agenda item and its timer are always
allowed); nothing else of the meeting shows here. The current item is marked by a symbol, weight
and colour, with its timer under it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.fitting import FittingPanel, line_height, needed_height
from desktop.ui.shared_screen.header import clock_text, elapsed_seconds
from desktop.ui.shared_screen.screen_labels import ScreenLabel, shorten

TITLE_LIMIT = 60
MOST_ITEMS = 12  # the panel holds this many items at most; it shows as many as fit
CURRENT_MARK = "▶"


class ScreenAgendaPanel(FittingPanel):
    """A heading and the agenda's items, the current one marked, with its timer under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = -1  # the current item's place among the held ones, -1 if none
        self._count = 0  # items of the agenda held by the labels
        self._offset = 0  # the first held item's place in the agenda (from 0)
        self._total = 0  # items in the whole agenda
        self._fitting = self._again = False  # see fit()
        self.heading = ScreenLabel("heading", "text", parent=self)
        self.before = ScreenLabel("small", "muted", parent=self)
        self.items = [ScreenLabel("question", "text", parent=self) for _ in range(MOST_ITEMS)]
        self.timer = ScreenLabel("timer", "text", parent=self)
        self.overtime = ScreenLabel("body", "overtime", parent=self)
        self.after = ScreenLabel("small", "muted", parent=self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for label in (
            self.heading,
            self.before,
            *self.items,
            self.timer,
            self.overtime,
            self.after,
        ):
            self._layout.addWidget(label)
        self._layout.addStretch(1)
        # The panel takes the room it is given and fits its items into it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def refresh(self, session: MeetingSession, now: dt.datetime) -> None:
        """Read the agenda and where the meeting is in it; then the timer."""
        agenda = session.meeting.agenda
        index = session.agenda_index
        # With a very long agenda, the labels hold a stretch of it around the current item.
        start = min(max(0, index - 2), max(0, len(agenda) - MOST_ITEMS))
        held = agenda[start : start + MOST_ITEMS]
        self._offset, self._count, self._total = start, len(held), len(agenda)
        self._current = index - start if 0 <= index < len(agenda) else -1
        self.heading.set_shown_text(self.tr("Agenda"))
        for position, label in enumerate(self.items):
            if position >= len(held):
                label.setText("")
                continue
            item = held[position]
            number, title = start + position + 1, shorten(item.title, TITLE_LIMIT)
            current = position == self._current
            if current:
                text = self.tr("{mark} {number}. {title}").format(
                    mark=CURRENT_MARK, number=number, title=title
                )
            elif self._current >= 0 and position < self._current:
                text = self.tr("{number}. {title}").format(number=number, title=title)
            else:
                text = self.tr("{number}. {title} · {minutes} min").format(
                    number=number, title=title, minutes=item.minutes
                )
            font = label.font()
            font.setBold(current)
            label.setFont(font)
            label.set_tone("accent" if current else "muted" if position < self._current else "text")
            label.setText(text)  # fit() shows it if there is room
        self.update_timer(session, now)

    def update_timer(self, session: MeetingSession, now: dt.datetime) -> None:
        """The current item's time against its time box; overtime in words and colour."""
        index, agenda = session.agenda_index, session.meeting.agenda
        started = session.agenda_started_at
        self.timer.setText("")  # fit() shows these two under the current item
        self.overtime.setText("")
        if self._current >= 0 and 0 <= index < len(agenda) and started is not None:
            seconds = elapsed_seconds(started, now)
            box = agenda[index].minutes * 60
            over = seconds - box
            self.timer.setText(
                self.tr("{elapsed} / {box}").format(
                    elapsed=clock_text(seconds), box=clock_text(box)
                )
            )
            self.timer.set_tone("overtime" if over > 0 else "text")
            if over > 0:
                self.overtime.setText(self.tr("+{over} over time").format(over=clock_text(over)))
        self._place_timer()
        self.fit()

    def _place_timer(self) -> None:
        """The timer and the overtime go right under the current item."""
        if self._current < 0:
            return
        item = self.items[self._current]
        if self._layout.indexOf(self.timer) != self._layout.indexOf(item) + 1:
            for label in (self.timer, self.overtime):
                self._layout.removeWidget(label)
            place = self._layout.indexOf(item) + 1
            self._layout.insertWidget(place, self.timer)
            self._layout.insertWidget(place + 1, self.overtime)

    def fit(self) -> None:
        """Show the current item and its timer, then the following items, then the earlier
        ones, as many as fit; count the others."""
        # Showing or hiding a label can resize the panel at once, which calls fit() again: that
        # inner call only asks for one more pass, made once this one is over.
        if self._fitting:
            self._again = True
            return
        self._fitting = True
        try:
            for _ in range(3):
                self._again = False
                self._fit_once()
                if not self._again:
                    break
        finally:
            self._fitting = False

    def _fit_once(self) -> None:
        width, spacing = self.width(), self._spacing
        if self._current >= 0:  # the timer lines up with the item's title, after the mark
            marked = self.items[self._current].fontMetrics()
            for label in (self.timer, self.overtime):
                label.setIndent(marked.horizontalAdvance(CURRENT_MARK + " "))
        budget = self.height() - needed_height(self.heading, width) - spacing
        count, current = self._count, self._current

        def cost(position: int) -> int:
            height = needed_height(self.items[position], width) + spacing
            if position == current:
                for label in (self.timer, self.overtime):
                    if label.text():
                        height += needed_height(label, width) + spacing
            return height

        costs = {position: cost(position) for position in range(count)}
        shown = set(range(count))
        if sum(costs.values()) > budget:
            budget -= 2 * (line_height(self.before) + spacing)  # room for the two counts
            first = max(current, 0)
            order = [*range(first, count), *range(first - 1, -1, -1)]
            shown = set()
            for position in order:
                if costs[position] > budget and shown:
                    break
                budget -= costs[position]
                shown.add(position)
        for position, label in enumerate(self.items):
            label.setVisible(position in shown)
        for label in (self.timer, self.overtime):
            label.setVisible(bool(label.text()) and current in shown)
        before = self._offset + min(shown, default=0)
        after = self._total - self._offset - (max(shown) + 1 if shown else 0)
        self.before.set_shown_text(
            self.tr("… {count} earlier items").format(count=before) if before > 0 else ""
        )
        self.after.set_shown_text(
            self.tr("… {count} more items").format(count=after) if after > 0 else ""
        )

    def clear(self) -> None:
        """Forget every text (the screen is being blanked)."""
        self._current, self._count, self._offset, self._total = -1, 0, 0, 0
        for label in self.findChildren(ScreenLabel):
            label.clear()
