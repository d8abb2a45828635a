"""The CSV import says which columns it reads, offers a template that imports as it is, and its
preview shows every column read, so a wrong yes/no reading is seen before importing (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.directory_import import (
    _TEMPLATE_EXAMPLES,
    RowStatus,
    preview_import,
    template_csv,
)
from desktop.core.entities import Mission
from desktop.core.languages import LANGUAGES
from desktop.ui.directory.import_dialog import ImportPreviewDialog, PreviewColumn
from desktop.ui.directory.import_guide import ImportGuideDialog
from desktop.ui.i18n import install_translators

MISSIONS = (Mission("youth", "Youth care"), Mission("mental", "Mental health, adults"))

CSV = (
    "Nom;Fonction;Organisme;Secret;Fondement;Missions\n"
    "Alex Martin;assistant social;CPAS Namur;oui;assistant social;Youth care\n"
    "Sam Peeters;inspecteur;Police locale;x;;Youth care\n"
    "Chris Dubois;infirmier;Hôpital;peut-être;;\n"
    "Dana Roux;éducatrice;Les Tilleuls;;;Youth care|Mental health, adults\n"
).encode("cp1252")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_template_imports_as_it_is(lang: str) -> None:
    text = template_csv(lang, MISSIONS)
    preview = preview_import(text.encode("utf-8-sig"), directory=[], missions=MISSIONS)
    assert preview.problem is None and preview.ignored_columns == ()
    assert [row.status for row in preview.rows] == [RowStatus.ADD, RowStatus.ADD]
    bound, not_bound = preview.to_add()
    assert bound.bound_by_secrecy and bound.secrecy_basis
    assert not not_bound.bound_by_secrecy and not_bound.secrecy_basis == ""
    assert bound.missions == not_bound.missions == frozenset({"youth", "mental"})
    assert bound.name == _TEMPLATE_EXAMPLES[lang][0][0]  # every language has its template


def test_the_guide_lists_the_columns_and_saves_the_template(qtbot, tmp_path: Path) -> None:
    guide = ImportGuideDialog(None, missions=MISSIONS, lang="en")
    qtbot.addWidget(guide)
    shown = [
        [guide.columns.item(r, c).text() for c in range(3)] for r in range(guide.columns.rowCount())
    ]
    assert [row[0] for row in shown] == [
        "Name",
        "Role",
        "Organisation",
        "Bound by secrecy",
        "Basis",
        "Missions",
    ]
    assert "name, nom" in shown[0][1] and "secrecy" in shown[3][1] and "fondement" in shown[4][1]
    assert "Youth care, Mental health, adults" in shown[5][2]
    path = tmp_path / "team.csv"
    assert guide.save_template(path)
    assert "team.csv" in guide.message.text()
    saved = path.read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf")  # spreadsheets read the accents right
    assert len(preview_import(saved, directory=[], missions=MISSIONS).to_add()) == 2
    assert not guide.save_template(tmp_path / "missing" / "team.csv")
    assert "not saved" in guide.message.text()


def cell(dialog: ImportPreviewDialog, row: int, column: PreviewColumn) -> str:
    return dialog.model.index(row, column).data()


def test_the_preview_shows_every_column_read(qtbot) -> None:
    preview = preview_import(CSV, directory=[], missions=MISSIONS)
    dialog = ImportPreviewDialog(None, preview, "equipe.csv", "en")
    qtbot.addWidget(dialog)
    assert dialog.model.titles() == (
        "Line",
        "Will be",
        "Name",
        "Role",
        "Organisation",
        "Bound by secrecy",
        "Basis",
        "Missions",
        "Why",
    )
    assert cell(dialog, 0, PreviewColumn.ROLE) == "assistant social"
    assert cell(dialog, 0, PreviewColumn.SECRECY) == "yes (read from “oui”)"
    assert cell(dialog, 0, PreviewColumn.BASIS) == "assistant social"
    assert cell(dialog, 0, PreviewColumn.MISSIONS) == "Youth care"
    assert cell(dialog, 1, PreviewColumn.SECRECY) == "yes (read from “x”)"  # visible before import
    assert cell(dialog, 2, PreviewColumn.SECRECY) == "? (“peut-être”)"
    assert cell(dialog, 2, PreviewColumn.STATUS) == "skipped (invalid)"
    assert cell(dialog, 2, PreviewColumn.ROLE) == "infirmier"  # an invalid row shows all it read
    assert cell(dialog, 3, PreviewColumn.SECRECY) == "no (empty)"
    assert cell(dialog, 3, PreviewColumn.MISSIONS) == "Youth care, Mental health, adults"
    assert "3 to add, 0 already in the directory, 1 invalid" in dialog.summary.text()


def test_the_preview_counts_in_french(qtbot, qapp) -> None:
    install_translators("fr", qapp)
    try:
        preview = preview_import(CSV, directory=[], missions=MISSIONS)
        dialog = ImportPreviewDialog(None, preview, "equipe.csv", "fr")
        qtbot.addWidget(dialog)
        assert "3 à ajouter" in dialog.summary.text()
        assert "1 non valide" in dialog.summary.text()
        assert "1 non valides" not in dialog.summary.text()
    finally:
        install_translators("en", qapp)
