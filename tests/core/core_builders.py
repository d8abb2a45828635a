"""Small builders of fictional rooms, consents and drafts for the core tests.

Every name here is invented. The defaults make a gate where everything is met, so a test changes
only what it is about.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import replace

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    Draft,
    Mission,
    Nature,
    Participation,
    Person,
    Professional,
)
from desktop.core.gate import GateInput, GateResult, evaluate_gate
from desktop.core.policy import Policy, load_policy

POLICY: Policy = load_policy()
TODAY = dt.date(2026, 3, 12)
NOW = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)
YOUTH = Mission("youth", "Youth care")
PERSON = Person("jd", "Julie Dumont", "J.D.", reference="JD-001")


def pro(
    pid: str,
    name: str,
    role: str,
    *,
    bound: bool = True,
    basis: str = "Penal code, art. 458",
    missions: Iterable[str] = ("youth",),
    active: bool = True,
) -> Professional:
    """A directory entry, bound by secrecy and working in youth care unless told otherwise."""
    return Professional(
        id=pid,
        name=name,
        role=role,
        organisation="Fictional Services",
        bound_by_secrecy=bound,
        secrecy_basis=basis if bound else "",
        missions=frozenset(missions),
        active=active,
    )


ANN = pro("ann", "Ann Martin", "social worker")
BEN = pro("ben", "Ben Leroy", "psychologist")
CLARA = pro("clara", "Clara Dubois", "educator")
SAM = pro("sam", "Sam Peeters", "police", bound=False)
NORA = pro("nora", "Nora Lambert", "nurse", basis="")  # bound, no basis recorded
OLGA = pro("olga", "Olga Janssens", "psychiatrist", missions=("mental_health",))
DIRECTORY = (ANN, BEN, CLARA, SAM, NORA, OLGA)

_ids = itertools.count(1)


def consent(
    kind: ConsentKind = ConsentKind.GIVEN,
    categories: Iterable[str] = ("health",),
    *,
    missions: Iterable[str] = ("youth",),
    professionals: Iterable[str] = (),
    **changes: object,
) -> ConsentRecord:
    """A consent record of J.D.: given for health to youth care, valid since 1 March 2026."""
    record = ConsentRecord(
        id=f"consent-{next(_ids)}",
        person_id=PERSON.id,
        kind=kind,
        categories=frozenset(categories),
        missions=frozenset(missions),
        professionals=frozenset(professionals),
        valid_from=dt.date(2026, 3, 1),
        obtained_how="asked in person",
        reason="in hospital, cannot be reached" if kind is ConsentKind.NOT_OBTAINABLE else "",
    )
    return replace(record, **changes)  # type: ignore[arg-type]


GIVEN = consent()


def refusal(**changes: object) -> ConsentRecord:
    """A refusal of health, by default to nobody: the test names whom (or which mission)."""
    return consent(ConsentKind.REFUSED, **{"missions": (), **changes})  # type: ignore[arg-type]


def draft(**changes: object) -> Draft:
    """Ann proposes a health fact, every answer filled in."""
    base = Draft(
        id="draft-1",
        discloser_id=ANN.id,
        category_id="health",
        proposed_at=NOW,
        nature=Nature.FACT,
        wording="Sleeps badly since March; a follow-up with her GP is planned.",
        good_for_whom="For J.: the school adapts her mornings",
        why="The school plan needs it",
        empty_chair_answer="She asked us to tell the school she is tired, not why",
        could_decide_without=False,
        necessity_reason="The plan depends on her mornings",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def gate_input(
    *,
    room: Iterable[Professional] = (ANN, BEN, CLARA),
    consents: Iterable[ConsentRecord] = (GIVEN,),
    participation: Participation = Participation.ABSENT,
    item: Draft | None = None,
    today: dt.date = TODAY,
    mission: Mission = YOUTH,
    discloser: Professional | None = None,
    policy: Policy = POLICY,
    **meeting: object,
) -> GateInput:
    """The gate's input for a room, consents and draft (defaults: everything met under the
    Belgian policy); ``meeting`` gives what the meeting recorded (``legal_basis_id``,
    ``prior_information``...)."""
    return GateInput(
        policy=policy,
        room=tuple(room),
        consents=tuple(consents),
        mission=mission,
        person=PERSON,
        participation=participation,
        draft=item if item is not None else draft(),
        today=today,
        discloser=discloser,
        **meeting,  # type: ignore[arg-type]
    )


def gate(**kwargs: object) -> GateResult:
    """Evaluate the gate for :func:`gate_input`'s arguments."""
    return evaluate_gate(gate_input(**kwargs))  # type: ignore[arg-type]
