"""What is withheld never reaches the disk; what is stored is never in plaintext (DESIGN §7)."""

from __future__ import annotations

from pathlib import Path

from storage_helpers import PASSPHRASE

from desktop.core.entities import Participation
from desktop.demo import PERSONS, create_demo_workspace
from desktop.storage.connection import open_connection
from desktop.storage.workspace import Workspace

NOT_SHARED = {
    "wording": "QUOKKA-not-shared-wording: sleeps at her aunt's on Tuesdays",
    "good_for_whom": "QUOKKA-good-for-whom answer",
    "why": "QUOKKA-why answer",
    "empty_chair_answer": "QUOKKA-empty-chair answer",
    "necessity_reason": "QUOKKA-necessity reason",
}
POSTPONED = {
    "wording": "PANGOLIN-postponed-wording: debt of 4,312 euros",
    "good_for_whom": "PANGOLIN-good-for-whom answer",
    "why": "PANGOLIN-why answer",
    "empty_chair_answer": "PANGOLIN-empty-chair answer",
    "necessity_reason": "PANGOLIN-necessity reason",
    "statement_of": "PANGOLIN-statement-of",
}
SHARED = {
    "wording": "NARWHAL-shared-wording: often late at school",
    "good_for_whom": "NARWHAL-good-for-whom",
    "why": "NARWHAL-why",
    "empty_chair_answer": "NARWHAL-empty-chair",
    "necessity_reason": "NARWHAL-necessity",
}
PERSON_NAME = "Xenia Quillfeather"


def _needles(texts: list[str]) -> list[bytes]:
    needles = []
    for text in texts:
        needles += [text.encode("utf-8"), text.encode("utf-16-le")]
    return needles


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _found(folder: Path, texts: list[str]) -> list[tuple[str, str]]:
    hits = []
    for path in _files(folder):
        data = path.read_bytes()
        for text in texts:
            if any(needle in data for needle in _needles([text])):
                hits.append((path.name, text))
    return hits


def drive_meeting(ws: Workspace) -> None:
    """One item shared, one not shared, one postponed, each with distinctive texts."""
    session = ws.start_session("m1")
    session.open()
    for pid in ("a", "b", "p"):
        session.mark_present(pid)
    session.set_participation(Participation.ABSENT)
    session.propose("a", "school")
    session.step_out("p")
    session.update_draft(could_decide_without=False, **SHARED)
    session.share()
    session.propose("b", "family")
    session.update_draft(could_decide_without=False, **NOT_SHARED)
    session.not_share()
    session.propose("a", "finances")
    session.update_draft(could_decide_without=False, **POSTPONED)
    session.postpone("a", "Ask X.Q. first")


def test_withheld_content_never_reaches_any_file(seeded: Workspace, workspace_path: Path) -> None:
    drive_meeting(seeded)
    folder = workspace_path.parent
    withheld = list(NOT_SHARED.values()) + list(POSTPONED.values())
    # While the workspace is open (the WAL holds the newest pages) ...
    assert sorted(p.name for p in _files(folder)) == [
        "team.ecw",
        "team.ecw-shm",
        "team.ecw-wal",
        "team.ecw.lock",
    ]
    assert _found(folder, [*withheld, PERSON_NAME, *SHARED.values()]) == []
    # ... and not in the decrypted database either: the withheld content was never written.
    conn = open_connection(workspace_path, PASSPHRASE)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = "\n".join(
            repr(row) for table in tables for row in conn.execute(f'SELECT * FROM "{table}"')
        )
    finally:
        conn.close()
    assert SHARED["wording"] in dump and PERSON_NAME in dump  # the dump does see content
    for text in withheld:
        assert text not in dump
    seeded.close()
    assert _found(folder, [*withheld, PERSON_NAME, *SHARED.values()]) == []


def test_demo_persons_names_are_never_in_plaintext(tmp_path: Path) -> None:
    create_demo_workspace(tmp_path / "demo.ecw")
    names = [p.name for p in PERSONS] + [p.known_wishes for p in PERSONS if p.known_wishes]
    assert [p.name for p in _files(tmp_path)] == ["demo.ecw"]
    assert _found(tmp_path, names) == []
    with Workspace.open(tmp_path / "demo.ecw", "demo") as ws:
        assert [p.name for p in ws.persons()] == [p.name for p in PERSONS]
