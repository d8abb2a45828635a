"""The Directory section: the table of professionals, a filter, and what can be done to them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Mission, Professional
from desktop.ui.directory.directory_model import (
    Column,
    DirectoryFilter,
    ProfessionalsModel,
    secrecy_problem,
)
from desktop.ui.widgets.empty_state import EmptyOr, EmptyState
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.record_table import RecordTable


class DirectoryView(QWidget):
    """Shows the directory; never writes it.

    Signals:
        addRequested(): the user wants to add a professional.
        editRequested(str): edit the professional with this id.
        activeChangeRequested(str, bool): deactivate (False) or reactivate (True) one.
        importRequested(): import professionals from a CSV file.
    """

    addRequested = Signal()
    editRequested = Signal(str)
    activeChangeRequested = Signal(str, bool)
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProfessionalsModel(self)
        self.proxy = DirectoryFilter(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Directory of professionals"))
        title.setObjectName("sectionTitle")
        self.filter_edit = line_edit(
            self.tr("Filter the directory"), self.tr("Filter by name, role, organisation…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)

        self.table = RecordTable(self.tr("Professionals"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        # Short columns as wide as their contents (and headers), the two long ones share the
        # rest: the table fits the window, headers whole, with no horizontal scrolling.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (Column.SECRECY, Column.MISSIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated_id.connect(self.editRequested)
        self.table.selection_changed.connect(self._update_buttons)

        self.empty = EmptyState(
            self.tr(
                "No professional in the directory yet. Add the members of your team and the "
                "partners who may attend, with their secrecy basis and missions, or import "
                "them from a spreadsheet."
            )
        )
        self.empty.add_button(self.tr("Add a professional…")).clicked.connect(self.addRequested)
        self.empty.add_button(self.tr("Import from a spreadsheet…")).clicked.connect(
            self.importRequested
        )
        self.table_or_empty = EmptyOr(self.table, self.empty)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.import_button = QPushButton(self.tr("&Import from CSV…"))
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self._edit_current)
        self.active_button.clicked.connect(self._toggle_current)
        self.import_button.clicked.connect(self.importRequested)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.filter_edit, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table_or_empty, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_rows(self, professionals: Iterable[Professional], missions: Iterable[Mission]) -> None:
        """Show these professionals, keeping the selection when possible."""
        selected = self.table.current_id()
        self.model.set_rows(professionals, missions)
        if selected:
            self.table.select_id(selected)
        self._summarise()

    def professionals_saved(self, professionals: Iterable[Professional]) -> None:
        """These professionals were added or changed: their rows only change; the last one is
        selected."""
        last = ""
        for professional in professionals:
            self.model.upsert(professional)
            last = professional.id
        # A row added or changed does not widen the columns sized to their contents by
        # itself: without this, a longer name stayed cut ("Sam Peet…") until the next refresh.
        self.table.horizontalHeader().resizeSections()
        if last:
            self.table.select_id(last)
        self._summarise()

    def set_missions(self, missions: Iterable[Mission]) -> None:
        """The missions were renamed: the Missions column says their new names."""
        self.model.set_missions(missions)

    def _summarise(self) -> None:
        rows = self.model.rows()
        self.table_or_empty.set_empty(not rows)
        active = [p for p in rows if p.active]
        unbound = sum(1 for p in active if secrecy_problem(p))
        text = self.tr("%n active professional(s).", "", len(active))
        if unbound:
            text += " " + self.tr(
                "%n of them not bound by professional secrecy or without a recorded basis: "
                "asked to step out when confidential items are shared.",
                "",
                unbound,
            )
        self.summary.setText(text)
        self._update_buttons()

    def current_professional(self) -> Professional | None:
        """The selected professional."""
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.professional(index.row()) if self.table.current_id() else None

    def _update_buttons(self) -> None:
        professional = self.current_professional()
        self.edit_button.setEnabled(professional is not None)
        self.active_button.setEnabled(professional is not None)
        if professional is not None and not professional.active:
            self.active_button.setText(self.tr("Re&activate"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))

    def _edit_current(self) -> None:
        professional = self.current_professional()
        if professional is not None:
            self.editRequested.emit(professional.id)

    def _toggle_current(self) -> None:
        professional = self.current_professional()
        if professional is not None:
            self.activeChangeRequested.emit(professional.id, not professional.active)
