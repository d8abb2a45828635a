"""Workspace round trips, connection settings and meeting preparation rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE, make_settings

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    Meeting,
    MeetingState,
    Mission,
    Participation,
    Person,
    PersonNaming,
    Professional,
)
from desktop.storage.connection import SCHEMA_VERSION
from desktop.storage.errors import MeetingNotPrepared, WorkspaceExists
from desktop.storage.workspace import Workspace


def test_pragmas_hold_on_a_reopened_workspace(workspace: Workspace, workspace_path: Path) -> None:
    workspace.close()
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert ws.pragma("journal_mode") == "wal"
        assert ws.pragma("synchronous") == 2  # FULL
        assert ws.pragma("foreign_keys") == 1
        assert ws.pragma("secure_delete") == 1
        assert ws.schema_version() == SCHEMA_VERSION


def test_foreign_keys_refuse_a_consent_for_an_unknown_person(workspace: Workspace) -> None:
    consent = ConsentRecord("c", "nobody", ConsentKind.GIVEN, frozenset({"school"}))
    with pytest.raises(Exception, match="FOREIGN KEY"):
        workspace.save_consent(consent)
    assert workspace.audit_events()[-1].kind == "workspace_created"  # rolled back with it


def test_settings_round_trip(workspace: Workspace, workspace_path: Path) -> None:
    assert workspace.settings() == make_settings()
    changed = dataclasses.replace(
        make_settings(),
        name="Service «Ô» — 🪑",
        missions=(Mission("youth", "Youth care"), Mission("x", 'It\'s "quoted"')),
        person_naming=PersonNaming.FULL_NAME,
        retention_days=30,
        lock_minutes=2,
        meeting_lock_minutes=45,
        language="fr",
        contact="Rue de Fer 3, Namur — 081 00 00 00",
    )
    workspace.save_settings(changed)
    workspace.close()
    with Workspace.open(workspace_path, PASSPHRASE) as ws:
        assert ws.settings() == changed
        event = ws.audit_events()[-1]
        assert event.kind == "settings_changed"
        assert "name" in event.details["fields"]
        assert ws.policy().id == "be-shared-secrecy"


def test_directory_persons_and_consents_round_trip(workspace: Workspace) -> None:
    pro = Professional("a", "Alix", "nurse", "Org", True, "profession", frozenset({"youth", "x"}))
    workspace.save_professional(pro)
    workspace.save_professional(dataclasses.replace(pro, active=False, role="head nurse"))
    workspace.save_professionals([Professional("b", "Bo", "police")])
    assert workspace.professionals() == [
        dataclasses.replace(pro, active=False, role="head nurse"),
        Professional("b", "Bo", "police"),
    ]
    assert [p.id for p in workspace.professionals(include_inactive=False)] == ["b"]

    person = Person("x", "Xenia", "X.", "R-1", "Wants to be asked")
    workspace.save_person(person)
    assert workspace.persons() == [person]
    consent = ConsentRecord(
        "c1",
        "x",
        ConsentKind.NOT_OBTAINABLE,
        frozenset({"health"}),
        missions=frozenset({"youth"}),
        professionals=frozenset({"a"}),
        valid_from=dt.date(2026, 1, 1),
        valid_until=dt.date(2027, 1, 1),
        obtained_how="",
        reason="in hospital",
        revoked_on=dt.date(2026, 6, 1),
        recorded_on=dt.date(2026, 1, 2),
    )
    workspace.save_consent(consent)
    workspace.save_consent(ConsentRecord("c2", "x", ConsentKind.GIVEN, frozenset()))
    assert workspace.consents("x") == [
        consent,
        ConsentRecord("c2", "x", ConsentKind.GIVEN, frozenset()),
    ]
    kinds = [e.kind for e in workspace.audit_events()]
    assert kinds.count("professional_saved") == 3
    assert kinds.count("consent_saved") == 2


def _meeting(**changes: object) -> Meeting:
    meeting = Meeting(
        id="m",
        person_id="x",
        mission_id="youth",
        policy_id="be-shared-secrecy",
        purpose="Purpose",
        scheduled_at=dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        facilitator_id="a",
        agenda=(AgendaItem("i1", "One", 5), AgendaItem("i2", "Two")),
        invitees=("a", "b"),
        participation=Participation.REPRESENTED,
        advocate="an advocate",
        informed_beforehand=True,
        informed_how="letter",
    )
    return dataclasses.replace(meeting, **changes)  # type: ignore[arg-type]


def test_meeting_round_trip_update_and_delete(workspace: Workspace) -> None:
    workspace.save_person(Person("x", "Xenia", "X."))
    workspace.save_meeting(_meeting())
    assert workspace.meetings() == [_meeting()]
    workspace.save_meeting(_meeting(purpose="Another purpose"))
    assert workspace.meeting("m").purpose == "Another purpose"
    workspace.delete_meeting("m")
    assert workspace.meetings() == []
    with pytest.raises(KeyError):
        workspace.meeting("m")


def test_an_open_meeting_cannot_be_edited_or_deleted(seeded: Workspace) -> None:
    seeded.start_session("m1").open()
    meeting = seeded.meeting("m1")
    assert meeting.state is MeetingState.OPEN
    with pytest.raises(MeetingNotPrepared):
        seeded.save_meeting(dataclasses.replace(meeting, state=MeetingState.PREPARED))
    with pytest.raises(MeetingNotPrepared):
        seeded.save_meeting(meeting)
    with pytest.raises(MeetingNotPrepared):
        seeded.delete_meeting("m1")
    assert seeded.open_meetings() == [seeded.meeting("m1")]


def test_create_refuses_an_existing_file(workspace_path: Path) -> None:
    workspace_path.write_bytes(b"something")
    with pytest.raises(WorkspaceExists):
        Workspace.create(workspace_path, PASSPHRASE, make_settings())
    assert workspace_path.read_bytes() == b"something"


def test_log_event_refuses_content(workspace: Workspace) -> None:
    workspace.log_event("minutes_exported", meeting_id="m1", pages=3)
    assert workspace.audit_events()[-1].details == {"meeting_id": "m1", "pages": 3}
    with pytest.raises(ValueError, match="wording"):
        workspace.log_event("oops", wording="secret")
