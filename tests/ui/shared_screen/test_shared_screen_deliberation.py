"""A deliberation on the shared screen: the question once started, the method's steps one at a
time with their guiding questions (and the empty chair's), in large type that fits — and never a
note nor the conclusion being written, in any label of the window, shown or not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop.core.deliberation_method import load_method
from desktop.core.entities import Participation
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.shared_screen import SharedScreenWindow
from desktop.ui.shared_screen.screen_labels import visible_texts
from tests.ui.shared_screen.conftest import DIRECTORY, FakeClock, make_session
from tests.ui.shared_screen.test_shared_screen_layout import _clipped

METHOD = load_method()
QUESTION = "Should we tell the school why J. is tired?"
SECRETS = [f"OCELOT note of step {i}: the mother drinks" for i in range(len(METHOD.steps))]
CONCLUSION = "PANDA conclusion: tell the school only that J. is tired"


def everything(window: SharedScreenWindow) -> str:
    """Every text in the window's widget tree, shown or hidden, and its title."""
    return "\n".join([window.windowTitle()] + [w.text() for w in window.findChildren(QLabel)])


def opened(session: MeetingSession) -> MeetingSession:
    session.open()
    for professional in DIRECTORY:
        session.mark_present(professional.id)
    session.start_agenda_item(1)
    return session


def type_slowly(session: MeetingSession, window: SharedScreenWindow, text: str, step: int) -> None:
    """Type a note one character at a time, reading the whole window after each."""
    for end in range(1, len(text) + 1):
        session.write_deliberation_note(text[:end], step)
        window.refresh()  # as any event would: the note still must not be there
        if end >= 6:
            assert text[:end] not in everything(window)


def test_the_room_walks_the_steps_and_never_reads_a_note(qtbot, screen_factory, session) -> None:
    opened(session)
    window = screen_factory(session)
    session.start_deliberation(QUESTION, METHOD)
    texts = visible_texts(window)
    assert f"“{QUESTION}”" in texts
    for index, step in enumerate(METHOD.steps):
        if index:
            session.next_deliberation_step()
        texts = visible_texts(window)
        assert step.title.text("en") in texts
        assert any(t.startswith(f"Step {index + 1} of 7") for t in texts)
        for question in step.questions:
            assert question.text("en") in texts
        chair = "What would J.D. have wanted?" in texts
        assert chair == step.empty_chair  # the empty chair speaks at the perspectives
        type_slowly(session, window, SECRETS[index], index)
    for end in range(1, len(CONCLUSION) + 1):
        session.set_deliberation_conclusion(CONCLUSION[:end])
        window.refresh()
    session.previous_deliberation_step()  # an event after all the typing
    joined = everything(window)
    for secret in [*SECRETS, CONCLUSION]:
        assert secret not in joined
    session.conclude_deliberation(decision_text="Tell the school J. is tired")
    joined = everything(window)
    assert QUESTION not in joined and CONCLUSION not in joined
    assert not window.meeting_view.deliberation.isVisible()
    assert window.meeting_view.shared_items.isVisible()


def test_with_the_person_in_the_room_the_chair_does_not_speak(qtbot, screen_factory, clock):
    session = opened(make_session(clock, Participation.PRESENT))
    window = screen_factory(session)
    session.start_deliberation(QUESTION, METHOD)
    session.go_to_deliberation_step(2)
    texts = visible_texts(window)
    assert "Perspectives" in texts
    assert not any("have wanted" in t for t in texts)


def test_a_gate_during_the_deliberation_takes_the_screen_then_gives_it_back(
    qtbot, screen_factory, session
) -> None:
    opened(session)
    window = screen_factory(session)
    session.start_deliberation(QUESTION, METHOD)
    session.step_out("peeters")
    session.propose("leroy", "health")
    texts = visible_texts(window)
    assert "What is good for whom?" in texts and f"“{QUESTION}”" not in texts
    session.cancel_draft()
    assert f"“{QUESTION}”" in visible_texts(window)


def test_blank_hides_the_question_and_the_step(qtbot, screen_factory, session) -> None:
    opened(session)
    window = screen_factory(session)
    session.start_deliberation(QUESTION, METHOD)
    session.go_to_deliberation_step(2)
    window.set_blank(True)
    joined = everything(window)
    assert QUESTION not in joined and "Perspectives" not in joined
    session.next_deliberation_step()  # events while blank bring nothing back
    assert "Values and norms" not in everything(window)
    assert visible_texts(window) == ["Meeting paused", "Meeting paused"]
    window.set_blank(False)
    assert "Values and norms" in visible_texts(window)


def test_abandoning_clears_the_screen(qtbot, screen_factory, session) -> None:
    opened(session)
    window = screen_factory(session)
    session.start_deliberation(QUESTION, METHOD)
    session.abandon_deliberation()
    assert QUESTION not in everything(window)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_step_fits_in_large_type(qtbot, clock: FakeClock, size, theme_name, lang) -> None:
    session = opened(make_session(clock))
    bridge = SessionBridge(session)
    window = SharedScreenWindow(bridge, lang, theme_name=theme_name, clock=clock)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    try:
        long_question = "Should we tell the school, her father and the GP why J. is so tired?"
        session.start_deliberation(long_question, METHOD)
        for index, step in enumerate(METHOD.steps):
            session.go_to_deliberation_step(index)
            qtbot.wait(10)
            assert _clipped(window) == [], (step.id, _clipped(window))
            texts = visible_texts(window)
            assert step.title.text(lang) in texts
            for question in step.questions:
                assert question.text(lang) in texts, question.text(lang)
            question_label = window.meeting_view.deliberation.questions[0]
            assert question_label.font().pixelSize() >= round(size[1] * 0.04)
    finally:
        bridge.detach()
