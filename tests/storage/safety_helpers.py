"""Fictional meetings with distinctive words, and scans for those words, for the safety tests
(backups, retention, erasure). A word found in a scan is content that should not be there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlcipher3
from storage_helpers import PASSPHRASE

from desktop.core.entities import AgendaItem, Meeting, Participation, Person
from desktop.storage.connection import key_pragma
from desktop.storage.workspace import Workspace


def words(marker: str) -> dict[str, str]:
    """Distinctive texts of one meeting, all containing ``marker``."""
    return {
        "wording": f"{marker}-wording: often late at school",
        "good_for_whom": f"{marker}-good for her mornings",
        "why": f"{marker}-why the plan needs it",
        "empty_chair_answer": f"{marker}-she would have agreed",
        "necessity_reason": f"{marker}-necessity",
        "decision": f"{marker}-decision: adapt the timetable",
        "action": f"{marker}-action: call the school",
        "purpose": f"{marker}-purpose of the meeting",
    }


def add_meeting(
    ws: Workspace,
    meeting_id: str,
    person_id: str,
    when: dt.datetime,
    marker: str,
    *,
    close: bool = True,
) -> dict[str, str]:
    """Prepare and run one meeting about ``person_id`` with :func:`words` ``marker``: one item
    shared, one not shared, a decision and an action; closed unless ``close=False``."""
    texts = words(marker)
    ws.save_meeting(
        Meeting(
            id=meeting_id,
            person_ids=(person_id,),
            mission_id="youth",
            policy_id="be-shared-secrecy",
            purpose=texts["purpose"],
            scheduled_at=when,
            facilitator_id="a",
            agenda=(AgendaItem("i1", "School"),),
            invitees=("a", "b"),
        )
    )
    clock = iter(when + dt.timedelta(minutes=n) for n in range(1000))
    session = ws.start_session(meeting_id, clock=lambda: next(clock))
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.set_participation(Participation.ABSENT)
    session.propose("a", "school")
    session.update_draft(
        could_decide_without=False,
        **{k: texts[k] for k in ("wording", "good_for_whom", "why", "empty_chair_answer")},
        necessity_reason=texts["necessity_reason"],
    )
    item = session.share()
    session.propose("b", "health")
    session.update_draft(could_decide_without=False, wording=f"{marker}-never shared")
    session.not_share()
    session.add_decision(texts["decision"], [item.id])
    session.add_action("b", texts["action"], item_ids=[item.id])
    if close:
        session.close()
    return texts


def add_person(ws: Workspace, person_id: str, name: str, alias: str) -> None:
    """A second fictional person, with the same consent as the seeded one."""
    import dataclasses

    ws.save_person(Person(person_id, name, alias, f"REF-{person_id}", f"{name} wishes"))
    consent = dataclasses.replace(ws.consents("x")[0], id=f"c-{person_id}", person_id=person_id)
    ws.save_consent(consent)


def plain_dump(path: Path, passphrase: str = PASSPHRASE) -> str:
    """Every row of every table of the decrypted workspace, as text."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(key_pragma(passphrase))
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            repr(row) for table in tables for row in conn.execute(f'SELECT * FROM "{table}"')
        )
    finally:
        conn.close()


def plaintext_export(path: Path, out: Path, passphrase: str = PASSPHRASE) -> tuple[bytes, int]:
    """The decrypted database as bytes (``sqlcipher_export`` into a plain file) and the number
    of free pages of the encrypted file.

    Why this is enough to scan: the export holds every table, index and schema entry; the free
    pages are the only place deleted content could survive outside it, so their count must be 0
    (``VACUUM``), and ``secure_delete`` zeroes deleted cells inside live pages.
    """
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(key_pragma(passphrase))
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return out.read_bytes(), free


def files_containing(folder: Path, texts: list[str]) -> list[tuple[str, str]]:
    """(file name, text) for every file under ``folder`` holding one of ``texts`` (UTF-8/16)."""
    hits = []
    for path in (p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for text in texts:
            if text.encode() in data or text.encode("utf-16-le") in data:
                hits.append((path.name, text))
    return hits
