"""Texts that cannot be saved: lone surrogates, and the words that name the field holding one.

A Python string can hold half of a character that UTF-16 writes as two units (a *lone
surrogate*, U+D800–U+DFFF): a copy and paste from some programs leaves one, e.g. half an emoji.
It cannot be written as UTF-8, so it cannot be saved; every layer that takes text in checks for
it and refuses the text, naming the field, before anything is changed. No Qt, no SQL.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from typing import Any

from desktop.core.entities import Localized

_SURROGATE = re.compile("[\ud800-\udfff]")

#: How people call the fields that can hold typed text (by field or column name).
FIELD_NAMES: dict[str, Localized] = {
    "wording": Localized(en="wording", fr="formulation"),
    "good_for_whom": Localized(
        en="answer to “what is good for whom?”", fr="réponse à « pour qui est-ce bon ? »"
    ),
    "why": Localized(en="answer to “why?”", fr="réponse à « pourquoi ? »"),
    "empty_chair_answer": Localized(en="empty-chair answer", fr="réponse de la chaise vide"),
    "necessity_reason": Localized(en="reason it is needed", fr="raison de la nécessité"),
    "statement_of": Localized(en="whose statement", fr="auteur des propos"),
    "exception_justification": Localized(en="justification", fr="justification"),
    "text": Localized(en="decision", fr="décision"),
    "what": Localized(en="action", fr="action"),
    "advocate": Localized(en="advocate", fr="représentant·e"),
    "name": Localized(en="name", fr="nom"),
    "alias": Localized(en="alias", fr="alias"),
    "reference": Localized(en="reference", fr="référence"),
    "known_wishes": Localized(en="known wishes", fr="souhaits connus"),
    "role": Localized(en="role", fr="fonction"),
    "organisation": Localized(en="organisation", fr="organisation"),
    "secrecy_basis": Localized(en="secrecy basis", fr="fondement du secret"),
    "missions": Localized(en="missions", fr="missions"),
    "conduct_rule": Localized(en="rule of conduct", fr="règle de conduite"),
    "purpose": Localized(en="purpose", fr="objet"),
    "agenda": Localized(en="agenda", fr="ordre du jour"),
    "informed_how": Localized(
        en="how the person was informed", fr="comment la personne a été informée"
    ),
    "obtained_how": Localized(en="how consent was obtained", fr="comment l'accord a été recueilli"),
    "reason": Localized(en="reason", fr="raison"),
    "opinion_basis": Localized(en="basis of the opinion", fr="fondement de l'opinion"),
    "question": Localized(en="question deliberated", fr="question mise en délibération"),
    "conclusion": Localized(en="conclusion", fr="conclusion"),
}


def has_lone_surrogate(text: str) -> bool:
    """True when ``text`` holds half of a UTF-16 pair (it cannot be saved)."""
    return _SURROGATE.search(text) is not None


def replace_broken(text: str) -> str:
    """``text`` with each lone surrogate shown as U+FFFD (�): to show a text that was refused."""
    return _SURROGATE.sub("\ufffd", text)


def field_name(field: str) -> Localized:
    """How people call ``field``; its technical name when it has no other."""
    return FIELD_NAMES.get(field) or Localized(en=field.replace("_", " "))


def _texts(value: Any, field: str) -> Iterator[tuple[str, str]]:
    """``(field, text)`` for every text inside ``value``, however deeply nested."""
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _texts(key, field)
            yield from _texts(item, str(key) if isinstance(key, str) and not field else field)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts(item, field)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name), f.name)


def find_broken_text(value: Any, field: str = "") -> str | None:
    """The name of the first field inside ``value`` (a text, a mapping of fields, a record or
    an event) whose text holds a lone surrogate; ``None`` when everything can be saved."""
    for name, text in _texts(value, field):
        if has_lone_surrogate(text):
            return name or "text"
    return None
