"""The long lists in the window (issue 12): a page at a time, searched and sorted by storage,
and a save updates the rows it touched — never a reset of the lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    MeetingState,
    Mission,
    Person,
    Professional,
)
from desktop.core.lists import MeetingSearch
from desktop.storage.workspace import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.meetings.meetings_model import MeetingsModel
from desktop.ui.people.people_models import PersonsModel
from desktop.ui.widgets.paged_model import ListSource

SETTINGS = InstitutionSettings(
    name="Service Horizon (fictional)",
    conduct_rule="Secrecy is the rule.",
    missions=(Mission("youth", "Youth care"), Mission("mental", "Mental health")),
)
START = dt.datetime(2020, 1, 6, 9, 0, tzinfo=dt.UTC)
MEETINGS = 450  # more than two pages


@pytest.fixture
def many(tmp_path: Path) -> Iterator[Workspace]:
    """A workspace of 450 prepared meetings about 90 people."""
    with Workspace.create(tmp_path / "many.emptychair", "a long test phrase", SETTINGS) as ws:
        ws.save_professionals([Professional("a", "Alix Fontaine", "social worker", "", True, "f")])
        with ws.transaction():
            for n in range(90):
                ws.save_person(Person(f"p{n:02d}", f"Person {n:02d}", f"P.{n:02d}", f"R{n % 7}"))
            for n in range(MEETINGS):
                ws.save_meeting(_meeting(n))
        yield ws


def _meeting(n: int, **changes: object) -> Meeting:
    meeting = Meeting(
        f"m{n:03d}",
        f"p{n % 90:02d}",
        ("youth", "mental")[n % 2],
        "be-shared-secrecy",
        f"Purpose {n % 13}",
        START + dt.timedelta(days=n),
        "a",
    )
    return dataclasses.replace(meeting, **changes)


class Signals:
    """What a model emitted: resets, and rows inserted, removed or changed."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.resets = self.inserted = self.removed = self.changed = 0
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._inserted)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._changed)

    def _reset(self) -> None:
        self.resets += 1

    def _inserted(self) -> None:
        self.inserted += 1

    def _removed(self) -> None:
        self.removed += 1

    def _changed(self) -> None:
        self.changed += 1

    def counts(self) -> tuple[int, int, int, int]:
        return (self.resets, self.inserted, self.removed, self.changed)


def _meetings_source(ws: Workspace) -> ListSource:
    return ListSource(ws.meeting_page, ws.meeting_list_row, ws.meeting_count)


def _all_loaded(model: MeetingsModel | PersonsModel) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_id(model.row_at(r)) for r in range(model.rowCount())]


def test_the_meetings_model_pages_and_passes_the_model_tester(
    qtmodeltester, many: Workspace
) -> None:
    model = MeetingsModel()
    model.set_source(_meetings_source(many))
    model.set_missions(SETTINGS.missions)
    model.reload()
    assert model.rowCount() == model.PAGE and model.canFetchMore()
    assert model.total() == MEETINGS
    qtmodeltester.check(model)
    ids = _all_loaded(model)
    assert len(ids) == len(set(ids)) == MEETINGS  # every meeting, exactly once
    qtmodeltester.check(model)


def test_sorting_a_column_asks_storage_for_that_order(many: Workspace) -> None:
    model = MeetingsModel()
    model.set_source(_meetings_source(many))
    model.set_missions(SETTINGS.missions)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    newest = sorted((m.scheduled_at, m.id) for m in many.meetings())[::-1]
    assert _all_loaded(model) == [m_id for _, m_id in newest]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    aliases = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert aliases == sorted(aliases, key=str.casefold)


def test_a_saved_meeting_is_put_at_its_place_or_left_for_its_page(many: Workspace) -> None:
    model = MeetingsModel()
    model.set_source(_meetings_source(many))
    model.set_missions(SETTINGS.missions)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # oldest first: the first page is 2020
    signals = Signals(model)
    early = _meeting(1000, scheduled_at=START - dt.timedelta(days=1))  # sorts first
    late = _meeting(1001, scheduled_at=START + dt.timedelta(days=9000))  # beyond the page
    many.save_meeting(early)
    many.save_meeting(late)
    assert model.upsert(early.id) and model.upsert(late.id)
    assert model.row_id(model.row_at(0)) == early.id
    assert model.position(late.id) == -1  # not loaded: it comes with its page
    ids = _all_loaded(model)
    assert ids.count(late.id) == 1 and ids[-1] == late.id and len(ids) == MEETINGS + 2
    moved = dataclasses.replace(early, scheduled_at=START + dt.timedelta(days=3, hours=1))
    many.save_meeting(moved)
    model.upsert(moved.id)
    assert model.position(moved.id) == 4  # after m000, m001, m002, m003
    model.remove(moved.id)
    assert model.position(moved.id) == -1
    assert signals.resets == 0


def _window(qtbot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws, "en")
    qtbot.addWidget(window)
    return window


def test_a_save_updates_the_rows_it_touched_and_resets_no_list(
    qtbot, many: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages: list[object] = []
    page = many.meeting_page
    monkeypatch.setattr(many, "meeting_page", lambda *a, **k: pages.append(a) or page(*a, **k))
    window = _window(qtbot, many)
    assert len(pages) == 1  # the first screen
    pages.clear()
    meetings = Signals(window.meetings_view.model)
    people = Signals(window.people_view.persons_model)
    directory = Signals(window.directory_view.model)

    # A consent: its person's consents only.
    window.people_view.persons_table.select_id("p03")
    consent = ConsentRecord(
        "c1", "p03", ConsentKind.GIVEN, frozenset({"school"}), frozenset({"youth"})
    )
    assert window.people.write(lambda: many.save_consent(consent))
    window.people.show_consents("p03")
    assert window.people_view.consents_model.rowCount() == 1
    # A new professional: one row inserted in the directory.
    window.directory._save([Professional("b", "Basile Roux", "psychologist")])
    assert directory.counts()[:2] == (0, 1)
    # A person renamed: their row, and the rows of their meetings.
    renamed = dataclasses.replace(many.person("p03"), alias="Z.Z.")
    assert window.people.write(lambda: many.save_person(renamed))
    window.people_view.person_saved("p03")
    window.people.personChanged.emit("p03")
    shown = [
        window.meetings_view.model.index(r, 1).data()
        for r in range(window.meetings_view.model.rowCount())
        if window.meetings_view.model.row_at(r).person_id == "p03"
    ]
    assert shown and set(shown) == {"Z.Z."}
    # A meeting prepared, then deleted.
    window.meetings._save(
        _meeting(2000, scheduled_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    )
    assert window.meetings_view.table.current_id() == "m2000"
    window.meetings_view.meeting_removed("m2000")
    assert meetings.resets == people.resets == directory.resets == 0
    assert meetings.inserted == 1 and meetings.removed == 1 and meetings.changed >= 1
    assert pages == []  # no page of meetings was read again


def test_closing_a_meeting_reads_its_row_only(
    qtbot, many: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[str] = []
    read_row = many.meeting_list_row
    monkeypatch.setattr(
        many, "meeting_list_row", lambda mid, search: rows.append(mid) or read_row(mid, search)
    )
    window = _window(qtbot, many)
    meetings = Signals(window.meetings_view.model)
    assert window.running.open_meeting("m449")
    session = window.running.session
    session.open()
    session.close()
    window.running.finish("m449")
    assert rows == ["m449"]
    assert meetings.resets == 0
    row = window.meetings_view.model.find("m449")
    assert row is not None and row.state is MeetingState.CLOSED


def test_searching_by_person_days_and_state(qtbot, many: Workspace) -> None:
    window = _window(qtbot, many)
    view = window.meetings_view
    view.search_person("p.07")
    about = {m.id for m in many.meetings() if m.person_id == "p07"}
    assert set(_all_loaded(view.model)) == about
    assert view.count_label.text() == f"{len(about)} meetings found"
    bar = view.search_bar
    bar.since_edit.setDate(bar.since_edit.date().fromString("2020-03-01", "yyyy-MM-dd"))
    bar.until_edit.setDate(bar.until_edit.date().fromString("2020-06-30", "yyyy-MM-dd"))
    expected = {
        m.id
        for m in many.meetings()
        if m.person_id == "p07"
        and dt.date(2020, 3, 1) <= m.scheduled_at.date() <= dt.date(2020, 6, 30)
    }
    assert expected and set(_all_loaded(view.model)) == expected
    bar.state_combo.setCurrentIndex(bar.state_combo.findData(MeetingState.CLOSED.value))
    assert view.model.rowCount() == 0 and view.count_label.text() == "0 meetings found"
    bar.clear()
    assert view.model.total() == MEETINGS and view.count_label.text() == f"{MEETINGS} meetings"


def test_the_count_of_meetings_reads_as_the_language_writes_numbers(qtbot) -> None:
    from desktop.ui.meetings.meetings_view import MeetingsView

    for lang, written in (("en", "10,001"), ("fr", "10\u202f001"), ("nl", "10.001")):
        view = MeetingsView(lang=lang)
        qtbot.addWidget(view)
        view.model.total = lambda: 10_001  # type: ignore[method-assign]
        view._rows_changed()
        assert view.count_label.text().startswith(f"{written} ")


def test_the_people_list_pages_and_filters_in_storage(
    qtbot, qtmodeltester, many: Workspace
) -> None:
    window = _window(qtbot, many)
    view = window.people_view
    model = view.persons_model
    qtmodeltester.check(model)
    assert model.total() == 90
    view.filter_edit.setText("r3")
    view.flush_filter()
    assert {model.row_at(r).reference for r in range(model.rowCount())} == {"R3"}
    assert view.current_person_id() == model.row_at(0).id  # the first found is selected


def test_the_first_screen_reads_one_page(qtbot, many: Workspace, monkeypatch) -> None:
    counted: list[int] = []
    page = many.meeting_page
    monkeypatch.setattr(
        many,
        "meeting_page",
        lambda s, a=None, limit=200: counted.append(limit) or page(s, a, limit),
    )
    window = _window(qtbot, many)
    assert window.meetings_view.model.rowCount() == MeetingsModel.PAGE
    assert len(counted) == 1
    assert window.meetings_view.model.search.order == MeetingSearch().order
