"""Policies as data: which conditions the gate applies and how, with their words and the law.

A policy (a *framework*: Belgian shared secrecy, a case consultation, a French care team...) is a
JSON file under ``resources/policies/``. It lists its conditions, each of a **kind** taken from a
small closed vocabulary (:class:`ConditionKind`) with the kind's parameters; the gate
(:mod:`desktop.core.gate`) knows each kind, so a new framework needs no Python. Legal article
numbers live only in these files.

A file is checked against its JSON Schema (``resources/schemas/policy.schema.json``, documented in
``docs/policies.md``), then for what a schema cannot say (an exception naming a condition the
policy lacks...). A file that is wrong is refused with a :class:`PolicyError` naming the file, the
field and the problem, so whoever writes a policy knows exactly what to fix.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.catalogue import N_, Text, texts
from desktop.core.entities import Localized
from desktop.core.messages import Message
from desktop.core.text import fill
from desktop.resources import resource_path

POLICY_FORMAT = 2
POLICIES_DIR = resource_path("policies")
SCHEMA_PATH = resource_path("schemas", "policy.schema.json")
DEFAULT_POLICY_ID = "be-shared-secrecy"

#: The id of the ethical questions' verdict, which every gate adds after the policy's conditions.
QUESTIONS = "questions"

REQUIRED_TEXTS = (
    "good_for_whom",
    "with_whom",
    "why",
    "empty_chair_question",
    "empty_chair_guidance",
    "confidentiality_notice",
    "conduct_template",
)

#: Texts a policy may give, in its own words; the app has a general wording for each (or does
#: without). ``special_category``: what a special category means (the gate's tooltip).
#: ``complaint_authority``: where the person can complain (their copy of the minutes).
#: ``undertaking``: the confidentiality undertaking read at check-in. ``child_copy_intro`` and
#: ``child_copy_help``: the opening and closing words of a minor's own copy.
OPTIONAL_TEXTS = (
    "special_category",
    "complaint_authority",
    "undertaking",
    "child_copy_intro",
    "child_copy_help",
)


class ConditionKind(StrEnum):
    """The closed vocabulary of conditions a policy can ask for (see ``docs/policies.md``)."""

    EXPLICIT_CONSENT = "explicit_consent"  # consent on record, or the person agrees now
    INFORMED_NO_OBJECTION = "informed_no_objection"  # in the team: informed, did not object
    IMPLIED_CONSENT = "implied_consent"  # implied for listed purposes, explicit otherwise
    LEGAL_BASIS = "legal_basis"  # no consent: the meeting names the law that organises it
    PRIOR_INFORMATION = "prior_information"  # parents and child informed, unless contrary
    BOUND_BY_SECRECY = "bound_by_secrecy"  # every recipient bound by professional secrecy
    WITHIN_MISSION = "within_mission"  # every recipient works in the meeting's mission
    LISTED_PURPOSE = "listed_purpose"  # shared only for a purpose the framework lists
    NECESSITY = "necessity"  # strictly (or minimum) necessary
    DECISION_RECORDED = "decision_recorded"  # the decision and its reasons, shared or not


#: Kinds that stand for the person's say (consent, information, or the law instead): the first
#: such condition is the one the minutes cite as each shared item's basis.
PERSON_KINDS = frozenset(
    {
        ConditionKind.EXPLICIT_CONSENT,
        ConditionKind.INFORMED_NO_OBJECTION,
        ConditionKind.IMPLIED_CONSENT,
        ConditionKind.LEGAL_BASIS,
        ConditionKind.PRIOR_INFORMATION,
    }
)

#: Kinds an exception may set aside: the person's consent or prior information. Never the room
#: (secrecy, mission), the purposes or the legal basis, necessity, or the questions.
EXCEPTION_KINDS = frozenset(
    {
        ConditionKind.EXPLICIT_CONSENT,
        ConditionKind.INFORMED_NO_OBJECTION,
        ConditionKind.IMPLIED_CONSENT,
        ConditionKind.PRIOR_INFORMATION,
    }
)


# Why a policy file is refused, in the reader's language (the field is the file's own words: a
# path such as ``conditions[1].kind``, or one of the places named here).
PROBLEMS: dict[str, Text] = texts(
    N_("policy.refused", "{source}: {field}: {problem}"),
    N_("policy.field_file", "(file)"),
    N_("policy.field_top", "(top level)"),
    N_("policy.field_line", "line {line}, column {column}"),
    N_("policy.not_an_object", "must be an object"),
    N_("policy.format", "must be {format}; this version of the app cannot read it"),
    N_("policy.missing", "is missing"),
    N_("policy.unknown_field", "is not a field here (a typing mistake?)"),
    N_("policy.language_code", "names a language with two lower-case letters (en, fr, nl)"),
    N_("policy.type_string", "must be a text"),
    N_("policy.type_object", "must be an object"),
    N_("policy.type_array", "must be a list"),
    N_("policy.type_boolean", "must be true or false"),
    N_("policy.type_integer", "must be a whole number"),
    N_("policy.type_number", "must be a number"),
    N_("policy.type_other", "must be another type"),
    N_("policy.const", "must be {value}"),
    N_("policy.enum", "must be one of: {values}"),
    N_("policy.empty", "is empty"),
    N_(
        "policy.id_pattern", "must be made of lower-case letters, digits and '_' (or '-' in the id)"
    ),
    N_("policy.min_items", "needs at least one entry"),
    N_("policy.unique_items", "names an entry twice"),
    N_("policy.minimum", "must be {minimum} or more"),
    N_("policy.schema", "does not follow the schema: {detail}"),
    N_("policy.id_twice", "'{id}' is used twice"),
    N_("policy.questions_id", "'{id}' is kept for the ethical questions"),
    N_("policy.kind_twice", "'{kind}' is used twice: one condition per kind"),
    N_("policy.unknown_purpose", "'{purpose}' is not in purposes"),
    N_("policy.basis_needed", "needs a basis to choose, or 'typed': true"),
    N_("policy.bands", "must grow from one band to the next, up to age_of_majority"),
    N_("policy.undertaking_text", "is needed: undertaking_at_check_in is true"),
    N_("policy.purposes_needed", "needs at least one purpose for '{kind}'"),
    N_("policy.unknown_reference", "'{reference}' is not in legal_references"),
    N_("policy.unknown_condition", "'{condition}' is not a condition of this policy"),
    N_(
        "policy.not_an_exception",
        "'{condition}' ({kind}) cannot be set aside by an exception: only the person's consent "
        "or prior information can",
    ),
    N_("policy.no_file", "does not exist"),
    N_("policy.unreadable", "cannot be read: {reason}"),
    N_("policy.not_utf8", "is not UTF-8 text"),
    N_("policy.not_json", "not valid JSON: {reason}"),
    N_("policy.no_such_policy", "no such policy"),
    N_("policy.wrong_id", "is '{id}' but the file is named '{name}'"),
)


def problem(key: str, **values: str) -> Message:
    """A problem of :data:`PROBLEMS` with its values (shown literally)."""
    return Message.about(PROBLEMS[key], **values)


_PLACES = {"(file)": "policy.field_file", "(top level)": "policy.field_top"}


class PolicyError(ValueError):
    """A policy file that cannot be used, with where and why.

    ``str(error)``, :attr:`field` and :attr:`problem` are English; :meth:`text` says it in the
    reader's language.
    """

    def __init__(self, source: str, field: str | Message, why: Message) -> None:
        if isinstance(field, str) and field in _PLACES:
            field = problem(_PLACES[field])
        self._field = field if isinstance(field, Message) else None
        self._why = why
        self.source = source
        self.field = field.render("en") if isinstance(field, Message) else field
        self.problem = why.render("en")
        super().__init__(f"{source}: {self.field}: {self.problem}")

    def text(self, lang: str, source: str = "") -> str:
        """``file: field: problem`` in ``lang`` (the file named ``source`` when given: its name
        alone, say, where a whole path is too long)."""
        field = self._field.render(lang) if self._field is not None else self.field
        values = {
            "source": source or self.source,
            "field": field,
            "problem": self._why.render(lang),
        }
        return fill(PROBLEMS["policy.refused"].template(lang), values)


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
    """A ground that allows sharing without meeting some conditions (``satisfies``, by id),
    with a written justification."""

    id: str
    label: Localized
    legal_reference: str
    satisfies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Labelled:
    """An entry of a closed list: a purpose of sharing, a reason not to share."""

    id: str
    label: Localized


@dataclass(frozen=True, slots=True)
class LegalBasis:
    """A law, decree or authorisation that organises a meeting, and the purposes it allows."""

    id: str
    label: Localized
    citation: str
    purposes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConditionText:
    """How a condition is named and explained to users."""

    title: Localized
    description: Localized


@dataclass(frozen=True, slots=True)
class PolicyCondition:
    """One condition of a policy: its id (how verdicts, lights and stored records name it), its
    kind, its words, and the kind's parameters (each kind reads only its own)."""

    id: str
    kind: ConditionKind
    title: Localized
    description: Localized
    # explicit, informed and implied consent: consent that could not be obtained is met by the
    # empty-chair question and the person's interest.
    empty_chair: bool = False
    # informed_no_objection: who counts as the discloser's team ("organisation", "mission").
    team: str = ""
    # implied_consent: the purposes for which consent is implied.
    purposes: tuple[str, ...] = ()
    # legal_basis: the bases to choose from, and whether a basis may be typed.
    bases: tuple[LegalBasis, ...] = ()
    typed: bool = False
    # prior_information: who must be informed ("holders", "person"), the person by age and
    # maturity, and whether a reason it would be contrary to their interest dispenses with it.
    parties: tuple[str, ...] = ()
    by_maturity: bool = False
    unless_contrary_to_interest: bool = False
    # bound_by_secrecy: a recorded basis is needed too.
    basis_required: bool = True
    # within_mission: each item also needs "everyone here needs to know this".
    need_to_know: bool = False
    # necessity: the question asked (a "yes" means the item is not needed), and whether the
    # discloser also confirms the wording is the minimum necessary.
    question: Localized | None = None
    minimum: bool = False
    # decision_recorded: why a team chooses not to share, a closed list (never free text).
    reasons: tuple[Labelled, ...] = ()


#: Who a minor's consent (or information) comes from, by age band.
MINOR_PARTIES = ("child", "parents", "both")


@dataclass(frozen=True, slots=True)
class MinorsRule:
    """What a minor's say means under a framework: below ``age_of_majority``, by age band
    (``bands``: ``(below, who)`` in increasing ages, ``who`` one of :data:`MINOR_PARTIES`),
    whose consent counts, or who must have been informed; and whether a recorded reason that
    informing the parents would be contrary to the child's interest dispenses with it."""

    age_of_majority: int = 18
    bands: tuple[tuple[int, str], ...] = ()
    unless_contrary_to_interest: bool = False

    def who(self, age: int | None) -> str:
        """``child``, ``parents`` or ``both`` for a minor of ``age``; ``""`` for an adult or an
        unknown age (then the person's own say counts, as for anyone)."""
        if age is None or age >= self.age_of_majority:
            return ""
        return next((who for below, who in self.bands if age < below), "child")


@dataclass(frozen=True, slots=True)
class Policy:
    """A sharing framework: what the gate checks and the words it uses."""

    id: str
    version: str
    name: Localized
    short_name: Localized
    description: Localized
    conditions: tuple[PolicyCondition, ...]
    questions: ConditionText
    purposes: tuple[Labelled, ...]
    categories: tuple[Category, ...]
    texts: dict[str, Localized]
    legal_references: tuple[LegalReference, ...]
    exceptions: tuple[PolicyException, ...]
    # The confidentiality undertaking at check-in: asked by default under this framework?
    undertaking_at_check_in: bool = False
    # Minors: whose say counts by age (None: a minor's own, as anyone's).
    minors: MinorsRule | None = None

    def minor_party(self, person: Any, day: Any) -> str:
        """Whose say counts for ``person`` on ``day``: ``child``, ``parents``, ``both``, or
        ``""`` when they are of age, their age is unknown, or the framework says nothing."""
        if self.minors is None:
            return ""
        return self.minors.who(person.age_on(day))

    @property
    def condition_ids(self) -> tuple[str, ...]:
        """Every verdict's id in order: the policy's conditions, then the questions."""
        return (*(c.id for c in self.conditions), QUESTIONS)

    def condition(self, condition_id: str) -> PolicyCondition | None:
        """The condition with this id, if the policy has it."""
        return next((c for c in self.conditions if c.id == condition_id), None)

    def condition_of_kind(self, kind: ConditionKind) -> PolicyCondition | None:
        """The policy's condition of ``kind`` (a kind appears at most once), if any."""
        return next((c for c in self.conditions if c.kind is kind), None)

    @property
    def person_condition(self) -> PolicyCondition | None:
        """The condition that stands for the person's say (C1): the first of a person kind."""
        return next((c for c in self.conditions if c.kind in PERSON_KINDS), None)

    def condition_title(self, condition_id: str, lang: str) -> str:
        """A condition's short name, e.g. *Consent*; the questions' too; the bare id for a
        condition this policy lacks (an old record)."""
        if condition_id == QUESTIONS:
            return self.questions.title.text(lang)
        condition = self.condition(condition_id)
        return condition.title.text(lang) if condition else condition_id

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

    def purpose(self, purpose_id: str) -> Labelled | None:
        """The purpose with this id, if the policy lists it."""
        return next((p for p in self.purposes if p.id == purpose_id), None)

    @property
    def legal_bases(self) -> tuple[LegalBasis, ...]:
        """The bases a meeting chooses from, when the policy asks for a legal basis."""
        condition = self.condition_of_kind(ConditionKind.LEGAL_BASIS)
        return condition.bases if condition else ()

    def legal_basis(self, basis_id: str) -> LegalBasis | None:
        """The legal basis with this id."""
        return next((b for b in self.legal_bases if b.id == basis_id), None)

    def purposes_for(self, legal_basis_id: str = "") -> tuple[Labelled, ...]:
        """The purposes an item may be shared for in a meeting on ``legal_basis_id``: those
        the basis lists, or all of the policy's (a typed basis, or no basis asked for)."""
        basis = self.legal_basis(legal_basis_id)
        if basis is None:
            return self.purposes
        return tuple(p for p in self.purposes if p.id in basis.purposes)

    @property
    def not_shared_reasons(self) -> tuple[Labelled, ...]:
        """Why a team may choose not to share, when the policy has the team record it."""
        condition = self.condition_of_kind(ConditionKind.DECISION_RECORDED)
        return condition.reasons if condition else ()

    def not_shared_reason(self, reason_id: str) -> Labelled | None:
        """A reason not to share, by id."""
        return next((r for r in self.not_shared_reasons if r.id == reason_id), None)

    def text(self, key: str, lang: str, **values: str) -> str:
        """A user-facing text in ``lang``, with ``{alias}``-style values filled in literally."""
        template = self.texts[key].text(lang)
        # One pass, so a value that itself contains "{alias}" is never substituted again.
        return fill(template, values)

    def undertaking_text(self, lang: str) -> str:
        """The framework's confidentiality undertaking, read at check-in (empty if it has none)."""
        text = self.texts.get("undertaking")
        return text.text(lang) if text else ""

    def necessity_question(self, lang: str) -> str:
        """The question the necessity condition asks (a "yes" means the item is not needed)."""
        condition = self.condition_of_kind(ConditionKind.NECESSITY)
        if condition is None or condition.question is None:
            return ""
        return condition.question.text(lang)


# --- Reading a file ------------------------------------------------------------------------------


@functools.cache
def _validator() -> Any:
    """The schema, compiled once (fastjsonschema turns it into a Python function)."""
    import fastjsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema)


def schema_problem(error: Any) -> tuple[str, Message]:
    """A fastjsonschema error as (field, problem), in the words of the rest of this module."""
    path = [str(part) for part in error.path[1:]]  # path[0] is "data"
    field = _field(path)
    rule, value, definition = error.rule, error.value, error.definition or {}
    if rule == "required":
        missing = [key for key in error.rule_definition if key not in (value or {})]
        return _field([*path, missing[0]]) if missing else field, problem("policy.missing")
    if rule == "additionalProperties":
        allowed = set(definition.get("properties", {}))
        extra = sorted(set(value or {}) - allowed)
        if extra:
            return _field([*path, extra[0]]), problem("policy.unknown_field")
    if rule == "propertyNames":
        return field, problem("policy.language_code")
    if rule == "type":
        kind = str(error.rule_definition)
        return field, problem(f"policy.type_{kind if kind in _TYPES else 'other'}")
    if rule in ("enum", "const"):
        allowed = error.rule_definition
        if rule == "const":
            return field, problem("policy.const", value=json.dumps(allowed))
        return field, problem("policy.enum", values=", ".join(str(a) for a in allowed))
    if rule == "pattern":
        if "\\S" in str(error.rule_definition):
            return field, problem("policy.empty")
        return field, problem("policy.id_pattern")
    if rule == "minItems":
        return field, problem("policy.min_items")
    if rule == "uniqueItems":
        return field, problem("policy.unique_items")
    if rule == "minimum":
        return field, problem("policy.minimum", minimum=str(error.rule_definition))
    return field, problem("policy.schema", detail=error.message.removeprefix(error.name).strip())


_TYPES = ("string", "object", "array", "boolean", "integer", "number")


def _field(path: list[str]) -> str:
    """``conditions[1].kind`` from ``["conditions", "1", "kind"]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text or "(top level)"  # English: PolicyError says it in the reader's language


def parse_policy(data: Any, source: str) -> Policy:
    """Build a :class:`Policy` from parsed JSON, or raise :class:`PolicyError`."""
    import fastjsonschema

    if not isinstance(data, dict):
        raise PolicyError(source, "(top level)", problem("policy.not_an_object"))
    if data.get("format") != POLICY_FORMAT:
        # Said first and plainly: a file of another format fails every other check as well.
        raise PolicyError(source, "format", problem("policy.format", format=str(POLICY_FORMAT)))
    try:
        _validator()(data)
    except fastjsonschema.JsonSchemaValueException as error:
        raise PolicyError(source, *schema_problem(error)) from None
    policy = _build(data)
    _check(policy, source)
    return policy


def _localized(value: dict[str, str]) -> Localized:
    return Localized(value)


def _labelled(entries: Iterable[dict[str, Any]]) -> tuple[Labelled, ...]:
    return tuple(Labelled(e["id"], _localized(e["label"])) for e in entries)


def _condition(entry: dict[str, Any]) -> PolicyCondition:
    question = entry.get("question")
    return PolicyCondition(
        id=entry["id"],
        kind=ConditionKind(entry["kind"]),
        title=_localized(entry["title"]),
        description=_localized(entry["description"]),
        empty_chair=entry.get("empty_chair", False),
        team=entry.get("team", ""),
        purposes=tuple(entry.get("purposes", ())),
        bases=tuple(
            LegalBasis(b["id"], _localized(b["label"]), b["citation"], tuple(b["purposes"]))
            for b in entry.get("bases", ())
        ),
        typed=entry.get("typed", False),
        parties=tuple(entry.get("parties", ())),
        by_maturity=entry.get("by_maturity", False),
        unless_contrary_to_interest=entry.get("unless_contrary_to_interest", False),
        basis_required=entry.get("basis_required", True),
        need_to_know=entry.get("need_to_know", False),
        question=_localized(question) if question else None,
        minimum=entry.get("minimum", False),
        reasons=_labelled(entry.get("reasons", ())),
    )


def _build(data: dict[str, Any]) -> Policy:
    """The policy of a file the schema accepted."""
    return Policy(
        id=data["id"],
        version=data["version"],
        name=_localized(data["name"]),
        short_name=_localized(data["short_name"]),
        description=_localized(data["description"]),
        conditions=tuple(_condition(entry) for entry in data["conditions"]),
        questions=ConditionText(
            _localized(data["questions"]["title"]), _localized(data["questions"]["description"])
        ),
        purposes=_labelled(data.get("purposes", ())),
        categories=tuple(
            Category(e["id"], _localized(e["name"]), e["special"]) for e in data["categories"]
        ),
        texts={
            key: _localized(data["texts"][key])
            for key in (*REQUIRED_TEXTS, *OPTIONAL_TEXTS)
            if key in data["texts"]
        },
        legal_references=tuple(
            LegalReference(e["id"], e["citation"], _localized(e["label"]))
            for e in data["legal_references"]
        ),
        exceptions=tuple(
            PolicyException(
                e["id"], _localized(e["label"]), e["legal_reference"], tuple(e["satisfies"])
            )
            for e in data.get("exceptions", ())
        ),
        undertaking_at_check_in=data.get("undertaking_at_check_in", False),
        minors=_minors(data.get("minors")),
    )


def _minors(entry: dict[str, Any] | None) -> MinorsRule | None:
    if entry is None:
        return None
    return MinorsRule(
        age_of_majority=entry.get("age_of_majority", 18),
        bands=tuple((band["below"], band["who"]) for band in entry.get("consent", ())),
        unless_contrary_to_interest=entry.get("unless_contrary_to_interest", False),
    )


def _unique(source: str, path: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            raise PolicyError(source, f"{path}[{index}].id", problem("policy.id_twice", id=item_id))
        seen.add(item_id)


def _check(policy: Policy, source: str) -> None:
    """What the schema cannot say: ids unique and known, each kind once, exceptions that set
    aside only what an exception may."""
    fail = functools.partial(PolicyError, source)
    _unique(source, "conditions", (c.id for c in policy.conditions))
    _unique(source, "categories", (c.id for c in policy.categories))
    _unique(source, "purposes", (p.id for p in policy.purposes))
    _unique(source, "legal_references", (r.id for r in policy.legal_references))
    _unique(source, "exceptions", (e.id for e in policy.exceptions))
    purposes = {p.id for p in policy.purposes}
    kinds: set[ConditionKind] = set()
    for index, condition in enumerate(policy.conditions):
        path = f"conditions[{index}]"
        if condition.id == QUESTIONS:
            raise fail(f"{path}.id", problem("policy.questions_id", id=QUESTIONS))
        if condition.kind in kinds:
            raise fail(f"{path}.kind", problem("policy.kind_twice", kind=str(condition.kind)))
        kinds.add(condition.kind)
        for number, purpose in enumerate(condition.purposes):
            if purpose not in purposes:
                why = problem("policy.unknown_purpose", purpose=purpose)
                raise fail(f"{path}.purposes[{number}]", why)
        _unique(source, f"{path}.bases", (b.id for b in condition.bases))
        _unique(source, f"{path}.reasons", (r.id for r in condition.reasons))
        for number, basis in enumerate(condition.bases):
            for at, purpose in enumerate(basis.purposes):
                if purpose not in purposes:
                    where = f"{path}.bases[{number}].purposes[{at}]"
                    raise fail(where, problem("policy.unknown_purpose", purpose=purpose))
        if condition.kind is ConditionKind.LEGAL_BASIS and not (condition.bases or condition.typed):
            raise fail(f"{path}.bases", problem("policy.basis_needed"))
    if policy.minors is not None:
        previous = 0
        for index, (below, _who) in enumerate(policy.minors.bands):
            if below <= previous or below > policy.minors.age_of_majority:
                raise fail(f"minors.consent[{index}].below", problem("policy.bands"))
            previous = below
    if policy.undertaking_at_check_in and "undertaking" not in policy.texts:
        raise fail("texts.undertaking", problem("policy.undertaking_text"))
    needs_purposes = kinds & {ConditionKind.LISTED_PURPOSE, ConditionKind.IMPLIED_CONSENT}
    if needs_purposes and not purposes:
        raise fail("purposes", problem("policy.purposes_needed", kind=sorted(needs_purposes)[0]))
    references = {r.id for r in policy.legal_references}
    for index, exception in enumerate(policy.exceptions):
        path = f"exceptions[{index}]"
        if exception.legal_reference not in references:
            reference = exception.legal_reference
            why = problem("policy.unknown_reference", reference=reference)
            raise fail(f"{path}.legal_reference", why)
        for number, condition_id in enumerate(exception.satisfies):
            condition = policy.condition(condition_id)
            where = f"{path}.satisfies[{number}]"
            if condition is None:
                raise fail(where, problem("policy.unknown_condition", condition=condition_id))
            if condition.kind not in EXCEPTION_KINDS:
                why = problem(
                    "policy.not_an_exception", condition=condition_id, kind=condition.kind
                )
                raise fail(where, why)


def load_policy_file(path: Path) -> Policy:
    """Read and check one policy file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        why = (
            problem("policy.no_file")
            if isinstance(error, FileNotFoundError)
            else problem("policy.unreadable", reason=error.strerror or str(error))
        )
        raise PolicyError(str(path), "(file)", why) from error
    except UnicodeDecodeError as error:
        raise PolicyError(str(path), "(file)", problem("policy.not_utf8")) from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = problem("policy.field_line", line=str(error.lineno), column=str(error.colno))
        raise PolicyError(str(path), where, problem("policy.not_json", reason=error.msg)) from error
    return parse_policy(data, str(path))


def available_policies(folder: Path = POLICIES_DIR) -> dict[str, Path]:
    """The policy files shipped in ``folder``, by policy id (the file name without ``.json``)."""
    return {path.stem: path for path in sorted(folder.glob("*.json"))}


def shipped_policies(folder: Path = POLICIES_DIR) -> dict[str, Policy]:
    """Every shipped policy that loads, by id, in file-name order (one that fails to load is
    left out: ``emptychair policy check`` says why)."""
    policies = {}
    for policy_id in available_policies(folder):
        try:
            policies[policy_id] = load_policy(policy_id, folder)
        except PolicyError:
            continue
    return policies


def refused_policies(folder: Path = POLICIES_DIR) -> tuple[PolicyError, ...]:
    """Why each policy file in ``folder`` that :func:`shipped_policies` leaves out is refused."""
    refused = []
    for policy_id in available_policies(folder):
        try:
            load_policy(policy_id, folder)
        except PolicyError as error:
            refused.append(error)
    return tuple(refused)


def load_policy(policy_id: str = DEFAULT_POLICY_ID, folder: Path = POLICIES_DIR) -> Policy:
    """Load a shipped policy by id."""
    path = folder / f"{policy_id}.json"
    if not path.is_file():
        raise PolicyError(str(path), "(file)", problem("policy.no_such_policy"))
    policy = load_policy_file(path)
    if policy.id != policy_id:
        why = problem("policy.wrong_id", id=policy.id, name=policy_id)
        raise PolicyError(str(path), "id", why)
    return policy
