"""Preparing a case conference: who it is about, under which framework, why, when and where, the
agenda, who is invited, how the person takes part, and the next meeting's date when known
(DESIGN.md §2.5, §3). The framework is the institution's default unless the facilitator chooses
another; what it asks of the meeting (a legal basis, who was informed beforehand) shows with it.

``PrepareMeetingDialog.edit(...)`` shows the dialog and returns the new or changed
:class:`Meeting`; tests build the dialog and call :meth:`PrepareMeetingDialog.result_meeting`.
A validation error is shown in the dialog and nothing typed is lost.

The form sits in two columns (the meeting on the left, the agenda and the invitees on the
right) inside a scroll area, and the dialog never grows taller than the screen: on a
1366×768 laptop it fits, on anything smaller it scrolls, and *Save* stays in view below.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import uuid
from collections.abc import Mapping

from PySide6.QtCore import QDate, QDateTime, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import (
    InstitutionSettings,
    Meeting,
    MeetingState,
    Mission,
    Participation,
    Person,
    PriorInformation,
    Professional,
)
from desktop.core.policy import ConditionKind, Policy, shipped_policies
from desktop.ui.meetings.prepare_models import AgendaEditModel, InviteesModel
from desktop.ui.widgets import discard
from desktop.ui.widgets.discard import AsksBeforeDiscarding
from desktop.ui.widgets.family import relationship_label
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons
from desktop.ui.widgets.framework_fields import LegalBasisFields, PriorInformationFields
from desktop.ui.widgets.meeting_labels import asked_of_the_room, concern_warning

# Wide enough for two columns; low enough for a 1366×768 laptop with a title bar and a panel.
PREFERRED_SIZE = QSize(1100, 660)
_WARNING_STYLE = "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px"


def _next_hour() -> dt.datetime:
    now = dt.datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    return now + dt.timedelta(hours=1)


class PrepareMeetingDialog(AsksBeforeDiscarding, QDialog):
    """Create or edit a prepared meeting."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: InstitutionSettings,
        professionals: list[Professional],
        persons: list[Person],
        meeting: Meeting | None = None,
        person_id: str = "",
        policies: Mapping[str, Policy] | None = None,
        lang: str = "en",
    ) -> None:
        """``person_id`` chooses the person of a new meeting (prepared from People);
        ``policies`` are the frameworks to choose from (every shipped one by default), named in
        ``lang``."""
        super().__init__(parent)
        self._settings = settings
        self._policies = dict(policies) if policies is not None else shipped_policies()
        self._lang = lang
        self._meeting = meeting
        self._persons = {p.id: p for p in persons}
        invited = set(meeting.invitees) if meeting else set()
        self._people = [p for p in professionals if p.active or p.id in invited]
        self.setWindowTitle(
            self.tr("Prepare a case conference") if meeting is None else self.tr("Edit the meeting")
        )
        self._build()
        self._fill(meeting)
        if meeting is None and person_id:
            self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        # Typing starts in the first field still to fill (the purpose, when the person and the
        # mission are already chosen), not in the person's list whatever it holds.
        _problem, first_to_fill = self._problem()
        (first_to_fill or self.person).setFocus()
        # What the fields held once filled: Escape asks only when something was changed.
        self.remember_filled()

    def confirm_discard(self) -> bool:
        """Ask whether to drop the changes; True to drop them."""
        return discard.ask_discard(self, self.tr("Discard the changes to this meeting?"))

    # --- The persons concerned -------------------------------------------------------------------

    def _fill_others(self, ticked: tuple[str, ...] | None = None) -> None:
        """List everyone but the first person, their household first (with their place in it),
        keeping the ticks (or ticking ``ticked``, in that order, at the top)."""
        if ticked is None:
            ticked = self.other_ids()
        first = self._persons.get(self.person.currentData() or "")
        household = first.household.strip() if first else ""
        candidates = [p for p in self._persons.values() if first is None or p.id != first.id]
        candidates.sort(
            key=lambda p: (
                p.id not in ticked,
                ticked.index(p.id) if p.id in ticked else 0,
                not (household and p.household.strip() == household),
            )
        )
        self.others.clear()
        for person in candidates:
            label = f"{person.name} ({person.alias})"
            if household and person.household.strip() == household:
                label = self.tr("{person} — {relationship}").format(
                    person=label, relationship=relationship_label(person.relationship)
                )
            item = QListWidgetItem(label, self.others)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.others.setEnabled(bool(candidates))
        self._persons_changed()

    def _persons_changed(self) -> None:
        """The participation's label says whether it is one person's or everyone's."""
        several = len(self.person_ids()) > 1
        self.participation_label.setText(
            self.tr("The persons take part") if several else self.tr("The person takes part")
        )
        self.participation_label.setToolTip(
            self.tr("For everyone; each one's own participation is changed at the roll call.")
            if several
            else ""
        )

    def other_ids(self) -> tuple[str, ...]:
        """The other persons ticked, in the order listed."""
        ids = []
        for row in range(self.others.count()):
            item = self.others.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(ids)

    def person_ids(self) -> tuple[str, ...]:
        """Every person the meeting concerns, the first chosen, then those ticked."""
        first = self.person.currentData() or ""
        return (first, *self.other_ids()) if first else ()

    # --- Building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person concerned"))
        self.person.addItem(self.tr("Choose…"), "")
        for person in self._persons.values():
            self.person.addItem(f"{person.name} ({person.alias})", person.id)
        # A meeting about a family: the others concerned, ticked (their household first).
        self.others = QListWidget(self)
        self.others.setAccessibleName(self.tr("Also concerned"))
        self.others.setToolTip(
            self.tr("A meeting about a family: tick each other person it concerns (Space).")
        )
        self.others.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.others.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.others.itemChanged.connect(lambda _item: self._persons_changed())
        self.person.currentIndexChanged.connect(lambda _index: self._fill_others())
        self.mission = QComboBox(self)
        self.mission.setAccessibleName(self.tr("Mission"))
        self.mission.addItem(self.tr("Choose…"), "")
        for mission in self._settings.missions:
            self.mission.addItem(mission.name, mission.id)
        self.framework = QComboBox(self)
        self.framework.setAccessibleName(self.tr("Framework"))
        # Frameworks have long names: the combo keeps to the column and never widens it.
        self.framework.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.framework.setMinimumContentsLength(20)
        for policy_id, policy in self._policies.items():
            name = policy.name.text(self._lang)
            if policy_id == self._settings.policy_id:
                name = self.tr("{name} (default)").format(name=name)
            self.framework.addItem(name, policy_id)
        self.legal_basis = LegalBasisFields(self._lang, self)
        self.legal_basis_label = QLabel(self)
        self.legal_basis_label.setBuddy(self.legal_basis.choice)
        self.prior_information = PriorInformationFields(self)
        self.purpose = line_edit(
            self.tr("Purpose"), self.tr("Why we meet, e.g. keep J. at home safely"), parent=self
        )
        self.when = QDateTimeEdit(self)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.facilitator = QComboBox(self)
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.facilitator.addItem(self.tr("Choose…"), "")
        for professional in self._people:
            self.facilitator.addItem(professional.label(), professional.id)

        self.agenda_model = AgendaEditModel(self._meeting.agenda if self._meeting else (), self)
        self.agenda = QTableView(self)
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agenda.setMinimumHeight(120)
        self.add_item = QPushButton(self.tr("&Add item"), self)
        self.item_up = QPushButton(self.tr("Move &up"), self)
        self.item_down = QPushButton(self.tr("Move &down"), self)
        self.remove_item = QPushButton(self.tr("&Remove"), self)
        self.add_item.clicked.connect(self._add_item)
        self.item_up.clicked.connect(lambda: self._move_item(-1))
        self.item_down.clicked.connect(lambda: self._move_item(1))
        self.remove_item.clicked.connect(self._remove_item)
        agenda_buttons = QVBoxLayout()
        for button in (self.add_item, self.item_up, self.item_down, self.remove_item):
            agenda_buttons.addWidget(button)
        agenda_buttons.addStretch(1)
        agenda_row = QHBoxLayout()
        agenda_row.addWidget(self.agenda, 1)
        agenda_row.addLayout(agenda_buttons)

        self.invitees_model = InviteesModel(self._people, self)
        self.invitees = QTableView(self)
        self.invitees.setModel(self.invitees_model)
        self.invitees.setAccessibleName(self.tr("Invitees"))
        self.invitees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.invitees.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Names and missions whole; the secrecy basis, the longest, takes what is left (the
        # tooltip of a cut cell holds it all).
        header.setSectionResizeMode(InviteesModel.SECRECY, QHeaderView.ResizeMode.Stretch)
        self.invitees.setWordWrap(False)
        self.invitees.verticalHeader().hide()
        self.invitees.setMinimumHeight(150)
        self.invitee_warning = QLabel(self)
        self.invitee_warning.setWordWrap(True)
        self.invitee_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.invitee_warning.setStyleSheet(_WARNING_STYLE)
        self.invitee_warning.hide()
        self.invitees_model.invitedChanged.connect(self._update_warning)
        self.mission.currentIndexChanged.connect(self._mission_changed)
        self.framework.currentIndexChanged.connect(self._framework_changed)
        self.person.currentIndexChanged.connect(self._framework_changed)  # the alias it names

        self.present = QRadioButton(self.tr("present"), self)
        self.represented = QRadioButton(self.tr("represented by an advocate:"), self)
        self.absent = QRadioButton(self.tr("absent (the empty chair)"), self)
        self.participation = QButtonGroup(self)
        for button in (self.present, self.represented, self.absent):
            self.participation.addButton(button)
        self.advocate = line_edit(self.tr("Advocate's name"), parent=self)
        self.informed = QCheckBox(self.tr("Informed beforehand, how:"), self)
        self.informed_how = line_edit(
            self.tr("How the person was informed"),
            self.tr("e.g. told in person on Monday"),
            parent=self,
        )
        # Each field under its choice, indented: long French labels leave it its full width.
        participation = QGridLayout()
        participation.setColumnMinimumWidth(0, 22)
        participation.addWidget(self.present, 0, 0, 1, 2)
        participation.addWidget(self.represented, 1, 0, 1, 2)
        participation.addWidget(self.advocate, 2, 1)
        participation.addWidget(self.absent, 3, 0, 1, 2)
        participation.addWidget(self.informed, 4, 0, 1, 2)
        participation.addWidget(self.informed_how, 5, 1)
        participation.addWidget(self.prior_information, 6, 0, 1, 2)
        participation.setColumnStretch(1, 1)

        self.place = line_edit(
            self.tr("Place"), self.tr("e.g. meeting room, 2nd floor, Rue des Écoles 4"), parent=self
        )
        self.next_meeting_check = QCheckBox(self.tr("Already set, on:"), self)
        self.next_meeting = QDateEdit(self)
        self.next_meeting.setAccessibleName(self.tr("Next meeting date"))
        self.next_meeting.setCalendarPopup(True)
        self.next_meeting.setDisplayFormat("yyyy-MM-dd")
        self.next_meeting.setEnabled(False)
        self.next_meeting_check.toggled.connect(self.next_meeting.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_meeting_check)
        next_row.addWidget(self.next_meeting)
        next_row.addStretch(1)

        meeting_form = QFormLayout()
        meeting_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        meeting_form.addRow(self.tr("Person concerned"), self.person)
        meeting_form.addRow(self.tr("Also concerned"), self.others)
        meeting_form.addRow(self.tr("Mission"), self.mission)
        meeting_form.addRow(self.tr("Framework"), self.framework)
        meeting_form.addRow(self.legal_basis_label, self.legal_basis)
        self._meeting_form = meeting_form
        meeting_form.addRow(self.tr("Purpose"), self.purpose)
        meeting_form.addRow(self.tr("Date and time"), self.when)
        meeting_form.addRow(self.tr("Place"), self.place)
        meeting_form.addRow(self.tr("Facilitator"), self.facilitator)
        self.participation_label = QLabel(self.tr("The person takes part"), self)
        meeting_form.addRow(self.participation_label, participation)
        meeting_form.addRow(self.tr("Next meeting"), next_row)

        agenda_title = QLabel(self.tr("Agenda"), self)
        agenda_title.setObjectName("subTitle")
        agenda_title.setBuddy(self.agenda)
        invitees_title = QLabel(self.tr("Invitees"), self)
        invitees_title.setObjectName("subTitle")
        invitees_title.setBuddy(self.invitees)
        right = QVBoxLayout()
        right.addWidget(agenda_title)
        right.addLayout(agenda_row, 2)
        right.addWidget(invitees_title)
        right.addWidget(self.invitees, 3)
        right.addWidget(self.invitee_warning)
        left = QVBoxLayout()
        left.addLayout(meeting_form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 4)
        columns.addSpacing(12)
        columns.addLayout(right, 7)
        content = QWidget(self)
        content.setLayout(columns)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        buttons = ok_cancel_buttons(
            self, on_ok=self._try_accept, ok_text=self.tr("Save the meeting")
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._order_tab_stops()
        self._follow_fixes()
        self.resize(PREFERRED_SIZE)

    def _follow_fixes(self) -> None:
        """Once a problem is shown, the message follows the fields: it names the next problem
        when this one is fixed, and goes when none is left (it said "Write the purpose" with the
        purpose written)."""
        for signal in (
            self.person.currentIndexChanged,
            self.mission.currentIndexChanged,
            self.framework.currentIndexChanged,
            self.facilitator.currentIndexChanged,
            self.purpose.textChanged,
            self.advocate.textChanged,
            self.informed_how.textChanged,
            self.informed.toggled,
            self.participation.buttonToggled,
            self.next_meeting_check.toggled,
            self.next_meeting.dateChanged,
            self.when.dateTimeChanged,
            self.legal_basis.changed,
            self.agenda_model.dataChanged,
            self.agenda_model.rowsRemoved,
            self.invitees_model.invitedChanged,
        ):
            signal.connect(self._recheck)

    def _recheck(self, *_args: object) -> None:
        if self.error.isHidden():
            return
        problem, _field = self._problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))

    def _order_tab_stops(self) -> None:
        """Tab walks the form as it reads, left column then right, and never gets stuck: in
        the tables, arrows move between cells and Tab leaves them (by default Tab went round
        the agenda's cells forever, and Save was out of the keyboard's reach); the scroll area
        around the form is not a stop of its own."""
        for table in (self.agenda, self.invitees):
            table.setTabKeyNavigation(False)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain = (
            self.when,
            self.place,
            self.facilitator,
            self.present,
            self.represented,
            self.absent,
            self.advocate,
            self.informed,
            self.informed_how,
            self.next_meeting_check,
            self.next_meeting,
            self.agenda,
            self.add_item,
            self.item_up,
            self.item_down,
            self.remove_item,
            self.invitees,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        """Never taller or wider than the screen's free area: the form scrolls instead, and
        the buttons under it stay in view."""
        self.fit_to(self.screen().availableGeometry().size() if self.screen() else None)
        super().showEvent(event)

    def fit_to(self, available: QSize | None) -> None:
        """Take the preferred size, or less on a screen area of ``available`` (the window's
        title bar and borders, which the dialog does not see, are kept free)."""
        if available is None:
            return
        frame = QSize(16, 40)
        self.resize(
            min(PREFERRED_SIZE.width(), available.width() - frame.width()),
            min(PREFERRED_SIZE.height(), available.height() - frame.height()),
        )

    def _fill(self, meeting: Meeting | None) -> None:
        policy_id = meeting.policy_id if meeting is not None else self._settings.policy_id
        index = self.framework.findData(policy_id)
        self.framework.setCurrentIndex(index if index >= 0 else 0)
        self._framework_changed()
        if meeting is not None:
            self.legal_basis.set_values(meeting.legal_basis_id, meeting.legal_basis_text)
            self.prior_information.set_values(meeting.prior_information)
        if meeting is None:
            self._fill_others(())
            when = _next_hour()
            self.absent.setChecked(True)
            self.agenda_model.add(self.tr("Opening"), 5)
            self.agenda_model.add(self.closing_title(), 10)
            if len(self._settings.missions) == 1:
                self.mission.setCurrentIndex(1)
        else:
            when = meeting.scheduled_at
            self.person.setCurrentIndex(max(0, self.person.findData(meeting.person_id)))
            self._fill_others(meeting.person_ids[1:])
            self.mission.setCurrentIndex(max(0, self.mission.findData(meeting.mission_id)))
            self.purpose.setText(meeting.purpose)
            self.facilitator.setCurrentIndex(
                max(0, self.facilitator.findData(meeting.facilitator_id))
            )
            self.invitees_model.set_invited(meeting.invitees)
            {
                Participation.PRESENT: self.present,
                Participation.REPRESENTED: self.represented,
                Participation.ABSENT: self.absent,
            }[meeting.participation].setChecked(True)
            self.advocate.setText(meeting.advocate)
            self.informed.setChecked(meeting.informed_beforehand)
            self.informed_how.setText(meeting.informed_how)
            self.place.setText(meeting.place)
        self.when.setDateTime(QDateTime(when.replace(tzinfo=None)))
        next_date = meeting.next_meeting if meeting else None
        default_next = when.date() + dt.timedelta(weeks=4)
        shown = next_date or default_next
        self.next_meeting.setDate(QDate(shown.year, shown.month, shown.day))
        self.next_meeting_check.setChecked(next_date is not None)
        self._mission_changed()

    def selected_policy(self) -> Policy | None:
        """The framework chosen for the meeting."""
        return self._policies.get(self.framework.currentData() or "")

    def _framework_changed(self, *_args: object) -> None:
        """Ask what the chosen framework asks of a meeting, and nothing else."""
        policy = self.selected_policy()
        basis = policy.condition_of_kind(ConditionKind.LEGAL_BASIS) if policy else None
        if policy is not None and basis is not None:
            self.legal_basis.set_policy(policy)
            self.legal_basis_label.setText(basis.title.text(self._lang))
        self._meeting_form.setRowVisible(self.legal_basis, basis is not None)
        prior = policy.condition_of_kind(ConditionKind.PRIOR_INFORMATION) if policy else None
        if prior is not None:
            person = self._persons.get(self.person.currentData() or "")
            self.prior_information.set_condition(prior, person.alias if person else "")
        self.prior_information.setVisible(prior is not None)
        self.framework.setToolTip(policy.description.text(self._lang) if policy else "")
        self._update_warning()

    # --- Agenda buttons --------------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.agenda.currentIndex()
        return index.row() if index.isValid() else -1

    def closing_title(self) -> str:
        """The agenda's last item, where decisions are taken: new items go before it."""
        return self.tr("Decisions and actions")

    def _add_item(self) -> None:
        items = self.agenda_model.items()
        closing = bool(items) and items[-1].title.strip() == self.closing_title()
        row = self.agenda_model.insert(
            len(items) - 1 if closing else len(items), self.tr("New item"), 10
        )
        index = self.agenda_model.index(row, 0)
        self.agenda.setCurrentIndex(index)
        self.agenda.edit(index)

    def _move_item(self, offset: int) -> None:
        row = self.agenda_model.move(self._current_row(), offset)
        if row >= 0:
            self.agenda.setCurrentIndex(self.agenda_model.index(row, 0))

    def _remove_item(self) -> None:
        self.agenda_model.remove(self._current_row())

    # --- Warnings and validation -----------------------------------------------------------------

    def _selected_mission(self) -> Mission | None:
        return self._settings.mission(self.mission.currentData() or "")

    def _mission_changed(self, *_args: object) -> None:
        self.invitees_model.set_mission(self._selected_mission())
        self._update_warning()

    def _update_warning(self) -> None:
        # Only what the chosen framework asks of the room blocks sharing.
        policy = self.selected_policy()
        mission, secrecy = (
            asked_of_the_room(policy, self._selected_mission())
            if policy is not None
            else (self._selected_mission(), True)
        )
        self.invitees_model.set_asked(mission is not None, secrecy)
        text = concern_warning(self.invitees_model.invited_people(), mission, secrecy=secrecy)
        self.invitee_warning.setText(text)
        self.invitee_warning.setVisible(bool(text))

    def warning_text(self) -> str:
        """Who would block sharing (not bound by secrecy, outside the mission); empty if nobody."""
        return self.invitee_warning.text() if self.invitee_warning.isVisibleTo(self) else ""

    def _problem(self) -> tuple[str, QWidget | None]:
        """What must be fixed first, and the field where it is fixed (``("", None)`` when
        nothing is wrong)."""
        person = self._persons.get(self.person.currentData() or "")
        if person is None:
            return self.tr("Choose the person concerned."), self.person
        if self._selected_mission() is None:
            return self.tr("Choose the meeting's mission."), self.mission
        policy = self.selected_policy()
        if policy is None:
            return self.tr("Choose the meeting's framework."), self.framework
        if policy.condition_of_kind(ConditionKind.LEGAL_BASIS) is not None:
            problem = self.legal_basis.problem()
            if problem:
                return problem, self.legal_basis.choice
        if not self.purpose.text().strip():
            return self.tr("Write the purpose: why we meet."), self.purpose
        if not self.facilitator.currentData():
            return self.tr("Choose who facilitates the meeting."), self.facilitator
        if any(not item.title.strip() for item in self.agenda_model.items()):
            return self.tr("Every agenda item needs a title."), self.agenda
        if not self.invitees_model.invited():
            return self.tr("Invite at least one professional from the directory."), self.invitees
        if self.participation.checkedButton() is None:
            return self.tr("Say how {alias} takes part.").format(alias=person.alias), self.present
        if self.represented.isChecked() and not self.advocate.text().strip():
            return self.tr("Write the name of the advocate who represents {alias}.").format(
                alias=person.alias
            ), self.advocate
        if self.informed.isChecked() and not self.informed_how.text().strip():
            return self.tr("Say how {alias} was informed.").format(
                alias=person.alias
            ), self.informed_how
        if self.next_meeting_check.isChecked() and (
            self.next_meeting.date() < self.when.dateTime().date()
        ):
            return self.tr(
                "The next meeting comes after this one: check its date."
            ), self.next_meeting
        return "", None

    def result_meeting(self) -> Meeting | None:
        """The meeting as typed, or None with the problem shown (nothing typed is lost) and
        the keyboard in the field to fix, scrolled into view."""
        problem, field = self._problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            if field is self.agenda:  # on the item without a title
                items = self.agenda_model.items()
                row = next(r for r, item in enumerate(items) if not item.title.strip())
                self.agenda.setCurrentIndex(self.agenda_model.index(row, 0))
            if field is not None:
                self.scroll.ensureWidgetVisible(field)
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        facilitator = self.facilitator.currentData()
        invitees = self.invitees_model.invited()
        if facilitator not in invitees:
            invitees = (facilitator, *invitees)  # the facilitator is in the room
        if self.present.isChecked():
            participation = Participation.PRESENT
        elif self.represented.isChecked():
            participation = Participation.REPRESENTED
        else:
            participation = Participation.ABSENT
        local = dt.datetime.now().astimezone().tzinfo
        policy = self.selected_policy()
        assert policy is not None  # _problem() said so
        basis_id, basis_text = "", ""
        if policy.condition_of_kind(ConditionKind.LEGAL_BASIS) is not None:
            basis_id, basis_text = self.legal_basis.values()
        information = PriorInformation()
        if policy.condition_of_kind(ConditionKind.PRIOR_INFORMATION) is not None:
            information = self.prior_information.values()
        values = {
            "person_ids": self.person_ids(),
            "mission_id": self.mission.currentData(),
            "policy_id": policy.id,
            "legal_basis_id": basis_id,
            "legal_basis_text": basis_text,
            "prior_information": information,
            "purpose": self.purpose.text().strip(),
            "scheduled_at": self.when.dateTime().toPython().replace(tzinfo=local),
            "facilitator_id": facilitator,
            "agenda": tuple(
                dataclasses.replace(item, title=item.title.strip())
                for item in self.agenda_model.items()
            ),
            "invitees": invitees,
            "participation": participation,
            "advocate": self.advocate.text().strip() if self.represented.isChecked() else "",
            "informed_beforehand": self.informed.isChecked(),
            "informed_how": self.informed_how.text().strip() if self.informed.isChecked() else "",
            "place": " ".join(self.place.text().split()),
            # Preparation says how everyone takes part; the roll call says it person by person.
            "taking_part": (),
            "next_meeting": self.next_meeting.date().toPython()
            if self.next_meeting_check.isChecked()
            else None,
        }
        if self._meeting is None:
            return Meeting(id=uuid.uuid4().hex, state=MeetingState.PREPARED, **values)
        return dataclasses.replace(self._meeting, **values)

    def _try_accept(self) -> None:
        if self.result_meeting() is not None:
            self.accept()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        *,
        settings: InstitutionSettings,
        professionals: list[Professional],
        persons: list[Person],
        meeting: Meeting | None = None,
        person_id: str = "",
        policies: Mapping[str, Policy] | None = None,
        lang: str = "en",
    ) -> Meeting | None:
        """Show the dialog; the new or changed meeting, or None when cancelled."""
        dialog = cls(
            parent,
            settings=settings,
            professionals=professionals,
            persons=persons,
            meeting=meeting,
            person_id=person_id,
            policies=policies,
            lang=lang,
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_meeting()
            return None
        finally:
            dialog.deleteLater()
