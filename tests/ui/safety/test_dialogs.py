"""The safety dialogs over the demo workspace: passphrase, retention, erasure, backups, restore."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop.storage import backup, maintenance
from desktop.storage.workspace import Workspace
from desktop.ui.safety.backups_dialog import BackupsDialog, RestoreDialog
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.safety.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.safety.retention_dialog import RetentionDialog

PERSON = "p-jd"


def finish(qtbot, dialog, start) -> None:
    """Start the dialog's work with ``start()`` and wait until it ended, off the GUI thread."""
    with qtbot.waitSignal(dialog.attemptFinished, timeout=20000):
        start()
    assert not dialog.is_busy()


def _change(demo: Workspace):
    return lambda old, new: maintenance.change_passphrase(demo, old, new)


def test_change_passphrase_checks_then_changes_and_clears_every_field(
    qtbot, demo: Workspace
) -> None:
    dialog = ChangePassphraseDialog(None, lang="en", change=_change(demo))
    qtbot.addWidget(dialog)
    fields = (dialog.old_edit, dialog.new_edit, dialog.repeat_edit)
    for texts, expected in (
        (("demo", "long new phrase", "other phrase!!"), "differ"),
        (("demo", "short", "short"), "at least 8"),
        (("wrong", "long new phrase", "long new phrase"), "not right"),
    ):
        for edit, text in zip(fields, texts, strict=True):
            edit.setText(text)
        if expected == "not right":
            finish(qtbot, dialog, dialog.accept)
            assert dialog.old_edit.text() == ""
        else:
            dialog.accept()
        assert expected in dialog.message.text() and not dialog.changed
        assert dialog.new_edit.text() == "" and dialog.repeat_edit.text() == ""
    for edit, text in zip(fields, ("demo", "long new phrase", "long new phrase"), strict=True):
        edit.setText(text)
    finish(qtbot, dialog, dialog.accept)
    assert dialog.changed and all(edit.text() == "" for edit in fields)
    assert maintenance.passphrase_opens(demo.path, "long new phrase")
    assert not maintenance.passphrase_opens(demo.path, "demo")


def test_retention_preview_then_purge(qtbot, qtmodeltester, demo: Workspace) -> None:
    far_future = dt.date.today() + dt.timedelta(days=365 * 10)
    preview = maintenance.preview_retention(demo, far_future)
    assert len(preview.meetings) == 4  # the closed and the three prepared demo meetings
    dialog = RetentionDialog(
        None, lang="en", preview=preview, purge=lambda p: maintenance.purge_expired(demo, p)
    )
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 4 and dialog.purge_button.isEnabled()
    assert "J.D." in {dialog.model.index(r, 1).data() for r in range(3)}
    finish(qtbot, dialog, dialog.accept)
    assert dialog.report is not None and dialog.report.meetings == 4
    assert demo.meetings() == []


def test_retention_with_nothing_to_purge_cannot_confirm(qtbot, demo: Workspace) -> None:
    preview = maintenance.preview_retention(demo)
    dialog = RetentionDialog(
        None, lang="en", preview=preview, purge=lambda p: pytest.fail("no purge")
    )
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.purge_button.isEnabled()


def test_erasing_needs_the_alias_typed(qtbot, demo: Workspace) -> None:
    person = demo.person(PERSON)
    dialog = ErasePersonDialog(
        None,
        lang="en",
        person=person,
        counts=maintenance.erasure_counts(demo, PERSON),
        erase=lambda alias: maintenance.erase_person(demo, PERSON, alias),
    )
    qtbot.addWidget(dialog)
    assert "J.D." in dialog.summary.text() and "Julie" not in dialog.summary.text()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.alias_edit, "J.")
    assert not dialog.erase_button.isEnabled()
    dialog.accept()
    assert dialog.report is None and demo.person(PERSON)
    qtbot.keyClicks(dialog.alias_edit, "D.")
    assert dialog.erase_button.isEnabled()
    finish(qtbot, dialog, dialog.erase_button.click)
    assert dialog.report is not None and dialog.report.items["shared_items"] == 2
    assert PERSON not in {p.id for p in demo.persons()}


def test_backups_dialog_backs_up_and_asks_for_a_restore(
    qtbot, qtmodeltester, demo: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    other = tmp_path / "other"
    dialog = BackupsDialog(
        None,
        lang="en",
        workspace_path=demo.path,
        folder=folder,
        backup_now=lambda f, *_: backup.backup_workspace(demo, f),
        choose_folder=lambda parent, start: other,
    )
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    finish(qtbot, dialog, dialog.backup_button.click)
    assert dialog.model.rowCount() == 1 and "Backed up" in dialog.message.text()
    qtmodeltester.check(dialog.model)
    with qtbot.waitSignal(dialog.restoreRequested) as asked:
        dialog.restore_button.click()
    assert asked.args == [str(backup.latest_backups(folder)[0].path)]
    with qtbot.waitSignal(dialog.folderChanged):
        dialog.choose_folder()
    assert dialog.folder == other and dialog.model.rowCount() == 0


def test_restore_dialog_checks_with_the_passphrase_and_keeps_the_current_file(
    qtbot, demo: Workspace, tmp_path: Path
) -> None:
    made = backup.backup_workspace(demo, tmp_path / "b")
    demo.save_person(dataclasses.replace(demo.person(PERSON), reference="CHANGED-AFTER"))
    demo.close()
    before = demo.path.read_bytes()
    dialog = RestoreDialog(
        None,
        lang="en",
        backups=backup.latest_backups(tmp_path / "b"),
        restore=lambda path, phrase: backup.restore_backup(path, demo.path, phrase),
    )
    qtbot.addWidget(dialog)
    assert dialog.selected().path == made
    qtbot.keyClicks(dialog.passphrase_edit, "wrong")
    finish(qtbot, dialog, dialog.accept)
    assert dialog.result_ is None and "Nothing was restored" in dialog.message.text()
    # The backup's passphrase is wrong: not "open a backup copy", which the user is doing.
    assert "does not open the backup" in dialog.message.text()
    assert "backup copy" not in dialog.message.text()
    assert demo.path.read_bytes() == before and dialog.passphrase_edit.text() == ""
    qtbot.keyClicks(dialog.passphrase_edit, "demo")
    finish(qtbot, dialog, dialog.accept)
    assert dialog.result_ is not None and dialog.result_.kept_copy.read_bytes() == before
    with Workspace.open(demo.path, "demo") as restored:
        assert restored.person(PERSON).reference != "CHANGED-AFTER"


def test_restore_dialog_without_backups(qtbot) -> None:
    dialog = RestoreDialog(
        None, lang="en", backups=[], restore=lambda *a: pytest.fail("no restore")
    )
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and "no backup" in dialog.message.text()


def test_restore_dialog_blames_a_tampered_backup_not_the_workspace(
    qtbot, demo: Workspace, tmp_path: Path
) -> None:
    from desktop.storage.connection import open_connection

    made = backup.backup_workspace(demo, tmp_path / "b")
    demo.close()
    conn = open_connection(made, "demo")
    conn.execute("UPDATE shared_items SET wording = 'J. is fine.'")
    conn.commit()
    conn.close()
    before = demo.path.read_bytes()
    dialog = RestoreDialog(
        None,
        lang="en",
        backups=backup.latest_backups(tmp_path / "b"),
        restore=lambda path, phrase: backup.restore_backup(path, demo.path, phrase),
    )
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_edit, "demo")
    finish(qtbot, dialog, dialog.accept)
    said = dialog.message.text()
    assert said.startswith(f"Nothing was restored. The backup {made} is not sound")
    assert "changed in its table" in said and "workspace file is damaged" not in said
    assert demo.path.read_bytes() == before
