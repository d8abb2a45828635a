"""The centre column: the current item and its timer, what was shared so far, and the gate.

The gate panel opens over the shared list (a stacked page) and closes when the session says the
draft closed, whatever closed it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.session import MeetingSession
from desktop.ui.console.console_models import SharedItemsModel, SharedRow
from desktop.ui.console.gate_panel import GatePanel
from desktop.ui.widgets.meeting_labels import nature_text


class CentrePanel(QWidget):
    """Current item, "Shared so far", "Considered, not shared: N", and the gate over them.

    Signals:
        proposeRequested(): the facilitator pressed "Propose a disclosure".
        deliberateRequested(): the facilitator pressed "Deliberate on a question".
    """

    proposeRequested = Signal()
    deliberateRequested = Signal()

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
        self.model = SharedItemsModel(self)
        self.view = QListView(overview)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Shared so far"))
        self.view.setStyleSheet("QListView::item { padding: 4px }")
        self.not_shared = QLabel(overview)
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
        propose_row = QHBoxLayout()
        propose_row.addStretch(1)
        propose_row.addWidget(self.propose_button)
        propose_row.addWidget(self.deliberate_button)
        propose_row.addStretch(1)
        inner = QVBoxLayout(overview)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(shared_heading)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.not_shared)
        inner.addLayout(propose_row)

        self.gate = gate
        self.stack = QStackedWidget(self)
        self.stack.addWidget(overview)
        self.stack.addWidget(gate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.refresh()

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
        self.model.set_rows(rows)
        self.not_shared.setText(
            self.tr("Considered, not shared: {n}").format(n=len(session.withheld))
        )
