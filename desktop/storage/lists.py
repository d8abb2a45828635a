"""The long lists, a page at a time: meetings and people, sorted and filtered by SQL.

Each query selects only what the list shows (:class:`~desktop.core.lists.MeetingListRow`) and
reads on an index, so the first screen and the next ones cost the same after ten years as in
the first week. Pages follow one another by *keyset*: the next page starts after the last row
shown (its sort values), not at an offset, so a row inserted or removed meanwhile never makes a
row appear twice or not at all. An order the indexes cannot give in one pass (the default order
of meetings, or by mission) is read as a sequence of *segments*, each on an index.

The order is the one :mod:`desktop.core.lists` defines; the tests compare the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core.entities import MeetingState
from desktop.core.lists import (
    MeetingListRow,
    MeetingOrder,
    MeetingSearch,
    PersonListRow,
    PersonSearch,
    meeting_segment,
)

#: How much of a purpose a list row carries (the list shows one line); sorting uses the same.
PURPOSE_SHOWN = 300

# A family's aliases, in the order the team named them (the first person sorts the list), read
# from the index of each meeting's persons (``meeting_persons``, kept from ``persons``).
_FAMILY_ALIASES = (
    "coalesce((SELECT group_concat(alias, ', ') FROM (SELECT pp.alias AS alias "
    "FROM meeting_persons AS mp JOIN persons AS pp ON pp.id = mp.person_id "
    "WHERE mp.meeting_id = m.id ORDER BY mp.position)), '')"
)
# The same, but a meeting about one person (most of them) takes the alias already joined: a
# subquery per meeting costs a sixth of the whole list's query at 26,000 meetings.
_ALIASES = (
    "CASE WHEN json_array_length(m.persons) = 1 "
    "AND json_extract(m.persons, '$[0].id') = m.person_id THEN coalesce(p.alias, '') "
    f"ELSE {_FAMILY_ALIASES} END"
)
_MEETING_COLUMNS = (
    "m.id, m.scheduled_at, m.person_id, coalesce(p.alias, ''), m.mission_id, "
    f"substr(m.purpose, 1, {PURPOSE_SHOWN}), m.state, {_ALIASES}"
)
_MEETING_FROM = "meetings AS m LEFT JOIN persons AS p ON p.id = m.person_id"


@dataclass(frozen=True, slots=True)
class _Column:
    """One value a segment is ordered by: its SQL, its value in a row, and its direction."""

    sql: str
    value: Callable[[MeetingListRow], object]
    up: bool

    def flipped(self) -> _Column:
        return _Column(self.sql, self.value, not self.up)


@dataclass(frozen=True, slots=True)
class _Segment:
    """A part of the list: the rows it holds (a WHERE clause) and their order."""

    index: int  # as :func:`~desktop.core.lists.meeting_segment` numbers it
    where: str
    params: tuple[object, ...]
    columns: tuple[_Column, ...]


def _date(row: MeetingListRow) -> object:
    return row.scheduled_at


def _id(row: MeetingListRow) -> object:
    return row.id


_DATE_UP = _Column("m.scheduled_at", _date, True)
_ID_UP = _Column("m.id", _id, True)
_DATE_DOWN = _Column("m.scheduled_at", _date, False)
_ID_DOWN = _Column("m.id", _id, False)


def _segments(search: MeetingSearch) -> list[_Segment]:
    """The parts of the list, in order (reversed, each one too, when descending)."""
    today = search.today.isoformat()
    order = search.order
    if order is MeetingOrder.STATE:
        segments = [
            _Segment(0, "m.state = 'open'", (), (_DATE_UP, _ID_UP)),
            _Segment(
                1, "m.state = 'prepared' AND m.scheduled_at >= ?", (today,), (_DATE_UP, _ID_UP)
            ),
            _Segment(
                2,
                "m.state != 'open' AND (m.state != 'prepared' OR m.scheduled_at < ?)",
                (today,),
                (_DATE_DOWN, _ID_DOWN),
            ),
        ]
    elif order is MeetingOrder.DATE:
        segments = [_Segment(0, "1", (), (_DATE_UP, _ID_UP))]
    elif order is MeetingOrder.PERSON:
        alias = _Column("coalesce(p.alias, '') COLLATE NOCASE", lambda r: r.person_alias, True)
        segments = [_Segment(0, "1", (), (alias, _DATE_DOWN, _ID_DOWN))]
    elif order is MeetingOrder.PURPOSE:
        purpose = _Column(
            f"substr(m.purpose, 1, {PURPOSE_SHOWN}) COLLATE NOCASE", lambda r: r.purpose, True
        )
        segments = [_Segment(0, "1", (), (purpose, _DATE_DOWN, _ID_DOWN))]
    else:
        known = search.missions
        segments = [
            _Segment(i, "m.mission_id = ?", (mission,), (_DATE_DOWN, _ID_DOWN))
            for i, mission in enumerate(known)
        ]
        marks = ", ".join("?" * len(known))
        unknown_where = f"m.mission_id NOT IN ({marks})" if known else "1"
        mission = _Column("m.mission_id", lambda r: r.mission_id, True)
        segments.append(
            _Segment(len(known), unknown_where, tuple(known), (mission, _DATE_DOWN, _ID_DOWN))
        )
    if search.descending:
        segments = [
            _Segment(s.index, s.where, s.params, tuple(c.flipped() for c in s.columns))
            for s in reversed(segments)
        ]
    return segments


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filters(search: MeetingSearch) -> tuple[str, list[object]]:
    """The WHERE clause of the search's filters (``1`` when there is none) and its values."""
    clauses: list[str] = []
    params: list[object] = []
    person = search.person.strip()
    if person:
        pattern = _like(person)
        found = (
            "(SELECT id FROM persons WHERE name LIKE ? ESCAPE '\\' "
            "OR alias LIKE ? ESCAPE '\\' OR reference LIKE ? ESCAPE '\\')"
        )
        # Any of a family's persons, not only the first named: on the index by person.
        clauses.append(
            f"(m.person_id IN {found} OR m.id IN (SELECT meeting_id FROM meeting_persons "
            f"WHERE person_id IN {found}))"
        )
        params += [pattern, pattern, pattern] * 2
    if search.since is not None:
        clauses.append("m.scheduled_at >= ?")
        params.append(search.since.isoformat())
    if search.until is not None:
        clauses.append("m.scheduled_at < ?")  # the whole last day, whatever its offset
        params.append((search.until + dt.timedelta(days=1)).isoformat())
    if search.states:
        states = sorted(s.value for s in search.states)
        clauses.append(f"m.state IN ({', '.join('?' * len(states))})")
        params += states
    return (" AND ".join(clauses) or "1"), params


def _after(columns: tuple[_Column, ...], row: MeetingListRow) -> tuple[str, list[object]]:
    """The keyset condition: the rows that come after ``row`` in this order."""
    # The first value's bound says nothing the ORs do not, but without it SQLite reads each OR
    # on its own index and sorts every row after the keyset to keep a page (0.1 s a page at
    # 26,000 meetings); with it, it walks the index from the keyset and stops at the page's end.
    first = columns[0]
    bound = f"{first.sql} {'>=' if first.up else '<='} ?"
    ors: list[str] = []
    params: list[object] = [first.value(row)]
    for i, column in enumerate(columns):
        ands = [f"{c.sql} = ?" for c in columns[:i]]
        ands.append(f"{column.sql} {'>' if column.up else '<'} ?")
        ors.append("(" + " AND ".join(ands) + ")")
        params += [c.value(row) for c in columns[:i]] + [column.value(row)]
    return f"({bound} AND (" + " OR ".join(ors) + "))", params


# A dictionary look-up: calling the enum costs more than the rest of a row (a whole list's worth).
_STATES = {state.value: state for state in MeetingState}


def _meeting_row(values: Any) -> MeetingListRow:
    meeting_id, when, person_id, alias, mission_id, purpose, state, aliases = values
    return MeetingListRow(
        meeting_id,
        when,
        person_id,
        alias,
        mission_id,
        purpose,
        _STATES.get(state) or MeetingState(state),  # an unknown state still raises
        person_aliases=aliases,
    )


def _order_by(segment: _Segment) -> str:
    return ", ".join(f"{c.sql} {'ASC' if c.up else 'DESC'}" for c in segment.columns)


def meeting_page(
    conn: Any, search: MeetingSearch, after: MeetingListRow | None, limit: int
) -> list[MeetingListRow]:
    """Up to ``limit`` meetings of ``search``, in its order, starting after ``after`` (from the
    start when ``None``)."""
    where, params = _filters(search)
    found: list[MeetingListRow] = []
    segments = _segments(search)
    start = 0
    if after is not None:
        current = meeting_segment(after, search)
        start = next((i for i, s in enumerate(segments) if s.index == current), len(segments))
    for position in range(start, len(segments)):
        segment = segments[position]
        clause = f"({where}) AND ({segment.where})"
        values = [*params, *segment.params]
        if after is not None and position == start:
            keyset, keys = _after(segment.columns, after)
            clause += f" AND {keyset}"
            values += keys
        sql = (
            f"SELECT {_MEETING_COLUMNS} FROM {_MEETING_FROM} WHERE {clause} "
            f"ORDER BY {_order_by(segment)} LIMIT ?"
        )
        found += [_meeting_row(r) for r in conn.execute(sql, [*values, limit - len(found)])]
        if len(found) >= limit:
            break
    return found


def meeting_row(conn: Any, meeting_id: str, search: MeetingSearch) -> MeetingListRow | None:
    """The meeting as the list shows it, if ``search`` lists it."""
    where, params = _filters(search)
    sql = f"SELECT {_MEETING_COLUMNS} FROM {_MEETING_FROM} WHERE m.id = ? AND ({where})"
    values = conn.execute(sql, [meeting_id, *params]).fetchone()
    return _meeting_row(values) if values is not None else None


def meeting_count(conn: Any, search: MeetingSearch) -> int:
    """How many meetings ``search`` lists."""
    where, params = _filters(search)
    sql = f"SELECT count(*) FROM meetings AS m WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def iter_meeting_rows(
    conn: Any, search: MeetingSearch, page: int = 500
) -> Iterator[MeetingListRow]:
    """Every meeting of ``search``, in order, a page at a time."""
    after: MeetingListRow | None = None
    while True:
        rows = meeting_page(conn, search, after, page)
        yield from rows
        if len(rows) < page:
            return
        after = rows[-1]


def all_meeting_rows(conn: Any, search: MeetingSearch) -> Iterator[MeetingListRow]:
    """Every meeting of ``search``, in order, as :func:`iter_meeting_rows` gives them, but read
    in one query per segment, to the end: for a reader that wants the whole list at once
    (``emptychair meetings``). Pages would cost more there: a page after the first sorts
    every row after its keyset to keep the first few."""
    where, params = _filters(search)
    for segment in _segments(search):
        sql = (
            f"SELECT {_MEETING_COLUMNS} FROM {_MEETING_FROM} "
            f"WHERE ({where}) AND ({segment.where}) ORDER BY {_order_by(segment)}"
        )
        for values in conn.execute(sql, [*params, *segment.params]):
            yield _meeting_row(values)


# --- People --------------------------------------------------------------------------------------

_PERSON_COLUMNS = ("name", "alias", "reference", "household")
_PERSON_SELECT = "id, name, alias, reference, household, relationship"


def _person_filter(search: PersonSearch) -> tuple[str, list[object]]:
    text = search.text.strip()
    if not text:
        return "1", []
    pattern = _like(text)
    return (
        "(name LIKE ? ESCAPE '\\' OR alias LIKE ? ESCAPE '\\' OR reference LIKE ? ESCAPE '\\')",
        [pattern, pattern, pattern],
    )


def _person_order(search: PersonSearch) -> list[str]:
    return [f"{_PERSON_COLUMNS[search.order]} COLLATE NOCASE", "name COLLATE NOCASE", "id"]


def person_page(
    conn: Any, search: PersonSearch, after: PersonListRow | None, limit: int
) -> list[PersonListRow]:
    """Up to ``limit`` people of ``search``, in its order, after ``after``."""
    where, params = _person_filter(search)
    columns = _person_order(search)
    direction = "DESC" if search.descending else "ASC"
    if after is not None:
        values = [
            (after.name, after.alias, after.reference, after.household)[search.order],
            after.name,
            after.id,
        ]
        sign = "<" if search.descending else ">"
        ors = []
        for i, column in enumerate(columns):
            ands = [f"{c} = ?" for c in columns[:i]] + [f"{column} {sign} ?"]
            ors.append("(" + " AND ".join(ands) + ")")
            params += [*values[:i], values[i]]
        where += " AND (" + " OR ".join(ors) + ")"
    order = ", ".join(f"{c} {direction}" for c in columns)
    sql = f"SELECT {_PERSON_SELECT} FROM persons WHERE {where} ORDER BY {order} LIMIT ?"
    return [PersonListRow(*r) for r in conn.execute(sql, [*params, limit])]


def person_row(conn: Any, person_id: str, search: PersonSearch) -> PersonListRow | None:
    """The person as the list shows them, if ``search`` lists them."""
    where, params = _person_filter(search)
    sql = f"SELECT {_PERSON_SELECT} FROM persons WHERE id = ? AND {where}"
    values = conn.execute(sql, [person_id, *params]).fetchone()
    return PersonListRow(*values) if values is not None else None


def person_count(conn: Any, search: PersonSearch) -> int:
    """How many people ``search`` lists."""
    where, params = _person_filter(search)
    return int(conn.execute(f"SELECT count(*) FROM persons WHERE {where}", params).fetchone()[0])
