"""A read-only table of records: whole-row selection, sorting, and the selected record's id."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTable(QTableView):
    """A table where each row is a record whose id its model returns under ``ID_ROLE``.

    Signals: ``activated_id(str)`` when a row is double-clicked or Enter is pressed;
    ``selection_changed()`` when the current record changes.
    """

    activated_id = Signal(str)
    selection_changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.activated.connect(self._on_activated)

    def setModel(self, model: QAbstractItemModel) -> None:
        """Set the model and follow its selection."""
        super().setModel(model)
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.selectionModel().selectionChanged.connect(self._on_current_changed)
        model.modelReset.connect(self.selection_changed)

    def current_id(self) -> str:
        """The id of the selected record, or ``""``."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return ""
        return str(index.siblingAtColumn(0).data(ID_ROLE) or "")

    def select_id(self, record_id: str) -> bool:
        """Select the row of this record, if shown."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                self.setCurrentIndex(index)
                self.selectRow(row)
                return True
        return False

    def _on_activated(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.activated_id.emit(record_id)

    def _on_current_changed(self) -> None:
        self.selection_changed.emit()
