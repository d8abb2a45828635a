"""Texts that cannot be saved: lone surrogates, and the words that name the field holding one.

A Python string can hold half of a character that UTF-16 writes as two units (a *lone
surrogate*, U+D800–U+DFFF): a copy and paste from some programs leaves one, e.g. half an emoji.
It cannot be written as UTF-8, so it cannot be saved; every layer that takes text in checks for
it and refuses the text, naming the field, before anything is changed. No Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import re
from collections.abc import Mapping
from typing import Any

from desktop.core.catalogue import N_, Text, texts
from desktop.core.messages import Message

_SURROGATE = re.compile("[\ud800-\udfff]")

#: How people call the fields that can hold typed text (by field or column name), as texts of
#: the catalogue (key ``field.<name>``).
FIELD_NAMES: dict[str, Text] = texts(
    N_("field.wording", "wording"),
    N_("field.good_for_whom", "answer to “what is good for whom?”"),
    N_("field.why", "answer to “why?”"),
    N_("field.empty_chair_answer", "empty-chair answer"),
    N_("field.necessity_reason", "reason it is needed"),
    N_("field.statement_of", "whose statement"),
    N_("field.exception_justification", "justification"),
    N_("field.text", "decision"),
    N_("field.what", "action"),
    N_("field.advocate", "advocate"),
    N_("field.name", "name"),
    N_("field.alias", "alias"),
    N_("field.reference", "reference"),
    N_("field.known_wishes", "known wishes"),
    N_("field.role", "role"),
    N_("field.organisation", "organisation"),
    N_("field.secrecy_basis", "secrecy basis"),
    N_("field.missions", "missions"),
    N_("field.conduct_rule", "rule of conduct"),
    N_("field.purpose", "purpose"),
    N_("field.agenda", "agenda"),
    N_("field.informed_how", "how the person was informed"),
    N_("field.obtained_how", "how consent was obtained"),
    N_("field.reason", "reason"),
    N_("field.opinion_basis", "basis of the opinion"),
    N_("field.question", "question deliberated"),
    N_("field.conclusion", "conclusion"),
)


def has_lone_surrogate(text: str) -> bool:
    """True when ``text`` holds half of a UTF-16 pair (it cannot be saved)."""
    return not text.isascii() and _SURROGATE.search(text) is not None  # ASCII: at C speed


def replace_broken(text: str) -> str:
    """``text`` with each lone surrogate shown as U+FFFD (�): to show a text that was refused."""
    return _SURROGATE.sub("\ufffd", text)


def field_name(field: str) -> Message:
    """How people call ``field``, to render in the reader's language; its technical name when it
    has no other."""
    text = FIELD_NAMES.get(f"field.{field}") or Text(f"field.{field}", field.replace("_", " "))
    return Message.about(text)


#: Values that hold no text: skipped at once (most of a record's fields).
_NO_TEXT: frozenset[type] = frozenset(
    {int, float, bool, type(None), dt.datetime, dt.date, dt.time, dt.timedelta}
)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of a dataclass type (``dataclasses.fields`` is slow to ask every time)."""
    return tuple(f.name for f in dataclasses.fields(cls))


def _broken(value: Any, field: str, skip: tuple[type, ...]) -> str | None:
    """The field of the first text inside ``value`` that holds a lone surrogate, however deeply
    nested, not looking inside ``skip``; ``None`` when there is none. A plain recursive walk,
    not a generator: it runs on every event a meeting records."""
    kind = type(value)
    if kind in _NO_TEXT or (isinstance(value, enum.Enum) and not isinstance(value, str)):
        return None
    if skip and isinstance(value, skip):
        return None
    if isinstance(value, str):
        return (field or "text") if has_lone_surrogate(value) else None
    if isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            found = _broken(item, field, skip)
            if found is not None:
                return found
        return None
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _broken(key, field, skip)
            if found is None:
                found = _broken(item, key if isinstance(key, str) and not field else field, skip)
            if found is not None:
                return found
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for name in _field_names(kind):
            found = _broken(getattr(value, name), name, skip)
            if found is not None:
                return found
    return None


def find_broken_text(value: Any, field: str = "", skip: tuple[type, ...] = ()) -> str | None:
    """The name of the first field inside ``value`` (a text, a mapping of fields, a record or
    an event) whose text holds a lone surrogate; ``None`` when everything can be saved.
    Values of the types in ``skip`` are not looked into (what a writer never saves)."""
    return _broken(value, field, skip)
