"""Directory: the professional dialog, the import preview, and import writing only new rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.core.directory_import import preview_import
from desktop.storage.workspace import Workspace
from desktop.ui.directory.directory_section import DirectorySection
from desktop.ui.directory.directory_view import DirectoryView
from desktop.ui.directory.import_dialog import ImportPreviewDialog, PreviewColumn
from desktop.ui.directory.professional_dialog import ProfessionalDialog
from tests.ui.conftest import ALEX, SETTINGS

CSV = (
    "Nom;Fonction;Organisme;Secret;Fondement;Missions\n"
    "Élise Noël;éducatrice;AMO Le Pont;oui;éducatrice;Youth care\n"
    "Alex Martin;assistant social;CPAS Namur;oui;;\n"
    "Chris Dubois;infirmier;Hôpital;peut-être;;\n"
    "Dana Lambert;médecin;Hôpital;non;;Mental health|youth\n"
).encode("cp1252")


def test_professional_dialog_needs_a_name_and_keeps_the_id(qtbot) -> None:
    dialog = ProfessionalDialog(None, missions=SETTINGS.missions, professional=ALEX)
    qtbot.addWidget(dialog)
    assert dialog.basis_edit.isEnabled()
    dialog.name_edit.clear()
    dialog.accept()
    assert dialog.result() == 0 and "name" in dialog.message.text()
    dialog.name_edit.setText("Alex  Martin-Leroy ")
    dialog.mission_checks["mental"].setChecked(True)
    dialog.bound_check.setChecked(False)
    dialog.accept()
    edited = dialog.professional()
    assert dialog.result() == 1
    assert edited.id == ALEX.id and edited.name == "Alex Martin-Leroy"
    assert edited.missions == frozenset({"youth", "mental"})
    assert not edited.bound_by_secrecy and edited.secrecy_basis == ""


def test_preview_dialog_shows_every_row_before_writing(qtbot) -> None:
    preview = preview_import(CSV, directory=[ALEX], missions=SETTINGS.missions)
    dialog = ImportPreviewDialog(None, preview, "team.csv", "en")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 4
    assert "2 to add, 1 already in the directory, 1 invalid" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text().replace("&", "") == "Import 2"


def test_preview_of_an_unusable_file_cannot_import(qtbot) -> None:
    preview = preview_import(b"role\nnurse\n", directory=[], missions=SETTINGS.missions)
    dialog = ImportPreviewDialog(None, preview, "bad.csv", "en")
    qtbot.addWidget(dialog)
    assert "nothing can be imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_rows_the_reader_cannot_read_are_shown_with_why(qtbot) -> None:
    data = "name,role\nAnna," + "x" * 140_000 + "\nBea Mar\ud800tin,nurse\nCyril,educator\n"
    preview = preview_import(data, directory=[], missions=SETTINGS.missions)
    dialog = ImportPreviewDialog(None, preview, "huge.csv", "en")
    qtbot.addWidget(dialog)
    column = PreviewColumn.REASON
    reasons = [dialog.model.index(row, column).data() for row in range(dialog.model.rowCount())]
    assert "a cell is longer than 131,072 characters" in reasons[0]
    assert "The 'name' cell holds a broken character" in reasons[1]
    assert reasons[2] == "" and dialog.import_button.isEnabled()


@pytest.fixture
def section(qtbot, workspace: Workspace) -> DirectorySection:
    window = QWidget()
    qtbot.addWidget(window)
    view = DirectoryView(window)
    section = DirectorySection(workspace, view, window, "en")
    section.refresh()
    return section


def test_import_writes_only_new_valid_rows(
    section: DirectorySection, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    seen = []
    monkeypatch.setattr(
        ImportPreviewDialog,
        "review",
        classmethod(lambda cls, p, preview, n, lang: seen.append(preview) or True),
    )
    path = tmp_path / "team.csv"
    path.write_bytes(CSV)
    assert section.import_file(path) == 2
    names = sorted(p.name for p in workspace.professionals())
    assert names == ["Alex Martin", "Dana Lambert", "Sam Peeters", "Élise Noël"]
    assert section.view.model.rowCount() == 4
    dana = next(p for p in workspace.professionals() if p.name == "Dana Lambert")
    assert dana.missions == frozenset({"mental", "youth"}) and not dana.bound_by_secrecy
    assert len(seen) == 1


def test_cancelled_import_writes_nothing(
    section: DirectorySection, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ImportPreviewDialog, "review", classmethod(lambda *a: False))
    path = tmp_path / "team.csv"
    path.write_bytes(CSV)
    assert section.import_file(path) == 0
    assert len(workspace.professionals()) == 2


def test_add_and_edit_go_through_the_dialog(
    section: DirectorySection, workspace: Workspace, monkeypatch
) -> None:
    import dataclasses

    monkeypatch.setattr(
        ProfessionalDialog,
        "edit",
        classmethod(
            lambda cls, parent, missions, professional=None: dataclasses.replace(
                professional, role="team lead"
            )
        ),
    )
    section.edit(ALEX.id)
    assert next(p for p in workspace.professionals() if p.id == ALEX.id).role == "team lead"


def test_filter_hides_other_rows(section: DirectorySection) -> None:
    section.view.filter_edit.setText("police")
    assert section.view.proxy.rowCount() == 1
    section.view.filter_edit.clear()
    assert section.view.proxy.rowCount() == 2
    assert "1 of them is not bound by professional secrecy" in section.view.summary.text()
