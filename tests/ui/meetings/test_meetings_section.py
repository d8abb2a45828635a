"""Preparing a meeting with nobody to meet about yet: the section offers to add a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.storage.workspace import Workspace
from desktop.ui.meetings.meetings_section import MeetingsSection
from desktop.ui.meetings.meetings_view import MeetingsView
from tests.ui.conftest import SETTINGS


def test_with_nobody_yet_it_says_a_meeting_may_be_about_a_family(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A meeting can concern several members of one family (issue 15): the offer to add the
    person first no longer says a case conference is about one person."""
    workspace = Workspace.create(tmp_path / "empty.emptychair", "a long test phrase", SETTINGS)
    window = QWidget()
    qtbot.addWidget(window)
    section = MeetingsSection(workspace, MeetingsView(window), window, "en")
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        return 0  # closed without a button: nothing is added

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    prepared: list[bool] = []
    monkeypatch.setattr(section, "_prepare_dialog", lambda **_: prepared.append(True))
    section.prepare()
    assert len(seen) == 1 and not prepared
    assert "about one person" not in seen[0]
    assert "several members of one family" in seen[0]
    workspace.close()
