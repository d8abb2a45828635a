"""A demo workspace of fictional data, built by driving a real meeting session.

Everyone here is invented. The demo shows every situation the gate knows: a professional not bound
by secrecy (police), one from another mission, a consent with a limited scope, a consent that could
not be obtained, a refusal for one category; one closed meeting with shared, not shared and
postponed items, decisions and actions; and two prepared meetings ready to run: one under the
institution's default framework (Belgian shared secrecy), one under another (a Belgian case
consultation, on the public prosecutor's authorisation).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TypeVar

from desktop.core.catalogue import D_, demo_text
from desktop.core.deliberation_method import load_method
from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Mission,
    Nature,
    Participation,
    Person,
    Professional,
)
from desktop.core.session import MeetingSession
from desktop.storage.user_config import USER_CONFIG, ConfigChoice
from desktop.storage.workspace import Workspace

DEMO_PASSPHRASE = "demo"
_TZ = dt.timezone(dt.timedelta(hours=1))

CONDUCT_RULE = D_(
    "We share only what is strictly necessary for the person, with professionals bound by "
    "secrecy who work within the same mission, with the person's consent or — when it cannot be "
    "obtained — asking ourselves what they would have wanted. The person is told what was shared, "
    "with whom and why."
)

MISSIONS = (
    Mission("youth", D_("Youth care")),
    Mission("mental", D_("Mental health")),
    Mission("housing", D_("Housing support")),
)


def _pro(pid: str, name: str, role: str, org: str, basis: str, *missions: str) -> Professional:
    return Professional(pid, name, role, org, bool(basis), basis, frozenset(missions))


PROFESSIONALS = (
    _pro(
        "hw",
        D_("Hanna Wouters"),
        D_("team lead"),
        D_("Les Tilleuls"),
        D_("Social worker (function)"),
        "youth",
        "mental",
        "housing",
    ),
    _pro(
        "am",
        D_("Anne Martin"),
        D_("social worker"),
        D_("Les Tilleuls"),
        D_("Social worker (function)"),
        "youth",
        "housing",
    ),
    _pro(
        "bl",
        D_("Bruno Leroy"),
        D_("psychologist"),
        D_("Les Tilleuls"),
        D_("Psychologist (profession)"),
        "youth",
        "mental",
    ),
    _pro(
        "cd",
        D_("Claire Dubois"),
        D_("educator"),
        D_("Les Tilleuls"),
        D_("Educator (function)"),
        "youth",
    ),
    _pro(
        "dl",
        D_("David Lambert"),
        D_("school nurse"),
        D_("Athénée du Parc"),
        D_("Nurse (profession)"),
        "youth",
    ),
    _pro("sp", D_("Sam Peeters"), D_("police"), D_("Zone de police Nord"), ""),
    _pro(
        "ej",
        D_("Eva Janssens"),
        D_("psychiatrist"),
        D_("Centre Horizon"),
        D_("Physician (profession)"),
        "mental",
    ),
    _pro(
        "fc",
        D_("Farid Claes"),
        D_("housing officer"),
        D_("Logis Social"),
        D_("Social worker (function)"),
        "housing",
    ),
)

PERSONS = (
    Person(
        "p-jd",
        D_("Julie Dewaele"),
        "J.D.",
        "YC-2026-014",
        D_("Wants the school to know she is tired, not why."),
    ),
    Person("p-mv", D_("Marc Vanhove"), "M.V.", "MH-2026-031", ""),
)

CONSENTS = (
    ConsentRecord(
        "c-jd-1",
        "p-jd",
        ConsentKind.GIVEN,
        frozenset({"school", "family", "health"}),
        missions=frozenset({"youth"}),
        valid_from=dt.date(2026, 3, 12),
        valid_until=dt.date(2027, 3, 11),
        obtained_how=D_("signed form"),
        recorded_on=dt.date(2026, 3, 12),
    ),
    ConsentRecord(
        "c-mv-1",
        "p-mv",
        ConsentKind.NOT_OBTAINABLE,
        frozenset({"health", "mental_health", "housing", "family"}),
        missions=frozenset({"mental", "housing"}),
        valid_from=dt.date(2026, 9, 1),
        reason=D_("in hospital, cannot be reached"),
        recorded_on=dt.date(2026, 9, 1),
    ),
    ConsentRecord(
        "c-mv-2",
        "p-mv",
        ConsentKind.REFUSED,
        frozenset({"finances"}),
        missions=frozenset({"mental", "housing", "youth"}),
        valid_from=dt.date(2026, 6, 2),
        obtained_how=D_("said so to his social worker"),
        recorded_on=dt.date(2026, 6, 2),
    ),
)

CLOSED_MEETING = Meeting(
    id="m-jd-1",
    person_id="p-jd",
    mission_id="youth",
    policy_id="be-shared-secrecy",
    purpose=D_("Keep J. at home safely"),
    scheduled_at=dt.datetime(2026, 10, 14, 14, 0, tzinfo=_TZ),
    facilitator_id="hw",
    agenda=(
        AgendaItem("a1", D_("Opening"), 5),
        AgendaItem("a2", D_("School"), 15),
        AgendaItem("a3", D_("Health"), 15),
        AgendaItem("a4", D_("Decisions"), 10),
    ),
    invitees=("hw", "am", "bl", "cd", "dl", "sp", "ej"),
    participation=Participation.ABSENT,
    informed_beforehand=True,
    informed_how=D_("phone call"),
)

PREPARED_MEETING = Meeting(
    id="m-mv-1",
    person_id="p-mv",
    mission_id="mental",
    policy_id="be-shared-secrecy",
    purpose=D_("Prepare M.V.'s return home after hospital"),
    scheduled_at=dt.datetime(2026, 12, 10, 14, 0, tzinfo=_TZ),
    facilitator_id="hw",
    agenda=(
        AgendaItem("b1", D_("Opening"), 5),
        AgendaItem("b2", D_("Health"), 20),
        AgendaItem("b3", D_("Housing"), 20),
        AgendaItem("b4", D_("Decisions"), 10),
    ),
    invitees=("hw", "bl", "ej", "fc", "am"),
    participation=Participation.ABSENT,
    informed_beforehand=True,
    informed_how=D_("letter"),
)


# A case consultation: no consent is asked, the law organises it; only for its purposes.
CONSULTATION_MEETING = Meeting(
    id="m-jd-2",
    person_id="p-jd",
    mission_id="youth",
    policy_id="be-case-consultation",
    purpose=D_("Protect J. and her mother from violence at home"),
    scheduled_at=dt.datetime(2026, 12, 3, 9, 30, tzinfo=_TZ),
    facilitator_id="hw",
    agenda=(
        AgendaItem("c1", D_("Opening"), 5),
        AgendaItem("c2", D_("The family's safety"), 25),
        AgendaItem("c3", D_("Decisions"), 10),
    ),
    invitees=("hw", "am", "bl", "dl"),
    participation=Participation.ABSENT,
    legal_basis_id="prosecutor",
    legal_basis_text=D_("Authorisation of 1 December 2026 (fictional reference PR-26-118)"),
)


# Ids and references stay as they are; everything else, names included, is the demo's text in its
# language (a Dutch demo has Flemish colleagues; in French and English the names are the same).
_KEEP = frozenset({"id", "alias", "reference"})
_R = TypeVar("_R")


def _localized(record: _R, say: Callable[[str], str]) -> _R:
    """``record`` with each of its texts in the demo's language (ids and names unchanged)."""
    changes: dict[str, object] = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if field.name in _KEEP or field.name.endswith("_id"):
            continue
        if isinstance(value, str) and not isinstance(value, Enum):
            changes[field.name] = say(value)
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            changes[field.name] = tuple(_localized(item, say) for item in value)
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def _translator(lang: str) -> Callable[[str], str]:
    return lambda text: demo_text(text, lang)


def _ticking_clock(start: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock that moves one minute each time it is read: a plausible meeting timeline."""
    now = [start]

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(minutes=1)
        return now[0]

    return clock


def _run_closed_meeting(session: MeetingSession, say: Callable[[str], str]) -> None:
    session.open()
    for pid in ("hw", "am", "bl", "cd", "sp", "ej"):
        session.mark_present(pid)
    session.mark_excused("dl")
    session.start_agenda_item(0)
    session.start_agenda_item(1)

    session.propose("am", "school")
    for pid in ("sp", "ej"):  # police: no secrecy; psychiatrist: another mission
        session.step_out(pid)
    session.update_draft(
        wording=say(D_("J. arrives late most mornings and falls asleep in class.")),
        good_for_whom=say(D_("For J.: the school can adapt her mornings.")),
        why=say(D_("The school plan needs it.")),
        empty_chair_answer=say(D_("She asked us to tell the school she is tired, not why.")),
        could_decide_without=False,
        necessity_reason=say(D_("The plan depends on her mornings.")),
    )
    school = session.share()

    session.start_agenda_item(2)
    session.propose("bl", "health")
    for pid in ("sp", "ej"):
        session.step_out(pid)
    session.update_draft(
        nature=Nature.OPINION,
        opinion_basis=say(D_("Two talks with J. and one with her mother since September.")),
        wording=say(
            D_("Her tiredness seems linked to worry about her mother; a follow-up is planned.")
        ),
        good_for_whom=say(D_("For J.: the team understands the mornings.")),
        why=say(D_("To choose who supports the family.")),
        empty_chair_answer=say(D_("She would accept that the team knows a follow-up exists.")),
        could_decide_without=False,
        necessity_reason=say(D_("Who visits depends on it.")),
    )
    health = session.share()

    # Proposed with the police officer in the room: not shared, only the failed conditions stay.
    session.propose("cd", "family")
    session.update_draft(wording="(not recorded)", could_decide_without=True)
    session.not_share()

    session.propose("bl", "mental_health")  # outside the consent's scope: ask J.D. first
    session.postpone(
        "am",
        say(D_("Ask J.D. whether the team may discuss her own follow-up")),
        dt.date(2026, 10, 28),
    )

    session.start_agenda_item(3)
    # The team disagreed on what to tell the school: a deliberation, whose notes are never kept;
    # only its conclusion, and the decision it led to, reach the minutes.
    session.start_deliberation(say(D_("Should the school be told why J. is tired?")), load_method())
    while session.next_deliberation_step():
        pass
    session.set_deliberation_conclusion(
        say(
            D_(
                "The school hears only that J. is tired; J. chooses with A. Martin what else to "
                "say."
            )
        )
    )
    session.conclude_deliberation(
        decision_text=say(D_("J. stays at home; the school adapts her mornings.")),
        item_ids=[school.id],
    )
    session.add_action(
        "am", say(D_("Visit the school with J.'s mother")), dt.date(2026, 10, 21), [school.id]
    )
    session.add_action(
        "bl",
        say(D_("Meet J.'s mother about the family's support")),
        dt.date(2026, 10, 30),
        [health.id],
    )
    session.leave("sp")
    session.close()


def create_demo_workspace(
    path: Path,
    passphrase: str = DEMO_PASSPHRASE,
    lang: str = "en",
    *,
    config: ConfigChoice = USER_CONFIG,
) -> None:
    """Create the demo workspace at ``path`` (which must not exist), its texts in ``lang`` (one
    of :data:`~desktop.core.languages.LANGUAGES`; in the app's gettext catalogue, marked
    ``D_``). Its anchors go to ``config`` (``None`` for a throwaway demo: nothing kept outside
    the file)."""
    say = _translator(lang)
    settings = InstitutionSettings(
        name=say(D_("Les Tilleuls — family support service (fictional)")),
        conduct_rule=say(CONDUCT_RULE),
        missions=tuple(Mission(m.id, say(m.name)) for m in MISSIONS),
        language=lang if lang != "en" else "",
    )
    with Workspace.create(Path(path), passphrase, settings, config=config) as workspace:
        workspace.save_professionals([_localized(p, say) for p in PROFESSIONALS])
        for person in PERSONS:
            workspace.save_person(_localized(person, say))
        for consent in CONSENTS:
            workspace.save_consent(_localized(consent, say))
        workspace.save_meeting(_localized(CLOSED_MEETING, say))
        workspace.save_meeting(_localized(PREPARED_MEETING, say))
        workspace.save_meeting(_localized(CONSULTATION_MEETING, say))
        clock = _ticking_clock(CLOSED_MEETING.scheduled_at)
        _run_closed_meeting(workspace.start_session(CLOSED_MEETING.id, clock=clock), say)
