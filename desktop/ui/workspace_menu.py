"""Workspace ▸ Open recent: the workspaces used lately, read each time the menu opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.widgets.recent import recent_workspaces


class RecentWorkspacesMenu(QMenu):
    """The recent workspaces, the open one ticked and not offered again.

    Signals: ``openRequested(str)`` with the chosen workspace file.
    """

    openRequested = Signal(str)

    def __init__(self, current: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open &recent"), parent)
        self._current = Path(current).absolute()
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the recent workspaces as they are now (moved or deleted files are left out)."""
        self.clear()
        paths = recent_workspaces()
        if not paths:
            empty = self.addAction(self.tr("No workspace opened yet"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(paths, start=1):
            # The number is the Alt key; the folder tells two "workspace.emptychair" apart.
            text = f"{path.name} — {path.parent}".replace("&", "&&")
            action = QAction(f"&{number} {text}" if number < 10 else text, self)
            action.setToolTip(str(path))
            is_current = path.absolute() == self._current
            action.setCheckable(is_current)
            action.setChecked(is_current)
            action.setEnabled(not is_current)
            action.triggered.connect(lambda _=False, p=str(path): self.openRequested.emit(p))
            self.addAction(action)
