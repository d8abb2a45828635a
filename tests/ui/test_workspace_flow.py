"""The workspace half of a team's first day, through the real dialogs (modal ones answered by a
timer, never a blocking ``exec()`` left waiting): create the workspace, import the team from a
Belgian Excel CSV, add the person concerned and record a limited consent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.app import create_workspace
from desktop.core.entities import ConsentKind
from desktop.ui.directory.import_dialog import ImportPreviewDialog
from desktop.ui.entry.first_run import CreateWorkspaceDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.person_dialog import PersonDialog

TEAM_CSV = (
    "Nom;Fonction;Organisme;Secret;Fondement;Missions\n"
    "Alex Martin;assistant social;CPAS Namur;oui;assistant social;Youth care\n"
    "Bea Leroy;psychologue;Centre Horizon;oui;psychologue;Youth care\n"
    "Sam Peeters;inspecteur;Police locale;non;;Youth care\n"
    "Chris Dubois;infirmier;Hôpital;peut-être;;\n"
).encode("cp1252")


def answer_modal(kind: type[QDialog], answer: Callable[[Any], None], seen: list[str]) -> None:
    """When the next modal dialog of ``kind`` is up, let ``answer`` fill and close it."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, act)
            return
        seen.append(kind.__name__)
        answer(dialog)

    QTimer.singleShot(0, act)


# Modal dialogs are shown for real; the offscreen platform cannot pass size hints on.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_first_day_of_a_team(qtbot, tmp_path: Path) -> None:
    seen: list[str] = []
    create = CreateWorkspaceDialog(
        None, default_path=tmp_path / "team.emptychair", lang="en", create=create_workspace
    )
    qtbot.addWidget(create)
    create.passphrase_edit.setText("our team keeps secrets well")
    create.confirm_edit.setText("our team keeps secrets well")
    create.institution.name_edit.setText("Service Horizon (fictional)")
    create.institution.missions_editor.name_edit.setText("Youth care")
    create.institution.missions_editor.add_button.click()
    with qtbot.waitSignal(create.attemptFinished, timeout=10000):  # off the GUI thread
        create.create_button.click()
    workspace = create.workspace
    assert workspace is not None
    try:
        window = MainWindow(workspace, "en")
        qtbot.addWidget(window)

        # The team list, previewed then imported: two bound, one police officer, one invalid.
        csv_path = tmp_path / "equipe.csv"
        csv_path.write_bytes(TEAM_CSV)
        answer_modal(ImportPreviewDialog, lambda d: d.import_button.click(), seen)
        assert window.directory.import_file(csv_path) == 3
        names = sorted(p.name for p in workspace.professionals())
        assert names == ["Alex Martin", "Bea Leroy", "Sam Peeters"]
        assert window.directory_view.model.rowCount() == 3
        assert "1 of them is not bound" in window.directory_view.summary.text()

        # The person concerned, with an alias suggested from the name.
        def fill_person(dialog: PersonDialog) -> None:
            qtbot.keyClicks(dialog.name_edit, "Jade Dupont")
            dialog.wishes_edit.setPlainText("Tell the school she is tired, not why.")
            dialog.accept()

        answer_modal(PersonDialog, fill_person, seen)
        window.people_view.add_person_button.click()
        (jade,) = workspace.persons()
        assert (jade.alias, jade.known_wishes) == ("J.D.", "Tell the school she is tired, not why.")
        assert window.people_view.current_person_id() == jade.id

        # A limited consent: school matters, with Alex and Bea by name only.
        alex, bea = (
            next(p for p in workspace.professionals() if p.name == n)
            for n in ("Alex Martin", "Bea Leroy")
        )

        def fill_consent(dialog: ConsentDialog) -> None:
            dialog.category_checks["school"].setChecked(True)
            dialog.professional_checks[alex.id].setChecked(True)
            dialog.professional_checks[bea.id].setChecked(True)
            dialog.how_edit.setText("in writing")
            dialog.accept()

        answer_modal(ConsentDialog, fill_consent, seen)
        window.people_view.add_consent_button.click()
        (consent,) = workspace.consents(jade.id)
        assert consent.kind is ConsentKind.GIVEN
        assert consent.categories == frozenset({"school"})
        assert consent.professionals == frozenset({alex.id, bea.id})
        assert consent.missions == frozenset()
        assert consent.is_valid_on(dt.date.today())
        assert window.people_view.consents_model.rowCount() == 1
        assert seen == ["ImportPreviewDialog", "PersonDialog", "ConsentDialog"]
    finally:
        workspace.close()
