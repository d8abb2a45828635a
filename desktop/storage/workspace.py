"""A workspace: one encrypted file holding a team's data (DESIGN.md §3, §4).

:class:`Workspace` is the only door to the file: it reads and writes entities, builds the meeting
session with its recorder, and keeps the audit log. Every write is one transaction with its audit
event; known SQLite and OS errors become :class:`~desktop.storage.errors.WorkspaceError`.

Outside the file, in the user's configuration folder and under the workspace's own id, it keeps
the anchors of its audit chain (:mod:`desktop.storage.anchors`: one at each milestone — created,
opened, meeting closed, export, backup, purge, erasure, closed) and its erasure register
(:mod:`desktop.storage.erasure_register`, re-applied at every opening).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
    current_consents,
)
from desktop.core.lists import MeetingListRow, MeetingSearch, PersonListRow, PersonSearch
from desktop.core.policy import Policy, load_policy
from desktop.core.record import AuditSeal, MeetingRecord
from desktop.core.session import MeetingSession
from desktop.storage import codec, lists, loading
from desktop.storage.anchor_check import CLOSED, OPENED
from desktop.storage.anchors import ANCHOR_EVENT, Anchor, AnchorStore, place_of, valid_workspace_id
from desktop.storage.audit import (
    AuditEvent,
    Chained,
    ChainHead,
    append_event,
    check_details,
    read_events,
)
from desktop.storage.connection import connect_again, full_check, open_keyed, schema_version
from desktop.storage.erasure_register import ErasureRegister
from desktop.storage.errors import (
    CHECK_STOPPED,
    Cancelled,
    MeetingNotPrepared,
    NotAWorkspace,
    WorkspaceError,
    WorkspaceExists,
    problem,
    translating,
)
from desktop.storage.keys import WorkspaceKey
from desktop.storage.lock import WorkspaceLock
from desktop.storage.recorder import SessionRecorder, insert, upsert, utc_now
from desktop.storage.row_digest import stored_digest
from desktop.storage.schema import upgrade
from desktop.storage.user_config import USER_CONFIG, ConfigChoice, resolve_config_folder
from desktop.storage.verify import VerifyReport, verify_workspace

#: Events after which the chain's head is anchored outside the file (besides opening and closing).
MILESTONE_EVENTS = frozenset({"minutes_exported", "person_record_exported"})


@dataclass(frozen=True, slots=True)
class FirstSteps:
    """What a new workspace has on the way to its first meeting."""

    team: bool = False  # an active professional in the directory
    person: bool = False
    consent: bool = False
    meeting: bool = False


class _AnchorNotKeptError(Exception):
    """The anchor folder could not be written: the anchor event is rolled back."""


def _remove_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


class _Shared:
    """What every connection of one open workspace shares: the file's lock and key, one lock
    for writing (writes from any connection of this process go one at a time, so the chain's
    head can be kept in memory), the chain's head, and what is kept outside the file."""

    def __init__(self, lock: WorkspaceLock, key: WorkspaceKey | None) -> None:
        self.lock = lock
        self.key = key
        self.writing = threading.RLock()
        self.chain = ChainHead()
        self.policies: dict[str, Policy] = {}
        self.anchors: AnchorStore | None = None
        self.register: ErasureRegister | None = None


class Workspace:
    """An open workspace. Use :meth:`create` or :meth:`open`; close it (or use ``with``).

    The window reads and writes on the workspace's connection; work that takes long (backup,
    checks, purge, the person's record) runs on a connection of its own
    (:meth:`on_own_connection`), so the window's reads go on meanwhile (WAL). Writes from either
    go one at a time.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        lock: WorkspaceLock,
        *,
        key: WorkspaceKey | None = None,
        unclean: bool = False,
        shared: _Shared | None = None,
    ) -> None:
        """Wrap an open, keyed connection; prefer :meth:`create` and :meth:`open`."""
        self.path = path
        self._conn = conn
        self._db = Database(conn, execute_plugins=False)
        self._mutex = threading.RLock()
        self._shared = shared or _Shared(lock, key)
        self._lock = self._shared.lock
        self._own_connection = shared is not None
        self._chained = Chained(conn, self._shared.chain)
        #: The app had not closed the file cleanly last time (a WAL was left): the full-file
        #: check (:meth:`check_file`) is worth running, in the background.
        self.unclean_shutdown = unclean

    @property
    def _anchors(self) -> AnchorStore | None:
        return self._shared.anchors

    @property
    def _register(self) -> ErasureRegister | None:
        return self._shared.register

    @property
    def _policies(self) -> dict[str, Policy]:
        return self._shared.policies

    # --- Opening and closing ---------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        settings: InstitutionSettings,
        *,
        config: ConfigChoice = USER_CONFIG,
    ) -> Workspace:
        """Create a new encrypted workspace at ``path`` (which must not exist); its anchors and
        erasure register go to ``config`` (``None``: nowhere outside the file)."""
        path = Path(path)
        if path.exists():
            raise WorkspaceExists(problem("storage.exists", path=str(path)))
        lock = WorkspaceLock(path)
        lock.acquire()
        conn: sqlcipher3.Connection | None = None
        try:
            with translating(path):
                opened = open_keyed(path, passphrase, create=True)
            conn = opened.conn
            workspace = cls(path, conn, lock, key=opened.key)
            with workspace._transaction():
                upgrade(workspace._db)
            workspace._after_migrations()
            with workspace._transaction() as tx:
                insert(tx, "settings", codec.settings_row(settings))
                created = {"schema_version": schema_version(conn), "policy_id": settings.policy_id}
                if workspace.workspace_id:
                    created["workspace_id"] = workspace.workspace_id
                append_event(tx, "workspace_created", created, utc_now())
            workspace._keep_outside(resolve_config_folder(config))
            workspace.anchor("workspace_created")
        except BaseException:
            if conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.close()
            _remove_files(path)
            lock.release()
            raise
        return workspace

    @classmethod
    def open(cls, path: Path, passphrase: str, *, config: ConfigChoice = USER_CONFIG) -> Workspace:
        """Open an existing workspace; raises a :class:`WorkspaceError` for known problems.

        With a configuration folder (``config``), an anchor whose event a stopped app could not
        commit is written again, the opening is anchored, and erasures recorded in the register
        are applied again to anyone found back in the file.
        """
        path = Path(path)
        lock = WorkspaceLock(path)
        lock.acquire()
        try:
            opened = open_keyed(path, passphrase)
        except BaseException:
            lock.release()
            raise
        workspace = cls(path, opened.conn, lock, key=opened.key, unclean=opened.unclean)
        try:
            with translating(path):
                if "settings" not in workspace._db.table_names():
                    raise NotAWorkspace(problem("storage.not_a_workspace", path=str(path)))
            with workspace._transaction():
                upgrade(workspace._db)
            workspace._after_migrations()
            workspace._keep_outside(resolve_config_folder(config))
            # A full disk must not keep a team out of its workspace: anchoring is best effort.
            with contextlib.suppress(WorkspaceError, sqlcipher3.Error):
                workspace._complete_interrupted_anchor()
            # Its event needs no flush of its own (the line does): unlocking stays one key
            # derivation and little more.
            workspace.anchor_quietly(OPENED, durable=False)
            if workspace._register is not None:
                from desktop.storage.maintenance import reapply_erasures

                reapply_erasures(workspace, workspace._register)
        except BaseException:
            workspace.close(anchor=False)
            raise
        return workspace

    def close(self, *, anchor: bool = True) -> None:
        """Anchor the chain's head (best effort), close the file (checkpointing the WAL) and
        release the lock. Safe to call twice. A workspace on its own connection
        (:meth:`on_own_connection`) only closes that connection."""
        if self._own_connection:
            with self._mutex, contextlib.suppress(sqlcipher3.Error):
                self._conn.close()
            return
        with self._mutex:
            if not self._lock.held:
                return
            try:
                if anchor:  # closing the connection flushes the log: no flush of its own
                    self.anchor_quietly(CLOSED, durable=False)
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

    def _after_migrations(self) -> None:
        """Forget what migrations may have changed: the chain's head (they may append events)
        and the columns each table has."""
        self._shared.chain.forget()
        self._chained.digest_columns.clear()

    @contextlib.contextmanager
    def _transaction(self, *, durable: bool = True) -> Iterator[Any]:
        """One transaction on the connection (a savepoint inside another); known errors are
        translated. ``durable=False`` commits without waiting for the disk (``synchronous =
        NORMAL``, for an event that carries nothing: a gate closed undecided, an anchor): it reaches
        the disk with the next durable commit, and a killed process loses nothing (the operating
        system has it); only a power cut before that commit could."""
        chain = self._shared.chain
        with self._shared.writing, self._mutex, translating(self.path):
            light = not durable and not self._conn.in_transaction
            mark = chain.mark()
            if light:
                self._conn.execute("PRAGMA synchronous = NORMAL")
            try:
                with self._db.atomic():
                    yield self._chained
            except BaseException:
                chain.restore(mark)
                raise
            else:
                if not self._conn.in_transaction:
                    chain.committed()
            finally:
                if light:
                    self._conn.execute("PRAGMA synchronous = FULL")

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._mutex, translating(self.path):
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlcipher3.Connection]:
        """The open connection, held alone (no other write either) and without a transaction,
        for the work that needs one (re-key, vacuum: :mod:`desktop.storage.maintenance`)."""
        with self._shared.writing, self._mutex, translating(self.path):
            yield self._conn

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlcipher3.Connection]:
        """The connection, held alone for reading only (a backup's copy): writes from the
        workspace's other connections go on meanwhile."""
        with self._mutex, translating(self.path):
            yield self._conn

    def transaction(self, *, durable: bool = True) -> contextlib.AbstractContextManager[Any]:
        """One transaction, as every write of the workspace uses (for maintenance)."""
        return self._transaction(durable=durable)

    @contextlib.contextmanager
    def on_own_connection(self) -> Iterator[Workspace]:
        """This workspace on a connection of its own, for long work off the GUI thread (a
        backup, a check, a purge, the person's record): the window's reads on the workspace's
        connection go on meanwhile. Closed when the block ends."""
        key = self._shared.key
        if key is None:
            # Only a workspace wrapped by hand (not by create/open) has no key: a bug.
            raise RuntimeError("This workspace was not opened with a key it could share.")
        conn = connect_again(self.path, key)
        sibling = Workspace(self.path, conn, self._lock, shared=self._shared)
        try:
            yield sibling
        finally:
            sibling.close()

    def writes_held(self) -> contextlib.AbstractContextManager[Any]:
        """Hold every write of this workspace (from any of its connections) for a moment: no
        anchor or event is half written while held (a check reads the anchor file and takes
        its snapshot of the file under it)."""
        return self._shared.writing

    def rekeyed(self, key: WorkspaceKey) -> None:
        """The file was re-keyed (:func:`~desktop.storage.maintenance.change_passphrase`): its
        other connections are keyed with ``key`` from now on."""
        self._shared.key = key

    def check_file(self, cancelled: Callable[[], bool] | None = None) -> tuple[str, ...]:
        """The full-file check (``("ok",)`` or what is wrong), on a connection of its own: it
        reads every page (seconds for a large workspace), so run it off the GUI thread. Raises
        :class:`~desktop.storage.errors.CorruptWorkspace` when a page cannot be read at all,
        :class:`~desktop.storage.errors.Cancelled` when ``cancelled()`` turned true."""
        with self.on_own_connection() as own, own._mutex, translating(self.path):
            try:
                return full_check(own._conn, cancelled=cancelled)
            except sqlcipher3.OperationalError as error:
                if cancelled is not None and cancelled():
                    raise Cancelled(CHECK_STOPPED) from error
                raise

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

    # --- Identity and what is kept outside the file ------------------------------------------

    @property
    def workspace_id(self) -> str:
        """The workspace's own id (stored in the file: a moved or copied file keeps it)."""
        with self._mutex, translating(self.path):
            if "workspace_identity" not in self._db.table_names():
                return ""  # a file not upgraded yet
        rows = self._rows("SELECT workspace_id FROM workspace_identity WHERE id = 1")
        return str(rows[0]["workspace_id"]) if rows else ""

    @property
    def anchors(self) -> AnchorStore | None:
        """Where this workspace's anchors are kept, if anywhere."""
        return self._anchors

    @property
    def register(self) -> ErasureRegister | None:
        """This workspace's erasure register, if one is kept."""
        return self._register

    def _keep_outside(self, folder: Path | None) -> None:
        workspace_id = self.workspace_id
        if folder is None or not valid_workspace_id(workspace_id):
            return
        self._shared.anchors = AnchorStore(folder, workspace_id)
        self._shared.register = ErasureRegister(folder, workspace_id)

    def seal(self) -> AuditSeal:
        """The audit log's head: what printed minutes carry."""
        with self._shared.writing, self._mutex, translating(self.path):
            seq, digest = self._shared.chain.current(self._conn)
        return AuditSeal(seq, digest)

    def anchor(self, milestone: str, *, durable: bool = True) -> AuditSeal:
        """Anchor the chain's head outside the file at ``milestone``; returns the anchor.

        The ``anchor`` event and the line in the anchor folder go together: the line is written
        first, then the event commits; if the event does not commit, the line is taken back (and
        if the app stops in between, the next opening writes the event again). An anchor folder
        that cannot be written leaves no anchor and no event: the head is returned as it is.
        ``durable=False`` commits the event without waiting for the disk (the line is flushed):
        lost by a power cut before the next flush, it is written again at the next opening, as
        for an app stopped in between — the opening and the closing anchor so.
        """
        store = self._anchors
        if store is None:
            return self.seal()
        kept: Anchor | None = None
        try:
            with self._transaction(durable=durable) as tx:
                details = {"milestone": milestone, "store": store.store_id}
                event = append_event(tx, ANCHOR_EVENT, details, utc_now())
                kept = Anchor(
                    event.seq,
                    event.hash,
                    event.prev_hash,
                    event.at.isoformat(),
                    milestone,
                    store.store_id,
                    place_of(self.path),
                )
                try:
                    store.record(kept)
                except OSError as error:
                    kept = None
                    raise _AnchorNotKeptError from error
        except _AnchorNotKeptError:
            return self.seal()
        except BaseException:
            if kept is not None:
                with contextlib.suppress(OSError):
                    store.forget(kept)
            raise
        return AuditSeal(kept.seq, kept.hash)

    def anchor_quietly(self, milestone: str, *, durable: bool = True) -> None:
        """:meth:`anchor`, where a failure must not undo what was already saved (the anchor is
        then simply missing, and the next milestone anchors the head again)."""
        with contextlib.suppress(WorkspaceError, sqlcipher3.Error):
            self.anchor(milestone, durable=durable)

    def _complete_interrupted_anchor(self) -> None:
        """Write again the anchor event the app was stopped before committing (its line is in
        the anchor folder, one event ahead of the log, following its head exactly)."""
        store = self._anchors
        if store is None:
            return
        with contextlib.suppress(OSError):
            last = store.last_anchor()
            now = self.seal()
            if last is None or last.seq != now.seq + 1 or last.prev_hash != now.hash:
                return
            try:
                at = dt.datetime.fromisoformat(last.at)
            except ValueError:
                return
            with contextlib.suppress(_AnchorNotKeptError), self._transaction() as tx:
                event = append_event(tx, ANCHOR_EVENT, last.event_details(), at)
                if event.hash != last.hash:  # not the event the line stands for: leave the log
                    raise _AnchorNotKeptError

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
            details = {
                "consent_id": c.id,
                "person_id": c.person_id,
                "kind": c.kind.value,
                "row_digest": stored_digest(tx, "consents", c.id),
            }
            append_event(tx, "consent_saved", details, utc_now())

    def correct_consent(self, old_id: str, correction: ConsentRecord) -> ConsentRecord:
        """Record ``correction`` in place of the record ``old_id``, in one transaction: the old
        record is kept unchanged as history (``replaced_by`` set), the correction says what it
        ``replaces``. Returns the correction as saved. ``KeyError`` when there is no such
        record; ``ValueError`` when it was corrected already or is another person's."""
        with self._transaction() as tx:
            rows = self._rows("SELECT * FROM consents WHERE id = ?", (old_id,))
            if not rows:
                raise KeyError(old_id)
            old = codec.consent_from(rows[0])
            if not old.is_current:
                raise ValueError(f"The consent record {old_id} was corrected already.")
            if old.person_id != correction.person_id:
                raise ValueError("A correction is about the same person.")
            saved = dataclasses.replace(correction, replaces=old.id, replaced_by="")
            insert(tx, "consents", codec.consent_row(saved))
            tx.execute("UPDATE consents SET replaced_by = ? WHERE id = ?", (saved.id, old.id))
            details = {
                "consent_id": saved.id,
                "replaces": old.id,
                "person_id": saved.person_id,
                "kind": saved.kind.value,
            }
            append_event(tx, "consent_corrected", details, utc_now())
        return saved

    # --- Meetings --------------------------------------------------------------------------------

    def meetings(self) -> list[Meeting]:
        """Every meeting, by scheduled time (whole: for small workspaces and tests; lists read
        :meth:`meeting_page`)."""
        rows = self._rows("SELECT * FROM meetings ORDER BY scheduled_at, rowid")
        return [codec.meeting_from(r) for r in rows]

    def meetings_about(self, person_id: str, *, opened: bool = False) -> list[Meeting]:
        """The meetings about one person (a family's too, whoever is named first), by scheduled
        time; ``opened``: only those opened (open or closed)."""
        where = " AND state != 'prepared'" if opened else ""
        rows = self._rows(
            "SELECT * FROM meetings WHERE (person_id = ? OR id IN (SELECT meeting_id FROM "
            "meeting_persons WHERE person_id = ?))"
            f"{where} ORDER BY scheduled_at, rowid",
            (person_id, person_id),
        )
        return [codec.meeting_from(r) for r in rows]

    def meeting_page(
        self, search: MeetingSearch, after: MeetingListRow | None = None, limit: int = 200
    ) -> list[MeetingListRow]:
        """A page of the meetings list: up to ``limit`` rows of ``search`` after ``after``."""
        with self._mutex, translating(self.path):
            return lists.meeting_page(self._conn, search, after, limit)

    def meeting_list_row(self, meeting_id: str, search: MeetingSearch) -> MeetingListRow | None:
        """One meeting as the list shows it, if ``search`` lists it."""
        with self._mutex, translating(self.path):
            return lists.meeting_row(self._conn, meeting_id, search)

    def meeting_count(self, search: MeetingSearch | None = None) -> int:
        """How many meetings ``search`` lists (all of them without one)."""
        with self._mutex, translating(self.path):
            return lists.meeting_count(self._conn, search or MeetingSearch())

    def person_page(
        self, search: PersonSearch, after: PersonListRow | None = None, limit: int = 200
    ) -> list[PersonListRow]:
        """A page of the people list."""
        with self._mutex, translating(self.path):
            return lists.person_page(self._conn, search, after, limit)

    def person_list_row(self, person_id: str, search: PersonSearch) -> PersonListRow | None:
        """One person as the list shows them, if ``search`` lists them."""
        with self._mutex, translating(self.path):
            return lists.person_row(self._conn, person_id, search)

    def person_count(self, search: PersonSearch | None = None) -> int:
        """How many people ``search`` lists (all of them without one)."""
        with self._mutex, translating(self.path):
            return lists.person_count(self._conn, search or PersonSearch())

    def first_steps(self) -> FirstSteps:
        """What a new workspace has already: an active professional, a person, a consent, a
        meeting (four small queries, whatever the size)."""
        exists = {
            name: bool(self._rows(f"SELECT EXISTS ({sql}) AS found")[0]["found"])
            for name, sql in (
                ("team", "SELECT 1 FROM professionals WHERE active = 1"),
                ("person", "SELECT 1 FROM persons"),
                ("consent", "SELECT 1 FROM consents"),
                ("meeting", "SELECT 1 FROM meetings"),
            )
        }
        return FirstSteps(**exists)

    def mission_uses(self) -> dict[str, tuple[int, int, int]]:
        """Mission id -> how many professionals, prepared or open meetings and consent records
        (revoked ones too: they keep their scope) name it; counted by SQL."""
        counts: dict[str, list[int]] = {}
        queries = (
            "SELECT j.value, count(*) FROM professionals, json_each(professionals.missions) AS j "
            "GROUP BY j.value",
            "SELECT mission_id, count(*) FROM meetings WHERE state != 'closed' GROUP BY mission_id",
            "SELECT j.value, count(*) FROM consents, json_each(consents.missions) AS j "
            "GROUP BY j.value",
        )
        with self._mutex, translating(self.path):
            for position, sql in enumerate(queries):
                for mission_id, n in self._conn.execute(sql):
                    counts.setdefault(str(mission_id), [0, 0, 0])[position] += int(n)
        return {mission_id: (n[0], n[1], n[2]) for mission_id, n in counts.items()}

    def meeting(self, meeting_id: str) -> Meeting:
        """One meeting; ``KeyError`` when unknown."""
        rows = self._rows("SELECT * FROM meetings WHERE id = ?", (meeting_id,))
        if not rows:
            raise KeyError(meeting_id)
        return codec.meeting_from(rows[0])

    def open_meetings(self) -> list[Meeting]:
        """Meetings left open (e.g. by a crash): to resume (read on the state's index)."""
        rows = self._rows(
            "SELECT * FROM meetings WHERE state = 'open' ORDER BY scheduled_at, rowid"
        )
        return [codec.meeting_from(r) for r in rows]

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
        policy = self.policy(meeting.policy_id)
        session = MeetingSession(
            meeting,
            policy=policy,
            undertaking_required=settings.undertaking_required(policy.undertaking_at_check_in),
            person=self.person(meeting.person_id),
            persons=[self.person(pid) for pid in meeting.person_ids],
            mission=mission,
            directory=self.professionals(),
            consents=self._consents_of(meeting),
            record=record if meeting.state is not MeetingState.PREPARED else None,
            **options,
        )
        SessionRecorder(
            self._transaction, session, self.anchor_quietly, self.clear_wal_traces
        ).attach()
        return session

    def _consents_of(self, meeting: Meeting) -> tuple[ConsentRecord, ...]:
        """The records in force of every person the meeting concerns (each person's own)."""
        return current_consents(c for pid in meeting.person_ids for c in self.consents(pid))

    def clear_wal_traces(self) -> None:
        """Empty the WAL into the file and truncate it (best effort), after a correction that
        overwrote or deleted content: ``secure_delete`` zeroed the old text in the file's pages,
        and the WAL frames that still held it go. A checkpoint that another reader holds back
        is not an error: the next one, at the latest when the file closes, takes them."""
        with contextlib.suppress(WorkspaceError, sqlcipher3.Error), self.connection() as conn:
            if not conn.in_transaction:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

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
            persons=tuple(self.person(pid) for pid in meeting.person_ids),
            mission=settings.mission(meeting.mission_id)
            or Mission(meeting.mission_id, meeting.mission_id),
            directory={pid: directory[pid] for pid in mentioned if pid in directory},
            attendance=record.attendance,
            consents=self._consents_of(meeting),
            shared=tuple(record.shared),
            withheld=tuple(record.withheld),
            decisions=tuple(record.decisions),
            actions=tuple(record.actions),
            seal=self.seal(),
            deliberations=tuple(record.deliberations),
            undertakings=dict(record.undertakings),
        )

    # --- Audit log -------------------------------------------------------------------------------

    def audit_events(self) -> list[AuditEvent]:
        """The whole audit log, in order."""
        with self._mutex, translating(self.path):
            return read_events(self._conn)

    def log_event(self, kind: str, **details: Any) -> None:
        """Append an event (e.g. ``minutes_exported``): ids and counts, never content. An
        export is a milestone: the chain's head is anchored after it."""
        check_details(details)
        with self._transaction() as tx:
            append_event(tx, kind, details, utc_now())
        if kind in MILESTONE_EVENTS:
            self.anchor_quietly(kind)


__all__ = ["VerifyReport", "Workspace", "WorkspaceError", "verify_workspace"]
