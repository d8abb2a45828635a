"""Why the team chooses not to share, where the framework records every decision with its
reasons (the Caldicott principles): a reason from the policy's closed list, never words about the
item, which is not kept.

``NotShareReasonDialog.get(...)`` shows the dialog and returns the chosen reason's id, or None
when cancelled; tests build the dialog and read :meth:`NotShareReasonDialog.reason_id`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.core.policy import Policy
from desktop.ui.widgets.fields import ok_cancel_buttons


class NotShareReasonDialog(QDialog):
    """One radio button per reason of the policy; OK once one is chosen."""

    def __init__(self, policy: Policy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not share"))
        intro = QLabel(
            self.tr(
                "Every condition is met. Why does the team choose not to share? The reason is "
                "recorded; what the item says is not."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reasons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for reason in policy.not_shared_reasons:
            button = QRadioButton(reason.label.text(lang), self)
            button.setProperty("reason_id", reason.id)
            self.reasons.addButton(button)
            layout.addWidget(button)
        buttons = ok_cancel_buttons(self, on_ok=self._try_accept, ok_text=self.tr("Not share"))
        self.error = QLabel(self.tr("Choose a reason from the list."), self)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        first = self.reasons.buttons()[0] if self.reasons.buttons() else None
        if first is not None:
            first.setFocus()

    def reason_id(self) -> str:
        """The chosen reason's id, or ``""``."""
        button = self.reasons.checkedButton()
        return str(button.property("reason_id")) if button is not None else ""

    def _try_accept(self) -> None:
        self.error.setVisible(not self.reason_id())
        if self.reason_id():
            self.accept()

    @classmethod
    def get(cls, parent: QWidget | None, policy: Policy, lang: str) -> str | None:
        """Show the dialog; the chosen reason's id, or None when cancelled."""
        dialog = cls(policy, lang, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.reason_id()
            return None
        finally:
            dialog.deleteLater()
