"""The directory of professionals as a Qt table model, fed with rows (never database reads)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.entities import Mission, Professional
from desktop.ui.widgets.record_table import ID_ROLE
from desktop.ui.widgets.row_model import Index, RowTableModel

WARNING_COLOR = QColor("#b3261e")


class Column(IntEnum):
    """The directory table's columns."""

    NAME = 0
    ROLE = 1
    ORGANISATION = 2
    SECRECY = 3
    MISSIONS = 4
    ACTIVE = 5


def secrecy_problem(professional: Professional) -> bool:
    """True when this professional would fail the secrecy condition (not bound, or no basis)."""
    return not professional.bound_by_secrecy or not professional.secrecy_basis.strip()


class ProfessionalsModel(RowTableModel[Professional]):
    """One row per professional; who is not bound by secrecy, or has no basis, stands out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._missions: dict[str, str] = {}

    def set_rows(
        self, professionals: Iterable[Professional], missions: Iterable[Mission] = ()
    ) -> None:
        """Show these professionals; mission ids are shown by the names in ``missions``."""
        self.beginResetModel()
        self._rows = list(professionals)
        self._missions = {m.id: m.name for m in missions}
        self.endResetModel()

    def set_missions(self, missions: Iterable[Mission]) -> None:
        """New mission names: the Missions column changes, nothing else."""
        self._missions = {m.id: m.name for m in missions}
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, Column.MISSIONS), self.index(last, Column.MISSIONS))

    def professional(self, row: int) -> Professional | None:
        """The professional shown on ``row``."""
        return self.row_at(row)

    def titles(self) -> tuple[str, ...]:
        """One title per :class:`Column`, in its order."""
        return (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Organisation"),
            self.tr("Bound by secrecy"),
            self.tr("Missions"),
            self.tr("Active"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, the sort key, the warning colour and the professional's id."""
        professional = self.row_of(index)
        if professional is None:
            return None
        column = Column(index.column())
        if role == ID_ROLE:
            return professional.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(professional, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.SECRECY and secrecy_problem(professional):
                return QBrush(WARNING_COLOR)
            if not professional.active:
                return QBrush(QColor("#6b6b6b"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.SECRECY:
            return self._text(professional, column)
        return None

    def _text(self, professional: Professional, column: Column) -> str:
        if column is Column.NAME:
            return professional.name
        if column is Column.ROLE:
            return professional.role
        if column is Column.ORGANISATION:
            return professional.organisation
        if column is Column.SECRECY:
            if not professional.bound_by_secrecy:
                return self.tr("✗ Not bound")
            basis = professional.secrecy_basis.strip()
            return self.tr("✓ {basis}").format(basis=basis) if basis else self.tr("⚠ No basis")
        if column is Column.MISSIONS:
            names = sorted(self._missions.get(m, m) for m in professional.missions)
            return ", ".join(names) if names else self.tr("none")
        return self.tr("Yes") if professional.active else self.tr("No")


class DirectoryFilter(QSortFilterProxyModel):
    """Sorts the directory and keeps rows whose text contains the filter (any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
