"""Every table model of the workspace side passes qtmodeltester and shows the right words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.core.directory_import import preview_import
from desktop.core.entities import ConsentKind, ConsentRecord
from desktop.core.policy import load_policy
from desktop.ui.directory.directory_model import Column, ProfessionalsModel
from desktop.ui.directory.import_dialog import ImportPreviewModel
from desktop.ui.meetings.meetings_model import MeetingsModel
from desktop.ui.people.people_models import ConsentsModel, PersonsModel, ScopeNames
from desktop.ui.widgets.paged_model import ListSource
from desktop.ui.widgets.record_table import ID_ROLE
from tests.ui.conftest import ALEX, JADE, SAM, SETTINGS


def test_professionals_model(qtmodeltester) -> None:
    model = ProfessionalsModel()
    model.set_rows([ALEX, SAM], SETTINGS.missions)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, Column.SECRECY).data() == "✓ social worker"
    assert model.index(0, Column.MISSIONS).data() == "Youth care"
    assert model.index(1, Column.SECRECY).data() == "✗ Not bound"
    assert model.index(1, Column.SECRECY).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data(ID_ROLE) == "p-sam"
    model.set_rows([], ())
    qtmodeltester.check(model)


def test_import_preview_model(qtmodeltester) -> None:
    preview = preview_import(
        "name;secrecy;missions\nBea;oui;Youth care\nChris;peut-être;\nAlex Martin;oui;\n",
        directory=[],
        missions=SETTINGS.missions,
    )
    model = ImportPreviewModel("en")
    model.set_rows(preview.rows)
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(3)] == [
        "added",
        "skipped (invalid)",
        "added",
    ]
    assert "peut-être" in model.index(1, 8).data()  # why
    assert model.index(1, 5).data() == "? (“peut-être”)"  # as read


def _people(workspace) -> ListSource:
    return ListSource(workspace.person_page, workspace.person_list_row, workspace.person_count)


def test_persons_and_consents_models(qtmodeltester, demo) -> None:
    persons = PersonsModel()
    persons.set_source(_people(demo))
    persons.reload()
    qtmodeltester.check(persons)
    aliases = [persons.index(r, 1).data() for r in range(persons.rowCount())]
    assert aliases == ["D.M.", "J.D.", "L.M.", "M.V.", "S.M.", "T.M."]  # by name
    # The demo's family: each member's household and place in it; sorting by it groups them.
    assert persons.index(aliases.index("L.M."), 3).data() == "Marchal family — child"
    persons.sort(3)
    grouped = [persons.index(r, 1).data() for r in range(persons.rowCount())]
    assert grouped[-4:] == ["D.M.", "L.M.", "S.M.", "T.M."]
    consents = ConsentsModel()
    records = [
        ConsentRecord(
            "c1",
            JADE.id,
            ConsentKind.GIVEN,
            frozenset({"school"}),
            missions=frozenset({"youth"}),
            professionals=frozenset({"p-sam"}),
            valid_from=dt.date(2026, 3, 1),
            valid_until=dt.date(2027, 3, 1),
            obtained_how="in writing",
        ),
        ConsentRecord(
            "c2",
            JADE.id,
            ConsentKind.NOT_OBTAINABLE,
            frozenset({"health"}),
            reason="in hospital",
            revoked_on=dt.date(2026, 4, 1),
        ),
    ]
    names = ScopeNames(load_policy(), "en", {"youth": "Youth care"}, {"p-sam": "Sam Peeters"})
    consents.set_rows(records, names, today=dt.date(2026, 5, 1))
    qtmodeltester.check(consents)
    row0 = [consents.index(0, c).data() for c in range(4)]
    assert row0 == [
        "Given\nin writing",
        "School and training",
        "Youth care, Sam Peeters",
        "2026-03-01 to 2027-03-01\nin force",
    ]
    assert consents.index(1, 0).data() == "Could not be obtained (in hospital)"
    assert consents.index(1, 3).data() == "always\nrevoked on 2026-04-01"
    assert consents.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed


def _meetings(workspace) -> ListSource:
    return ListSource(workspace.meeting_page, workspace.meeting_list_row, workspace.meeting_count)


def test_meetings_model(qtmodeltester, demo) -> None:
    model = MeetingsModel()
    model.set_source(_meetings(demo))
    model.set_missions(demo.settings().missions)
    model.reload()
    qtmodeltester.check(model)
    states = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert states == {"prepared", "closed"}
    assert model.columnCount() == 5 and model.headerData(4, Qt.Orientation.Horizontal) == "State"
