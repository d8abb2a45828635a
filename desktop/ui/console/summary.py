"""Closing a meeting: a summary of what was shared, not shared, decided; then close.

The dialog is not modal and never closes the session itself: it emits ``closeConfirmed`` and the
console closes the session, then calls :meth:`CloseSummaryDialog.set_closed`, after which the
dialog offers "Export minutes…" and "Back to the list".

The summary reads like a page: headings, indented lists, a section only when it has something
to say, the language's own quotation marks; and agenda items never reached are named before the
meeting is closed. Every text typed in the meeting is escaped: it is shown, never interpreted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Action, MeetingState, Outcome
from desktop.core.session import MeetingSession
from desktop.core.text import format_date
from desktop.ui.widgets.meeting_labels import SYMBOL_WARN, nature_text

WARNING_STYLE = "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px"
PAGE_STYLE = (
    "h3 { margin-top: 10px; margin-bottom: 2px; }"
    " ul { margin-top: 0px; margin-bottom: 4px; }"
    " li { margin-bottom: 3px; }"
    " .muted { color: #5f6368; }"
)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


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
        self.summary = QTextBrowser(self)
        self.summary.setOpenLinks(False)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.document().setDefaultStyleSheet(PAGE_STYLE)
        self.summary.setHtml(self.summary_html())
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet(WARNING_STYLE)
        self._show_warnings()
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
        self.resize(640, 520)

    # --- The summary -----------------------------------------------------------------------------

    def _quoted(self, text: str) -> str:
        if self._lang == "fr":
            return f"« {text} »"
        return f"“{text}”"

    def not_reached(self) -> list[str]:
        """The agenda items the meeting never got to, as ``3. Housing``."""
        session = self._session
        return [
            f"{number}. {item.title}"
            for number, item in enumerate(session.meeting.agenda, start=1)
            if number - 1 > session.agenda_index
        ]

    def _who(self, action: Action) -> str:
        if action.who:
            return self._session.professional(action.who).name
        return action.who_name

    def summary_html(self) -> str:
        """The summary as a small page: shared items, what was not, decisions, actions."""
        session, lang = self._session, self._lang
        parts: list[str] = []
        shared = session.shared
        # Each text is translated outside the f-strings: lupdate does not look inside them.
        title = self.tr("Shared ({n})").format(n=len(shared))
        parts.append(f"<h3>{_e(title)}</h3>")
        if shared:
            items = []
            for item in shared:
                head = " · ".join(
                    (
                        session.policy.category_name(item.category_id, lang),
                        nature_text(item.nature, item.statement_of),
                        session.professional(item.discloser_id).name,
                    )
                )
                items.append(f"<li><b>{_e(head)}</b><br/>{_e(self._quoted(item.wording))}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            nothing = self.tr("Nothing was shared.")
            parts.append(f"<p class='muted'>{_e(nothing)}</p>")

        postponed = sum(1 for w in session.withheld if w.outcome is Outcome.POSTPONED)
        not_shared = len(session.withheld) - postponed
        if session.withheld:
            title = self.tr("Considered, not shared")
            parts.append(f"<h3>{_e(title)}</h3><ul>")
            if not_shared:
                line = self.tr("Not shared: {n}").format(n=not_shared)
                parts.append(f"<li>{_e(line)}</li>")
            if postponed:
                line = self.tr("Postponed to ask the person first: {n}").format(n=postponed)
                parts.append(f"<li>{_e(line)}</li>")
            parts.append("</ul>")
            note = self.tr("Their content is not recorded.")
            parts.append(f"<p class='muted'>{_e(note)}</p>")

        if session.decisions:
            title = self.tr("Decisions ({n})").format(n=len(session.decisions))
            parts.append(f"<h3>{_e(title)}</h3><ul>")
            parts += [f"<li>{_e(d.text)}</li>" for d in session.decisions]
            parts.append("</ul>")
        if session.actions:
            title = self.tr("Actions ({n})").format(n=len(session.actions))
            parts.append(f"<h3>{_e(title)}</h3><ul>")
            for action in session.actions:
                line = f"<b>{_e(self._who(action))}</b> — {_e(action.what)}"
                if action.due:
                    due = self.tr("by {date}").format(date=format_date(action.due, lang))
                    line += f" <span class='muted'>({_e(due)})</span>"
                parts.append(f"<li>{line}</li>")
            parts.append("</ul>")
        if not session.decisions and not session.actions:
            title = self.tr("Decisions and actions")
            parts.append(f"<h3>{_e(title)}</h3>")
            none = self.tr("No decision or action was recorded.")
            parts.append(f"<p class='muted'>{_e(none)}</p>")
        return "".join(parts)

    def summary_text(self) -> str:
        """The summary as plain text (what a screen reader and the tests read)."""
        return self.summary.toPlainText()

    def _show_warnings(self) -> None:
        session = self._session
        lines = []
        if session.meeting.state is MeetingState.OPEN:
            if session.draft is not None:
                lines.append(
                    self.tr(
                        "{mark} An item is still under discussion: closing discards it, and "
                        "nothing of it is recorded."
                    ).format(mark=SYMBOL_WARN)
                )
            if session.deliberation is not None:
                lines.append(
                    self.tr(
                        "{mark} A deliberation is still open: closing ends it and keeps nothing "
                        "of it. Conclude it first if the team reached a conclusion."
                    ).format(mark=SYMBOL_WARN)
                )
            missed = self.not_reached()
            if missed:
                lines.append(
                    self.tr("{mark} Agenda items not reached: {items}.").format(
                        mark=SYMBOL_WARN, items="; ".join(missed)
                    )
                )
        self.warning.setText("\n".join(lines))
        self.warning.setAccessibleName(self.warning.text())
        self.warning.setVisible(bool(lines))

    # --- After closing ---------------------------------------------------------------------------

    def set_closed(self) -> None:
        """The meeting is closed: offer the minutes and the way back."""
        self.heading.setText(self.tr("The meeting is closed"))
        self.warning.hide()
        self.summary.setHtml(self.summary_html())
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
