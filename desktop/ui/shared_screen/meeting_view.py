"""The shared screen's main page: header, empty chair, gate or shared items, lights, the room.

A view of the session only: every refresh reads the session; nothing is kept between refreshes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.core.policy import Policy
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.agenda_panel import ScreenAgendaPanel
from desktop.ui.shared_screen.chair import ChairPanel
from desktop.ui.shared_screen.deliberation_steps import DeliberationSteps
from desktop.ui.shared_screen.gate_questions import GatePanel
from desktop.ui.shared_screen.header import HeaderBar
from desktop.ui.shared_screen.room_panel import RoomPanel
from desktop.ui.shared_screen.screen_labels import Rule, ScreenLabel
from desktop.ui.shared_screen.screen_lights import ConditionLight, ConditionLights
from desktop.ui.shared_screen.shared_items import SharedItemsPanel
from desktop.ui.shared_screen.theme import Palette


class MeetingView(QWidget):
    """Everything the room sees of a meeting that is not paused."""

    def __init__(self, lang: str, policy: Policy, parent: QWidget | None = None) -> None:
        """``policy``: the meeting's, whose conditions the lights show."""
        super().__init__(parent)
        self.header = HeaderBar(lang, self)
        self.chair = ChairPanel(self)
        self.gate = GatePanel(lang, self)
        self.agenda = ScreenAgendaPanel(self)
        self.shared_items = SharedItemsPanel(lang, self)
        self.lights = ConditionLights(lang, policy, self)
        self.room = RoomPanel(self)
        self.deliberation = DeliberationSteps(lang, self)
        self.deliberation.hide()  # only while the team deliberates
        self._rules = [Rule(self), Rule(self)]

        # Columns, shown as the moment needs: the chair while the person is not here, the
        # questions while a gate is open, else (the person here, no gate) the agenda; the shared
        # items whenever there is room for them, always in the right-hand column.
        self._body = QHBoxLayout()
        self._body.addWidget(self.chair, 2)
        self._body.addWidget(self.gate, 3)
        self._body.addWidget(self.agenda, 3)
        self._body.addWidget(self.shared_items, 3)
        self._body.addWidget(self.deliberation, 6)  # a deliberation takes the items' room too

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self._rules[0])
        self._layout.addLayout(self._body, 1)
        self._layout.addWidget(self.lights)
        self._layout.addWidget(self._rules[1])
        self._layout.addWidget(self.room)

    def refresh(self, session: MeetingSession, now: dt.datetime) -> None:
        """Redraw from the session. A gate is open while the session holds a draft; of that draft
        the room sees only that it exists and the statuses of its conditions."""
        gate_open = session.draft is not None
        # A deliberation under way shows its step, unless a gate opens during it.
        deliberating = session.deliberation is not None and not gate_open
        show_items = not (gate_open and session.chair_is_empty()) and not deliberating
        show_agenda = not gate_open and not session.chair_is_empty() and not deliberating
        self.header.set_agenda_elsewhere(show_agenda)
        self.header.refresh(session, now)
        self.chair.refresh(session)
        self.room.refresh(session)
        if gate_open:
            self.gate.refresh(session)
            self.lights.refresh(session)
        if show_items:
            self.shared_items.refresh(session)
        if show_agenda:
            self.agenda.refresh(session, now)
        if deliberating:
            self.deliberation.refresh(session)
        else:
            self.deliberation.clear()
        self.deliberation.setVisible(deliberating)
        self.gate.setVisible(gate_open)
        self.agenda.setVisible(show_agenda)
        self.lights.setVisible(gate_open)
        self.shared_items.setVisible(show_items)

    def update_timer(self, session: MeetingSession, now: dt.datetime) -> None:
        """Only the timer: once a second."""
        self.header.update_timer(session, now)
        if self.agenda.isVisibleTo(self):
            self.agenda.update_timer(session, now)

    def clear(self) -> None:
        """Empty every text: nothing of the case stays in a widget while the screen is paused."""
        self.room.clear()
        self.gate.clear()
        self.deliberation.clear()
        self.agenda.clear()
        self.header.clear()
        for label in self.findChildren(ScreenLabel):
            label.clear()
        self.chair.setVisible(False)

    def apply_scale(self, height: float) -> None:
        """Type and spacing for a window whose effective height is ``height`` pixels."""
        for label in self.findChildren(ScreenLabel):
            label.apply_scale(height)
        margin = round(height * 0.035)
        spacing = round(height * 0.012)
        self._layout.setContentsMargins(margin, round(margin * 0.7), margin, round(margin * 0.7))
        self._layout.setSpacing(round(height * 0.02))
        self._body.setSpacing(margin)
        panels = (self.gate, self.agenda, self.shared_items, self.room, self.lights)
        for panel in (*panels, self.deliberation):
            panel.set_spacing(spacing)
        for rule in self._rules:
            rule.setFixedHeight(max(2, round(height / 500)))
        self.lights.apply_scale(height)

    def apply_palette(self, palette: Palette) -> None:
        """Follow a theme."""
        for label in self.findChildren(ScreenLabel):
            label.apply_palette(palette)
        for light in self.findChildren(ConditionLight):
            light.apply_palette(palette)
        for rule in self._rules:
            rule.apply_palette(palette)
        self.chair.chair.apply_palette(palette)
