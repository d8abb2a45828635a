"""Add or edit one professional of the directory."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Mission, Professional
from desktop.ui.widgets import discard
from desktop.ui.widgets.discard import AsksBeforeDiscarding
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons
from desktop.ui.widgets.messages import FormMessage


class ProfessionalDialog(AsksBeforeDiscarding, QDialog):
    """Name, role, organisation, secrecy and its basis, missions, active."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        missions: tuple[Mission, ...],
        professional: Professional | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = professional
        self.setWindowTitle(
            self.tr("Add a professional")
            if professional is None
            else self.tr("Edit a professional")
        )
        self.name_edit = line_edit(self.tr("Name"))
        self.role_edit = line_edit(self.tr("Role"), self.tr("e.g. social worker, psychologist"))
        self.organisation_edit = line_edit(self.tr("Organisation"))
        self.bound_check = QCheckBox(self.tr("&Bound by professional secrecy"))
        self.basis_edit = line_edit(
            self.tr("Basis of the secrecy"), self.tr("profession, function or law")
        )
        self.bound_check.toggled.connect(self.basis_edit.setEnabled)
        self.active_check = QCheckBox(self.tr("A&ctive (can be invited)"))
        self.active_check.setChecked(True)

        missions_box = QGroupBox(self.tr("Works within the missions"))
        missions_layout = QVBoxLayout(missions_box)
        self.mission_checks: dict[str, QCheckBox] = {}
        for mission in missions:
            check = QCheckBox(mission.name)
            self.mission_checks[mission.id] = check
            missions_layout.addWidget(check)

        self.message = FormMessage()
        buttons = ok_cancel_buttons(self)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow("", self.bound_check)
        form.addRow(self.tr("Ba&sis:"), self.basis_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(missions_box)
        layout.addWidget(self.active_check)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        if professional is not None:
            self.name_edit.setText(professional.name)
            self.role_edit.setText(professional.role)
            self.organisation_edit.setText(professional.organisation)
            self.bound_check.setChecked(professional.bound_by_secrecy)
            self.basis_edit.setText(professional.secrecy_basis)
            self.active_check.setChecked(professional.active)
            for mission_id, check in self.mission_checks.items():
                check.setChecked(mission_id in professional.missions)
        self.basis_edit.setEnabled(self.bound_check.isChecked())
        self.setMinimumWidth(480)
        self.name_edit.setFocus()
        # What the fields held once filled: Escape asks only when something was changed.
        self.remember_filled()

    def confirm_discard(self) -> bool:
        """Ask whether to drop the changes; True to drop them."""
        return discard.ask_discard(self, self.tr("Discard the changes to this professional?"))

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        *,
        missions: tuple[Mission, ...],
        professional: Professional | None = None,
    ) -> Professional | None:
        """Show the dialog; the new or edited professional, or ``None`` if cancelled."""
        dialog = cls(parent, missions=missions, professional=professional)
        result = dialog.professional() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return result

    def professional(self) -> Professional:
        """The professional as edited (a new id for a new one)."""
        bound = self.bound_check.isChecked()
        values = {
            "name": " ".join(self.name_edit.text().split()),
            "role": self.role_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "bound_by_secrecy": bound,
            "secrecy_basis": self.basis_edit.text().strip() if bound else "",
            "missions": frozenset(
                m for m, check in self.mission_checks.items() if check.isChecked()
            ),
            "active": self.active_check.isChecked(),
        }
        if self._original is None:
            return Professional(id=uuid.uuid4().hex, **values)
        return replace(self._original, **values)

    def accept(self) -> None:
        """Close only when a name is given."""
        if not self.name_edit.text().strip():
            self.message.show_error(self.tr("Enter the professional's name."))
            self.name_edit.setFocus()
            return
        super().accept()
