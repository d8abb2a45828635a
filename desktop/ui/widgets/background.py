"""The one way the UI runs slow work off the GUI thread: opening a workspace, re-keying,
purging, backing up, rendering minutes and the person's record.

:class:`BackgroundCall` is a thin runnable: it calls one plain function on a worker thread and
sends back what it returned, or the known error it raised (a storage error, or the kinds its
caller names), by signal; it never touches a widget. :class:`BackgroundRunner` runs such calls
for one owner on the owner's own thread pool and hands each outcome to a callback on the GUI
thread. :class:`BusyWork` builds on it for a dialog: one call at a time, and it shows meanwhile
that the dialog is working: its controls disabled, a busy bar with a sentence, the wait cursor.
The dialog's event loop keeps running, so the window repaints and stays responsive.

A workspace opened or changed on a worker is safe to use on the GUI thread afterwards: storage
opens its connections with ``check_same_thread=False`` and a :class:`Workspace` serialises every
use of its connection with a re-entrant lock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.ui.widgets.messages import make_plain


class _CallSignals(QObject):
    """done(object): what the call returned; failed(object): the known error it raised (a
    :class:`~desktop.storage.errors.WorkspaceError`, or one of the kinds the caller named);
    crashed(object): any other exception, a bug, raised again on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)


class BackgroundCall(QRunnable):
    """Calls ``call()`` on a worker thread and reports through :attr:`signals`.

    ``known`` names the exceptions that are outcomes, not bugs (storage errors by default).
    """

    def __init__(
        self, call: Callable[[], Any], known: tuple[type[BaseException], ...] = ()
    ) -> None:
        super().__init__()
        self._call = call
        self._known = known
        self.signals = _CallSignals()

    def run(self) -> None:
        """Qt: the work, off the GUI thread."""
        from desktop.storage.errors import WorkspaceError

        try:
            result = self._call()
        except (WorkspaceError, *self._known) as error:
            self.signals.failed.emit(error)
            return
        except Exception as error:  # a bug: shown by the GUI's error handler, not lost here
            self.signals.crashed.emit(error)
            return
        self.signals.done.emit(result)


class BusyIndicator(QWidget):
    """A busy bar and what is being done; hidden while idle (its room is kept, so nothing moves
    when it shows). The bar has no length until the work says how far it is
    (:meth:`set_progress`); work that can be stopped shows a Stop button (:attr:`stop_button`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.label = make_plain(QLabel())
        self.label.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setAutoDefault(False)  # Enter keeps pressing the dialog's own default
        self.stop_button.hide()
        self.setAccessibleName(self.tr("Working"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar)
        row.addWidget(self.label, 1)
        row.addWidget(self.stop_button)
        # Its room is kept while hidden: a dialog already on screen does not grow, so showing
        # the bar would squeeze the form above it.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def start(self, text: str) -> None:
        """Show the bar with ``text``."""
        self.bar.setRange(0, 0)
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.show()

    def set_progress(self, permille: int) -> None:
        """How far the work is, in thousandths (the bar gets a length and shows a percentage)."""
        if self.bar.maximum() != 1000:
            self.bar.setRange(0, 1000)
            self.bar.setTextVisible(True)
        self.bar.setValue(max(0, min(1000, permille)))

    def stop(self) -> None:
        """Hide the bar."""
        self.label.clear()
        self.bar.setTextVisible(False)
        self.stop_button.hide()
        self.hide()


Done = Callable[[Any], None]


def _ignore(_value: Any) -> None:
    """The outcome nobody asked for."""


class BackgroundRunner(QObject):
    """Runs calls off the GUI thread for its owner; each outcome comes back on the GUI thread.

    The runner's pool belongs to the owner (it is the runner's parent): destroying the owner
    waits for a running call, never leaving a thread behind. ``max_threads`` calls run at once;
    more wait their turn.
    """

    def __init__(self, owner: QObject, max_threads: int = 1) -> None:
        super().__init__(owner)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[BackgroundCall] = set()

    def is_busy(self) -> bool:
        """A call is running or waiting for its turn."""
        return bool(self._running)

    def start(
        self,
        call: Callable[[], Any],
        on_done: Done,
        on_failed: Done = _ignore,
        *,
        known: tuple[type[BaseException], ...] = (),
        on_crashed: Callable[[], None] | None = None,
    ) -> BackgroundCall:
        """Run ``call`` on a worker. Its result goes to ``on_done``, a known error (a storage
        error or one of ``known``) to ``on_failed``; any other exception is a bug: ``on_crashed``
        (to tidy up) runs, then the exception is raised again on the GUI thread."""
        job = BackgroundCall(call, known)
        job.setAutoDelete(False)  # kept until its outcome is handled (its signals live on it)

        def done(result: Any) -> None:
            self._running.discard(job)
            on_done(result)

        def failed(error: Any) -> None:
            self._running.discard(job)
            on_failed(error)

        def crashed(error: Any) -> None:
            self._running.discard(job)
            if on_crashed is not None:
                on_crashed()
            raise error

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        job.signals.crashed.connect(crashed)
        self._running.add(job)
        self.pool.start(job)
        return job

    def wait(self) -> None:
        """Block until every call has ended (for closing; outcomes are still delivered)."""
        self.pool.waitForDone()


def permille(done: int, total: int) -> int:
    """``done`` of ``total`` in thousandths (0 when there is no total)."""
    return int(1000 * min(done, total) / total) if total > 0 else 0


class BusyWork(QObject):
    """Runs one call at a time off the GUI thread for ``owner`` (a dialog or a screen).

    While a call runs, ``controls`` are disabled, ``indicator`` shows the sentence given to
    :meth:`start` and ``owner`` shows the wait cursor. When it ends, the controls come back,
    then ``on_done(result)`` or ``on_failed(error)`` runs on the GUI thread. The call may say
    how far it is with :meth:`report` (from its thread); started with a ``cancel`` event, the
    indicator's Stop button sets it (the call stops when it next looks).

    Signals: ``finished()`` once a call's outcome was handled and no next call was started
    from it; ``progressed(int)`` how far the call is, in thousandths (queued to the GUI
    thread).
    """

    finished = Signal()
    progressed = Signal(int)

    def __init__(
        self, owner: QWidget, controls: Sequence[QWidget], indicator: BusyIndicator
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.controls = list(controls)
        self.indicator = indicator
        self.runner = BackgroundRunner(self)
        self._job: BackgroundCall | None = None
        self._on_done: Done = _ignore
        self._on_failed: Done = _ignore
        self._enabled: list[bool] = []
        self._defaults: list[QPushButton] = []
        self._close: Callable[[], None] | None = None
        self._cancel: Any = None
        self.progressed.connect(indicator.set_progress)
        indicator.stop_button.clicked.connect(self.cancel)

    def is_busy(self) -> bool:
        """A call is running."""
        return self._job is not None

    def report(self, done: int, total: int) -> None:
        """How far the running call is (callable from its thread)."""
        self.progressed.emit(permille(done, total))

    def cancel(self) -> None:
        """Ask the running call to stop (when it was started with a ``cancel`` event)."""
        if self._cancel is not None:
            self._cancel.set()
            self.indicator.stop_button.setEnabled(False)

    def start(
        self,
        text: str,
        call: Callable[[], Any],
        on_done: Done,
        on_failed: Done = _ignore,
        *,
        cancel: Any = None,
    ) -> BackgroundCall:
        """Run ``call`` on a worker, showing ``text``; the outcome goes to ``on_done`` or
        ``on_failed`` (a known storage error). ``cancel`` (a :class:`threading.Event` the call
        watches) offers a Stop button that sets it."""
        if self._job is not None:
            raise RuntimeError("BusyWork runs one call at a time")
        self._cancel = cancel
        self._on_done, self._on_failed = on_done, on_failed
        # Disabling the controls moves the focus through the buttons, and a dialog's default
        # button loses that role on the way: Enter would no longer submit once work is over.
        self._defaults = [b for b in self.owner.findChildren(QPushButton) if b.isDefault()]
        self._enabled = [control.isEnabled() for control in self.controls]
        for control in self.controls:
            control.setEnabled(False)
        self.indicator.start(text)
        if cancel is not None:
            self.indicator.stop_button.setEnabled(True)
            self.indicator.stop_button.show()
        # Imported here: PySide6's Qt namespace costs ~40 ms the first time, and the unlock
        # dialog (the first window) must not pay it before it shows.
        from PySide6.QtCore import Qt

        self.owner.setCursor(Qt.CursorShape.BusyCursor)
        self._job = self.runner.start(call, self._done, self._failed, on_crashed=self._crashed)
        return self._job

    def close_when_done(self, close: Callable[[], None]) -> bool:
        """While a call runs, remember to ``close()`` the owner once its outcome is handled
        (when the owner is still visible) and return True; when idle, return False."""
        if self._job is None:
            return False
        self._close = close
        return True

    def wait(self) -> None:
        """Block until the running call ends (for closing; its outcome is still delivered)."""
        self.runner.wait()

    def _idle(self) -> None:
        self._job = None
        self._cancel = None
        for control, enabled in zip(self.controls, self._enabled, strict=True):
            control.setEnabled(enabled)
        for button in self._defaults:
            button.setDefault(True)
        self.indicator.stop()
        self.owner.unsetCursor()

    def _done(self, result: Any) -> None:
        self._idle()
        self._on_done(result)
        self._finish()

    def _failed(self, error: Any) -> None:
        self._idle()
        self._on_failed(error)
        self._finish()

    def _finish(self) -> None:
        if self._job is not None:  # the outcome started a next step: not finished yet
            return
        close, self._close = self._close, None
        if close is not None and self.owner.isVisible():
            close()
        self.finished.emit()

    def _crashed(self) -> None:
        self._idle()
        self._close = None
        self.finished.emit()
