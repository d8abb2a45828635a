"""Minutes per recipient (issue 9), read back with pypdf as each recipient would read them.

A fictional meeting with step-outs, a walk-in, a refusal that one attendee steps out for, and an
exception over a confirmed refusal. Each copy must hold exactly its reader's items, name only them
in its distribution line, and never show an item its reader stepped out of.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import pytest

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Person,
    Professional,
)
from desktop.core.policy import load_policy
from desktop.core.record import MeetingRecord
from desktop.core.session import MeetingSession
from desktop.minutes import (
    FULL_RECORD,
    RECIPIENT_COPY,
    MinutesError,
    export_copies,
    plan_copies,
    render_minutes,
    render_person_copy,
)

from .reading import all_text
from .records import YOUTH, FakeClock

WORDINGS = {
    1: "ITEMONE sleeps badly since March",
    2: "ITEMTWO often late on Mondays",
    3: "ITEMTHREE her parents argue at night",
    4: "ITEMFOUR spoke of hurting herself",
}
YOUTH_ONLY = frozenset({"youth"})
TEAM = (
    Professional("martin", "Anna Martin", "social worker", "CPAS", True, "Social law", YOUTH_ONLY),
    Professional("leroy", "Bruno Leroy", "psychologist", "PMS", True, "Psychologist", YOUTH_ONLY),
    Professional("dubois", "Claire Dubois", "educator", "AMO", True, "Educator", YOUTH_ONLY),
    Professional("peeters", "Sam Peeters", "police officer", "Zone Sud", False, ""),
    Professional(
        "olga", "Olga Janssens", "psychiatrist", "Hospital", True, "Physician",
        frozenset({"mental_health"}),
    ),
)  # fmt: skip
WALK_IN = Professional("wendy", "Wendy Walker", "nurse", "School", True, "Nurse", YOUTH_ONLY)
# Who received which item (the discloser never does).
EXPECTED = {
    "martin": {1, 2, 4},
    "leroy": {2, 3, 4},
    "dubois": {1, 4},
    "peeters": set(),
    "olga": set(),
    "wendy": {2, 3},
}


def _share(session: MeetingSession, who: str, category: str, number: int, **more: object) -> None:
    session.propose(who, category)
    for pid in ("peeters", "olga"):
        session.step_out(pid)
    for pid in more.pop("also_out", ()):  # type: ignore[attr-defined]
        session.step_out(pid)
    session.update_draft(
        wording=WORDINGS[number],
        good_for_whom="For J.",
        why="The plan needs it",
        empty_chair_answer="She would agree",
        could_decide_without=False,
        necessity_reason="No plan without it",
        **more,
    )
    session.share()


def build() -> MeetingRecord:
    policy = load_policy()
    clock = FakeClock()
    counter = itertools.count(1)
    person = Person("julie", "Julie Dupont", "J.D.")
    consents = (
        ConsentRecord(
            "given", "julie", ConsentKind.GIVEN, frozenset({"health", "school", "family"}),
            missions=YOUTH_ONLY, valid_from=dt.date(2026, 1, 1),
        ),
        ConsentRecord(
            "no-family-to-dubois", "julie", ConsentKind.REFUSED, frozenset({"family"}),
            professionals=frozenset({"dubois"}), valid_from=dt.date(2026, 1, 1),
        ),
        ConsentRecord(
            "no-mental-health", "julie", ConsentKind.REFUSED, frozenset({"mental_health"}),
            missions=YOUTH_ONLY, valid_from=dt.date(2026, 1, 1),
        ),
    )  # fmt: skip
    meeting = Meeting(
        "m9", ("julie",), "youth", policy.id, "Keep J. at home safely", clock.now, "martin",
        agenda=(AgendaItem("a1", "School", 20),), invitees=tuple(p.id for p in TEAM),
    )  # fmt: skip
    session = MeetingSession(
        meeting, policy=policy, person=person, mission=YOUTH, directory=TEAM,
        consents=consents, clock=clock, new_id=lambda: f"id{next(counter)}",
    )  # fmt: skip
    session.open()
    for p in TEAM:
        session.mark_present(p.id)
    session.start_agenda_item(0)
    _share(session, "leroy", "health", 1)
    session.admit(WALK_IN)
    _share(session, "dubois", "school", 2)
    _share(session, "martin", "family", 3, also_out=("dubois",))
    _share(
        session, "wendy", "mental_health", 4, exception_id="danger",
        exception_justification="She named a date", refusal_override=("no-mental-health",),
    )  # fmt: skip
    session.close()
    return MeetingRecord(
        settings=InstitutionSettings("Fictional youth service", "Our rule.", (YOUTH,)),
        policy=policy, meeting=session.meeting, person=person, mission=YOUTH,
        directory={p.id: p for p in session.directory()}, attendance=session.attendance(),
        consents=consents, shared=session.shared, withheld=session.withheld,
        decisions=session.decisions, actions=session.actions,
    )  # fmt: skip


@pytest.fixture(scope="module")
def rich() -> MeetingRecord:
    return build()


@pytest.fixture(scope="module")
def copies(rich: MeetingRecord) -> dict[str, str]:
    return {pid: all_text(render_minutes(rich, "en", pid).pdf) for pid in EXPECTED}


def _distribution(text: str) -> str:
    return text.rsplit("Distribution", 1)[1]


def test_the_record_says_who_received_each_item(rich: MeetingRecord) -> None:
    got = {pid: {i.sequence for i in rich.items_for(pid)} for pid in EXPECTED}
    assert got == EXPECTED
    assert [c.professional.id for c in rich.copies()] == [*EXPECTED]


@pytest.mark.parametrize("pid", list(EXPECTED))
def test_each_copy_holds_exactly_its_readers_items(copies: dict[str, str], pid: str) -> None:
    text = copies[pid]
    for number, wording in WORDINGS.items():
        assert (wording in text) == (number in EXPECTED[pid]), (pid, number)


@pytest.mark.parametrize("pid", list(EXPECTED))
def test_each_copy_is_addressed_to_its_reader_and_names_only_them_for_distribution(
    rich: MeetingRecord, copies: dict[str, str], pid: str
) -> None:
    text = copies[pid]
    me = rich.directory[pid]
    assert f"Copy for {me.label()}" in text
    assert f"· for {me.name}" in text  # the running header of every page
    distribution = _distribution(text)
    assert me.name in distribution
    for other in EXPECTED:
        if other != pid:
            assert rich.directory[other].name not in distribution


def test_nobody_finds_in_writing_what_they_stepped_out_of(
    rich: MeetingRecord, copies: dict[str, str]
) -> None:
    for item in rich.shared:
        for pid in item.stepped_out:
            assert WORDINGS[item.sequence] not in copies[pid]


def test_someone_not_bound_by_secrecy_gets_a_copy_without_any_item(
    copies: dict[str, str],
) -> None:
    text = copies["peeters"]
    assert "You are not bound by professional secrecy: this copy holds no shared item." in text
    assert not any(wording in text for wording in WORDINGS.values())
    assert "No item was shared with you." in copies["olga"]


def test_even_a_record_where_an_unbound_person_received_an_item_gives_them_none(
    rich: MeetingRecord,
) -> None:
    # E.g. the directory changed since: their copy still holds nothing.
    first = dataclasses.replace(rich.shared[0], with_whom=(*rich.shared[0].with_whom, "peeters"))
    changed = dataclasses.replace(rich, shared=(first, *rich.shared[1:]))
    text = all_text(render_minutes(changed, "en", "peeters").pdf)
    assert WORDINGS[1] not in text


def test_the_full_record_lists_every_item_with_who_received_it(rich: MeetingRecord) -> None:
    text = all_text(render_minutes(rich, "en").pdf)
    assert all(wording in text for wording in WORDINGS.values())
    assert "Full record, for the file: kept by Anna Martin (social worker)." in text
    assert "Received by: Anna Martin (social worker), Claire Dubois (educator)" in text
    assert "Stepped out: Sam Peeters (police officer), Olga Janssens (psychiatrist)" in text
    distribution = _distribution(text)
    assert "Bruno Leroy (psychologist), PMS — S2, S3, S4" in distribution
    assert "Sam Peeters (police officer), Zone Sud — not bound by secrecy: no shared item" in (
        distribution
    )
    assert "Olga Janssens (psychiatrist), Hospital — no shared item" in distribution
    # The attendees table says who stepped out of which item.
    assert "Sam Peeters police officer Zone Sud Not bound by secrecy Present S1, S2, S3, S4" in (
        text
    )


def test_the_exception_over_a_refusal_is_flagged_wherever_the_item_appears(
    rich: MeetingRecord, copies: dict[str, str]
) -> None:
    full = all_text(render_minutes(rich, "en").pdf)
    for text in (full, copies["martin"], copies["leroy"], copies["dubois"]):
        assert "SHARED UNDER A POLICY EXCEPTION" in text
        assert (
            "The person had refused or objected to this sharing; the exception overrode it." in text
        )
    assert "SHARED UNDER A POLICY EXCEPTION" not in copies["wendy"]  # she shared it herself
    person = all_text(render_person_copy(rich, "en").pdf)
    assert "This was shared without your agreement because: She named a date" in person
    assert "You had said no to this." in person


def test_the_persons_copy_says_with_whom_and_who_left_the_room(rich: MeetingRecord) -> None:
    text = all_text(render_person_copy(rich, "en").pdf)
    assert "Who heard it: Anna Martin, Claire Dubois." in text
    assert "Asked to leave the room while this was said: Sam Peeters, Olga Janssens." in text
    assert "Sam Peeters (police officer), Zone Sud — left the room for points 1, 2, 3, 4 below" in (
        text
    )


def test_copies_are_deterministic_and_their_names_stable(
    rich: MeetingRecord, tmp_path: Path
) -> None:
    assert render_minutes(rich, "en", "leroy").pdf == render_minutes(build(), "en", "leroy").pdf
    plan = plan_copies(rich, tmp_path, "en")
    assert [(p.kind, p.path.name, p.item_numbers) for p in plan] == [
        (FULL_RECORD, "J.D-2026-03-12-full-record.pdf", (1, 2, 3, 4)),
        (RECIPIENT_COPY, "J.D-2026-03-12-copy-Anna-Martin.pdf", (1, 2, 4)),
        (RECIPIENT_COPY, "J.D-2026-03-12-copy-Bruno-Leroy.pdf", (2, 3, 4)),
        (RECIPIENT_COPY, "J.D-2026-03-12-copy-Claire-Dubois.pdf", (1, 4)),
        (RECIPIENT_COPY, "J.D-2026-03-12-copy-Sam-Peeters.pdf", ()),
        (RECIPIENT_COPY, "J.D-2026-03-12-copy-Olga-Janssens.pdf", ()),
        (RECIPIENT_COPY, "J.D-2026-03-12-copy-Wendy-Walker.pdf", (2, 3)),
    ]
    assert plan_copies(rich, tmp_path, "fr")[0].path.name == "J.D-2026-03-12-dossier-complet.pdf"


def test_export_copies_writes_every_file_with_the_password(
    rich: MeetingRecord, tmp_path: Path
) -> None:
    written = export_copies(rich, tmp_path, "en", password="correct horse")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(w.path.name for w, _ in written)
    for planned, _result in written:
        data = planned.path.read_bytes()
        text = all_text(data, password="correct horse")
        if planned.kind == RECIPIENT_COPY:
            expected = EXPECTED[planned.recipient_id]
            assert {n for n, w in WORDINGS.items() if w in text} == expected
        else:
            assert all(w in text for w in WORDINGS.values())


def test_there_is_no_copy_for_someone_who_was_not_there(rich: MeetingRecord) -> None:
    with pytest.raises(MinutesError, match="was not present"):
        render_minutes(rich, "en", "nobody")


def test_a_copy_in_french(rich: MeetingRecord) -> None:
    text = all_text(render_minutes(rich, "fr", "olga").pdf)
    assert "Exemplaire d'Olga Janssens (psychiatrist)" in text
    assert "Aucune information n'a été partagée avec vous." in text


def test_same_second_items_keep_sharing_order(rich: MeetingRecord) -> None:
    # All four items were shared within minutes; forcing the same second changes nothing.
    moment = rich.shared[0].shared_at
    same = tuple(
        dataclasses.replace(i, shared_at=moment, id=f"z{9 - n}") for n, i in enumerate(rich.shared)
    )
    text = all_text(render_minutes(dataclasses.replace(rich, shared=same), "en").pdf)
    positions = [text.index(WORDINGS[n]) for n in (1, 2, 3, 4)]
    assert positions == sorted(positions)
