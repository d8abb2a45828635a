"""Every page of a workspace decrypted with its passphrase, to look for what deleted rows left.

A plaintext export (``sqlcipher_export``) copies rows, not pages: text left in a free page, in the
unused part of a page, or in a WAL frame would not show there. So the file is decrypted page by
page here, as SQLCipher 4 does with its default settings (what :mod:`desktop.storage.connection`
uses): the key is PBKDF2-HMAC-SHA512 of the passphrase over the file's first 16 bytes (the salt),
256,000 iterations; each 4,096-byte page ends with 80 reserved bytes, the first 16 of which are
the AES-256-CBC initialisation vector of the rest (page 1 starts after the salt). WAL frames
(a 24-byte header, then a page) are encrypted the same way.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, 256_000, 32)


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(path: Path, passphrase: str) -> dict[str, list[bytes]]:
    """``{"file": [...], "wal": [...]}``: every page of the file and every frame of its WAL,
    decrypted. A page that does not decrypt to the SQLite header (page 1) is a wrong guess of the
    format, and fails loudly rather than passing every scan."""
    data = Path(path).read_bytes()
    key = _key(passphrase, data[:SALT])
    pages = [
        _decrypt(key, data[n * PAGE : (n + 1) * PAGE], n == 0) for n in range(len(data) // PAGE)
    ]
    # Page 1 holds the database header after the salt: page size 4096 as two bytes, big-endian.
    if not pages or pages[0][:2] != PAGE.to_bytes(2, "big"):
        raise AssertionError("the file did not decrypt: the SQLCipher settings are not these")
    frames = []
    wal = Path(f"{path}-wal")
    if wal.exists():
        log = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(log):
            number = int.from_bytes(log[offset : offset + 4], "big")
            page = log[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            frames.append(_decrypt(key, page, number == 1))
            offset += FRAME_HEADER + PAGE
    return {"file": pages, "wal": frames}
