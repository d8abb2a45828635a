"""Policies as data: the conditions, categories, texts and legal references the gate applies.

A policy is a JSON file under ``resources/policies/``. Legal article numbers live only there. A
file that is malformed or incomplete is refused with a :class:`PolicyError` naming the file, the
field and the problem, so whoever edits a policy knows exactly what to fix.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.entities import Condition, Localized
from desktop.core.text import fill
from desktop.resources import resource_path

POLICY_FORMAT = 1
POLICIES_DIR = resource_path("policies")
DEFAULT_POLICY_ID = "be-shared-secrecy"

REQUIRED_TEXTS = (
    "good_for_whom",
    "with_whom",
    "why",
    "empty_chair_question",
    "empty_chair_guidance",
    "necessity_question",
    "confidentiality_notice",
    "conduct_template",
)

#: Texts a policy may give, in its own words; the app has a general wording for each.
#: ``special_category``: what a special category means (the gate's tooltip).
#: ``complaint_authority``: where the person can complain (their copy of the minutes).
OPTIONAL_TEXTS = ("special_category", "complaint_authority")


class PolicyError(ValueError):
    """A policy file that cannot be used, with where and why."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Category:
    """An information category; *special* ones (health, justice...) deserve extra care."""

    id: str
    name: Localized
    special: bool


@dataclass(frozen=True, slots=True)
class LegalReference:
    """A legal text the policy rests on, e.g. a penal-code article."""

    id: str
    citation: str
    label: Localized


@dataclass(frozen=True, slots=True)
class PolicyException:
    """A ground that allows sharing without consent, with a written justification."""

    id: str
    label: Localized
    legal_reference: str


@dataclass(frozen=True, slots=True)
class ConditionText:
    """How a condition is named and explained to users."""

    title: Localized
    description: Localized


@dataclass(frozen=True, slots=True)
class Policy:
    """A sharing framework: what the gate checks and the words it uses."""

    id: str
    version: str
    name: Localized
    description: Localized
    conditions: dict[Condition, ConditionText]
    categories: tuple[Category, ...]
    texts: dict[str, Localized]
    legal_references: tuple[LegalReference, ...]
    exceptions: tuple[PolicyException, ...]

    def category(self, category_id: str) -> Category | None:
        """The category with this id, if the policy has it."""
        return next((c for c in self.categories if c.id == category_id), None)

    def category_name(self, category_id: str, lang: str) -> str:
        """A category's name in ``lang``; the bare id for a category this policy lacks."""
        category = self.category(category_id)
        return category.name.text(lang) if category else category_id

    def exception(self, exception_id: str) -> PolicyException | None:
        """The exception with this id, if the policy allows it."""
        return next((e for e in self.exceptions if e.id == exception_id), None)

    def legal_reference(self, reference_id: str) -> LegalReference | None:
        """The legal reference with this id."""
        return next((r for r in self.legal_references if r.id == reference_id), None)

    def text(self, key: str, lang: str, **values: str) -> str:
        """A user-facing text in ``lang``, with ``{alias}``-style values filled in literally."""
        template = self.texts[key].text(lang)
        # One pass, so a value that itself contains "{alias}" is never substituted again.
        return fill(template, values)

    def condition_title(self, condition: Condition, lang: str) -> str:
        """A condition's short name, e.g. *Consent*."""
        return self.conditions[condition].title.text(lang)


class _Reader:
    """Walks the parsed JSON, raising :class:`PolicyError` with the path of the bad field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, problem: str) -> PolicyError:
        return PolicyError(self.source, field, problem)

    def get(self, obj: dict[str, Any], key: str, kind: type, path: str) -> Any:
        field = f"{path}.{key}" if path else key
        if not isinstance(obj, dict):
            raise self.fail(path or "(top level)", "must be an object")
        if key not in obj:
            raise self.fail(field, "is missing")
        value = obj[key]
        if kind is str and isinstance(value, str):
            if not value.strip():
                raise self.fail(field, "is empty")
            return value
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(field, f"must be {_KIND_NAMES[kind]}")
        return value

    def localized(self, obj: dict[str, Any], key: str, path: str) -> Localized:
        field = f"{path}.{key}" if path else key
        texts = self.get(obj, key, dict, path)
        if "en" not in texts:
            raise self.fail(field, "needs an English text ('en')")
        for lang, value in texts.items():
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{field}.{lang}", "must be a non-empty text")
        return Localized(texts)

    def unique_ids(self, items: list[dict[str, Any]], path: str) -> None:
        seen: set[str] = set()
        for index, item in enumerate(items):
            item_id = self.get(item, "id", str, f"{path}[{index}]")
            if item_id in seen:
                raise self.fail(f"{path}[{index}].id", f"'{item_id}' is used twice")
            seen.add(item_id)


_KIND_NAMES = {
    str: "a text",
    dict: "an object",
    list: "a list",
    int: "a number",
    bool: "true/false",
}


def parse_policy(data: Any, source: str) -> Policy:
    """Build a :class:`Policy` from parsed JSON, or raise :class:`PolicyError`."""
    r = _Reader(source)
    if not isinstance(data, dict):
        raise r.fail("(top level)", "must be an object")
    if r.get(data, "format", int, "") != POLICY_FORMAT:
        raise r.fail("format", f"must be {POLICY_FORMAT}; this version of the app cannot read it")

    conditions_data = r.get(data, "conditions", dict, "")
    conditions: dict[Condition, ConditionText] = {}
    for condition in Condition:
        entry = r.get(conditions_data, condition.value, dict, "conditions")
        path = f"conditions.{condition.value}"
        conditions[condition] = ConditionText(
            r.localized(entry, "title", path), r.localized(entry, "description", path)
        )

    categories_data = r.get(data, "categories", list, "")
    if not categories_data:
        raise r.fail("categories", "needs at least one category")
    r.unique_ids(categories_data, "categories")
    categories = tuple(
        Category(
            id=entry["id"],
            name=r.localized(entry, "name", f"categories[{i}]"),
            special=r.get(entry, "special", bool, f"categories[{i}]"),
        )
        for i, entry in enumerate(categories_data)
    )

    texts_data = r.get(data, "texts", dict, "")
    texts = {key: r.localized(texts_data, key, "texts") for key in REQUIRED_TEXTS}
    texts |= {
        key: r.localized(texts_data, key, "texts") for key in OPTIONAL_TEXTS if key in texts_data
    }

    references_data = r.get(data, "legal_references", list, "")
    r.unique_ids(references_data, "legal_references")
    references = tuple(
        LegalReference(
            id=entry["id"],
            citation=r.get(entry, "citation", str, f"legal_references[{i}]"),
            label=r.localized(entry, "label", f"legal_references[{i}]"),
        )
        for i, entry in enumerate(references_data)
    )
    reference_ids = {reference.id for reference in references}

    exceptions_data = data.get("exceptions", [])
    if not isinstance(exceptions_data, list):
        raise r.fail("exceptions", "must be a list")
    r.unique_ids(exceptions_data, "exceptions")
    exceptions = []
    for i, entry in enumerate(exceptions_data):
        path = f"exceptions[{i}]"
        reference = r.get(entry, "legal_reference", str, path)
        if reference not in reference_ids:
            raise r.fail(f"{path}.legal_reference", f"'{reference}' is not in legal_references")
        exceptions.append(
            PolicyException(entry["id"], r.localized(entry, "label", path), reference)
        )

    return Policy(
        id=r.get(data, "id", str, ""),
        version=r.get(data, "version", str, ""),
        name=r.localized(data, "name", ""),
        description=r.localized(data, "description", ""),
        conditions=conditions,
        categories=categories,
        texts=texts,
        legal_references=references,
        exceptions=tuple(exceptions),
    )


def load_policy_file(path: Path) -> Policy:
    """Read and check one policy file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PolicyError(str(path), "(file)", f"cannot be read: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise PolicyError(str(path), "(file)", "is not UTF-8 text") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PolicyError(
            str(path), f"line {error.lineno}, column {error.colno}", f"not valid JSON: {error.msg}"
        ) from error
    return parse_policy(data, str(path))


def available_policies(folder: Path = POLICIES_DIR) -> dict[str, Path]:
    """The policy files shipped in ``folder``, by policy id (the file name without ``.json``)."""
    return {path.stem: path for path in sorted(folder.glob("*.json"))}


def load_policy(policy_id: str = DEFAULT_POLICY_ID, folder: Path = POLICIES_DIR) -> Policy:
    """Load a shipped policy by id."""
    path = folder / f"{policy_id}.json"
    if not path.is_file():
        raise PolicyError(str(path), "(file)", "no such policy")
    policy = load_policy_file(path)
    if policy.id != policy_id:
        raise PolicyError(str(path), "id", f"is '{policy.id}' but the file is named '{policy_id}'")
    return policy
