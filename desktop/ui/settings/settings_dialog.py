"""Settings of the workspace: institution, rule of conduct, missions, policy, language, minutes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.deliberation_method import DeliberationMethod, load_methods
from desktop.core.entities import (
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    MeetingState,
    Mission,
    PersonNaming,
    Professional,
)
from desktop.core.languages import LANGUAGES, NATIVE_NAMES
from desktop.ui.widgets.institution_form import InstitutionForm
from desktop.ui.widgets.messages import FormMessage, make_plain


@dataclass(frozen=True)
class MissionUse:
    """How many records still refer to one mission."""

    professionals: int = 0
    meetings: int = 0  # prepared or open: a closed meeting's record is kept as it was
    consents: int = 0

    def __bool__(self) -> bool:
        return bool(self.professionals or self.meetings or self.consents)


def count_mission_uses(
    professionals: Iterable[Professional],
    meetings: Iterable[Meeting],
    consents: Iterable[ConsentRecord],
) -> dict[str, MissionUse]:
    """Mission id -> what still uses it: professionals' missions, prepared or open meetings,
    consent records' scopes (revoked ones too: they keep their scope)."""
    counts: dict[str, list[int]] = {}
    for professional in professionals:
        for mission_id in professional.missions:
            counts.setdefault(mission_id, [0, 0, 0])[0] += 1
    for meeting in meetings:
        if meeting.state is not MeetingState.CLOSED:
            counts.setdefault(meeting.mission_id, [0, 0, 0])[1] += 1
    for consent in consents:
        for mission_id in consent.missions:
            counts.setdefault(mission_id, [0, 0, 0])[2] += 1
    return {mission_id: MissionUse(*n) for mission_id, n in counts.items()}


class SettingsDialog(QDialog):
    """Edits :class:`InstitutionSettings`; nothing is saved here, the caller saves the result.

    ``mission_uses`` (mission id -> :class:`MissionUse`, from the caller) lets the dialog warn
    before a mission still in use is removed; the dialog itself never reads the workspace.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        settings: InstitutionSettings,
        lang: str,
        mission_uses: Mapping[str, MissionUse] | None = None,
        methods: Sequence[DeliberationMethod] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings — Empty Chair"))
        self._settings = settings
        self._mission_uses = dict(mission_uses or {})
        self._removal_confirmed: set[str] = set()
        self.removal_question: QMessageBox | None = None
        self._asked_about: tuple[Mission, ...] = ()
        self.institution = InstitutionForm(lang, settings)
        institution_box = QGroupBox(self.tr("Institution"))
        QVBoxLayout(institution_box).addWidget(self.institution)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("System language"), "")
        for code in LANGUAGES:  # each in its own name, so a reader finds theirs
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.language_hint = make_plain(
            QLabel(self.tr("After saving, Empty Chair offers to restart in the new language."))
        )
        self.language_hint.setWordWrap(True)
        self.language_combo.setAccessibleDescription(self.language_hint.text())
        language_field = QVBoxLayout()
        language_field.setSpacing(2)
        language_field.addWidget(self.language_combo)
        language_field.addWidget(self.language_hint)
        self.naming_combo = QComboBox()
        self.naming_combo.setAccessibleName(self.tr("How minutes name the person"))
        self.naming_combo.addItem(self.tr("By their alias (e.g. J.D.)"), PersonNaming.ALIAS.value)
        self.naming_combo.addItem(self.tr("By their full name"), PersonNaming.FULL_NAME.value)
        self.naming_combo.setCurrentIndex(
            max(self.naming_combo.findData(settings.person_naming.value), 0)
        )
        self.lock_spin = QSpinBox()
        self.lock_spin.setAccessibleName(self.tr("Lock after minutes of inactivity"))
        self.lock_spin.setRange(1, 120)
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.setValue(settings.lock_minutes)
        self.meeting_lock_spin = QSpinBox()
        self.meeting_lock_spin.setAccessibleName(self.tr("During a meeting, lock after minutes"))
        self.meeting_lock_spin.setToolTip(
            self.tr("The console counts down the last minute first, so the team can stay.")
        )
        self.meeting_lock_spin.setRange(1, 120)
        self.meeting_lock_spin.setSuffix(self.tr(" min"))
        self.meeting_lock_spin.setValue(settings.meeting_lock_minutes)
        self.retention_spin = QSpinBox()
        self.retention_spin.setAccessibleName(self.tr("Keep closed meetings for (years)"))
        self.retention_spin.setRange(1, 30)
        self.retention_spin.setSuffix(self.tr(" years"))
        self.retention_spin.setValue(max(1, round(settings.retention_days / 365)))
        # The default deliberation method: a choice only when the institution has several.
        shelf = tuple(methods) if methods is not None else load_methods().methods
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Deliberation method"))
        for method in shelf:
            self.method_combo.addItem(method.name.text(lang), method.id)
        chosen = self.method_combo.findData(settings.deliberation_method)
        self.method_combo.setCurrentIndex(chosen if chosen >= 0 else 0)

        app_box = QGroupBox(self.tr("Application"))
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("&Language:"), language_field)
        app_form.labelForField(language_field).setBuddy(self.language_combo)
        app_form.addRow(self.tr("Minutes &name the person:"), self.naming_combo)
        app_form.addRow(self.tr("Loc&k after:"), self.lock_spin)
        app_form.addRow(self.tr("&During a meeting, lock after:"), self.meeting_lock_spin)
        app_form.addRow(self.tr("Keep closed mee&tings:"), self.retention_spin)
        app_form.addRow(self.tr("D&eliberation method:"), self.method_combo)
        app_form.setRowVisible(self.method_combo, self.method_combo.count() > 1)

        self.message = FormMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(institution_box, 3)
        side = QVBoxLayout()
        side.addWidget(app_box)
        side.addStretch(1)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(980, 580)

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        *,
        settings: InstitutionSettings,
        lang: str,
        mission_uses: Mapping[str, MissionUse] | None = None,
        methods: Sequence[DeliberationMethod] | None = None,
    ) -> InstitutionSettings | None:
        """Show the dialog; the edited settings, or ``None`` if cancelled."""
        dialog = cls(
            parent, settings=settings, lang=lang, mission_uses=mission_uses, methods=methods
        )
        result = dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return result

    def settings(self) -> InstitutionSettings:
        """The settings as edited."""
        return replace(
            self.institution.settings(self._settings),
            language=self.language_combo.currentData() or "",
            person_naming=PersonNaming(self.naming_combo.currentData()),
            lock_minutes=self.lock_spin.value(),
            meeting_lock_minutes=self.meeting_lock_spin.value(),
            retention_days=self.retention_spin.value() * 365,
            deliberation_method=self._chosen_method(),
        )

    def _chosen_method(self) -> str:
        """The method chosen, or the setting as it was when there was no choice to make (a
        method file removed since stays the setting, and the shipped one is used meanwhile)."""
        if self.method_combo.count() > 1:
            return self.method_combo.currentData() or ""
        return self._settings.deliberation_method

    def accept(self) -> None:
        """Close only when the settings are complete."""
        problems = self.institution.problems()
        if problems:
            self.message.show_error("\n".join(problems))
            field = self.institution.first_invalid_field()
            if field is not None:
                field.setFocus()
            return
        in_use = self.removed_missions_in_use()
        if in_use:
            self._ask_about_removal(in_use)
            return
        super().accept()

    def removed_missions_in_use(self) -> tuple[Mission, ...]:
        """Missions removed in this dialog that something still uses, not yet confirmed."""
        kept = {m.id for m in self.institution.missions()}
        return tuple(
            m
            for m in self._settings.missions
            if m.id not in kept
            and m.id not in self._removal_confirmed
            and self._mission_uses.get(m.id)
        )

    def _describe_use(self, mission: Mission) -> str:
        use = self._mission_uses.get(mission.id, MissionUse())
        parts = []
        if use.professionals:
            parts.append(self.tr("professionals: {n}").format(n=use.professionals))
        if use.meetings:
            parts.append(self.tr("prepared or open meetings: {n}").format(n=use.meetings))
        if use.consents:
            parts.append(self.tr("consent records: {n}").format(n=use.consents))
        return f"• {mission.name} — {', '.join(parts)}"

    def _ask_about_removal(self, missions: tuple[Mission, ...]) -> None:
        # Opened, not exec'd: the answer comes back in _on_removal_answered, and tests can answer.
        if self.removal_question is not None:
            self.removal_question.raise_()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Missions still in use"),
            self.tr("You removed missions that are still in use:")
            + "\n"
            + "\n".join(self._describe_use(m) for m in missions),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "If you remove them anyway, these records keep referring to a mission that no "
                "longer exists: it shows as a code and can no longer be chosen."
            )
        )
        box.addButton(self.tr("&Remove anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep the missions"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_removal_answered)
        self._asked_about = missions
        self.removal_question = box
        box.open()

    def _on_removal_answered(self) -> None:
        box, self.removal_question = self.removal_question, None
        clicked = box.clickedButton() if box is not None else None
        if (
            box is not None
            and clicked is not None
            and box.buttonRole(clicked) is QMessageBox.ButtonRole.AcceptRole
        ):
            self._removal_confirmed.update(m.id for m in self._asked_about)
            self.accept()
            return
        # Keep: put the missions back; every other edit stays as typed.
        self.institution.missions_editor.restore_missions(self._asked_about)
        self.message.show_info(
            self.tr("The missions still in use are back in the list. Nothing else changed.")
        )
        self.institution.missions_editor.list.setFocus()
