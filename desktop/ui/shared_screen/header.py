"""The top of the shared screen: the meeting (the person's alias, never their name), its purpose,
the current agenda item and its timer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from desktop.core.entities import Participation
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.fitting import FittingPanel, shorten_to_lines
from desktop.ui.shared_screen.screen_labels import ScreenLabel, shorten

ALIAS_LIMIT = 24
PURPOSE_LIMIT = 200
PURPOSE_LINES = 2
AGENDA_LIMIT = 40


def elapsed_seconds(started: dt.datetime, now: dt.datetime) -> int:
    """Whole seconds from ``started`` to ``now``, never negative; copes with naive and aware."""
    if (started.tzinfo is None) != (now.tzinfo is None):
        now = now.replace(tzinfo=None) if started.tzinfo is None else now.astimezone()
    return max(0, int((now - started).total_seconds()))


def clock_text(seconds: int) -> str:
    """``mm:ss`` (minutes keep counting past 59)."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def title_alias(session: MeetingSession) -> str:
    """The person's alias as titles show it: never their name, never overlong."""
    return shorten(session.person.alias, ALIAS_LIMIT)


class HeaderBar(FittingPanel):
    """Title (with the framework's short name), purpose and the person's presence on the left;
    timer and agenda item on the right."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang  # the framework's short name is the policy's, in this language
        self._purpose = ""  # the whole purpose, before fitting
        self._agenda_elsewhere = False  # the agenda panel shows the item and its timer
        self.title = ScreenLabel("title", "accent", wrap=False, parent=self)
        self.purpose = ScreenLabel("body", "muted", parent=self)
        self.participation = ScreenLabel("body", "text", parent=self)
        self.framework = ScreenLabel("small", "muted", wrap=False, parent=self)
        self.timer = ScreenLabel("timer", "text", wrap=False, parent=self)
        self.agenda = ScreenLabel("heading", "text", wrap=False, parent=self)
        self.overtime = ScreenLabel("small", "overtime", wrap=False, parent=self)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for label in (self.timer, self.agenda, self.overtime):
            label.setAlignment(right)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.timer, 0, 1)
        layout.addWidget(self.purpose, 1, 0)
        layout.addWidget(self.agenda, 1, 1)
        # The person's presence, and the framework the meeting runs under (its short name).
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.participation, 1)
        bottom.addWidget(self.framework, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom, 2, 0)
        layout.addWidget(self.overtime, 2, 1)
        layout.setColumnStretch(0, 1)

    def set_agenda_elsewhere(self, elsewhere: bool) -> None:
        """True while the agenda panel shows the current item and its timer: the header then
        leaves them out rather than showing them twice. Takes effect at the next refresh."""
        self._agenda_elsewhere = elsewhere

    def refresh(self, session: MeetingSession, now: dt.datetime) -> None:
        """Read the meeting's title, purpose and agenda; then the timer."""
        alias = title_alias(session)
        self.title.set_shown_text(self.tr("Case conference · {alias}").format(alias=alias))
        self.framework.set_shown_text(session.policy.short_name.text(self._lang))
        self._purpose = shorten(session.meeting.purpose, PURPOSE_LIMIT)
        present = session.meeting.participation is Participation.PRESENT
        self.participation.set_shown_text(
            self.tr("{alias} is with us.").format(alias=alias) if present else ""
        )
        index, agenda = session.agenda_index, session.meeting.agenda
        if 0 <= index < len(agenda) and not self._agenda_elsewhere:
            title = shorten(agenda[index].title, AGENDA_LIMIT)
            self.agenda.set_shown_text(
                self.tr("{number}. {title}").format(number=index + 1, title=title)
            )
        else:
            self.agenda.set_shown_text("")
        self.update_timer(session, now)
        self.fit()

    def update_timer(self, session: MeetingSession, now: dt.datetime) -> None:
        """The current item's time, against its time box; overtime in words and colour."""
        index, agenda = session.agenda_index, session.meeting.agenda
        started = session.agenda_started_at
        if not 0 <= index < len(agenda) or started is None or self._agenda_elsewhere:
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

    def fit(self) -> None:
        """The purpose in at most two lines."""
        right = max(label.sizeHint().width() for label in (self.timer, self.agenda, self.overtime))
        width = self.width() - right - self.layout().horizontalSpacing()
        text = shorten_to_lines(self.purpose, self._purpose, width, PURPOSE_LINES)
        self.purpose.set_shown_text(text)

    def clear(self) -> None:
        """Forget every text (the screen is being blanked)."""
        self._purpose = ""
        for label in self.findChildren(ScreenLabel):
            label.clear()
