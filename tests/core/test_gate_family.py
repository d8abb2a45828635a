"""The gate for a meeting about a family: each person's say is checked with their own records.

The family (fictional): Marie (the mother, M.), Paul (the father, P.), Lina (12, L.) and Noah
(8, N.). Marie consented to sharing Health information with youth care; Paul refused; Lina was
not asked; Noah's consent could not be obtained.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from core_builders import ANN, BEN, CLARA, POLICY, SAM, TODAY, YOUTH, consent, draft, refusal

from desktop.core.entities import ConsentKind, Participation, Person, Relationship
from desktop.core.gate import GateInput, Status, evaluate_gate
from desktop.core.policy import load_policy, shipped_policies

MARIE = Person(
    "p-marie", "Marie Lambert", "M.", household="Lambert", relationship=Relationship.PARENT
)
PAUL = Person("p-paul", "Paul Lambert", "P.", household="Lambert", relationship=Relationship.PARENT)
LINA = Person("p-lina", "Lina Lambert", "L.", household="Lambert", relationship=Relationship.CHILD)
NOAH = Person("p-noah", "Noah Lambert", "N.", household="Lambert", relationship=Relationship.CHILD)
FAMILY = (MARIE, PAUL, LINA, NOAH)

MARIE_GIVEN = consent(person_id=MARIE.id)
PAUL_REFUSED = refusal(person_id=PAUL.id, missions=("youth",))
NOAH_UNOBTAINABLE = consent(ConsentKind.NOT_OBTAINABLE, person_id=NOAH.id)
LINA_GIVEN = consent(person_id=LINA.id)
RECORDS = (MARIE_GIVEN, PAUL_REFUSED, NOAH_UNOBTAINABLE)


def family_gate(
    about: tuple[Person, ...],
    *,
    consents: tuple = RECORDS,
    present: tuple[Person, ...] = (),
    policy=POLICY,
    **changes: object,
) -> GateInput:
    return GateInput(
        policy=policy,
        room=(ANN, BEN, CLARA),
        consents=consents,
        mission=YOUTH,
        person=MARIE,
        participation=Participation.ABSENT,
        persons=FAMILY,
        participations=tuple(
            (p.id, Participation.PRESENT if p in present else Participation.ABSENT) for p in FAMILY
        ),
        draft=draft(about=tuple(p.id for p in about), **changes),
        today=TODAY,
    )


def test_an_item_about_the_mother_alone_needs_her_consent_only() -> None:
    result = evaluate_gate(family_gate((MARIE,)))
    assert result["consent"].met
    assert result.allows_share


def test_an_item_about_the_mother_and_a_child_needs_both_covered() -> None:
    result = evaluate_gate(family_gate((MARIE, LINA)))
    verdict = result["consent"]
    assert verdict.status is Status.NOT_MET
    text = verdict.reason()
    # Whose consent is missing is named; the mother's consent is said to be there.
    assert "No consent of L. on record covers Health" in text
    assert "M.: Consent given" in text
    # Once Lina's own consent is on record, both are covered and the item may be shared.
    covered = evaluate_gate(family_gate((MARIE, LINA), consents=(*RECORDS, LINA_GIVEN)))
    assert covered["consent"].met and covered.allows_share
    basis = covered.basis.render("en")
    assert basis.startswith("M.: Consent given") and "L.: Consent given" in basis


def test_a_refusal_of_one_family_member_blocks_an_item_about_them_and_names_them() -> None:
    result = evaluate_gate(family_gate((MARIE, PAUL)))
    verdict = result["consent"]
    assert verdict.status is Status.NOT_MET
    assert verdict.refusal_ids == (PAUL_REFUSED.id,)
    assert verdict.reasons[0].key.startswith("consent.refused")  # the refusal comes first
    assert "P. refused sharing Health" in verdict.reason()
    # The mother's consent alone does not open the gate for an item about the father too.
    assert not result.allows_share


def test_one_persons_consent_never_covers_another() -> None:
    # Marie's consent is on record; an item about Lina alone finds none of Lina's.
    result = evaluate_gate(family_gate((LINA,)))
    assert result["consent"].status is Status.NOT_MET
    assert "No consent of L." in result["consent"].reason()


def test_the_empty_chair_path_is_per_person() -> None:
    # Noah's consent could not be obtained: the empty chair and his interest meet it for him.
    gate = family_gate((MARIE, NOAH), in_persons_interest=True)
    result = evaluate_gate(gate)
    assert result["consent"].met
    missing_interest = evaluate_gate(
        replace(gate, draft=replace(gate.draft, in_persons_interest=False))
    )
    assert missing_interest["consent"].status is Status.NEEDS_ANSWER
    assert "N.'s interest" in missing_interest["consent"].reason()


def test_a_family_meeting_asks_whose_information_it_is() -> None:
    result = evaluate_gate(family_gate(()))
    assert result["questions"].status is Status.NEEDS_ANSWER
    assert "Say whose information this is" in result["questions"].reason()
    # Until it is said, every person's say is checked (the strictest reading).
    assert "P. refused" in result["consent"].reason()


def test_the_empty_chair_question_names_the_absent_persons_the_item_is_about() -> None:
    gate = family_gate((MARIE, LINA), present=(MARIE,), empty_chair_answer="")
    result = evaluate_gate(gate)
    assert "what would L. have wanted" in result["questions"].reason()
    assert "M." not in result["questions"].reason()
    # Both present: no empty chair for this item.
    both = evaluate_gate(family_gate((MARIE, LINA), present=(MARIE, LINA), empty_chair_answer=""))
    assert "have wanted" not in both["questions"].reason()


def test_agreeing_now_counts_only_for_those_present() -> None:
    gate = family_gate((MARIE, LINA), present=(LINA,), person_agrees_now=True)
    result = evaluate_gate(gate)
    # Lina is here and agrees; Marie's consent is on record: both covered.
    assert result["consent"].met
    # Noah is absent: agreeing now cannot stand for him.
    absent = evaluate_gate(family_gate((NOAH, LINA), present=(LINA,), person_agrees_now=True))
    assert absent["consent"].status is not Status.MET


def test_an_exception_over_one_members_refusal_names_that_refusal() -> None:
    exception = POLICY.exceptions[0]
    gate = family_gate(
        (MARIE, PAUL),
        exception_id=exception.id,
        exception_justification="Immediate danger for the children",
        refusal_override=(PAUL_REFUSED.id,),
    )
    result = evaluate_gate(gate)
    assert result["consent"].met and result["consent"].by_exception
    assert "P. refused sharing Health" in result["consent"].reason()


def test_a_recipient_refused_by_one_member_is_named_as_the_one_to_step_out() -> None:
    paul_refuses_sam = refusal(person_id=PAUL.id, professionals=(SAM.id,))
    gate = replace(
        family_gate((MARIE, PAUL), consents=(MARIE_GIVEN, paul_refuses_sam)),
        room=(ANN, BEN, SAM),
    )
    verdict = evaluate_gate(gate)["consent"]
    assert SAM.id in verdict.culprits


@pytest.mark.parametrize("policy_id", ["fr-care-team", "be-case-consultation", "uk-caldicott"])
def test_each_framework_checks_each_person(policy_id: str) -> None:
    policy = load_policy(policy_id)
    objection = consent(ConsentKind.OBJECTED, person_id=PAUL.id, missions=("youth",))
    given = (consent(person_id=MARIE.id), consent(ConsentKind.INFORMED, person_id=MARIE.id))
    result = evaluate_gate(
        family_gate(
            (MARIE, PAUL),
            consents=(*given, objection),
            policy=policy,
            purpose_id=policy.purposes[0].id if policy.purposes else "",
        )
    )
    person = policy.person_condition
    assert person is not None
    if person.kind.value == "legal_basis":  # no consent asked: the refusal is not the law's word
        assert not any(v.refusal_ids for v in result.verdicts.values())
    else:
        assert result[person.id].status is Status.NOT_MET
        assert "P. objected" in result[person.id].reason()


@pytest.mark.parametrize("policy_id", sorted(shipped_policies()))
def test_the_empty_chair_guidance_reads_well_for_several_persons(policy_id: str) -> None:
    """The guidance under "What would D.M., L.M. and T.M. have wanted?" (console and shared
    screen) names a family without a verb agreeing with one person only."""
    policy = load_policy(policy_id)
    for lang, alias, singular in (
        ("en", "D.M., L.M. and T.M.", " has said"),
        ("fr", "D.M., L.M. et T.M.", " a dit"),
        ("nl", "D.M., L.M. en T.M.", " gezegd heeft"),
    ):
        text = policy.text("empty_chair_guidance", lang, alias=alias)
        assert alias in text and singular not in text, (lang, text)
