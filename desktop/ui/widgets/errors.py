"""Known storage errors in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.broken_text import field_name
from desktop.storage import errors


def describe_error(error: errors.WorkspaceError, lang: str) -> str:
    """One sentence a user can act on, for a known workspace error, in the UI's language
    ``lang`` (storage's own sentence, from the app's gettext catalogue, for the errors the UI
    has no wording of its own for)."""
    if isinstance(error, errors.WrongPassphrase):
        # SQLCipher cannot tell a wrong passphrase from a damaged start of the file.
        return QCoreApplication.translate(
            "WorkspaceErrors",
            "This passphrase does not open the workspace. Check it and try again. If you are "
            "sure it is right, the start of the file may be damaged: open a backup copy.",
        )
    if isinstance(error, errors.UnreadableWorkspace):
        return QCoreApplication.translate(
            "WorkspaceErrors",
            "Your user account may not read this workspace file. Ask whoever manages this "
            "computer to give you access to it, or open another file.",
        )
    if isinstance(error, errors.InvalidText):
        return QCoreApplication.translate(
            "WorkspaceErrors",
            "The field “{field}” holds a broken character (half of an emoji or symbol, often "
            "left by a copy and paste). Retype that part and save again: nothing was saved.",
        ).format(field=field_name(error.field).render(lang))
    if isinstance(error, errors.NotAWorkspace):
        return QCoreApplication.translate(
            "WorkspaceErrors", "This file is not an Empty Chair workspace, or it no longer exists."
        )
    if isinstance(error, errors.CorruptWorkspace):
        return QCoreApplication.translate(
            "WorkspaceErrors",
            "This workspace file is damaged. Open a backup copy, or ask for help.",
        )
    if isinstance(error, errors.ReadOnlyWorkspace):
        return QCoreApplication.translate(
            "WorkspaceErrors",
            "The workspace or its folder cannot be written. Choose another folder.",
        )
    if isinstance(error, errors.DiskFull):
        return QCoreApplication.translate(
            "WorkspaceErrors", "The disk is full: the last change was not saved. Free some space."
        )
    if isinstance(error, errors.WorkspaceLocked):
        text = QCoreApplication.translate(
            "WorkspaceErrors", "This workspace is already open in another Empty Chair window."
        )
        if error.pid is None:
            return text
        where = QCoreApplication.translate(
            "WorkspaceErrors", "It is open in process {pid} on {host}."
        ).format(pid=error.pid, host=error.host or "?")
        return f"{text} {where}"
    if isinstance(error, errors.NewerVersion):
        return QCoreApplication.translate(
            "WorkspaceErrors",
            "This workspace was saved by a newer version of Empty Chair. Update the app.",
        )
    if isinstance(error, errors.WorkspaceExists):
        return QCoreApplication.translate(
            "WorkspaceErrors", "A workspace already exists at this place. Choose another file name."
        )
    if isinstance(error, errors.Cancelled):
        return QCoreApplication.translate(
            "WorkspaceErrors", "Stopped before the end, as asked: nothing was changed."
        )
    if isinstance(error, errors.InvalidPassphrase):
        return QCoreApplication.translate(
            "WorkspaceErrors", "This passphrase cannot be used. Choose another one."
        )
    return error.text(lang)
