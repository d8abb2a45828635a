"""Settings of the workspace: institution, rule of conduct, missions, policy, language, minutes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import InstitutionSettings, PersonNaming
from desktop.ui.widgets.messages import FormMessage, make_plain
from desktop.ui.workspace.institution_form import InstitutionForm


class SettingsDialog(QDialog):
    """Edits :class:`InstitutionSettings`; nothing is saved here, the caller saves the result."""

    def __init__(self, parent: QWidget | None, *, settings: InstitutionSettings, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings — Empty Chair"))
        self._settings = settings
        self.institution = InstitutionForm(lang, settings)
        institution_box = QGroupBox(self.tr("Institution"))
        QVBoxLayout(institution_box).addWidget(self.institution)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("System language"), "")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Français", "fr")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.language_hint = make_plain(
            QLabel(self.tr("A new language takes effect the next time Empty Chair starts."))
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
        self.retention_spin = QSpinBox()
        self.retention_spin.setAccessibleName(self.tr("Keep closed meetings for (years)"))
        self.retention_spin.setRange(1, 30)
        self.retention_spin.setSuffix(self.tr(" years"))
        self.retention_spin.setValue(max(1, round(settings.retention_days / 365)))

        app_box = QGroupBox(self.tr("Application"))
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("&Language:"), language_field)
        app_form.labelForField(language_field).setBuddy(self.language_combo)
        app_form.addRow(self.tr("Minutes &name the person:"), self.naming_combo)
        app_form.addRow(self.tr("Loc&k after:"), self.lock_spin)
        app_form.addRow(self.tr("Keep closed mee&tings:"), self.retention_spin)

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
        cls, parent: QWidget | None, *, settings: InstitutionSettings, lang: str
    ) -> InstitutionSettings | None:
        """Show the dialog; the edited settings, or ``None`` if cancelled."""
        dialog = cls(parent, settings=settings, lang=lang)
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
            retention_days=self.retention_spin.value() * 365,
        )

    def accept(self) -> None:
        """Close only when the settings are complete."""
        problems = self.institution.problems()
        if problems:
            self.message.show_error("\n".join(problems))
            field = self.institution.first_invalid_field()
            if field is not None:
                field.setFocus()
            return
        super().accept()
