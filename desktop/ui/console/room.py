"""The room column: who is in, who is out, and the person's participation.

Per-person actions (arrive, step out, come back, leave) are buttons under the list, a context
menu (mouse, or the Menu key / Shift+F10) and single keys on the list: A, O, B, L. Someone who
walks in uninvited is added with "Someone arrives…" (N on the list). Under the person: whether
their known wishes may show on the shared screen (off at each new meeting).

Whoever stepped out for an item comes back in by themselves once the item is decided: the panel
says so for a while, so that nobody is surprised to find them in the room again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Mission, Participation, Presence, Professional
from desktop.core.events import AttendanceChanged
from desktop.core.session import MeetingSession, SessionError
from desktop.core.text import join_names
from desktop.ui.console.console_models import ID_ROLE, RoomModel, RoomRow, undertaking_concerns
from desktop.ui.console.walk_in import WalkIn, WalkInDialog
from desktop.ui.i18n import fill_in
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.meeting_labels import asked_of_the_room, concerns
from desktop.ui.widgets.wrapping_check import WrappingCheckBox

_ORDER = {
    Presence.PRESENT: 0,
    Presence.STEPPED_OUT: 1,
    Presence.INVITED: 2,
    Presence.EXCUSED: 3,
    Presence.LEFT: 4,
}


#: Saves a new professional to the directory; returns "" or the sentence saying why it failed.
SaveProfessional = Callable[[Professional], str]


class RoomPanel(QWidget):
    """Who is in the room, who is out, with per-person actions; the person's participation.

    Signals:
        problem(str): the session refused a change; the sentence to show.
    """

    problem = Signal(str)

    def __init__(
        self,
        session: MeetingSession,
        lang: str,
        parent: QWidget | None = None,
        *,
        missions: Sequence[Mission] = (),
        save_professional: SaveProfessional | None = None,
        undertaking: str = "",
    ) -> None:
        """``undertaking``: the institution's text of the undertaking (empty: the framework's)."""
        super().__init__(parent)
        self._session = session
        self._undertaking = undertaking
        self._lang = lang
        self._missions = tuple(missions) or (session.mission,)
        self._save_professional = save_professional
        self.setAccessibleName(self.tr("The room"))
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold")
        self.model = RoomModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attendees"))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap to the column's width
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setStyleSheet("QListView::item { padding: 3px }")
        # The menu opens on the right-clicked row, or on the current row from the keyboard
        # (Menu key, Shift+F10): both arrive as context-menu events, filtered below.
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

        # One action per move; the same QAction serves the buttons' enabling, the menu and keys.
        self.arrive_action = self._move_action(self.tr("Arrive"), "A", self._arrive)
        self.step_out_action = self._move_action(self.tr("Step out"), "O", self._step_out)
        self.come_back_action = self._move_action(self.tr("Come back"), "B", self._come_back)
        self.leave_action = self._move_action(self.tr("Leave"), "L", self._leave)
        # The confidentiality undertaking, when the meeting asks for it: U on the attendee.
        self.undertaking_action = self._move_action(
            self.tr("Confirms the undertaking"), "U", self._confirm_current
        )
        buttons = QGridLayout()
        self.move_buttons: list[QPushButton] = []
        for i, action in enumerate(self._move_actions()):
            button = QPushButton(
                self.tr("{action}  {key}").format(
                    action=action.text(), key=action.shortcut().toString()
                ),
                self,
            )
            button.setAccessibleName(action.text())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button, i // 2, i % 2)
            self.move_buttons.append(button)
        self.walk_in_action = self._move_action(self.tr("Someone arrives…"), "N", self.walk_in)
        self.walk_in_button = QPushButton(self.tr("+ Someone arrives…  N"), self)
        self.walk_in_button.setAccessibleName(self.tr("Someone arrives"))
        self.walk_in_button.setToolTip(
            self.tr("Add someone who walked in: from the directory, or a new professional")
        )
        self.walk_in_button.clicked.connect(self.walk_in)
        buttons.addWidget(self.walk_in_button, 2, 0, 1, 2)

        self.person_heading = QLabel(self)
        self.person_heading.setStyleSheet("font-weight: bold")
        # A meeting about a family: whose participation the box below shows and changes.
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Person concerned"))
        for person in self._session.persons:
            self.who.addItem(person.alias, person.id)
        self.who.setVisible(len(self._session.persons) > 1)
        self.who.currentIndexChanged.connect(lambda _index: self._refresh_person())
        self.participation = QComboBox(self)
        self.participation.setAccessibleName(self.tr("The person's participation"))
        self.participation.addItem(self.tr("present"), Participation.PRESENT.value)
        self.participation.addItem(self.tr("represented by an advocate"), "represented")
        self.participation.addItem(self.tr("absent: empty chair"), Participation.ABSENT.value)
        # The room column is narrow beside the shared screen's preview: the choices may be long
        # (Dutch), so the combo may shrink below its longest one, which its tooltip then shows.
        self.participation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.participation.setMinimumContentsLength(14)
        for index in range(self.participation.count()):
            text = self.participation.itemText(index)
            self.participation.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.advocate = line_edit(
            self.tr("Advocate's name"), self.tr("Advocate's name, then Enter"), parent=self
        )
        self.participation.activated.connect(self._participation_chosen)
        self.advocate.returnPressed.connect(self._advocate_named)
        # Its text wraps: the room's column can be as narrow as 250 pixels (a preview beside).
        self.show_wishes = WrappingCheckBox(self.tr("Show known wishes on the shared screen"), self)
        self.show_wishes.setToolTip(
            self.tr(
                "Only while everyone in the room is bound by secrecy and works in the mission; "
                "they hide again at once otherwise."
            )
        )
        self.show_wishes.toggled.connect(self._wishes_toggled)
        self.wishes_state = QLabel(self)
        self.wishes_state.setWordWrap(True)
        self.wishes_state.setStyleSheet("color: #5f6368")
        self.wishes_state.setAccessibleName(self.tr("Known wishes on the shared screen"))

        self.returned = QLabel(self)
        self.returned.setWordWrap(True)
        self.returned.setTextFormat(Qt.TextFormat.PlainText)
        self.returned.setStyleSheet(
            "background: #e8f1fb; color: #163a5f; border: 1px solid #8fb3d9; padding: 4px"
        )
        self.returned.hide()
        self._returning = False
        self._returned_names: list[str] = []
        self._returned_timer = QTimer(self)
        self._returned_timer.setSingleShot(True)
        self._returned_timer.setInterval(20_000)
        self._returned_timer.timeout.connect(self.returned.hide)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.returned)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.person_heading)
        layout.addWidget(self.who)
        layout.addWidget(self.participation)
        layout.addWidget(self.advocate)
        layout.addWidget(self.show_wishes)
        layout.addWidget(self.wishes_state)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.refresh()

    def _move_action(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _move_actions(self) -> tuple[QAction, ...]:
        return (self.arrive_action, self.step_out_action, self.come_back_action, self.leave_action)

    # --- Drawing ---------------------------------------------------------------------------------

    def refresh(self, _event: object = None) -> None:
        """Redraw from the session: in the room first, then out, keeping the selected person."""
        selected = self.current_id()
        session = self._session
        gone = (Presence.EXCUSED, Presence.LEFT)  # not in the room: they block nothing
        mission, secrecy = asked_of_the_room(session.policy, session.mission)
        rows = [
            RoomRow(
                session.professional(pid),
                entry.presence,
                ()
                if entry.presence in gone
                else (
                    *concerns(session.professional(pid), mission, secrecy=secrecy),
                    *undertaking_concerns(session, pid),
                ),
            )
            for pid, entry in session.attendance().items()
        ]
        rows.sort(key=lambda r: _ORDER[r.presence])
        self.model.set_rows(rows)
        self.heading.setText(self.tr("In the room ({n})").format(n=len(session.room())))
        row = self.model.row_of(selected) if selected else 0
        if self.model.rowCount():
            self.view.selectionModel().setCurrentIndex(
                self.model.index(max(row, 0)), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._refresh_person()
        self._refresh_wishes()
        self._update_actions()

    # --- Who came back by themselves -------------------------------------------------------------

    def follow_returns(self, _event: object = None) -> None:
        """The gate closed: whoever stepped out for the item comes back in now (the session moves
        them in the same action); note them until that action is over."""
        self._returning = True
        self._returned_names = []
        QTimer.singleShot(0, self._announce_returns)

    def note_return(self, event: object) -> None:
        """An attendee moved; while the gate is closing, one back in the room is noted."""
        if (
            self._returning
            and isinstance(event, AttendanceChanged)
            and event.presence is Presence.PRESENT
        ):
            self._returned_names.append(self._session.professional(event.professional_id).name)

    def _announce_returns(self) -> None:
        self._returning = False
        names = self._returned_names
        if not names:
            return
        text = self.tr("Back in the room now that the item is decided: {names}.").format(
            names=join_names(names, self._lang)
        )
        self.returned.setText(text)
        self.returned.setAccessibleName(text)
        self.returned.show()
        self._returned_timer.start()

    def _refresh_wishes(self) -> None:
        """The toggle and, while it is on, whether the wishes show now or who holds them back."""
        session = self._session
        # Whoever has an empty chair: in a family, any of them may have known wishes.
        has_wishes = any(p.known_wishes.strip() for p in session.empty_chairs())
        self.show_wishes.setEnabled(has_wishes and session.chair_is_empty())
        self.show_wishes.blockSignals(True)
        self.show_wishes.setChecked(session.known_wishes_requested)
        self.show_wishes.blockSignals(False)
        if not has_wishes:
            text = self.tr("No known wishes are recorded.")
        elif not session.known_wishes_requested:
            text = self.tr("Known wishes stay on this console.")
        elif session.known_wishes_shown:
            text = self.tr("Known wishes are on the shared screen.")
        else:
            names = [p.label() for p in session.known_wishes_held_back_by()]
            text = fill_in(
                self.tr("Hidden: {names} may not see them."), names=join_names(names, self._lang)
            )
        self.wishes_state.setText(text)

    def _wishes_toggled(self, on: bool) -> None:
        try:
            self._session.set_show_known_wishes(on)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
        self._refresh_wishes()

    def _person_id(self) -> str:
        """The person whose participation the box shows: the one chosen, or the only one."""
        return str(self.who.currentData() or self._session.person.id)

    def _state(self, person_id: str) -> str:
        own = self._session.meeting.taking_part_of(person_id)
        alias = self._session.person_of(person_id).alias
        if own.participation is Participation.PRESENT:
            return self.tr("{alias} — present").format(alias=alias)
        if own.participation is Participation.REPRESENTED:
            return self.tr("{alias} — represented by {advocate}").format(
                alias=alias, advocate=own.advocate or "?"
            )
        return self.tr("◌ {alias} — absent: empty chair").format(alias=alias)

    def _refresh_person(self) -> None:
        meeting = self._session.meeting
        # One line per person concerned (a family: each one's own participation).
        self.person_heading.setText("\n".join(self._state(pid) for pid in meeting.person_ids))
        own = meeting.taking_part_of(self._person_id())
        self.participation.setCurrentIndex(self.participation.findData(own.participation.value))
        self.advocate.setVisible(own.participation is Participation.REPRESENTED)
        if own.participation is Participation.REPRESENTED:
            self.advocate.setText(own.advocate)

    def current_id(self) -> str | None:
        """The selected attendee."""
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, professional_id: str) -> None:
        """Put the cursor on an attendee."""
        row = self.model.row_of(professional_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def _update_actions(self, *_args: object) -> None:
        pid = self.current_id()
        presence = self._session.presence(pid) if pid else None
        allowed = {
            self.arrive_action: presence in (Presence.INVITED, Presence.EXCUSED, Presence.LEFT),
            self.step_out_action: presence is Presence.PRESENT,
            self.come_back_action: presence is Presence.STEPPED_OUT,
            self.leave_action: presence in (Presence.PRESENT, Presence.STEPPED_OUT),
        }
        for button, action in zip(self.move_buttons, self._move_actions(), strict=True):
            action.setEnabled(allowed[action])
            button.setEnabled(allowed[action])
        pending = pid is not None and pid in self._session.not_undertaken()
        self.undertaking_action.setEnabled(pending)
        self.undertaking_action.setVisible(self._session.undertaking_required)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the per-person menu on a context-menu event of the list."""
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return super().eventFilter(watched, event)
        viewport = self.view.viewport()
        if watched is viewport and event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.view.indexAt(event.pos())
            if index.isValid():
                self.view.setCurrentIndex(index)
            where = viewport.mapToGlobal(event.pos())
        elif watched is self.view or watched is viewport:
            rect = self.view.visualRect(self.view.currentIndex())
            where = viewport.mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint(0, 0))
        else:
            return super().eventFilter(watched, event)
        self.show_menu(where)
        return True

    def menu(self) -> QMenu:
        """The per-person menu: arrive, step out, come back, leave (each enabled when it can),
        and someone arrives."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Attendee actions"))
        for action in self._move_actions():
            menu.addAction(action)
        if self._session.undertaking_required:
            menu.addAction(self.undertaking_action)
        menu.addSeparator()
        menu.addAction(self.walk_in_action)
        return menu

    def show_menu(self, where: QPoint) -> None:
        """Show the per-person menu at a global position."""
        menu = self.menu()
        menu.exec(where)
        menu.deleteLater()

    # --- Moves -----------------------------------------------------------------------------------

    def _do(self, move: str) -> None:
        pid = self.current_id()
        if pid is None:
            return
        try:
            getattr(self._session, move)(pid)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))

    def _arrive(self) -> None:
        self._do("arrive")

    def _step_out(self) -> None:
        self._do("step_out")

    def _come_back(self) -> None:
        self._do("come_back")

    def _leave(self) -> None:
        self._do("leave")

    # --- Walk-ins --------------------------------------------------------------------------------

    def walk_in_candidates(self) -> list[Professional]:
        """Active directory entries not yet on the meeting's list."""
        attending = set(self._session.attendance())
        return [p for p in self._session.directory() if p.active and p.id not in attending]

    def walk_in(self) -> None:
        """Ask who walked in, then add them to the room."""
        choice = WalkInDialog.get(
            self,
            candidates=self.walk_in_candidates(),
            missions=self._missions,
            meeting_mission=self._session.mission,
        )
        if choice is not None:
            self.admit(choice)

    def admit(self, choice: WalkIn) -> bool:
        """Save a new professional to the directory first, then invite them and mark them
        present in one step (the gate re-evaluates at once). False if refused."""
        if choice.is_new:
            if self._save_professional is None:
                self.problem.emit(self.tr("A new professional cannot be saved here."))
                return False
            failure = self._save_professional(choice.professional)
            if failure:
                self.problem.emit(failure)
                return False
        try:
            self._session.admit(choice.professional)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return False
        self.select(choice.professional.id)
        if self._session.undertaking_required:
            self.ask_undertaking(choice.professional.id)
        return True

    def ask_undertaking(self, professional_id: str) -> bool:
        """Read the undertaking to someone who just arrived and record that they confirm it
        (until then they count as not bound). True when confirmed."""
        if professional_id not in self._session.not_undertaken():
            return False
        name = self._session.professional(professional_id).name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Confidentiality undertaking"),
            self.tr("{name} confirms the confidentiality undertaking:").format(name=name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(self._undertaking_text())
        confirm = box.addButton(self.tr("&Confirms it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not yet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        box.exec()
        confirmed = box.clickedButton() is confirm
        box.deleteLater()
        if not confirmed:
            return False
        try:
            self._session.give_undertaking([professional_id])
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return False
        return True

    def _undertaking_text(self) -> str:
        return self._undertaking or self._session.policy.undertaking_text(self._lang)

    def _confirm_current(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.ask_undertaking(pid)

    # --- The person ------------------------------------------------------------------------------

    def _participation_chosen(self, _index: int) -> None:
        chosen = Participation(self.participation.currentData())
        if chosen is Participation.REPRESENTED:
            self.advocate.show()
            self.advocate.setFocus()
            if self.advocate.text().strip():
                self._advocate_named()
            return
        self._set_participation(chosen, "")

    def _advocate_named(self) -> None:
        name = self.advocate.text().strip()
        if not name:
            self.problem.emit(self.tr("Write the advocate's name."))
            return
        self._set_participation(Participation.REPRESENTED, name)

    def _set_participation(self, participation: Participation, advocate: str) -> None:
        person_id = self._person_id()
        own = self._session.meeting.taking_part_of(person_id)
        if own.participation is participation and own.advocate == advocate:
            return
        try:
            self._session.set_participation(participation, advocate, person_id)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            self._refresh_person()
