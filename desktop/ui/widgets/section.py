"""The base of the main window's sections: answers one view's requests against the workspace.

Views only emit ``…Requested`` signals; a section answers them: it shows the dialog, writes the
result in one workspace call, and tells its view which rows changed (never a reload of every
list). A known storage error (disk full, read-only) is shown in plain words and nothing
half-written remains.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.storage.errors import WorkspaceError
from desktop.ui.widgets.errors import describe_error


class Section(QObject):
    """Answers one view's requests against the workspace.

    Signals: ``dataChanged()`` after a successful write (the window updates the first steps);
    each section says more precisely what changed with signals of its own.
    """

    dataChanged = Signal()

    def __init__(self, workspace: Any, window: QWidget, lang: str) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.lang = lang

    def write(self, action: Callable[[], object]) -> bool:
        """Run one workspace write; on a known error tell the user and return ``False``. The
        caller updates the rows it changed."""
        try:
            action()
        except WorkspaceError as error:
            # Named context: in a subclass, self.tr() would look in the subclass's context.
            title = QCoreApplication.translate("Section", "Not saved")
            QMessageBox.warning(self.window, title, describe_error(error, self.lang))
            return False
        self.dataChanged.emit()
        return True

    def refresh(self) -> None:
        """Hand the view its first rows (when the window opens)."""
