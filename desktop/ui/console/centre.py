"""The centre column: the current item and its timer, what was shared so far, and the gate.

The gate panel opens over the shared list (a stacked page) and closes when the session says the
draft closed, whatever closed it. Until the meeting closes, a shared item can be corrected (its
wording: F2) or withdrawn (Del), asked by the one who shared it or by the facilitator. A toggle
beside the list puts the wording of shared items on the shared screen for this meeting (off by
default: the room sees their category and who shared them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import MeetingState, SharedItem
from desktop.core.session import MeetingSession, SessionError
from desktop.ui.console.console_models import ID_ROLE, SharedItemsModel, SharedRow
from desktop.ui.console.corrections import CorrectionChoice, CorrectionDialog
from desktop.ui.console.gate_panel import GatePanel
from desktop.ui.widgets.meeting_labels import nature_text


class CentrePanel(QWidget):
    """Current item, "Shared so far", "Considered, not shared: N", and the gate over them.

    Signals:
        proposeRequested(): the facilitator pressed "Propose a disclosure".
        deliberateRequested(): the facilitator pressed "Deliberate on a question".
        problem(str): the session refused a correction; the sentence to show.
    """

    proposeRequested = Signal()
    deliberateRequested = Signal()
    problem = Signal(str)

    def __init__(
        self, session: MeetingSession, gate: GatePanel, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._lang = lang
        self.item_title = QLabel(self)
        self.item_title.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.item_title.setTextFormat(Qt.TextFormat.PlainText)
        self.item_timer = QLabel(self)
        self.item_timer.setStyleSheet("font-size: 13pt")
        self.item_timer.setAccessibleName(self.tr("Time on this item"))
        header = QHBoxLayout()
        header.addWidget(self.item_title, 1)
        header.addWidget(self.item_timer)

        overview = QWidget(self)
        shared_heading = QLabel(self.tr("Shared so far"), overview)
        shared_heading.setStyleSheet("font-weight: bold")
        # The facilitator's choice for this meeting (DESIGN.md §5): the session records it, so
        # it survives a resume; the shared screen follows the session's event.
        self.show_wording = QCheckBox(self.tr("Show the wording on the shared screen"), overview)
        self.show_wording.setToolTip(
            self.tr(
                "The room then reads the wording of the items shared. Drafts and items not "
                "shared never show."
            )
        )
        self.show_wording.toggled.connect(self._show_wording_toggled)
        heading_row = QHBoxLayout()
        heading_row.addWidget(shared_heading, 0, Qt.AlignmentFlag.AlignTop)
        heading_row.addSpacing(12)
        heading_row.addWidget(self.show_wording, 1)
        self.model = SharedItemsModel(self)
        self.view = QListView(overview)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Shared so far"))
        self.view.setStyleSheet("QListView::item { padding: 4px }")
        self.not_shared = QLabel(overview)
        # Corrections before the meeting closes: the same actions serve buttons and keys.
        self.correct_action = self._list_action(self.tr("Correct the wording…"), "F2")
        self.correct_action.triggered.connect(self.correct_selected)
        self.withdraw_action = self._list_action(self.tr("Withdraw…"), "Del")
        self.withdraw_action.triggered.connect(self.withdraw_selected)
        self.correct_button = QPushButton(self.tr("Correct the wording…  F2"), overview)
        self.correct_button.setAccessibleName(self.tr("Correct the wording of the shared item"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.withdraw_button = QPushButton(self.tr("Withdraw…  Del"), overview)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the shared item"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        # The count on a line of its own: beside the shared screen's preview (a 1366-pixel
        # laptop) the column is too narrow for it and the two buttons, and it was cut.
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.correct_button)
        under.addWidget(self.withdraw_button)
        self.view.selectionModel().currentChanged.connect(self._update_corrections)
        self.propose_button = QPushButton(self.tr("Propose a disclosure  Ctrl+D"), overview)
        self.propose_button.setAccessibleName(self.tr("Propose a disclosure"))
        self.propose_button.setMinimumHeight(40)
        self.propose_button.setStyleSheet("font-size: 12pt; padding: 6px 24px")
        self.propose_button.clicked.connect(self.proposeRequested)
        # When the team disagrees on what to do: a structured deliberation (issue 15).
        self.deliberate_button = QPushButton(self.tr("Deliberate…  Ctrl+E"), overview)
        self.deliberate_button.setAccessibleName(self.tr("Deliberate on a question"))
        self.deliberate_button.setMinimumHeight(40)
        self.deliberate_button.clicked.connect(self.deliberateRequested)
        # Side by side, centred; in a column too narrow for both (beside the shared screen's
        # preview, in Dutch), one under the other rather than both cut (see _place_buttons).
        self._propose_grid = QGridLayout()
        self._propose_grid.setColumnStretch(0, 1)
        self._propose_grid.setColumnStretch(3, 1)
        self._propose_grid.addWidget(self.propose_button, 0, 1)
        self._propose_grid.addWidget(self.deliberate_button, 0, 2)
        inner = QVBoxLayout(overview)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(heading_row)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.not_shared)
        inner.addLayout(under)
        inner.addLayout(self._propose_grid)

        self.gate = gate
        self.stack = QStackedWidget(self)
        self.stack.addWidget(overview)
        self.stack.addWidget(gate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.refresh()

    def _list_action(self, text: str, key: str) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # only on the list
        self.view.addAction(action)
        return action

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Place the two buttons for the new width."""
        super().resizeEvent(event)
        self._place_buttons()

    def _place_buttons(self) -> None:
        grid, deliberate = self._propose_grid, self.deliberate_button
        need = self.propose_button.sizeHint().width() + grid.horizontalSpacing()
        need += deliberate.sizeHint().width()
        row, column = (0, 2) if self.width() >= need else (1, 1)
        index = grid.indexOf(deliberate)
        if grid.getItemPosition(index)[:2] != (row, column):
            grid.removeWidget(deliberate)
            grid.addWidget(deliberate, row, column)

    def gate_is_open(self) -> bool:
        """The gate panel is the visible page."""
        return self.stack.currentWidget() is self.gate

    def show_gate(self) -> None:
        """Put the gate over the shared list."""
        self.stack.setCurrentWidget(self.gate)

    def hide_gate(self) -> None:
        """Back to the shared list."""
        self.stack.setCurrentIndex(0)
        self.propose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_item(self, title: str, timer: str, overtime: bool = False) -> None:
        """The current agenda item and its timer (in red, with the overtime, past its box)."""
        self.item_title.setText(title or self.tr("No agenda item yet"))
        self.item_timer.setText(timer)
        colour = "color: #b3261e; " if overtime else ""
        self.item_timer.setStyleSheet(colour + "font-size: 13pt")

    def refresh(self, _event: object = None) -> None:
        """Redraw what was shared and the neutral count of what was not."""
        session, lang = self._session, self._lang
        rows = []
        for item in session.shared:
            category = session.policy.category(item.category_id)
            rows.append(
                SharedRow(
                    item.id,
                    session.policy.category_name(item.category_id, lang),
                    bool(category and category.special),
                    nature_text(item.nature, item.statement_of),
                    session.professional(item.discloser_id).name,
                    item.wording,
                )
            )
        current = self.selected_id()
        self.model.set_rows(rows)
        self.not_shared.setText(
            self.tr("Considered, not shared: {n}").format(n=len(session.withheld))
        )
        row = next((i for i, r in enumerate(rows) if r.item_id == current), len(rows) - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self._update_corrections()
        self.show_wording.blockSignals(True)
        self.show_wording.setChecked(session.meeting.show_wording_on_shared_screen)
        self.show_wording.blockSignals(False)
        self.show_wording.setEnabled(session.meeting.state is not MeetingState.CLOSED)

    def _show_wording_toggled(self, on: bool) -> None:
        try:
            self._session.set_show_wording(on)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
        self.refresh()  # the box shows what the session holds

    # --- Corrections -----------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The shared item under the cursor."""
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _selected(self) -> SharedItem | None:
        item_id = self.selected_id()
        return next((i for i in self._session.shared if i.id == item_id), None)

    def _update_corrections(self, *_args: object) -> None:
        open_ = self._session.meeting.state is MeetingState.OPEN
        allowed = open_ and self._selected() is not None
        for widget in (
            self.correct_action,
            self.withdraw_action,
            self.correct_button,
            self.withdraw_button,
        ):
            widget.setEnabled(allowed)

    def _askers(self, item: SharedItem) -> list[tuple[str, str]]:
        """Who may ask for a correction: the one who shared the item, and the facilitator."""
        session = self._session
        ids = list(dict.fromkeys((item.discloser_id, session.meeting.facilitator_id)))
        return [(pid, session.professional(pid).label()) for pid in ids if self._known(pid)]

    def _known(self, professional_id: str) -> bool:
        try:
            self._session.professional(professional_id)
        except KeyError:
            return False
        return True

    def _ask(self, item: SharedItem, withdraw: bool) -> CorrectionChoice | None:
        session, lang = self._session, self._lang
        heading = " · ".join(
            (
                session.policy.category_name(item.category_id, lang),
                nature_text(item.nature, item.statement_of),
                session.professional(item.discloser_id).name,
            )
        )
        return self.ask_correction(
            withdraw=withdraw,
            heading=heading,
            wording=item.wording,
            askers=self._askers(item),
            default_by=session.meeting.facilitator_id,
        )

    def ask_correction(self, **options: object) -> CorrectionChoice | None:
        """Show the correction (or withdrawal) dialog; tests replace this."""
        return CorrectionDialog.get(self, **options)  # type: ignore[arg-type]

    def correct_selected(self) -> None:
        """Correct the wording of the selected shared item (F2)."""
        item = self._selected()
        if item is None or self._session.meeting.state is not MeetingState.OPEN:
            return
        choice = self._ask(item, withdraw=False)
        if choice is not None:
            self._apply(lambda: self._session.correct_wording(item.id, choice.wording, choice.by))

    def withdraw_selected(self) -> None:
        """Withdraw the selected shared item (Del): it becomes not shared, its words erased."""
        item = self._selected()
        if item is None or self._session.meeting.state is not MeetingState.OPEN:
            return
        choice = self._ask(item, withdraw=True)
        if choice is not None:
            self._apply(lambda: self._session.withdraw(item.id, choice.by))

    def _apply(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
