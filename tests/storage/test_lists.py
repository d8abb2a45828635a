"""The long lists, page by page (issue 12): every row exactly once, in the order the core
defines, sorted and searched as a plain query would; and the filters of storage are SQL."""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from storage_helpers import PASSPHRASE, make_settings

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    Meeting,
    MeetingState,
    Person,
    Professional,
)
from desktop.core.lists import (
    MeetingListRow,
    MeetingOrder,
    MeetingSearch,
    PersonListRow,
    PersonOrder,
    PersonSearch,
    compare_meetings,
    compare_people,
    nocase,
)
from desktop.storage import lists
from desktop.storage.workspace import Workspace

TODAY = dt.date(2026, 6, 15)
TZ = dt.timezone(dt.timedelta(hours=2))
ALIASES = ("A.B.", "a.b.", "Zoë", "m.n.", "M.N.", "", "O'Neil", "100%_real")
MISSIONS = ("youth", "mental", "retired")  # "retired" is no longer in the settings
PURPOSES = ("Plan the school year", "plan the school year", "Housing", "", "Ärztlicher Rat")
STATES = tuple(MeetingState)
PAGE_SIZES = st.sampled_from([1, 2, 3, 7, 50])


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """A workspace of 70 meetings whose dates, people, missions, purposes and states repeat,
    so that every order has ties to break."""
    path = tmp_path_factory.mktemp("lists") / "lists.ecw"
    rng = random.Random(12)
    ws = Workspace.create(path, PASSPHRASE, make_settings(), config=None)
    ws.save_professionals([Professional("a", "Alix", "social worker")])
    people = []
    for n, alias in enumerate(ALIASES):
        person = Person(f"p{n}", f"Person {chr(65 + n)} Fictional", alias, f"REF-{n % 3}")
        ws.save_person(person)
        people.append(person)
    days = [TODAY + dt.timedelta(days=d) for d in (-400, -30, -1, 0, 1, 5, 30)]
    with ws.transaction():
        for n in range(70):
            when = dt.datetime.combine(rng.choice(days), dt.time(rng.choice((9, 14))), TZ)
            ws.save_meeting(
                Meeting(
                    id=f"m{rng.randrange(10**6):06d}{n:02d}",
                    person_ids=(rng.choice(people).id,),
                    mission_id=rng.choice(MISSIONS),
                    policy_id="be-shared-secrecy",
                    purpose=rng.choice(PURPOSES),
                    scheduled_at=when,
                    facilitator_id="a",
                    agenda=(AgendaItem("i", "One"),),
                )
            )
        states = [rng.choice(STATES) for _ in range(70)]
        for meeting, state in zip(ws.meetings(), states, strict=True):
            ws._conn.execute(  # a state for the list only: these meetings never ran
                "UPDATE meetings SET state = ? WHERE id = ?", (state.value, meeting.id)
            )
    yield ws
    ws.close()


def _all_rows(ws: Workspace) -> list[MeetingListRow]:
    """Every meeting as a list row, by a plain query (no order, no filter)."""
    with ws.reading() as conn:
        return [
            lists._meeting_row(values)
            for values in conn.execute(
                f"SELECT {lists._MEETING_COLUMNS} FROM {lists._MEETING_FROM}"
            )
        ]


def _plain(ws: Workspace, search: MeetingSearch) -> list[MeetingListRow]:
    """What the search lists, filtered and sorted in Python over the plain query."""
    people = {p.id: p for p in ws.persons()}
    text = nocase(search.person.strip())

    def kept(row: MeetingListRow) -> bool:
        person = people.get(row.person_id)
        fields = (person.name, person.alias, person.reference) if person else ()
        day = row.scheduled_at[:10]
        return (
            (not text or any(text in nocase(f) for f in fields))
            and (search.since is None or day >= search.since.isoformat())
            and (search.until is None or day <= search.until.isoformat())
            and (not search.states or row.state in search.states)
        )

    rows = [r for r in _all_rows(ws) if kept(r)]
    return sorted(rows, key=functools.cmp_to_key(lambda a, b: compare_meetings(a, b, search)))


def _paged(ws: Workspace, search: MeetingSearch, size: int) -> list[MeetingListRow]:
    found: list[MeetingListRow] = []
    after = None
    while True:
        page = ws.meeting_page(search, after, size)
        found += page
        if len(page) < size:
            return found
        after = page[-1]


SEARCHES = st.builds(
    MeetingSearch,
    person=st.sampled_from(["", "a.b", "M.N", "person c", "ref-1", "%", "_", "nobody"]),
    since=st.sampled_from([None, TODAY - dt.timedelta(days=30), TODAY]),
    until=st.sampled_from([None, TODAY, TODAY + dt.timedelta(days=5)]),
    states=st.frozensets(st.sampled_from(STATES), max_size=2),
    order=st.sampled_from(list(MeetingOrder)),
    descending=st.booleans(),
    missions=st.just(("mental", "youth")),  # by name: Mental health, Youth care
    today=st.just(TODAY),
)


@settings(max_examples=150, deadline=None)
@given(search=SEARCHES, size=PAGE_SIZES)
def test_paging_lists_every_meeting_once_in_the_order_of_the_core(
    listed: Workspace, search: MeetingSearch, size: int
) -> None:
    expected = _plain(listed, search)
    paged = _paged(listed, search, size)
    assert [r.id for r in paged] == [r.id for r in expected]
    assert listed.meeting_count(search) == len(expected)


@settings(max_examples=60, deadline=None)
@given(search=SEARCHES)
def test_a_row_is_listed_by_itself_exactly_when_the_search_lists_it(
    listed: Workspace, search: MeetingSearch
) -> None:
    expected = {r.id for r in _plain(listed, search)}
    for row in _all_rows(listed)[:25]:
        found = listed.meeting_list_row(row.id, search)
        assert (found is not None) == (row.id in expected)
        if found is not None:
            assert found == row


@pytest.mark.parametrize(
    ("order", "sql"),
    [
        (MeetingOrder.DATE, "m.scheduled_at, m.id"),
        (
            MeetingOrder.PERSON,
            "coalesce(p.alias, '') COLLATE NOCASE, m.scheduled_at DESC, m.id DESC",
        ),
        (
            MeetingOrder.PURPOSE,
            "substr(m.purpose, 1, 300) COLLATE NOCASE, m.scheduled_at DESC, m.id DESC",
        ),
    ],
)
def test_sorting_matches_a_plain_sql_query(
    listed: Workspace, order: MeetingOrder, sql: str
) -> None:
    with listed.reading() as conn:
        plain = [
            r[0] for r in conn.execute(f"SELECT m.id FROM {lists._MEETING_FROM} ORDER BY {sql}")
        ]
    search = MeetingSearch(order=order, today=TODAY)
    assert [r.id for r in _paged(listed, search, 4)] == plain
    backwards = MeetingSearch(order=order, descending=True, today=TODAY)
    assert [r.id for r in _paged(listed, backwards, 4)] == plain[::-1]


def test_the_default_order_puts_open_then_the_next_prepared_first(listed: Workspace) -> None:
    rows = _paged(listed, MeetingSearch(today=TODAY), 10)
    states = [r.state for r in rows]
    opened = states.count(MeetingState.OPEN)
    assert states[:opened] == [MeetingState.OPEN] * opened
    coming = [
        r for r in rows[opened:] if r.state is MeetingState.PREPARED and r.when.date() >= TODAY
    ]
    assert rows[opened : opened + len(coming)] == coming
    assert [r.scheduled_at for r in coming] == sorted(r.scheduled_at for r in coming)
    rest = rows[opened + len(coming) :]
    assert [r.scheduled_at for r in rest] == sorted((r.scheduled_at for r in rest), reverse=True)


# --- The whole list in one query (``emptychair meetings``) -------------------------------------


@pytest.fixture(scope="module")
def families(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """A workspace of 40 meetings, many about a family of two or three, whose dates, people,
    purposes and states repeat; and four rows as no save writes them today: a meeting from
    before families (no persons), one that names a person no longer known, one whose only
    person is not its ``person_id``, and one whose family's first person is not it either."""
    path = tmp_path_factory.mktemp("families") / "families.ecw"
    rng = random.Random(15)
    ws = Workspace.create(path, PASSPHRASE, make_settings(), config=None)
    ws.save_professionals([Professional("a", "Alix", "social worker")])
    people = [
        Person(f"f{n}", f"Family Person {n}", alias, f"REF-{n % 2}")
        for n, alias in enumerate(("K.L.", "k.l.", "Émile", "", "A, B", "Zed"))
    ]
    for person in people:
        ws.save_person(person)
    days = [TODAY + dt.timedelta(days=d) for d in (-90, -1, 0, 2)]
    with ws.transaction():
        for n in range(40):
            when = dt.datetime.combine(rng.choice(days), dt.time(rng.choice((9, 14))), TZ)
            ws.save_meeting(
                Meeting(
                    id=f"f{rng.randrange(10**6):06d}{n:02d}",
                    person_ids=tuple(p.id for p in rng.sample(people, rng.choice((1, 2, 3)))),
                    mission_id=rng.choice(MISSIONS),
                    policy_id="be-shared-secrecy",
                    purpose=rng.choice(PURPOSES),
                    scheduled_at=when,
                    facilitator_id="a",
                    agenda=(AgendaItem("i", "One"),),
                )
            )
        ids = [m.id for m in ws.meetings()]
        for meeting_id in ids:
            ws._conn.execute(  # a state for the list only: these meetings never ran
                "UPDATE meetings SET state = ? WHERE id = ?", (rng.choice(STATES).value, meeting_id)
            )
        for meeting_id, persons in zip(
            ids,
            ("[]", '[{"id":"gone"}]', '[{"id":"f2"}]', '[{"id":"f5"},{"id":"gone"},{"id":"f0"}]'),
            strict=False,
        ):
            ws._conn.execute("UPDATE meetings SET persons = ? WHERE id = ?", (persons, meeting_id))
    yield ws
    ws.close()


@pytest.mark.parametrize("order", list(MeetingOrder))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("where", ["listed", "families"])
def test_one_query_lists_the_rows_of_the_pages_in_their_order(
    order: MeetingOrder, descending: bool, where: str, request: pytest.FixtureRequest
) -> None:
    ws: Workspace = request.getfixturevalue(where)
    search = MeetingSearch(
        order=order, descending=descending, missions=("mental", "youth"), today=TODAY
    )
    with ws.reading() as conn:
        whole = list(lists.all_meeting_rows(conn, search))
        paged = list(lists.iter_meeting_rows(conn, search, page=3))
    assert whole == paged  # every field, the family's aliases too
    assert len(whole) == (70 if where == "listed" else 40)


@settings(max_examples=80, deadline=None)
@given(search=SEARCHES, size=PAGE_SIZES)
def test_one_query_lists_what_the_pages_list_for_any_search(
    families: Workspace, search: MeetingSearch, size: int
) -> None:
    with families.reading() as conn:
        whole = list(lists.all_meeting_rows(conn, search))
        assert whole == list(lists.iter_meeting_rows(conn, search, page=size))


def test_one_query_reads_each_part_of_the_list_once(families: Workspace) -> None:
    search = MeetingSearch(today=TODAY)  # the default order: three parts
    with families.reading() as conn:
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        try:
            rows = list(lists.all_meeting_rows(conn, search))
        finally:
            conn.set_trace_callback(None)
    assert len(rows) == 40
    assert len(seen) == 3


def test_a_meeting_about_one_person_takes_the_joined_alias_as_the_json_would(
    families: Workspace,
) -> None:
    sql = (
        f"SELECT m.id, {lists._ALIASES}, {lists._FAMILY_ALIASES} FROM {lists._MEETING_FROM} "
        "ORDER BY m.id"
    )
    with families.reading() as conn:
        found = conn.execute(sql).fetchall()
    assert [(meeting_id, general) for meeting_id, _, general in found] == [
        (meeting_id, fast) for meeting_id, fast, _ in found
    ]
    aliases = {fast for _, fast, _ in found}
    assert {"", "Émile", "Zed, K.L.", "A, B"} <= aliases  # the odd rows, and an alias with ", "
    assert any(fast.count(", ") >= 2 for fast in aliases)  # a family of three


@pytest.mark.parametrize(
    "order", [MeetingOrder.DATE, MeetingOrder.STATE, MeetingOrder.PURPOSE, MeetingOrder.MISSION]
)
@pytest.mark.parametrize("descending", [False, True])
def test_a_next_page_walks_an_index_from_its_keyset(
    listed: Workspace, order: MeetingOrder, descending: bool
) -> None:
    """Not a sort of every row after the keyset to keep a page: that cost grew with the list
    (0.1 s a page at 26,000 meetings). Only ties of the first value are sorted."""
    search = MeetingSearch(
        order=order, descending=descending, missions=("mental", "youth"), today=TODAY
    )
    after = listed.meeting_page(search, None, 3)[-1]
    with listed.reading() as conn:
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        try:
            lists.meeting_page(conn, search, after, 3)
        finally:
            conn.set_trace_callback(None)
        plans = [conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall() for sql in seen]
    top = [detail for plan in plans for _, parent, _, detail in plan if parent == 0]
    assert "USE TEMP B-TREE FOR ORDER BY" not in top
    assert not any(detail.startswith("MULTI-INDEX OR") for detail in top)


PERSON_SEARCHES = st.builds(
    PersonSearch,
    text=st.sampled_from(["", "a.b", "ref-2", "PERSON", "%", "zz"]),
    order=st.sampled_from(list(PersonOrder)),
    descending=st.booleans(),
)


@settings(max_examples=80, deadline=None)
@given(search=PERSON_SEARCHES, size=PAGE_SIZES)
def test_paging_lists_every_person_once_in_order(
    listed: Workspace, search: PersonSearch, size: int
) -> None:
    text = nocase(search.text)
    expected = sorted(
        (
            PersonListRow(p.id, p.name, p.alias, p.reference, p.household, p.relationship.value)
            for p in listed.persons()
            if not text or any(text in nocase(f) for f in (p.name, p.alias, p.reference))
        ),
        key=functools.cmp_to_key(lambda a, b: compare_people(a, b, search)),
    )
    found: list[PersonListRow] = []
    after = None
    while True:
        page = listed.person_page(search, after, size)
        found += page
        if len(page) < size:
            break
        after = page[-1]
    assert found == expected
    assert listed.person_count(search) == len(expected)
    for row in expected[:3]:
        assert listed.person_list_row(row.id, search) == row


# --- Filters of storage: SQL, never a loop over every meeting, never a query per row ----------


def _statements(ws: Workspace, call) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    with ws.reading() as conn:
        conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        with ws.reading() as conn:
            conn.set_trace_callback(None)
    return seen


def _grown(ws: Workspace, prefix: str, count: int) -> None:
    with ws.transaction():
        for n in range(count):
            ws.save_meeting(
                Meeting(
                    id=f"{prefix}{n}",
                    person_ids=("p1",),
                    mission_id="youth",
                    policy_id="be-shared-secrecy",
                    purpose="More",
                    scheduled_at=dt.datetime(2020, 1, 1, 9, tzinfo=TZ) + dt.timedelta(days=n),
                    facilitator_id="a",
                )
            )


def test_storage_filters_cost_the_same_number_of_queries_at_any_size(
    workspace_path: Path,
) -> None:
    from desktop.storage import maintenance

    with Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=None) as ws:
        ws.save_professionals([Professional("a", "Alix", "social worker", "", True, "f")])
        ws.save_person(Person("p1", "Person One", "P.O."))
        ws.save_consent(
            ConsentRecord(
                "c1", "p1", ConsentKind.GIVEN, frozenset({"school"}), frozenset({"youth"})
            )
        )
        calls = {
            "open_meetings": ws.open_meetings,
            "erasure_counts": lambda: maintenance.erasure_counts(ws, "p1"),
            "retention": lambda: maintenance.preview_retention(ws, dt.date(2030, 1, 1)),
            "record": lambda: maintenance.person_record(ws, "p1"),
            "mission_uses": ws.mission_uses,
            "first_steps": ws.first_steps,
            "first page": lambda: ws.meeting_page(MeetingSearch(), None, 50),
        }
        _grown(ws, "a", 5)
        small = {name: len(_statements(ws, call)) for name, call in calls.items()}
        _grown(ws, "b", 60)
        large = {name: len(_statements(ws, call)) for name, call in calls.items()}
    assert large == small


def test_open_meetings_and_the_storage_counts_match_the_whole_records(listed: Workspace) -> None:
    from desktop.storage import maintenance

    every = listed.meetings()
    assert [m.id for m in listed.open_meetings()] == [
        m.id for m in every if m.state is MeetingState.OPEN
    ]
    counts = maintenance.erasure_counts(listed, "p2")
    assert counts.meetings == sum(1 for m in every if m.person_id == "p2")
    preview = maintenance.preview_retention(listed, cutoff=TODAY)
    expected = sorted(
        m.id for m in every if m.state is not MeetingState.OPEN and m.scheduled_at.date() < TODAY
    )
    assert sorted(m.meeting_id for m in preview.meetings) == expected
    assert preview.skipped_open == sum(
        1 for m in every if m.state is MeetingState.OPEN and m.scheduled_at.date() < TODAY
    )
    uses = listed.mission_uses()
    assert uses["retired"][1] == sum(
        1 for m in every if m.mission_id == "retired" and m.state is not MeetingState.CLOSED
    )
