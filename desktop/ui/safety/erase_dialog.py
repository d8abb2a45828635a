"""Erase a person (their right to be forgotten): the team lead types the alias to confirm."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Person
from desktop.storage.errors import WorkspaceError
from desktop.storage.maintenance import ErasureReport
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.messages import FormMessage, make_plain

Erase = Callable[[str], ErasureReport]


class ErasePersonDialog(QDialog):
    """Says what will be erased; the Erase button works once the alias is typed exactly."""

    def __init__(
        self, parent: QWidget | None, *, person: Person, counts: ErasureReport, erase: Erase
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a person — Empty Chair"))
        self.person = person
        self._erase = erase
        self.report: ErasureReport | None = None
        text = self.tr(
            "This erases {alias} for good: the person, {consents} consent record(s) and "
            "{meetings} meeting(s) with everything minuted in them ({shared} shared item(s)). "
            "It cannot be undone, except from a backup made before. The audit log keeps only "
            "that a person was erased, with these counts, never who. Type {alias} below to confirm."
        ).format(
            alias=person.alias,
            consents=counts.consents,
            meetings=counts.meetings,
            shared=counts.items.get("shared_items", 0),
        )
        self.summary = make_plain(QLabel(text))
        self.summary.setWordWrap(True)
        self.alias_edit = line_edit(self.tr("Alias, to confirm"))
        self.message = FormMessage()
        form = QFormLayout()
        form.addRow(self.tr("&Alias, to confirm:"), self.alias_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.alias_edit.textChanged.connect(self._on_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.alias_edit.setFocus()

    @classmethod
    def run(
        cls, parent: QWidget | None, *, person: Person, counts: ErasureReport, erase: Erase
    ) -> ErasureReport | None:
        """Show the dialog; the erasure's report, or ``None`` if nothing was erased."""
        dialog = cls(parent, person=person, counts=counts, erase=erase)
        dialog.exec()
        report = dialog.report
        dialog.deleteLater()
        return report

    def _on_text(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self.person.alias.strip())

    def accept(self) -> None:
        """Erase, once the alias matches."""
        if self.alias_edit.text().strip() != self.person.alias.strip():
            return
        try:
            self.report = self._erase(self.alias_edit.text())
        except WorkspaceError as error:
            self.message.show_error(error.message)
            return
        super().accept()
