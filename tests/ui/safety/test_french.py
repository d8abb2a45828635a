"""Every safety window in French: no English left among its texts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableView, QWidget

from desktop.storage import maintenance
from desktop.storage.workspace import Workspace
from desktop.ui.i18n import install_translators
from desktop.ui.safety.backups_dialog import BackupsDialog, RestoreDialog
from desktop.ui.safety.erase_dialog import ErasePersonDialog
from desktop.ui.safety.lock_screen import LockScreen
from desktop.ui.safety.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.safety.retention_dialog import RetentionDialog

ENGLISH = (
    "Backups",
    "passphrase",
    "Restore",
    "Erase",
    "locked",
    "Delete",
    "Check and",
    "Made on",
    "Not shared",
    "meeting(s)",
)


@pytest.fixture
def french(qapp) -> Iterator[None]:
    assert install_translators("fr", qapp) == "fr"
    yield
    install_translators("en", qapp)


def _texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTableView):
            model = widget.model()
            texts += [str(model.headerData(c, 1) or "") for c in range(model.columnCount())]
    return [t for t in texts if t]


def test_safety_windows_speak_french(qtbot, french: None, demo: Workspace, tmp_path: Path) -> None:
    windows = [
        LockScreen(),
        ChangePassphraseDialog(None, change=lambda old, new: None, lang="fr"),
        BackupsDialog(
            None, workspace_path=demo.path, folder=tmp_path, backup_now=lambda f, *_: f, lang="fr"
        ),
        RestoreDialog(None, backups=[], restore=lambda p, s: None, lang="fr"),
        RetentionDialog(
            None, preview=maintenance.preview_retention(demo), purge=lambda p: None, lang="fr"
        ),
        ErasePersonDialog(
            None,
            person=demo.person("p-jd"),
            counts=maintenance.erasure_counts(demo, "p-jd"),
            erase=lambda alias: None,
            backups=3,
            replace_backups=lambda: None,
            lang="fr",
        ),
    ]
    for window in windows:
        qtbot.addWidget(window)
        texts = _texts(window)
        assert any("é" in t or "è" in t or "à" in t for t in texts), type(window).__name__
        left = [t for t in texts if any(word in t for word in ENGLISH)]
        assert left == [], f"{type(window).__name__}: {left}"


def test_busy_sentences_speak_french(qtbot, french: None, demo: Workspace, tmp_path: Path) -> None:
    from desktop.ui.entry.unlock import UnlockDialog
    from desktop.ui.settings.settings_dialog import SettingsDialog

    unlock = UnlockDialog(None, path=demo.path, open_workspace=lambda path, phrase: None, lang="fr")
    change = ChangePassphraseDialog(None, change=lambda old, new: None, lang="fr")
    backups = BackupsDialog(
        None, workspace_path=demo.path, folder=tmp_path, backup_now=lambda f, *_: f, lang="fr"
    )
    for dialog in (unlock, change, backups):
        qtbot.addWidget(dialog)
    unlock.passphrase_edit.setText("demo")
    for edit, text in zip(
        (change.old_edit, change.new_edit, change.repeat_edit),
        ("demo", "long new phrase", "long new phrase"),
        strict=True,
    ):
        edit.setText(text)
    for dialog, start, french_words in (
        (unlock, unlock.accept, "Ouverture"),
        (change, change.accept, "Changement"),
        (backups, backups.back_up_now, "Sauvegarde"),
    ):
        with qtbot.waitSignal(dialog.attemptFinished, timeout=10000):
            start()
            assert french_words in dialog.busy_indicator.label.text()
    settings = SettingsDialog(None, settings=demo.settings(), lang="fr")
    qtbot.addWidget(settings)
    assert "propose de redémarrer" in settings.language_hint.text()
