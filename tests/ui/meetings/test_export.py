"""Exporting minutes: off the GUI thread, optional password typed twice, clear errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.entities import PersonNaming
from desktop.core.record import MeetingRecord
from desktop.ui.meetings import export_dialog as export_module
from desktop.ui.meetings.export_dialog import (
    MINUTES,
    PERSON_COPY,
    RECIPIENT,
    ExportMinutesDialog,
)
from tests.ui.console.conftest import DIRECTORY, GIVEN, WORDING


@pytest.fixture
def record(running, settings) -> MeetingRecord:
    """A closed meeting with one shared item."""
    running.step_out("sam")
    running.propose("ann", "health")
    running.update_draft(
        wording=WORDING,
        good_for_whom="the school plan",
        why="to adapt her mornings",
        empty_chair_answer="she would agree",
        could_decide_without=False,
        necessity_reason="the plan depends on it",
    )
    running.share()
    running.close()
    return MeetingRecord(
        settings=settings,
        policy=running.policy,
        meeting=running.meeting,
        person=running.person,
        mission=running.mission,
        directory={p.id: p for p in DIRECTORY},
        attendance=running.attendance(),
        consents=(GIVEN,),
        shared=running.shared,
        withheld=running.withheld,
        decisions=running.decisions,
        actions=running.actions,
    )


@pytest.fixture
def dialog(qtbot, record: MeetingRecord, tmp_path: Path) -> ExportMinutesDialog:
    """The export dialog, saving into a temporary folder."""
    widget = ExportMinutesDialog(record, "en", folder=tmp_path)
    qtbot.addWidget(widget)
    yield widget
    widget.wait()


def finish(qtbot, dialog: ExportMinutesDialog) -> None:
    """Start the export and wait for the worker's answer."""
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        dialog.start()
    assert not dialog.is_running()


def test_exports_both_documents(qtbot, dialog, tmp_path: Path) -> None:
    dialog.copy.setChecked(True)
    exported: list[object] = []
    dialog.exported.connect(exported.append)
    finish(qtbot, dialog)
    kinds = {job.kind for job in dialog.written}
    assert kinds == {MINUTES, PERSON_COPY, RECIPIENT}, dialog.status.text()
    for job in dialog.written:
        assert job.path.parent == tmp_path and job.path.read_bytes().startswith(b"%PDF")
    minutes = next(j.path for j in dialog.written if j.kind == MINUTES)
    text = "".join(page.extract_text() for page in PdfReader(str(minutes)).pages)
    assert "Sleeps badly since March" in text
    assert "Saved:" in dialog.status.text()
    assert exported and not dialog.open_minutes.isHidden() and not dialog.open_copy.isHidden()


def test_the_password_typed_twice_reaches_the_writer(qtbot, dialog, monkeypatch) -> None:
    passwords: list[object] = []

    def fake_export(record, path, lang, *, person_copy=False, password=None, **_more):
        passwords.append(password)
        raise export_module.MinutesError("error.not_saved", path="x.pdf", problem="stopped")

    monkeypatch.setattr(export_module, "export_document", fake_export)
    dialog.protect.setChecked(True)
    dialog.password.setText("s3cret-pass")
    dialog.password_again.setText("s3cret-pass")
    finish(qtbot, dialog)
    assert passwords == ["s3cret-pass"]
    assert dialog.status.text() == "Not exported: x.pdf could not be saved: stopped."


def test_passwords_must_match_and_nothing_is_written(qtbot, dialog, tmp_path: Path) -> None:
    dialog.protect.setChecked(True)
    dialog.password.setText("one")
    dialog.password_again.setText("two")
    dialog.start()
    assert not dialog.is_running()
    assert dialog.status.text() == "The two passwords differ. Type them again."
    assert list(tmp_path.iterdir()) == []
    assert dialog.password.text() == "one"  # nothing typed is lost


def test_a_missing_folder_is_created(qtbot, dialog, tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "minutes.pdf"
    dialog.minutes_path.setText(str(target))
    dialog.per_recipient.setChecked(False)
    finish(qtbot, dialog)
    assert [job.path for job in dialog.written] == [target] and target.is_file()


def test_a_folder_that_cannot_be_created_gives_a_clear_message(dialog, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog.minutes_path.setText(str(blocker / "inside" / "minutes.pdf"))
    dialog.start()  # refused before anything runs
    assert not dialog.is_running() and dialog.written == ()
    assert "cannot be created" in dialog.status.text() and "Choose another" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_nothing_chosen(dialog) -> None:
    dialog.minutes.setChecked(False)
    dialog.per_recipient.setChecked(False)
    dialog.start()
    assert dialog.status.text() == "Choose at least one document to export."


def test_offers_to_open_the_file_in_the_system_viewer(qtbot, dialog, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        export_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    finish(qtbot, dialog)
    dialog.open_minutes.click()
    assert opened == [str(dialog.written[0].path)]


# --- Per recipient (issue 9) ---------------------------------------------------------------------


def _cells(dialog: ExportMinutesDialog) -> list[tuple[str, str]]:
    model = dialog.copies_model
    return [
        (model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())
    ]


def test_the_dialog_shows_who_gets_what_before_writing(
    qtmodeltester, dialog, tmp_path: Path
) -> None:
    qtmodeltester.check(dialog.copies_model)
    assert dialog.per_recipient.isChecked()
    assert _cells(dialog) == [
        (
            "Full record — Ann Martin (social worker) (the file)",
            "every item (S1), with who received it",
        ),
        ("Ann Martin (social worker)", "no item shared with them (decisions and actions only)"),
        ("Ben Leroy (psychologist)", "S1"),
        ("Clara Dubois (educator)", "S1"),
        ("Sam Peeters (police)", "no item: not bound by secrecy (decisions and actions only)"),
    ]
    assert "gets a copy without items" in dialog.copies_note.text()
    assert list(tmp_path.iterdir()) == []  # nothing written yet


def test_each_attendee_gets_their_own_copy(qtbot, dialog, tmp_path: Path) -> None:
    dialog.minutes.setChecked(False)
    finish(qtbot, dialog)
    written = {job.recipient_id: job.path for job in dialog.written}
    assert set(written) == {"ann", "ben", "clara", "sam"}
    for pid, path in written.items():
        text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
        assert ("Sleeps badly since March" in text) == (pid in {"ben", "clara"}), pid


def test_the_copies_follow_the_chosen_folder(qtbot, dialog, tmp_path: Path) -> None:
    dialog.copies_folder.setText(str(tmp_path / "missing"))
    assert all(p.path.parent == tmp_path / "missing" for p in dialog.planned)
    dialog.minutes.setChecked(False)
    finish(qtbot, dialog)
    assert {job.path.parent for job in dialog.written} == {tmp_path / "missing"}
    assert len(list((tmp_path / "missing").iterdir())) == 4


@pytest.mark.parametrize("naming", [PersonNaming.ALIAS, PersonNaming.FULL_NAME])
def test_a_password_is_offered_when_the_minutes_name_the_person_in_full(
    qtbot, record: MeetingRecord, tmp_path: Path, naming: PersonNaming
) -> None:
    settings = dataclasses.replace(record.settings, person_naming=naming)
    named = dataclasses.replace(record, settings=settings)
    dialog = ExportMinutesDialog(named, "en", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    full = naming is PersonNaming.FULL_NAME
    assert dialog.protect.isChecked() is full
    assert dialog.protect_note.isVisible() is full
    assert dialog.password.isEnabled() is full
    if full:
        dialog.start()  # no password typed yet: said, nothing written
        assert "Type the password" in dialog.status.text()
