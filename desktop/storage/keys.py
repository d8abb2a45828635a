"""The workspace's key, derived from the passphrase once per unlock.

SQLCipher turns a passphrase into the file's key with PBKDF2-HMAC-SHA512 (256,000 iterations
over the 16-byte salt that starts the file): 100–200 ms on purpose, so that guessing passphrases
is slow. Every connection keyed with the passphrase pays it again, and the opening checks use
several connections (immutable, read-only, then writable: :mod:`desktop.storage.connection`),
as do backups and checks running on their own connection. So the key is derived here once, with
the same function and settings as SQLCipher 4's defaults, and handed to every connection as a raw
key (``PRAGMA key = "x'…'"``), which SQLCipher uses as it is.

The derivation uses the ``cryptography`` package (already installed for encrypted PDFs): its
OpenSSL is as fast as SQLCipher's own, where the standard library's ``hashlib`` is a quarter
slower, which would put unlocking beyond a bare SQLCipher open.

A :class:`WorkspaceKey` stays in memory while the workspace is open, like the key SQLCipher keeps
for the open connection; it never reaches a file or a log, and its ``repr`` hides it. A file that
the derived key does not open (other key settings, from another tool) is opened with the
passphrase instead, as SQLCipher derives it.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from desktop.storage.errors import InvalidPassphrase, problem

#: SQLCipher 4's default key settings, which every workspace is written with.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16


def key_pragma(passphrase: str) -> str:
    """``PRAGMA key = '…'`` with the passphrase quoted as an SQL string literal.

    ``PRAGMA key`` cannot take bound parameters, so quotes are doubled; a NUL character cannot be
    quoted safely and an empty passphrase would leave the file unencrypted: both are refused.
    """
    check_passphrase(passphrase)
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that cannot key a workspace (:class:`InvalidPassphrase`)."""
    if not isinstance(passphrase, str) or not passphrase:
        raise InvalidPassphrase(problem("storage.empty_passphrase"))
    if "\x00" in passphrase:
        raise InvalidPassphrase(problem("storage.nul_passphrase"))


def _derive(passphrase: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(hashes.SHA512(), KEY_BYTES, salt, KDF_ITERATIONS)
    return kdf.derive(passphrase.encode("utf-8"))


class WorkspaceKey:
    """What keys a connection to one workspace file: a raw key (derived once), or the
    passphrase itself (for a file written with other key settings)."""

    __slots__ = ("_pragma", "raw")

    def __init__(self, pragma: str, *, raw: bool) -> None:
        self._pragma = pragma
        self.raw = raw

    @classmethod
    def of_passphrase(cls, passphrase: str) -> WorkspaceKey:
        """The passphrase, for SQLCipher to derive the key itself (one derivation per
        connection)."""
        return cls(key_pragma(passphrase), raw=False)

    @classmethod
    def derived(cls, passphrase: str, salt: bytes) -> WorkspaceKey:
        """The raw key SQLCipher would derive from ``passphrase`` for a file with ``salt``."""
        check_passphrase(passphrase)
        return cls(f"PRAGMA key = \"x'{_derive(passphrase, salt).hex()}'\"", raw=True)

    @classmethod
    def for_new_file(cls, passphrase: str) -> WorkspaceKey:
        """The key of a new file: a fresh random salt, given to SQLCipher with the raw key."""
        check_passphrase(passphrase)
        salt = os.urandom(SALT_BYTES)
        key = _derive(passphrase, salt)
        return cls(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"", raw=True)

    def pragma(self) -> str:
        """The ``PRAGMA key`` statement that keys a connection."""
        return self._pragma

    def __repr__(self) -> str:
        return f"WorkspaceKey(raw={self.raw})"


def file_salt(path: Path) -> bytes:
    """The salt SQLCipher keeps in the first bytes of the file (``b""`` when too short)."""
    with Path(path).open("rb") as file:
        salt = file.read(SALT_BYTES)
    return salt if len(salt) == SALT_BYTES else b""


def derive_key(path: Path, passphrase: str) -> WorkspaceKey:
    """The raw key of the file at ``path`` for ``passphrase`` (one derivation)."""
    salt = file_salt(path)
    if not salt:
        return WorkspaceKey.of_passphrase(passphrase)
    return WorkspaceKey.derived(passphrase, salt)
