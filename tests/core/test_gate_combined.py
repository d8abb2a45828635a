"""The gate: every condition alone and combined, the fixes it offers, its reasons in French and
with odd names, and step-out re-evaluation through the meeting session."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

import pytest
from core_builders import (
    ANN,
    BEN,
    CLARA,
    DIRECTORY,
    NORA,
    NOW,
    OLGA,
    PERSON,
    POLICY,
    SAM,
    YOUTH,
    consent,
    draft,
    gate,
    refusal,
)

from desktop.core.entities import Meeting, Participation
from desktop.core.gate import FixKind
from desktop.core.messages import Message
from desktop.core.session import MeetingSession, SessionError


class C:
    """The default policy's condition ids, as the verdicts name them."""

    CONSENT, SECRECY, MISSION = "consent", "secrecy", "mission"
    NECESSITY, QUESTIONS = "necessity", "questions"


PRESENT = Participation.PRESENT


# --- Every condition alone and combined ----------------------------------------------------------

# One change per condition that breaks that condition and no other.
BREAKERS: dict[str, dict[str, Any]] = {
    C.CONSENT: {"consents": []},
    C.SECRECY: {"room": [SAM]},
    C.MISSION: {"room": [OLGA]},
    C.NECESSITY: {"item": {"could_decide_without": True}},
    C.QUESTIONS: {"item": {"why": ""}},
}
SUBSETS = [s for n in range(len(BREAKERS) + 1) for s in itertools.combinations(BREAKERS, n)]


@pytest.mark.parametrize("broken", [pytest.param(s, id="+".join(s) or "nothing") for s in SUBSETS])
def test_each_condition_alone_and_combined(broken: tuple[str, ...]) -> None:
    room = [ANN, BEN]
    consents = [consent(professionals=("olga",))]
    changes: dict[str, Any] = {}
    for condition in broken:
        breaker = BREAKERS[condition]
        room += breaker.get("room", [])
        consents = breaker.get("consents", consents)
        changes.update(breaker.get("item", {}))
    result = gate(room=room, consents=consents, item=draft(**changes))
    assert result.unmet == broken
    assert result.allows_share is (not broken)


@pytest.mark.parametrize("participation", list(Participation))
def test_fixes_offered_for_missing_consent(participation: Participation) -> None:
    result = gate(consents=[], participation=participation)
    kinds = [f.kind for f in result[C.CONSENT].fixes]
    if participation is PRESENT:
        assert kinds == [FixKind.PERSON_AGREES, FixKind.POSTPONE]
    else:
        assert kinds == [FixKind.POSTPONE]
    assert result[C.CONSENT].fixes[-1].message.render() == "Postpone and ask J.D. first"


def test_uncovered_recipient_fixes_step_out_ask_and_postpone() -> None:
    result = gate(consents=[consent(missions=(), professionals=("ben",))], participation=PRESENT)
    fixes = result[C.CONSENT].fixes
    assert [f.kind for f in fixes] == [FixKind.STEP_OUT, FixKind.PERSON_AGREES, FixKind.POSTPONE]
    assert fixes[0].message.render() == "Ask Clara Dubois to step out for this item"


def test_gate_is_pure() -> None:
    first, second = gate(room=(ANN, SAM)), gate(room=(ANN, SAM))
    assert first == second


# --- Rendering -----------------------------------------------------------------------------------


def test_reasons_in_french() -> None:
    result = gate(
        room=(ANN, SAM, OLGA),
        consents=[consent(), refusal(professionals=("sam",), recorded_on=dt.date(2026, 2, 1))],
        item=draft(could_decide_without=None),
    )
    assert result[C.CONSENT].reason("fr") == (
        "J.D. a refusé le partage de « Santé » avec Sam Peeters (police) "
        "(enregistré le 1er février 2026)"
    )
    assert result[C.SECRECY].reason("fr") == (
        "Sam Peeters (police) n'est pas tenu·e au secret professionnel"
    )
    assert result[C.MISSION].reason("fr") == (
        "Olga Janssens (psychiatrist) ne travaille pas dans la mission « Youth care »"
    )
    assert result[C.NECESSITY].reason("fr") == (
        "Répondez : L'équipe pourrait-elle décider sans cela ?"
    )
    step_out = result[C.SECRECY].fixes[0].message
    assert step_out.render("fr") == "Demandez à Sam Peeters de sortir pour ce point"


def test_french_lists_and_undated_consent() -> None:
    result = gate(
        room=(ANN, BEN, CLARA, SAM),
        consents=[consent(missions=(), professionals=("ben",), valid_from=dt.date.min)],
    )
    assert result[C.CONSENT].reason("fr") == (
        "L'accord de J.D. ne couvre pas le partage de « Santé » avec "
        "Clara Dubois (educator) et Sam Peeters (police)"
    )
    assert gate(consents=[consent(valid_from=dt.date.min)])[C.CONSENT].reason("fr") == (
        "L'accord enregistré couvre « Santé » pour toutes les personnes présentes"
    )


def test_unknown_language_falls_back_to_english() -> None:
    assert gate(room=(ANN, SAM))[C.SECRECY].reason("de") == (
        "Sam Peeters (police) is not bound by professional secrecy"
    )


def test_reasons_in_dutch() -> None:
    assert gate(room=(ANN, SAM))[C.SECRECY].reason("nl") == (
        "Sam Peeters (police) is niet gebonden door het beroepsgeheim"
    )


@pytest.mark.parametrize("typed", ["Eve {alias}", "Eve %s", "Eve {who} {0} %(name)s", "Ève }{"])
def test_values_are_substituted_literally(typed: str) -> None:
    odd = replace(SAM, id="odd", name=typed, role="{role}")
    person = replace(PERSON, alias=f"J.{typed}")
    result = gate(room=(ANN, odd))
    assert result[C.SECRECY].reason() == f"{typed} ({{role}}) is not bound by professional secrecy"
    message = Message.of("consent.none", alias=person.alias, category="{category}")
    assert (
        message.render("fr") == f"Aucun accord de J.{typed} enregistré ne couvre « {{category}} »"
    )


def test_message_needs_a_known_key() -> None:
    with pytest.raises(KeyError):
        Message.of("consent.maybe")


# --- Step-out re-evaluation, through the meeting session -----------------------------------------


def _session(*, consents: list[Any] | None = None) -> MeetingSession:
    meeting = Meeting(
        id="m1",
        person_id=PERSON.id,
        mission_id=YOUTH.id,
        policy_id="be-shared-secrecy",
        purpose="Keep J. at home safely",
        scheduled_at=NOW,
        facilitator_id=ANN.id,
        invitees=tuple(p.id for p in DIRECTORY),
    )
    session = MeetingSession(
        meeting,
        policy=POLICY,
        person=PERSON,
        mission=YOUTH,
        directory=DIRECTORY,
        consents=consents if consents is not None else [consent(professionals=("olga", "nora"))],
        clock=lambda: NOW,
    )
    session.open()
    return session


def _fill(session: MeetingSession) -> None:
    item = draft()
    session.propose(ANN.id, "health")
    session.update_draft(
        wording=item.wording,
        good_for_whom=item.good_for_whom,
        why=item.why,
        empty_chair_answer=item.empty_chair_answer,
        could_decide_without=False,
        necessity_reason=item.necessity_reason,
    )


@pytest.mark.parametrize(
    ("culprit", "condition", "reason"),
    [
        (SAM, C.SECRECY, "Sam Peeters (police) is not bound by professional secrecy"),
        (NORA, C.SECRECY, "Nora Lambert (nurse): no basis recorded for professional secrecy"),
        (OLGA, C.MISSION, "Olga Janssens (psychiatrist) does not work in Youth care"),
    ],
)
def test_c2_c3_fail_until_the_culprit_steps_out(culprit: Any, condition: str, reason: str) -> None:
    session = _session()
    for professional in (ANN, BEN, culprit):
        session.mark_present(professional.id)
    _fill(session)
    result = session.gate_result
    assert result is not None and result.unmet == (condition,)
    assert result[condition].reason() == reason
    assert culprit.id in result[condition].culprits
    with pytest.raises(SessionError):
        session.share()
    session.step_out(culprit.id)
    assert session.gate_result is not None and session.gate_result.allows_share
    item = session.share()
    assert item.stepped_out == (culprit.id,)
    assert culprit.id not in item.with_whom
    assert culprit in session.room(), "back in the room once the item is decided"


def test_coming_back_during_the_item_fails_the_gate_again() -> None:
    session = _session()
    for professional in (ANN, BEN, SAM):
        session.mark_present(professional.id)
    _fill(session)
    session.step_out(SAM.id)
    assert session.gate_result is not None and session.gate_result.allows_share
    session.come_back(SAM.id)
    assert session.gate_result.unmet == (C.SECRECY,)


def test_refused_recipient_stepping_out_unblocks_consent() -> None:
    session = _session(consents=[consent(), refusal(professionals=("ben",))])
    for professional in (ANN, BEN, CLARA):
        session.mark_present(professional.id)
    _fill(session)
    assert session.gate_result is not None and session.gate_result.unmet == (C.CONSENT,)
    session.step_out(BEN.id)
    assert session.gate_result.allows_share
