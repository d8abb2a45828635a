"""An editable list of the institution's missions: add, rename, remove."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Mission


def mission_id_for(name: str, taken: set[str]) -> str:
    """A stable, readable id for a new mission (``youth-care``), unique among ``taken``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "mission"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class _NameEdit(QLineEdit):
    """A line edit that keeps Enter for itself: Enter adds the mission, not the dialog's OK."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class MissionsEditor(QWidget):
    """A list of missions with a name field and Add / Remove buttons.

    Existing missions keep their ids (meetings and consent records refer to them); a mission typed
    in gets a new id. Signals: ``changed()`` after any edit.
    """

    changed = Signal()

    def __init__(self, missions: tuple[Mission, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Missions"))
        self.name_edit = _NameEdit()
        self.name_edit.setPlaceholderText(self.tr("New mission, e.g. Youth care"))
        self.name_edit.setAccessibleName(self.tr("New mission name"))
        self.name_edit.setMinimumWidth(180)
        self.add_button = QPushButton(self.tr("Add mission"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.name_edit.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.set_missions(missions)

    def set_missions(self, missions: tuple[Mission, ...]) -> None:
        """Show these missions."""
        self.list.clear()
        for mission in missions:
            self._append(mission)

    def restore_missions(self, missions: Iterable[Mission]) -> None:
        """Put back missions that were removed (same ids), selecting the first one put back."""
        present = {m.id for m in self.missions()}
        first = -1
        for mission in missions:
            if mission.id not in present:
                self._append(mission)
                present.add(mission.id)
                first = self.list.count() - 1 if first < 0 else first
        if first >= 0:
            self.list.setCurrentRow(first)
            self.changed.emit()

    def missions(self) -> tuple[Mission, ...]:
        """The missions as edited (blank names dropped)."""
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = " ".join(item.text().split())
            if name:
                result.append(Mission(item.data(Qt.ItemDataRole.UserRole), name))
        return tuple(result)

    def _append(self, mission: Mission) -> None:
        item = QListWidgetItem(mission.name)
        item.setData(Qt.ItemDataRole.UserRole, mission.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def _add(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.name_edit.setFocus()
            return
        if any(m.name.lower() == name.lower() for m in self.missions()):
            self.name_edit.selectAll()
            return
        taken = {m.id for m in self.missions()}
        self._append(Mission(mission_id_for(name, taken), name))
        self.name_edit.clear()
        self.name_edit.setFocus()
        self.changed.emit()

    def _on_row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
