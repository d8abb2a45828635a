"""Preparing a case conference: who it is about, why, when, the agenda, who is invited, and how
the person takes part (DESIGN.md §2.5, §3).

``PrepareMeetingDialog.edit(...)`` shows the dialog and returns the new or changed
:class:`Meeting`; tests build the dialog and call :meth:`PrepareMeetingDialog.result_meeting`.
A validation error is shown in the dialog and nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
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
    Professional,
)
from desktop.core.policy import Policy
from desktop.ui.meetings.prepare_models import AgendaEditModel, InviteesModel
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons
from desktop.ui.widgets.meeting_labels import concern_warning

_WARNING_STYLE = "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px"


def _next_hour() -> dt.datetime:
    now = dt.datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    return now + dt.timedelta(hours=1)


class PrepareMeetingDialog(QDialog):
    """Create or edit a prepared meeting."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: InstitutionSettings,
        policy: Policy,
        professionals: list[Professional],
        persons: list[Person],
        meeting: Meeting | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._policy = policy
        self._meeting = meeting
        self._persons = {p.id: p for p in persons}
        invited = set(meeting.invitees) if meeting else set()
        self._people = [p for p in professionals if p.active or p.id in invited]
        self.setWindowTitle(
            self.tr("Prepare a case conference") if meeting is None else self.tr("Edit the meeting")
        )
        self._build()
        self._fill(meeting)

    # --- Building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Person concerned"))
        self.person.addItem(self.tr("Choose…"), "")
        for person in self._persons.values():
            self.person.addItem(f"{person.name} ({person.alias})", person.id)
        self.mission = QComboBox(self)
        self.mission.setAccessibleName(self.tr("Mission"))
        self.mission.addItem(self.tr("Choose…"), "")
        for mission in self._settings.missions:
            self.mission.addItem(mission.name, mission.id)
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
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.invitees.verticalHeader().hide()
        self.invitees.setMinimumHeight(150)
        self.invitee_warning = QLabel(self)
        self.invitee_warning.setWordWrap(True)
        self.invitee_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.invitee_warning.setStyleSheet(_WARNING_STYLE)
        self.invitee_warning.hide()
        self.invitees_model.invitedChanged.connect(self._update_warning)
        self.mission.currentIndexChanged.connect(self._mission_changed)

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
        participation = QGridLayout()
        participation.addWidget(self.present, 0, 0)
        participation.addWidget(self.represented, 1, 0)
        participation.addWidget(self.advocate, 1, 1)
        participation.addWidget(self.absent, 2, 0)
        participation.addWidget(self.informed, 3, 0)
        participation.addWidget(self.informed_how, 3, 1)
        participation.setColumnStretch(1, 1)

        form = QFormLayout()
        form.addRow(self.tr("Person concerned"), self.person)
        form.addRow(self.tr("Mission"), self.mission)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Agenda"), agenda_row)
        form.addRow(self.tr("Invitees"), self.invitees)
        form.addRow("", self.invitee_warning)
        form.addRow(self.tr("The person takes part"), participation)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        buttons = ok_cancel_buttons(
            self, on_ok=self._try_accept, ok_text=self.tr("Save the meeting")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Wide enough for the invitees' columns in every language (Dutch words are long); still
        # inside a 1366×768 screen.
        self.resize(980, 720)

    def _fill(self, meeting: Meeting | None) -> None:
        if meeting is None:
            when = _next_hour()
            self.absent.setChecked(True)
            self.agenda_model.add(self.tr("Opening"), 5)
            self.agenda_model.add(self.tr("Decisions and actions"), 10)
            if len(self._settings.missions) == 1:
                self.mission.setCurrentIndex(1)
        else:
            when = meeting.scheduled_at
            self.person.setCurrentIndex(max(0, self.person.findData(meeting.person_id)))
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
        self.when.setDateTime(QDateTime(when.replace(tzinfo=None)))
        self._mission_changed()

    # --- Agenda buttons --------------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.agenda.currentIndex()
        return index.row() if index.isValid() else -1

    def _add_item(self) -> None:
        row = self.agenda_model.add(self.tr("New item"), 10)
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
        text = concern_warning(self.invitees_model.invited_people(), self._selected_mission())
        self.invitee_warning.setText(text)
        self.invitee_warning.setVisible(bool(text))

    def warning_text(self) -> str:
        """Who would block sharing (not bound by secrecy, outside the mission); empty if nobody."""
        return self.invitee_warning.text() if self.invitee_warning.isVisibleTo(self) else ""

    def _problem(self) -> str:
        person = self._persons.get(self.person.currentData() or "")
        if person is None:
            return self.tr("Choose the person concerned.")
        if self._selected_mission() is None:
            return self.tr("Choose the meeting's mission.")
        if not self.purpose.text().strip():
            return self.tr("Write the purpose: why we meet.")
        if not self.facilitator.currentData():
            return self.tr("Choose who facilitates the meeting.")
        if any(not item.title.strip() for item in self.agenda_model.items()):
            return self.tr("Every agenda item needs a title.")
        if not self.invitees_model.invited():
            return self.tr("Invite at least one professional from the directory.")
        if self.participation.checkedButton() is None:
            return self.tr("Say how {alias} takes part.").format(alias=person.alias)
        if self.represented.isChecked() and not self.advocate.text().strip():
            return self.tr("Write the name of the advocate who represents {alias}.").format(
                alias=person.alias
            )
        if self.informed.isChecked() and not self.informed_how.text().strip():
            return self.tr("Say how {alias} was informed.").format(alias=person.alias)
        return ""

    def result_meeting(self) -> Meeting | None:
        """The meeting as typed, or None with the problem shown (nothing typed is lost)."""
        problem = self._problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
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
        values = {
            "person_id": self.person.currentData(),
            "mission_id": self.mission.currentData(),
            "policy_id": self._policy.id,
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
        policy: Policy,
        professionals: list[Professional],
        persons: list[Person],
        meeting: Meeting | None = None,
    ) -> Meeting | None:
        """Show the dialog; the new or changed meeting, or None when cancelled."""
        dialog = cls(
            parent,
            settings=settings,
            policy=policy,
            professionals=professionals,
            persons=persons,
            meeting=meeting,
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_meeting()
            return None
        finally:
            dialog.deleteLater()
