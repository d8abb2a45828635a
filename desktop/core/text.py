"""Small text helpers shared by every layer that words things for people (no Qt).

:func:`fill` puts values into a ``{name}`` template in one pass, so a value that itself contains
``{alias}`` or ``%s`` is shown as typed and never substituted again; for documents it can wrap
each value in a Unicode isolate, so a name in Arabic or Hebrew never turns the sentence around it.
Dates, lists and numbers are written as each language writes them, from CLDR (Babel).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from babel.dates import format_date as babel_format_date
from babel.lists import format_list
from babel.numbers import format_decimal

from desktop.core.languages import locale_of

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE: the value takes its own direction from its
# first letter, and the sentence around it keeps its own (Unicode bidi algorithm, rule X5c).
FSI = "\u2068"
PDI = "\u2069"


def fill(template: str, values: Mapping[str, str], *, isolate: bool = False) -> str:
    """``template`` with each ``{name}`` replaced by ``values[name]``, literally, in one pass.

    With ``isolate``, each value is wrapped in FSI…PDI (for documents: the PDF's bidi obeys
    isolates and never draws them). A placeholder without a value stays as written.
    """
    if isolate:
        return _PLACEHOLDER.sub(
            lambda match: (
                f"{FSI}{values[match.group(1)]}{PDI}"
                if match.group(1) in values
                else match.group(0)
            ),
            template,
        )
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


def without_isolates(text: str) -> str:
    """``text`` without the isolates :func:`fill` added (for a PDF's metadata, a file name)."""
    return text.replace(FSI, "").replace(PDI, "")


def format_date(day: dt.date, lang: str = "en") -> str:
    """A date as people write it: ``12 March 2026``, ``12 mars 2026``, ``12 maart 2026``.

    CLDR writes ``1 mars``; French typography writes the first of the month as an ordinal,
    ``1er mars``, which CLDR's patterns cannot say.
    """
    text = babel_format_date(day, format="long", locale=locale_of(lang))
    if lang == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er" + text[1:]
    return text


def join_names(names: Sequence[str], lang: str = "en") -> str:
    """``A``, ``A and B``, ``A, B and C`` as ``lang`` joins a list (``A, B et C``, ``A, B en
    C``)."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return format_list(names, locale=locale_of(lang))


def format_count(count: int, lang: str = "en") -> str:
    """A whole number as ``lang`` writes it (``1,234``, ``1 234``, ``1.234``)."""
    return format_decimal(count, locale=locale_of(lang))
