"""Who gets which copy of the minutes, shown in the export dialog before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.minutes import FULL_RECORD, PlannedCopy, item_ref
from desktop.ui.widgets.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex


class CopiesModel(RowTableModel[PlannedCopy]):
    """One row per document of a per-recipient export: who it is for and which items it holds."""

    def __init__(self, facilitator: str, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facilitator = facilitator
        self._lang = lang

    def titles(self) -> tuple[str, ...]:
        """Who, and what their copy holds."""
        return (self.tr("Copy for"), self.tr("Holds"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        """The two cells, as text (also the tooltip: names and lists can be long)."""
        planned = self.row_of(index)
        if planned is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if index.column() == 0:
            if planned.kind == FULL_RECORD:
                return self.tr("Full record — {name} (the file)").format(name=self._facilitator)
            return planned.recipient_label
        return self.holds(planned)

    def holds(self, planned: PlannedCopy) -> str:
        """What one document holds, in words."""
        # The numbers the minutes print: S1, S2 (I1, I2 in French), apart from the agenda's.
        numbers = ", ".join(item_ref(n, self._lang) for n in planned.item_numbers)
        if planned.kind == FULL_RECORD:
            if not planned.item_numbers:
                return self.tr("every item (none was shared), with who received it")
            return self.tr("every item ({numbers}), with who received it").format(numbers=numbers)
        if not planned.bound:
            return self.tr("no item: not bound by secrecy (decisions and actions only)")
        if not planned.item_numbers:
            return self.tr("no item shared with them (decisions and actions only)")
        return numbers
