"""The gate answers again from its last evaluation only when asked about the very same input
(issue 12: a decision right after the last change does not evaluate the gate a third time)."""

from __future__ import annotations

import datetime as dt

import pytest
from core_builders import consent
from session_harness import Harness, complete

from desktop.core import session as session_module
from desktop.core.entities import ConsentKind
from desktop.core.session_record import SessionError


@pytest.fixture
def evaluations(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every input the gate was really evaluated on."""
    seen: list[object] = []
    evaluate = session_module.evaluate_gate

    def counted(gate: object) -> object:
        seen.append(gate)
        return evaluate(gate)  # type: ignore[arg-type]

    monkeypatch.setattr(session_module, "evaluate_gate", counted)
    return seen


def test_a_decision_right_after_the_last_change_reuses_its_verdicts(
    evaluations: list[object],
) -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    before = len(evaluations)
    last = h.session.evaluate()
    item = h.session.share()
    assert len(evaluations) == before  # neither evaluate() nor share() ran the gate again
    assert item.consent_basis == last.basis


def test_midnight_between_the_answers_and_the_decision_is_seen(
    evaluations: list[object],
) -> None:
    until = dt.date(2026, 3, 12)  # the harness's clock says 12 March 2026, 9:30
    h = Harness(consents=(consent(valid_until=until),)).opened("ann", "ben")
    complete(h)
    assert h.session.evaluate().allows_share
    h.clock.advance(15 * 60)  # 00:30 on 13 March: the consent has expired
    with pytest.raises(SessionError):
        h.session.share()
    assert not h.session.evaluate().allows_share


def test_a_refusal_recorded_while_the_gate_is_open_closes_it(evaluations: list[object]) -> None:
    h = Harness().opened("ann", "ben")
    complete(h)
    assert h.session.evaluate().allows_share
    h.session.update_consents((consent(kind=ConsentKind.REFUSED),))
    assert not h.session.evaluate().allows_share
    with pytest.raises(SessionError):
        h.session.share()
    h.session.update_consents((consent(),))  # back as it was: the same verdicts as before
    assert h.session.share().id
