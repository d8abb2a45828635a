"""A deliberation's notes never reach the disk; only the conclusion does, linked to its decision
(issue 15 §4). And an opinion's basis is stored with the shared item, covered by the audit
chain like the rest of the item."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_helpers import files_containing, plain_dump, plaintext_export
from storage_helpers import PASSPHRASE, make_settings, seed
from tamper_helpers import events, query, tamper

from desktop.core.deliberation_method import load_method
from desktop.core.entities import Nature, Participation
from desktop.storage import codec
from desktop.storage.row_digest import digest_of
from desktop.storage.verify import verify_workspace
from desktop.storage.workspace import Workspace

METHOD = load_method()
QUESTION = "WOMBAT-question: should the school know why X. is tired?"
NOTES = [f"AXOLOTL-note-{i}: said at step {i}" for i in range(len(METHOD.steps))]
CONCLUSION = "WOMBAT-conclusion: the school hears only that X. is tired"
DECISION = "WOMBAT-decision: A. Fontaine tells the school"
ABANDONED_QUESTION = "IBEX-question: should we call the police?"
ABANDONED_NOTES = [f"IBEX-note-{i}" for i in range(3)]
ABANDONED_CONCLUSION = "IBEX-conclusion drafted, then dropped"
BASIS = "MARMOT-basis: three home visits since May"
SECRETS = [*NOTES, ABANDONED_QUESTION, *ABANDONED_NOTES, ABANDONED_CONCLUSION]
KEPT = [QUESTION, CONCLUSION, DECISION, BASIS]

CONTENT_FREE = {
    "deliberation_started": {"meeting_id", "deliberation_id", "method_id", "steps"},
    "deliberation_step": {"meeting_id", "deliberation_id", "step"},
    "deliberation_concluded": {
        "meeting_id",
        "deliberation_id",
        "row_digest",
        "method_id",
        "decision_id",
        "steps_reached",
        "notes_written",
    },
    "deliberation_abandoned": {
        "meeting_id",
        "deliberation_id",
        "steps_reached",
        "notes_written",
        "at_close",
    },
}


def deliberate(ws: Workspace) -> None:
    """A meeting with an opinion shared, one deliberation abandoned and one concluded."""
    session = ws.start_session("m1")
    session.open()
    for pid in ("a", "b"):
        session.mark_present(pid)
    session.set_participation(Participation.ABSENT)
    session.propose("a", "school")
    session.update_draft(
        nature=Nature.OPINION,
        opinion_basis=BASIS,
        wording="Seems tired in the mornings",
        good_for_whom="X.",
        why="The plan",
        empty_chair_answer="She would agree",
        could_decide_without=False,
        necessity_reason="Needed",
    )
    item = session.share()

    session.start_deliberation(ABANDONED_QUESTION, METHOD)
    for index, note in enumerate(ABANDONED_NOTES):
        session.write_deliberation_note(note, index)
        session.next_deliberation_step()
    session.set_deliberation_conclusion(ABANDONED_CONCLUSION)
    session.abandon_deliberation()

    session.start_deliberation(QUESTION, METHOD)
    for index, note in enumerate(NOTES):
        session.write_deliberation_note(note)
        if index < len(NOTES) - 1:
            session.next_deliberation_step()
    session.previous_deliberation_step()
    session.set_deliberation_conclusion(CONCLUSION)
    session.conclude_deliberation(decision_text=DECISION, item_ids=[item.id])
    session.close()


def test_notes_never_reach_the_file_the_wal_or_the_folder(
    seeded: Workspace, workspace_path: Path, tmp_path: Path
) -> None:
    deliberate(seeded)
    folder = workspace_path.parent
    # While open (the WAL holds the newest pages), the files are ciphertext throughout.
    assert files_containing(folder, SECRETS + KEPT) == []
    dump = plain_dump(workspace_path)
    for kept in KEPT:
        assert kept in dump, kept  # the dump does see what is kept
    for secret in SECRETS:
        assert secret not in dump, secret
    seeded.close()
    assert files_containing(folder, SECRETS + KEPT) == []
    # The whole decrypted file, free pages included: the notes were never written at all.
    plain, _free = plaintext_export(workspace_path, tmp_path / "plain.db")
    assert CONCLUSION.encode() in plain
    for secret in SECRETS:
        assert secret.encode() not in plain and secret.encode("utf-16-le") not in plain


def test_the_audit_log_keeps_content_free_deliberation_events(
    seeded: Workspace, workspace_path: Path
) -> None:
    deliberate(seeded)
    seeded.close()
    log = [(kind, details) for _, kind, details in events(workspace_path)]
    kinds = [kind for kind, _ in log if kind.startswith("deliberation_")]
    assert kinds == [
        "deliberation_started",
        "deliberation_step",
        "deliberation_step",
        "deliberation_step",
        "deliberation_abandoned",
        "deliberation_started",
        *["deliberation_step"] * 7,  # forward through seven steps, then back one
        "deliberation_concluded",
    ]
    for kind, details in log:
        if kind in CONTENT_FREE:
            assert set(details) == CONTENT_FREE[kind], kind
    abandoned = next(d for k, d in log if k == "deliberation_abandoned")
    assert (abandoned["steps_reached"], abandoned["notes_written"]) == (4, 3)
    concluded = next(d for k, d in log if k == "deliberation_concluded")
    assert (concluded["steps_reached"], concluded["notes_written"]) == (7, 7)
    # The decision made from the conclusion is recorded with it, and linked to it.
    decision = next(d for k, d in log if k == "decision_added")
    assert decision["decision_id"] == concluded["decision_id"]
    everything = repr(log)
    for text in SECRETS + KEPT:
        assert text not in everything


def test_the_conclusion_comes_back_linked_to_its_decision(
    seeded: Workspace, workspace_path: Path
) -> None:
    deliberate(seeded)
    record = seeded.meeting_record("m1")
    (conclusion,) = record.deliberations
    (decision,) = record.decisions
    assert (conclusion.question, conclusion.conclusion) == (QUESTION, CONCLUSION)
    assert conclusion.decision_id == decision.id and decision.text == DECISION
    assert conclusion.method_id == "dilemma-method"
    assert conclusion.method_name.text("fr") == "Méthode du dilemme"
    assert conclusion.method_name.text("nl") == "Dilemmamethode"
    assert record.shared[0].opinion_basis == BASIS
    seeded.close()
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok


def test_a_deliberation_under_way_when_the_app_stops_leaves_nothing(
    seeded: Workspace, workspace_path: Path
) -> None:
    session = seeded.start_session("m1")
    session.open()
    session.mark_present("a")
    session.start_deliberation(ABANDONED_QUESTION, METHOD)
    session.write_deliberation_note(ABANDONED_NOTES[0])
    session.set_deliberation_conclusion(ABANDONED_CONCLUSION)
    seeded.close()  # the process stops: the deliberation was only in memory
    with Workspace.open(workspace_path, PASSPHRASE, config=None) as ws:
        resumed = ws.start_session("m1")
        assert resumed.deliberation is None and resumed.deliberations == ()
    dump = plain_dump(workspace_path)
    for secret in (ABANDONED_QUESTION, ABANDONED_NOTES[0], ABANDONED_CONCLUSION):
        assert secret not in dump


def test_a_resumed_meeting_keeps_its_concluded_deliberation(
    seeded: Workspace, workspace_path: Path
) -> None:
    session = seeded.start_session("m1")
    session.open()
    session.mark_present("a")
    session.start_deliberation(QUESTION, METHOD)
    session.set_deliberation_conclusion(CONCLUSION)
    conclusion = session.conclude_deliberation(decision_text=DECISION)
    seeded.close()
    with Workspace.open(workspace_path, PASSPHRASE, config=None) as ws:
        resumed = ws.start_session("m1")
        assert resumed.deliberations == (conclusion,)
        assert [d.text for d in resumed.decisions] == [DECISION]


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE deliberations SET conclusion = 'another conclusion'",
        "UPDATE deliberations SET decision_id = 'elsewhere'",
        "UPDATE shared_items SET opinion_basis = 'another basis'",
    ],
)
def test_changing_a_conclusion_or_a_basis_behind_the_apps_back_is_named(
    seeded: Workspace, workspace_path: Path, change: str
) -> None:
    deliberate(seeded)
    seeded.close()
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok
    tamper(workspace_path, change)
    report = verify_workspace(workspace_path, PASSPHRASE, config=None)
    assert {finding.kind for finding in report.findings} == {"row_changed"}


def test_a_deleted_conclusion_is_named(seeded: Workspace, workspace_path: Path) -> None:
    deliberate(seeded)
    seeded.close()
    ((deliberation_id,),) = query(workspace_path, "SELECT id FROM deliberations")
    tamper(workspace_path, "DELETE FROM deliberations")
    report = verify_workspace(workspace_path, PASSPHRASE, config=None)
    assert {finding.kind for finding in report.findings} == {"row_missing"}
    assert f"deliberation conclusion {deliberation_id}" in report.summary()


def test_rows_without_a_basis_keep_the_digest_they_had_before_the_column(
    seeded: Workspace,
) -> None:
    session = seeded.start_session("m1")
    session.open()
    for pid in ("a", "b"):
        session.mark_present(pid)
    session.propose("a", "school")
    session.update_draft(
        wording="Late",
        good_for_whom="X.",
        why="Plan",
        empty_chair_answer="Agrees",
        could_decide_without=False,
        necessity_reason="Needed",
    )
    row = codec.shared_row(session.share())
    before_0008 = {k: v for k, v in row.items() if k != "opinion_basis"}
    assert digest_of("shared_items", row) == digest_of("shared_items", before_0008)
    assert digest_of("shared_items", row | {"opinion_basis": "x"}) != digest_of("shared_items", row)


def test_a_workspace_from_before_issue_15_is_upgraded_without_loss(
    workspace_path: Path,
) -> None:
    from desktop.storage import connection, schema

    with Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=None) as ws:
        seed(ws)
        session = ws.start_session("m1")
        session.open()
        for pid in ("a", "b"):
            session.mark_present(pid)
        session.propose("a", "school")
        session.update_draft(
            wording="OLD-wording",
            good_for_whom="X.",
            why="Plan",
            empty_chair_answer="Agrees",
            could_decide_without=False,
            necessity_reason="Needed",
        )
        session.share()
    # Back to the schema before migration 0008, as the last release wrote it.
    conn = connection.open_connection(workspace_path, PASSPHRASE)
    try:
        conn.execute("ALTER TABLE shared_items DROP COLUMN opinion_basis")
        conn.execute("DROP TABLE deliberations")
        conn.execute("ALTER TABLE settings DROP COLUMN deliberation_method")
        conn.execute(
            "DELETE FROM _sqlite_migrations WHERE name = '0008_deliberations_and_opinion_basis'"
        )
        conn.execute("PRAGMA user_version = 5")
        conn.commit()
    finally:
        conn.close()
    with Workspace.open(workspace_path, PASSPHRASE, config=None) as ws:
        assert ws.schema_version() == connection.SCHEMA_VERSION
        applied = [m.name for m in schema.migrations.applied(ws._db)]
        assert applied[-1] == "0008_deliberations_and_opinion_basis"
        record = ws.meeting_record("m1")
        assert record.shared[0].wording == "OLD-wording" and record.shared[0].opinion_basis == ""
        assert record.deliberations == ()
        assert ws.settings().deliberation_method == ""
    assert verify_workspace(workspace_path, PASSPHRASE, config=None).ok
