"""The lock screen that covers the console, and the wiring that locks the main window.

Locking takes the window's central widget out (the console and its meeting go on living: the
session, its timers and the recorder are untouched), puts the lock screen in its place, turns
off every menu action, takes every open dialog off the screen without closing it (see
:mod:`desktop.ui.safety.hidden_dialogs`: what was typed in it is kept), and says ``locked`` so
that the main window blanks the shared screen. Unlocking needs the workspace's passphrase and
puts everything back as it was, the open dialogs included; ``unlocked`` brings the shared screen
back.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.safety.hidden_dialogs import HiddenDialogs
from desktop.ui.safety.idle_lock import InactivityLock, SleepWatcher
from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.messages import FormMessage, make_plain
from desktop.ui.widgets.passphrase_field import PassphraseField

Verify = Callable[[str], bool]


class LockReason(Enum):
    """Why the console locked: the lock screen says so."""

    BY_HAND = "by_hand"
    INACTIVITY = "inactivity"
    SLEEP = "sleep"


class LockScreen(QWidget):
    """Asks for the passphrase to unlock; shows nothing of the workspace (not even its file
    name: the window title holds it).

    Signals: ``unlockRequested(str)`` with the passphrase typed (the field is cleared at once).
    """

    unlockRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        title = make_plain(QLabel(self.tr("Empty Chair is locked")))
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        self.reason_label = make_plain(QLabel())
        self.reason_label.setObjectName("lockReason")
        self.reason_label.setWordWrap(True)
        hint = self.hint = make_plain(QLabel())
        hint.setWordWrap(True)
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.passphrase_edit = self.passphrase.edit
        self.passphrase_edit.setMinimumWidth(320)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.message = FormMessage()
        self.busy_indicator = BusyIndicator()
        self.work = BusyWork(self, (self.passphrase, self.unlock_button), self.busy_indicator)
        # Enter in the field submits, every time (the button is not a dialog's default button).
        self.passphrase_edit.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)

        # Label and button on the field's line (the Caps Lock warning goes under the field).
        label.setMinimumHeight(self.passphrase_edit.sizeHint().height())
        row = QHBoxLayout()
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(self.reason_label)
        box.addWidget(hint)
        box.addSpacing(8)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(self.busy_indicator)
        panel = QWidget()
        panel.setMaximumWidth(600)
        panel.setLayout(box)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its plain size
        # hint, which cuts the wrapped hint short; a layout passes the height it needs on.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(panel, 3)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.set_reason(LockReason.BY_HAND)
        self.set_meeting_running(False)

    def set_meeting_running(self, running: bool) -> None:
        """Say that the meeting goes on behind the lock only while one is running."""
        if running:
            text = self.tr("A meeting in progress goes on: type the passphrase to come back to it.")
        else:
            text = self.tr("Type the passphrase to come back to the workspace.")
        self.hint.setText(text)

    def set_reason(self, reason: LockReason, minutes: float = 0) -> None:
        """Say why the console locked: by hand, after ``minutes`` without activity, or because
        the computer went to sleep."""
        if reason is LockReason.INACTIVITY:
            count = max(1, round(minutes))
            text = self.tr("It locked itself after %n minute(s) without activity.", "", count)
        elif reason is LockReason.SLEEP:
            text = self.tr("It locked itself when the computer went to sleep or its screen locked.")
        else:
            text = self.tr("It was locked by hand (Safety ▸ Lock now).")
        self.reason_label.setText(text)

    def submit(self) -> None:
        """Hand the passphrase over and clear the field (it is not kept here)."""
        if self.work.is_busy():
            return
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        if not passphrase:
            self.message.show_error(self.tr("Type the workspace's passphrase."))
            return
        self.unlockRequested.emit(passphrase)

    def show_wrong_passphrase(self) -> None:
        """Say the passphrase was wrong; the field is empty and has the focus."""
        self.message.show_error(self.tr("This passphrase does not unlock the workspace."))
        self.passphrase_edit.setFocus()

    def show_error(self, text: str) -> None:
        """Say why the passphrase could not be checked; the field has the focus."""
        self.message.show_error(text)
        self.passphrase_edit.setFocus()

    def reset(self) -> None:
        """Ready for a new lock: no message, empty hidden field with the focus."""
        self.message.clear_message()
        self.passphrase.clear()
        self.passphrase.set_shown(False)
        self.passphrase_edit.setFocus()


class LockController(QObject):
    """Locks and unlocks a main window (see the module's docstring).

    The passphrase is checked off the GUI thread (deriving the key takes a moment), so the lock
    screen says *Checking…* and a meeting behind it goes on.

    Signals: ``locked()`` (the owner blanks the shared screen on it), ``unlocked()``, and
    ``unlockFailed()`` when a passphrase did not unlock.
    """

    locked = Signal()
    unlocked = Signal()
    unlockFailed = Signal()

    def __init__(self, window: QMainWindow, verify: Verify, workspace_name: str, lang: str) -> None:
        super().__init__(window)
        self.window = window
        self._verify = verify
        self._lang = lang
        self._workspace_name = workspace_name
        self._title = ""
        self.screen = LockScreen()
        self.screen.unlockRequested.connect(self.try_unlock)
        self._hidden: QWidget | None = None
        self.dialogs = HiddenDialogs(window)
        self._disabled: list[QAction] = []
        self._menu_was_visible = True
        self.inactivity: InactivityLock | None = None
        self.sleep_watcher: SleepWatcher | None = None

    @property
    def is_locked(self) -> bool:
        """The lock screen is up."""
        return self._hidden is not None

    def lock(self, reason: LockReason = LockReason.BY_HAND) -> None:
        """Cover the console with the lock screen (saying why) and blank the shared screen."""
        if self.is_locked:
            return
        minutes = self.inactivity.delay_seconds / 60 if self.inactivity is not None else 0
        self.screen.set_reason(reason, minutes)
        self.dialogs.hide_all()
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self._hidden = self.window.takeCentralWidget()
        self._menu_was_visible = self.window.menuBar().isVisible()
        self.window.menuBar().hide()
        self._title = self.window.windowTitle()
        self.window.setWindowTitle(
            self.tr("Locked — {file} — Empty Chair").format(file=self._workspace_name)
            if self._workspace_name
            else self.tr("Locked — Empty Chair")
        )
        self.screen.reset()
        self.window.setCentralWidget(self.screen)
        self.screen.show()  # taking a central widget out hides it: show it each time
        self.screen.passphrase_edit.setFocus()
        self.locked.emit()

    def try_unlock(self, passphrase: str) -> None:
        """Check ``passphrase`` off the GUI thread; unlock when it opens the workspace. The
        outcome comes back as ``unlocked`` or ``unlockFailed``. Does nothing when not locked, or
        while a passphrase is being checked."""
        if not self.is_locked or self.screen.work.is_busy():
            return
        verify = self._verify
        self.screen.message.clear_message()
        self.screen.work.start(
            self.tr("Checking the passphrase…"),
            lambda: verify(passphrase),
            self._checked,
            self._not_checked,
        )

    def _checked(self, opens: bool) -> None:
        if not opens:
            self.screen.show_wrong_passphrase()
            self.unlockFailed.emit()
            return
        self._unlock()

    def _not_checked(self, error: Exception) -> None:
        from desktop.ui.widgets.errors import describe_error

        self.screen.show_error(describe_error(error, self._lang))
        self.unlockFailed.emit()

    def _unlock(self) -> None:
        if not self.is_locked:
            return
        self.window.takeCentralWidget()  # the lock screen, kept for the next lock
        self.window.setCentralWidget(self._hidden)
        self._hidden.show()
        self._hidden = None
        self.window.menuBar().setVisible(self._menu_was_visible)
        self.window.setWindowTitle(self._title)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.dialogs.show_all()
        self.unlocked.emit()

    def lock_after_inactivity(self) -> None:
        """The delay without input has passed."""
        self.lock(LockReason.INACTIVITY)

    def lock_for_sleep(self) -> None:
        """The system goes to sleep or its screen locks."""
        self.lock(LockReason.SLEEP)


def install_inactivity_lock(
    window: QMainWindow,
    verify: Verify,
    *,
    minutes: float,
    workspace_name: str = "",
    lang: str,
    lock: InactivityLock | None = None,
    watch_sleep: bool = True,
) -> LockController:
    """Lock ``window`` after ``minutes`` without input and when the system sleeps.

    ``verify(passphrase)`` says whether a passphrase opens the workspace (e.g.
    :func:`desktop.storage.maintenance.passphrase_opens`). Returns the controller; its
    ``inactivity`` attribute is the :class:`InactivityLock` (tests pass one with a fake clock).
    """
    controller = LockController(window, verify, workspace_name, lang)
    inactivity = lock or InactivityLock(minutes, controller)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(inactivity)
    inactivity.lockRequested.connect(controller.lock_after_inactivity)
    controller.unlocked.connect(inactivity.reset)
    controller.inactivity = inactivity
    if watch_sleep:
        controller.sleep_watcher = SleepWatcher(controller)
        controller.sleep_watcher.lockRequested.connect(controller.lock_for_sleep)
    return controller
