"""Correcting a shared item before the meeting closes: its wording corrected, or the item
withdrawn. Either is asked by the one who shared it or by the facilitator, and the dialog says
who (the audit log records it, never the words).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.fields import action_cancel_buttons

WARNING_STYLE = "background: #fff4e5; color: #5c3b00; border: 1px solid #e0a040; padding: 6px"


@dataclass(frozen=True, slots=True)
class CorrectionChoice:
    """Who asked for the correction (a professional id) and, for a correction, the new
    wording."""

    by: str
    wording: str = ""


class CorrectionDialog(QDialog):
    """The wording to correct (or the item to withdraw, when ``withdraw``), and who asks."""

    def __init__(
        self,
        *,
        withdraw: bool,
        heading: str,
        wording: str,
        askers: list[tuple[str, str]],
        default_by: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._withdraw = withdraw
        self._before = wording.strip()
        self.setWindowTitle(
            self.tr("Withdraw a shared item") if withdraw else self.tr("Correct the wording")
        )
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.wording = QPlainTextEdit(self)
        self.wording.setPlainText(wording)
        self.wording.setTabChangesFocus(True)
        self.wording.setAccessibleName(self.tr("Wording to minute"))
        self.wording.setReadOnly(withdraw)
        self.wording.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.by = QComboBox(self)
        self.by.setAccessibleName(self.tr("Asked by"))
        for professional_id, label in askers:
            self.by.addItem(label, professional_id)
        self.by.setCurrentIndex(max(0, self.by.findData(default_by)))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        if withdraw:
            self.note.setText(
                self.tr(
                    "The item becomes “not shared”: its wording and answers are erased from the "
                    "workspace and will be in no minutes. Decisions and actions that rest on it no "
                    "longer do. The audit log keeps only that it was withdrawn, by whom and when."
                )
            )
            self.note.setStyleSheet(WARNING_STYLE)
        else:
            self.note.setText(
                self.tr(
                    "The corrected wording replaces the earlier one, which is not kept. The audit "
                    "log keeps that a correction was made, by whom and when, never the words."
                )
            )
            self.note.setStyleSheet("color: #5f6368")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        action = self.tr("&Withdraw the item") if withdraw else self.tr("&Correct")
        self.buttons, self.action_button = action_cancel_buttons(self, action)
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self._try_accept)
        form = QFormLayout()
        form.addRow(self.tr("&Wording"), self.wording)
        form.addRow(self.tr("Asked &by"), self.by)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        if withdraw:
            self.by.setFocus()
        else:
            self.wording.setFocus()
            cursor = self.wording.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.wording.setTextCursor(cursor)

    def choice(self) -> CorrectionChoice | None:
        """What was chosen, or None with the reason shown."""
        wording = self.wording.toPlainText().strip()
        problem = ""
        if not self._withdraw and not wording:
            problem = self.tr("The wording is empty: to erase the item, withdraw it instead.")
        elif not self._withdraw and wording == self._before:
            problem = self.tr("The wording is unchanged.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            return None
        return CorrectionChoice(self.by.currentData(), "" if self._withdraw else wording)

    def _try_accept(self) -> None:
        if self.choice() is not None:
            self.accept()

    @classmethod
    def get(
        cls,
        parent: QWidget | None,
        *,
        withdraw: bool,
        heading: str,
        wording: str,
        askers: list[tuple[str, str]],
        default_by: str,
    ) -> CorrectionChoice | None:
        """Show the dialog; the choice, or None when cancelled."""
        dialog = cls(
            withdraw=withdraw,
            heading=heading,
            wording=wording,
            askers=askers,
            default_by=default_by,
            parent=parent,
        )
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
