"""Closing a meeting: a summary of what was shared, not shared, decided; then close.

The dialog is not modal and never closes the session itself: it emits ``closeConfirmed`` and the
console closes the session, then calls :meth:`CloseSummaryDialog.set_closed`, after which the
dialog offers "Export minutes…" and "Back to the list".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Outcome
from desktop.core.session import MeetingSession
from desktop.ui.widgets.meeting_labels import SYMBOL_WARN, nature_text


class CloseSummaryDialog(QDialog):
    """What the meeting produced, before and after it is closed.

    Signals:
        closeConfirmed(): close the meeting now.
        exportRequested(): the facilitator wants the minutes (after closing).
        doneRequested(): back to the list of meetings (after closing).
    """

    closeConfirmed = Signal()
    exportRequested = Signal()
    doneRequested = Signal()

    def __init__(self, session: MeetingSession, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._lang = lang
        self.setWindowTitle(self.tr("Close the meeting"))
        self.heading = QLabel(self.tr("Before closing: what this meeting produced"), self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold")
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlainText(self.summary_text())
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(
            "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px"
        )
        if session.draft is not None:
            self.warning.setText(
                self.tr(
                    "{mark} An item is still under discussion: closing discards it, and nothing "
                    "of it is recorded."
                ).format(mark=SYMBOL_WARN)
            )
        self.warning.setVisible(session.draft is not None)
        self.close_button = QPushButton(self.tr("Close the meeting"), self)
        self.close_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Keep it open"), self)
        self.export_button = QPushButton(self.tr("Export minutes…"), self)
        self.done_button = QPushButton(self.tr("Back to the list"), self)
        self.export_button.hide()
        self.done_button.hide()
        self.close_button.clicked.connect(self.closeConfirmed)
        self.cancel_button.clicked.connect(self.reject)
        self.export_button.clicked.connect(self.exportRequested)
        self.done_button.clicked.connect(self._done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.close_button, self.done_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.resize(640, 480)

    def summary_text(self) -> str:
        """The summary in plain text: shared items, counts, decisions, actions."""
        session, lang = self._session, self._lang
        lines = [self.tr("Shared ({n}):").format(n=len(session.shared))]
        for item in session.shared:
            head = " · ".join(
                (
                    session.policy.category_name(item.category_id, lang),
                    nature_text(item.nature, item.statement_of),
                    session.professional(item.discloser_id).name,
                )
            )
            lines.append(f"  • {head}: “{item.wording}”")
        postponed = sum(1 for w in session.withheld if w.outcome is Outcome.POSTPONED)
        not_shared = len(session.withheld) - postponed
        lines.append("")
        lines.append(
            self.tr("Considered, not shared: {n} · postponed to ask the person first: {p}").format(
                n=not_shared, p=postponed
            )
        )
        lines.append(self.tr("(their content is not recorded)"))
        lines.append("")
        lines.append(self.tr("Decisions ({n}):").format(n=len(session.decisions)))
        lines += [f"  • {d.text}" for d in session.decisions]
        lines.append(self.tr("Actions ({n}):").format(n=len(session.actions)))
        for action in session.actions:
            who = session.professional(action.who).name
            due = f" — {action.due.isoformat()}" if action.due else ""
            lines.append(f"  • {who}: {action.what}{due}")
        return "\n".join(lines)

    def set_closed(self) -> None:
        """The meeting is closed: offer the minutes and the way back."""
        self.heading.setText(self.tr("The meeting is closed"))
        self.warning.hide()
        self.summary.setPlainText(self.summary_text())
        self.close_button.hide()
        self.cancel_button.hide()
        self.export_button.show()
        self.done_button.show()
        self.done_button.setDefault(True)
        self.export_button.setFocus()

    def _done(self) -> None:
        self.accept()
        self.doneRequested.emit()

    def reject(self) -> None:
        """Escape or "Keep it open"; once closed, the same as "Back to the list"."""
        if self.done_button.isVisible():
            self._done()
            return
        super().reject()
