"""Erase a person (their right to be forgotten): the team lead types the alias to confirm.

The dialog says what happens to the backups made before: they still hold the person until they
are replaced, and a restore applies the erasure to them again at once (so a backup does not undo
it). It can also replace them now with one backup made after the erasure. Minutes already saved
as PDF or printed are out of the app's reach: the dialog says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from desktop.ui.i18n import fill_in
from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.messages import FormMessage, make_plain

Erase = Callable[[str], ErasureReport]
ReplaceBackups = Callable[[], object]


class ErasePersonDialog(QDialog):
    """Says what will be erased; the Erase button works once the alias is typed exactly.

    The erasure rewrites the whole file (nothing erased may stay readable in it), so it runs off
    the GUI thread while the dialog says so. With ``backups`` (how many are kept) and
    ``replace_backups``, a box offers to replace them, after the erasure, with one made then.

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
        backups: int = 0,
        replace_backups: ReplaceBackups | None = None,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setWindowTitle(self.tr("Erase a person — Empty Chair"))
        self.setMinimumWidth(560)
        self.person = person
        self._erase = erase
        self._replace_backups = replace_backups
        self.report: ErasureReport | None = None
        text = self.tr(
            "This erases {alias} for good: the person, {consents} consent record(s) and "
            "{meetings} meeting(s) with everything minuted in them ({shared} shared item(s)). "
            "It cannot be undone. Minutes and copies already saved as PDF or printed are not "
            "reached: destroy them as your institution's rules say. The audit log keeps only "
            "that a person was erased, with these counts, never who. Type {alias} below to confirm."
        ).format(
            alias=person.alias,
            consents=counts.consents,
            meetings=counts.meetings,
            shared=counts.items.get("shared_items", 0),
        )
        self.summary = make_plain(QLabel(text))
        self.summary.setWordWrap(True)
        self.backups_note = make_plain(
            QLabel(
                fill_in(
                    self.tr(
                        "Backups made before now still hold {alias}'s data until they are "
                        "replaced (the newest 7 are kept, one a day). If one of them is ever "
                        "restored, this erasure is applied to it again at once: {alias} does not "
                        "come back."
                    ),
                    alias=person.alias,
                )
            )
        )
        self.backups_note.setWordWrap(True)
        self.replace_box = QCheckBox(
            self.tr("Also &replace the {count} kept backup(s) now").format(count=backups)
        )
        self.replace_note = make_plain(
            QLabel(
                self.tr(
                    "One backup made after the erasure takes their place: the older restore "
                    "points are then lost."
                )
            )
        )
        self.replace_note.setWordWrap(True)
        self.replace_note.setIndent(24)  # under the box's text, not its square
        offered = backups > 0 and replace_backups is not None
        self.replace_box.setVisible(offered)
        self.replace_note.setVisible(offered)
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
        self.work = BusyWork(
            self, (self.alias_edit, self.replace_box, buttons), self.busy_indicator
        )
        self.work.finished.connect(self.attemptFinished)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.backups_note)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.replace_note)
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
        backups: int = 0,
        replace_backups: ReplaceBackups | None = None,
        lang: str,
    ) -> ErasureReport | None:
        """Show the dialog; the erasure's report, or ``None`` if nothing was erased."""
        dialog = cls(
            parent,
            person=person,
            counts=counts,
            erase=erase,
            backups=backups,
            replace_backups=replace_backups,
            lang=lang,
        )
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
        replace = self._replace_backups if self.replace_box.isChecked() else None

        def work() -> tuple[ErasureReport, WorkspaceError | None]:
            report = erase(alias)
            try:
                if replace is not None:
                    replace()
            except WorkspaceError as error:  # erased all the same: say so, do not retry
                return report, error
            return report, None

        self.work.start(
            self.tr("Erasing and rewriting the file…"), work, self._erased, self._not_erased
        )

    def reject(self) -> None:
        """Close; while the erasure runs, once it has ended (it cannot be stopped halfway)."""
        if not self.work.close_when_done(lambda: QDialog.reject(self)):
            super().reject()

    def _erased(self, outcome: tuple[ErasureReport, WorkspaceError | None]) -> None:
        self.report, problem = outcome
        if problem is None:
            super().accept()
            return
        self.message.show_error(
            self.tr("{alias} was erased, but the backups were not replaced: {reason}").format(
                alias=self.person.alias, reason=describe_error(problem, self._lang)
            )
        )
        for control in (self.alias_edit, self.replace_box, self.erase_button):
            control.setEnabled(False)

    def _not_erased(self, error: WorkspaceError) -> None:
        self.message.show_error(describe_error(error, self._lang))
