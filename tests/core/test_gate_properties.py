"""Property tests: over generated rooms, consents and items, the gate never allows *share* when
any condition is unmet (issue 2 §4), and the session never shares what the gate does not allow.

The oracle below restates DESIGN.md §2 independently of ``desktop.core.gate``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, replace

import pytest
from core_builders import NOW, PERSON, POLICY, TODAY, YOUTH
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    Draft,
    Meeting,
    Nature,
    Participation,
    Presence,
    Professional,
)
from desktop.core.gate import FixKind, GateInput, evaluate_gate, is_override
from desktop.core.session import MeetingSession, SessionError

SETTINGS = settings(max_examples=300, deadline=None)
CATEGORIES = ("health", "family", "justice")
# Weighted towards complete answers and proper rooms, so that many examples do allow sharing
# (hypothesis favours the first element of sampled_from, so the "good" value comes first).
TEXTS = st.sampled_from(["An answer", *["An answer"] * 8, "", "  "])
MOSTLY = st.sampled_from([True] * 6 + [False])
DAY = dt.timedelta(days=1)
# Missions and dates are drawn from a few telling values (boundaries, other missions), good first.
MISSION_SETS = st.sampled_from(
    [{"youth"}, {"youth", "school"}, {"mental_health"}, {"school", "mental_health"}, set()]
)
STARTS = st.sampled_from([TODAY - 30 * DAY, dt.date.min, TODAY, TODAY + DAY])
ENDS = st.sampled_from([None, TODAY + 30 * DAY, TODAY, TODAY - DAY])
SCOPES = st.sampled_from([set(), {"youth"}, {"school"}, {"youth", "school"}, {"mental_health"}])
REVOCATIONS = st.sampled_from([None, None, None, TODAY + DAY, TODAY, TODAY - DAY])


@st.composite
def professionals(draw: st.DrawFn) -> tuple[Professional, ...]:
    count = draw(st.integers(min_value=2, max_value=5))
    return tuple(
        Professional(
            id=f"p{i}",
            name=f"Worker {i}",
            role="role",
            bound_by_secrecy=draw(MOSTLY),
            secrecy_basis=draw(
                st.sampled_from(["Penal code, art. 458", *["Penal code, art. 458"] * 8, "", " "])
            ),
            missions=frozenset(draw(MISSION_SETS)),
        )
        for i in range(count)
    )


@st.composite
def consents(draw: st.DrawFn, ids: tuple[str, ...]) -> tuple[ConsentRecord, ...]:
    count = draw(st.integers(min_value=1, max_value=3))
    return tuple(
        ConsentRecord(
            id=f"c{i}",
            person_id=draw(st.sampled_from([PERSON.id, PERSON.id, PERSON.id, "someone-else"])),
            kind=draw(st.sampled_from(ConsentKind)),
            categories=frozenset(draw(st.sets(st.sampled_from(CATEGORIES), min_size=1)))
            | ({"health"} if draw(st.booleans()) else set()),
            missions=frozenset(draw(SCOPES)),
            professionals=frozenset(draw(st.sets(st.sampled_from(ids)))),
            valid_from=draw(STARTS),
            valid_until=draw(ENDS),
            reason=draw(TEXTS),
            revoked_on=draw(REVOCATIONS),
        )
        for i in range(count)
    )


@st.composite
def drafts(draw: st.DrawFn, discloser_id: str) -> Draft:
    return Draft(
        id="d1",
        discloser_id=discloser_id,
        category_id=draw(st.sampled_from(("health", "health", *CATEGORIES, "astrology"))),
        proposed_at=NOW,
        nature=draw(st.sampled_from(Nature)),
        statement_of=draw(TEXTS),
        opinion_basis=draw(TEXTS),
        wording=draw(TEXTS),
        good_for_whom=draw(TEXTS),
        why=draw(TEXTS),
        empty_chair_answer=draw(TEXTS),
        in_persons_interest=draw(st.sampled_from([True, False])),
        could_decide_without=draw(st.sampled_from([False, *[False] * 6, None, True])),
        necessity_reason=draw(TEXTS),
        person_agrees_now=draw(st.sampled_from([True, False])),
        exception_id=draw(st.sampled_from(["", "danger", "", "bogus"])),
        exception_justification=draw(TEXTS),
        refusal_override=tuple(sorted(draw(st.sets(st.sampled_from(["c0", "c1", "c2"]))))),
    )


@dataclass(frozen=True)
class Situation:
    directory: tuple[Professional, ...]
    room: tuple[Professional, ...]
    consents: tuple[ConsentRecord, ...]
    participation: Participation
    draft: Draft

    def gate_input(self) -> GateInput:
        return GateInput(
            POLICY,
            self.room,
            self.consents,
            YOUTH,
            PERSON,
            self.participation,
            self.draft,
            TODAY,
        )


# Conditions whose generated values are kept as drawn; the others are repaired so that consent,
# the intricate one, often decides alone.
KEPT = st.sets(st.sampled_from(["secrecy", "mission", "necessity", "questions"]), max_size=4)


def _repair(p: Professional, kept: set[str]) -> Professional:
    if "secrecy" not in kept:
        p = replace(p, bound_by_secrecy=True, secrecy_basis="Penal code, art. 458")
    if "mission" not in kept:
        p = replace(p, missions=p.missions | {"youth"})
    return p


@st.composite
def situations(draw: st.DrawFn, discloser_in_room: bool | None = None) -> Situation:
    kept = draw(KEPT)
    directory = tuple(_repair(p, kept) for p in draw(professionals()))
    room = tuple(p for p in directory if draw(st.sampled_from([True, False]))) or directory[:1]
    if discloser_in_room is None:
        discloser_in_room = draw(MOSTLY) if "questions" in kept else True
    pool = room if discloser_in_room else directory
    discloser = draw(st.sampled_from(pool))
    if not discloser_in_room:
        room = tuple(p for p in room if p.id != discloser.id)
    participation = draw(st.sampled_from(Participation))
    item = draw(drafts(discloser.id))
    if "necessity" not in kept:
        item = replace(item, wording="W", could_decide_without=False, necessity_reason="R")
    if "questions" not in kept:
        item = replace(item, good_for_whom="G", why="Y", statement_of="S", opinion_basis="B")
        if participation is Participation.ABSENT:
            item = replace(item, empty_chair_answer="E")
        if item.category_id == "astrology":
            item = replace(item, category_id="health")
    return Situation(
        directory=directory,
        room=room,
        consents=draw(consents(tuple(p.id for p in directory))),
        participation=participation,
        draft=item,
    )


# --- An independent oracle -----------------------------------------------------------------------


def _blank(text: str) -> bool:
    return text.strip() == ""


def _in_force(record: ConsentRecord, category: str) -> bool:
    started = record.valid_from <= TODAY
    not_expired = record.valid_until is None or record.valid_until >= TODAY
    not_revoked = record.revoked_on is None or record.revoked_on > TODAY
    mine = record.person_id == PERSON.id and category in record.categories
    return mine and started and not_expired and not_revoked


def _covers(record: ConsentRecord, p: Professional) -> bool:
    return p.id in record.professionals or any(m in record.missions for m in p.missions)


def recipients(s: Situation) -> list[Professional]:
    return [p for p in s.room if p.id != s.draft.discloser_id]


# A recorded objection blocks exactly like a refusal; "informed" is no consent here.
BLOCKING = (ConsentKind.REFUSED, ConsentKind.OBJECTED)


def blocking_refusals(s: Situation) -> set[str]:
    return {
        r.id
        for r in s.consents
        for p in recipients(s)
        if r.kind in BLOCKING and _in_force(r, s.draft.category_id) and _covers(r, p)
    }


def refusal_blocks(s: Situation) -> bool:
    return bool(blocking_refusals(s))


def exception_ok(s: Situation) -> bool:
    d = s.draft
    return d.exception_id in {"danger", "vulnerable"} and not _blank(d.exception_justification)


def consent_ok(s: Situation) -> bool:
    d = s.draft
    if refusal_blocks(s):
        # Only a justified exception, confirmed against these very refusals, overrides them.
        return exception_ok(s) and blocking_refusals(s) <= set(d.refusal_override)
    records = [r for r in s.consents if _in_force(r, d.category_id)]
    given_records = [r for r in records if r.kind is ConsentKind.GIVEN]
    unobtainable = [r for r in records if r.kind is ConsentKind.NOT_OBTAINABLE]
    people = recipients(s)
    agrees_now = s.participation is Participation.PRESENT and d.person_agrees_now
    covered = bool(given_records) and all(any(_covers(r, p) for r in given_records) for p in people)
    empty_chair = (
        not given_records
        and bool(unobtainable)
        and all(any(_covers(r, p) for r in unobtainable) for p in people)
        and not _blank(d.empty_chair_answer)
        and d.in_persons_interest
    )
    return agrees_now or covered or empty_chair or exception_ok(s)


def recipients_ok(s: Situation) -> bool:
    return all(
        p.bound_by_secrecy and not _blank(p.secrecy_basis) and "youth" in p.missions
        for p in recipients(s)
    )


def answers_blank(s: Situation) -> bool:
    d = s.draft
    required = [d.wording, d.good_for_whom, d.why]
    if d.could_decide_without is False:
        required.append(d.necessity_reason)
    if s.participation is Participation.ABSENT:
        required.append(d.empty_chair_answer)
    if d.nature is Nature.STATEMENT:
        required.append(d.statement_of)
    if d.nature is Nature.OPINION:  # avoiding a priori: an opinion says what it rests on
        required.append(d.opinion_basis)
    return any(_blank(text) for text in required)


def oracle_met(s: Situation) -> dict[str, bool]:
    """Which conditions DESIGN.md §2 says are met, condition by condition."""
    d, people = s.draft, recipients(s)
    questions = [d.good_for_whom, d.why]
    if s.participation is Participation.ABSENT:
        questions.append(d.empty_chair_answer)
    if d.nature is Nature.STATEMENT:
        questions.append(d.statement_of)
    if d.nature is Nature.OPINION:
        questions.append(d.opinion_basis)
    return {
        "consent": consent_ok(s),
        "secrecy": all(p.bound_by_secrecy and not _blank(p.secrecy_basis) for p in people),
        "mission": all("youth" in p.missions for p in people),
        "necessity": d.could_decide_without is False
        and not _blank(d.wording)
        and not _blank(d.necessity_reason),
        "questions": any(p.id == d.discloser_id for p in s.room)
        and POLICY.category(d.category_id) is not None
        and bool(people)  # a share needs a recipient
        and not any(_blank(text) for text in questions),
    }


# --- Properties ----------------------------------------------------------------------------------


@SETTINGS
@given(situations())
def test_share_allowed_only_when_every_condition_holds(s: Situation) -> None:
    result = evaluate_gate(s.gate_input())
    allowed = result.allows_share
    assert [v.condition for v in result.verdicts.values()] == list(POLICY.condition_ids)
    assert allowed == all(v.met for v in result.verdicts.values()) == (result.unmet == ())
    # Condition by condition, so a wrong verdict shows even when another condition fails too.
    assert {c: v.met for c, v in result.verdicts.items()} == oracle_met(s)
    if refusal_blocks(s) and not result.exception_id:  # (a) a valid refusal covers a recipient
        assert not allowed
    if not recipients(s):  # (e) nobody besides the discloser would receive it
        assert not allowed
    if not recipients_ok(s):  # (b) a recipient not bound, without basis, or outside the mission
        assert not allowed
    if s.draft.could_decide_without is not False:  # (c)
        assert not allowed
    if answers_blank(s):  # (d)
        assert not allowed
    consent = result["consent"]
    if result.exception_id:  # flagged only when consent was met through the exception
        assert consent.met and result.exception_id == s.draft.exception_id
        assert consent.by_exception
        assert is_override(consent.reasons[0]) == refusal_blocks(s)
        if not refusal_blocks(s):
            assert consent.reasons[0].key == "consent.exception_met"
    else:
        assert not consent.met or "exception" not in consent.reasons[0].key
    for verdict in result.verdicts.values():  # no fix ever sends every recipient out
        for fix in verdict.fixes:
            if fix.kind is FixKind.STEP_OUT:
                assert set(fix.professional_ids) < {p.id for p in recipients(s)}


@SETTINGS
@given(situations(discloser_in_room=True), st.data())
def test_session_shares_only_what_the_gate_allows(s: Situation, data: st.DataObject) -> None:
    meeting = Meeting(
        id="m1",
        person_id=PERSON.id,
        mission_id=YOUTH.id,
        policy_id=POLICY.id,
        purpose="Generated",
        scheduled_at=NOW,
        facilitator_id=s.draft.discloser_id,
        invitees=tuple(p.id for p in s.directory),
        participation=s.participation,
    )
    counter = itertools.count()
    session = MeetingSession(
        meeting,
        policy=POLICY,
        person=PERSON,
        mission=YOUTH,
        directory=s.directory,
        consents=s.consents,
        clock=lambda: NOW,
        new_id=lambda: f"id-{next(counter)}",
    )
    session.open()
    for p in s.room:
        session.mark_present(p.id)
    session.propose(s.draft.discloser_id, s.draft.category_id)
    fields = ("id", "discloser_id", "proposed_at", "agenda_item_id")
    answers = {k: getattr(s.draft, k) for k in Draft.__dataclass_fields__ if k not in fields}
    session.update_draft(**answers)
    # Some step out (or the discloser), as a facilitator might, before deciding.
    for p in s.room:
        if data.draw(st.booleans(), label=f"{p.id} steps out"):
            session.step_out(p.id)
    result = session.evaluate()
    assert result == session.gate_result
    if result.allows_share:
        room = tuple(p.id for p in session.room() if p.id != s.draft.discloser_id)
        out = tuple(p.id for p in session.stepped_out())
        item = session.share()
        assert (item.with_whom, item.stepped_out) == (room, out)
        assert all(session.presence(pid) is Presence.PRESENT for pid in out)
    else:
        with pytest.raises(SessionError, match="not every condition is met"):
            session.share()
        assert session.shared == () and session.draft is not None
