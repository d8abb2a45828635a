"""The minutes and copies under each framework: its name and version, the legal basis cited, each
item's purpose and basis as the framework calls it, who else was informed beforehand, and (where
every decision is recorded) each decision not to share with its reasons, never its content."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Participation,
    Person,
    PriorInformation,
)
from desktop.core.languages import LANGUAGES
from desktop.core.policy import load_policy, shipped_policies
from desktop.core.record import MeetingRecord
from desktop.core.session import MeetingSession
from desktop.minutes.minutes import render_minutes
from desktop.minutes.person_copy import render_person_copy

from .reading import all_text
from .records import START, YOUTH, FakeClock, professionals

PERSON = Person("julie", "Julie Dupont", "J.D.", reference="2026/0042")
SECRET = "WITHHELDCONTENT the uncle's case"
ANSWERS = {
    "good_for_whom": "For J.: the school adapts her mornings",
    "why": "The school plan needs it",
    "empty_chair_answer": "She asked us to tell the school she is tired",
    "could_decide_without": False,
    "necessity_reason": "The plan depends on her mornings",
}


def framework_record(
    policy_id: str, item: dict[str, object], organisation: str = "", **meeting: object
) -> MeetingRecord:
    """A closed meeting under ``policy_id``: one item shared with ``item``'s answers, one
    considered and not shared (with every condition met, for a reason where asked); with
    ``organisation``, everyone works there (one care team)."""
    policy = load_policy(policy_id)
    clock = FakeClock()
    counter = itertools.count(1)
    directory = professionals()
    if organisation:
        directory = tuple(dataclasses.replace(p, organisation=organisation) for p in directory)
    # Belgian shared secrecy asks for consent; the French care team, that she was informed.
    kind = ConsentKind.GIVEN if policy_id == "be-shared-secrecy" else ConsentKind.INFORMED
    consents = (
        ConsentRecord(
            "c1", "julie", kind, frozenset({"health", "school"}), missions=frozenset({"youth"})
        ),
    )
    base = Meeting(
        id="m1",
        person_id="julie",
        mission_id="youth",
        policy_id=policy_id,
        purpose="Keep J. at home safely",
        scheduled_at=START,
        facilitator_id="martin",
        agenda=(AgendaItem("a1", "School", 20),),
        invitees=("martin", "leroy", "dubois"),
        participation=Participation.ABSENT,
    )
    session = MeetingSession(
        dataclasses.replace(base, **meeting),
        policy=policy,
        person=PERSON,
        mission=YOUTH,
        directory=directory,
        consents=consents,
        clock=clock,
        new_id=lambda: f"id{next(counter)}",
    )
    session.open()
    for pid in ("martin", "leroy", "dubois"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    fields = {**ANSWERS, "wording": "SHAREDWORDING sleeps badly", **item}
    session.propose("leroy", "school")
    session.update_draft(**fields)
    clock.tick(2)
    assert session.gate_result is not None and session.gate_result.allows_share, (
        session.gate_result.unmet
    )
    session.share()
    session.propose("dubois", "school")
    session.update_draft(**{**fields, "wording": SECRET})
    clock.tick(1)
    session.not_share("not_needed" if session.needs_not_share_reason() else "")
    session.close()
    return MeetingRecord(
        settings=InstitutionSettings("Fictional service", "Our rule.", (YOUTH,)),
        policy=policy,
        meeting=session.meeting,
        person=PERSON,
        mission=YOUTH,
        directory={p.id: p for p in directory},
        attendance=session.attendance(),
        consents=consents,
        shared=session.shared,
        withheld=session.withheld,
        decisions=(),
        actions=(),
    )


CASES = {
    "be-shared-secrecy": ({}, {"informed_beforehand": True}),
    "be-case-consultation": (
        {"purpose_id": "integrity"},
        {"legal_basis_id": "prosecutor", "legal_basis_text": "PR-26-118"},
    ),
    "fr-care-team": ({}, {}),
    "fr-child-protection": (
        {},
        {
            "prior_information": PriorInformation(
                holders_informed=False, contrary_reason="CONTRARYREASON the father threatens"
            )
        },
    ),
    "uk-caldicott": (
        {"purpose_id": "individual_care", "need_to_know": True, "minimum_necessary": True},
        {},
    ),
}


def _record(policy_id: str) -> MeetingRecord:
    item, meeting = CASES[policy_id]
    # The French care team meets in one establishment: its members are the team.
    organisation = "Hôpital fictif" if policy_id == "fr-care-team" else ""
    return framework_record(policy_id, item, organisation, **meeting)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("policy_id", list(shipped_policies()))
def test_every_framework_prints_its_name_and_never_what_was_not_shared(
    policy_id: str, lang: str
) -> None:
    record = _record(policy_id)
    policy = record.policy
    text = all_text(render_minutes(record, lang).pdf)
    assert policy.name.text(lang) in text and policy.version in text
    assert "SHAREDWORDING" in text and "WITHHELDCONTENT" not in text
    basis = policy.person_condition
    colon = " :" if lang == "fr" else ":"  # French typography
    assert basis is not None and f"{basis.title.text(lang)}{colon}" in text
    copy = all_text(render_minutes(record, lang, recipient_id="martin").pdf)
    assert "WITHHELDCONTENT" not in copy and "CONTRARYREASON" not in copy
    person = all_text(render_person_copy(record, lang).pdf)
    assert "WITHHELDCONTENT" not in person


def test_the_case_consultation_cites_its_legal_basis() -> None:
    text = all_text(render_minutes(_record("be-case-consultation"), "en").pdf)
    assert "Legal basis: Reasoned authorisation of the public prosecutor" in text
    assert "art. 458ter" in text and "PR-26-118" in text
    assert "Shared for: Protecting the physical or psychological integrity" in text
    assert "Legal basis: Reasoned authorisation of the public prosecutor (the person's" in text
    dutch = all_text(render_minutes(_record("be-case-consultation"), "nl").pdf)
    assert "Rechtsgrond: Met redenen omklede toestemming van de procureur des Konings" in dutch
    person = all_text(render_person_copy(_record("be-case-consultation"), "en").pdf)
    assert "Your agreement was not asked: the law organises this meeting." in person


def test_child_protection_prints_who_was_informed_and_keeps_the_reason_for_the_file() -> None:
    record = _record("fr-child-protection")
    full = all_text(render_minutes(record, "fr").pdf)
    assert "Les titulaires de l'autorité parentale n'ont pas été informés" in full
    assert "CONTRARYREASON the father threatens" in full
    copy = all_text(render_minutes(record, "fr", recipient_id="dubois").pdf)
    assert "CONTRARYREASON" not in copy
    assert "la raison figure dans le dossier complet" in copy
    assert "Information préalable :" in full  # the item's basis, as the framework calls it


def test_caldicott_lists_each_decision_not_to_share_with_its_reason_in_the_full_record() -> None:
    record = _record("uk-caldicott")
    assert record.withheld[0].reason_id == "not_needed"
    full = all_text(render_minutes(record, "en").pdf)
    assert "Each decision not to share, with its reasons (never its content):" in full
    assert "School and training, proposed by Claire Dubois (educator) at" in full
    assert "the team chose not to share (Not needed for the decision)" in full
    assert "Shared for: The person's individual care" in full
    copy = all_text(render_minutes(record, "en", recipient_id="leroy").pdf)
    assert "Each decision not to share" not in copy  # the file's, not the copies'
    french = all_text(render_minutes(record, "fr").pdf)
    assert "l'équipe a choisi de ne pas partager (Pas nécessaire à la décision)" in french


def test_the_care_team_prints_informed_consent_records() -> None:
    record = _record("fr-care-team")
    full = all_text(render_minutes(record, "en").pdf)
    assert "Informed, did not object" in full
    assert "was informed of sharing within the team and did not object" in full
    person = all_text(render_person_copy(record, "en").pdf)
    assert "You had been told about this sharing, and you did not say no." in person
