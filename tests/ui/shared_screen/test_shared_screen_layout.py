"""Layouts that hold on a projector: no clipped text at 1280×720 and 1920×1080, type that grows
with the window, and a busy meeting that still fits."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRect

from desktop.core.entities import AttendanceEntry, Participation, Professional
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen import SharedScreenWindow
from desktop.ui.shared_screen.screen_labels import ScreenLabel, visible_texts
from tests.ui.shared_screen.conftest import DIRECTORY, PERSON, FakeClock, make_session

SIZES = [(1280, 720), (1920, 1080)]
LONG_WISHES = "She wants to stay at home with her mother and brothers, keep her school. " * 4


def _run(session: MeetingSession, *, gate: bool, wording: bool) -> None:
    session.open()
    for professional in session.meeting.invitees:
        session.mark_present(professional)
    session.start_agenda_item(1)
    for category in ("health", "school", "health", "school", "health", "school", "health"):
        session.step_out("peeters")
        session.propose("leroy", category)
        session.update_draft(
            wording="A long minuted wording about mornings at school and evenings at home. " * 3,
            good_for_whom="J.",
            why="The plan",
            could_decide_without=False,
            necessity_reason="Needed",
            empty_chair_answer="She agreed",
            in_persons_interest=True,
        )
        session.share()
    # The police officer received none of them: out again, so the wordings may show.
    session.step_out("peeters")
    session.set_show_wording(wording)
    if gate:
        # The longest screen: the known wishes shown, which needs everyone present bound.
        session.set_show_known_wishes(True)
        session.propose("dubois", "justice")


def _busy_session(clock: FakeClock) -> MeetingSession:
    """Ten people with long names and roles, a long purpose, long known wishes."""
    extra = tuple(
        Professional(
            f"x{i}",
            f"Professional Longname-Fictif {i}",
            "child and family psychologist",
            bound_by_secrecy=True,
            secrecy_basis="psychologist",
            missions=frozenset({"youth"}),
        )
        for i in range(5)
    )
    person = dataclasses.replace(PERSON, alias="Jeanne-Marie D.", known_wishes=LONG_WISHES)
    session = make_session(clock, person=person)
    # A larger directory and a longer purpose than the shared fixture has.
    session._directory.update({p.id: p for p in extra})
    session._record.attendance.update({p.id: AttendanceEntry(p.id) for p in extra})
    session._meeting = dataclasses.replace(
        session.meeting,
        purpose="Decide together how the family can be supported so that she keeps living "
        "at home safely while school attendance improves over the winter term",
        invitees=(*session.meeting.invitees, *(p.id for p in extra)),
    )
    return session


def _clipped(window: SharedScreenWindow) -> list[str]:
    """The visible labels whose text does not fit their box, or that leave the window."""
    bad = []
    for label in window.findChildren(ScreenLabel):
        if not label.isVisible() or not label.text():
            continue
        box = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        if not window.rect().contains(box):
            bad.append(f"outside the window: {label.text()[:40]!r}")
        if label.wordWrap():
            short = label.heightForWidth(label.width()) - label.height()
        else:
            short = max(label.sizeHint().width() - label.width(), 0)
            short += max(label.sizeHint().height() - label.height(), 0)
        if short > 1:
            bad.append(f"clipped by {short}px: {label.text()[:40]!r}")
    return bad


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1920x1080"])
@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize(
    ("participation", "gate", "wording"),
    [
        (Participation.ABSENT, True, False),
        (Participation.ABSENT, False, True),
        (Participation.PRESENT, True, True),
        (Participation.REPRESENTED, False, False),
    ],
    ids=["absent-gate", "absent-wording", "present-gate", "represented"],
)
def test_nothing_is_clipped(
    qtbot, screen_factory, clock, size, theme_name, participation, gate, wording
):
    session = make_session(clock, participation, advocate="Maître Fictif")
    window = screen_factory(session, size, theme_name=theme_name)
    _run(session, gate=gate, wording=wording)
    qtbot.wait(20)  # let the layouts settle, as the event loop would
    assert _clipped(window) == []


@pytest.mark.parametrize("size", SIZES, ids=["1280x720", "1920x1080"])
@pytest.mark.parametrize("gate", [True, False], ids=["gate", "no-gate"])
def test_a_busy_meeting_still_fits(qtbot, screen_factory, clock, size, gate) -> None:
    session = _busy_session(clock)
    window = screen_factory(session, size)
    _run(session, gate=gate, wording=True)
    qtbot.wait(20)
    assert _clipped(window) == []
    texts = visible_texts(window)
    assert "Shared so far: 7 · Considered, not shared: 0" in texts
    if gate:
        assert "What would Jeanne-Marie D. have wanted?" in texts
        assert any(text.startswith("Known wishes: She wants") for text in texts)
    else:
        assert any(text.startswith("… and ") and text.endswith(" earlier") for text in texts)


def test_type_grows_with_the_window(qtbot, screen_factory, session) -> None:
    window = screen_factory(session, (1280, 720))
    small = window.meeting_view.header.title.font().pixelSize()
    window.resize(3840, 2160)
    qtbot.wait(10)
    large = window.meeting_view.header.title.font().pixelSize()
    assert large == pytest.approx(small * 3, rel=0.05)
    window.resize(3840, 720)  # very wide: sized by the height, not the width
    qtbot.wait(10)
    assert window.meeting_view.header.title.font().pixelSize() == small


def test_resizing_while_blank_brings_nothing_back(qtbot, screen_factory, session) -> None:
    session.open()
    for professional in DIRECTORY:
        session.mark_present(professional.id)
    window = screen_factory(session)
    session.propose("leroy", "health")
    window.set_blank(True)
    window.resize(1920, 1080)
    qtbot.wait(10)
    everything = "\n".join(label.text() for label in window.findChildren(ScreenLabel))
    for name in [PERSON.alias, session.meeting.purpose, *(p.name for p in DIRECTORY)]:
        assert name not in everything


def test_lifting_the_curtain_after_a_resize_fits_the_new_size(qtbot, screen_factory, clock):
    session = _busy_session(clock)
    window = screen_factory(session, (1920, 1080))
    _run(session, gate=True, wording=True)
    window.set_blank(True)
    window.resize(1280, 720)
    qtbot.wait(10)
    window.set_blank(False)
    qtbot.wait(20)
    assert _clipped(window) == []
    assert "What would Jeanne-Marie D. have wanted?" in visible_texts(window)
