"""The session recorder: writes what a meeting session decides, one transaction per event.

It is a session listener. The session calls listeners synchronously, so when a session action
returns, its event is committed to disk (WAL, ``synchronous=FULL``): a killed process loses
nothing that was confirmed. Drafts are never written: :class:`DraftOpened` leaves only a
content-free "gate opened" audit event (with the time the gate opened), :class:`GateEvaluated`
nothing. That event confirms nothing the team decided, so it is written in the next transaction
the meeting makes, in front of that transaction's own event: the decision's, in one commit and
one flush. A gate closed without a decision (:class:`DraftClosed` with nothing decided) writes
it alone, without waiting for the disk. Only a process stopped while a gate is open loses it,
and with it nothing decided. Likewise what sets the room up (the meeting opened, an arrival, a
departure, the next agenda item) is committed without waiting for the disk: the user waits for
one flush per decided item, and for the meeting's close.
A deliberation's notes never reach the recorder; its events leave content-free audit events, and
only a concluded deliberation gets a row (its question and conclusion).

A correction made before the meeting closes (a wording corrected, a shared item withdrawn, a
decision or action edited or deleted) overwrites or deletes its row: ``secure_delete`` zeroes
what it held, and ``erased()`` is called once the transaction commits, so that the workspace
empties its WAL of the frames that still held the earlier text.

Each event carries what its rows need (the meeting, the invitees, who stepped out, the verdicts):
the recorder never reads the session back. An event that records a row carries the row's digest
(:mod:`desktop.storage.row_digest`); a text that cannot be saved is refused before anything is
written, with a :class:`SessionError` that names the field.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop.core import events as ev
from desktop.core.broken_text import field_name, find_broken_text
from desktop.core.entities import Decision
from desktop.core.gate import GateResult
from desktop.core.session import MeetingSession, SessionError
from desktop.storage import codec
from desktop.storage.audit import append_event
from desktop.storage.errors import InvalidText, problem
from desktop.storage.row_digest import stored_digest

Transaction = Callable[..., contextlib.AbstractContextManager[Any]]
Milestone = Callable[[str], object]
Erased = Callable[[], object]

#: Events that set the room up and decide nothing: the meeting opened, someone arrived or left,
#: the next agenda item. They are committed without waiting for the disk and reach it with the
#: next commit that waits (a decision's, the meeting's close): a killed process loses none of
#: them (the operating system has them), and the decision that follows never reaches the disk
#: without them. Only a power cut before that commit could lose one, and with it nothing decided.
_SETTING_UP = (ev.MeetingOpened, ev.AttendanceChanged, ev.AgendaAdvanced)

#: Events that overwrite or delete content already written.
_ERASING = (
    ev.ItemCorrected,
    ev.ItemWithdrawn,
    ev.DecisionChanged,
    ev.DecisionDeleted,
    ev.ActionChanged,
    ev.ActionDeleted,
)


def utc_now() -> dt.datetime:
    """Now, in UTC, to the microsecond: the audit log's clock."""
    return dt.datetime.now(dt.UTC)


def check_text(table: str, row: codec.Row) -> None:
    """Refuse a row holding a text that cannot be saved, naming its field (:class:`InvalidText`)."""
    field = find_broken_text(row)
    if field is not None:
        raise InvalidText(
            problem("storage.broken_text", field=field_name(field), table=table), field
        )


def upsert(conn: Any, table: str, row: codec.Row) -> None:
    """Insert ``row`` or update the row with its id (never REPLACE, which would cascade)."""
    check_text(table, row)
    columns = list(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        [row[c] for c in columns],
    )


def insert(conn: Any, table: str, row: codec.Row) -> None:
    """Insert ``row``; a duplicate id is a bug and raises."""
    check_text(table, row)
    columns = list(row)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [row[c] for c in columns],
    )


def verdict_statuses(result: GateResult | None) -> dict[str, str]:
    """``{condition: status}`` of a gate result: what the audit log keeps of the verdicts."""
    if result is None:
        return {}
    return {c: v.status.value for c, v in result.verdicts.items()}


class SessionRecorder:
    """Persists the events of one :class:`MeetingSession`; subscribe it with :meth:`attach`.

    ``milestone(name)`` is called once a closed meeting is committed (the workspace anchors its
    audit chain there); ``erased()`` once a correction that overwrote or deleted content is
    committed (the workspace clears the traces the WAL keeps). Neither may raise.
    """

    def __init__(
        self,
        transaction: Transaction,
        session: MeetingSession,
        milestone: Milestone | None = None,
        erased: Erased | None = None,
    ) -> None:
        """``transaction(durable=…)`` opens one transaction of the workspace (``durable=False``:
        committed without waiting for the disk)."""
        self._transaction = transaction
        self._milestone = milestone
        self._erased = erased
        self._session = session
        self._meeting_id = session.meeting.id
        self._gate_opened_at: dt.datetime | None = None  # a "gate opened" not yet written
        self._handlers: dict[type, Callable[[Any, Any], None]] = {
            ev.MeetingOpened: self._meeting_changed,
            ev.MeetingClosed: self._meeting_closed,
            ev.AttendanceChanged: self._attendance,
            ev.ParticipationChanged: self._participation,
            ev.MeetingDetailsChanged: self._details,
            ev.AgendaAdvanced: self._agenda,
            ev.DraftClosed: self._gate_closed,
            ev.ItemShared: self._shared,
            ev.ItemWithheld: self._withheld,
            ev.DecisionAdded: self._decision,
            ev.ActionAdded: self._action,
            ev.ItemCorrected: self._corrected,
            ev.ItemWithdrawn: self._withdrawn,
            ev.DecisionChanged: self._decision_changed,
            ev.DecisionDeleted: self._decision_deleted,
            ev.ActionChanged: self._action_changed,
            ev.ActionDeleted: self._action_deleted,
            ev.WordingDisplayChanged: self._wording_display,
            ev.DeliberationStarted: self._deliberation_started,
            ev.DeliberationStepChanged: self._deliberation_step,
            ev.DeliberationConcluded: self._deliberation_concluded,
            ev.UndertakingGiven: self._undertaking,
            ev.DeliberationAbandoned: self._deliberation_abandoned,
        }

    def attach(self) -> Callable[[], None]:
        """Subscribe to the session; returns the function that unsubscribes."""
        return self._session.subscribe(self)

    def __call__(self, event: ev.SessionEvent) -> None:
        """Write ``event`` in its own transaction; events with nothing to keep are skipped."""
        if isinstance(event, ev.DraftOpened):  # written in front of the next transaction
            self._gate_opened_at = utc_now()
            return
        handler = self._handlers.get(type(event))
        if handler is None:
            return
        if isinstance(event, ev.DraftClosed) and self._gate_opened_at is None:
            return  # closed by a decision, which wrote the gate's opening
        # A gate's verdicts are kept as statuses and refusal ids only: their texts are not saved.
        broken = find_broken_text(event, skip=(GateResult,))
        if broken is not None:  # the session undoes the action: nothing is half-saved
            raise SessionError("session.broken_text", field=field_name(broken))
        # Closed undecided: only the content-free opening to write, no need to wait for the disk.
        durable = not isinstance(event, (ev.DraftClosed, *_SETTING_UP))
        with self._transaction(durable=durable) as conn:
            if self._gate_opened_at is not None:
                append_event(
                    conn, "gate_opened", {"meeting_id": self._meeting_id}, self._gate_opened_at
                )
            handler(conn, event)
        self._gate_opened_at = None  # only once committed: a refused write keeps it for the next
        if isinstance(event, ev.MeetingClosed) and self._milestone is not None:
            self._milestone("meeting_closed")
        if isinstance(event, _ERASING) and self._erased is not None:
            self._erased()

    def _audit(self, conn: Any, kind: str, **details: Any) -> None:
        append_event(conn, kind, {"meeting_id": self._meeting_id, **details}, utc_now())

    def _meeting_changed(self, conn: Any, event: ev.MeetingOpened) -> None:
        meeting = event.meeting
        upsert(conn, "meetings", codec.meeting_row(meeting))
        self._audit(
            conn,
            "meeting_opened",
            participation=meeting.participation.value,
            informed_beforehand=meeting.informed_beforehand,
            invitees=list(meeting.invitees),
        )

    def _meeting_closed(self, conn: Any, event: ev.MeetingClosed) -> None:
        upsert(conn, "meetings", codec.meeting_row(event.meeting))
        self._audit(
            conn,
            "meeting_closed",
            discarded_draft=event.discarded_draft,
            shared=event.shared,
            withheld=event.withheld,
        )

    def _attendance(self, conn: Any, event: ev.AttendanceChanged) -> None:
        conn.execute(
            "INSERT INTO attendance_changes (meeting_id, professional_id, presence, at) "
            "VALUES (?, ?, ?, ?)",
            (self._meeting_id, event.professional_id, event.presence.value, event.at.isoformat()),
        )
        if event.invitees:  # a walk-in joins the invitees
            conn.execute(
                "UPDATE meetings SET invitees = ? WHERE id = ?",
                (codec.ids_json(event.invitees), self._meeting_id),
            )
        self._audit(
            conn,
            "attendance_changed",
            professional_id=event.professional_id,
            presence=event.presence.value,
        )

    def _participation(self, conn: Any, event: ev.ParticipationChanged) -> None:
        if event.meeting is not None:  # every person's participation, as it now stands
            conn.execute(
                "UPDATE meetings SET participation = ?, advocate = ?, persons = ? WHERE id = ?",
                (
                    event.meeting.participation.value,
                    event.meeting.advocate,
                    codec.persons_json(event.meeting),
                    self._meeting_id,
                ),
            )
        else:
            conn.execute(
                "UPDATE meetings SET participation = ?, advocate = ? WHERE id = ?",
                (event.participation.value, event.advocate, self._meeting_id),
            )
        details: dict[str, Any] = {"participation": event.participation.value}
        if event.meeting is not None and event.meeting.is_family:
            # Which of the family: their place in the meeting's list (no id, no name).
            details["person"] = event.meeting.person_ids.index(event.person_id) + 1
        self._audit(conn, "participation_changed", **details)

    def _details(self, conn: Any, event: ev.MeetingDetailsChanged) -> None:
        upsert(conn, "meetings", codec.meeting_row(event.meeting))
        meeting = event.meeting
        self._audit(
            conn,
            "meeting_details_changed",
            legal_basis_id=meeting.legal_basis_id,
            informed_beforehand=meeting.informed_beforehand,
            holders_informed=meeting.prior_information.holders_informed,
            person_not_of_age=meeting.prior_information.person_not_of_age,
            contrary_reason_recorded=bool(meeting.prior_information.contrary_reason),
        )

    def _agenda(self, conn: Any, event: ev.AgendaAdvanced) -> None:
        conn.execute(
            "UPDATE meetings SET agenda_index = ?, agenda_started_at = ? WHERE id = ?",
            (event.index, event.at.isoformat(), self._meeting_id),
        )
        self._audit(conn, "agenda_advanced", index=event.index)

    def _gate_closed(self, conn: Any, event: ev.DraftClosed) -> None:
        """Closed without a decision: nothing of its own, the gate's opening is written in
        front of it (:meth:`__call__`)."""

    def _stepped_out(self, conn: Any, item_id: str, ids: tuple[str, ...]) -> list[str]:
        """Who was out of the room for the item just decided (they come back right after)."""
        for professional_id in ids:
            conn.execute(
                "INSERT OR IGNORE INTO stepped_out (meeting_id, professional_id, item_id) "
                "VALUES (?, ?, ?)",
                (self._meeting_id, professional_id, item_id),
            )
        return list(ids)

    def _shared(self, conn: Any, event: ev.ItemShared) -> None:
        item = event.item
        insert(conn, "shared_items", codec.shared_row(item))
        stepped_out = self._stepped_out(conn, item.id, item.stepped_out)
        self._audit(
            conn,
            "gate_outcome",
            item_id=item.id,
            row_digest=stored_digest(conn, "shared_items", item.id),
            outcome="shared",
            category_id=item.category_id,
            discloser_id=item.discloser_id,
            with_whom=list(item.with_whom),
            stepped_out=stepped_out,
            verdicts=verdict_statuses(event.result),
            exception_id=item.exception_id,
            purpose_id=item.purpose_id,
        )
        if item.exception_id:
            # Against a recorded refusal, the audit log names the refusals (ids) overridden.
            refusals = event.result.refusal_ids
            self._audit(
                conn,
                "exception_used",
                item_id=item.id,
                exception_id=item.exception_id,
                over_refusal=bool(refusals),
                refusal_ids=list(refusals),
            )

    def _withheld(self, conn: Any, event: ev.ItemWithheld) -> None:
        item = event.item
        insert(conn, "withheld_items", codec.withheld_row(item))
        stepped_out = self._stepped_out(conn, item.id, event.stepped_out)
        self._audit(
            conn,
            "gate_outcome",
            item_id=item.id,
            row_digest=stored_digest(conn, "withheld_items", item.id),
            outcome=item.outcome.value,
            category_id=item.category_id,
            proposed_by=item.proposed_by,
            failed_conditions=list(item.failed_conditions),
            chose_not_to_share=item.chose_not_to_share,
            reason_id=item.reason_id,
            stepped_out=stepped_out,
            verdicts=verdict_statuses(event.result),
        )

    def _decision(self, conn: Any, event: ev.DecisionAdded) -> None:
        self._insert_decision(conn, event.decision)

    def _insert_decision(self, conn: Any, decision: Decision) -> None:
        insert(conn, "decisions", codec.decision_row(decision))
        self._audit(
            conn,
            "decision_added",
            decision_id=decision.id,
            row_digest=stored_digest(conn, "decisions", decision.id),
            item_ids=list(decision.item_ids),
        )

    def _action(self, conn: Any, event: ev.ActionAdded) -> None:
        action = event.action
        insert(conn, "actions", codec.action_row(action))
        self._audit(
            conn,
            "action_added",
            action_id=action.id,
            row_digest=stored_digest(conn, "actions", action.id),
            who=action.who,
            item_ids=list(action.item_ids),
            postponed_item_id=action.postponed_item_id,
        )

    # --- Corrections before the meeting closes: ids and digests, never the text ------------------

    def _update(self, conn: Any, table: str, row: codec.Row) -> None:
        """Overwrite a row the meeting wrote; one that is not there is a bug and raises."""
        check_text(table, row)
        columns = [c for c in row if c != "id"]
        cursor = conn.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*(row[c] for c in columns), row["id"]],
        )
        if cursor.rowcount != 1:
            raise LookupError(f"{table} has no row {row['id']}")

    def _corrected(self, conn: Any, event: ev.ItemCorrected) -> None:
        item = event.item
        self._update(conn, "shared_items", codec.shared_row(item))
        self._audit(
            conn,
            "item_corrected",
            item_id=item.id,
            row_digest=stored_digest(conn, "shared_items", item.id),
            field="wording",
            by=event.by,
        )

    def _withdrawn(self, conn: Any, event: ev.ItemWithdrawn) -> None:
        item = event.item
        cursor = conn.execute("DELETE FROM shared_items WHERE id = ?", (item.id,))
        if cursor.rowcount != 1:
            raise LookupError(f"shared_items has no row {item.id}")
        insert(conn, "withheld_items", codec.withheld_row(item))
        self._audit(
            conn,
            "item_withdrawn",
            item_id=item.id,
            row_digest=stored_digest(conn, "withheld_items", item.id),
            category_id=item.category_id,
            by=event.by,
        )
        for decision in event.decisions:
            self._decision_changed(conn, ev.DecisionChanged(decision))
        for action in event.actions:
            self._action_changed(conn, ev.ActionChanged(action))

    def _decision_changed(self, conn: Any, event: ev.DecisionChanged) -> None:
        decision = event.decision
        self._update(conn, "decisions", codec.decision_row(decision))
        self._audit(
            conn,
            "decision_changed",
            decision_id=decision.id,
            row_digest=stored_digest(conn, "decisions", decision.id),
            item_ids=list(decision.item_ids),
        )

    def _decision_deleted(self, conn: Any, event: ev.DecisionDeleted) -> None:
        conn.execute("DELETE FROM decisions WHERE id = ?", (event.decision_id,))
        self._audit(conn, "decision_deleted", decision_id=event.decision_id)

    def _action_changed(self, conn: Any, event: ev.ActionChanged) -> None:
        action = event.action
        self._update(conn, "actions", codec.action_row(action))
        self._audit(
            conn,
            "action_changed",
            action_id=action.id,
            row_digest=stored_digest(conn, "actions", action.id),
            who=action.who,
            item_ids=list(action.item_ids),
        )

    def _action_deleted(self, conn: Any, event: ev.ActionDeleted) -> None:
        conn.execute("DELETE FROM actions WHERE id = ?", (event.action_id,))
        self._audit(conn, "action_deleted", action_id=event.action_id)

    def _wording_display(self, conn: Any, event: ev.WordingDisplayChanged) -> None:
        conn.execute(
            "UPDATE meetings SET show_wording = ? WHERE id = ?", (int(event.show), self._meeting_id)
        )
        self._audit(conn, "wording_display_changed", show=event.show)

    # --- Structured deliberation: content-free events; only the conclusion has a row -----------

    def _undertaking(self, conn: Any, event: ev.UndertakingGiven) -> None:
        for professional_id in event.professional_ids:
            conn.execute(
                "INSERT OR IGNORE INTO undertakings (meeting_id, professional_id, at) "
                "VALUES (?, ?, ?)",
                (self._meeting_id, professional_id, event.at.isoformat()),
            )
        self._audit(conn, "undertaking_given", professional_ids=list(event.professional_ids))

    def _deliberation_started(self, conn: Any, event: ev.DeliberationStarted) -> None:
        deliberation = event.deliberation
        self._audit(
            conn,
            "deliberation_started",
            deliberation_id=deliberation.id,
            method_id=deliberation.method.id,
            steps=deliberation.step_count,
        )

    def _deliberation_step(self, conn: Any, event: ev.DeliberationStepChanged) -> None:
        self._audit(
            conn, "deliberation_step", deliberation_id=event.deliberation_id, step=event.index
        )

    def _deliberation_concluded(self, conn: Any, event: ev.DeliberationConcluded) -> None:
        # A decision made from the conclusion is recorded with it, in the same transaction.
        if event.decision is not None:
            self._insert_decision(conn, event.decision)
        conclusion = event.conclusion
        insert(conn, "deliberations", codec.deliberation_row(conclusion))
        self._audit(
            conn,
            "deliberation_concluded",
            deliberation_id=conclusion.id,
            row_digest=stored_digest(conn, "deliberations", conclusion.id),
            method_id=conclusion.method_id,
            decision_id=conclusion.decision_id,
            steps_reached=event.steps_reached,
            notes_written=event.notes_written,
        )

    def _deliberation_abandoned(self, conn: Any, event: ev.DeliberationAbandoned) -> None:
        self._audit(
            conn,
            "deliberation_abandoned",
            deliberation_id=event.deliberation_id,
            steps_reached=event.steps_reached,
            notes_written=event.notes_written,
            at_close=event.at_close,
        )
