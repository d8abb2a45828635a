"""The shared screen under each shipped framework and in each language: one light per condition
of the meeting's policy, its short name in the header, nothing clipped on a 1280×720 projector."""

from __future__ import annotations

import pytest

from desktop.core.languages import LANGUAGES
from desktop.core.policy import load_policy, shipped_policies
from desktop.ui.shared_screen import SharedScreenWindow
from desktop.ui.shared_screen.screen_labels import visible_texts
from tests.ui.shared_screen.conftest import make_session
from tests.ui.shared_screen.test_shared_screen_layout import _clipped

PRESETS = list(shipped_policies())


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("policy_id", PRESETS)
def test_the_lights_follow_the_framework(qtbot, clock, policy_id: str, lang: str) -> None:
    from desktop.ui.bridge import SessionBridge

    policy = load_policy(policy_id)
    session = make_session(clock, policy=policy)
    bridge = SessionBridge(session)
    try:
        window = SharedScreenWindow(bridge, lang, clock=clock)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        session.open()
        for pid in ("martin", "leroy", "dubois"):
            session.mark_present(pid)
        session.propose("martin", "health")
        session.update_draft(exception_id=policy.exceptions[0].id if policy.exceptions else "")
        qtbot.wait(20)
        lights = window.meeting_view.lights.lights
        assert tuple(lights) == tuple(c.id for c in policy.conditions)
        texts = visible_texts(window)
        for condition in policy.conditions:
            title = condition.title.text(lang)
            assert any(title in text for text in texts), title
        assert policy.short_name.text(lang) in texts
        assert _clipped(window) == []
    finally:
        bridge.detach()


def test_an_exception_flags_the_light_it_set_aside(qtbot, clock) -> None:
    from desktop.ui.bridge import SessionBridge

    policy = load_policy("uk-caldicott")
    session = make_session(clock, policy=policy)
    bridge = SessionBridge(session)
    try:
        window = SharedScreenWindow(bridge, "en", clock=clock)
        qtbot.addWidget(window)
        window.show()
        session.open()
        for pid in ("martin", "leroy"):
            session.mark_present(pid)
        session.propose("martin", "justice")  # no consent on record covers justice
        session.update_draft(
            purpose_id="other",
            exception_id="public_interest",
            exception_justification="Fictional: a threat to her brother",
        )
        qtbot.wait(10)
        lights = window.meeting_view.lights.lights
        assert lights["consent"].state.text() == "exception"
        assert lights["purpose"].state.text() == "met"
        assert lights["need_to_know"].state.text() == "needs an answer"
        # The room never sees the ground nor the justification.
        assert not any("threat" in text for text in visible_texts(window))
    finally:
        bridge.detach()
