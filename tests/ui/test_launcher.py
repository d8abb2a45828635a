"""Changing workspace from a running app (Workspace ▸ New…, Open…, Open recent, the demo's way
out) and restarting in a new language: the new workspace opens while the current one stays open,
then the current window and workspace close, their lock released (issue 11)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.app import Launcher, Opened, Start
from desktop.core.entities import InstitutionSettings, Mission
from desktop.demo import create_demo_workspace
from desktop.storage.errors import WorkspaceLocked
from desktop.storage.workspace import Workspace
from desktop.ui.entry.first_run import CreateWorkspaceDialog, FirstRunChoice, FirstRunResult
from desktop.ui.entry.unlock import UnlockChoice, UnlockDialog, UnlockResult
from desktop.ui.i18n import install_translators
from desktop.ui.widgets import recent

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # windows show on screen

PHRASE = "a long enough test phrase"
SETTINGS = InstitutionSettings(
    name="Service Horizon (fictional)",
    conduct_rule="Secrecy is the rule.",
    missions=(Mission("youth", "Youth care"),),
)


class Answers:
    """Stands in for the unlock and first-run dialogs: records each one shown, answers it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, Any]] = []
        self.unlock_phrase: str | None = PHRASE
        self.create_at: Path | None = None
        self.first_run_choice = FirstRunChoice.CREATED
        answers = self

        def unlock(
            cls: type, parent: Any, *, path: Path, open_workspace: Any, backups: Any, lang: str
        ):
            answers.shown.append(("unlock", path))
            if answers.unlock_phrase is None:
                return UnlockResult(UnlockChoice.CANCELLED)
            return UnlockResult(UnlockChoice.OPENED, open_workspace(path, answers.unlock_phrase))

        def first_run(
            cls: type,
            parent: Any,
            *,
            default_path: Path,
            lang: str,
            create: Any,
            offer_demo: bool = True,
        ):
            answers.shown.append(("first run", offer_demo))
            if answers.first_run_choice is not FirstRunChoice.CREATED:
                return FirstRunResult(answers.first_run_choice)
            assert answers.create_at is not None
            return FirstRunResult(
                FirstRunChoice.CREATED, create(answers.create_at, PHRASE, SETTINGS)
            )

        monkeypatch.setattr(UnlockDialog, "run", classmethod(unlock))
        monkeypatch.setattr(CreateWorkspaceDialog, "run", classmethod(first_run))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def launcher(qapp, tmp_path: Path) -> Iterator[Launcher]:
    launcher = Launcher(qapp, "en")
    yield launcher
    if launcher.window is not None:
        launcher.window.close()
        launcher.window.deleteLater()
    launcher.close_workspace()
    qapp.processEvents()


def make_workspace(path: Path) -> Path:
    Workspace.create(path, PHRASE, SETTINGS).close()
    return path


def is_locked(path: Path) -> bool:
    """Another opener is refused: the file's lock is held."""
    try:
        Workspace.open(path, PHRASE).close()
    except WorkspaceLocked:
        return True
    return False


def test_open_another_workspace_closes_the_first(
    qtbot, launcher: Launcher, answers: Answers, tmp_path: Path
) -> None:
    first = make_workspace(tmp_path / "first.emptychair")
    second = make_workspace(tmp_path / "second.emptychair")
    launcher.show(Opened(Workspace.open(first, PHRASE)))
    window = launcher.window
    assert is_locked(first)

    window.open_workspace_file(str(second))  # as Workspace ▸ Open… or Open recent does
    assert answers.shown == [("unlock", second)]
    assert launcher.window is not window and launcher.window.isVisible()
    assert launcher.opened.workspace.path == second
    assert not window.isVisible()
    assert not is_locked(first)  # closed, its lock released
    assert is_locked(second)
    assert recent.recent_workspaces()[0] == second.absolute()


def test_giving_up_on_the_other_workspace_changes_nothing(
    qtbot, launcher: Launcher, answers: Answers, tmp_path: Path
) -> None:
    first = make_workspace(tmp_path / "first.emptychair")
    second = make_workspace(tmp_path / "second.emptychair")
    launcher.show(Opened(Workspace.open(first, PHRASE)))
    window = launcher.window
    answers.unlock_phrase = None  # Cancel in the unlock dialog
    window.open_workspace_file(str(second))
    assert launcher.window is window and window.isVisible()
    assert launcher.opened.workspace.settings().name == SETTINGS.name  # still open
    assert not is_locked(second)


def test_the_open_workspace_is_not_opened_twice(
    qtbot, launcher: Launcher, answers: Answers, tmp_path: Path, monkeypatch
) -> None:
    from desktop.ui import main_window

    first = make_workspace(tmp_path / "first.emptychair")
    launcher.show(Opened(Workspace.open(first, PHRASE)))
    told: list[str] = []
    monkeypatch.setattr(
        main_window.QMessageBox, "information", lambda parent, title, text: told.append(text)
    )
    launcher.window.open_workspace_file(str(first))
    assert answers.shown == [] and "one open in this window" in told[0]
    assert launcher.open_file(str(first)) is False
    # Chosen again from the unlock dialog's "Open another workspace…": refused, not reopened.
    with pytest.raises(WorkspaceLocked):
        launcher._open_other(first, PHRASE)
    assert launcher.opened.workspace.settings().name == SETTINGS.name  # still open, untouched


def test_the_demo_shows_its_banner_and_leads_to_a_real_workspace(
    qtbot, launcher: Launcher, answers: Answers, tmp_path: Path
) -> None:
    assert launcher.switch(Start(Start.DEMO))
    demo_window = launcher.window
    demo_folder = launcher.opened.workspace.path.parent
    assert demo_window.demo and demo_window.demo_banner.isVisible()
    assert "not saved" in demo_window.demo_banner.label.text()
    assert demo_folder.exists()

    answers.create_at = tmp_path / "team" / "team.emptychair"
    demo_window.demo_banner.create_button.click()
    assert answers.shown == [("first run", False)]  # no "Try the demo" from the demo itself
    assert launcher.opened.workspace.path == answers.create_at
    assert not launcher.window.demo and launcher.window.demo_banner.isHidden()
    assert not demo_folder.exists()  # the demo is gone, as promised
    assert recent.recent_workspaces()[0] == answers.create_at.absolute()


def test_the_first_run_can_lead_to_the_demo(
    qtbot, launcher: Launcher, answers: Answers, tmp_path: Path
) -> None:
    answers.first_run_choice = FirstRunChoice.DEMO
    opened = launcher.choose(Start(Start.CREATE), at_startup=True)
    assert opened is not None and opened.demo
    opened.close()
    assert not opened.workspace.path.parent.exists()


def test_a_new_language_restarts_on_the_same_workspace(
    qtbot, qapp, launcher: Launcher, answers: Answers, tmp_path: Path
) -> None:
    path = make_workspace(tmp_path / "team.emptychair")
    launcher.show(Opened(Workspace.open(path, PHRASE)))
    window = launcher.window
    workspace = launcher.opened.workspace
    workspace.save_settings(dataclasses.replace(workspace.settings(), language="fr"))
    try:
        window.offer_restart()
        box = window.restart_question
        assert box is not None
        box.defaultButton().click()  # Restart now: once the box has finished answering
        qtbot.waitUntil(lambda: launcher.window not in (None, window))
        assert answers.shown == [("unlock", path)]  # the passphrase is asked again
        assert launcher.window is not window and launcher.window.lang == "fr"
        assert launcher.window.menuBar().actions()[0].text() == "&Espace de travail"
        assert qapp.quitOnLastWindowClosed()
    finally:
        install_translators("en", qapp)


def test_restart_given_up_ends_the_app(
    qtbot, qapp, launcher: Launcher, answers: Answers, tmp_path: Path, monkeypatch
) -> None:
    path = make_workspace(tmp_path / "team.emptychair")
    launcher.show(Opened(Workspace.open(path, PHRASE)))
    quit_calls: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quit_calls.append(True))
    answers.unlock_phrase = None
    assert not launcher.restart()
    assert quit_calls == [True] and launcher.window is None
    assert not is_locked(path)


def test_the_demo_restarts_without_a_passphrase(
    qtbot, qapp, launcher: Launcher, answers: Answers
) -> None:
    launcher.switch(Start(Start.DEMO))
    folder = launcher.opened.workspace.path.parent
    assert launcher.restart()
    assert answers.shown == [] and launcher.opened.workspace.path.parent == folder
    assert launcher.window.demo
    launcher.close_workspace()
    assert not folder.exists()


def test_open_recent_lists_the_workspaces_used_and_ticks_this_one(
    qtbot, launcher: Launcher, answers: Answers, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(recent, "_memory", {})
    first = make_workspace(tmp_path / "first.emptychair")
    (tmp_path / "R&D").mkdir()
    other = make_workspace(tmp_path / "R&D" / "other.emptychair")
    recent.remember_workspace(other)
    recent.remember_workspace(first)
    launcher.show(Opened(Workspace.open(first, PHRASE)))
    menu = launcher.window.recent_menu
    menu.refresh()
    actions = menu.actions()
    assert [a.toolTip() for a in actions] == [str(first.absolute()), str(other.absolute())]
    assert actions[0].isChecked() and not actions[0].isEnabled()
    assert "R&&D" in actions[1].text()  # an ampersand in a folder is not an Alt key
    actions[1].trigger()
    assert launcher.opened.workspace.path == other


def test_the_workspace_menu_offers_new_open_and_recent(qtbot, tmp_path: Path) -> None:
    from desktop.ui.main_window import MainWindow

    path = tmp_path / "demo.emptychair"
    create_demo_workspace(path, "demo")
    with Workspace.open(path, "demo") as workspace:
        window = MainWindow(workspace, "en")
        qtbot.addWidget(window)
        menu = window.menuBar().actions()[0].menu()
        texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
        assert texts[:3] == ["New workspace…", "Open a workspace…", "Open recent"]
        assert window.open_workspace_action.shortcut().toString() == "Ctrl+O"
        with qtbot.waitSignal(window.newWorkspaceRequested):
            window.new_workspace_action.trigger()
        assert window.demo_banner.isHidden()
        prepared = next(m for m in workspace.meetings() if m.state.value == "prepared")
        assert window.running.open_meeting(prepared.id)
        # While a meeting runs, its workspace stays: another one cannot be opened over it.
        assert not window.new_workspace_action.isEnabled()
        assert not window.open_workspace_action.isEnabled()
        assert not window.recent_menu.isEnabled()
        window.running.finish()
        assert window.open_workspace_action.isEnabled()


def test_saving_a_new_language_offers_to_restart(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Settings ▸ Language: the window asks; Later keeps it as it is, Restart now asks the
    composition root to restart."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings.settings_dialog import SettingsDialog

    path = make_workspace(tmp_path / "team.emptychair")
    with Workspace.open(path, PHRASE) as workspace:
        window = MainWindow(workspace, "en")
        qtbot.addWidget(window)
        french = dataclasses.replace(workspace.settings(), language="fr")
        monkeypatch.setattr(SettingsDialog, "edit", classmethod(lambda cls, *a, **k: french))
        asked: list[bool] = []
        window.restartRequested.connect(lambda: asked.append(True))
        window.edit_settings()
        box = window.restart_question
        assert box is not None and "restarts" in box.text()
        next(b for b in box.buttons() if "Later" in b.text()).click()
        assert asked == [] and window.restart_question is None
        assert workspace.settings().language == "fr"  # saved either way
        window.offer_restart()
        window.restart_question.defaultButton().click()
        assert asked == [True]


def test_the_demos_restart_question_says_it_reopens_without_a_passphrase(
    qtbot, tmp_path: Path
) -> None:
    """The demo reopens at once after a language change (no passphrase); a workspace asks for
    its passphrase again: the question says which."""
    from desktop.ui.main_window import MainWindow

    path = make_workspace(tmp_path / "team.emptychair")
    with Workspace.open(path, PHRASE) as workspace:
        for demo, says in ((True, "with no passphrase to type"), (False, "passphrase again")):
            window = MainWindow(workspace, "en", demo=demo)
            qtbot.addWidget(window)
            window.offer_restart()
            box = window.restart_question
            assert box is not None and says in box.informativeText()
            if demo:
                assert "type the passphrase again" not in box.informativeText()
            box.reject()
            window.close()
