"""The opening names the meeting's framework, and says what it still lacks before anything is
said (a legal basis not named, people not informed), in the gate's own words."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.entities import PriorInformation
from desktop.core.policy import Policy, load_policy
from desktop.core.session import MeetingSession
from desktop.ui.console.opening import OpeningPage


@pytest.fixture(params=["be-case-consultation"])
def policy(request: pytest.FixtureRequest) -> Policy:
    return load_policy(request.param)


def _page(qtbot, session: MeetingSession, lang: str = "en") -> OpeningPage:
    from desktop.ui.i18n import install_translators

    install_translators(lang)  # the autouse fixture puts English back for the next test
    page = OpeningPage(session, "Our rule.", None, lang)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_consultation_without_its_basis_says_so(qtbot, session: MeetingSession) -> None:
    page = _page(qtbot, session)
    assert page.framework.text() == "Framework: Belgium — case consultation"
    assert page.framework_warning.isVisible()
    assert page.framework_warning.text().startswith("Legal basis: Name the legal basis")


def test_a_consultation_with_its_basis_names_it(qtbot, session: MeetingSession) -> None:
    session._meeting = dataclasses.replace(session.meeting, legal_basis_id="prosecutor")
    page = _page(qtbot, session, "nl")
    assert page.framework.text().splitlines() == [
        "Kader: België — casusoverleg",
        "Rechtsgrond: Met redenen omklede toestemming van de procureur des Konings "
        "(de toestemming van de persoon is niet nodig)",
    ]
    assert not page.framework_warning.isVisible()


@pytest.mark.parametrize("policy", ["fr-child-protection"], indirect=True)
def test_child_protection_says_who_was_not_informed(qtbot, session: MeetingSession) -> None:
    page = _page(qtbot, session, "fr")
    assert page.framework_warning.text().startswith(
        "Information préalable : Ni les titulaires de l'autorité parentale ni J.D."
    )
    session._meeting = dataclasses.replace(
        session.meeting, prior_information=PriorInformation(contrary_reason="Fictional")
    )
    again = _page(qtbot, session, "fr")
    assert not again.framework_warning.isVisible()
    assert "contraire à l'intérêt de J.D." in again.framework.text()


@pytest.mark.parametrize("policy", ["be-shared-secrecy"], indirect=True)
def test_a_framework_that_asks_nothing_of_the_meeting_names_itself_only(
    qtbot, session: MeetingSession
) -> None:
    page = _page(qtbot, session)
    assert page.framework.text() == "Framework: Belgium — shared professional secrecy"
    assert not page.framework_warning.isVisible()


@pytest.mark.parametrize("policy", ["be-case-consultation", "uk-caldicott"], indirect=True)
def test_only_what_the_framework_asks_of_the_room_is_said_to_block(
    qtbot, make_session, policy: Policy
) -> None:
    from desktop.core.entities import Presence
    from desktop.ui.console.opening import RollCallPage
    from desktop.ui.console.room import RoomPanel

    # Sam (police) is not bound; Olga (psychiatrist) works outside youth care. A case
    # consultation asks its participants to be bound and has no mission; Caldicott asks who
    # needs to know (the mission) and has no secrecy condition.
    session = make_session(invitees=("ann", "ben", "olga", "sam"))
    blocks, passes = ("Sam", "Olga") if policy.id == "be-case-consultation" else ("Olga", "Sam")
    page = _page(qtbot, session)
    assert blocks in page.warning.text() and passes not in page.warning.text()
    session.open()
    roll = RollCallPage(session, "en")
    qtbot.addWidget(roll)
    roll.refresh()
    assert blocks in roll.warning.text() and passes not in roll.warning.text()
    for pid in ("ann", "ben", "olga", "sam"):
        session.mark_present(pid)
    room = RoomPanel(session, "en")
    qtbot.addWidget(room)
    room.refresh()
    flagged = {
        row.professional.name.split()[0]
        for row in room.model._rows
        if row.presence is Presence.PRESENT and row.concerns
    }
    assert flagged == {blocks}
