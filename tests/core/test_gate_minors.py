"""A minor under each preset: whose say counts (the child's, the parents', or both, by age
band as the policy says), and reasons that name the child and their parents.

L. (fictional) is ten on the day of the meeting; she said yes herself (or was told and did not
object); her parents were not informed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from core_builders import ANN, BEN, CLARA, TODAY, YOUTH, consent, draft

from desktop.core.entities import ConsentKind, Participation, Person, PriorInformation
from desktop.core.gate import FixKind, GateInput, GateResult, Status, evaluate_gate
from desktop.core.policy import load_policy

LINA = Person("lina", "Lina Lambert", "L.", birth_date=dt.date(2016, 1, 5))  # ten
TEEN = replace(LINA, birth_date=dt.date(2009, 1, 5))  # seventeen
ADULT = replace(LINA, birth_date=dt.date(2000, 1, 5))

# What each framework's item needs on top of the usual answers, and what the meeting recorded.
ITEM = {
    "be-case-consultation": {"purpose_id": "integrity"},
    "uk-caldicott": {"purpose_id": "individual_care", "need_to_know": True,
                     "minimum_necessary": True},
}  # fmt: skip
MEETING = {
    "be-case-consultation": {"legal_basis_id": "prosecutor"},
    "fr-child-protection": {"informed_beforehand": True},
}


def own(kind: ConsentKind = ConsentKind.GIVEN, **changes: object) -> object:
    return consent(kind, person_id=LINA.id, **changes)


def parents(kind: ConsentKind = ConsentKind.GIVEN, **changes: object) -> object:
    return consent(kind, person_id=LINA.id, given_by="holders", **changes)


def result(
    policy_id: str,
    records: tuple = (),
    person: Person = LINA,
    information: PriorInformation | None = None,
    **item: object,
) -> GateResult:
    policy = load_policy(policy_id)
    meeting = dict(MEETING.get(policy_id, {}))
    if information is not None:
        meeting["prior_information"] = information
    return evaluate_gate(
        GateInput(
            policy=policy,
            room=(ANN, BEN, CLARA),
            consents=records or (own(), own(ConsentKind.INFORMED)),
            mission=YOUTH,
            person=person,
            participation=Participation.ABSENT,
            draft=draft(**{**ITEM.get(policy_id, {}), **item}),
            today=TODAY,
            **meeting,  # type: ignore[arg-type]
        )
    )


def person_verdict(res: GateResult, policy_id: str):
    condition = load_policy(policy_id).person_condition
    assert condition is not None
    return res[condition.id]


def test_belgian_shared_secrecy_a_child_of_ten_needs_the_parents_consent() -> None:
    verdict = person_verdict(result("be-shared-secrecy"), "be-shared-secrecy")
    assert verdict.status is Status.NOT_MET
    assert "L.'s parents' consent is needed" in verdict.reason()
    assert any("ask L.'s parents first" in f.message.render() for f in verdict.fixes)
    with_parents = result("be-shared-secrecy", (own(), parents()))
    assert person_verdict(with_parents, "be-shared-secrecy").met


def test_belgian_shared_secrecy_a_teenager_needs_both() -> None:
    only_parents = result("be-shared-secrecy", (parents(),), person=TEEN)
    assert (
        "No consent of L. on record" in person_verdict(only_parents, "be-shared-secrecy").reason()
    )
    both = result("be-shared-secrecy", (own(), parents()), person=TEEN)
    assert person_verdict(both, "be-shared-secrecy").met
    refused = result("be-shared-secrecy", (own(), parents(ConsentKind.REFUSED)), person=TEEN)
    verdict = person_verdict(refused, "be-shared-secrecy")
    assert verdict.status is Status.NOT_MET and verdict.refusal_ids
    assert "L.'s parents refused sharing Health" in verdict.reason()


def test_an_adult_or_an_unknown_age_says_it_alone() -> None:
    for person in (ADULT, replace(LINA, birth_date=None)):
        assert person_verdict(result("be-shared-secrecy", person=person), "be-shared-secrecy").met


def test_belgian_case_consultation_the_law_organises_it_parents_or_not() -> None:
    res = result("be-case-consultation", ())
    verdict = person_verdict(res, "be-case-consultation")
    assert verdict.met and "consent is not needed" in verdict.reason()


def test_french_care_team_the_parents_must_be_informed_unless_contrary() -> None:
    res = result("fr-care-team")
    verdict = person_verdict(res, "fr-care-team")
    assert verdict.status is Status.NOT_MET
    assert (
        "L.'s parents were not informed; record why informing them would be contrary to L.'s "
        "interest, or postpone" in verdict.reason()
    )
    # Both ways forward the reason names are offered.
    assert [f.kind for f in verdict.fixes] == [FixKind.RECORD_INFORMATION, FixKind.POSTPONE]
    contrary = PriorInformation(contrary_reason="The father is the alleged aggressor")
    dispensed = person_verdict(result("fr-care-team", information=contrary), "fr-care-team")
    assert dispensed.met and "contrary to L.'s interest" in dispensed.reason()
    informed = result("fr-care-team", (own(ConsentKind.INFORMED), parents(ConsentKind.INFORMED)))
    assert person_verdict(informed, "fr-care-team").met


def test_french_child_protection_names_the_child_whose_parents_were_not_informed() -> None:
    verdict = person_verdict(result("fr-child-protection"), "fr-child-protection")
    assert verdict.status is Status.NOT_MET
    assert "L.'s parents were not informed; record why informing them would be contrary" in (
        verdict.reason()
    )
    informed = PriorInformation(holders_informed=True)
    assert person_verdict(
        result("fr-child-protection", information=informed), "fr-child-protection"
    ).met
    contrary = PriorInformation(contrary_reason="Informing them would put L. at risk")
    assert person_verdict(
        result("fr-child-protection", information=contrary), "fr-child-protection"
    ).met


def test_uk_caldicott_under_sixteen_parents_for_other_purposes() -> None:
    care = person_verdict(result("uk-caldicott"), "uk-caldicott")
    assert care.met and "L.'s parents have not objected" in care.reason()
    other = result("uk-caldicott", purpose_id="safeguarding")
    verdict = person_verdict(other, "uk-caldicott")
    assert verdict.status is Status.NOT_MET
    assert "L.'s parents' consent is needed" in verdict.reason()
    sixteen = replace(LINA, birth_date=dt.date(2009, 6, 1))
    assert person_verdict(
        result("uk-caldicott", person=sixteen, purpose_id="safeguarding"), "uk-caldicott"
    ).met


@pytest.mark.parametrize(
    "policy_id",
    ["be-shared-secrecy", "be-case-consultation", "fr-care-team", "fr-child-protection",
     "uk-caldicott"],
)  # fmt: skip
def test_a_minor_whose_parents_were_not_informed_under_each_preset(policy_id: str) -> None:
    """The same situation under every framework: blocked with the child named, or (a case
    consultation, the law; Caldicott's individual care, implied) met with the reason why."""
    verdict = person_verdict(result(policy_id), policy_id)
    blocked = {"be-shared-secrecy", "fr-care-team", "fr-child-protection"}
    assert (verdict.status is Status.NOT_MET) == (policy_id in blocked)
    if policy_id in blocked:
        assert "L.'s parents" in verdict.reason()
