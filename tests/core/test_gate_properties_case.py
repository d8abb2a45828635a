"""Property test for a second preset: over generated rooms, legal bases, purposes and items, the
Belgian case consultation allows *share* exactly when an independent restatement of the law does
(Penal Code: a consultation organised by or under a law, decree or ordinance, or with the
prosecutor's reasoned authorisation; only for the purposes that basis lists; every participant
bound to secrecy; only what is necessary), plus the questions every gate asks.

The oracle below does not read ``desktop.core.gate``; it reads the policy file's lists only.
"""

from __future__ import annotations

from dataclasses import replace

from core_builders import PERSON, TODAY, YOUTH
from hypothesis import given, settings
from hypothesis import strategies as st
from test_gate_properties import TEXTS, Situation, situations

from desktop.core.entities import Nature, Participation
from desktop.core.gate import GateInput, evaluate_gate
from desktop.core.policy import load_policy

CASE = load_policy("be-case-consultation")
SETTINGS = settings(max_examples=300, deadline=None)
BASES = st.sampled_from(["prosecutor", "csil_r", "prosecutor", "", "", "town_council"])
PURPOSES = st.sampled_from(["integrity", "terrorism", "criminal_organisation", "", "curiosity"])

# What the file says each basis allows; a typed basis allows every purpose the law lists.
ALLOWED = {
    "prosecutor": {"integrity", "terrorism", "criminal_organisation"},
    "csil_r": {"integrity", "terrorism"},
    "": {"integrity", "terrorism", "criminal_organisation"},
}


def _blank(text: str) -> bool:
    return not text.strip()


def oracle(s: Situation, basis_id: str, typed: str) -> dict[str, bool]:
    d = s.draft
    people = [p for p in s.room if p.id != d.discloser_id]
    named = basis_id in ("prosecutor", "csil_r") or (basis_id == "" and not _blank(typed))
    questions = [d.good_for_whom, d.why]
    if s.participation is Participation.ABSENT:
        questions.append(d.empty_chair_answer)
    if d.nature is Nature.STATEMENT:
        questions.append(d.statement_of)
    if d.nature is Nature.OPINION:  # avoiding a priori: an opinion says what it rests on
        questions.append(d.opinion_basis)
    return {
        "basis": named,  # consent records play no part: the law stands in for consent
        "participants": all(p.bound_by_secrecy and not _blank(p.secrecy_basis) for p in people),
        "purpose": d.purpose_id in ALLOWED.get(basis_id, set()),
        "necessity": d.could_decide_without is False
        and not _blank(d.wording)
        and not _blank(d.necessity_reason),
        "questions": any(p.id == d.discloser_id for p in s.room)
        and CASE.category(d.category_id) is not None
        and bool(people)
        and not any(_blank(t) for t in questions),
    }


@SETTINGS
@given(situations(), BASES, TEXTS, PURPOSES)
def test_case_consultation_shares_exactly_when_the_law_allows(
    s: Situation, basis_id: str, typed: str, purpose: str
) -> None:
    item = replace(s.draft, purpose_id=purpose)
    result = evaluate_gate(
        GateInput(
            CASE,
            s.room,
            s.consents,
            YOUTH,
            PERSON,
            s.participation,
            item,
            TODAY,
            legal_basis_id=basis_id,
            legal_basis_text=typed,
        )
    )
    expected = oracle(replace(s, draft=item), basis_id, typed)
    assert {c: v.met for c, v in result.verdicts.items()} == expected
    assert result.allows_share == all(expected.values())
    if result.allows_share:  # a share without consent only ever rests on a named basis
        assert result.basis.key == "basis.named"
