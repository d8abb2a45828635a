"""The facilitator's console: one meeting from its opening to its close (DESIGN.md §9).

A view of one :class:`MeetingSession` through its :class:`SessionBridge`: the console calls the
session's actions and redraws on the bridge's signals, so the shared screen (another view of the
same session) always shows the same state. Pages: the rule of conduct and purpose, the roll call,
then the running meeting in three columns (agenda · shared so far and the gate · the room) over
decisions & actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deliberation_method import MethodShelf, load_methods
from desktop.core.entities import MeetingState, Mission, Presence, Professional
from desktop.core.session import MeetingSession, SessionError
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.agenda import AgendaPanel
from desktop.ui.console.centre import CentrePanel
from desktop.ui.console.deliberation_dialogs import StartDeliberationDialog
from desktop.ui.console.deliberation_panel import DeliberationPanel
from desktop.ui.console.gate_panel import GatePanel
from desktop.ui.console.notices import BlankedBar, LockCountdownBar
from desktop.ui.console.opening import OpeningPage, RollCallPage
from desktop.ui.console.records import RecordsPanel
from desktop.ui.console.room import RoomPanel, SaveProfessional
from desktop.ui.console.summary import CloseSummaryDialog
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.meeting_labels import clock_text
from desktop.ui.widgets.shortcuts import add_shortcut


def _system_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class MeetingConsole(QWidget):
    """The console of one meeting.

    Signals:
        blankRequested(bool): blank (True) or show again (False) the shared screen — F12 or the
            "Blank" button.
        lockRequested(): lock the console now — the "Lock" button.
        stayUnlockedRequested(): "Stay unlocked" during the countdown before an inactivity lock.
        sharedScreenRequested(): open the shared screen.
        fullScreenRequested(): F11 — the shared screen full screen, or back to a window.
        meetingFinished(str): the meeting (id) is closed and the facilitator goes back to the list.
        exportMinutesRequested(str): export the minutes of the meeting (id).
    """

    blankRequested = Signal(bool)
    lockRequested = Signal()
    stayUnlockedRequested = Signal()
    sharedScreenRequested = Signal()
    fullScreenRequested = Signal()
    meetingFinished = Signal(str)
    exportMinutesRequested = Signal(str)

    def __init__(
        self,
        session: MeetingSession,
        bridge: SessionBridge,
        lang: str,
        parent: QWidget | None = None,
        *,
        conduct_rule: str = "",
        directory: Iterable[Professional] | None = None,
        clock: Callable[[], dt.datetime] = _system_now,
        missions: Sequence[Mission] = (),
        save_professional: SaveProfessional | None = None,
        methods: MethodShelf | None = None,
        default_method: str = "",
        undertaking: str = "",
    ) -> None:
        """``undertaking``: the institution's text of the confidentiality undertaking (empty:
        the framework's), read at check-in when the meeting asks for it."""
        super().__init__(parent)
        self.session = session
        self._lang = lang
        self._clock = clock
        self.summary_dialog: CloseSummaryDialog | None = None
        self.setAccessibleName(self.tr("Meeting console"))
        rule = conduct_rule.strip() or session.policy.text("conduct_template", lang)

        self._build_header()
        self.opening = OpeningPage(session, rule, self, lang)
        self.roll_call = RollCallPage(session, lang, self, undertaking=undertaking)
        self.gate = GatePanel(session, bridge, lang, clock, self)
        self.agenda = AgendaPanel(session, clock, lang, self)
        self.centre = CentrePanel(session, self.gate, lang, self)
        # Walk-ins: a new professional is saved through ``save_professional`` (the workspace).
        self.room = RoomPanel(
            session,
            lang,
            self,
            missions=missions,
            save_professional=save_professional,
            undertaking=undertaking,
        )
        people = self._people(directory)
        self.records = RecordsPanel(session, people, clock().date(), lang, self)
        # Structured deliberation: the methods shipped (or the ones given), the settings' default.
        self._methods = methods if methods is not None else load_methods()
        self.default_method = default_method  # the settings' choice, offered first
        self.deliberation = DeliberationPanel(
            session, bridge, lang, self.records.shared_items, self
        )
        self.centre.stack.addWidget(self.deliberation)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.opening)
        self.pages.addWidget(self.roll_call)
        self.pages.addWidget(self._running_page())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        self.message.setAccessibleName(self.tr("Message"))
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(10_000)
        self._message_timer.timeout.connect(self.message.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self.header)
        for bar in (self.blanked_bar, self.lock_countdown):
            layout.addWidget(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self._shortcuts()
        self._connect(bridge)
        self._show_page()
        self.update_clock()

    # --- Building --------------------------------------------------------------------------------

    def _build_header(self) -> None:
        session = self.session
        self.title = ElidedLabel(self)  # "…" and a tooltip when the console is narrow
        self.title.setStyleSheet("font-weight: bold")
        self.title.set_full_text(
            self.tr("Case conference · {alias} · {mission} · {framework} · “{purpose}”").format(
                alias=session.aliases(lang=self._lang),
                mission=session.mission.name,
                framework=session.policy.short_name.text(self._lang),
                purpose=session.meeting.purpose,
            )
        )
        self.title.setMinimumWidth(100)
        self.state = QLabel(self)
        self.state.setAccessibleName(self.tr("Meeting state"))
        self.screen_button = QPushButton(self.tr("Shared screen"), self)
        self.screen_button.clicked.connect(self.sharedScreenRequested)
        self.blank_button = QPushButton(self.tr("Blank  F12"), self)
        self.blank_button.setAccessibleName(self.tr("Blank the shared screen"))
        self.blank_button.setCheckable(True)
        self.blank_button.toggled.connect(self.blankRequested)
        self.blank_button.toggled.connect(self._show_blanked)
        self.blanked_bar = BlankedBar(self)
        self.lock_button = QPushButton(self.tr("Lock  Ctrl+L"), self)
        self.lock_button.setAccessibleName(self.tr("Lock the console"))
        self.lock_button.clicked.connect(self.lockRequested)
        self.lock_countdown = LockCountdownBar(self)
        self.lock_countdown.stayUnlockedRequested.connect(self.stayUnlockedRequested)
        self.close_button = QPushButton(self.tr("Close meeting…"), self)
        self.close_button.clicked.connect(self.request_close)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.header.addWidget(self.state)
        buttons = (self.screen_button, self.blank_button, self.lock_button, self.close_button)
        for button in buttons:
            self.header.addWidget(button)

    def _running_page(self) -> QWidget:
        page = QWidget(self)
        columns = QHBoxLayout()
        self._column_lines: dict[QWidget, QFrame] = {}
        for panel, stretch, minimum in (
            (self.agenda, 22, 200),
            (self.centre, 50, 420),
            (self.room, 28, 250),
        ):
            panel.setMinimumWidth(minimum)
            columns.addWidget(panel, stretch)
            if panel is not self.room:
                line = QFrame(page)
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                columns.addWidget(line)
                self._column_lines[panel] = line
        self.records.setMaximumHeight(150)
        self.records.setObjectName("records")
        self.records.setStyleSheet("#records { border-top: 1px solid #b0b0b0 }")
        self._columns = columns
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.records)
        return page

    def _people(self, directory: Iterable[Professional] | None) -> list[Professional]:
        if directory is None:
            return [self.session.professional(pid) for pid in self.session.meeting.invitees]
        known = []
        for professional in directory:
            try:
                self.session.professional(professional.id)
            except KeyError:
                continue  # the session could not record an action for them
            if professional.active:
                known.append(professional)
        return known

    def _shortcuts(self) -> None:
        # The console's keys work wherever the keyboard is inside the console, and nowhere else.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.propose_key = add_shortcut("Ctrl+D", self, self.propose, context)
        self.next_key = add_shortcut("Ctrl+Right", self, self.agenda.next_item, context)
        self.close_key = add_shortcut("Ctrl+W", self, self.request_close, context)
        # F12 works from any window of the app, the shared screen included, should it ever get
        # the keyboard; a shortcut of a hidden widget never fires, so not while locked.
        self.blank_key = add_shortcut(
            Qt.Key.Key_F12,
            self,
            self.blank_button.toggle,
            Qt.ShortcutContext.ApplicationShortcut,
        )
        self.deliberate_key = add_shortcut("Ctrl+E", self, self.deliberate, context)
        # F11 from the console: the shared screen never takes the keyboard, so its own F11
        # would never be pressed.
        self.full_screen_key = add_shortcut(
            Qt.Key.Key_F11,
            self,
            self.fullScreenRequested.emit,
            Qt.ShortcutContext.ApplicationShortcut,
        )

    def _connect(self, bridge: SessionBridge) -> None:
        bridge.meetingOpened.connect(self._show_page)
        bridge.meetingClosed.connect(self._on_closed)
        bridge.attendanceChanged.connect(self.roll_call.refresh)
        bridge.undertakingGiven.connect(self.roll_call.refresh)
        bridge.undertakingGiven.connect(self.room.refresh)
        bridge.attendanceChanged.connect(self.room.refresh)
        bridge.draftClosed.connect(self.room.follow_returns)
        bridge.attendanceChanged.connect(self.room.note_return)
        bridge.participationChanged.connect(self.room.refresh)
        bridge.knownWishesDisplayChanged.connect(self.room.refresh)
        bridge.agendaAdvanced.connect(self.agenda.on_advanced)
        bridge.agendaAdvanced.connect(self.update_clock)
        bridge.meetingOpened.connect(self.update_clock)
        bridge.draftOpened.connect(self._gate_opened)
        bridge.draftClosed.connect(self._gate_closed)
        for signal in (
            bridge.itemShared,
            bridge.itemWithheld,
            bridge.itemCorrected,
            bridge.itemWithdrawn,
            bridge.meetingClosed,
            bridge.wordingDisplayChanged,
        ):
            signal.connect(self.centre.refresh)
        for signal in (
            bridge.decisionAdded,
            bridge.actionAdded,
            bridge.decisionChanged,
            bridge.decisionDeleted,
            bridge.actionChanged,
            bridge.actionDeleted,
            bridge.itemWithdrawn,  # what rested on the item no longer does
            bridge.deliberationConcluded,
            bridge.meetingClosed,
        ):
            signal.connect(self.records.refresh)
        bridge.deliberationStarted.connect(self._deliberation_started)
        bridge.deliberationConcluded.connect(self._deliberation_ended)
        bridge.deliberationAbandoned.connect(self._deliberation_ended)
        self.centre.proposeRequested.connect(self.propose)
        self.centre.deliberateRequested.connect(self.deliberate)
        self.opening.rollCallRequested.connect(self.start_roll_call)
        self.roll_call.beginRequested.connect(self.begin)
        self.agenda.tick.connect(self.update_clock)
        for source in (
            self.roll_call,
            self.gate,
            self.agenda,
            self.room,
            self.records,
            self.centre,
            self.deliberation,
        ):
            source.problem.connect(self.show_problem)

    # --- Pages -----------------------------------------------------------------------------------

    def is_running(self) -> bool:
        """The meeting is open and past its roll call."""
        session = self.session
        if session.meeting.state is not MeetingState.OPEN:
            return False
        if session.agenda_index >= 0:
            return True
        called = any(e.presence is not Presence.INVITED for e in session.attendance().values())
        return self.pages.currentIndex() == 2 or (not session.meeting.agenda and called)

    def _show_page(self, _event: object = None) -> None:
        state = self.session.meeting.state
        if state is MeetingState.PREPARED:
            page: QWidget = self.opening
        elif state is MeetingState.OPEN and not self.is_running():
            page = self.roll_call
        else:
            page = self.pages.widget(2)
        self.pages.setCurrentWidget(page)
        if page is self.pages.widget(2) and state is MeetingState.OPEN:
            self.agenda.start()
        self._focus_page()

    def _focus_page(self) -> None:
        """The keyboard goes where the page starts: *Start roll call* (Enter opens the
        meeting), the roll call's list, or the running meeting."""
        page = self.pages.currentWidget()
        (self.roll_call.view if page is self.roll_call else page).setFocus()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The console itself never keeps the keyboard (the main window gives it the focus
        when it shows it): it passes it on to its page, so that Enter starts the roll call."""
        super().focusInEvent(event)
        if self.focusWidget() in (self, None):
            self._focus_page()

    def start_roll_call(self) -> None:
        """Open the meeting (if prepared): the roll call starts."""
        if self.session.meeting.state is MeetingState.PREPARED:
            try:
                self.session.open()
            except SessionError as error:
                self.show_problem(error.text(self._lang))
                return
        self._show_page()

    def begin(self) -> None:
        """The roll call is done: the meeting runs, on its first agenda item."""
        session = self.session
        if session.meeting.state is not MeetingState.OPEN:
            return
        self.pages.setCurrentIndex(2)
        if session.agenda_index < 0 and session.meeting.agenda:
            session.start_agenda_item(0)
        self.agenda.start()
        self.update_clock()
        self.centre.propose_button.setFocus()

    # --- Running ---------------------------------------------------------------------------------

    def update_clock(self, _event: object = None) -> None:
        """The meeting's running time and the current item's timer."""
        meeting = self.session.meeting
        if meeting.state is MeetingState.OPEN and meeting.opened_at is not None:
            seconds = int((self._clock() - meeting.opened_at).total_seconds())
            self.state.setText(self.tr("● open {time}").format(time=clock_text(seconds)))
        elif meeting.state is MeetingState.CLOSED:
            self.state.setText(self.tr("■ closed"))
        else:
            self.state.setText(self.tr("○ prepared"))
        model = self.agenda.model
        self.centre.set_item(
            self.agenda.current_title(), model.timer_text(), overtime=model.overtime() > 0
        )

    def _gate_opened(self, _event: object = None) -> None:
        # The gate needs the room: decisions and actions wait below until it closes, and the
        # agenda gives its column (the current item and its timer stay above the gate).
        self.records.hide()
        self.agenda.hide()
        self._column_lines[self.agenda].hide()
        self._columns.setStretchFactor(self.room, 22)
        self.centre.show_gate()

    def _gate_closed(self, _event: object = None) -> None:
        self.records.show()
        self.agenda.show()
        self._column_lines[self.agenda].show()
        self._columns.setStretchFactor(self.room, 28)
        self.centre.hide_gate()
        if self.session.deliberation is not None:  # a gate opened during a deliberation
            self.centre.stack.setCurrentWidget(self.deliberation)
            self.deliberation.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- Structured deliberation -----------------------------------------------------------------

    def deliberate(self) -> None:
        """Ctrl+E: deliberate on a question (the team disagrees on what to do)."""
        if self.session.deliberation is not None:
            if not self.centre.gate_is_open():
                self.centre.stack.setCurrentWidget(self.deliberation)
                self.deliberation.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if not self.is_running():
            self.show_problem(self.tr("Begin the meeting first: deliberate after the roll call."))
            return
        if self.centre.gate_is_open():
            self.show_problem(self.tr("Decide the item under discussion first."))
            return
        default = self._methods.default(self.default_method)
        if default is None:
            self.show_problem(self.tr("No deliberation method could be read."))
            return
        choice = StartDeliberationDialog.get(
            self, self._methods.methods, default, self._lang, self._methods.errors
        )
        if choice is None:
            return
        try:
            self.session.start_deliberation(choice.question, choice.method)
        except SessionError as error:
            self.show_problem(error.text(self._lang))

    def _deliberation_started(self, _event: object = None) -> None:
        if self.pages.currentIndex() != 2:
            self.pages.setCurrentIndex(2)
        self.centre.stack.setCurrentWidget(self.deliberation)
        self.deliberation.begin()

    def _deliberation_ended(self, _event: object = None) -> None:
        if self.centre.stack.currentWidget() is self.deliberation:
            self.centre.hide_gate()  # back to what was shared

    def propose(self) -> None:
        """Ctrl+D: open the gate for a new disclosure."""
        if self.centre.gate_is_open():
            self.gate.discloser.setFocus()
            return
        if not self.is_running():
            self.show_problem(
                self.tr("Begin the meeting first: the gate opens after the roll call.")
            )
            return
        if self.pages.currentIndex() != 2:
            self.pages.setCurrentIndex(2)
        self.gate.begin()

    def show_problem(self, text: str) -> None:
        """Show what went wrong, in one line, for a few seconds."""
        self.message.setText(text)
        self._message_timer.start()

    # --- The shared screen's state and the lock ---------------------------------------------------

    def set_blanked(self, blank: bool) -> None:
        """Show that the shared screen is blanked (True) or shows the meeting (False), whatever
        blanked it (F12, the lock, closing the meeting); requests nothing."""
        self.blank_button.blockSignals(True)
        self.blank_button.setChecked(blank)
        self.blank_button.blockSignals(False)
        self._show_blanked(blank)

    def is_blanked(self) -> bool:
        """The console shows the shared screen as blanked."""
        return self.blank_button.isChecked()

    def _show_blanked(self, blank: bool) -> None:
        self.blanked_bar.setVisible(blank)
        self.blank_button.setText(self.tr("Show  F12") if blank else self.tr("Blank  F12"))

    def show_lock_countdown(self, seconds: int) -> None:
        """The console locks itself in ``seconds`` unless someone is here."""
        self.lock_countdown.show_seconds(seconds)

    def hide_lock_countdown(self) -> None:
        """No lock is coming (someone used the keyboard or the mouse), or it happened."""
        self.lock_countdown.hide()

    # --- Closing ---------------------------------------------------------------------------------

    def request_close(self) -> None:
        """Show the closing summary (Ctrl+W or "Close meeting…")."""
        state = self.session.meeting.state
        if state is MeetingState.PREPARED:
            self.show_problem(self.tr("The meeting has not started."))
            return
        if self.summary_dialog is not None and self.summary_dialog.isVisible():
            self.summary_dialog.raise_()
            return
        dialog = CloseSummaryDialog(self.session, self._lang, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.closeConfirmed.connect(self._close_meeting)
        dialog.exportRequested.connect(self._export_requested)
        dialog.doneRequested.connect(self._finished)
        self.summary_dialog = dialog
        if state is MeetingState.CLOSED:
            dialog.set_closed()
        dialog.open()

    def _close_meeting(self) -> None:
        try:
            self.session.close()
        except SessionError as error:
            self.show_problem(error.text(self._lang))
            return
        if self.summary_dialog is not None:
            self.summary_dialog.set_closed()

    def _on_closed(self, _event: object = None) -> None:
        self.agenda.stop()
        self.centre.hide_gate()
        self.update_clock()
        for widget in (
            self.centre.propose_button,
            self.centre.deliberate_button,
            self.room,
            self.records,
            self.agenda.next_button,
            self.close_button,  # closed: the summary already offered the minutes and the way back
        ):
            widget.setEnabled(False)
        self.close_key.setEnabled(False)

    def _export_requested(self) -> None:
        self.exportMinutesRequested.emit(self.session.meeting.id)

    def _finished(self) -> None:
        self.meetingFinished.emit(self.session.meeting.id)
