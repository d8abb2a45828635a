"""Record a consent, a refusal, or why consent could not be obtained; or correct a record.

A correction opens the dialog on the record as it was; what is saved is a new record that
replaces it (the workspace keeps the old one as history). Naming a professional who is not bound
by professional secrecy is allowed, with a warning: their consent does not lift the secrecy
condition.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ConsentKind, ConsentRecord, Mission, Person, Professional
from desktop.core.policy import Policy
from desktop.ui.i18n import fill_in
from desktop.ui.widgets import discard
from desktop.ui.widgets.discard import AsksBeforeDiscarding
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons
from desktop.ui.widgets.messages import FormMessage, make_plain


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _checks(labels: dict[str, str], columns: int) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    checks = {}
    for n, (key, label) in enumerate(labels.items()):
        check = QCheckBox(label)
        checks[key] = check
        grid.addWidget(check, n // columns, n % columns)
    grid.setRowStretch(grid.rowCount(), 1)
    return box, checks


def unbound(professional: Professional) -> bool:
    """Would fail the secrecy condition: not bound, or no basis recorded."""
    return not professional.bound_by_secrecy or not professional.secrecy_basis.strip()


class ConsentDialog(AsksBeforeDiscarding, QDialog):
    """Kind, scope (categories × missions and/or named professionals), validity, how obtained.

    With ``correcting``, the fields start from that record and the dialog says the record will
    be kept in the history.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        person: Person,
        policy: Policy,
        missions: tuple[Mission, ...],
        professionals: tuple[Professional, ...],
        lang: str,
        today: dt.date | None = None,
        correcting: ConsentRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._person = person
        self._correcting = correcting
        self._professionals = {p.id: p for p in professionals}
        today = today or dt.date.today()
        if correcting is None:
            self.setWindowTitle(self.tr("Record consent — {alias}").format(alias=person.alias))
        else:
            self.setWindowTitle(self.tr("Correct a consent — {alias}").format(alias=person.alias))
        self.resize(680, 640)
        self.heading = make_plain(
            QLabel(
                fill_in(
                    self.tr("Consent of {name} (“{alias}” in minutes)"),
                    name=person.name,
                    alias=person.alias,
                )
            )
        )
        self.heading.setObjectName("subTitle")
        self.heading.setWordWrap(True)
        self.correction_note = make_plain(QLabel())
        self.correction_note.setWordWrap(True)
        self.correction_note.setObjectName("hint")
        if correcting is not None:
            day = correcting.recorded_on or correcting.valid_from
            self.correction_note.setText(
                self.tr(
                    "You are correcting the record of {date}. It stays in the history, marked as "
                    "replaced; from now on the gate reads this correction."
                ).format(date=day.isoformat() if day != dt.date.min else "-")
            )
        self.correction_note.setVisible(correcting is not None)

        self.given_radio = QRadioButton(self.tr("&Given"))
        self.refused_radio = QRadioButton(self.tr("&Refused"))
        self.not_obtainable_radio = QRadioButton(self.tr("Could &not be obtained"))
        # Where the person is told of the sharing and may object (a French care team).
        self.informed_radio = QRadioButton(self.tr("Informed, did not ob&ject"))
        self.objected_radio = QRadioButton(self.tr("O&bjected"))
        self.given_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        kind_row = QGridLayout()
        kind_row.setContentsMargins(0, 0, 0, 0)
        radios = (
            self.given_radio,
            self.refused_radio,
            self.not_obtainable_radio,
            self.informed_radio,
            self.objected_radio,
        )
        for index, radio in enumerate(radios):
            self.kind_group.addButton(radio)
            kind_row.addWidget(radio, index // 3, index % 3)
        kind_row.setColumnStretch(3, 1)
        self.reason_edit = line_edit(
            self.tr("Why consent could not be obtained"),
            self.tr("e.g. in hospital, cannot be reached"),
        )
        self.not_obtainable_radio.toggled.connect(self.reason_edit.setEnabled)
        self.reason_edit.setEnabled(False)

        categories = {c.id: c.name.text(lang) for c in policy.categories}
        categories_box, self.category_checks = _checks(categories, 3)
        categories_group = QGroupBox(self.tr("Information it covers"))
        QVBoxLayout(categories_group).addWidget(categories_box)

        missions_box, self.mission_checks = _checks({m.id: m.name for m in missions}, 2)
        named = set(correcting.professionals) if correcting is not None else set()
        people = {
            p.id: f"⚠ {p.label()}" if unbound(p) else p.label()
            for p in professionals
            if p.active or p.id in named
        }
        people_box, self.professional_checks = _checks(people, 2)
        for pid, check in self.professional_checks.items():
            if unbound(self._professionals[pid]):
                check.setToolTip(self.tr("Not bound by professional secrecy"))
            check.toggled.connect(self._update_secrecy_warning)
        self.secrecy_warning = make_plain(QLabel())
        self.secrecy_warning.setObjectName("secrecyWarning")
        self.secrecy_warning.setWordWrap(True)
        self.secrecy_warning.setStyleSheet(
            "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px"
        )
        self.secrecy_warning.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(people_box)
        scroll.setMinimumHeight(90)
        recipients_group = QGroupBox(
            self.tr("With whom: anyone in these missions, or these people")
        )
        recipients_layout = QVBoxLayout(recipients_group)
        recipients_layout.addWidget(missions_box)
        recipients_layout.addWidget(scroll, 1)
        recipients_layout.addWidget(self.secrecy_warning)

        self.from_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setAccessibleName(self.tr("Valid from"))
        self.until_check = QCheckBox(self.tr("&Until:"))
        self.until_edit = QDateEdit(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("Valid until"))
        self.until_edit.setEnabled(False)
        for edit in (self.from_edit, self.until_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        validity = QHBoxLayout()
        validity.addWidget(self.from_edit)
        validity.addWidget(self.until_check)
        validity.addWidget(self.until_edit)
        validity.addStretch(1)
        self.how_edit = line_edit(
            self.tr("How it was obtained"),
            self.tr("e.g. in writing, orally at the interview of 3 March"),
        )

        # A minor: the child's own say, or their parents' (the holders of parental authority).
        self.given_by = QComboBox()
        self.given_by.setAccessibleName(self.tr("Whose say"))
        self.given_by.addItem(self.tr("{alias} themself").format(alias=person.alias), "")
        self.given_by.addItem(
            fill_in(self.tr("{alias}'s parents (parental authority)"), alias=person.alias),
            "holders",
        )
        is_minor = person.birth_date is not None and (person.age_on(dt.date.today()) or 0) < 18

        self.message = FormMessage()
        buttons = ok_cancel_buttons(self)
        form = QFormLayout()
        form.addRow(self.tr("Whose sa&y:"), self.given_by)
        form.setRowVisible(self.given_by, is_minor or bool(correcting and correcting.given_by))
        form.addRow(self.tr("Consent:"), kind_row)
        form.labelForField(kind_row).setBuddy(self.given_radio)
        form.addRow(self.tr("&Why:"), self.reason_edit)
        form.addRow(self.tr("Valid &from:"), validity)
        form.labelForField(validity).setBuddy(self.from_edit)
        form.addRow(self.tr("&How obtained:"), self.how_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.correction_note)
        layout.addLayout(form)
        layout.addWidget(categories_group)
        layout.addWidget(recipients_group, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if correcting is not None:
            self._fill(correcting)
        self.given_radio.setFocus()
        # What the fields held once filled: Escape asks only when something was changed.
        self.remember_filled()

    def confirm_discard(self) -> bool:
        """Ask whether to drop the changes; True to drop them."""
        return discard.ask_discard(self, self.tr("Discard the changes to this consent record?"))

    def _fill(self, record: ConsentRecord) -> None:
        """Start from ``record`` (a correction)."""
        {
            ConsentKind.GIVEN: self.given_radio,
            ConsentKind.REFUSED: self.refused_radio,
            ConsentKind.NOT_OBTAINABLE: self.not_obtainable_radio,
            ConsentKind.INFORMED: self.informed_radio,
            ConsentKind.OBJECTED: self.objected_radio,
        }[record.kind].setChecked(True)
        self.reason_edit.setText(record.reason)
        for checks, chosen in (
            (self.category_checks, record.categories),
            (self.mission_checks, record.missions),
            (self.professional_checks, record.professionals),
        ):
            for key, check in checks.items():
                check.setChecked(key in chosen)
        if record.valid_from != dt.date.min:
            start = record.valid_from
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
        if record.valid_until is not None:
            end = record.valid_until
            self.until_check.setChecked(True)
            self.until_edit.setDate(QDate(end.year, end.month, end.day))
        self.how_edit.setText(record.obtained_how)
        self.given_by.setCurrentIndex(max(0, self.given_by.findData(record.given_by)))

    def _update_secrecy_warning(self) -> None:
        named = [
            self._professionals[pid]
            for pid, check in self.professional_checks.items()
            if check.isChecked() and unbound(self._professionals[pid])
        ]
        if not named:
            self.secrecy_warning.hide()
            return
        self.secrecy_warning.setText(
            self.tr(
                "⚠ Not bound by professional secrecy: {names}. Naming them here does not let "
                "the team share with them: the secrecy condition still applies, and they will "
                "be asked to step out."
            ).format(names=", ".join(p.label() for p in named))
        )
        self.secrecy_warning.show()

    def secrecy_warning_text(self) -> str:
        """The warning about named recipients not bound by secrecy; empty if none."""
        return self.secrecy_warning.text() if self.secrecy_warning.isVisibleTo(self) else ""

    @classmethod
    def record(
        cls,
        parent: QWidget | None,
        *,
        person: Person,
        policy: Policy,
        missions: tuple[Mission, ...],
        professionals: tuple[Professional, ...],
        lang: str,
        correcting: ConsentRecord | None = None,
    ) -> ConsentRecord | None:
        """Show the dialog; the new consent record (for a correction: the record that replaces
        ``correcting``), or ``None`` if cancelled."""
        dialog = cls(
            parent,
            person=person,
            policy=policy,
            missions=missions,
            professionals=professionals,
            lang=lang,
            correcting=correcting,
        )
        result = dialog.consent() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return result

    def kind(self) -> ConsentKind:
        """The kind chosen."""
        if self.refused_radio.isChecked():
            return ConsentKind.REFUSED
        if self.not_obtainable_radio.isChecked():
            return ConsentKind.NOT_OBTAINABLE
        if self.informed_radio.isChecked():
            return ConsentKind.INFORMED
        if self.objected_radio.isChecked():
            return ConsentKind.OBJECTED
        return ConsentKind.GIVEN

    def consent(self) -> ConsentRecord:
        """The record as entered."""
        kind = self.kind()
        return ConsentRecord(
            id=uuid.uuid4().hex,
            person_id=self._person.id,
            kind=kind,
            categories=frozenset(k for k, c in self.category_checks.items() if c.isChecked()),
            missions=frozenset(k for k, c in self.mission_checks.items() if c.isChecked()),
            professionals=frozenset(
                k for k, c in self.professional_checks.items() if c.isChecked()
            ),
            valid_from=_to_date(self.from_edit.date()),
            valid_until=_to_date(self.until_edit.date()) if self.until_check.isChecked() else None,
            obtained_how=self.how_edit.text().strip(),
            reason=self.reason_edit.text().strip() if kind is ConsentKind.NOT_OBTAINABLE else "",
            recorded_on=dt.date.today(),
            replaces=self._correcting.id if self._correcting is not None else "",
            given_by=self.given_by.currentData() or "",
        )

    def problems(self) -> list[str]:
        """What is missing before the record can be saved."""
        problems = []
        if self.kind() is ConsentKind.NOT_OBTAINABLE and not self.reason_edit.text().strip():
            problems.append(self.tr("Say why consent could not be obtained."))
        if not any(c.isChecked() for c in self.category_checks.values()):
            problems.append(self.tr("Tick at least one kind of information."))
        recipients = list(self.mission_checks.values()) + list(self.professional_checks.values())
        if not any(c.isChecked() for c in recipients):
            problems.append(self.tr("Tick at least one mission or one professional."))
        if self.until_check.isChecked() and self.until_edit.date() < self.from_edit.date():
            problems.append(self.tr("The end date is before the start date."))
        return problems

    def accept(self) -> None:
        """Close only when the record is complete (and, for a correction, changed)."""
        problems = self.problems()
        if not problems and self._correcting is not None and self._same_as_corrected():
            problems = [self.tr("Nothing was changed: change what was wrong, or Cancel.")]
        if problems:
            self.message.show_error("\n".join(problems))
            return
        super().accept()

    def _same_as_corrected(self) -> bool:
        old = self._correcting
        if old is None:
            return False
        new = self.consent()
        fields = ("kind", "categories", "missions", "professionals", "valid_until", "given_by")
        same = all(getattr(new, name) == getattr(old, name) for name in fields)
        start = old.valid_from if old.valid_from != dt.date.min else new.valid_from
        return (
            same
            and new.valid_from == start
            and (new.obtained_how, new.reason)
            == (
                old.obtained_how,
                old.reason,
            )
        )
