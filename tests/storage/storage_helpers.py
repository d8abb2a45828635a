"""Fictional data shared by the storage tests."""

from __future__ import annotations

import datetime as dt

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Mission,
    Person,
    Professional,
)
from desktop.storage.workspace import Workspace

PASSPHRASE = "correct horse battery staple"


def make_settings() -> InstitutionSettings:
    """Settings of a fictional institution."""
    return InstitutionSettings(
        name="Fictional service",
        conduct_rule="We share only what is strictly necessary.",
        missions=(Mission("youth", "Youth care"), Mission("mental", "Mental health")),
    )


def seed(ws: Workspace) -> None:
    """A small fictional team, one person with consent for school and health in youth care, and
    one prepared meeting ``m1`` about them."""
    ws.save_professionals(
        [
            Professional(
                "a", "Alix Fontaine", "social worker", "Org", True, "function", frozenset({"youth"})
            ),
            Professional(
                "b", "Basile Roux", "psychologist", "Org", True, "profession", frozenset({"youth"})
            ),
            Professional("p", "Pat Verhoeven", "police", "Zone", False, "", frozenset()),
        ]
    )
    ws.save_person(Person("x", "Xenia Quillfeather", "X.Q.", "REF-1"))
    ws.save_consent(
        ConsentRecord(
            "c1",
            "x",
            ConsentKind.GIVEN,
            frozenset({"school", "health"}),
            missions=frozenset({"youth"}),
            valid_from=dt.date(2020, 1, 1),
        )
    )
    ws.save_meeting(
        Meeting(
            id="m1",
            person_ids=("x",),
            mission_id="youth",
            policy_id="be-shared-secrecy",
            purpose="Support X.",
            scheduled_at=dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC),
            facilitator_id="a",
            agenda=(AgendaItem("i1", "School"), AgendaItem("i2", "Health")),
            invitees=("a", "b", "p"),
        )
    )
