"""Deliberation methods as data: the steps a team walks through when it disagrees on what to do.

A method is a JSON file under ``resources/methods/`` (the dilemma method of moral case
deliberation ships with the app), with its texts in several languages. Like a policy, a file
that is malformed or incomplete is refused with a :class:`MethodError` naming the file, the field
and the problem, so an institution that writes its own method knows exactly what to fix.

The format::

    {"format": 1, "id": "…", "version": "…", "name": {"en": …}, "description": {"en": …},
     "steps": [{"id": "…", "title": {…}, "aim": {…}, "questions": [{…}, …],
                "empty_chair": true}, …]}

``empty_chair`` (optional) marks the step where the perspectives are gathered: while the person
concerned is not in the room, that step also asks the policy's empty-chair question.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.entities import Localized
from desktop.resources import resource_path

METHOD_FORMAT = 1
METHODS_DIR = resource_path("methods")
DEFAULT_METHOD_ID = "dilemma-method"
MIN_STEPS = 2
MAX_STEPS = 12  # the shared screen shows where the team is among them, on one line
MAX_QUESTIONS = 5  # per step: the shared screen shows them all, in large type

_STEP_FIELDS = ("id", "title", "aim", "questions", "empty_chair")


class MethodError(ValueError):
    """A method file that cannot be used, with where and why."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


@dataclass(frozen=True, slots=True)
class MethodStep:
    """One step of a method: its title, what it is for, and the questions that guide it."""

    id: str
    title: Localized
    aim: Localized
    questions: tuple[Localized, ...]
    empty_chair: bool = False


@dataclass(frozen=True, slots=True)
class DeliberationMethod:
    """A way to deliberate, step by step, with the words for each step."""

    id: str
    version: str
    name: Localized
    description: Localized
    steps: tuple[MethodStep, ...]

    def step(self, index: int) -> MethodStep:
        """The step at ``index`` (0-based); ``IndexError`` outside the method."""
        if not 0 <= index < len(self.steps):
            raise IndexError(index)
        return self.steps[index]


class _Reader:
    """Walks the parsed JSON, raising :class:`MethodError` with the path of the bad field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, problem: str) -> MethodError:
        return MethodError(self.source, field, problem)

    def value(self, obj: dict[str, Any], key: str, path: str) -> Any:
        field = f"{path}.{key}" if path else key
        if key not in obj:
            raise self.fail(field, "is missing")
        return obj[key]

    def text(self, obj: dict[str, Any], key: str, path: str) -> str:
        field = f"{path}.{key}" if path else key
        value = self.value(obj, key, path)
        if not isinstance(value, str):
            raise self.fail(field, "must be a text")
        if not value.strip():
            raise self.fail(field, "is empty")
        return value

    def localized(self, value: Any, field: str) -> Localized:
        if not isinstance(value, dict):
            raise self.fail(field, 'must be an object of texts by language, e.g. {"en": "…"}')
        if "en" not in value:
            raise self.fail(field, "needs an English text ('en')")
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{field}.{lang}", "must be a non-empty text")
        return Localized(value)


def _step(r: _Reader, entry: Any, path: str) -> MethodStep:
    if not isinstance(entry, dict):
        raise r.fail(path, "must be an object")
    unknown = sorted(set(entry) - set(_STEP_FIELDS))
    if unknown:
        expected = ", ".join(_STEP_FIELDS)
        raise r.fail(f"{path}.{unknown[0]}", f"is not a field of a step (expected: {expected})")
    questions = r.value(entry, "questions", path)
    if not isinstance(questions, list):
        raise r.fail(f"{path}.questions", "must be a list")
    if not questions:
        raise r.fail(f"{path}.questions", "needs at least one question")
    if len(questions) > MAX_QUESTIONS:
        raise r.fail(f"{path}.questions", f"has more than {MAX_QUESTIONS} questions")
    empty_chair = entry.get("empty_chair", False)
    if not isinstance(empty_chair, bool):
        raise r.fail(f"{path}.empty_chair", "must be true/false")
    return MethodStep(
        id=r.text(entry, "id", path),
        title=r.localized(r.value(entry, "title", path), f"{path}.title"),
        aim=r.localized(r.value(entry, "aim", path), f"{path}.aim"),
        questions=tuple(
            r.localized(question, f"{path}.questions[{i}]") for i, question in enumerate(questions)
        ),
        empty_chair=empty_chair,
    )


def parse_method(data: Any, source: str) -> DeliberationMethod:
    """Build a :class:`DeliberationMethod` from parsed JSON, or raise :class:`MethodError`."""
    r = _Reader(source)
    if not isinstance(data, dict):
        raise r.fail("(top level)", "must be an object")
    fmt = r.value(data, "format", "")
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt != METHOD_FORMAT:
        raise r.fail("format", f"must be {METHOD_FORMAT}; this version of the app cannot read it")
    steps_data = r.value(data, "steps", "")
    if not isinstance(steps_data, list):
        raise r.fail("steps", "must be a list")
    if not MIN_STEPS <= len(steps_data) <= MAX_STEPS:
        raise r.fail("steps", f"needs between {MIN_STEPS} and {MAX_STEPS} steps")
    steps = tuple(_step(r, entry, f"steps[{i}]") for i, entry in enumerate(steps_data))
    seen: set[str] = set()
    for i, step in enumerate(steps):
        if step.id in seen:
            raise r.fail(f"steps[{i}].id", f"'{step.id}' is used twice")
        seen.add(step.id)
    return DeliberationMethod(
        id=r.text(data, "id", ""),
        version=r.text(data, "version", ""),
        name=r.localized(r.value(data, "name", ""), "name"),
        description=r.localized(r.value(data, "description", ""), "description"),
        steps=steps,
    )


def load_method_file(path: Path) -> DeliberationMethod:
    """Read and check one method file; its id must be its file name."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise MethodError(str(path), "(file)", f"cannot be read: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise MethodError(str(path), "(file)", "is not UTF-8 text") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise MethodError(
            str(path), f"line {error.lineno}, column {error.colno}", f"not valid JSON: {error.msg}"
        ) from error
    method = parse_method(data, str(path))
    if method.id != path.stem:
        raise MethodError(str(path), "id", f"is '{method.id}' but the file is named '{path.stem}'")
    return method


def available_methods(folder: Path = METHODS_DIR) -> dict[str, Path]:
    """The method files in ``folder``, by method id (the file name without ``.json``)."""
    return {path.stem: path for path in sorted(folder.glob("*.json"))}


def load_method(
    method_id: str = DEFAULT_METHOD_ID, folder: Path = METHODS_DIR
) -> DeliberationMethod:
    """Load one method by id."""
    path = folder / f"{method_id}.json"
    if not path.is_file():
        raise MethodError(str(path), "(file)", "no such method")
    return load_method_file(path)


@dataclass(frozen=True, slots=True)
class MethodShelf:
    """Every method that could be read, in file-name order, and the errors of those that could
    not (so a broken file shows its problem instead of hiding the others)."""

    methods: tuple[DeliberationMethod, ...]
    errors: tuple[MethodError, ...] = ()

    def get(self, method_id: str) -> DeliberationMethod | None:
        """The method with this id, if it could be read."""
        return next((m for m in self.methods if m.id == method_id), None)

    def default(self, method_id: str = "") -> DeliberationMethod | None:
        """The method ``method_id`` (the settings' choice) if there, else the shipped dilemma
        method, else the first one; None when there is none at all."""
        return (
            self.get(method_id)
            or self.get(DEFAULT_METHOD_ID)
            or (self.methods[0] if self.methods else None)
        )


def load_methods(folders: Iterable[Path] = (METHODS_DIR,)) -> MethodShelf:
    """Every method of ``folders``; a later folder's method replaces an earlier one's of the same
    id. Files that cannot be used are left out and reported in ``errors``."""
    found: dict[str, DeliberationMethod] = {}
    errors: list[MethodError] = []
    for folder in folders:
        for path in available_methods(folder).values():
            try:
                found[path.stem] = load_method_file(path)
            except MethodError as error:
                errors.append(error)
    return MethodShelf(tuple(found[key] for key in sorted(found)), tuple(errors))
