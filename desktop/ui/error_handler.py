"""What the user sees when an action fails outside the place that asked for it.

Storage refuses an action mid-meeting (disk full, the file's folder unplugged): the session has
already undone it in memory (see :mod:`desktop.core.session`), and the error travels up through
whatever slot the user triggered. Rather than every button handling every storage error, the
application installs one hook: a known storage error becomes a clear, translated message, and
anything else (a bug) a calm generic one. Tracebacks go to standard error only, never to a file:
they could hold what a user typed.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _is_known(error: BaseException) -> bool:
    # Storage loads after the first window is up; so does what knows its errors.
    from desktop.storage.errors import WorkspaceError

    return isinstance(error, WorkspaceError)


def message_for(error: BaseException, lang: str) -> str:
    """The sentence shown for ``error``, in the user's language ``lang``."""
    if _is_known(error):
        from desktop.ui.widgets.errors import describe_error

        return "{problem} {reassure}".format(
            problem=describe_error(error, lang),
            reassure=QCoreApplication.translate(
                "ErrorHandler", "The last change was not saved; everything before it is safe."
            ),
        )
    return QCoreApplication.translate(
        "ErrorHandler",
        "Something went wrong and the last action was not completed. "
        "What was saved before is safe. If it happens again, restart Empty Chair.",
    )


class ErrorReporter:
    """The ``sys.excepthook`` of the GUI: shows one message box per failure, never blocks.

    ``lang`` is the UI's language; the app sets it again if the workspace's settings choose
    another one once it is open.
    """

    def __init__(
        self, lang: str, parent: Callable[[], QWidget | None] = QApplication.activeWindow
    ) -> None:
        self.lang = lang
        self._parent = parent
        self._previous: ExceptHook = sys.excepthook
        self.last_box: QMessageBox | None = None

    def install(self) -> None:
        """Become the process's exception hook."""
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        """Give the hook back (tests)."""
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if not _is_known(error):
            traceback.print_exception(kind, error, trace, file=sys.stderr)
        if QApplication.instance() is None:
            return
        # Loaded on the first failure (most sessions have none), not with the hook.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorHandler", "Not saved"))
        box.setText(message_for(error, self.lang))
        box.setAccessibleName(box.windowTitle())
        box.open()  # never exec(): the meeting goes on behind it
        self.last_box = box
