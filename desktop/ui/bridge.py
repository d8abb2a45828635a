"""The one place where the core session's plain callbacks become Qt signals.

The console and the shared screen connect to a :class:`SessionBridge`; neither subscribes to the
session directly. Signals carry the core's own event objects.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.core import events
from desktop.core.session import MeetingSession


class SessionBridge(QObject):
    """Re-emits a :class:`MeetingSession`'s events as Qt signals.

    Signals:
        meetingOpened(MeetingOpened), meetingClosed(MeetingClosed),
        attendanceChanged(AttendanceChanged), participationChanged(ParticipationChanged),
        meetingDetailsChanged(MeetingDetailsChanged), agendaAdvanced(AgendaAdvanced),
        draftOpened(DraftOpened), gateEvaluated(GateEvaluated),
        draftClosed(DraftClosed), itemShared(ItemShared), itemWithheld(ItemWithheld),
        decisionAdded(DecisionAdded), actionAdded(ActionAdded), itemCorrected(ItemCorrected),
        itemWithdrawn(ItemWithdrawn), decisionChanged(DecisionChanged),
        decisionDeleted(DecisionDeleted), actionChanged(ActionChanged),
        actionDeleted(ActionDeleted), wordingDisplayChanged(WordingDisplayChanged),
        knownWishesDisplayChanged(KnownWishesDisplayChanged),
        deliberationStarted(DeliberationStarted),
        deliberationStepChanged(DeliberationStepChanged),
        deliberationConcluded(DeliberationConcluded),
        deliberationAbandoned(DeliberationAbandoned): one per event type.
        changed(object): after any event, with the event, for views that simply redraw.
    """

    meetingOpened = Signal(object)
    meetingClosed = Signal(object)
    attendanceChanged = Signal(object)
    participationChanged = Signal(object)
    meetingDetailsChanged = Signal(object)
    agendaAdvanced = Signal(object)
    draftOpened = Signal(object)
    gateEvaluated = Signal(object)
    draftClosed = Signal(object)
    itemShared = Signal(object)
    itemWithheld = Signal(object)
    decisionAdded = Signal(object)
    actionAdded = Signal(object)
    itemCorrected = Signal(object)
    itemWithdrawn = Signal(object)
    decisionChanged = Signal(object)
    decisionDeleted = Signal(object)
    actionChanged = Signal(object)
    actionDeleted = Signal(object)
    wordingDisplayChanged = Signal(object)
    knownWishesDisplayChanged = Signal(object)
    deliberationStarted = Signal(object)
    deliberationStepChanged = Signal(object)
    deliberationConcluded = Signal(object)
    deliberationAbandoned = Signal(object)
    changed = Signal(object)

    def __init__(self, session: MeetingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._unsubscribe: Callable[[], None] | None = session.subscribe(self._on_event)

    def _on_event(self, event: events.SessionEvent) -> None:
        name = type(event).__name__
        getattr(self, name[0].lower() + name[1:]).emit(event)
        self.changed.emit(event)

    def detach(self) -> None:
        """Stop following the session (the meeting view is being closed)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
