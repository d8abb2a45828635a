"""The shipped policy loads, and every broken policy is refused naming file, field and problem."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.entities import Localized
from desktop.core.policy import (
    DEFAULT_POLICY_ID,
    POLICIES_DIR,
    REQUIRED_TEXTS,
    ConditionKind,
    PolicyError,
    available_policies,
    load_policy,
    load_policy_file,
    parse_policy,
    refused_policies,
    shipped_policies,
)

SHIPPED = POLICIES_DIR / f"{DEFAULT_POLICY_ID}.json"


def shipped_data() -> dict[str, Any]:
    """A fresh copy of the shipped policy's JSON."""
    return copy.deepcopy(json.loads(SHIPPED.read_text(encoding="utf-8")))


# --- The shipped policy --------------------------------------------------------------------------


def test_shipped_policy_loads_with_everything_the_gate_needs() -> None:
    policy = load_policy()
    assert policy.id == DEFAULT_POLICY_ID
    assert policy.condition_ids == ("consent", "secrecy", "mission", "necessity", "questions")
    assert [c.kind for c in policy.conditions] == [
        ConditionKind.EXPLICIT_CONSENT,
        ConditionKind.BOUND_BY_SECRECY,
        ConditionKind.WITHIN_MISSION,
        ConditionKind.NECESSITY,
    ]
    assert policy.person_condition is policy.conditions[0] and policy.conditions[0].empty_chair
    assert {c.id for c in policy.categories if c.special} == {"health", "mental_health", "justice"}
    for key in REQUIRED_TEXTS:
        assert policy.texts[key]["en"].strip() and policy.texts[key]["fr"].strip()
    for exception in policy.exceptions:
        assert policy.legal_reference(exception.legal_reference) is not None
    assert {e.id for e in policy.exceptions} == {"danger", "vulnerable"}
    assert all(e.satisfies == ("consent",) for e in policy.exceptions)


def test_shipped_policy_is_listed_and_readable_in_french() -> None:
    assert available_policies()[DEFAULT_POLICY_ID] == SHIPPED
    policy = load_policy()
    assert policy.condition_title("consent", "fr") == "Accord"
    assert policy.condition_title("questions", "nl") == "Vragen"
    assert policy.condition_title("gone", "fr") == "gone"  # an old record's id stays readable
    assert policy.category_name("health", "fr") == "Santé"
    assert policy.category_name("astrology", "fr") == "astrology"


def test_policy_text_fills_values_literally() -> None:
    policy = load_policy()
    assert policy.text("empty_chair_question", "en", alias="J.D.") == "What would J.D. have wanted?"
    typed = "{alias} %s {0}"
    assert policy.text("empty_chair_question", "fr", alias=typed) == f"Qu'aurait voulu {typed} ?"


def test_localized_falls_back_to_english_then_anything() -> None:
    assert Localized({"en": "Health", "fr": "Santé"}).text("nl") == "Health"
    assert Localized({"fr": "Santé"}).text("en") == "Santé"
    assert Localized({"en": "Health", "fr": ""}).text("fr") == "Health"


# --- Every field check, table-driven -------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def _delete(*path: str | int) -> Mutation:
    def mutate(data: dict[str, Any]) -> dict[str, Any]:
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
        return data

    return mutate


def _set(value: Any, *path: str | int) -> Mutation:
    def mutate(data: dict[str, Any]) -> dict[str, Any]:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return data

    return mutate


def _duplicate(list_key: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> dict[str, Any]:
        data[list_key].append(copy.deepcopy(data[list_key][0]))
        return data

    return mutate


BROKEN: list[tuple[str, Mutation, str, str]] = [
    # (test id, how the file is broken, field named, problem named)
    ("top-level-list", lambda d: [d], "(top level)", "must be an object"),
    ("format-missing", _delete("format"), "format", "must be 2"),
    ("format-old", _set(1, "format"), "format", "must be 2; this version of the app cannot"),
    ("format-as-text", _set("2", "format"), "format", "must be 2"),
    ("id-missing", _delete("id"), "id", "is missing"),
    ("id-empty", _set("", "id"), "id", "must be made of lower-case letters"),
    ("id-capitals", _set("BE policy", "id"), "id", "must be made of lower-case letters"),
    ("version-number", _set(3, "version"), "version", "must be a text"),
    ("version-blank", _set("  ", "version"), "version", "is empty"),
    (
        "minors-age-zero",
        _set(0, "minors", "age_of_majority"),
        "minors.age_of_majority",
        "must be 1 or more",
    ),
    ("unknown-field", _set(1, "colour"), "colour", "is not a field here"),
    ("name-not-object", _set("Belgium", "name"), "name", "must be an object"),
    ("name-without-en", _delete("name", "en"), "name.en", "is missing"),
    ("name-fr-empty", _set("", "name", "fr"), "name.fr", "is empty"),
    ("name-fr-number", _set(7, "name", "fr"), "name.fr", "must be a text"),
    ("name-language-code", _set("x", "name", "French"), "name", "names a language"),
    ("short-name-missing", _delete("short_name"), "short_name", "is missing"),
    ("description-missing", _delete("description"), "description", "is missing"),
    ("conditions-missing", _delete("conditions"), "conditions", "is missing"),
    ("conditions-empty", _set([], "conditions"), "conditions", "needs at least one entry"),
    ("conditions-as-object", _set({}, "conditions"), "conditions", "must be a list"),
    (
        "condition-kind-missing",
        _delete("conditions", 0, "kind"),
        "conditions[0].kind",
        "is missing",
    ),
    (
        "condition-kind-unknown",
        _set("consent_of_the_moon", "conditions", 1, "kind"),
        "conditions[1].kind",
        "must be one of: explicit_consent, informed_no_objection",
    ),
    (
        "condition-title-missing",
        _delete("conditions", 0, "title"),
        "conditions[0].title",
        "is missing",
    ),
    (
        "condition-description-without-en",
        _delete("conditions", 1, "description", "en"),
        "conditions[1].description.en",
        "is missing",
    ),
    (
        "condition-parameter-missing",
        _delete("conditions", 0, "empty_chair"),
        "conditions[0].empty_chair",
        "is missing",
    ),
    (
        "condition-parameter-of-another-kind",
        _set(True, "conditions", 1, "need_to_know"),
        "conditions[1].need_to_know",
        "is not a field here",
    ),
    (
        "condition-parameter-wrong-type",
        _set("yes", "conditions", 2, "need_to_know"),
        "conditions[2].need_to_know",
        "must be true or false",
    ),
    (
        "condition-id-reserved",
        _set("questions", "conditions", 3, "id"),
        "conditions[3].id",
        "'questions' is kept for the ethical questions",
    ),
    (
        "condition-duplicate-id",
        _set("consent", "conditions", 1, "id"),
        "conditions[1].id",
        "'consent' is used twice",
    ),
    (
        "condition-kind-twice",
        lambda d: {**d, "conditions": [*d["conditions"], {**d["conditions"][1], "id": "again"}]},
        "conditions[4].kind",
        "'bound_by_secrecy' is used twice",
    ),
    (
        "listed-purpose-without-purposes",
        lambda d: {
            **d,
            "conditions": [
                *d["conditions"],
                {
                    "id": "purpose",
                    "kind": "listed_purpose",
                    "title": {"en": "Purpose"},
                    "description": {"en": "For listed purposes only."},
                },
            ],
        },
        "purposes",
        "needs at least one purpose for 'listed_purpose'",
    ),
    ("questions-missing", _delete("questions"), "questions", "is missing"),
    ("categories-empty", _set([], "categories"), "categories", "needs at least one entry"),
    ("categories-not-list", _set({}, "categories"), "categories", "must be a list"),
    ("category-not-object", _set("health", "categories", 0), "categories[0]", "must be an object"),
    ("category-id-missing", _delete("categories", 3, "id"), "categories[3].id", "is missing"),
    (
        "category-duplicate-id",
        _duplicate("categories"),
        "categories[9].id",
        "'administrative' is used twice",
    ),
    (
        "category-special-text",
        _set("yes", "categories", 6, "special"),
        "categories[6].special",
        "must be true or false",
    ),
    (
        "category-special-missing",
        _delete("categories", 6, "special"),
        "categories[6].special",
        "is missing",
    ),
    (
        "category-name-fr-blank",
        _set(" ", "categories", 1, "name", "fr"),
        "categories[1].name.fr",
        "is empty",
    ),
    ("texts-missing", _delete("texts"), "texts", "is missing"),
    ("text-missing", _delete("texts", "why"), "texts.why", "is missing"),
    ("text-en-empty", _set("", "texts", "why", "en"), "texts.why.en", "is empty"),
    (
        "text-without-en",
        _delete("texts", "confidentiality_notice", "en"),
        "texts.confidentiality_notice.en",
        "is missing",
    ),
    (
        "references-not-list",
        _set("art. 458", "legal_references"),
        "legal_references",
        "must be a list",
    ),
    (
        "reference-duplicate-id",
        _duplicate("legal_references"),
        "legal_references[5].id",
        "'secrecy' is used twice",
    ),
    (
        "reference-citation-missing",
        _delete("legal_references", 0, "citation"),
        "legal_references[0].citation",
        "is missing",
    ),
    (
        "reference-citation-empty",
        _set("", "legal_references", 1, "citation"),
        "legal_references[1].citation",
        "is empty",
    ),
    ("exceptions-not-list", _set({}, "exceptions"), "exceptions", "must be a list"),
    (
        "exception-duplicate-id",
        _duplicate("exceptions"),
        "exceptions[2].id",
        "'danger' is used twice",
    ),
    (
        "exception-unknown-reference",
        _set("art_999", "exceptions", 1, "legal_reference"),
        "exceptions[1].legal_reference",
        "'art_999' is not in legal_references",
    ),
    (
        "exception-reference-missing",
        _delete("exceptions", 0, "legal_reference"),
        "exceptions[0].legal_reference",
        "is missing",
    ),
    (
        "exception-label-missing",
        _delete("exceptions", 0, "label"),
        "exceptions[0].label",
        "is missing",
    ),
    (
        "exception-satisfies-missing",
        _delete("exceptions", 0, "satisfies"),
        "exceptions[0].satisfies",
        "is missing",
    ),
    (
        "exception-satisfies-nothing",
        _set([], "exceptions", 0, "satisfies"),
        "exceptions[0].satisfies",
        "needs at least one entry",
    ),
    (
        "exception-satisfies-unknown-condition",
        _set(["consent", "luck"], "exceptions", 1, "satisfies"),
        "exceptions[1].satisfies[1]",
        "'luck' is not a condition of this policy",
    ),
    (
        "exception-satisfies-the-room",
        _set(["consent", "secrecy"], "exceptions", 0, "satisfies"),
        "exceptions[0].satisfies[1]",
        "'secrecy' (bound_by_secrecy) cannot be set aside by an exception",
    ),
    (
        "exception-satisfies-necessity",
        _set(["necessity"], "exceptions", 0, "satisfies"),
        "exceptions[0].satisfies[0]",
        "cannot be set aside by an exception",
    ),
    (
        "exception-satisfies-the-questions",
        _set(["questions"], "exceptions", 0, "satisfies"),
        "exceptions[0].satisfies[0]",
        "'questions' is not a condition of this policy",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "field", "problem"),
    [pytest.param(m, f, p, id=name) for name, m, f, p in BROKEN],
)
def test_broken_policy_is_refused_naming_file_field_and_problem(
    mutate: Mutation, field: str, problem: str
) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(mutate(shipped_data()), "team-policy.json")
    error = caught.value
    assert (error.source, error.field) == ("team-policy.json", field)
    assert problem in error.problem
    assert str(error).startswith(f"team-policy.json: {field}: ")


@pytest.mark.parametrize("lang", ["fr", "nl"])
@pytest.mark.parametrize("mutate", [pytest.param(m, id=name) for name, m, _f, _p in BROKEN])
def test_a_refusal_is_said_in_the_readers_language(mutate: Mutation, lang: str) -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(mutate(shipped_data()), "team-policy.json")
    error = caught.value
    said = error.text(lang)
    assert said.startswith("team-policy.json")
    assert error.field in said or error.field == "(top level)"  # a path is the file's own words
    assert error.problem not in said  # the problem is translated, not left in English
    assert error.text("en") == str(error)


def test_every_broken_case_changes_a_policy_that_otherwise_loads() -> None:
    policy = parse_policy(shipped_data(), "team-policy.json")
    assert policy.id == DEFAULT_POLICY_ID


def test_exceptions_are_optional() -> None:
    data = shipped_data()
    del data["exceptions"]
    assert parse_policy(data, "x.json").exceptions == ()


# --- Files ---------------------------------------------------------------------------------------


def _refused(path: Path) -> PolicyError:
    with pytest.raises(PolicyError) as caught:
        load_policy_file(path)
    assert caught.value.source == str(path)
    return caught.value


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": 2,\n  oops\n}\n', encoding="utf-8")
    error = _refused(path)
    assert error.field == "line 3, column 3"
    assert error.problem.startswith("not valid JSON")
    assert error.text("nl").startswith(f"{path}: regel 3, kolom 3: geen geldige JSON: ")


def test_unreadable_and_non_utf8_files_are_refused(tmp_path: Path) -> None:
    assert _refused(tmp_path / "missing.json").field == "(file)"
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"name": "Santé"}'.encode("latin-1"))
    error = _refused(latin)
    assert (error.field, error.problem) == ("(file)", "is not UTF-8 text")
    assert error.text("nl") == f"{latin}: (bestand): is geen UTF-8-tekst"
    missing = _refused(tmp_path / "missing.json")
    assert missing.text("fr") == f"{tmp_path / 'missing.json'}\u00a0: (fichier)\u00a0: n'existe pas"


def test_field_errors_from_a_file_name_the_file(tmp_path: Path) -> None:
    data = shipped_data()
    data["texts"]["why"]["fr"] = ""
    path = tmp_path / "team.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    error = _refused(path)
    assert str(error) == f"{path}: texts.why.fr: is empty"


def test_load_policy_by_id_checks_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "other.json").write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PolicyError, match="is 'be-shared-secrecy' but the file is named 'other'"):
        load_policy("other", tmp_path)
    with pytest.raises(PolicyError, match="no such policy"):
        load_policy("nowhere", tmp_path)


def test_the_files_left_out_are_told_with_their_problem(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "be-shared-secrecy.json").write_text(
        SHIPPED.read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "wrong.json").write_text('{"format": 1}', encoding="utf-8")
    assert list(shipped_policies(tmp_path)) == ["be-shared-secrecy"]
    refused = refused_policies(tmp_path)
    assert [(Path(e.source).name, e.field) for e in refused] == [
        ("good.json", "id"),  # named for another file
        ("wrong.json", "format"),
    ]
    assert refused[1].text("nl", "wrong.json").startswith("wrong.json: format: moet 2 zijn")
