"""The confidentiality undertaking at check-in (MARAC-style): until an attendee confirms it,
they count as not bound by secrecy for the gate, and the reason says so."""

from __future__ import annotations

import pytest
from core_builders import ANN, BEN, CLARA, SAM, gate, gate_input
from session_harness import Harness, complete

from desktop.core.events import UndertakingGiven
from desktop.core.gate import FixKind, Status, evaluate_gate
from desktop.core.policy import ConditionKind, load_policy, shipped_policies
from desktop.core.session import SessionError


def test_an_unconfirmed_undertaking_blocks_like_an_unbound_attendee() -> None:
    unbound = gate(room=(ANN, BEN, SAM))["secrecy"]
    pending = gate(room=(ANN, BEN, CLARA), not_undertaken=(CLARA.id,))["secrecy"]
    assert unbound.status is pending.status is Status.NOT_MET
    assert pending.culprits == (CLARA.id,)
    assert "Clara Dubois (educator) has not confirmed the confidentiality undertaking" in (
        pending.reason()
    )
    kinds = [fix.kind for fix in pending.fixes]
    assert kinds == [FixKind.GIVE_UNDERTAKING, FixKind.STEP_OUT]
    assert pending.fixes[0].professional_ids == (CLARA.id,)
    # The way forward agrees with how many it names, in every language.
    one = pending.fixes[0].message
    assert one.render("en") == "Clara Dubois confirms the undertaking now"
    assert one.render("fr") == "Clara Dubois confirme l'engagement maintenant"
    assert one.render("nl") == "Clara Dubois bevestigt de verklaring nu"
    two = gate(room=(ANN, BEN, CLARA), not_undertaken=(BEN.id, CLARA.id))["secrecy"].fixes[0]
    assert two.message.render("en") == "Ben Leroy and Clara Dubois confirm the undertaking now"
    assert (
        two.message.render("fr") == "Ben Leroy et Clara Dubois confirment l'engagement maintenant"
    )
    assert two.message.render("nl") == "Ben Leroy en Clara Dubois bevestigen de verklaring nu"
    # Once confirmed, the same room is met.
    assert gate(room=(ANN, BEN, CLARA))["secrecy"].met


def test_the_discloser_need_not_have_confirmed_to_share_their_own_knowledge() -> None:
    assert gate(room=(ANN, BEN), not_undertaken=(ANN.id,))["secrecy"].met


def test_a_framework_without_a_secrecy_condition_still_blocks_the_unconfirmed() -> None:
    policy = load_policy("uk-caldicott")
    assert policy.condition_of_kind(ConditionKind.BOUND_BY_SECRECY) is None
    result = evaluate_gate(
        gate_input(policy=policy, room=(ANN, BEN, CLARA), not_undertaken=(BEN.id,))
    )
    assert result["questions"].status is Status.NOT_MET
    assert "Ben Leroy (psychologist) has not confirmed" in result["questions"].reason()


def test_at_roll_call_each_confirms_or_all_present_at_once() -> None:
    h = Harness(undertaking_required=True).opened("ann", "ben", "clara")
    assert h.session.not_undertaken() == ("ann", "ben", "clara")
    assert h.session.give_undertaking(["ben"]) == ("ben",)
    assert h.session.give_undertaking() == ("ann", "clara")
    assert h.session.not_undertaken() == ()
    assert [e.professional_ids for e in h.of(UndertakingGiven)] == [("ben",), ("ann", "clara")]
    assert set(h.session.undertakings()) == {"ann", "ben", "clara"}


def test_until_they_confirm_the_gate_says_so_and_confirming_opens_it() -> None:
    h = Harness(undertaking_required=True).opened("ann", "ben")
    h.session.give_undertaking(["ann"])
    complete(h)
    result = h.session.gate_result
    assert result is not None and result.unmet == ("secrecy",)
    assert "Ben Leroy" in result["secrecy"].reason()
    h.session.give_undertaking(["ben"])
    assert h.session.gate_result is not None and h.session.gate_result.allows_share


def test_a_walk_in_is_not_bound_until_they_confirm_on_arrival() -> None:
    h = Harness(undertaking_required=True).opened("ann", "ben")
    h.session.give_undertaking()
    h.session.admit(CLARA)
    assert h.session.not_undertaken() == ("clara",)
    complete(h)
    assert h.session.gate_result is not None and "secrecy" in h.session.gate_result.unmet
    h.session.give_undertaking(["clara"])
    assert h.session.gate_result is not None and h.session.gate_result.allows_share


def test_only_someone_in_the_room_gives_it_and_only_when_asked() -> None:
    h = Harness(undertaking_required=True).opened("ann")
    with pytest.raises(SessionError):
        h.session.give_undertaking(["ben"])  # invited, not arrived
    plain = Harness().opened("ann")
    assert plain.session.not_undertaken() == ()
    with pytest.raises(SessionError):
        plain.session.give_undertaking()


def test_each_preset_says_whether_it_asks_and_has_the_text() -> None:
    asked = {pid for pid, p in shipped_policies().items() if p.undertaking_at_check_in}
    assert asked == {"be-case-consultation", "fr-child-protection", "uk-caldicott"}
    for policy in shipped_policies().values():
        for lang in ("en", "fr", "nl"):
            assert policy.undertaking_text(lang)
