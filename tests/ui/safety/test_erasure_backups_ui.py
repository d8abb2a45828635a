"""What the erasure and restore dialogs say about backups, and the errors' sentences (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage import backup, maintenance
from desktop.storage.backup import RestoreResult
from desktop.storage.errors import InvalidText, UnreadableWorkspace, WrongPassphrase
from desktop.storage.verify import VerifyReport
from desktop.storage.workspace import Workspace
from desktop.ui.i18n import install_translators
from desktop.ui.safety.backups_dialog import restore_summary
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.widgets.errors import describe_error

PERSON = "p-jd"


@pytest.fixture
def french(qapp) -> Iterator[None]:
    assert install_translators("fr", qapp) == "fr"
    yield
    install_translators("en", qapp)


def dialog_for(qtbot, demo: Workspace, **options: object) -> ErasePersonDialog:
    dialog = ErasePersonDialog(
        None,
        person=demo.person(PERSON),
        counts=maintenance.erasure_counts(demo, PERSON),
        erase=lambda alias: maintenance.erase_person(demo, PERSON, alias),
        lang="en",
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    return dialog


def erase_now(qtbot, dialog: ErasePersonDialog) -> None:
    qtbot.keyClicks(dialog.alias_edit, "J.D.")
    with qtbot.waitSignal(dialog.attemptFinished, timeout=30000):
        dialog.erase_button.click()


def test_the_erasure_dialog_says_what_happens_to_backups(qtbot, demo: Workspace) -> None:
    dialog = dialog_for(qtbot, demo)
    note = dialog.backups_note.text()
    assert "Backups made before now still hold J.D." in note
    assert "applied to it again at once" in note
    assert dialog.replace_box.isHidden()  # no backups to replace


def test_the_erasure_dialog_does_not_promise_a_backup_undoes_it(qtbot, demo: Workspace) -> None:
    # A restore applies the erasure again at once: a backup does not bring the person back.
    # What the app cannot reach, minutes already saved or printed, is said.
    summary = dialog_for(qtbot, demo).summary.text()
    assert "It cannot be undone." in summary and "except from a backup" not in summary
    assert "already saved as PDF or printed are not reached" in summary


def test_the_erasure_dialog_in_french(qtbot, demo: Workspace, french: None) -> None:
    dialog = dialog_for(qtbot, demo)
    summary = dialog.summary.text()
    assert "C'est irréversible." in summary and "sauvegarde" not in summary
    assert "imprimés ne sont pas touchés" in summary


def test_the_kept_backups_can_be_replaced_after_the_erasure(
    qtbot, demo: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    old = backup.backup_workspace(demo, folder)
    dialog = dialog_for(
        qtbot,
        demo,
        backups=1,
        replace_backups=lambda: backup.replace_backups(demo, folder),
    )
    assert not dialog.replace_box.isHidden() and "1 kept backup(s)" in dialog.replace_box.text()
    assert "restore points are then lost" in dialog.replace_note.text()
    dialog.replace_box.setChecked(True)
    erase_now(qtbot, dialog)
    assert dialog.report is not None
    assert not old.exists()
    (new,) = backup.latest_backups(folder, demo.path)
    demo.close()
    restored = tmp_path / "check.ecw"
    backup.restore_backup(new.path, restored, "demo")
    with Workspace.open(restored, "demo") as ws:
        assert PERSON not in {p.id for p in ws.persons()}


def test_backups_that_cannot_be_replaced_do_not_hide_the_erasure(qtbot, demo: Workspace) -> None:
    def fail() -> None:
        raise backup.BackupFailed("The backup folder is gone.")

    dialog = dialog_for(qtbot, demo, backups=2, replace_backups=fail)
    dialog.replace_box.setChecked(True)
    erase_now(qtbot, dialog)
    assert dialog.report is not None  # erased all the same, and said so
    assert "J.D. was erased, but the backups were not replaced" in dialog.message.text()
    assert not dialog.erase_button.isEnabled() and not dialog.alias_edit.isEnabled()
    assert PERSON not in {p.id for p in demo.persons()}


def _result(erasures: int, purges: int) -> RestoreResult:
    report = VerifyReport(Path("x"), ("ok",), 1, None)
    return RestoreResult(Path("x"), None, report, erasures, purges)


def test_a_restore_says_what_it_applied_again(qapp) -> None:
    assert restore_summary(_result(0, 0)) == ""
    text = restore_summary(_result(2, 1))
    assert "2 erasure(s) of a person, 1 purge(s)" in text and "Nobody erased comes back" in text


def test_restore_summary_in_french(french: None) -> None:
    text = restore_summary(_result(1, 0))
    assert "effacement" in text and "erasure" not in text


ERRORS = (
    UnreadableWorkspace("x"),
    InvalidText("x", "wording"),
    WrongPassphrase(Path("team.emptychair")),
)


def test_the_new_errors_are_clear_sentences(qapp) -> None:
    unreadable, broken, wrong = (describe_error(e, "en") for e in ERRORS)
    assert "may not read this workspace file" in unreadable
    assert "“wording”" in broken and "broken character" in broken
    assert "start of the file may be damaged" in wrong  # both causes are possible


def test_the_new_errors_in_french(french: None) -> None:
    unreadable, broken, wrong = (describe_error(e, "fr") for e in ERRORS)
    assert "lire ce fichier" in unreadable
    assert "« formulation »" in broken
    assert "endommagé" in wrong
    for text in (unreadable, broken, wrong):
        assert "workspace" not in text and "passphrase" not in text
