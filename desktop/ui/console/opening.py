"""Opening a meeting: the rule of conduct and the purpose first, then the roll call.

The roll call works from the keyboard: arrows move, Space toggles present / excused, P marks
present, E marks excused. Invitees who would block sharing (not bound by secrecy, outside the
mission) are named again here, before anything is said.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Presence
from desktop.core.gate import meeting_verdicts
from desktop.core.session import MeetingSession, SessionError
from desktop.ui.console.console_models import ID_ROLE, RoomModel, RoomRow, undertaking_concerns
from desktop.ui.widgets.meeting_labels import asked_of_the_room, concern_warning, concerns
from desktop.ui.widgets.shortcuts import add_shortcut


def _warning_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(
        "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px"
    )
    label.setAccessibleName(text)
    label.setVisible(bool(text))
    return label


def _centred_column(page: QWidget) -> QVBoxLayout:
    """A layout for the page's content, at most a comfortable reading width, centred."""
    column = QWidget(page)
    column.setMaximumWidth(960)
    outer = QHBoxLayout(page)
    outer.setContentsMargins(24, 16, 24, 16)
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


def framework_lines(session: MeetingSession, lang: str) -> tuple[str, str]:
    """The meeting's framework in words, and what it still lacks (a legal basis not named, people
    not informed beforehand), in the gate's own sentences: ``(said, missing)``."""
    policy = session.policy
    said = [
        QCoreApplication.translate("OpeningPage", "Framework: {name}").format(
            name=policy.name.text(lang)
        )
    ]
    missing = []
    for verdict in meeting_verdicts(policy, session.meeting, session.person):
        line = QCoreApplication.translate("OpeningPage", "{condition}: {reason}").format(
            condition=policy.condition_title(verdict.condition, lang),
            reason=verdict.reason(lang).replace("\n", " — "),
        )
        (said if verdict.met else missing).append(line)
    return "\n".join(said), "\n".join(missing)


class OpeningPage(QWidget):
    """The rule of conduct and the meeting's purpose, with "Start roll call".

    Signals:
        rollCallRequested(): the facilitator read the rule and starts the roll call.
    """

    rollCallRequested = Signal()

    def __init__(
        self,
        session: MeetingSession,
        conduct_rule: str,
        parent: QWidget | None = None,
        lang: str = "en",
    ):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Opening"))
        heading = QLabel(self.tr("Our rule of conduct"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.conduct = QTextBrowser(self)
        self.conduct.setPlainText(conduct_rule)
        self.conduct.setAccessibleName(self.tr("Rule of conduct"))
        self.conduct.setStyleSheet("font-size: 12pt")
        purpose_heading = QLabel(self.tr("Why we meet"), self)
        purpose_heading.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.purpose = QLabel(session.meeting.purpose, self)
        self.purpose.setWordWrap(True)
        self.purpose.setTextFormat(Qt.TextFormat.PlainText)
        self.purpose.setStyleSheet("font-size: 13pt")
        said, missing = framework_lines(session, lang)
        self.framework = QLabel(said, self)
        self.framework.setWordWrap(True)
        self.framework.setTextFormat(Qt.TextFormat.PlainText)
        self.framework.setStyleSheet("font-size: 11pt; color: #3c4043")
        self.framework_warning = _warning_label(missing, self)
        invitees = [session.professional(pid) for pid in session.meeting.invitees]
        mission, secrecy = asked_of_the_room(session.policy, session.mission)
        warning = concern_warning(invitees, mission, secrecy=secrecy)
        self.warning = _warning_label(warning, self)
        self.start = QPushButton(self.tr("Start roll call"), self)
        self.start.setDefault(True)
        self.start.clicked.connect(self.rollCallRequested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start)
        layout = _centred_column(self)
        layout.addWidget(heading)
        layout.addWidget(self.conduct, 1)
        layout.addWidget(purpose_heading)
        layout.addWidget(self.purpose)
        layout.addWidget(self.framework)
        layout.addWidget(self.framework_warning)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        self.setFocusProxy(self.start)


class RollCallPage(QWidget):
    """Each invitee present or excused, then "Begin the meeting".

    Signals:
        beginRequested(): the roll call is done.
        problem(str): the session refused a change; the sentence to show.
    """

    beginRequested = Signal()
    problem = Signal(str)

    def __init__(
        self,
        session: MeetingSession,
        lang: str,
        parent: QWidget | None = None,
        *,
        undertaking: str = "",
    ) -> None:
        """``undertaking``: the institution's text of the undertaking (empty: the framework's),
        read to each person arriving when the meeting asks for it."""
        super().__init__(parent)
        self._session = session
        self._lang = lang
        self.setAccessibleName(self.tr("Roll call"))
        heading = QLabel(self.tr("Roll call"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        hint = QLabel(self.tr("Arrows to move · Space toggles · P present · E excused"), self)
        hint.setStyleSheet("color: #5f6368")
        self.model = RoomModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Invitees"))
        self.view.setStyleSheet("QListView::item { padding: 4px }")
        invitees = [session.professional(pid) for pid in session.meeting.invitees]
        mission, secrecy = asked_of_the_room(session.policy, session.mission)
        warning = concern_warning(invitees, mission, secrecy=secrecy)
        self.warning = _warning_label(warning, self)
        self.present_button = QPushButton(self.tr("&Present  P"), self)
        self.excused_button = QPushButton(self.tr("&Excused  E"), self)
        self.begin_button = QPushButton(self.tr("&Begin the meeting"), self)
        # The confidentiality undertaking (MARAC-style): its text, then one key per person
        # (U) or one confirmation for everyone present.
        required = session.undertaking_required
        text = undertaking or session.policy.undertaking_text(lang)
        self.undertaking = QLabel(
            self.tr(
                "Confidentiality undertaking — each person arriving confirms it:\n“{text}”"
            ).format(text=text),
            self,
        )
        self.undertaking.setWordWrap(True)
        self.undertaking.setTextFormat(Qt.TextFormat.PlainText)
        self.undertaking.setObjectName("undertaking")
        self.undertaking.setStyleSheet(
            "QLabel#undertaking { border: 1px solid #c8c8c8; padding: 6px; background: #fbfaf6 }"
        )
        self.undertaking_button = QPushButton(self.tr("&Undertaking given  U"), self)
        self.undertaking_all_button = QPushButton(
            self.tr("&All present confirm the undertaking"), self
        )
        self.undertaking_button.clicked.connect(self.confirm_undertaking)
        self.undertaking_all_button.clicked.connect(self.confirm_undertaking_all)
        for widget in (self.undertaking, self.undertaking_button, self.undertaking_all_button):
            widget.setVisible(required)
        self.present_button.clicked.connect(lambda: self.mark(Presence.PRESENT))
        self.excused_button.clicked.connect(lambda: self.mark(Presence.EXCUSED))
        self.begin_button.clicked.connect(self.beginRequested)
        # Single letters: only while the list has the keyboard, never in a text field elsewhere.
        context = Qt.ShortcutContext.WidgetShortcut
        add_shortcut("P", self.view, lambda: self.mark(Presence.PRESENT), context)
        add_shortcut("E", self.view, lambda: self.mark(Presence.EXCUSED), context)
        add_shortcut(Qt.Key.Key_Space, self.view, self.toggle, context)
        if required:
            add_shortcut("U", self.view, self.confirm_undertaking, context)
            hint.setText(
                self.tr(
                    "Arrows to move · Space toggles · P present · E excused · U undertaking given"
                )
            )
        buttons = QHBoxLayout()
        buttons.addWidget(self.present_button)
        buttons.addWidget(self.excused_button)
        buttons.addWidget(self.undertaking_button)
        buttons.addWidget(self.undertaking_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.begin_button)
        layout = _centred_column(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.undertaking)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.refresh()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    def refresh(self, _event: object = None) -> None:
        """Redraw the invitees from the session, keeping the current row."""
        current = self.view.currentIndex().row()
        # Only what the meeting's framework asks of the room blocks (no mission in a case
        # consultation, no secrecy condition under Caldicott).
        mission, secrecy = asked_of_the_room(self._session.policy, self._session.mission)
        attendance = self._session.attendance()
        # Someone excused will not be in the room: they block nothing, and are not said to.
        coming = {pid for pid, e in attendance.items() if e.presence is not Presence.EXCUSED}
        rows = [
            RoomRow(
                self._session.professional(pid),
                entry.presence,
                (
                    *(
                        concerns(self._session.professional(pid), mission, secrecy=secrecy)
                        if pid in coming
                        else ()
                    ),
                    *undertaking_concerns(self._session, pid),
                ),
            )
            for pid, entry in attendance.items()
        ]
        self.model.set_rows(rows)
        warning = concern_warning(
            [self._session.professional(pid) for pid in coming], mission, secrecy=secrecy
        )
        self.warning.setText(warning)
        self.warning.setAccessibleName(warning)
        self.warning.setVisible(bool(warning))
        if 0 <= current < len(rows):
            self.view.selectionModel().setCurrentIndex(
                self.model.index(current), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def current_id(self) -> str | None:
        """The invitee under the cursor."""
        index: QModelIndex = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def mark(self, presence: Presence, advance: bool = True) -> None:
        """Mark the current invitee present or excused, then move to the next one."""
        pid = self.current_id()
        if pid is None:
            return
        row = self.view.currentIndex().row()
        try:
            if presence is Presence.PRESENT:
                if self._session.presence(pid) is not Presence.PRESENT:
                    self._session.mark_present(pid)
            elif self._session.presence(pid) is not Presence.EXCUSED:
                self._session.mark_excused(pid)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return
        if advance and row + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row + 1))

    def confirm_undertaking(self) -> None:
        """U: the invitee under the cursor confirms the undertaking (marked present first if
        they were not), then the cursor moves on."""
        pid = self.current_id()
        if pid is None or not self._session.undertaking_required:
            return
        row = self.view.currentIndex().row()
        try:
            if self._session.presence(pid) is not Presence.PRESENT:
                self._session.mark_present(pid)
            self._session.give_undertaking([pid])
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return
        if row + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row + 1))

    def confirm_undertaking_all(self) -> None:
        """Everyone present who has not yet confirms the undertaking, in one step."""
        try:
            self._session.give_undertaking()
        except SessionError as error:
            self.problem.emit(error.text(self._lang))

    def toggle(self) -> None:
        """Space: present becomes excused, anything else becomes present."""
        pid = self.current_id()
        if pid is None:
            return
        if self._session.presence(pid) is Presence.PRESENT:
            self.mark(Presence.EXCUSED, advance=False)
        else:
            self.mark(Presence.PRESENT, advance=False)
