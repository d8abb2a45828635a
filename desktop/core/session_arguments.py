"""Checking what callers hand to a meeting session: every bad argument is a
:class:`~desktop.core.session_record.SessionError`, never a bare ``TypeError`` from deep inside.

The draft's fields are checked against their kind (text, yes/no, nature, list of ids) before
they reach the draft, so a form that sends the wrong kind gets one clear sentence back.
"""

from __future__ import annotations

from desktop.core.entities import Nature
from desktop.core.messages import Message
from desktop.core.session_record import SessionError

EXPECTED: dict[str, Message] = {
    kind: Message.of(f"term.expected.{kind}")
    for kind in (
        "text",
        "id",
        "flag",
        "answer",
        "number",
        "date",
        "ids",
        "professional",
        "consents",
        "participation",
        "method",
        "information",
    )
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
        "purpose_id",
    }
)
_FLAG_FIELDS = frozenset(
    {"in_persons_interest", "person_agrees_now", "need_to_know", "minimum_necessary"}
)


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
