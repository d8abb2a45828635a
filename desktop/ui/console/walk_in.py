"""Someone walks in: pick them from the directory, or add a new professional in a few fields.

The dialog only says who arrived; the room panel saves a new professional to the directory
(through the callable the main window passes down) and tells the session, which invites them,
marks them present and re-evaluates the gate in one step.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Mission, Professional
from desktop.ui.widgets.fields import line_edit, ok_cancel_buttons


@dataclass(frozen=True, slots=True)
class WalkIn:
    """Who arrived; ``is_new`` when they are not in the directory yet (save them first)."""

    professional: Professional
    is_new: bool


class WalkInDialog(QDialog):
    """Who walked in: someone from the directory, or a new professional (name, role,
    organisation, bound by secrecy or not and on what basis, missions)."""

    def __init__(
        self,
        *,
        candidates: Sequence[Professional],
        missions: Sequence[Mission],
        meeting_mission: Mission,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone arrives"))
        self.setMinimumWidth(460)
        self.from_directory = QRadioButton(self.tr("&From the directory"), self)
        self.new_one = QRadioButton(self.tr("A &new professional"), self)
        self.which = QButtonGroup(self)
        self.which.addButton(self.from_directory)
        self.which.addButton(self.new_one)
        self.known = QComboBox(self)
        self.known.setAccessibleName(self.tr("Who arrives, from the directory"))
        for professional in candidates:
            line = professional.label()
            if professional.organisation:
                line = f"{line}, {professional.organisation}"
            self.known.addItem(line, professional.id)
        self._candidates = {p.id: p for p in candidates}

        self.new_box = QGroupBox(self.tr("New professional"), self)
        self.name = line_edit(self.tr("Name"), parent=self.new_box)
        self.role = line_edit(self.tr("Role"), self.tr("e.g. school nurse"), parent=self.new_box)
        self.organisation = line_edit(self.tr("Organisation"), parent=self.new_box)
        self.bound_yes = QRadioButton(self.tr("&Yes"), self.new_box)
        self.bound_no = QRadioButton(self.tr("N&o"), self.new_box)
        self.bound = QButtonGroup(self)
        self.bound.addButton(self.bound_yes)
        self.bound.addButton(self.bound_no)
        self.basis = line_edit(
            self.tr("Basis of secrecy"),
            self.tr("profession, function or law, e.g. nurse (profession)"),
            parent=self.new_box,
        )
        self.mission_boxes: list[QCheckBox] = []
        missions_row = QHBoxLayout()
        missions_row.setContentsMargins(0, 0, 0, 0)
        for mission in missions or (meeting_mission,):
            box = QCheckBox(mission.name, self.new_box)
            box.setProperty("mission_id", mission.id)
            box.setChecked(mission.id == meeting_mission.id)
            missions_row.addWidget(box)
            self.mission_boxes.append(box)
        missions_row.addStretch(1)
        bound_row = QHBoxLayout()
        bound_row.setContentsMargins(0, 0, 0, 0)
        bound_row.addWidget(self.bound_yes)
        bound_row.addWidget(self.bound_no)
        bound_row.addStretch(1)
        form = QFormLayout(self.new_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Bound by professional secrecy?"), bound_row)
        form.addRow(self.tr("On what basis"), self.basis)
        form.addRow(self.tr("Missions"), missions_row)

        self.note = QLabel(
            self.tr(
                "They are added to the meeting and marked present at once; the gate checks "
                "the room again. A new professional is also saved to the directory."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        buttons = ok_cancel_buttons(
            self, on_ok=self._try_accept, ok_text=self.tr("Add to the room")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.from_directory)
        layout.addWidget(self.known)
        layout.addWidget(self.new_one)
        layout.addWidget(self.new_box)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.which.buttonToggled.connect(self._follow_choice)
        self.bound.buttonToggled.connect(self._follow_bound)
        if candidates:
            self.from_directory.setChecked(True)
        else:
            self.from_directory.setEnabled(False)
            self.known.setEnabled(False)
            self.known.setPlaceholderText(self.tr("Everyone in the directory is already invited"))
            self.new_one.setChecked(True)
        self._follow_choice()
        self._follow_bound()

    def _follow_choice(self, *_args: object) -> None:
        new = self.new_one.isChecked()
        self.known.setEnabled(not new and bool(self._candidates))
        self.new_box.setEnabled(new)
        (self.name if new else self.known).setFocus()

    def _follow_bound(self, *_args: object) -> None:
        self.basis.setEnabled(self.bound_yes.isChecked())

    def walk_in(self) -> WalkIn | None:
        """Who arrived, or None with the problem shown."""
        problem = ""
        result: WalkIn | None = None
        if not self.new_one.isChecked():
            chosen = self._candidates.get(self.known.currentData())
            if chosen is None:
                problem = self.tr("Choose who arrives.")
            else:
                result = WalkIn(chosen, is_new=False)
        else:
            name = " ".join(self.name.text().split())
            basis = self.basis.text().strip()
            if not name:
                problem = self.tr("Write the name of the person who arrives.")
            elif self.bound.checkedButton() is None:
                problem = self.tr("Say whether they are bound by professional secrecy.")
            elif self.bound_yes.isChecked() and not basis:
                problem = self.tr("Write the basis of their secrecy (profession, function or law).")
            else:
                bound = self.bound_yes.isChecked()
                missions = frozenset(
                    str(b.property("mission_id")) for b in self.mission_boxes if b.isChecked()
                )
                professional = Professional(
                    id=uuid.uuid4().hex,
                    name=name,
                    role=self.role.text().strip(),
                    organisation=self.organisation.text().strip(),
                    bound_by_secrecy=bound,
                    secrecy_basis=basis if bound else "",
                    missions=missions,
                )
                result = WalkIn(professional, is_new=True)
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        return result

    def _try_accept(self) -> None:
        if self.walk_in() is not None:
            self.accept()

    @classmethod
    def get(
        cls,
        parent: QWidget | None,
        *,
        candidates: Sequence[Professional],
        missions: Sequence[Mission],
        meeting_mission: Mission,
    ) -> WalkIn | None:
        """Show the dialog; who arrived, or None when cancelled."""
        dialog = cls(
            candidates=candidates,
            missions=missions,
            meeting_mission=meeting_mission,
            parent=parent,
        )
        try:
            return dialog.walk_in() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
