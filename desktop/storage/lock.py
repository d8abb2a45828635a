"""One process at a time per workspace.

A lock file next to the workspace (``NAME.lock``) says who holds it (pid and host), and an OS lock
on that file (``flock`` on POSIX, ``msvcrt.locking`` on Windows) says whether they still do: the OS
drops the lock when its process dies, so a lock file left by a crash is simply taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path

from desktop.storage.errors import NotAWorkspace, WorkspaceLocked, known_error, problem

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(workspace: Path) -> Path:
    """Where the lock file of ``workspace`` lives."""
    return workspace.with_name(workspace.name + ".lock")


class WorkspaceLock:
    """The lock of one workspace, held from :meth:`acquire` until :meth:`release`."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`WorkspaceLocked` naming the process that holds it."""
        if self._fd is not None:
            return
        for _ in range(10):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except FileNotFoundError as error:
                raise NotAWorkspace(
                    problem("storage.no_folder", folder=str(self.path.parent))
                ) from error
            except OSError as error:
                raise (known_error(error, self.workspace) or error) from error
            if not _try_lock(fd):
                holder = self._read(fd)
                os.close(fd)
                raise self._locked(holder)
            # The previous holder may have deleted the file between our open and our lock:
            # then we hold a lock on a file nobody else can see, so try again.
            if self._same_file(fd):
                self._fd = fd
                self._write(fd)
                return
            _unlock(fd)
            os.close(fd)
        raise WorkspaceLocked(problem("storage.lock_failed", path=str(self.workspace)))

    def release(self) -> None:
        """Let go of the lock and remove the lock file."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform != "win32":
                # Unlink while still locked, so nobody can lock the old file after us.
                self.path.unlink(missing_ok=True)
            _unlock(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - a file open elsewhere cannot be removed
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def _same_file(self, fd: int) -> bool:
        try:
            on_disk = os.stat(self.path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    def _write(self, fd: int) -> None:
        data = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)

    @staticmethod
    def _read(fd: int) -> dict[str, object]:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            data = json.loads(os.read(fd, 4096).decode() or "{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _locked(self, holder: dict[str, object]) -> WorkspaceLocked:
        pid = holder.get("pid")
        host = str(holder.get("host") or "")
        path = str(self.workspace)
        if not isinstance(pid, int):
            return WorkspaceLocked(problem("storage.locked", path=path), None, host)
        if host:
            sentence = problem("storage.locked_by_on", path=path, pid=str(pid), host=host)
        else:
            sentence = problem("storage.locked_by", path=path, pid=str(pid))
        return WorkspaceLocked(sentence, pid, host)
