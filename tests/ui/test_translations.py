"""No window of the app shows English in French or in Dutch.

Every window and dialog is opened over a temporary demo workspace — the main window and each
section, the meeting console page after page (opening, roll call, running, gate open, closing
summary), the shared screen (gate open and closed, blanked), the export, postpone, decision and
action dialogs, the safety windows and the lock screen, the first-run and unlock dialogs — and
every text it shows is compared with the English of both catalogues (the UI's, and gettext's:
the core's sentences...) and of the policy: in French and in Dutch, none may be left; in English,
each window shows some (so the check can fail). What users typed (the demo's names, purposes,
agenda titles...) is not the app's text. The catalogues themselves are checked by
``tests/test_catalogues.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from language_helpers import EnglishMatcher, clashing_mnemonics, shown_texts
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.directory_import import preview_import
from desktop.core.entities import Participation
from desktop.core.languages import ENGLISH, LANGUAGES
from desktop.demo import create_demo_workspace
from desktop.storage import maintenance
from desktop.storage.workspace import Workspace
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.console.console import MeetingConsole
from desktop.ui.console.postpone import PostponeDialog
from desktop.ui.console.records import ActionDialog, DecisionDialog
from desktop.ui.directory.import_dialog import ImportPreviewDialog
from desktop.ui.directory.professional_dialog import ProfessionalDialog
from desktop.ui.entry.first_run import CreateWorkspaceDialog
from desktop.ui.entry.unlock import UnlockDialog
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.meetings.export_dialog import ExportMinutesDialog
from desktop.ui.meetings.prepare import PrepareMeetingDialog
from desktop.ui.people.consent_dialog import ConsentDialog
from desktop.ui.people.person_dialog import PersonDialog
from desktop.ui.safety.backups_dialog import BackupsDialog, RestoreDialog
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.safety.lock_screen import LockReason, LockScreen
from desktop.ui.safety.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.safety.retention_dialog import RetentionDialog
from desktop.ui.settings.settings_dialog import SettingsDialog
from desktop.ui.widgets.shortcuts import ShortcutsDialog

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore("propagateSizeHints")]

WORDING = "Fictional wording typed in the gate"
ADVOCATE = "Fictional Advocate"
PREPARED = "m-mv-1"  # the demo's meeting about M.V., not opened yet
CLOSED = "m-jd-1"  # the demo's closed meeting about J.D.


# --- (b) Every window, in both languages -------------------------------------------------------


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    """The demo workspace, in a temporary folder."""
    path = tmp_path / "demo.emptychair"
    create_demo_workspace(path, "demo")
    with Workspace.open(path, "demo") as workspace:
        yield workspace


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    lang = install_translators(request.param, qapp)
    assert lang == request.param
    yield lang
    install_translators("en", qapp)


def user_data(workspace: Workspace) -> set[str]:
    """What people typed into the demo: shown as they wrote it, in any language."""
    settings = workspace.settings()
    texts = {settings.name, settings.conduct_rule, WORDING, ADVOCATE}
    texts |= {m.name for m in settings.missions}
    for pro in workspace.professionals(include_inactive=True):
        texts |= {pro.name, pro.role, pro.organisation, pro.secrecy_basis, pro.label()}
    for person in workspace.persons():
        texts |= {person.name, person.alias, person.reference, person.known_wishes}
        for consent in workspace.consents(person.id):
            texts |= {consent.reason, consent.obtained_how}
    for meeting in workspace.meetings():
        texts |= {meeting.purpose, meeting.informed_how, meeting.advocate}
        texts |= {item.title for item in meeting.agenda}
    return {text for text in texts if text}


class Walk:
    """Opens the app's windows one after another and keeps what each shows."""

    def __init__(self, qtbot, lang: str, workspace: Workspace, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.lang = lang
        self.workspace = workspace
        self.tmp_path = tmp_path
        self.seen: dict[str, set[str]] = {}
        self.clashes: dict[str, dict[str, list[str]]] = {}

    def look(self, name: str, window: QWidget, *, mnemonics: bool = False) -> None:
        """Keep the texts ``window`` shows now, under ``name``."""
        self.seen[name] = shown_texts(window)
        if mnemonics and (clashes := clashing_mnemonics(window)):
            self.clashes[name] = clashes

    def dialog(self, name: str, dialog: QWidget) -> None:
        """Show a dialog, look at it and close it."""
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.look(name, dialog, mnemonics=True)
        dialog.close()

    def workspace_windows(self) -> None:
        ws, tmp, lang = self.workspace, self.tmp_path, self.lang
        settings = ws.settings()
        self.dialog(
            "first run",
            CreateWorkspaceDialog(None, default_path=tmp / "w.emptychair", lang=lang, create=None),
        )
        self.dialog(
            "unlock", UnlockDialog(None, path=tmp / "w.emptychair", open_workspace=None, lang=lang)
        )
        self.dialog("settings", SettingsDialog(None, settings=settings, lang=lang))
        self.dialog("professional", ProfessionalDialog(None, missions=settings.missions))
        self.dialog("person", PersonDialog(None))
        consent = ConsentDialog(
            None,
            person=ws.persons()[0],
            policy=ws.policy(),
            missions=settings.missions,
            professionals=tuple(ws.professionals()),
            lang=lang,
        )
        self.dialog("consent", consent)
        person = next(p for p in ws.persons() if ws.consents(p.id))
        correcting = ConsentDialog(
            None,
            person=person,
            policy=ws.policy(),
            missions=settings.missions,
            professionals=tuple(ws.professionals()),
            lang=lang,
            correcting=ws.consents(person.id)[0],
        )
        self.dialog("consent (correcting)", correcting)
        self.dialog("keyboard shortcuts", ShortcutsDialog())
        preview = preview_import("name\nA\n", directory=[], missions=settings.missions)
        self.dialog("import", ImportPreviewDialog(None, preview, "a.csv", lang))
        self.dialog("about", AboutDialog(None))

    def safety_windows(self) -> None:
        ws, tmp, lang = self.workspace, self.tmp_path, self.lang
        self.dialog("lock screen", LockScreen())
        after_a_while = LockScreen()
        after_a_while.set_reason(LockReason.INACTIVITY, 5)
        self.dialog("lock screen (inactivity)", after_a_while)
        self.dialog(
            "passphrase", ChangePassphraseDialog(None, lang=lang, change=lambda old, new: None)
        )
        self.dialog(
            "backups",
            BackupsDialog(
                None, lang=lang, workspace_path=ws.path, folder=tmp, backup_now=lambda f: f
            ),
        )
        self.dialog(
            "restore", RestoreDialog(None, lang=lang, backups=[], restore=lambda p, s: None)
        )
        preview = maintenance.preview_retention(ws)
        self.dialog(
            "retention", RetentionDialog(None, lang=lang, preview=preview, purge=lambda p: None)
        )
        person = ws.persons()[0]
        counts = maintenance.erasure_counts(ws, person.id)
        self.dialog(
            "erase",
            ErasePersonDialog(
                None, lang=lang, person=person, counts=counts, erase=lambda alias: None
            ),
        )

    def meeting_dialogs(self, window: MainWindow) -> None:
        ws = self.workspace
        prepare = dict(
            settings=ws.settings(),
            lang=self.lang,
            professionals=ws.professionals(include_inactive=False),
            persons=ws.persons(),
        )
        self.dialog("prepare", PrepareMeetingDialog(window, **prepare))
        self.dialog(
            "prepare (edit)", PrepareMeetingDialog(window, **prepare, meeting=ws.meeting(PREPARED))
        )
        self.dialog("export", ExportMinutesDialog(ws.meeting_record(CLOSED), self.lang, window))
        people = ws.professionals()
        items = [("i1", "Health · fact · Hanna Wouters")]
        today = dt.date(2026, 12, 10)
        self.dialog("decision", DecisionDialog(items, window))
        self.dialog("action", ActionDialog(items, people, today, window))
        postpone = PostponeDialog(
            people=people,
            default_who=people[0].id,
            alias="M.V.",
            category="Health",
            wording=WORDING,
            today=today,
            parent=window,
        )
        self.dialog("postpone", postpone)

    def main_window(self) -> MainWindow:
        window = MainWindow(self.workspace, self.lang)
        self.qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for row in range(window.sidebar.count()):
            window.sidebar.setCurrentRow(row)
            self.look(f"main window, section {row}", window)
        return window

    def meeting(self, window: MainWindow) -> None:
        """Run the demo's prepared meeting from its opening to its closing summary."""
        meetings = window.running
        assert meetings.open_meeting(PREPARED)
        console = meetings.console
        assert isinstance(console, MeetingConsole)
        meetings.show_shared_screen()
        screen = meetings.shared_screen
        self.qtbot.addWidget(screen)
        session = console.session
        self.look("console: opening", console)
        self.look("shared screen: prepared", screen)
        console.propose()  # not started yet: says so
        self.look("console: gate before the roll call", console)

        console.opening.start.click()
        self.look("console: roll call", console, mnemonics=True)
        invitees = session.meeting.invitees
        for pid in invitees[:-1]:
            session.mark_present(pid)
        session.mark_excused(invitees[-1])
        console.roll_call.begin_button.click()
        assert console.pages.currentIndex() == 2
        self.look("console: running", console)
        self.look("shared screen: running", screen)

        console.propose()
        gate = console.gate
        assert console.centre.gate_is_open()
        gate.discloser.setCurrentIndex(gate.discloser.findData(session.meeting.facilitator_id))
        gate.category.setCurrentIndex(gate.category.findData("health"))
        gate.wording.setPlainText(WORDING)
        gate.statement.setChecked(True)
        self.look("console: gate open", console, mnemonics=True)
        self.look("shared screen: gate open", screen)
        session.step_out(invitees[1])
        self.look("console: gate open, someone stepped out", console)
        self.look("shared screen: gate open, someone stepped out", screen)
        session.come_back(invitees[1])
        gate.not_share_button.click()
        assert not console.centre.gate_is_open()
        session.add_decision("A fictional decision")
        self.look("console: after a decision", console)
        self.look("shared screen: gate closed", screen)
        session.set_participation(Participation.REPRESENTED, ADVOCATE)
        self.look("console: person represented", console)
        self.look("shared screen: person represented", screen)
        session.set_participation(Participation.PRESENT)
        self.look("console: person present", console)
        self.look("shared screen: person present", screen)
        console.blank_button.click()
        self.look("shared screen: blanked", screen)

        console.request_close()
        summary = console.summary_dialog
        assert summary is not None
        self.look("closing summary", summary)
        console._close_meeting()
        self.look("closing summary: closed", summary)
        self.look("console: closed", console)
        summary.close()
        meetings.finish()


@pytest.fixture
def walk(qtbot, language: str, demo: Workspace, tmp_path: Path) -> Walk:
    walk = Walk(qtbot, language, demo, tmp_path)
    window = walk.main_window()
    walk.meeting_dialogs(window)
    walk.meeting(window)
    walk.workspace_windows()
    walk.safety_windows()
    QApplication.processEvents()  # the console and screen's deleteLater
    return walk


def test_no_window_shows_english_in_french(walk: Walk, demo: Workspace) -> None:
    # In English, the English of any translation: each window must show some.
    matcher = EnglishMatcher("fr" if walk.lang == ENGLISH else walk.lang)
    typed = user_data(demo)
    english = {
        name: sorted(t for t in texts if t not in typed and matcher.english(t))
        for name, texts in walk.seen.items()
    }
    if walk.lang != ENGLISH:
        left = {name: texts for name, texts in english.items() if texts}
        assert left == {}
    else:
        silent = [name for name, texts in english.items() if not texts]
        assert silent == [], "these windows showed none of their English: the check is blind"


def test_alt_keys_are_unique_in_every_meeting_dialog(walk: Walk) -> None:
    assert walk.clashes == {}
