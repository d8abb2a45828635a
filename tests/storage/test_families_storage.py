"""Meetings about a family on disk: several persons, whose each item is, migration, erasure.

Everything here is fictional.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from safety_helpers import add_meeting, add_person, plain_dump
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.core.entities import (
    AgendaItem,
    Meeting,
    MeetingState,
    Participation,
    Person,
    Relationship,
)
from desktop.core.session import SessionError
from desktop.storage import connection
from desktop.storage.maintenance import erase_person, erasure_counts, person_record
from desktop.storage.verify import verify_workspace
from desktop.storage.workspace import Workspace

WHEN = dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC)


def _family(ws: Workspace) -> None:
    """Xenia (seeded, the mother) and her children Yann and Zoé, each with their own consent."""
    ws.save_person(
        dataclasses.replace(
            ws.person("x"), household="Quillfeather", relationship=Relationship.PARENT
        )
    )
    add_person(ws, "y", "Yann Quillfeather", "Y.Q.")
    add_person(ws, "z", "Zoé Quillfeather", "Z.Q.")
    for pid in ("y", "z"):
        ws.save_person(
            dataclasses.replace(
                ws.person(pid), household="Quillfeather", relationship=Relationship.CHILD
            )
        )


def _family_meeting(ws: Workspace) -> dict[str, str]:
    """A family meeting: one item about each person alone, one about Xenia and Yann, one not
    shared about Zoé. Returns the item ids by name."""
    ws.save_meeting(
        Meeting(
            id="fam",
            person_ids=("x", "y", "z"),
            mission_id="youth",
            policy_id="be-shared-secrecy",
            purpose="Family support plan",
            scheduled_at=WHEN,
            facilitator_id="a",
            agenda=(AgendaItem("i1", "School"),),
            invitees=("a", "b"),
        )
    )
    clock = iter(WHEN + dt.timedelta(minutes=n) for n in range(1000))
    session = ws.start_session("fam", clock=lambda: next(clock))
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.set_participation(Participation.PRESENT, person_id="x")
    ids: dict[str, str] = {}
    for name, about in (("x", ["x"]), ("xy", ["x", "y"]), ("y", ["y"]), ("z", ["z"])):
        session.propose("a", "school")
        session.update_draft(
            about=about,
            could_decide_without=False,
            wording=f"WORDING-{name}",
            good_for_whom="the children's mornings",
            why="the school plan",
            empty_chair_answer="they would agree",
            necessity_reason="needed",
        )
        ids[name] = session.share().id
    session.propose("b", "health")
    session.update_draft(about=["z"], could_decide_without=True)
    ids["withheld"] = session.not_share().id
    session.add_decision("Adapt the timetable", [ids["x"], ids["xy"]])
    session.close()
    return ids


def test_a_family_meeting_keeps_its_persons_their_participation_and_whose_items(
    workspace_path: Path,
) -> None:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        _family(ws)
        ids = _family_meeting(ws)
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        meeting = ws.meeting("fam")
        assert meeting.person_ids == ("x", "y", "z")
        assert meeting.participation_of("x") is Participation.PRESENT
        assert meeting.participation_of("y") is Participation.ABSENT
        assert ws.person("y").household == "Quillfeather"
        assert ws.person("y").relationship is Relationship.CHILD
        record = ws.meeting_record("fam")
        about = {item.id: item.about for item in record.shared}
        assert about[ids["xy"]] == ("x", "y")
        assert record.withheld[0].about == ("z",)
        assert [p.id for p in record.concerned] == ["x", "y", "z"]
        # Each person's record holds only the items about them.
        assert [item.id for item in record.for_person("y").shared] == [ids["xy"], ids["y"]]
        assert [e.wording for e in person_record(ws, "z").entries()] == ["WORDING-z"]
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok


def test_the_session_refuses_an_item_about_someone_the_meeting_does_not_concern(
    workspace_path: Path,
) -> None:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        _family(ws)
        ws.save_meeting(dataclasses.replace(ws.meeting("m1"), person_ids=("x", "y")))
        session = ws.start_session("m1")
        session.open()
        session.mark_present("a")
        with pytest.raises(SessionError):
            session.set_participation(Participation.PRESENT, person_id="z")
        session.propose("a", "school")
        with pytest.raises(SessionError):
            session.update_draft(about=["z"])
        session.close()


def test_erasing_one_family_member_keeps_the_others_items(workspace_path: Path) -> None:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        _family(ws)
        ids = _family_meeting(ws)
        counts = erasure_counts(ws, "y")
        assert (counts.meetings, counts.family_meetings) == (0, 1)
        assert counts.items["shared_items"] == 2  # Yann's own item, and the one about him too
        erase_person(ws, "y", "Y.Q.")
        meeting = ws.meeting("fam")
        assert meeting.person_ids == ("x", "z")
        assert meeting.participation_of("x") is Participation.PRESENT
        record = ws.meeting_record("fam")
        assert [i.id for i in record.shared] == [ids["x"], ids["z"]]
        assert len(record.withheld) == 1
        # The first person named can go too: the meeting stays for the others.
        erase_person(ws, "x", "X.Q.")
        assert ws.meeting("fam").person_ids == ("z",)
        assert [i.id for i in ws.meeting_record("fam").shared] == [ids["z"]]
    dump = plain_dump(workspace_path)
    assert "WORDING-xy" not in dump and "WORDING-y" not in dump and "Yann" not in dump
    assert "WORDING-z" in dump
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok


def test_a_single_person_workspace_from_before_families_reads_without_loss(
    workspace_path: Path,
) -> None:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        add_meeting(ws, "m2", "x", WHEN, "OLD")
        before = ws.meeting_record("m2")
    # Back to the schema before families: no household, no list of persons, no "about"
    # (nor the index of the persons, which came after).
    conn = connection.open_connection(workspace_path, PASSPHRASE)
    try:
        for statement in (
            "DROP TRIGGER meeting_persons_added",
            "DROP TRIGGER meeting_persons_changed",
            "DROP TABLE meeting_persons",
            "DELETE FROM _sqlite_migrations WHERE name = '0011_meeting_persons'",
        ):
            conn.execute(statement)
        for table, column in (
            ("persons", "household"),
            ("persons", "relationship"),
            ("meetings", "persons"),
            ("shared_items", "about"),
            ("withheld_items", "about"),
        ):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_families'")
        conn.execute(f"PRAGMA user_version = {connection.SCHEMA_VERSION - 1}")
        conn.commit()
    finally:
        conn.close()
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert ws.schema_version() == connection.SCHEMA_VERSION
        record = ws.meeting_record("m2")
        assert record.meeting.person_ids == ("x",)
        assert record.meeting.participation_of("x") is before.meeting.participation
        assert [p.id for p in record.concerned] == ["x"]
        assert ws.person("x") == Person("x", "Xenia Quillfeather", "X.Q.", "REF-1")
        # Every item stays the one person's, in their record and in their own copy.
        assert [i.wording for i in record.shared] == [i.wording for i in before.shared]
        assert all(item.is_about("x", record.meeting) for item in record.shared)
        assert record.for_person("x").shared == record.shared
        assert [e.wording for e in person_record(ws, "x").entries()] == [
            "OLD-wording: often late at school"
        ]
        # And an old meeting still erases whole with its person.
        erase_person(ws, "x", "X.Q.")
        with pytest.raises(KeyError):
            ws.meeting("m2")
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok


def test_the_undertaking_is_kept_with_who_gave_it_and_when_and_the_minutes_list_it(
    workspace_path: Path,
) -> None:
    from desktop.minutes import render_minutes
    from tests.minutes.reading import all_text

    settings = dataclasses.replace(make_settings(), undertaking="on")
    with Workspace.create(workspace_path, PASSPHRASE, settings) as ws:
        seed(ws)
        clock = iter(WHEN + dt.timedelta(minutes=n) for n in range(100))
        session = ws.start_session("m1", clock=lambda: next(clock))
        assert session.undertaking_required
        session.open()
        session.mark_present("a")
        session.mark_present("b")
        session.give_undertaking(["b"])
        session.close()
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert ws.settings().undertaking == "on"
        record = ws.meeting_record("m1")
        assert list(record.undertakings) == ["b"]
        text = all_text(render_minutes(record, "en").pdf)
        assert "Confidentiality undertaking" in text
        assert "Basile Roux (psychologist), at" in text
        assert "Alix Fontaine (social worker), at" not in text
        # Turned off in the settings: the same framework does not ask.
        ws.save_settings(dataclasses.replace(ws.settings(), undertaking="off"))
        ws.save_meeting(dataclasses.replace(ws.meeting("m1"), id="m3", state=MeetingState.PREPARED))
        assert not ws.start_session("m3").undertaking_required
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok


def test_the_meetings_list_names_every_person_and_finds_a_family_by_any_of_them(
    workspace_path: Path,
) -> None:
    from desktop.core.lists import MeetingSearch

    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        _family(ws)
        _family_meeting(ws)
        rows = {row.id: row for row in ws.meeting_page(MeetingSearch())}
        assert rows["fam"].person_aliases == "X.Q., Y.Q., Z.Q."  # in the team's order
        assert rows["m1"].person_alias == "X.Q."
        # Searching for the second child finds the family's meeting, not Xenia's own.
        found = [row.id for row in ws.meeting_page(MeetingSearch(person="Zoé"))]
        assert found == ["fam"]
        assert ws.meeting_count(MeetingSearch(person="Zoé")) == 1
        # Her record holds the family's meeting, with only what was about her.
        assert [m.id for m in ws.meetings_about("z")] == ["fam"]


def _persons_as_the_meetings_say(ws: Workspace) -> list[tuple[str, int, str]]:
    import json

    with ws.reading() as conn:
        rows = conn.execute("SELECT id, persons FROM meetings").fetchall()
    return sorted(
        (meeting_id, position, entry["id"])
        for meeting_id, persons in rows
        for position, entry in enumerate(json.loads(persons))
    )


def _meeting_persons(ws: Workspace) -> list[tuple[str, int, str]]:
    with ws.reading() as conn:
        return sorted(conn.execute("SELECT meeting_id, position, person_id FROM meeting_persons"))


def test_the_index_of_a_meetings_persons_follows_every_write(workspace_path: Path) -> None:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        _family(ws)
        _family_meeting(ws)  # saved, opened, participation set, closed
        prepared = dataclasses.replace(ws.meeting("fam"), id="m2", state=MeetingState.PREPARED)
        ws.save_meeting(dataclasses.replace(prepared, person_ids=("x",), taking_part=()))
        assert ("fam", 2, "z") in _meeting_persons(ws)
        assert _meeting_persons(ws) == _persons_as_the_meetings_say(ws)
        ws.save_meeting(dataclasses.replace(ws.meeting("m2"), person_ids=("y", "x")))
        assert ("m2", 0, "y") in _meeting_persons(ws)
        assert _meeting_persons(ws) == _persons_as_the_meetings_say(ws)
        erase_person(ws, "y", "Y.Q.")  # out of the family's meeting; m2 is about x too
        assert _meeting_persons(ws) == _persons_as_the_meetings_say(ws)
        assert "y" not in {person for _, _, person in _meeting_persons(ws)}
        erase_person(ws, "x", "X.Q.")  # m1 goes (the foreign key cascades); the family stays
        assert _meeting_persons(ws) == _persons_as_the_meetings_say(ws)
        assert [m.id for m in ws.meetings_about("z")] == ["fam"]


def test_a_workspace_from_before_the_index_gets_it_filled(workspace_path: Path) -> None:
    from desktop.core.lists import MeetingSearch

    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        _family(ws)
        _family_meeting(ws)
    conn = connection.open_connection(workspace_path, PASSPHRASE)
    try:  # back to the schema before it, as the last release wrote it
        conn.execute("DROP TABLE meeting_persons")
        conn.execute("DROP TRIGGER meeting_persons_added")
        conn.execute("DROP TRIGGER meeting_persons_changed")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0011_meeting_persons'")
        conn.execute(f"PRAGMA user_version = {connection.SCHEMA_VERSION - 1}")
        conn.commit()
    finally:
        conn.close()
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert _meeting_persons(ws) == _persons_as_the_meetings_say(ws)
        assert [row.id for row in ws.meeting_page(MeetingSearch(person="Zoé"))] == ["fam"]
        ws.save_meeting(dataclasses.replace(ws.meeting("m1"), person_ids=("x", "z")))
        assert _meeting_persons(ws) == _persons_as_the_meetings_say(ws)  # the triggers came too
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok


def test_erasing_a_family_member_removes_the_actions_they_took_on(workspace_path: Path) -> None:
    # The console records "the person concerned" as the one who acts by their alias: left in the
    # meeting that stays, the minutes would go on naming the person erased.
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        _family(ws)
        ws.save_meeting(
            Meeting(
                id="fam",
                person_ids=("x", "y"),
                mission_id="youth",
                policy_id="be-shared-secrecy",
                purpose="Family support plan",
                scheduled_at=WHEN,
                facilitator_id="a",
                agenda=(AgendaItem("i1", "School"),),
                invitees=("a", "b"),
            )
        )
        clock = iter(WHEN + dt.timedelta(minutes=n) for n in range(100))
        session = ws.start_session("fam", clock=lambda: next(clock))
        session.open()
        session.mark_present("a")
        session.mark_present("b")
        session.add_action("", "ACTION-of-Xenia: call the school", None, [], "X.Q.")
        session.add_action("", "ACTION-typed: see the GP", None, [], "Xenia Quillfeather")
        session.add_action("", "ACTION-of-Yann: bring the form", None, [], "Y.Q.")
        session.add_action("a", "ACTION-of-a: visit the family", None, [])
        session.close()
        erase_person(ws, "x", "X.Q.")
        kept = [a.what for a in ws.meeting_record("fam").actions]
        assert kept == ["ACTION-of-Yann: bring the form", "ACTION-of-a: visit the family"]
    dump = plain_dump(workspace_path)
    assert "X.Q." not in dump and "Xenia" not in dump and "ACTION-of-Xenia" not in dump
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok
