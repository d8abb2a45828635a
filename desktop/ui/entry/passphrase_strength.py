"""A simple, honest hint about a passphrase's strength (length and variety, nothing more)."""

from __future__ import annotations

from enum import IntEnum


class Strength(IntEnum):
    """How hard a passphrase is to guess, roughly."""

    EMPTY = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3


def passphrase_strength(passphrase: str) -> Strength:
    """Length counts most; variety (letters, digits, others, spaces) helps a little.

    A long phrase of ordinary words is *good*; a short jumble is not. This is a hint, not a
    guarantee, and the dialog says so.
    """
    if not passphrase:
        return Strength.EMPTY
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    length = len(passphrase)
    if length >= 20 or (length >= 14 and kinds >= 3):
        return Strength.GOOD
    if length >= 12 or (length >= 10 and kinds >= 3):
        return Strength.FAIR
    return Strength.WEAK
