"""A corrected consent record is history: the gate reads only the correction (issue 11)."""

from __future__ import annotations

from dataclasses import replace

from core_builders import ANN, BEN, GIVEN, consent, gate, refusal

from desktop.core.entities import ConsentKind, current_consents
from desktop.core.gate import Status


def consent_status(**kwargs: object) -> Status:
    return gate(**kwargs).verdicts["consent"].status


def test_a_given_consent_corrected_into_a_refusal_blocks() -> None:
    correction = refusal(missions=("youth",), replaces=GIVEN.id)
    history = replace(GIVEN, replaced_by=correction.id)
    assert consent_status(consents=(GIVEN,)) is Status.MET  # before the correction
    assert consent_status(consents=(history, correction)) is Status.NOT_MET
    assert not gate(consents=(history, correction)).allows_share


def test_a_refusal_corrected_into_a_consent_no_longer_blocks() -> None:
    wrong = refusal(missions=("youth",))
    assert consent_status(consents=(wrong,)) is Status.NOT_MET
    correction = consent(ConsentKind.GIVEN, replaces=wrong.id)
    history = replace(wrong, replaced_by=correction.id)
    assert consent_status(consents=(history, correction)) is Status.MET
    assert gate(consents=(history, correction)).allows_share


def test_a_correction_that_narrows_the_recipients_is_what_counts() -> None:
    broad = consent(missions=("youth",))
    narrow = consent(missions=(), professionals=(BEN.id, ANN.id), replaces=broad.id)
    history = replace(broad, replaced_by=narrow.id)
    assert consent_status(room=(ANN, BEN), consents=(history, narrow)) is Status.MET
    # Clara is in the room and only the old, replaced record named her (through the mission).
    assert consent_status(consents=(history, narrow)) is not Status.MET
    assert consent_status(consents=(broad,)) is Status.MET


def test_current_consents_leaves_history_out_in_order() -> None:
    first, second, third = consent(), consent(ConsentKind.REFUSED), consent()
    history = replace(first, replaced_by=third.id)
    assert current_consents([history, second, third]) == (second, third)
    assert not history.is_current and second.is_current
