"""Deliberation methods are data: the shipped dilemma method loads in three languages, and every
broken method file is refused naming the file, the field and the problem."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.deliberation_method import (
    DEFAULT_METHOD_ID,
    METHODS_DIR,
    MethodError,
    available_methods,
    load_method,
    load_method_file,
    load_methods,
    parse_method,
)

SHIPPED = METHODS_DIR / f"{DEFAULT_METHOD_ID}.json"


def shipped_data() -> dict[str, Any]:
    """A fresh copy of the shipped method's JSON."""
    return copy.deepcopy(json.loads(SHIPPED.read_text(encoding="utf-8")))


# --- The shipped method --------------------------------------------------------------------------


def test_the_dilemma_method_walks_the_seven_steps_of_the_issue() -> None:
    method = load_method()
    assert method.id == DEFAULT_METHOD_ID
    assert [step.id for step in method.steps] == [
        "facts",
        "dilemma",
        "perspectives",
        "values",
        "options",
        "choice",
        "limiting-harm",
    ]
    assert [s.title.text("en") for s in method.steps] == [
        "The facts",
        "The dilemma",
        "Perspectives",
        "Values and norms",
        "Options",
        "A choice",
        "Limiting harm",
    ]
    # The person's perspective is where the empty chair speaks.
    assert [s.id for s in method.steps if s.empty_chair] == ["perspectives"]


def test_every_text_of_the_shipped_method_is_in_english_french_and_dutch() -> None:
    method = load_method()
    texts = [method.name, method.description]
    for step in method.steps:
        texts += [step.title, step.aim, *step.questions]
    for text in texts:
        assert set(text) == {"en", "fr", "nl"}, text
        assert all(value.strip() for value in text.values())
    assert method.name.text("nl") == "Dilemmamethode"
    assert "moreel beraad" in method.description.text("nl").lower()
    assert method.name.text("fr") == "Méthode du dilemme"


def test_french_questions_follow_french_typography() -> None:
    for step in load_method().steps:
        for question in step.questions:
            text = question.text("fr")
            if text.endswith("?"):
                assert text.endswith(" ?"), text  # a space before the question mark
            assert "?" not in text.replace(" ?", ""), text


def test_the_shipped_method_is_listed_and_on_the_shelf() -> None:
    assert available_methods()[DEFAULT_METHOD_ID] == SHIPPED
    shelf = load_methods()
    assert shelf.errors == ()
    assert shelf.get(DEFAULT_METHOD_ID) == load_method()
    assert shelf.default() == shelf.default("no-such-method") == load_method()


# --- Broken files --------------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        keys = path.split("/")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _drop(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        keys = path.split("/")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        del target[keys[-1]]

    return mutate


BROKEN: list[tuple[str, Mutation, str, str]] = [
    ("no-format", _drop("format"), "format", "is missing"),
    ("format-2", _set("format", 2), "format", "must be 1"),
    ("format-true", _set("format", True), "format", "must be 1"),
    ("no-id", _drop("id"), "id", "is missing"),
    ("blank-version", _set("version", "  "), "version", "is empty"),
    ("name-not-object", _set("name", "Dilemma"), "name", "must be an object"),
    ("name-no-english", _set("name", {"fr": "Dilemme"}), "name", "needs an English text"),
    ("blank-dutch", _set("description/nl", " "), "description.nl", "must be a non-empty text"),
    ("steps-not-list", _set("steps", {}), "steps", "must be a list"),
    ("one-step", lambda d: d.update(steps=d["steps"][:1]), "steps", "between 2 and 12"),
    ("step-not-object", _set("steps/1", "facts"), "steps[1]", "must be an object"),
    ("typo-in-a-step", _set("steps/2/questons", []), "steps[2].questons", "not a field"),
    ("step-without-title", _drop("steps/0/title"), "steps[0].title", "is missing"),
    ("step-without-aim", _drop("steps/4/aim"), "steps[4].aim", "is missing"),
    ("no-questions", _set("steps/3/questions", []), "steps[3].questions", "at least one"),
    (
        "too-many-questions",
        _set("steps/3/questions", [{"en": "Why?"}] * 6),
        "steps[3].questions",
        "more than 5",
    ),
    ("question-not-text", _set("steps/1/questions/0/en", 3), "steps[1].questions[0].en", "text"),
    ("chair-not-bool", _set("steps/2/empty_chair", "yes"), "steps[2].empty_chair", "true/false"),
    ("same-step-twice", _set("steps/1/id", "facts"), "steps[1].id", "'facts' is used twice"),
]


@pytest.mark.parametrize(
    ("mutate", "field", "problem"),
    [pytest.param(m, f, p, id=name) for name, m, f, p in BROKEN],
)
def test_a_broken_method_names_the_field_and_the_problem(
    mutate: Mutation, field: str, problem: str
) -> None:
    data = shipped_data()
    mutate(data)
    with pytest.raises(MethodError) as caught:
        parse_method(data, "my-method.json")
    assert caught.value.source == "my-method.json"
    assert caught.value.field == field
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"my-method.json: {field}: ")


def test_a_method_file_is_named_after_its_id(tmp_path: Path) -> None:
    path = tmp_path / "our-method.json"
    path.write_text(json.dumps(shipped_data()), encoding="utf-8")
    with pytest.raises(MethodError) as caught:
        load_method_file(path)
    assert (caught.value.source, caught.value.field) == (str(path), "id")
    assert "'dilemma-method'" in caught.value.problem and "'our-method'" in caught.value.problem


def test_invalid_json_and_encoding_say_where(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": 1,\n "id": }', encoding="utf-8")
    with pytest.raises(MethodError) as caught:
        load_method_file(path)
    assert caught.value.field == "line 2, column 8"
    assert "not valid JSON" in caught.value.problem
    path.write_bytes(b"\xff\xfe{}")
    with pytest.raises(MethodError, match="not UTF-8"):
        load_method_file(path)
    with pytest.raises(MethodError, match="no such method"):
        load_method("nowhere", tmp_path)


def test_an_institution_adds_its_own_method_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    ours = shipped_data()
    ours["id"] = "our-round"
    ours["name"] = {"en": "Our round", "fr": "Notre tour de table"}
    ours["steps"] = ours["steps"][:3]
    (tmp_path / "our-round.json").write_text(json.dumps(ours), encoding="utf-8")
    (tmp_path / "zz-broken.json").write_text("{}", encoding="utf-8")
    shelf = load_methods((METHODS_DIR, tmp_path))
    assert [m.id for m in shelf.methods] == ["dilemma-method", "our-round"]
    assert shelf.get("our-round").name.text("fr") == "Notre tour de table"  # type: ignore[union-attr]
    assert len(shelf.get("our-round").steps) == 3  # type: ignore[union-attr]
    assert [(e.source, e.field) for e in shelf.errors] == [
        (str(tmp_path / "zz-broken.json"), "format")
    ]
    # The settings choose the default among several; an unknown choice falls back.
    assert shelf.default("our-round").id == "our-round"  # type: ignore[union-attr]
    assert shelf.default("gone").id == DEFAULT_METHOD_ID  # type: ignore[union-attr]


def test_an_empty_shelf_has_no_default(tmp_path: Path) -> None:
    shelf = load_methods((tmp_path,))
    assert shelf.methods == () and shelf.default() is None
