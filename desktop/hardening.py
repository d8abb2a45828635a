"""Process hardening, called first thing by ``desktop.app`` (no Qt here).

What it does, where the platform allows:

- **No core dumps**: ``RLIMIT_CORE`` is set to 0, and on Linux the process is made non-dumpable
  (``prctl(PR_SET_DUMPABLE, 0)``), which also stops other processes of the same user from
  reading its memory through ``ptrace`` or ``/proc/PID/mem``. A crash then leaves no file
  holding the passphrase or the meeting's drafts.
- **Private files**: the umask takes away every access of the group and others, so whatever the
  process creates — Qt's settings file included, which storage cannot give a mode to — is 0600
  (folders 0700). Storage creates its own files 0600 explicitly as well.

Where passphrases live (Python strings cannot be wiped, so the rule is *not longer than needed*):
the unlock, change-passphrase and restore dialogs read them from their ``QLineEdit`` and clear
the field right after use; storage passes them to ``PRAGMA key``/``rekey`` and keeps no
reference (:class:`~desktop.storage.workspace.Workspace` never stores it); backups need no
passphrase (``VACUUM INTO`` reuses the connection's key). Nothing logs content: storage writes
ids and counts to the audit log only, and SQLCipher's own log is switched off.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from dataclasses import dataclass

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


@dataclass(frozen=True, slots=True)
class HardeningReport:
    """What :func:`harden_process` managed to switch on."""

    core_dumps_off: bool
    not_dumpable: bool
    private_files: bool = False


def _disable_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files to turn off
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _libc() -> ctypes.CDLL | None:
    # The C library is already loaded in every Linux process: CDLL(None) finds prctl there, where
    # ctypes.util.find_library would start a subprocess and slow every start down.
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _set_not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc is None:
        return False
    with contextlib.suppress(AttributeError):
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
            return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    return False


def _private_umask() -> bool:
    try:
        previous = os.umask(0o077)
        os.umask(previous | 0o077)  # keeps any stricter bit the user had
    except (AttributeError, OSError):
        return False
    return sys.platform != "win32"


def harden_process() -> HardeningReport:
    """Turn off core dumps, (on Linux) make the process non-dumpable, and make every file it
    creates private; never raises."""
    return HardeningReport(
        core_dumps_off=_disable_core_dumps(),
        not_dumpable=_set_not_dumpable(),
        private_files=_private_umask(),
    )
