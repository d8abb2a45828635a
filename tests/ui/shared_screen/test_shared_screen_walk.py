"""A whole meeting, watched from the back of the room.

After every step — every attendance change, every decision, every single character typed into a
gate — the test reads all the text the shared screen shows and renders it to an image, and checks
DESIGN.md §5: never the draft wording or answers, never the category of an undecided item, a
right not-shared count, nobody's name after Blank, the wording of shared items only when the
facilitator turned it on and everyone in the room received them, and never the person's full name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QLabel

from desktop.core.entities import Nature, Participation
from desktop.core.messages import Message
from desktop.core.session import MeetingSession
from desktop.ui.shared_screen import SharedScreenWindow
from desktop.ui.shared_screen.screen_labels import visible_texts
from tests.ui.shared_screen.conftest import DIRECTORY, PERSON, FakeClock

LIGHT_WORDS = {"met", "not met", "needs an answer", "exception"}
LIGHT_TITLES = {"Consent", "Secrecy", "Mission", "Necessary"}


@dataclass
class Watcher:
    """What the room may and may not see, kept by the test independently of the window."""

    window: SharedScreenWindow
    session: MeetingSession
    secrets: set[str] = field(default_factory=set)  # typed text that must never show
    shared_wordings: list[str] = field(default_factory=list)
    not_shared: int = 0
    steps: int = 0

    def texts(self) -> list[str]:
        return visible_texts(self.window)

    def check(self) -> None:
        """The invariants of DESIGN.md §5, after one step."""
        self.steps += 1
        texts = self.texts()
        joined = "\n".join(texts)
        image = self.window.grab().toImage()
        assert not image.isNull() and image.width() > 0
        assert PERSON.name not in joined, "the full name is never on the shared screen"
        for secret in self.secrets:
            assert secret not in joined, f"typed text on the shared screen: {secret!r}"
        if not self.session.known_wishes_shown:  # the person's file stays on the console
            assert PERSON.known_wishes not in joined, "known wishes on the shared screen"
        if self.window.is_blank():
            self.check_blank()
            return
        draft = self.session.draft
        if draft is not None:
            category = self.session.policy.category_name(draft.category_id, "en")
            shared_categories = {
                self.session.policy.category_name(item.category_id, "en")
                for item in self.session.shared
            }
            if category not in shared_categories:
                assert category not in joined, f"undecided category shown: {category}"
            self.check_lights(texts)
        assert f"Considered, not shared: {self.not_shared}" in joined
        wording_on = self.session.meeting.show_wording_on_shared_screen
        items_listed = draft is None or not self.session.chair_is_empty()
        present = {p.id for p in self.session.room()}
        for item in self.session.shared:
            if item.wording not in self.shared_wordings:
                continue
            # Only while everyone in the room received it (whoever stepped out stays out of it).
            received = present <= {*item.with_whom, item.discloser_id}
            shown = wording_on and items_listed and received
            assert (item.wording in joined) == shown, item.wording

    def check_lights(self, texts: list[str]) -> None:
        """Four lights, each a symbol and a title over a status word; nothing else."""
        lights = self.window.meeting_view.lights.lights.values()
        assert all(light.isVisibleTo(self.window) for light in lights)
        for light in lights:
            symbol, title = light.name.text().split(" ", 1)
            assert symbol in {"✓", "✗", "…", "⚠"} and title in LIGHT_TITLES
            assert light.state.text() in LIGHT_WORDS

    def check_blank(self) -> None:
        """Only the curtain: no name, role, alias or purpose, in any label, shown or not."""
        everything = [self.window.windowTitle()] + [
            label.text() for label in self.window.findChildren(QLabel)
        ]
        joined = "\n".join(everything)
        forbidden = [PERSON.name, PERSON.alias, self.session.meeting.purpose]
        forbidden += [p.name for p in DIRECTORY] + [p.role for p in DIRECTORY]
        for text in forbidden:
            assert text not in joined, f"{text!r} visible while blank"
        assert self.texts() == ["Meeting paused", "Meeting paused"]

    def type(self, name: str, text: str) -> None:
        """Type ``text`` into a draft field one character at a time, checking after each."""
        self.secrets.add(text)
        for end in range(1, len(text) + 1):
            self.session.update_draft(**{name: text[:end]})
            self.check()
            # The room must not see any stretch of what is being typed either.
            if end >= 5:
                assert text[:end] not in "\n".join(self.texts())

    def do(self, action, *args, **kwargs):
        """Run a session action, then check the screen."""
        result = action(*args, **kwargs)
        self.check()
        return result


@pytest.fixture
def no_reasons(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared screen never renders a verdict's reasons (they can name the category)."""

    def refuse(self: Message, lang: str = "en") -> str:
        raise AssertionError(f"the shared screen rendered a message: {self.key}")

    monkeypatch.setattr(Message, "render", refuse)


@pytest.mark.usefixtures("no_reasons")
def test_a_whole_meeting_never_shows_what_it_must_not(
    screen_factory, session: MeetingSession, clock: FakeClock
) -> None:
    window = screen_factory(session)
    room = Watcher(window, session)
    room.check()
    assert "Case conference · J.D." in room.texts()

    room.do(session.open)
    for professional in DIRECTORY:
        room.do(session.mark_present, professional.id)
    assert any("In the room (5)" in text for text in room.texts())
    room.do(session.start_agenda_item, 0)
    clock.advance(61)
    room.do(window.update_timer)
    assert "01:01 / 05:00" in room.texts()
    room.do(session.next_agenda_item)

    # 1. Shared, with the wording hidden (the default).
    room.do(session.propose, "leroy", "health")
    texts = room.texts()
    assert "What would J.D. have wanted?" in texts
    assert not any("Known wishes" in text for text in texts)  # the police officer is here
    assert "What is good for whom?" in texts and "Why?" in texts
    room.type("wording", "Sleeps badly since March; GP follow-up planned")
    room.do(session.update_draft, nature=Nature.OPINION)
    room.type("opinion_basis", "Three talks with her since May")  # stays a secret, even shared
    room.do(session.update_draft, could_decide_without=False)
    room.type("necessity_reason", "Mornings decide the timetable")
    room.type("good_for_whom", "Teachers adapt her mornings")
    room.type("why", "Timetable rests on it")
    room.type("empty_chair_answer", "Told us: tell school she is tired")
    room.do(session.update_draft, in_persons_interest=True)
    room.do(session.step_out, "peeters")
    assert any("Stepped out for this item: Sam Peetersz (police)" in t for t in room.texts())
    item = room.do(session.share)
    room.shared_wordings.append(item.wording)
    room.secrets.discard(item.wording)  # shared now: shown once the facilitator allows it
    assert "• Health · shared by Bram Leroyx" in room.texts()
    assert not any("Stepped out" in text for text in room.texts())

    # 2. Not shared, its category changed while typing: neither category ever shows.
    room.do(session.propose, "martin", "justice")
    room.type("wording", "Ongoing court case about custody")
    room.do(session.update_draft, category_id="mental_health")
    room.type("good_for_whom", "Unclear benefit so far")
    room.not_shared += 1
    room.do(session.not_share)

    # 3. Postponed: counted with the items not shared.
    room.do(session.propose, "dubois", "housing")
    room.type("wording", "Eviction notice received in May")
    room.not_shared += 1
    room.do(session.postpone, "martin", "Ask J.D. about the flat")

    # 4. The facilitator shows the wording of shared items; a new draft still stays hidden. The
    #    police officer, back in the room, stepped out of the item: it shows only while he is out.
    room.do(session.set_show_wording, True)
    assert item.wording not in "\n".join(room.texts())
    room.do(session.step_out, "peeters")
    assert f"“{item.wording}”" in room.texts()
    room.do(session.come_back, "peeters")
    room.do(session.propose, "lambert", "finances")
    room.type("wording", "Debts with the energy supplier")
    room.do(session.cancel_draft)
    room.do(session.set_show_wording, False)

    # 5. The person arrives: no chair, no empty-chair question; then an advocate speaks for them.
    room.do(session.set_participation, Participation.PRESENT)
    texts = room.texts()
    assert "J.D. is with us." in texts and "J.D. is not here today." not in texts
    room.do(session.propose, "martin", "administrative")
    assert "What would J.D. have wanted?" not in room.texts()
    room.type("why", "Papers are missing")
    room.do(session.set_participation, Participation.REPRESENTED, "Maître Fictif")
    texts = room.texts()
    assert "Speaking for J.D.: Maître Fictif" in texts
    assert "What would J.D. have wanted?" in texts
    room.do(session.cancel_draft)
    room.do(session.leave, "lambert")
    assert any("In the room (4)" in text for text in room.texts())

    # 6. Someone walks in: Blank. The meeting goes on behind the curtain.
    room.do(window.set_blank, True)
    room.do(session.mark_present, "lambert")
    room.do(session.propose, "leroy", "school")
    room.type("wording", "Repeating the year is likely")
    assert window.is_blank()
    room.do(window.set_blank, False)
    assert "Case conference · J.D." in room.texts()
    assert any("In the room (5)" in text for text in room.texts())

    # 7. Closing the meeting (with a draft open) blanks the screen and it stays blank.
    room.do(session.close)
    assert window.is_blank()
    assert room.steps > 250
