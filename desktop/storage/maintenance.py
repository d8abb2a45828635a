"""Keeping a workspace safe over time: change the passphrase, purge what is past its retention
period, erase a person (their right to be forgotten) and gather a person's record (their right
of access). Plain functions over an open :class:`~desktop.storage.workspace.Workspace`; no Qt.

Deleting leaves no trace of the content: ``secure_delete`` (always on) zeroes deleted cells,
then ``VACUUM`` rebuilds the file without free pages and a ``TRUNCATE`` checkpoint empties the
WAL, so no page of the file, even decrypted, still holds what was deleted. The audit log keeps
that a purge or an erasure happened, with counts, dates and the ids of the meetings removed,
never the content; past events are never rewritten (the hash chain must hold), and they carry
ids, never names.

An erasure or a purge is written to the workspace's erasure register (outside the file) before it
is carried out, so that it reaches a backup restored later (:func:`reapply_register`), and the
audit chain is anchored after it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.core.entities import (
    InstitutionSettings,
    Meeting,
    MeetingState,
    Person,
    SharedItem,
)
from desktop.core.record import MeetingRecord
from desktop.storage import codec
from desktop.storage.audit import append_event
from desktop.storage.connection import key_pragma
from desktop.storage.erasure_register import Erasure, ErasureRegister, Purge, RegisterEntry
from desktop.storage.errors import (
    RECORD_STOPPED,
    SQLITE_NOTADB,
    Cancelled,
    WorkspaceError,
    WrongPassphrase,
    problem,
)
from desktop.storage.keys import derive_key
from desktop.storage.recorder import utc_now

_CHILD_TABLES = ("shared_items", "withheld_items", "decisions", "actions", "attendance_changes")


class MaintenanceRefused(WorkspaceError):  # noqa: N818 - like the errors of errors.py
    """The maintenance cannot run now (e.g. a meeting is open); nothing was changed."""


# --- Passphrase ----------------------------------------------------------------------------------


def passphrase_opens(path: Path, passphrase: str) -> bool:
    """True when ``passphrase`` decrypts the file at ``path``; reads it immutably (no writes)."""
    conn = sqlcipher3.connect(Path(path).resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(passphrase))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_NOTADB:
            return False
        raise
    finally:
        conn.close()
    return True


def change_passphrase(workspace: Any, old: str, new: str) -> None:
    """Re-encrypt the workspace with ``new`` (``PRAGMA rekey``) once ``old`` is proven right.

    The WAL is checkpointed before and after, so every page of the file is under the new key
    and no frame under the old one is left; the audit log records ``passphrase_changed``.
    Raises :class:`WrongPassphrase` or :class:`InvalidPassphrase`; then nothing changed.
    """
    rekey = "PRAGMA rekey" + key_pragma(new)[len("PRAGMA key") :]  # refuses empty / NUL first
    with workspace.connection() as conn:
        if conn.in_transaction:
            conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if not passphrase_opens(workspace.path, old):
            raise WrongPassphrase(workspace.path)
        conn.execute(rekey)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rekeyed = getattr(workspace, "rekeyed", None)
        if rekeyed is not None:  # its other connections are keyed with the new key now
            rekeyed(derive_key(workspace.path, new))
    workspace.log_event("passphrase_changed")
    _checkpoint(workspace)


def _checkpoint(workspace: Any) -> None:
    with workspace.connection() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def scrub(workspace: Any) -> None:
    """Rebuild the file without free pages and empty the WAL (after deleting content)."""
    with workspace.connection() as conn:
        if conn.in_transaction:
            conn.commit()
        conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM's copy never goes to a temp file
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# --- Retention -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExpiredMeeting:
    """A meeting past the retention period, as the team lead sees it before the purge."""

    meeting_id: str
    day: dt.date
    person_alias: str
    purpose: str
    state: MeetingState
    shared: int
    withheld: int


@dataclass(frozen=True, slots=True)
class RetentionPreview:
    """What :func:`purge_expired` would delete: meetings that ended before ``cutoff``."""

    retention_days: int
    cutoff: dt.date
    meetings: tuple[ExpiredMeeting, ...]
    skipped_open: int  # open meetings past the period: kept until they are closed


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What a purge deleted (the same counts as its audit event)."""

    meetings: int
    items: dict[str, int]
    first_day: dt.date | None
    last_day: dt.date | None


def _counts(workspace: Any, meeting_ids: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(_CHILD_TABLES, 0)
    if not meeting_ids:
        return counts
    with workspace.reading() as conn:
        for table in _CHILD_TABLES:
            total = 0
            for start in range(0, len(meeting_ids), _IN_LIMIT):  # SQLite's limit on values
                chunk = meeting_ids[start : start + _IN_LIMIT]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT count(*) FROM {table} WHERE meeting_id IN ({marks})"
                total += int(conn.execute(sql, chunk).fetchone()[0])
            counts[table] = total
    return counts


def _counts_about(workspace: Any, person_id: str) -> dict[str, int]:
    """What was minuted in the meetings about one person, table by table (joins, on indexes)."""
    with workspace.reading() as conn:
        return {
            table: int(
                conn.execute(
                    f"SELECT count(*) FROM {table} WHERE meeting_id IN "
                    "(SELECT id FROM meetings WHERE person_id = ?)",
                    (person_id,),
                ).fetchone()[0]
            )
            for table in _CHILD_TABLES
        }


_IN_LIMIT = 900
#: A meeting's day, as retention counts it: closed, else opened, else scheduled (its own index).
_DAY = "substr(coalesce(closed_at, opened_at, scheduled_at), 1, 10)"


def preview_retention(
    workspace: Any, today: dt.date | None = None, *, cutoff: dt.date | None = None
) -> RetentionPreview:
    """The meetings older than the institution's retention period (or that ended before
    ``cutoff``, when given), oldest first: read by SQL on the index of the meetings' day."""
    days = workspace.settings().retention_days
    if cutoff is None:
        cutoff = (today or dt.date.today()) - dt.timedelta(days=days)
    sql = (
        f"SELECT m.id, {_DAY}, coalesce(p.alias, ''), m.purpose, m.state, "
        "(SELECT count(*) FROM shared_items WHERE meeting_id = m.id), "
        "(SELECT count(*) FROM withheld_items WHERE meeting_id = m.id) "
        f"FROM meetings AS m LEFT JOIN persons AS p ON p.id = m.person_id "
        f"WHERE {_DAY} < ? AND m.state != 'open' ORDER BY {_DAY}, m.id"
    )
    with workspace.reading() as conn:
        rows = conn.execute(sql, (cutoff.isoformat(),)).fetchall()
        skipped = int(
            conn.execute(
                f"SELECT count(*) FROM meetings WHERE {_DAY} < ? AND state = 'open'",
                (cutoff.isoformat(),),
            ).fetchone()[0]
        )
    expired = tuple(
        ExpiredMeeting(
            meeting_id,
            dt.date.fromisoformat(day),
            alias,
            purpose,
            MeetingState(state),
            int(shared),
            int(withheld),
        )
        for meeting_id, day, alias, purpose, state, shared, withheld in rows
    )
    return RetentionPreview(days, cutoff, expired, skipped)


def _register(workspace: Any) -> ErasureRegister | None:
    return getattr(workspace, "register", None)


def _write_down(record: Callable[[], str], what: str) -> str:
    """Write an erasure or a purge (``what``: ``"erasure"`` or ``"purge"``) to the register
    before carrying it out (returns the line): refused, nothing done, when the register cannot
    be written, since a backup could then bring the data back."""
    try:
        return record()
    except OSError as error:
        why = error.strerror or str(error)
        raise MaintenanceRefused(problem(f"storage.register_{what}", problem=why)) from error


def purge_expired(
    workspace: Any, preview: RetentionPreview, *, reapplied: bool = False
) -> PurgeReport:
    """Delete the meetings of ``preview`` (what the team lead saw) with everything minuted in
    them; the audit log records ``retention_purge`` with counts, the range of days and the ids
    of the meetings removed. ``reapplied`` marks a purge applied again to a restored backup."""
    ids = [m.meeting_id for m in preview.meetings]
    items = _counts(workspace, ids)
    days = [m.day for m in preview.meetings]
    report = PurgeReport(len(ids), items, min(days, default=None), max(days, default=None))
    if not ids:
        return report
    register = _register(workspace)
    written = ""
    if register is not None and not reapplied:
        written = _write_down(lambda: register.record_purge(preview.cutoff, utc_now()), "purge")
    with _taken_back_on_failure(register, written), workspace.transaction() as tx:
        for meeting_id in ids:
            # Only meetings that are still closed or prepared: never one opened since the preview.
            tx.execute("DELETE FROM meetings WHERE id = ? AND state != 'open'", (meeting_id,))
        details = {
            "meetings": len(ids),
            **items,
            "retention_days": preview.retention_days,
            "from_day": report.first_day.isoformat() if report.first_day else None,
            "to_day": report.last_day.isoformat() if report.last_day else None,
            "meeting_ids": ids,
            "reapplied": reapplied,
        }
        append_event(tx, "retention_purge", details, utc_now())
    scrub(workspace)
    workspace.anchor_quietly("retention_purge")
    return report


# --- Erasure -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What erasing a person deleted; ``token`` is the random name of the audit event.

    ``meetings`` were about them alone and went whole; ``family_meetings`` were about them and
    others: those stay, without this person and without the items about them.
    """

    token: str
    meetings: int
    consents: int
    items: dict[str, int]
    family_meetings: int = 0


def _meetings_of(workspace: Any, person_id: str) -> tuple[list[Meeting], list[Meeting]]:
    """The meetings about the person alone, and those about them and others (a family)."""
    alone: list[Meeting] = []
    family: list[Meeting] = []
    for meeting in workspace.meetings_about(person_id):
        (family if meeting.is_family else alone).append(meeting)
    return alone, family


def _items_about(workspace: Any, meetings: list[Meeting], person_id: str) -> dict[str, list[str]]:
    """The ids of the items about ``person_id`` in family meetings, by table.

    An item about this person and others goes too: its wording holds this person's information
    mixed with theirs, which no one can separate after the fact, and an erasure leaves nothing
    of the person behind. The others keep every item about them alone.
    """
    found: dict[str, list[str]] = {"shared_items": [], "withheld_items": []}
    if not meetings:
        return found
    by_id = {m.id: m for m in meetings}
    marks = ",".join("?" * len(by_id))
    with workspace.connection() as conn:
        for table in found:
            sql = f"SELECT id, meeting_id, about FROM {table} WHERE meeting_id IN ({marks})"
            for item_id, meeting_id, about in conn.execute(sql, list(by_id)).fetchall():
                ids = json.loads(about or "[]") or list(by_id[meeting_id].person_ids)
                if person_id in ids:
                    found[table].append(item_id)
    return found


def _actions_of(workspace: Any, meetings: list[Meeting], person: Person) -> list[str]:
    """The ids of the actions the person takes on in family meetings that stay: the console
    records "the person concerned" as their alias (``who_name``), and a name typed is theirs
    when it is their name. Their minutes would go on naming them."""
    if not meetings:
        return []
    names = {n.strip() for n in (person.alias, person.name) if n.strip()}
    marks = ",".join("?" * len(meetings))
    sql = f"SELECT id, who, who_name FROM actions WHERE meeting_id IN ({marks})"
    with workspace.connection() as conn:
        rows = conn.execute(sql, [m.id for m in meetings]).fetchall()
    return [str(i) for i, who, who_name in rows if not who and (who_name or "").strip() in names]


def erasure_counts(workspace: Any, person_id: str) -> ErasureReport:
    """What :func:`erase_person` would delete (``token`` is empty)."""
    alone, family = _meetings_of(workspace, person_id)
    consents = len(workspace.consents(person_id))
    items = _counts(workspace, [m.id for m in alone])
    for table, ids in _items_about(workspace, family, person_id).items():
        items[table] += len(ids)
    return ErasureReport("", len(alone), consents, items, len(family))


def erase_person(workspace: Any, person_id: str, confirm_alias: str) -> ErasureReport:
    """Remove the person, their consent records and their meetings with all that was minuted;
    from a meeting about their family, remove them and the items about them (the others'
    participation and the items about the others alone stay).

    ``confirm_alias`` must be the person's alias (what the team lead typed to confirm). The
    audit log gets ``person_erased`` with a random token and counts: no name, no id.
    """
    person: Person = workspace.person(person_id)
    if confirm_alias.strip() != person.alias.strip():
        raise MaintenanceRefused(problem("storage.alias_mismatch"))
    alone, family = _meetings_of(workspace, person_id)
    if any(m.state is MeetingState.OPEN for m in (*alone, *family)):
        raise MaintenanceRefused(problem("storage.person_meeting_open"))
    register = _register(workspace)
    written = ""
    if register is not None:
        written = _write_down(lambda: register.record_erasure(person_id, utc_now()), "erasure")
    return _erase(workspace, person_id, reapplied=False, taken_back=(register, written))


@contextlib.contextmanager
def _taken_back_on_failure(register: ErasureRegister | None, line: str) -> Iterator[None]:
    """Take the register's line back when the deletion it announced does not commit (disk full):
    otherwise the next opening would carry out an erasure the team lead saw fail."""
    try:
        yield
    except BaseException:
        if register is not None and line:
            with contextlib.suppress(OSError):
                register.take_back(line)
        raise


def _erase(
    workspace: Any,
    person_id: str,
    *,
    reapplied: bool,
    taken_back: tuple[ErasureRegister | None, str] = (None, ""),
) -> ErasureReport:
    alone, family = _meetings_of(workspace, person_id)
    meeting_ids = [m.id for m in alone]
    consent_ids = [c.id for c in workspace.consents(person_id)]
    about = _items_about(workspace, family, person_id)
    actions = _actions_of(workspace, family, workspace.person(person_id))
    counts = erasure_counts(workspace, person_id)
    report = ErasureReport(
        secrets.token_hex(8), counts.meetings, counts.consents, counts.items, counts.family_meetings
    )
    with _taken_back_on_failure(*taken_back), workspace.transaction() as tx:
        for meeting in family:
            # The meeting stays for the others: without this person, first named or not (the
            # row's person_id moves to the next one, so the foreign key does not cascade).
            left = replace(
                meeting,
                person_ids=tuple(pid for pid in meeting.person_ids if pid != person_id),
                taking_part=tuple(t for t in meeting.taking_part if t.person_id != person_id),
            )
            tx.execute(
                "UPDATE meetings SET person_id = ?, persons = ? WHERE id = ?",
                (left.person_id, codec.persons_json(left), meeting.id),
            )
        for table, ids in about.items():
            for item_id in ids:
                tx.execute(f"DELETE FROM {table} WHERE id = ?", (item_id,))
                tx.execute("DELETE FROM stepped_out WHERE item_id = ?", (item_id,))
        for action_id in actions:
            tx.execute("DELETE FROM actions WHERE id = ?", (action_id,))
        # Foreign keys cascade: consents, meetings, and every row of those meetings.
        tx.execute("DELETE FROM persons WHERE id = ?", (person_id,))
        details = {
            "token": report.token,
            "meetings": report.meetings,
            "consents": report.consents,
            **report.items,
            "family_meetings": report.family_meetings,
            # Ids of what went (already in earlier events): verify then knows these rows were
            # removed on purpose. No name, and not the person's id.
            "meeting_ids": meeting_ids,
            "consent_ids": consent_ids,
            "shared_items_ids": about["shared_items"],
            "withheld_items_ids": about["withheld_items"],
            "actions_ids": actions,
            "reapplied": reapplied,
        }
        append_event(tx, "person_erased", details, utc_now())
    scrub(workspace)
    workspace.anchor_quietly("person_erased")
    return report


# --- Re-applying the register to a restored backup ------------------------------------------


@dataclass(frozen=True, slots=True)
class ReapplyReport:
    """What applying the erasure register again removed: people erased, purges run."""

    erasures: int
    purges: int


def reapply_erasures(workspace: Any, register: ErasureRegister) -> int:
    """Erase again everyone the register says was erased and who is in the file (a backup put
    back by hand); returns how many. Their meetings go too, even one left open."""
    erased = sorted(register.erased_person_ids())
    present = _present(workspace, erased)
    for person_id in present:
        _erase(workspace, person_id, reapplied=True)
    return len(present)


def _present(workspace: Any, person_ids: list[str]) -> list[str]:
    """Which of these people are in the file (asked by id: the people are never all read)."""
    found: list[str] = []
    with workspace.reading() as conn:
        for start in range(0, len(person_ids), _IN_LIMIT):
            chunk = person_ids[start : start + _IN_LIMIT]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id FROM persons WHERE id IN ({marks}) ORDER BY rowid"
            found += [str(r[0]) for r in conn.execute(sql, chunk)]
    return found


def reapply_register(workspace: Any, entries: list[RegisterEntry]) -> ReapplyReport:
    """Apply ``entries`` (those recorded after a backup was taken) to the restored workspace:
    each erased person still in it is erased, each purge runs again with its cut-off date."""
    erasures = purges = 0
    present = set(_present(workspace, [e.person_id for e in entries if isinstance(e, Erasure)]))
    for entry in entries:
        if isinstance(entry, Erasure) and entry.person_id in present:
            _erase(workspace, entry.person_id, reapplied=True)
            present.discard(entry.person_id)
            erasures += 1
        elif isinstance(entry, Purge):
            preview = preview_retention(workspace, cutoff=entry.cutoff)
            if preview.meetings:
                purge_expired(workspace, preview, reapplied=True)
                purges += 1
    return ReapplyReport(erasures, purges)


# --- The person's record -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordEntry:
    """One shared item about the person: what, when, by whom, with whom, why."""

    shared_at: dt.datetime
    meeting_id: str
    purpose: str
    category: str
    wording: str
    by_whom: str
    with_whom: tuple[str, ...]
    why: str
    good_for_whom: str


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """Everything shared about one person across all meetings (their right of access)."""

    settings: InstitutionSettings
    person: Person
    meetings: tuple[MeetingRecord, ...]  # opened or closed meetings, oldest first

    def entries(self, lang: str = "en") -> tuple[RecordEntry, ...]:
        """Every shared item, oldest first, with names instead of ids."""
        out = []
        for record in self.meetings:
            for item in sorted(record.shared, key=lambda s: (s.shared_at, s.id)):
                out.append(_entry(record, item, lang))
        return tuple(out)

    @property
    def withheld_count(self) -> int:
        """Items considered and not shared (their content was never recorded)."""
        return sum(len(record.withheld) for record in self.meetings)


def _entry(record: MeetingRecord, item: SharedItem, lang: str) -> RecordEntry:
    def name(pid: str) -> str:
        found = record.directory.get(pid)
        return found.name if found else pid

    return RecordEntry(
        item.shared_at,
        record.meeting.id,
        record.meeting.purpose,
        record.policy.category_name(item.category_id, lang),
        item.wording,
        name(item.discloser_id),
        tuple(name(p) for p in item.with_whom),
        item.why,
        item.good_for_whom,
    )


def person_record(
    workspace: Any,
    person_id: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PersonRecord:
    """The person's record: their opened and closed meetings (found by SQL on the person's
    index), each as a printable record. ``progress(done, total)`` counts the meetings read;
    ``cancelled()`` turning true stops it (:class:`~desktop.storage.errors.Cancelled`)."""
    person = workspace.person(person_id)
    meetings = workspace.meetings_about(person_id, opened=True)
    meetings.sort(key=lambda m: (m.opened_at or m.scheduled_at, m.id))
    records = []
    for done, meeting in enumerate(meetings):
        if cancelled is not None and cancelled():
            raise Cancelled(RECORD_STOPPED)
        if progress is not None:
            progress(done, len(meetings))
        # A family's meeting: only the items about this person (each person's own record).
        records.append(workspace.meeting_record(meeting.id).for_person(person_id))
    return PersonRecord(workspace.settings(), person, tuple(records))
