"""The institution's part of a workspace: name, policy, rule of conduct, missions.

Shared by the first-run dialog and the settings dialog, so both ask the same questions the same way.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from desktop.core.entities import InstitutionSettings, Mission
from desktop.core.policy import (
    DEFAULT_POLICY_ID,
    load_policy,
    refused_policies,
    shipped_policies,
)
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.missions_editor import MissionsEditor


def policy_names(lang: str) -> dict[str, str]:
    """Shipped policies, id to name in ``lang``; a policy that fails to load is left out."""
    return {policy_id: p.name.text(lang) for policy_id, p in shipped_policies().items()}


class InstitutionForm(QWidget):
    """Fields for the institution's name, policy, rule of conduct and missions.

    Changing the policy replaces the rule of conduct with the new policy's template only while the
    user has not edited it, so nothing they wrote is lost.

    Signals: ``changed()`` after any edit of any field.
    """

    changed = Signal()

    def __init__(
        self, lang: str, settings: InstitutionSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.name_edit = line_edit(
            self.tr("Institution name"), self.tr("e.g. Youth Care Service of Namur")
        )
        self.policy_combo = QComboBox()
        self.policy_combo.setAccessibleName(self.tr("Default framework"))
        self.policy_combo.setToolTip(
            self.tr("Each meeting can use another framework, chosen when it is prepared.")
        )
        for policy_id, name in policy_names(lang).items():
            self.policy_combo.addItem(name, policy_id)
        # A framework file that is wrong is not offered; say which and why, or whoever added it
        # would look for it in vain.
        self.policy_refused = QLabel(
            "\n".join(
                self.tr("Not offered, its file is wrong: {problem}").format(
                    problem=error.text(lang, Path(error.source).name)
                )
                for error in refused_policies()
            )
        )
        self.policy_refused.setWordWrap(True)
        self.policy_refused.setStyleSheet("color: #b3261e")
        self.policy_refused.setVisible(bool(self.policy_refused.text()))
        self.conduct_edit = QPlainTextEdit()
        self.conduct_edit.setAccessibleName(self.tr("Rule of conduct"))
        self.conduct_edit.setTabChangesFocus(True)
        self.conduct_edit.setMinimumHeight(90)
        self.missions_editor = MissionsEditor()
        self.contact_edit = line_edit(
            self.tr("How the person can reach you"),
            self.tr("Address, phone or e-mail, for the person's copy of the minutes"),
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Institution:"), self.name_edit)
        form.addRow(self.tr("Default framew&ork:"), self.policy_combo)
        form.addRow("", self.policy_refused)
        form.addRow(self.tr("&Rule of conduct:"), self.conduct_edit)
        form.addRow(self.tr("&Missions:"), self.missions_editor)
        form.addRow(self.tr("Contact (&how to reach you):"), self.contact_edit)
        form.labelForField(self.missions_editor).setBuddy(self.missions_editor.name_edit)
        self._template = ""
        if settings is None:
            self._select_policy(DEFAULT_POLICY_ID)
            self._apply_template()
        else:
            self.name_edit.setText(settings.name)
            self._select_policy(settings.policy_id)
            self._template = self._policy_template()
            self.conduct_edit.setPlainText(settings.conduct_rule)
            self.missions_editor.set_missions(settings.missions)
            self.contact_edit.setText(settings.contact)
        self.policy_combo.currentIndexChanged.connect(self._on_policy_changed)
        self.name_edit.textChanged.connect(self.changed)
        self.conduct_edit.textChanged.connect(self.changed)
        self.missions_editor.changed.connect(self.changed)
        self.contact_edit.textChanged.connect(self.changed)
        self.policy_combo.currentIndexChanged.connect(self.changed)

    def _select_policy(self, policy_id: str) -> None:
        index = self.policy_combo.findData(policy_id)
        self.policy_combo.setCurrentIndex(max(index, 0))

    def _policy_template(self) -> str:
        policy_id = self.policy_combo.currentData()
        if not policy_id:
            return ""
        try:
            return load_policy(policy_id).text("conduct_template", self._lang)
        except ValueError:
            return ""

    def _apply_template(self) -> None:
        self._template = self._policy_template()
        self.conduct_edit.setPlainText(self._template)

    def _on_policy_changed(self) -> None:
        untouched = self.conduct_edit.toPlainText().strip() in ("", self._template.strip())
        if untouched:
            self._apply_template()
        else:
            self._template = self._policy_template()

    def problems(self) -> list[str]:
        """What must be fixed before these settings can be saved (empty when all is well)."""
        problems = []
        if not self.name_edit.text().strip():
            problems.append(self.tr("Enter the institution's name."))
        if not self.conduct_edit.toPlainText().strip():
            problems.append(
                self.tr("Write the rule of conduct (the policy's template is a start).")
            )
        if not self.missions_editor.missions():
            problems.append(self.tr("Add at least one mission (e.g. Youth care)."))
        return problems

    def first_invalid_field(self) -> QWidget | None:
        """The first field that needs the user's attention, to give it the focus."""
        if not self.name_edit.text().strip():
            return self.name_edit
        if not self.conduct_edit.toPlainText().strip():
            return self.conduct_edit
        if not self.missions_editor.missions():
            return self.missions_editor.name_edit
        return None

    def missions(self) -> tuple[Mission, ...]:
        """The missions as edited."""
        return self.missions_editor.missions()

    def settings(self, base: InstitutionSettings | None = None) -> InstitutionSettings:
        """The settings as edited, keeping ``base``'s other fields (language, lock delay...)."""
        values = {
            "name": " ".join(self.name_edit.text().split()),
            "conduct_rule": self.conduct_edit.toPlainText().strip(),
            "missions": self.missions_editor.missions(),
            "policy_id": self.policy_combo.currentData() or DEFAULT_POLICY_ID,
            "contact": " ".join(self.contact_edit.text().split()),
        }
        if base is None:
            return InstitutionSettings(**values)
        return replace(base, **values)
