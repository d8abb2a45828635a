"""Small text helpers shared by every layer that words things for people (no Qt).

:func:`fill` puts values into a ``{name}`` template in one pass, so a value that itself contains
``{alias}`` or ``%s`` is shown as typed and never substituted again. :func:`format_date` writes
a date as people do, in English or French.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each ``{name}`` replaced by ``values[name]``, literally, in one pass.

    A placeholder without a value stays as written.
    """
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


def format_date(day: dt.date, lang: str = "en") -> str:
    """A date as people write it: ``12 March 2026``, ``12 mars 2026`` (``1er`` in French)."""
    month = MONTHS.get(lang, MONTHS["en"]).split()[day.month - 1]
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month} {day.year}"
