"""Erase a person (their right to be forgotten): the team lead types the alias to confirm."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
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
from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.messages import FormMessage, make_plain

Erase = Callable[[str], ErasureReport]


class ErasePersonDialog(QDialog):
    """Says what will be erased; the Erase button works once the alias is typed exactly.

    The erasure rewrites the whole file (nothing erased may stay readable in it), so it runs off
    the GUI thread while the dialog says so.

    Signals: ``attemptFinished()`` after the erasure ended, whatever its outcome.
    """

    attemptFinished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        person: Person,
        counts: ErasureReport,
        erase: Erase,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
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
        self.busy_indicator = BusyIndicator()
        self.work = BusyWork(self, (self.alias_edit, buttons), self.busy_indicator)
        self.work.finished.connect(self.attemptFinished)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(buttons)
        self.alias_edit.setFocus()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        *,
        person: Person,
        counts: ErasureReport,
        erase: Erase,
        lang: str,
    ) -> ErasureReport | None:
        """Show the dialog; the erasure's report, or ``None`` if nothing was erased."""
        dialog = cls(parent, person=person, counts=counts, erase=erase, lang=lang)
        dialog.exec()
        report = dialog.report
        dialog.deleteLater()
        return report

    def _on_text(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self.person.alias.strip())

    def is_busy(self) -> bool:
        """The erasure is running."""
        return self.work.is_busy()

    def accept(self) -> None:
        """Erase off the GUI thread, once the alias matches."""
        if self.work.is_busy() or self.alias_edit.text().strip() != self.person.alias.strip():
            return
        self.message.clear_message()
        erase, alias = self._erase, self.alias_edit.text()
        self.work.start(
            self.tr("Erasing and rewriting the file…"),
            lambda: erase(alias),
            self._erased,
            self._not_erased,
        )

    def reject(self) -> None:
        """Close; while the erasure runs, once it has ended (it cannot be stopped halfway)."""
        if not self.work.close_when_done(lambda: QDialog.reject(self)):
            super().reject()

    def _erased(self, report: ErasureReport) -> None:
        self.report = report
        super().accept()

    def _not_erased(self, error: WorkspaceError) -> None:
        self.message.show_error(describe_error(error, self._lang))
