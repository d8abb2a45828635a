"""What the Directory view's requests do to the workspace: add, edit, (de)activate, import."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.directory_import import ImportPreview, preview_import
from desktop.ui.directory.directory_view import DirectoryView
from desktop.ui.directory.import_dialog import ImportPreviewDialog
from desktop.ui.directory.import_guide import GuideChoice, ImportGuideDialog
from desktop.ui.directory.professional_dialog import ProfessionalDialog
from desktop.ui.widgets.section import Section


class DirectorySection(Section):
    """Add, edit, (de)activate and import professionals.

    The directory is the team and its partners (tens, a few hundred): it is read whole when the
    window opens and kept; a save changes the rows it wrote.

    Signals: ``professionalsChanged()`` after professionals were saved (consents name them).
    """

    professionalsChanged = Signal()

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
        return self.view.model.find(professional_id)

    def _save(self, professionals: list[Any]) -> bool:
        """Save these professionals in one transaction; their rows change, nothing else."""
        if not self.write(lambda: self.workspace.save_professionals(professionals)):
            return False
        self.view.professionals_saved(professionals)
        self.professionalsChanged.emit()
        return True

    def add(self) -> None:
        """Ask for a new professional and save them."""
        professional = ProfessionalDialog.edit(
            self.window, missions=self.workspace.settings().missions
        )
        if professional is not None:
            self._save([professional])

    def edit(self, professional_id: str) -> None:
        """Edit a professional and save the change."""
        current = self._find(professional_id)
        if current is None:
            return
        edited = ProfessionalDialog.edit(
            self.window, missions=self.workspace.settings().missions, professional=current
        )
        if edited is not None and edited != current:
            self._save([edited])

    def set_active(self, professional_id: str, active: bool) -> None:
        """Deactivate (never delete: past meetings name them) or reactivate a professional."""
        current = self._find(professional_id)
        if current is not None and current.active != active:
            self._save([dataclasses.replace(current, active=active)])

    def choose_import_file(self) -> None:
        """Say which columns are read (with a template to save), ask for a CSV file, then
        preview and import it."""
        choice = ImportGuideDialog.run(
            self.window, missions=self.workspace.settings().missions, lang=self.lang
        )
        if choice is not GuideChoice.CHOOSE_FILE:
            return
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
        if not ImportPreviewDialog.review(self.window, preview, path.name, self.lang):
            return 0
        rows = list(preview.to_add())
        return len(rows) if self._save(rows) else 0
