"""Encrypted backups of a workspace, rotated, and a restore that checks first and keeps a copy.

A backup is made with SQLite's ``VACUUM INTO`` on a connection of its own (keyed with the key
the workspace was opened with: :meth:`~desktop.storage.workspace.Workspace.on_own_connection`):
one read transaction, so the copy is consistent even while a meeting writes, and the window's
reads and writes go on meanwhile (WAL). SQLCipher writes the copy with the workspace's key, so it
is encrypted like the workspace and the passphrase is not needed (it is never kept). The
``sqlite3_backup`` API copies free pages too; ``VACUUM INTO`` copies live content only, and
reading every live page of the workspace is the full-file check the unlock no longer makes (a
damaged page fails the backup). The copy is written under a temporary name in the backup
folder, checked through the same connection (attached without a key, which means "the same key":
``integrity_check``, then the audit chain from the last verified checkpoint on, read one event at
a time), flushed to the disk, then renamed: a backup file is whole or absent. It reports how far
it is (``progress``) and can be stopped (``cancelled``): the partial copy is then removed.

Names say which workspace and when: ``team-20261128-153000.ecbackup``; the newest
:data:`KEEP` of each workspace are kept. :func:`restore_backup` checks a backup with its
passphrase on a copy next to the workspace, keeps the current file as
``NAME.before-restore-<time>``, and only then puts the copy in its place.

A backup is anchored: the chain's head is anchored just before the copy is made, so the backup
ends on an anchor. A restore re-applies every erasure and purge of the erasure register recorded
after the backup was taken (the copy holds what was erased since), writes a restore mark among
the workspace's anchors (the anchors made after the backup belong to the history it replaces),
and says what it re-applied. Every file written here is readable by its owner only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.storage.anchor_check import PaperSeal
from desktop.storage.anchors import AnchorStore, RestoreMark, valid_workspace_id
from desktop.storage.audit import GENESIS_HASH, ChainCheck, iter_event_rows
from desktop.storage.checkpoints import Checkpoint, CheckpointStore
from desktop.storage.erasure_register import ErasureRegister
from desktop.storage.errors import (
    BACKUP_STOPPED,
    Cancelled,
    CorruptWorkspace,
    NotAWorkspace,
    WorkspaceError,
    problem,
    translating,
)
from desktop.storage.lock import WorkspaceLock
from desktop.storage.private_files import (
    create_private_file,
    fsync_file,
    fsync_folder,
    make_private,
    make_private_folder,
    new_private_file,
)
from desktop.storage.user_config import USER_CONFIG, ConfigChoice, resolve_config_folder
from desktop.storage.verify import VerifyReport, verify_workspace

BACKUP_SUFFIX = ".ecbackup"
KEEP = 7
INTERVAL = dt.timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})" + re.escape(BACKUP_SUFFIX) + "$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupFailed(WorkspaceError):  # noqa: N818 - like the errors of errors.py
    """A backup could not be made or does not pass its check; nothing was replaced."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where it is, which workspace it copies (file stem), and when (UTC)."""

    path: Path
    workspace_stem: str
    taken_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: the file restored, where the replaced file was kept (if any), and how
    many erasures and purges made after the backup it applied again."""

    workspace: Path
    kept_copy: Path | None
    report: VerifyReport
    reapplied_erasures: int = 0
    reapplied_purges: int = 0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def default_backup_folder(workspace_path: Path) -> Path:
    """Where backups go until the team lead chooses a folder: ``backups`` next to the file."""
    return Path(workspace_path).parent / "backups"


def backup_name(workspace_path: Path, taken_at: dt.datetime) -> str:
    """``<stem>-YYYYMMDD-HHMMSS.ecbackup`` (time in UTC)."""
    stamp = taken_at.astimezone(dt.UTC).strftime(_STAMP)
    return f"{Path(workspace_path).stem}-{stamp}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The backup a file name stands for, or ``None`` for any other file."""
    match = _NAME.match(Path(path).name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return BackupInfo(Path(path), match["stem"], taken)


def latest_backups(folder: Path, workspace_path: Path | None = None) -> list[BackupInfo]:
    """Backups in ``folder``, newest first; only those of ``workspace_path`` when given.

    A missing or unreadable folder has no backups (this is called by the unlock dialog when a
    workspace does not open, and must not fail there).
    """
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    found = [info for entry in entries if (info := parse_backup_name(entry)) and entry.is_file()]
    if workspace_path is not None:
        stem = Path(workspace_path).stem
        found = [info for info in found if info.workspace_stem == stem]
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


_fsync_file = fsync_file
_fsync_folder = fsync_folder


#: ``progress(done, total)``: how far a backup is, in bytes of the copy against the file's size.
Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    """Nobody follows the progress."""


def _never() -> bool:
    return False


def _check_attached(
    conn: Any, path: Path, since: Checkpoint | None, cancelled: Callable[[], bool] = _never
) -> None:
    """Attach ``path`` with the workspace's key, run the checks, detach: the copy's integrity,
    and its audit chain — from the checkpoint on, when the copy still has that event with the
    checkpoint's hash, else from the start — read one event at a time."""
    conn.execute("ATTACH DATABASE ? AS backup_check", (str(path),))
    try:
        problems = [row[0] for row in conn.execute("PRAGMA backup_check.integrity_check")]
        if problems != ["ok"]:
            raise BackupFailed(
                problem("storage.backup_check", path=str(path), problem=str(problems[0]))
            )
        start = (0, GENESIS_HASH)
        if since is not None:
            row = conn.execute(
                "SELECT hash FROM backup_check.audit_log WHERE seq = ?", (since.seq,)
            ).fetchone()
            if row is not None and row[0] == since.hash:
                start = (since.seq, since.hash)
        chain = ChainCheck(start)
        for count, row in enumerate(
            iter_event_rows(conn, start[0] + 1, "backup_check.audit_log"), start=1
        ):
            chain.feed(*row)
            if chain.broken is not None:
                break
            if count % 5000 == 0 and cancelled():
                raise Cancelled(BACKUP_STOPPED)
    finally:
        conn.execute("DETACH DATABASE backup_check")
    if chain.broken is not None:
        raise BackupFailed(problem("storage.backup_chain", problem=chain.broken.describe()))


def _checkpoint_of(workspace: Any) -> Checkpoint | None:
    anchors = getattr(workspace, "anchors", None)
    if anchors is None:
        return None
    return CheckpointStore(anchors.config_folder, anchors.workspace_id).load()


@contextlib.contextmanager
def _copy_watch(
    conn: Any, part: Path, total: int, progress: Progress, cancelled: Callable[[], bool]
) -> Iterator[None]:
    """While ``VACUUM INTO`` writes ``part``: report its size now and then, and stop SQLite
    (``interrupted``) when ``cancelled()`` turns true."""
    ticks = [0]

    def handler() -> int:
        ticks[0] += 1
        if ticks[0] % 50 == 0:
            with contextlib.suppress(OSError):
                progress(min(part.stat().st_size, total), total)
        return 1 if cancelled() else 0

    conn.set_progress_handler(handler, 10_000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def backup_workspace(
    workspace: Any,
    target: Path,
    *,
    now: dt.datetime | None = None,
    keep: int | None = KEEP,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
) -> Path:
    """Write an encrypted, checked backup of the open ``workspace``; returns its path.

    ``target`` is a folder (created if needed; the file is named by :func:`backup_name`) or the
    path of a new file. In a folder, only the newest ``keep`` backups of this workspace are kept
    (``None``: keep all). The copy is made on a connection of its own (the workspace's other
    reads and writes go on). ``progress(done, total)`` follows it; when ``cancelled()`` turns
    true the backup stops (:class:`~desktop.storage.errors.Cancelled`) and leaves no file.
    Raises :class:`BackupFailed` or another :class:`WorkspaceError`.
    """
    taken = now or _now()
    target = Path(target)
    if target.suffix == BACKUP_SUFFIX or (target.exists() and not target.is_dir()):
        folder, final = target.parent, target
        rotate = False
    else:
        folder, final = target, target / backup_name(workspace.path, taken)
        rotate = keep is not None
    with translating(folder):
        make_private_folder(folder)
    if final.exists():
        raise BackupFailed(problem("storage.backup_exists", path=str(final)))
    part = folder / f".{final.name}.{secrets.token_hex(4)}.part"
    anchor = getattr(workspace, "anchor_quietly", None)
    if anchor is not None:
        anchor("backup")  # the backup then ends on an anchor
    try:
        with translating(folder):
            # VACUUM INTO writes into an empty file: private from the start.
            create_private_file(part)
        since = _checkpoint_of(workspace)
        total = max(Path(workspace.path).stat().st_size, 1)
        with workspace.on_own_connection() as own, own.reading() as conn:
            try:
                with _copy_watch(conn, part, total, progress, cancelled):
                    conn.execute("VACUUM INTO ?", (str(part),))
            except sqlcipher3.OperationalError as error:
                if cancelled():
                    raise Cancelled(BACKUP_STOPPED) from error
                raise
            progress(total, total)
            if cancelled():
                raise Cancelled(BACKUP_STOPPED)
            _check_attached(conn, part, since, cancelled)
        if cancelled():  # the last moment: once renamed, the backup is made
            raise Cancelled(BACKUP_STOPPED)
        with translating(folder):
            _fsync_file(part)
            os.replace(part, final)
            _fsync_folder(folder)
    finally:
        for suffix in ("", *_SIDE_FILES):
            Path(str(part) + suffix).unlink(missing_ok=True)
    if rotate and keep is not None:
        prune_backups(folder, workspace.path, keep)
    return final


def prune_backups(folder: Path, workspace_path: Path, keep: int = KEEP) -> list[Path]:
    """Remove the backups of ``workspace_path`` beyond the newest ``keep``; returns them."""
    removed = []
    for info in latest_backups(folder, workspace_path)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def backup_due(
    folder: Path, workspace_path: Path, *, now: dt.datetime | None = None, interval: dt.timedelta
) -> bool:
    """True when the newest backup of the workspace in ``folder`` is older than ``interval``."""
    backups = latest_backups(folder, workspace_path)
    return not backups or (now or _now()) - backups[0].taken_at >= interval


def backup_if_due(
    workspace: Any,
    folder: Path,
    *,
    now: dt.datetime | None = None,
    interval: dt.timedelta = INTERVAL,
    keep: int = KEEP,
) -> Path | None:
    """The automatic backup: make one when the last is older than ``interval`` (a day)."""
    if not backup_due(folder, workspace.path, now=now, interval=interval):
        return None
    return backup_workspace(workspace, folder, now=now, keep=keep)


def _side_paths(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in _SIDE_FILES]


def check_backup(
    backup: Path,
    passphrase: str,
    scratch: Path | None = None,
    *,
    config: ConfigChoice = USER_CONFIG,
    seals: Iterable[PaperSeal] = (),
) -> VerifyReport:
    """Open a copy of ``backup`` with ``passphrase``: integrity check, audit chain and row
    digests, and its history against the workspace's anchors (it may end before the newest)
    and the audit ``seals`` taken from paper.

    The backup itself is never opened for writing (opening switches a file to WAL). The copy
    goes to ``scratch`` (a folder; by default next to the backup) and is removed afterwards.
    Raises :class:`WorkspaceError` when the copy cannot be opened (wrong passphrase, damage).
    """
    backup = Path(backup)
    if not backup.is_file():
        raise NotAWorkspace(problem("storage.no_backup", path=str(backup)))
    copy = _staged_copy(backup, Path(scratch or backup.parent))
    try:
        return _verify_staged(copy, backup, passphrase, config, seals)
    finally:
        _remove_copy(copy)


def _verify_staged(
    copy: Path,
    backup: Path,
    passphrase: str,
    config: ConfigChoice,
    seals: Iterable[PaperSeal] = (),
) -> VerifyReport:
    """Check the staged ``copy`` of ``backup``; its report and errors name ``backup``, the file
    the user chose, never the copy's passing name (``.restore-….part``)."""
    try:
        report = verify_workspace(copy, passphrase, config=config, backup=True, seals=seals)
    except WorkspaceError as error:
        _name_the_backup(error, copy, backup)
        raise
    return dataclasses.replace(report, path=backup)


def _name_the_backup(error: WorkspaceError, copy: Path, backup: Path) -> None:
    """Make ``error``, raised about the staged copy, say ``backup`` instead."""
    sentence = error.sentence
    if sentence is None or dict(sentence.values).get("path") != str(copy):
        return
    error.sentence = sentence.with_values(path=str(backup))
    error.message = error.sentence.render("en")
    error.args = (error.message,)
    if isinstance(getattr(error, "path", None), Path):
        error.path = backup  # type: ignore[attr-defined]


def _remove_copy(copy: Path) -> None:
    for path in (copy, *_side_paths(copy), copy.with_name(copy.name + ".lock")):
        path.unlink(missing_ok=True)


def _staged_copy(backup: Path, folder: Path) -> Path:
    copy = folder / f".restore-{secrets.token_hex(6)}.part"
    with translating(folder):
        with backup.open("rb") as source, new_private_file(copy) as target:
            shutil.copyfileobj(source, target, 1 << 20)
        _fsync_file(copy)
    return copy


def restore_backup(
    backup: Path,
    workspace_path: Path,
    passphrase: str,
    *,
    now: dt.datetime | None = None,
    config: ConfigChoice = USER_CONFIG,
) -> RestoreResult:
    """Put ``backup`` in place of the workspace, after checking it; the workspace must be closed.

    The backup is copied next to the workspace and checked there with ``passphrase``; a copy
    that fails leaves everything as it was (:class:`BackupFailed` or the opening error). With a
    configuration folder (``config``), the copy then gets the erasures and purges of the register
    recorded after the backup was taken, and the restore is recorded in its log and among the
    workspace's anchors. The current file, if any, is renamed ``NAME.before-restore-<time>``
    (with its WAL), never overwritten.
    """
    from desktop.storage.workspace import Workspace  # the workspace module imports this one

    workspace_path, backup = Path(workspace_path), Path(backup)
    if not backup.is_file():
        raise NotAWorkspace(problem("storage.no_backup", path=str(backup)))
    folder = resolve_config_folder(config)
    when = now or _now()
    lock = WorkspaceLock(workspace_path)
    lock.acquire()  # nobody may have the workspace open while it is replaced
    copy: Path | None = None
    reapplied = (0, 0)
    try:
        copy = _staged_copy(backup, workspace_path.parent)
        report = _verify_staged(copy, backup, passphrase, folder)
        if not report.ok:
            raise CorruptWorkspace(
                problem(
                    "storage.backup_unsound", path=str(backup), problem=report.summary_message()
                )
            )
        outside = folder is not None and valid_workspace_id(report.workspace_id)
        if outside:
            assert folder is not None
            reapplied = _bring_up_to_date(Workspace, copy, passphrase, folder, report)
        kept = _keep_current(workspace_path, when)
        with translating(workspace_path):
            os.replace(copy, workspace_path)
            copy = None
            make_private(workspace_path)
            _fsync_folder(workspace_path.parent)
    finally:
        if copy is not None:
            _remove_copy(copy)
        lock.release()
    if outside:
        assert folder is not None
        # The restored history is checked in full at its next check.
        CheckpointStore(folder, report.workspace_id).discard()
        store = AnchorStore(folder, report.workspace_id)
        base = report.confirmed
        with contextlib.suppress(OSError):
            if store.exists():
                mark = RestoreMark(
                    base.seq if base else 0, base.hash if base else "", when.isoformat()
                )
                store.record(mark)
        with contextlib.suppress(WorkspaceError):  # restored all the same; anchored next time
            Workspace.open(workspace_path, passphrase, config=folder).close()
    return RestoreResult(workspace_path, kept, report, *reapplied)


def _bring_up_to_date(
    workspace_class: Any, copy: Path, passphrase: str, folder: Path, report: VerifyReport
) -> tuple[int, int]:
    """Record the restore in the copy's log and apply to it the erasures and purges recorded
    after the backup was taken; returns how many of each."""
    from desktop.storage.maintenance import reapply_register

    register = ErasureRegister(folder, report.workspace_id)
    taken = report.last_event_at or dt.datetime.min.replace(tzinfo=dt.UTC)
    entries = register.since(taken)
    with workspace_class.open(copy, passphrase, config=None) as staged:
        base = report.confirmed
        staged.log_event(
            "backup_restored",
            base_seq=base.seq if base else 0,
            backup_events=report.events,
            reapply=len(entries),
        )
        done = reapply_register(staged, entries)
    return done.erasures, done.purges


def replace_backups(workspace: Any, folder: Path) -> tuple[Path, list[Path]]:
    """Make a new backup of the open ``workspace`` in ``folder``, then delete its older backups
    there (after an erasure: they hold what was erased). Returns the new backup and the files
    removed; if the new backup fails, nothing is removed."""
    taken = _now()
    while (Path(folder) / backup_name(workspace.path, taken)).exists():
        taken += dt.timedelta(seconds=1)  # one made this very second: names are to the second
    new = backup_workspace(workspace, folder, now=taken, keep=None)
    removed = []
    for info in latest_backups(folder, workspace.path):
        if info.path != new:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    _fsync_folder(Path(folder))
    return new, removed


def _keep_current(workspace_path: Path, now: dt.datetime) -> Path | None:
    if not workspace_path.exists():
        return None
    stamp = now.astimezone(dt.UTC).strftime(_STAMP)
    kept = workspace_path.with_name(f"{workspace_path.name}.before-restore-{stamp}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = workspace_path.with_name(f"{workspace_path.name}.before-restore-{stamp}-{counter}")
    with translating(workspace_path):
        # The WAL and shared memory of a crashed session belong to the file: they move with it.
        for side, new_side in zip(_side_paths(workspace_path), _side_paths(kept), strict=True):
            if side.exists():
                os.replace(side, new_side)
                make_private(new_side)
        os.replace(workspace_path, kept)
        make_private(kept)
    return kept
