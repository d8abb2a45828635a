"""When a workspace does not open because it is damaged or too new: say so, and offer its
backups. For the unlock dialog::

    except (CorruptWorkspace, NewerVersion) as error:
        result = offer_restore(self, path=self.path, error=error, lang=self.lang)

The damaged file is never changed by the offer: a restore keeps it aside, renamed.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.storage.backup import BackupInfo, RestoreResult, latest_backups, restore_backup
from desktop.storage.errors import NewerVersion, WorkspaceError
from desktop.storage.maintenance import passphrase_opens
from desktop.ui.safety.backup_settings import backup_folder
from desktop.ui.safety.backups_dialog import RestoreDialog, restore_summary
from desktop.ui.widgets.errors import describe_error


def backups_for(path: Path) -> list[BackupInfo]:
    """The backups of the workspace at ``path``, newest first, in its backup folder."""
    return latest_backups(backup_folder(path), path)


def passphrase_opens_a_backup(path: Path, passphrase: str) -> bool:
    """True when ``passphrase`` opens the newest backup of the workspace at ``path`` (read
    without writing); a backup that cannot be read counts as not opened."""
    backups = backups_for(path)
    if not backups:
        return False
    try:
        return passphrase_opens(backups[0].path, passphrase)
    except (sqlcipher3.DatabaseError, OSError, WorkspaceError):
        return False


def offer_restore(
    parent: QWidget | None, *, path: Path, error: WorkspaceError, lang: str, ask: bool = True
) -> RestoreResult | None:
    """Explain ``error`` and, when backups exist, let the user restore one (checked first).

    A workspace from a newer version is not damaged: the offer then says to update the app,
    and a backup is only offered as a second choice. Returns what the restore did, or ``None``.
    """
    backups = backups_for(path)
    text = describe_error(error, lang)
    if not backups:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RestoreOffer", "The workspace did not open"),
            text
            + "\n\n"
            + QCoreApplication.translate(
                "RestoreOffer", "No backup of this workspace was found in {folder}."
            ).format(folder=backup_folder(path)),
        )
        return None
    if ask:
        more = QCoreApplication.translate(
            "RestoreOffer", "A backup from {date} exists. Restore a backup now?"
        ).format(date=backups[0].taken_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        if isinstance(error, NewerVersion):
            more = (
                QCoreApplication.translate(
                    "RestoreOffer", "Updating Empty Chair is the better choice. "
                )
                + more
            )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RestoreOffer", "The workspace did not open"),
            text + "\n\n" + more,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return _told(
        parent,
        RestoreDialog.run(
            parent,
            backups=backups,
            restore=lambda backup, passphrase: restore_backup(backup, path, passphrase),
            lang=lang,
        ),
    )


def _told(parent: QWidget | None, result: RestoreResult | None) -> RestoreResult | None:
    """Say what the restore applied again (erasures, purges made after the backup), if any."""
    summary = restore_summary(result) if result is not None else ""
    if summary:
        QMessageBox.information(
            parent, QCoreApplication.translate("RestoreOffer", "Restored"), summary
        )
    return result


def restore_from_backups(parent: QWidget | None, path: Path, lang: str) -> RestoreResult | None:
    """The restore dialog over the backups of the workspace at ``path``."""
    return _told(
        parent,
        RestoreDialog.run(
            parent,
            backups=backups_for(path),
            restore=lambda backup, passphrase: restore_backup(backup, path, passphrase),
            lang=lang,
        ),
    )
