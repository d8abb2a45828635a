"""Checking what callers hand to a meeting session: every bad argument is a
:class:`~desktop.core.session_record.SessionError`, never a bare ``TypeError`` from deep inside.

The draft's fields are checked against their kind (text, yes/no, nature, list of ids) before
they reach the draft, so a form that sends the wrong kind gets one clear sentence back.
"""

from __future__ import annotations

from desktop.core.entities import Localized, Nature
from desktop.core.session_record import SessionError

EXPECTED: dict[str, Localized] = {
    "text": Localized(en="a text", fr="un texte"),
    "id": Localized(en="an identifier (text)", fr="un identifiant (texte)"),
    "flag": Localized(en="yes or no (true or false)", fr="oui ou non (vrai ou faux)"),
    "answer": Localized(
        en="yes, no, or not answered (true, false or None)",
        fr="oui, non, ou sans réponse (vrai, faux ou None)",
    ),
    "number": Localized(en="a whole number", fr="un nombre entier"),
    "date": Localized(en="a date, or nothing", fr="une date, ou rien"),
    "ids": Localized(en="a list of identifiers", fr="une liste d'identifiants"),
    "professional": Localized(en="a directory entry", fr="une fiche de l'annuaire"),
    "consents": Localized(en="a list of consent records", fr="une liste d'accords"),
    "participation": Localized(
        en="present, represented or absent", fr="présente, représentée ou absente"
    ),
    "method": Localized(en="a deliberation method", fr="une méthode de délibération"),
}

_TEXT_FIELDS = frozenset(
    {
        "discloser_id",
        "category_id",
        "agenda_item_id",
        "statement_of",
        "wording",
        "good_for_whom",
        "why",
        "empty_chair_answer",
        "necessity_reason",
        "exception_id",
        "exception_justification",
        "opinion_basis",
    }
)
_FLAG_FIELDS = frozenset({"in_persons_interest", "person_agrees_now"})


def require(condition: bool, what: str, expected: str) -> None:
    """Raise ``SessionError("session.bad_argument")`` unless ``condition`` holds."""
    if not condition:
        raise SessionError("session.bad_argument", what=what, expected=EXPECTED[expected])


def checked_changes(changes: dict[str, object]) -> dict[str, object]:
    """The draft ``changes`` with each value checked against its field's kind (a nature given
    as text becomes a :class:`Nature`; a list of refusal ids becomes a sorted tuple)."""
    checked: dict[str, object] = {}
    for name, value in changes.items():
        if name in _TEXT_FIELDS:
            require(isinstance(value, str), name, "id" if name.endswith("_id") else "text")
        elif name in _FLAG_FIELDS:
            require(isinstance(value, bool), name, "flag")
        elif name == "could_decide_without":
            require(value is None or isinstance(value, bool), name, "answer")
        elif name == "nature":
            try:
                value = Nature(value)  # "statement" from a form counts as Nature.STATEMENT
            except (ValueError, TypeError):
                raise SessionError("session.unknown_nature", nature=str(value)) from None
        elif name == "refusal_override":
            ok = isinstance(value, (list, tuple, set, frozenset)) and all(
                isinstance(i, str) for i in value
            )
            require(ok, name, "ids")
            value = tuple(sorted(set(value)))  # type: ignore[arg-type]
        checked[name] = value
    return checked
