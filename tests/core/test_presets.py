"""Each shipped preset, table-driven: the same room and draft give the verdicts its law gives.

Every row starts from a room where the Belgian policy shares (Ann tells Ben and Clara, all bound
and in youth care, consent on record) and changes one thing; the expected statuses are the
preset's. The texts of the law are in the policy files; here are their consequences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from core_builders import (
    ANN,
    BEN,
    CLARA,
    GIVEN,
    OLGA,
    SAM,
    consent,
    draft,
    gate,
    refusal,
)

from desktop.core.entities import ConsentKind, Participation, PriorInformation
from desktop.core.gate import FixKind, GateResult, Status, is_override
from desktop.core.policy import Policy, available_policies, load_policy, parse_policy

MET, NOT_MET, NEEDS = Status.MET, Status.NOT_MET, Status.NEEDS_ANSWER
PRESETS = {policy_id: load_policy(policy_id) for policy_id in available_policies()}
CASE = PRESETS["be-case-consultation"]
CARE = PRESETS["fr-care-team"]
CHILD = PRESETS["fr-child-protection"]
UK = PRESETS["uk-caldicott"]

# The French care team works in one hospital; Clara comes from the département's social service.
HOSPITAL = "Hôpital fictif de Lille"
ANN_H, BEN_H = (
    replace(ANN, organisation=HOSPITAL),
    replace(BEN, organisation=f" {HOSPITAL.upper()}"),
)
CLARA_OUT = replace(CLARA, organisation="Département fictif")


def informed(**changes: Any) -> Any:
    """J.D. was informed of sharing health with youth care, and did not object."""
    return consent(ConsentKind.INFORMED, **changes)


def objection(**changes: Any) -> Any:
    """J.D. objected to sharing health (with whom: the test says)."""
    return consent(ConsentKind.OBJECTED, **{"missions": (), **changes})


@dataclass(frozen=True)
class Row:
    """A preset, what changes from the all-met Belgian room, and the statuses expected."""

    id: str
    policy: Policy
    kwargs: dict[str, Any]
    expect: dict[str, Status]  # the conditions named; every other one is met
    reason: str = ""  # in the reasons of the first condition named
    fixes: tuple[FixKind, ...] = ()  # among the fixes of the first condition named
    extra: dict[str, Any] = field(default_factory=dict)


def _case(**item: Any) -> dict[str, Any]:
    """A case consultation on the prosecutor's authorisation, for the person's integrity."""
    return {
        "legal_basis_id": "prosecutor",
        "item": draft(**{"purpose_id": "integrity", **item}),
    }


def _uk(**item: Any) -> dict[str, Any]:
    """A Caldicott item for the person's care, everyone needing it, the minimum."""
    fields = {"purpose_id": "individual_care", "need_to_know": True, "minimum_necessary": True}
    return {"item": draft(**{**fields, **item})}


ROWS = [
    # --- Belgian case consultation: a legal basis instead of consent, listed purposes only --------
    Row("case-shares-without-any-consent", CASE, {**_case(), "consents": []}, {}, ""),
    Row(
        "case-a-refusal-does-not-stop-the-law",
        CASE,
        {**_case(), "consents": [refusal(missions=("youth",))]},
        {},
    ),
    Row(
        "case-no-basis-named",
        CASE,
        {"item": draft(purpose_id="integrity"), "consents": []},
        {"basis": NOT_MET},
        "Name the legal basis of this meeting",
        (FixKind.NAME_LEGAL_BASIS,),
    ),
    Row(
        "case-basis-not-in-the-policy",
        CASE,
        {**_case(), "legal_basis_id": "town_council"},
        {"basis": NOT_MET, "purpose": NOT_MET},
        "'town_council' is not in this framework",
    ),
    Row(
        "case-typed-basis",
        CASE,
        {"legal_basis_text": "Decree of 7 May 2026 (fictional)", "item": _case()["item"]},
        {},
    ),
    Row(
        "case-typed-basis-allows-every-listed-purpose",
        CASE,
        {
            "legal_basis_text": "Decree (fictional)",
            "item": draft(purpose_id="criminal_organisation"),
        },
        {},
    ),
    Row(
        "case-no-purpose-chosen",
        CASE,
        _case(purpose_id=""),
        {"purpose": NEEDS},
        "Choose the purpose of sharing this",
    ),
    Row(
        "case-purpose-the-basis-does-not-list",
        CASE,
        {"legal_basis_id": "csil_r", "item": draft(purpose_id="criminal_organisation")},
        {"purpose": NOT_MET},
        "not a purpose the legal basis allows (Local integral security cell",
    ),
    Row(
        "case-purpose-not-in-the-policy",
        CASE,
        _case(purpose_id="curiosity"),
        {"purpose": NOT_MET},
        "'curiosity' is not in this framework",
    ),
    Row(
        "case-participant-not-bound",
        CASE,
        {**_case(), "room": (ANN, BEN, SAM)},
        {"participants": NOT_MET},
        "Sam Peeters (police) is not bound by professional secrecy",
        (FixKind.STEP_OUT,),
    ),
    Row(
        "case-no-mission-condition",
        CASE,
        {**_case(), "room": (ANN, BEN, OLGA)},
        {},
    ),
    Row(
        "case-not-necessary",
        CASE,
        _case(could_decide_without=True),
        {"necessity": NOT_MET},
        "not strictly necessary",
    ),
    Row(
        "case-asks-its-own-necessity-question",
        CASE,
        _case(could_decide_without=None),
        {"necessity": NEEDS},
        "Could the consultation reach its purpose without this?",
    ),
    # --- French care team: informed without objection inside, consent outside ---------------------
    Row(
        "care-team-informed-no-objection",
        CARE,
        {"room": (ANN_H, BEN_H), "consents": [informed()]},
        {},
    ),
    Row(
        "care-team-not-informed",
        CARE,
        {"room": (ANN_H, BEN_H), "consents": []},
        {"consent": NOT_MET},
        "J.D. was not informed of sharing Health with Ben Leroy (psychologist)",
        (FixKind.POSTPONE,),
    ),
    Row(
        "care-recorded-objection-refuses",
        CARE,
        {"room": (ANN_H, BEN_H), "consents": [informed(), objection(professionals=("ben",))]},
        {"consent": NOT_MET},
        "J.D. objected to sharing Health with Ben Leroy (psychologist)",
        (FixKind.POSTPONE,),
    ),
    Row(
        "care-an-objection-beats-a-given-consent",
        CARE,
        {
            "room": (ANN_H, BEN_H, CLARA_OUT),
            "consents": [GIVEN, objection(professionals=("clara",))],
        },
        {"consent": NOT_MET},
        "objected to sharing Health with Clara Dubois (educator)",
        (FixKind.STEP_OUT,),
    ),
    Row(
        "care-outside-the-team-needs-consent",
        CARE,
        {"room": (ANN_H, BEN_H, CLARA_OUT), "consents": [informed(professionals=("ben",))]},
        {"consent": NOT_MET},
        "Clara Dubois (educator): outside the team, sharing needs J.D.'s prior consent",
        (FixKind.STEP_OUT,),
    ),
    Row(
        "care-outside-the-team-with-consent",
        CARE,
        {
            "room": (ANN_H, BEN_H, CLARA_OUT),
            "consents": [informed(missions=()), consent(professionals=("clara",), missions=())],
        },
        {"consent": NOT_MET},
        "J.D. was not informed of sharing Health with Ben Leroy",
    ),
    Row(
        "care-team-and-outside-both-covered",
        CARE,
        {
            "room": (ANN_H, BEN_H, CLARA_OUT),
            "consents": [
                informed(professionals=("ben",), missions=()),
                consent(professionals=("clara",), missions=()),
            ],
        },
        {},
    ),
    Row(
        "care-given-consent-covers-the-team-too",
        CARE,
        {"room": (ANN_H, BEN_H), "consents": [GIVEN]},
        {},
    ),
    Row(
        "care-no-empty-chair-outside-the-team",
        CARE,
        {
            "room": (ANN_H, CLARA_OUT),
            "consents": [consent(ConsentKind.NOT_OBTAINABLE)],
            "item": draft(in_persons_interest=True),
        },
        {"consent": NOT_MET},
        "outside the team, sharing needs J.D.'s prior consent",
    ),
    Row(
        "care-someone-not-taking-part-in-care",
        CARE,
        {
            "room": (ANN_H, BEN_H, replace(OLGA, organisation=HOSPITAL)),
            "consents": [informed(professionals=("olga",))],
        },
        {"care": NOT_MET},
        "Olga Janssens (psychiatrist) does not work in Youth care",
        (FixKind.STEP_OUT,),
    ),
    Row(
        "care-not-strictly-necessary",
        CARE,
        {
            "room": (ANN_H, BEN_H),
            "consents": [informed()],
            "item": draft(could_decide_without=None),
        },
        {"necessity": NEEDS},
        "Could the team coordinate or continue the care without this?",
    ),
    # --- French child protection: prior information, unless contrary to the child's interest -----
    Row(
        "child-nobody-informed",
        CHILD,
        {},
        {"informed": NOT_MET},
        "Neither the holders of parental authority nor J.D. were informed beforehand",
        (FixKind.RECORD_INFORMATION, FixKind.POSTPONE),
    ),
    Row(
        "child-parents-not-informed-no-reason",
        CHILD,
        {"informed_beforehand": True},
        {"informed": NOT_MET},
        "The holders of parental authority were not informed beforehand",
        (FixKind.RECORD_INFORMATION,),
    ),
    Row(
        "child-parents-not-informed-reason-recorded",
        CHILD,
        {"prior_information": PriorInformation(contrary_reason="Fictional: violence at home")},
        {},
    ),
    Row(
        "child-a-blank-reason-is-no-reason",
        CHILD,
        {"informed_beforehand": True, "prior_information": PriorInformation(contrary_reason=" ")},
        {"informed": NOT_MET},
        "The holders of parental authority were not informed beforehand",
    ),
    Row(
        "child-everyone-informed",
        CHILD,
        {
            "informed_beforehand": True,
            "prior_information": PriorInformation(holders_informed=True),
            "consents": [],
        },
        {},
    ),
    Row(
        "child-too-young-to-be-informed",
        CHILD,
        {"prior_information": PriorInformation(holders_informed=True, person_not_of_age=True)},
        {},
    ),
    Row(
        "child-parents-informed-child-not",
        CHILD,
        {"prior_information": PriorInformation(holders_informed=True)},
        {"informed": NOT_MET},
        "J.D. was not informed beforehand",
    ),
    Row(
        "child-information-not-consent",
        CHILD,
        {
            "informed_beforehand": True,
            "prior_information": PriorInformation(holders_informed=True),
            "consents": [refusal(missions=("youth",))],
        },
        {},
    ),
    Row(
        "child-someone-outside-child-protection",
        CHILD,
        {
            "informed_beforehand": True,
            "prior_information": PriorInformation(holders_informed=True),
            "room": (ANN, BEN, OLGA),
        },
        {"protection": NOT_MET},
        "Olga Janssens (psychiatrist) does not work in Youth care",
    ),
    # --- Caldicott: implied consent for care, need to know, minimum, the decision recorded --------
    Row("uk-implied-consent-for-individual-care", UK, {**_uk(), "consents": []}, {}),
    Row(
        "uk-another-purpose-needs-explicit-consent",
        UK,
        {**_uk(purpose_id="other"), "consents": []},
        {"consent": NOT_MET},
        "Consent is not implied for this purpose, J.D.'s explicit consent is needed: Another",
        (FixKind.POSTPONE,),
    ),
    Row("uk-another-purpose-with-consent", UK, _uk(purpose_id="other"), {}),
    Row(
        "uk-a-refusal-stops-even-care",
        UK,
        {**_uk(), "consents": [refusal(missions=("youth",))]},
        {"consent": NOT_MET},
        "J.D. refused sharing Health",
    ),
    Row(
        "uk-no-purpose-yet",
        UK,
        _uk(purpose_id=""),
        {"consent": NEEDS, "purpose": NEEDS},
        "Choose the purpose",
    ),
    Row(
        "uk-need-to-know-not-confirmed",
        UK,
        _uk(need_to_know=False),
        {"need_to_know": NEEDS},
        "Confirm that everyone in the room needs to know this",
    ),
    Row(
        "uk-someone-outside-the-mission",
        UK,
        {**_uk(), "room": (ANN, BEN, OLGA)},
        {"need_to_know": NOT_MET},
        "Olga Janssens (psychiatrist) does not work in Youth care",
        (FixKind.STEP_OUT,),
    ),
    Row(
        "uk-secrecy-is-not-a-condition",
        UK,
        {**_uk(), "room": (ANN, BEN, SAM)},
        {},
    ),
    Row(
        "uk-minimum-not-confirmed",
        UK,
        _uk(minimum_necessary=False),
        {"minimum": NEEDS},
        "Confirm the wording holds only the minimum necessary",
    ),
    Row(
        "uk-not-necessary",
        UK,
        _uk(could_decide_without=True),
        {"minimum": NOT_MET},
        "not strictly necessary",
    ),
    Row(
        "uk-reasons-not-recorded",
        UK,
        _uk(why=""),
        {"recorded": NEEDS, "questions": NEEDS},
        "the decision is recorded with its reasons, shared or not",
    ),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.id) for r in ROWS])
def test_each_preset_gives_its_laws_verdicts(row: Row) -> None:
    result = gate(policy=row.policy, **row.kwargs)
    expected = {c: row.expect.get(c, MET) for c in row.policy.condition_ids}
    assert {c: v.status for c, v in result.verdicts.items()} == expected
    assert list(result.verdicts) == list(row.policy.condition_ids)
    assert result.allows_share is (not row.expect)
    if row.expect:
        first = result[next(iter(row.expect))]
        assert row.reason in first.reason("en")
        assert set(row.fixes) <= {fix.kind for fix in first.fixes}


def test_every_reason_of_every_row_reads_in_french_and_dutch() -> None:
    for row in ROWS:
        result = gate(policy=row.policy, **row.kwargs)
        for verdict in result.verdicts.values():
            english = verdict.reason("en")
            for lang in ("fr", "nl"):
                text = verdict.reason(lang)
                assert text != english and "{" not in text, (row.id, verdict.condition, lang)


# --- What a shared item keeps as its basis ---------------------------------------------------


def _basis(result: GateResult) -> str:
    return result.basis.render("en")


def test_the_basis_is_what_stood_for_the_persons_say() -> None:
    assert _basis(gate()).startswith("Consent given 1 March 2026 covers Health")
    case = gate(policy=CASE, **_case())
    assert _basis(case) == (
        "Reasoned authorisation of the public prosecutor (the person's consent is not needed)"
    )
    assert case.basis.render("nl") == (
        "Met redenen omklede toestemming van de procureur des Konings "
        "(de toestemming van de persoon is niet nodig)"
    )
    child = gate(policy=CHILD, prior_information=PriorInformation(contrary_reason="Fictional"))
    assert "contrary to J.D.'s interest" in _basis(child)
    assert _basis(gate(policy=UK, **_uk())).startswith("Consent implied, as J.D. has not objected")


# --- Exceptions set aside only what their preset lists -----------------------------------------


def test_an_exception_sets_aside_consent_and_never_the_room() -> None:
    item = draft(exception_id="public_interest", exception_justification="Fictional: threat")
    result = gate(
        policy=UK,
        room=(ANN, BEN, OLGA),
        consents=[],
        item=replace(item, purpose_id="other", need_to_know=True, minimum_necessary=True),
    )
    assert result["consent"].met and result["consent"].by_exception
    assert result["need_to_know"].status is NOT_MET  # Olga still does not need to know
    assert result.exception_id == "" or result.exception_id == "public_interest"
    assert not result.allows_share


def test_an_exception_over_an_objection_needs_the_confirmation_naming_it() -> None:
    blocking = objection(professionals=("ben",))
    item = draft(exception_id="danger", exception_justification="Fictional: he threatens her")
    kwargs = {"policy": CARE, "room": (ANN_H, BEN_H), "consents": [informed(), blocking]}
    waiting = gate(item=item, **kwargs)
    assert waiting["consent"].status is NEEDS
    assert "only if you confirm it explicitly" in waiting["consent"].reason("en")
    confirmed = gate(item=replace(item, refusal_override=(blocking.id,)), **kwargs)
    assert confirmed["consent"].met and is_override(confirmed["consent"].reasons[0])
    assert confirmed.exception_id == "danger" and confirmed.refusal_ids == (blocking.id,)
    assert confirmed.basis.render("en").startswith("J.D. objected to sharing Health")


def test_a_preset_without_exceptions_has_none_to_use() -> None:
    item = draft(exception_id="danger", exception_justification="Fictional")
    result = gate(policy=CHILD, item=item)
    assert result["informed"].status is NOT_MET
    assert "'danger' is not in this policy" in result["informed"].reason("en")
    assert result.exception_id == ""
    case = gate(policy=CASE, item=item)  # nothing there that an exception could set aside
    assert result.exception_id == "" and not case.allows_share


def test_an_exception_may_set_aside_prior_information_when_its_preset_says_so() -> None:
    data = _data("fr-child-protection")
    data["legal_references"].append({"id": "x", "citation": "Fictional law", "label": {"en": "X"}})
    data["exceptions"] = [
        {
            "id": "flight",
            "legal_reference": "x",
            "label": {"en": "The family fled"},
            "satisfies": ["informed"],
        }
    ]
    policy = parse_policy(data, "test.json")
    item = draft(exception_id="flight", exception_justification="Fictional: nobody can be reached")
    result = gate(policy=policy, item=item, room=(ANN, BEN, OLGA))
    assert result["informed"].met and result["informed"].by_exception
    assert (
        result["informed"].reasons[0].render("en")
        == "Set aside under an exception: The family fled"
    )
    assert result["protection"].status is NOT_MET  # the room is never set aside
    assert result.exception_id == "flight"


def test_the_belgian_exceptions_set_aside_consent_only() -> None:
    item = draft(exception_id="danger", exception_justification="Fictional: a threat")
    result = gate(
        consents=[], room=(ANN, BEN, SAM, OLGA), item=replace(item, could_decide_without=True)
    )
    assert result["consent"].met and result["consent"].by_exception
    assert [c for c in result.unmet] == ["secrecy", "mission", "necessity"]


def _data(policy_id: str) -> dict[str, Any]:
    import json

    return json.loads(available_policies()[policy_id].read_text(encoding="utf-8"))


# --- Every preset -------------------------------------------------------------------------------


@pytest.mark.parametrize("policy_id", list(PRESETS))
def test_every_preset_speaks_three_languages_and_cites_its_law_in_the_file(policy_id: str) -> None:
    policy = PRESETS[policy_id]
    texts = [policy.name, policy.short_name, policy.description, policy.questions.title]
    texts += [c.title for c in policy.conditions] + [c.description for c in policy.conditions]
    texts += list(policy.texts.values()) + [p.label for p in policy.purposes]
    texts += [e.label for e in policy.exceptions] + [c.name for c in policy.categories]
    texts += [b.label for b in policy.legal_bases] + [r.label for r in policy.not_shared_reasons]
    for text in texts:
        assert set(text) == {"en", "fr", "nl"}, (policy_id, text)
    assert policy.legal_references and all(r.citation for r in policy.legal_references)
    for exception in policy.exceptions:
        assert policy.legal_reference(exception.legal_reference) is not None


def test_the_presets_differ_in_number_and_kind_of_conditions() -> None:
    counts = {pid: len(p.conditions) for pid, p in PRESETS.items()}
    assert counts["uk-caldicott"] == 5 and counts["be-shared-secrecy"] == 4
    kinds = {pid: {c.kind.value for c in p.conditions} for pid, p in PRESETS.items()}
    assert "legal_basis" in kinds["be-case-consultation"]
    assert "informed_no_objection" in kinds["fr-care-team"]
    assert "prior_information" in kinds["fr-child-protection"]
    assert {"implied_consent", "decision_recorded"} <= kinds["uk-caldicott"]


def test_the_person_present_may_agree_now_in_the_care_team() -> None:
    result = gate(
        policy=CARE,
        room=(ANN_H, CLARA_OUT),
        consents=[],
        participation=Participation.PRESENT,
        item=draft(person_agrees_now=True),
    )
    assert result["consent"].met and result["consent"].reason("en") == "J.D. is here and agrees"


def test_dates_of_objections_are_shown() -> None:
    dated = objection(professionals=("ben",), recorded_on=dt.date(2026, 2, 1))
    result = gate(policy=CARE, room=(ANN_H, BEN_H), consents=[dated])
    assert result["consent"].reason("fr") == (
        "J.D. s'est opposé·e au partage de « Santé » avec Ben Leroy (psychologist) "
        "(enregistré le 1er février 2026)"
    )
