"""The deliberation panel and the shared screen's steps in every language: no English left in
French or Dutch, the method's own texts in the language of the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.deliberation_method import load_method
from desktop.core.languages import ENGLISH, LANGUAGES
from desktop.core.session import MeetingSession
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.i18n import install_translators
from desktop.ui.shared_screen import SharedScreenWindow
from desktop.ui.shared_screen.screen_labels import visible_texts
from tests.ui.console.conftest import FakeClock
from tests.ui.test_languages import english_sources, shown_texts

METHOD = load_method()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    lang = install_translators(request.param, qapp)
    yield lang
    install_translators("en", qapp)


def test_a_deliberation_speaks_the_language_of_the_window(
    qtbot, language: str, session: MeetingSession, clock: FakeClock
) -> None:
    bridge = SessionBridge(session)
    console = MeetingConsole(session, bridge, language, conduct_rule="x", clock=clock)
    screen = SharedScreenWindow(bridge, language, clock=clock)
    for window in (console, screen):
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
    try:
        console.opening.start.click()
        for pid in ("ann", "ben", "clara", "sam"):
            session.mark_present(pid)
        console.roll_call.begin_button.click()
        session.start_deliberation("Q?", METHOD)
        session.go_to_deliberation_step(2)
        step = METHOD.steps[2]
        panel_texts = shown_texts(console.deliberation)
        assert step.title.text(language) in panel_texts
        assert step.aim.text(language) in panel_texts
        assert METHOD.steps[0].title.text(language) in console.deliberation.steps_model.rows()[0]
        screen_texts = visible_texts(screen)
        assert step.title.text(language) in screen_texts
        assert all(q.text(language) in screen_texts for q in step.questions)
        english = english_sources("fr" if language == ENGLISH else language)
        for texts in (panel_texts, set(screen_texts)):
            left = sorted(texts & english)
            if language != ENGLISH:
                assert left == [], left
    finally:
        bridge.detach()
