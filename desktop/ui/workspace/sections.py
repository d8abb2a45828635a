"""What the Directory and People views' requests do to the workspace.

Views only emit ``…Requested`` signals; a section answers them: it shows the dialog, writes the
result in one workspace call, and hands fresh rows back to its view. A known storage error (disk
full, read-only) is shown in plain words and nothing half-written remains.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.directory_import import ImportPreview, preview_import
from desktop.storage.errors import WorkspaceError
from desktop.ui.workspace.consent_dialog import ConsentDialog
from desktop.ui.workspace.directory_view import DirectoryView
from desktop.ui.workspace.errors import describe_error
from desktop.ui.workspace.import_dialog import ImportPreviewDialog
from desktop.ui.workspace.people_models import ScopeNames
from desktop.ui.workspace.people_view import PeopleView
from desktop.ui.workspace.person_dialog import PersonDialog
from desktop.ui.workspace.professional_dialog import ProfessionalDialog


class Section(QObject):
    """Answers one view's requests against the workspace.

    Signals: ``dataChanged()`` after a successful write, so other views can refresh.
    """

    dataChanged = Signal()

    def __init__(self, workspace: Any, window: QWidget, lang: str) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.lang = lang

    def write(self, action: Callable[[], object]) -> bool:
        """Run one workspace write; on a known error tell the user and return ``False``."""
        try:
            action()
        except WorkspaceError as error:
            # Named context: in a subclass, self.tr() would look in the subclass's context.
            title = QCoreApplication.translate("Section", "Not saved")
            QMessageBox.warning(self.window, title, describe_error(error))
            return False
        self.refresh()
        self.dataChanged.emit()
        return True

    def refresh(self) -> None:
        """Hand the view fresh rows."""


class DirectorySection(Section):
    """Add, edit, (de)activate and import professionals."""

    def __init__(self, workspace: Any, view: DirectoryView, window: QWidget, lang: str) -> None:
        super().__init__(workspace, window, lang)
        self.view = view
        view.addRequested.connect(self.add)
        view.editRequested.connect(self.edit)
        view.activeChangeRequested.connect(self.set_active)
        view.importRequested.connect(self.choose_import_file)

    def refresh(self) -> None:
        """Show the whole directory, inactive entries included."""
        settings = self.workspace.settings()
        self.view.set_rows(self.workspace.professionals(include_inactive=True), settings.missions)

    def _find(self, professional_id: str) -> Any:
        return next((p for p in self.workspace.professionals() if p.id == professional_id), None)

    def add(self) -> None:
        """Ask for a new professional and save them."""
        professional = ProfessionalDialog.edit(
            self.window, missions=self.workspace.settings().missions
        )
        if professional is not None:
            self.write(lambda: self.workspace.save_professional(professional))

    def edit(self, professional_id: str) -> None:
        """Edit a professional and save the change."""
        current = self._find(professional_id)
        if current is None:
            return
        edited = ProfessionalDialog.edit(
            self.window, missions=self.workspace.settings().missions, professional=current
        )
        if edited is not None and edited != current:
            self.write(lambda: self.workspace.save_professional(edited))

    def set_active(self, professional_id: str, active: bool) -> None:
        """Deactivate (never delete: past meetings name them) or reactivate a professional."""
        current = self._find(professional_id)
        if current is not None and current.active != active:
            changed = dataclasses.replace(current, active=active)
            self.write(lambda: self.workspace.save_professional(changed))

    def choose_import_file(self) -> None:
        """Ask for a CSV file, then preview and import it."""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import professionals from a CSV file"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def preview(self, data: bytes) -> ImportPreview:
        """Classify a file's rows against the directory and the institution's missions."""
        return preview_import(
            data,
            directory=self.workspace.professionals(include_inactive=True),
            missions=self.workspace.settings().missions,
        )

    def import_file(self, path: Path) -> int:
        """Preview ``path``; if the user agrees, add its new rows in one transaction.

        Returns how many professionals were added.
        """
        try:
            data = path.read_bytes()
        except OSError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Cannot read the file"),
                self.tr("{file} cannot be read: {reason}").format(
                    file=path.name, reason=error.strerror or str(error)
                ),
            )
            return 0
        preview = self.preview(data)
        if not ImportPreviewDialog.review(self.window, preview, path.name):
            return 0
        rows = list(preview.to_add())
        return len(rows) if self.write(lambda: self.workspace.save_professionals(rows)) else 0


class PeopleSection(Section):
    """Add and edit persons concerned; record and revoke their consents."""

    def __init__(self, workspace: Any, view: PeopleView, window: QWidget, lang: str) -> None:
        super().__init__(workspace, window, lang)
        self.view = view
        view.addPersonRequested.connect(self.add_person)
        view.editPersonRequested.connect(self.edit_person)
        view.currentPersonChanged.connect(self.show_consents)
        view.addConsentRequested.connect(self.add_consent)
        view.revokeConsentRequested.connect(self.revoke_consent)

    def refresh(self) -> None:
        """Show every person, and the selected one's consents."""
        self.view.set_rows(self.workspace.persons())
        self.show_consents(self.view.current_person_id())

    def scope_names(self) -> ScopeNames:
        """Words for consent scopes: policy categories, missions, professionals."""
        settings = self.workspace.settings()
        return ScopeNames(
            policy=self.workspace.policy(),
            lang=self.lang,
            missions={m.id: m.name for m in settings.missions},
            professionals={p.id: p.name for p in self.workspace.professionals()},
        )

    def show_consents(self, person_id: str) -> None:
        """Hand the view the consent records of this person."""
        records = self.workspace.consents(person_id) if person_id else []
        self.view.set_consents(records, self.scope_names())

    def _person(self, person_id: str) -> Any:
        return next((p for p in self.workspace.persons() if p.id == person_id), None)

    def add_person(self) -> None:
        """Ask for a new person concerned and save them."""
        person = PersonDialog.edit(self.window)
        if person is not None and self.write(lambda: self.workspace.save_person(person)):
            self.view.persons_table.select_id(person.id)

    def edit_person(self, person_id: str) -> None:
        """Edit a person and save the change."""
        current = self._person(person_id)
        if current is None:
            return
        edited = PersonDialog.edit(self.window, person=current)
        if edited is not None and edited != current:
            self.write(lambda: self.workspace.save_person(edited))

    def add_consent(self, person_id: str) -> None:
        """Record a consent, refusal, or impossibility for this person."""
        person = self._person(person_id)
        if person is None:
            return
        record = ConsentDialog.record(
            self.window,
            person=person,
            policy=self.workspace.policy(),
            missions=self.workspace.settings().missions,
            professionals=tuple(self.workspace.professionals(include_inactive=False)),
            lang=self.lang,
        )
        if record is not None:
            self.write(lambda: self.workspace.save_consent(record))

    def revoke_consent(self, record_id: str, today: dt.date | None = None) -> None:
        """Revoke a consent record from today; it is kept, never deleted."""
        person_id = self.view.current_person_id()
        record = next((r for r in self.workspace.consents(person_id) if r.id == record_id), None)
        if record is None or record.revoked_on is not None:
            return
        revoked = dataclasses.replace(record, revoked_on=today or dt.date.today())
        self.write(lambda: self.workspace.save_consent(revoked))
