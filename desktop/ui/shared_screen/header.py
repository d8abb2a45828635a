"""The top of the shared screen: the meeting (the person's alias, never their name), its purpose,
the current agenda item and its timer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.core.entities import Participation
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.labels import ScreenLabel, shorten

ALIAS_LIMIT = 40
PURPOSE_LIMIT = 160
AGENDA_LIMIT = 48


def elapsed_seconds(started: dt.datetime, now: dt.datetime) -> int:
    """Whole seconds from ``started`` to ``now``, never negative; copes with naive and aware."""
    if (started.tzinfo is None) != (now.tzinfo is None):
        now = now.replace(tzinfo=None) if started.tzinfo is None else now.astimezone()
    return max(0, int((now - started).total_seconds()))


def clock_text(seconds: int) -> str:
    """``mm:ss`` (minutes keep counting past 59)."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class HeaderBar(QWidget):
    """Title and purpose on the left; agenda item and timer on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ScreenLabel("title", "accent", parent=self)
        self.purpose = ScreenLabel("body", "muted", parent=self)
        self.agenda = ScreenLabel("heading", "text", parent=self)
        self.timer = ScreenLabel("timer", "text", wrap=False, parent=self)
        self.overtime = ScreenLabel("small", "overtime", wrap=False, parent=self)
        self.participation = ScreenLabel("body", "text", parent=self)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for label in (self.agenda, self.timer, self.overtime, self.participation):
            label.setAlignment(right)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.agenda, 0, 1)
        layout.addWidget(self.timer, 0, 2)
        layout.addWidget(self.purpose, 1, 0)
        layout.addWidget(self.participation, 1, 1)
        layout.addWidget(self.overtime, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

    def refresh(self, session: MeetingSession, now: dt.datetime) -> None:
        """Read the meeting's title, purpose and agenda; then the timer."""
        alias = shorten(session.person.alias, ALIAS_LIMIT)
        self.title.set_shown_text(self.tr("Case conference · {alias}").format(alias=alias))
        self.purpose.set_shown_text(shorten(session.meeting.purpose, PURPOSE_LIMIT))
        present = session.meeting.participation is Participation.PRESENT
        self.participation.set_shown_text(
            self.tr("{alias} is with us.").format(alias=alias) if present else ""
        )
        index, agenda = session.agenda_index, session.meeting.agenda
        if 0 <= index < len(agenda):
            title = shorten(agenda[index].title, AGENDA_LIMIT)
            self.agenda.set_shown_text(
                self.tr("{number}. {title}").format(number=index + 1, title=title)
            )
        else:
            self.agenda.set_shown_text("")
        self.update_timer(session, now)

    def update_timer(self, session: MeetingSession, now: dt.datetime) -> None:
        """The current item's time, against its time box; overtime in words and colour."""
        index, agenda, started = (
            session.agenda_index,
            session.meeting.agenda,
            session.agenda_started_at,
        )
        if not 0 <= index < len(agenda) or started is None:
            self.timer.set_shown_text("")
            self.overtime.set_shown_text("")
            return
        seconds = elapsed_seconds(started, now)
        box = agenda[index].minutes * 60
        self.timer.set_shown_text(
            self.tr("{elapsed} / {box}").format(elapsed=clock_text(seconds), box=clock_text(box))
        )
        over = seconds - box
        self.timer.set_tone("overtime" if over > 0 else "text")
        self.overtime.set_shown_text(
            self.tr("+{over} over time").format(over=clock_text(over)) if over > 0 else ""
        )
