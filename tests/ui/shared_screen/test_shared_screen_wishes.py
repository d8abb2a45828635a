"""Issue 9 on the shared screen: no content of the person's file by default; the known wishes
show only while the facilitator allows it and everyone present may see them; an exception shows
as an exception, never why."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.entities import Professional
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen.screen_labels import visible_texts
from tests.ui.shared_screen.conftest import PERSON

WISHES = PERSON.known_wishes


def widget_tree_text(window: QWidget) -> str:
    """Every text the window holds anywhere: labels (shown or not), titles, tooltips, accessible
    names, and any string attribute of any child object."""
    texts = [window.windowTitle()]
    for child in window.findChildren(QObject):
        if isinstance(child, QLabel):
            texts.append(child.text())
        if isinstance(child, QWidget):
            texts += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
        if hasattr(child, "__dict__"):  # e.g. a panel's text kept before fitting
            texts += [v for v in vars(child).values() if isinstance(v, str)]
    return "\n".join(texts)


def _gate_with(session: MeetingSession, *present: str) -> MeetingSession:
    session.open()
    for pid in present:
        session.mark_present(pid)
    session.propose(present[0], "health")
    return session


def test_known_wishes_never_reach_the_widget_tree_while_the_toggle_is_off(
    screen_factory, session: MeetingSession
) -> None:
    window = screen_factory(_gate_with(session, "martin", "leroy"))  # everyone bound
    assert "What would J.D. have wanted?" in visible_texts(window)
    assert WISHES not in widget_tree_text(window)
    session.mark_present("dubois")
    session.update_draft(wording="x", why="y")
    assert WISHES not in widget_tree_text(window)


def test_known_wishes_show_when_allowed_and_vanish_as_soon_as_an_unbound_person_arrives(
    screen_factory, session: MeetingSession
) -> None:
    window = screen_factory(_gate_with(session, "martin", "leroy"))
    session.set_show_known_wishes(True)
    assert f"Known wishes: {WISHES}" in visible_texts(window)
    session.mark_present("peeters")  # the police officer walks in
    assert WISHES not in widget_tree_text(window)
    session.step_out("peeters")
    assert f"Known wishes: {WISHES}" in visible_texts(window)


def test_a_walk_in_from_another_mission_hides_them_at_once(
    screen_factory, session: MeetingSession
) -> None:
    window = screen_factory(_gate_with(session, "martin", "leroy"))
    session.set_show_known_wishes(True)
    visitor = Professional("v", "Vic Outsider", "housing officer", "", True, "law", frozenset())
    session.admit(visitor)
    assert WISHES not in widget_tree_text(window)
    assert any("Vic Outsider" in text for text in visible_texts(window))


def test_the_toggle_is_off_again_at_the_next_meeting(screen_factory, clock) -> None:
    from tests.ui.shared_screen.conftest import make_session

    first = _gate_with(make_session(clock), "martin", "leroy")
    first.set_show_known_wishes(True)
    first.close()
    second = _gate_with(make_session(clock), "martin", "leroy")
    window = screen_factory(second)
    assert WISHES not in widget_tree_text(window)


def test_an_exception_shows_as_such_never_its_ground_nor_why(screen_factory, clock) -> None:
    from tests.ui.shared_screen.conftest import make_session

    session = _gate_with(make_session(clock), "martin", "leroy")
    window = screen_factory(session)
    session.update_draft(
        category_id="mental_health",
        exception_id="danger",
        exception_justification="JUSTIFY threats tonight",
    )
    light = window.meeting_view.lights.lights
    consent = next(iter(light.values()))
    assert consent.name.text() == "⚠ Consent" and consent.state.text() == "exception"
    tree = widget_tree_text(window)
    assert "JUSTIFY" not in tree
    ground = session.policy.exception("danger")
    assert ground is not None and ground.label.text("en") not in tree


def test_a_shared_wording_never_shows_to_someone_who_did_not_receive_it(
    screen_factory, session: MeetingSession
) -> None:
    # The wording switch is on; the police officer stepped out of the item and comes back once
    # it is shared, then a colleague walks in: neither may read it on the wall.
    window = screen_factory(_gate_with(session, "martin", "leroy", "peeters"))
    session.set_show_wording(True)
    session.step_out("peeters")
    session.update_draft(
        wording="Sleeps badly since March", good_for_whom="J.", why="The plan",
        empty_chair_answer="She agreed", could_decide_without=False, necessity_reason="Needed",
    )  # fmt: skip
    item = session.share()
    assert session.presence("peeters").value == "present"  # back in once the item is decided
    assert item.with_whom == ("leroy",)
    assert "Sleeps badly" not in widget_tree_text(window)
    assert "• Health · shared by Ana Martinot" in visible_texts(window)
    session.leave("peeters")
    assert "“Sleeps badly since March”" in visible_texts(window)
    session.mark_present("dubois")  # walks in after the item was shared
    assert "Sleeps badly" not in widget_tree_text(window)
