"""What the long lists show and in which order: meetings and people, a screenful at a time.

A team keeps years of meetings; the lists never load them all. Storage reads one page at a
time in the order a :class:`MeetingSearch` or :class:`PersonSearch` asks for (SQL sorts and
filters, on indexes), and the rows are light (:class:`MeetingListRow`: what the list shows).
This module says what that order is, in one place, so that a row saved while the list is shown
can be put at its place among the rows already loaded (:func:`meeting_order_key`) — the same
order SQL gives, which the tests check against the queries.

The default order of meetings puts first what a team lead looks for: the meetings left open,
then the prepared ones still to come (the next first), then the rest — closed meetings and
prepared ones whose day passed — the most recent first. Each list can also be sorted by any of
its columns, either way; texts compare without regard to case (ASCII, as SQLite's ``NOCASE``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from desktop.core.entities import MeetingState

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(text: str) -> str:
    """``text`` as SQLite's ``NOCASE`` collation compares it (ASCII letters folded only)."""
    return text.translate(_ASCII_LOWER)


class MeetingOrder(IntEnum):
    """What the meetings are sorted by: one value per column of the Meetings list."""

    DATE = 0
    PERSON = 1
    MISSION = 2
    PURPOSE = 3
    STATE = 4  # the default: open, then the next prepared, then the most recent


@dataclass(frozen=True, slots=True)
class MeetingSearch:
    """Which meetings a list shows, and in which order.

    ``person`` matches the name, alias or reference of the person concerned (any part, any
    case); ``since`` and ``until`` are days, both included; ``states`` limits the states (empty:
    all). ``missions`` gives the mission names in the order the Mission column sorts them (the
    settings' names, sorted). ``today`` splits prepared meetings into coming and past ones.
    """

    person: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    states: frozenset[MeetingState] = frozenset()
    order: MeetingOrder = MeetingOrder.STATE
    descending: bool = False
    missions: tuple[str, ...] = ()  # mission ids, in the order of their names
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def filtered(self) -> bool:
        """Something narrows the list (a person, days or states)."""
        return bool(self.person.strip() or self.since or self.until or self.states)


@dataclass(frozen=True, slots=True)
class MeetingListRow:
    """One meeting as the list shows it: no agenda, no record, a purpose on one line."""

    id: str
    scheduled_at: str  # as stored (ISO 8601 with its offset): sorts as the list sorts
    person_id: str
    person_alias: str  # the first person named (the list sorts by them)
    mission_id: str
    purpose: str
    state: MeetingState
    person_aliases: str = ""  # a family's aliases, in order ("" for a meeting about one)

    @property
    def when(self) -> dt.datetime:
        """The scheduled time."""
        return dt.datetime.fromisoformat(self.scheduled_at)


def meeting_segment(row: MeetingListRow, search: MeetingSearch) -> int:
    """The part of the list a row falls in: for the default order, open (0), coming prepared
    (1), the rest (2); by mission, the mission's place among the named ones (unknown ones
    last); otherwise 0."""
    if search.order is MeetingOrder.STATE:
        if row.state is MeetingState.OPEN:
            return 0
        if row.state is MeetingState.PREPARED and row.scheduled_at >= search.today.isoformat():
            return 1
        return 2
    if search.order is MeetingOrder.MISSION:
        try:
            return search.missions.index(row.mission_id)
        except ValueError:
            return len(search.missions)
    return 0


def meeting_order_key(row: MeetingListRow, search: MeetingSearch) -> tuple[object, ...]:
    """The values a row sorts by, ascending, in the order they count, after its segment.
    Within the default order's first two parts the dates go up (the next first), in the rest
    they go down: :func:`meeting_directions` says which way each value counts."""
    segment = meeting_segment(row, search)
    if search.order is MeetingOrder.PERSON:
        return (segment, nocase(row.person_alias), row.scheduled_at, row.id)
    if search.order is MeetingOrder.PURPOSE:
        return (segment, nocase(row.purpose), row.scheduled_at, row.id)
    if search.order is MeetingOrder.MISSION:
        unknown = row.mission_id if segment == len(search.missions) else ""
        return (segment, unknown, row.scheduled_at, row.id)
    return (segment, row.scheduled_at, row.id)


def meeting_directions(search: MeetingSearch, segment: int) -> tuple[bool, ...]:
    """For each value of :func:`meeting_order_key` after the segment: True when it counts
    upwards in the ascending order. The segment itself always counts upwards."""
    if search.order is MeetingOrder.STATE:
        up = segment in (0, 1)  # open and coming: the next first; the rest: the latest first
        return (up, up)
    if search.order is MeetingOrder.DATE:
        return (True, True)
    return (True, False, False)  # a person, purpose or mission: its latest meetings first


def compare_meetings(a: MeetingListRow, b: MeetingListRow, search: MeetingSearch) -> int:
    """-1, 0 or 1: where ``a`` comes against ``b`` in the list ``search`` asks for."""
    ka, kb = meeting_order_key(a, search), meeting_order_key(b, search)
    result = _compare(ka, kb, meeting_directions(search, int(ka[0])) if ka[0] == kb[0] else ())
    return -result if search.descending else result


def _compare(ka: Sequence[object], kb: Sequence[object], directions: Sequence[bool]) -> int:
    if ka[0] != kb[0]:
        return -1 if ka[0] < kb[0] else 1  # type: ignore[operator]
    for x, y, up in zip(ka[1:], kb[1:], directions, strict=False):
        if x != y:
            less = x < y  # type: ignore[operator]
            return (-1 if less else 1) if up else (1 if less else -1)
    return 0


class PersonOrder(IntEnum):
    """What people are sorted by: one value per column of the People list."""

    NAME = 0
    ALIAS = 1
    REFERENCE = 2
    HOUSEHOLD = 3  # a family's members together


@dataclass(frozen=True, slots=True)
class PersonSearch:
    """Which people a list shows (``text`` in their name, alias or reference), in which order."""

    text: str = ""
    order: PersonOrder = PersonOrder.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class PersonListRow:
    """One person as the list shows them."""

    id: str
    name: str
    alias: str
    reference: str
    household: str = ""
    relationship: str = ""


def person_order_key(row: PersonListRow, search: PersonSearch) -> tuple[str, str, str]:
    """The values a person sorts by (all ascending): the chosen column, then the name, the id."""
    column = (row.name, row.alias, row.reference, row.household)[search.order]
    return (nocase(column), nocase(row.name), row.id)


def compare_people(a: PersonListRow, b: PersonListRow, search: PersonSearch) -> int:
    """-1, 0 or 1: where ``a`` comes against ``b`` in the list ``search`` asks for."""
    ka, kb = person_order_key(a, search), person_order_key(b, search)
    result = (ka > kb) - (ka < kb)
    return -result if search.descending else result
