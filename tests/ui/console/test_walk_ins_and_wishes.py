"""Issue 9 on the console: walk-ins from the room panel, the known-wishes toggle, the refusal an
exception must name, and the "nobody would receive this" fixes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.entities import ConsentKind, ConsentRecord, Presence, Professional
from desktop.core.policy import load_policy
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.console.gate_panel import GatePanel
from desktop.ui.console.walk_in import WalkIn, WalkInDialog
from tests.ui.console.conftest import GIVEN, HOUSING, OLGA, YOUTH, FakeClock
from tests.ui.console.test_gate_panel import fill


@pytest.fixture
def saved() -> list[Professional]:
    return []


@pytest.fixture
def console(qtbot, running: MeetingSession, bridge: SessionBridge, clock: FakeClock, saved):
    def save(professional: Professional) -> str:
        if professional.name == "Disk Full":
            return "The disk is full: nothing was saved."
        saved.append(professional)
        return ""

    widget = MeetingConsole(
        running, bridge, "en", clock=clock, missions=(YOUTH, HOUSING), save_professional=save
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.begin()
    return widget


def _dialog(qtbot, console: MeetingConsole) -> WalkInDialog:
    dialog = WalkInDialog(
        candidates=console.room.walk_in_candidates(),
        missions=(YOUTH, HOUSING),
        meeting_mission=YOUTH,
        parent=console,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_walk_in_from_the_directory_is_invited_and_present_and_the_gate_follows(
    qtbot, console: MeetingConsole, running: MeetingSession
) -> None:
    running.step_out("sam")
    console.propose()
    fill(qtbot, console.gate)
    assert console.gate.share_button.isEnabled()
    dialog = _dialog(qtbot, console)
    assert [dialog.known.itemText(i) for i in range(dialog.known.count())] == [
        "Olga Janssens (psychiatrist), Fictional Services"
    ]
    choice = dialog.walk_in()
    assert choice == WalkIn(OLGA, is_new=False)
    assert console.room.admit(choice)
    assert running.presence("olga") is Presence.PRESENT
    assert "olga" in running.meeting.invitees
    assert not console.gate.share_button.isEnabled()  # outside the mission: re-evaluated
    assert "Olga Janssens" in console.gate.lights.reason_text("mission")
    assert console.room.heading.text() == "In the room (4)"


def test_a_new_professional_asks_about_secrecy_and_is_saved_first(
    qtbot, console: MeetingConsole, running: MeetingSession, saved: list[Professional]
) -> None:
    dialog = _dialog(qtbot, console)
    dialog.new_one.setChecked(True)
    assert dialog.walk_in() is None and "Write the name" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "  Nina   Newcomer ")
    assert dialog.walk_in() is None and "bound by professional secrecy" in dialog.error.text()
    dialog.bound_yes.setChecked(True)
    assert dialog.walk_in() is None and "basis of their secrecy" in dialog.error.text()
    qtbot.keyClicks(dialog.basis, "Nurse (profession)")
    qtbot.keyClicks(dialog.role, "school nurse")
    choice = dialog.walk_in()
    assert choice is not None and choice.is_new
    new = choice.professional
    assert (new.name, new.role, new.bound_by_secrecy, new.secrecy_basis, new.missions) == (
        "Nina Newcomer",
        "school nurse",
        True,
        "Nurse (profession)",
        frozenset({"youth"}),
    )
    assert console.room.admit(choice)
    assert saved == [new]
    assert running.presence(new.id) is Presence.PRESENT


def test_a_new_professional_not_saved_never_enters_the_room(
    qtbot, console: MeetingConsole, running: MeetingSession, saved: list[Professional]
) -> None:
    failing = Professional("z", "Disk Full", "nurse", "", False, "")
    with qtbot.waitSignal(console.room.problem) as problem:
        assert not console.room.admit(WalkIn(failing, is_new=True))
    assert problem.args == ["The disk is full: nothing was saved."]
    assert "z" not in running.attendance() and saved == []


def test_an_unbound_newcomer_needs_no_basis(qtbot, console: MeetingConsole) -> None:
    dialog = _dialog(qtbot, console)
    dialog.new_one.setChecked(True)
    qtbot.keyClicks(dialog.name, "Paul Police")
    dialog.bound_no.setChecked(True)
    assert not dialog.basis.isEnabled()
    choice = dialog.walk_in()
    assert choice is not None and not choice.professional.bound_by_secrecy


def test_the_known_wishes_toggle_says_who_holds_them_back(
    console: MeetingConsole, running: MeetingSession
) -> None:
    room = console.room
    assert not room.show_wishes.isChecked()
    assert room.wishes_state.text() == "Known wishes stay on this console."
    room.show_wishes.setChecked(True)
    assert running.known_wishes_requested and not running.known_wishes_shown
    assert room.wishes_state.text() == "Hidden: Sam Peeters (police) may not see them."
    running.step_out("sam")
    assert room.wishes_state.text() == "Known wishes are on the shared screen."
    running.come_back("sam")
    assert "Hidden: Sam Peeters" in room.wishes_state.text()


def test_a_family_members_known_wishes_can_be_shown_when_the_first_has_none(
    qtbot, qapp: object, clock: FakeClock
) -> None:
    """The mother has no known wishes recorded; her absent daughter has: the toggle offers to
    show them (the shared screen shows those of whoever has an empty chair)."""
    import dataclasses

    from desktop.core.entities import Participation, Person, PersonTakingPart
    from desktop.ui.console.room import RoomPanel
    from tests.ui.console.conftest import DIRECTORY, make_meeting

    mother = Person("sm", "Sofia Marchal", "S.M.")
    girl = Person("lm", "Léa Marchal", "L.M.", known_wishes="Wants to stay at the same school")
    meeting = dataclasses.replace(
        make_meeting(),
        person_ids=("sm", "lm"),
        taking_part=(PersonTakingPart("sm", Participation.PRESENT),),
    )
    session = MeetingSession(
        meeting, policy=load_policy(), person=mother, persons=(mother, girl), mission=YOUTH,
        directory=DIRECTORY, consents=(), clock=clock,
    )  # fmt: skip
    session.open()
    for pid in ("ann", "ben"):
        session.mark_present(pid)
    room = RoomPanel(session, "en")
    qtbot.addWidget(room)
    room.refresh()
    assert room.show_wishes.isEnabled()
    assert room.wishes_state.text() == "Known wishes stay on this console."


# --- The gate panel --------------------------------------------------------------------------


@pytest.fixture
def refused_panel(qtbot, make_session, clock: FakeClock):
    refusal = ConsentRecord(
        "r1", "jd", ConsentKind.REFUSED, frozenset({"health"}), professionals=frozenset({"ben"})
    )
    session = make_session(consents=(GIVEN, refusal))
    session.open()
    for pid in ("ann", "ben", "clara"):
        session.mark_present(pid)
    bridge = SessionBridge(session)
    panel = GatePanel(session, bridge, "en", clock)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    assert panel.begin()
    yield panel, session
    bridge.detach()


def _fix_buttons(qtbot, panel: GatePanel) -> list:
    qtbot.wait(10)  # new buttons in a shown layout show once events are processed
    return panel.lights.fix_buttons()


def test_an_exception_against_a_refusal_needs_the_box_that_names_it(qtbot, refused_panel) -> None:
    panel, session = refused_panel
    fill(qtbot, panel)
    assert not panel.override.isVisibleTo(panel)
    panel.exception_box.setChecked(True)
    qtbot.keyClicks(panel.exception_why, "She named a date")
    assert panel.override.isVisibleTo(panel)
    assert panel.override.text() == (
        "I confirm sharing despite this refusal: J.D. refused sharing Health with "
        "Ben Leroy (psychologist)"
    )
    assert not panel.share_button.isEnabled()
    panel.override.setChecked(True)
    assert panel.share_button.isEnabled()
    assert "refusal" in panel.override.text()  # still names the refusal once confirmed
    qtbot.keyClick(panel.why, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (item,) = session.shared
    assert item.exception_id == "danger" and item.with_whom == ("ben", "clara")


def test_the_refusal_offers_ben_s_step_out_and_postponing(qtbot, refused_panel) -> None:
    panel, _session = refused_panel
    fill(qtbot, panel)
    texts = [b.accessibleName() for b in _fix_buttons(qtbot, panel)]
    assert "Ask Ben Leroy to step out for this item" in texts
    assert "Postpone and ask J.D. first" in texts


def test_nobody_left_offers_to_bring_them_back(qtbot, refused_panel) -> None:
    panel, session = refused_panel
    fill(qtbot, panel)
    session.step_out("ben")
    session.step_out("clara")
    assert "Nobody would receive this" in panel.lights.reason_text("questions")
    back = [
        b for b in _fix_buttons(qtbot, panel) if b.accessibleName() == "Bring Clara Dubois back"
    ]
    assert back and not panel.share_button.isEnabled()
    back[0].click()
    assert session.presence("clara") is Presence.PRESENT
    assert panel.share_button.isEnabled()


def test_share_nothing_from_the_fix(qtbot, refused_panel) -> None:
    panel, session = refused_panel
    fill(qtbot, panel)
    session.step_out("ben")
    session.step_out("clara")
    nothing = [b for b in _fix_buttons(qtbot, panel) if b.accessibleName() == "Share nothing"]
    nothing[0].click()
    assert session.shared == () and len(session.withheld) == 1 and session.draft is None


def test_switching_back_to_statement_keeps_what_was_typed(qtbot, refused_panel) -> None:
    panel, session = refused_panel
    panel.statement.click()
    qtbot.keyClicks(panel.statement_of, "her teacher")
    panel.fact.click()
    assert session.draft is not None and session.draft.statement_of == ""
    panel.statement.click()
    assert session.draft.statement_of == "her teacher"


def test_in_a_family_the_items_to_link_a_decision_to_say_whose_they_are(
    qtbot, qapp: object, clock: FakeClock
) -> None:
    """Which items a decision rests on decides which family members' copies hold it: the list
    to choose them from says whose information each item is."""
    import dataclasses
    import datetime as dt

    from desktop.core.entities import Participation, Person, PersonTakingPart
    from desktop.ui.console.records import RecordsPanel
    from tests.ui.console.conftest import ANN, BEN, DIRECTORY, make_meeting

    mother = Person("sm", "Sofia Marchal", "S.M.")
    girl = Person("lm", "Léa Marchal", "L.M.")
    meeting = dataclasses.replace(
        make_meeting(),
        person_ids=("sm", "lm"),
        taking_part=(PersonTakingPart("sm", Participation.PRESENT),),
    )
    consents = tuple(
        ConsentRecord(f"c-{p}", p, ConsentKind.GIVEN, frozenset({"school"}),
                      missions=frozenset({"youth"}))
        for p in ("sm", "lm")
    )  # fmt: skip
    session = MeetingSession(
        meeting, policy=load_policy(), person=mother, persons=(mother, girl), mission=YOUTH,
        directory=DIRECTORY, consents=consents, clock=clock,
    )  # fmt: skip
    session.open()
    for pid in ("ann", "ben"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    session.propose("ann", "school")
    session.update_draft(
        about=["lm"], wording="ITEM-GIRL", good_for_whom="L.", why="The plan",
        empty_chair_answer="She would agree", could_decide_without=False,
        necessity_reason="Needed",
    )  # fmt: skip
    session.share()
    records = RecordsPanel(session, [ANN, BEN], dt.date(2026, 3, 12), "en")
    qtbot.addWidget(records)
    [(_, label)] = records.shared_items()
    assert label == "School and training · Ann Martin · L.M. · ITEM-GIRL"
