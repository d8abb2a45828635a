"""The directory and people tables at 1366×768: no horizontal scrolling, no header cut, in
English and French; and the directory's counts read right in both (issue 11)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from desktop.storage.workspace import Workspace
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# What the app gives its window on a 1366×768 screen (desktop.app.place_on_screen), and the
# whole width.
SIZES = ((1229, 706), (1366, 720))


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    yield install_translators(request.param, qapp)
    install_translators("en", qapp)


def problems(table: QTableView) -> list[str]:
    """A horizontal scroll bar, or a column narrower than its header's text."""
    found = []
    if table.horizontalScrollBar().maximum() > 0:
        found.append(f"{table.accessibleName()}: scrolls sideways")
    header = table.horizontalHeader()
    for section in range(header.count()):
        if header.sectionSize(section) < header.sectionSizeHint(section):
            title = table.model().headerData(section, header.orientation())
            found.append(f"{table.accessibleName()}: header {title!r} cut")
    return found


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_directory_and_people_fit(
    qtbot, demo: Workspace, lang: str, width: int, height: int
) -> None:
    window = MainWindow(demo, lang)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    found = []
    window.show_section(1)
    QApplication.processEvents()
    found += problems(window.directory_view.table)
    window.show_section(2)
    person = next(p for p in demo.persons() if demo.consents(p.id))
    assert window.people_view.persons_table.select_id(person.id)
    QApplication.processEvents()
    assert window.people_view.consents_model.rowCount() > 0
    found += problems(window.people_view.persons_table)
    found += problems(window.people_view.consents_table)
    assert found == []


@pytest.mark.parametrize(
    ("lang_code", "one", "many", "none"),
    [
        ("en", "1 active professional.", "2 active professionals.", "0 active professionals."),
        ("fr", "1 professionnel actif.", "2 professionnels actifs.", "0 professionnel actif."),
    ],
)
def test_the_directory_counts_in_both_languages(
    qtbot, qapp, demo: Workspace, lang_code: str, one: str, many: str, none: str
) -> None:
    install_translators(lang_code, qapp)
    try:
        window = MainWindow(demo, lang_code)
        qtbot.addWidget(window)
        view = window.directory_view
        everyone = demo.professionals()
        missions = demo.settings().missions
        bound = [p for p in everyone if p.bound_by_secrecy and p.secrecy_basis][:2]
        view.set_rows(bound[:1], missions)
        assert view.summary.text() == one
        view.set_rows(bound, missions)
        assert view.summary.text() == many
        view.set_rows([dataclasses.replace(p, active=False) for p in bound], missions)
        assert view.summary.text() == none
    finally:
        install_translators("en", qapp)


def test_a_row_added_later_is_not_cut(qtbot, demo: Workspace, monkeypatch) -> None:
    """Audit of issue 11: a professional or a person added after the table was filled had
    their longer name or alias cut ("Sam Peet…") until the next refresh."""
    from desktop.core.entities import Person, Professional
    from desktop.ui.directory.professional_dialog import ProfessionalDialog
    from desktop.ui.people.person_dialog import PersonDialog

    window = MainWindow(demo, "en")
    qtbot.addWidget(window)
    window.resize(*SIZES[0])
    window.show()
    qtbot.waitExposed(window)
    window.show_section(1)
    QApplication.processEvents()
    newcomer = Professional("p-new", "Marie-Christine Vandenbroucke-Lefèvre", "psychomotricienne")
    monkeypatch.setattr(ProfessionalDialog, "edit", classmethod(lambda *a, **k: newcomer))
    window.directory.add()
    QApplication.processEvents()
    table = window.directory_view.table
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)
    assert table.columnWidth(1) >= table.sizeHintForColumn(1)
    window.show_section(2)
    QApplication.processEvents()
    person = Person("x-new", "Wilhelmina Ombeni", "W.O.-Ombeni-Kalala", reference="2026/1234567")
    monkeypatch.setattr(PersonDialog, "edit", classmethod(lambda *a, **k: person))
    window.people.add_person()
    QApplication.processEvents()
    persons = window.people_view.persons_table
    for column in range(1, persons.model().columnCount()):
        assert persons.columnWidth(column) >= persons.sizeHintForColumn(column), column
