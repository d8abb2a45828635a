"""A workspace: one encrypted file holding a team's data (DESIGN.md §3, §4).

:class:`Workspace` is the only door to the file: it reads and writes entities, builds the meeting
session with its recorder, and keeps the audit log. Every write is one transaction with its audit
event; known SQLite and OS errors become :class:`~desktop.storage.errors.WorkspaceError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlcipher3
from sqlite_utils import Database

from desktop.core.entities import (
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    MeetingState,
    Mission,
    Person,
    Professional,
)
from desktop.core.policy import Policy, load_policy
from desktop.core.record import MeetingRecord
from desktop.core.session import MeetingSession
from desktop.storage import codec, loading
from desktop.storage.audit import AuditEvent, append_event, check_details, read_events
from desktop.storage.connection import open_connection, schema_version
from desktop.storage.errors import (
    MeetingNotPrepared,
    NotAWorkspace,
    WorkspaceError,
    WorkspaceExists,
    problem,
    translating,
)
from desktop.storage.lock import WorkspaceLock
from desktop.storage.recorder import SessionRecorder, insert, upsert, utc_now
from desktop.storage.schema import upgrade
from desktop.storage.verify import VerifyReport, verify_workspace


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


class Workspace:
    """An open workspace. Use :meth:`create` or :meth:`open`; close it (or use ``with``)."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, lock: WorkspaceLock) -> None:
        """Wrap an open, keyed connection; prefer :meth:`create` and :meth:`open`."""
        self.path = path
        self._conn = conn
        self._db = Database(conn, execute_plugins=False)
        self._lock = lock
        self._mutex = threading.RLock()
        self._policies: dict[str, Policy] = {}

    # --- Opening and closing ---------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, settings: InstitutionSettings) -> Workspace:
        """Create a new encrypted workspace at ``path`` (which must not exist)."""
        path = Path(path)
        if path.exists():
            raise WorkspaceExists(problem("storage.exists", path=str(path)))
        lock = WorkspaceLock(path)
        lock.acquire()
        conn: sqlcipher3.Connection | None = None
        try:
            with translating(path):
                conn = open_connection(path, passphrase, create=True)
            workspace = cls(path, conn, lock)
            with workspace._transaction():
                upgrade(workspace._db)
            with workspace._transaction() as tx:
                insert(tx, "settings", codec.settings_row(settings))
                append_event(
                    tx,
                    "workspace_created",
                    {"schema_version": schema_version(conn), "policy_id": settings.policy_id},
                    utc_now(),
                )
        except BaseException:
            if conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.close()
            _remove_files(path)
            lock.release()
            raise
        return workspace

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Workspace:
        """Open an existing workspace; raises a :class:`WorkspaceError` for known problems."""
        path = Path(path)
        lock = WorkspaceLock(path)
        lock.acquire()
        try:
            conn = open_connection(path, passphrase)
        except BaseException:
            lock.release()
            raise
        workspace = cls(path, conn, lock)
        try:
            with translating(path):
                if "settings" not in workspace._db.table_names():
                    raise NotAWorkspace(problem("storage.not_a_workspace", path=str(path)))
            with workspace._transaction():
                upgrade(workspace._db)
        except BaseException:
            workspace.close()
            raise
        return workspace

    def close(self) -> None:
        """Close the file (checkpointing the WAL) and release the lock. Safe to call twice."""
        with self._mutex:
            if not self._lock.held:
                return
            try:
                self._conn.close()
            finally:
                self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- Low level -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Any]:
        """One transaction on the connection; known errors are translated."""
        with self._mutex, translating(self.path), self._db.atomic():
            yield self._conn

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._mutex, translating(self.path):
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlcipher3.Connection]:
        """The open connection, held alone and without a transaction, for the work that needs
        one (backup, re-key, vacuum: :mod:`desktop.storage.backup`, ``maintenance``)."""
        with self._mutex, translating(self.path):
            yield self._conn

    def transaction(self) -> contextlib.AbstractContextManager[Any]:
        """One transaction, as every write of the workspace uses (for maintenance)."""
        return self._transaction()

    def schema_version(self) -> int:
        """The schema version of the file (``PRAGMA user_version``)."""
        with self._mutex, translating(self.path):
            return schema_version(self._conn)

    def pragma(self, name: str) -> Any:
        """The value of a read-only ``PRAGMA name`` (for checks and tests)."""
        if not name.replace("_", "").isalnum():
            raise ValueError(name)
        with self._mutex, translating(self.path):
            return self._conn.execute(f"PRAGMA {name}").fetchone()[0]

    # --- Settings and directory ------------------------------------------------------------------

    def settings(self) -> InstitutionSettings:
        """The institution's settings."""
        return codec.settings_from(self._rows("SELECT * FROM settings WHERE id = 1")[0])

    def save_settings(self, s: InstitutionSettings) -> None:
        """Replace the settings; the audit log names the fields that changed."""
        old = codec.settings_row(self.settings())
        new = codec.settings_row(s)
        with self._transaction() as tx:
            upsert(tx, "settings", new)
            changed = sorted(k for k in new if new[k] != old[k])
            append_event(tx, "settings_changed", {"fields": changed}, utc_now())
        self._policies.clear()

    def policy(self, policy_id: str | None = None) -> Policy:
        """The policy named by the settings (or ``policy_id``), loaded once."""
        policy_id = policy_id or self.settings().policy_id
        if policy_id not in self._policies:
            self._policies[policy_id] = load_policy(policy_id)
        return self._policies[policy_id]

    def professionals(self, include_inactive: bool = True) -> list[Professional]:
        """The directory, in the order entries were added."""
        where = "" if include_inactive else " WHERE active = 1"
        rows = self._rows(f"SELECT * FROM professionals{where} ORDER BY rowid")
        return [codec.professional_from(r) for r in rows]

    def save_professional(self, p: Professional) -> None:
        """Insert or update one directory entry."""
        self.save_professionals([p])

    def save_professionals(self, ps: list[Professional]) -> None:
        """Insert or update several directory entries in one transaction (e.g. a CSV import)."""
        with self._transaction() as tx:
            for p in ps:
                upsert(tx, "professionals", codec.professional_row(p))
                append_event(tx, "professional_saved", {"professional_id": p.id}, utc_now())

    def persons(self) -> list[Person]:
        """Every person concerned."""
        return [codec.person_from(r) for r in self._rows("SELECT * FROM persons ORDER BY rowid")]

    def person(self, person_id: str) -> Person:
        """One person concerned; ``KeyError`` when unknown."""
        rows = self._rows("SELECT * FROM persons WHERE id = ?", (person_id,))
        if not rows:
            raise KeyError(person_id)
        return codec.person_from(rows[0])

    def save_person(self, p: Person) -> None:
        """Insert or update a person concerned."""
        with self._transaction() as tx:
            upsert(tx, "persons", codec.person_row(p))
            append_event(tx, "person_saved", {"person_id": p.id}, utc_now())

    def consents(self, person_id: str) -> list[ConsentRecord]:
        """A person's consent records, in the order they were recorded."""
        rows = self._rows("SELECT * FROM consents WHERE person_id = ? ORDER BY rowid", (person_id,))
        return [codec.consent_from(r) for r in rows]

    def save_consent(self, c: ConsentRecord) -> None:
        """Insert or update a consent record (the person must exist)."""
        with self._transaction() as tx:
            upsert(tx, "consents", codec.consent_row(c))
            details = {"consent_id": c.id, "person_id": c.person_id, "kind": c.kind.value}
            append_event(tx, "consent_saved", details, utc_now())

    # --- Meetings --------------------------------------------------------------------------------

    def meetings(self) -> list[Meeting]:
        """Every meeting, by scheduled time."""
        rows = self._rows("SELECT * FROM meetings ORDER BY scheduled_at, rowid")
        return [codec.meeting_from(r) for r in rows]

    def meeting(self, meeting_id: str) -> Meeting:
        """One meeting; ``KeyError`` when unknown."""
        rows = self._rows("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise KeyError(meeting_id)
        return codec.meeting_from(rows[0])

    def open_meetings(self) -> list[Meeting]:
        """Meetings left open (e.g. by a crash): to resume."""
        return [m for m in self.meetings() if m.state is MeetingState.OPEN]

    def _require_prepared(self, meeting_id: str, doing: str) -> bool:
        """True when the meeting exists; raises unless it is still prepared. ``doing`` is
        ``"change"`` or ``"delete"``."""
        rows = self._rows("SELECT state FROM meetings WHERE id = ?", (meeting_id,))
        if rows and rows[0]["state"] != MeetingState.PREPARED.value:
            raise MeetingNotPrepared(
                problem(
                    "storage.meeting_not_prepared",
                    doing=problem(f"storage.doing.{doing}"),
                    state=problem(f"storage.state.{rows[0]['state']}"),
                )
            )
        return bool(rows)

    def save_meeting(self, m: Meeting) -> None:
        """Insert or update a meeting being prepared; an open or closed one cannot change."""
        if m.state is not MeetingState.PREPARED:
            raise MeetingNotPrepared(
                problem(
                    "storage.meeting_cannot_change", state=problem(f"storage.state.{m.state.value}")
                )
            )
        with self._transaction() as tx:
            existed = self._require_prepared(m.id, "change")
            upsert(tx, "meetings", codec.meeting_row(m))
            details = {"meeting_id": m.id, "person_id": m.person_id, "updated": existed}
            append_event(tx, "meeting_prepared", details, utc_now())

    def delete_meeting(self, meeting_id: str) -> None:
        """Delete a meeting that has not been opened."""
        with self._transaction() as tx:
            if not self._require_prepared(meeting_id, "delete"):
                raise KeyError(meeting_id)
            tx.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            append_event(tx, "meeting_deleted", {"meeting_id": meeting_id}, utc_now())

    def start_session(
        self,
        meeting_id: str,
        clock: Callable[[], dt.datetime] | None = None,
        new_id: Callable[[], str] | None = None,
    ) -> MeetingSession:
        """The live session of a meeting, with a recorder that commits every event before the
        session's action returns. An open meeting resumes where it was."""
        meeting = self.meeting(meeting_id)
        settings = self.settings()
        mission = settings.mission(meeting.mission_id) or Mission(
            meeting.mission_id, meeting.mission_id
        )
        record = loading.session_record(self._rows, meeting)
        options: dict[str, Any] = {}
        if clock is not None:
            options["clock"] = clock
        if new_id is not None:
            options["new_id"] = new_id
        session = MeetingSession(
            meeting,
            policy=self.policy(meeting.policy_id),
            person=self.person(meeting.person_id),
            mission=mission,
            directory=self.professionals(),
            consents=self.consents(meeting.person_id),
            record=record if meeting.state is not MeetingState.PREPARED else None,
            **options,
        )
        SessionRecorder(self._transaction, session).attach()
        return session

    def meeting_record(self, meeting_id: str) -> MeetingRecord:
        """Everything printable about a meeting, for the minutes."""
        meeting = self.meeting(meeting_id)
        settings = self.settings()
        record = loading.session_record(self._rows, meeting)
        directory = {p.id: p for p in self.professionals()}
        mentioned = loading.mentioned_ids(meeting, record)
        return MeetingRecord(
            settings=settings,
            policy=self.policy(meeting.policy_id),
            meeting=meeting,
            person=self.person(meeting.person_id),
            mission=settings.mission(meeting.mission_id)
            or Mission(meeting.mission_id, meeting.mission_id),
            directory={pid: directory[pid] for pid in mentioned if pid in directory},
            attendance=record.attendance,
            consents=tuple(self.consents(meeting.person_id)),
            shared=tuple(record.shared),
            withheld=tuple(record.withheld),
            decisions=tuple(record.decisions),
            actions=tuple(record.actions),
        )

    # --- Audit log -------------------------------------------------------------------------------

    def audit_events(self) -> list[AuditEvent]:
        """The whole audit log, in order."""
        with self._mutex, translating(self.path):
            return read_events(self._conn)

    def log_event(self, kind: str, **details: Any) -> None:
        """Append an event (e.g. ``minutes_exported``): ids and counts, never content."""
        check_details(details)
        with self._transaction() as tx:
            append_event(tx, kind, details, utc_now())


__all__ = ["VerifyReport", "Workspace", "WorkspaceError", "verify_workspace"]
