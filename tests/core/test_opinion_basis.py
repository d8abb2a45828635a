"""Avoiding a priori: an opinion says what it is based on before it is shared, and the answer
stays with the shared item — and only there."""

from __future__ import annotations

from core_builders import draft, gate
from session_harness import Harness, complete

from desktop.core.entities import Nature
from desktop.core.events import GateEvaluated, ItemShared, ItemWithheld
from desktop.core.gate import Status
from desktop.core.policy import QUESTIONS

BASIS = "GECKO-basis: three home visits since May"


def test_the_reason_asks_what_the_opinion_is_based_on_in_english_and_french() -> None:
    verdict = gate(item=draft(nature=Nature.OPINION))[QUESTIONS]
    assert verdict.status is Status.NEEDS_ANSWER
    assert verdict.reason("en") == "Answer: what is this opinion based on?"
    assert verdict.reason("fr") == "Répondez : sur quoi cette opinion se fonde-t-elle ?"


def test_a_shared_opinion_keeps_its_basis() -> None:
    h = Harness().opened("ann", "ben", "clara")
    complete(h, nature=Nature.OPINION)
    assert not h.session.gate_result.allows_share  # type: ignore[union-attr]
    h.session.update_draft(opinion_basis=f"  {BASIS} ")
    item = h.session.share()
    assert item.nature is Nature.OPINION and item.opinion_basis == BASIS
    assert h.of(ItemShared)[0].item.opinion_basis == BASIS


def test_the_basis_travels_in_no_event_before_the_share() -> None:
    h = Harness().opened("ann", "ben", "clara")
    complete(h, nature=Nature.OPINION, opinion_basis=BASIS)
    h.session.not_share()
    evaluated = h.of(GateEvaluated)
    assert evaluated and all(BASIS not in repr(e) for e in h.events)
    assert BASIS not in repr(h.of(ItemWithheld)[0])


def test_a_fact_or_a_statement_keeps_no_basis() -> None:
    h = Harness().opened("ann", "ben", "clara")
    complete(h, nature=Nature.OPINION, opinion_basis=BASIS)
    h.session.update_draft(nature=Nature.FACT)
    assert h.session.draft.opinion_basis == ""  # type: ignore[union-attr]
    assert h.session.share().opinion_basis == ""
    complete(h, nature=Nature.OPINION, opinion_basis=BASIS)
    h.session.update_draft(nature=Nature.STATEMENT, statement_of="Her mother")
    assert h.session.share().opinion_basis == ""
