"""The sentences of a verification report, in the app's gettext catalogue.

A check (:mod:`desktop.storage.verify` and the ledgers it feeds) builds each problem and note as
a :class:`~desktop.core.messages.Message` of :data:`TEXTS`, rendered only when shown: ``emptychair
verify`` in the terminal's language, the background check and a restore in the window's. Event
numbers, dates and times, event kinds and milestones are filled in as written (identifiers a
reader compares with the log and the anchor file), counts in the reader's way.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.catalogue import N_, NP_, Text, texts
from desktop.core.messages import Message, Value

TEXTS: dict[str, Text] = texts(
    # The report as a whole
    N_("verify.report", "{path}: {report}."),
    N_("verify.then", "{first}; {then}"),
    NP_(
        "verify.sound",
        "the file is sound and the audit log's {count} event holds",
        "the file is sound and the audit log's {count} events hold",
    ),
    NP_(
        "verify.sound_since",
        "the audit log holds; the {count} event since event {since}, verified before, was "
        "checked (--full checks everything)",
        "the audit log holds; the {count} events since event {since}, verified before, were "
        "checked (--full checks everything)",
    ),
    NP_(
        "verify.with_seals",
        "{report}, matching the seal given",
        "{report}, matching the seals given",
    ),
    N_("verify.damaged", "the file is damaged ({problem})"),
    N_("verify.chain_broken", "the audit log is broken at {where}"),
    # The hash chain (audit.py)
    N_("verify.chain_at", "event {seq} ({kind}): {problem}"),
    N_("verify.chain_missing", "expected event {seq} here: events are missing"),
    N_("verify.chain_unfollowed", "does not follow the previous event (removed or changed)"),
    N_("verify.chain_changed", "its content was changed after it was written"),
    # The log itself and the workspace's identity (verify.py)
    N_("verify.event_unreadable", "event {seq} cannot be read"),
    N_(
        "verify.triggers_missing",
        "the triggers that keep the audit log append-only are missing or were changed "
        "({triggers}): someone disabled them to change the log",
    ),
    N_("verify.log_empty", "the audit log is empty: every workspace records its creation"),
    N_("verify.identity_missing", "the workspace's id is missing or was changed"),
    N_(
        "verify.identity_changed",
        "the workspace's id differs from the one event {seq} recorded: it was changed outside "
        "Empty Chair",
    ),
    N_(
        "verify.identity_replaced",
        "another workspace was anchored at this file's place (last on {day}, event {seq}), and "
        "this file has no anchor of its own: the file was replaced, or its history was "
        "rewritten under a new id",
    ),
    # Anchors and paper seals (anchor_check.py)
    N_(
        "verify.written_after_closing",
        "event {seq} ({kind}) was written after Empty Chair closed the workspace at event "
        "{closed}, and not by Empty Chair opening it again",
    ),
    N_(
        "verify.restore_mismatch",
        "event {seq} does not match the anchor the restore of {day} started from: the log was "
        "rewritten at or before it",
    ),
    N_(
        "verify.anchor_mismatch",
        "event {seq} differs from the anchor taken on {day} ({milestone}): the log was "
        "rewritten at or before event {seq}",
    ),
    NP_(
        "verify.anchors_mismatch",
        "event {seq} differs from the anchor taken on {day} ({milestone}): the log was "
        "rewritten at or before event {seq} ({count} later anchor differs too)",
        "event {seq} differs from the anchor taken on {day} ({milestone}): the log was "
        "rewritten at or before event {seq} ({count} later anchors differ too)",
    ),
    N_(
        "verify.log_shorter_than_anchor",
        "the audit log ends at event {last}, but an anchor was taken at event {seq} on {day} "
        "({milestone}): {why}",
    ),
    N_(
        "verify.anchor_event_missing",
        "that anchor's own event is missing: deleted, or Empty Chair was stopped while writing "
        "it (opening the workspace writes it again)",
    ),
    N_("verify.events_removed_after", "events after event {seq} were removed"),
    N_(
        "verify.backup_mismatch",
        "event {seq} differs from every anchor taken at that event: the backup's log was "
        "rewritten, or it is not a copy of this workspace",
    ),
    NP_(
        "verify.anchors_deleted",
        "{count} anchor recorded in the log (event {seqs}) is no longer in this computer's "
        "anchor folder: anchors were deleted",
        "{count} anchors recorded in the log (events {seqs}) are no longer in this computer's "
        "anchor folder: anchors were deleted",
    ),
    NP_(
        "verify.anchors_elsewhere",
        "{count} anchor recorded in the log (event {seqs}) is not in this computer's anchor "
        "folder: it was kept in another one (another computer or user account; copy its "
        "anchors here to check them) or deleted",
        "{count} anchors recorded in the log (events {seqs}) are not in this computer's anchor "
        "folder: they were kept in another one (another computer or user account; copy its "
        "anchors here to check them) or deleted",
    ),
    N_(
        "verify.log_shorter_than_seal",
        "the audit log ends at event {last}, before event {seq} of the seal: events were removed",
    ),
    N_(
        "verify.seal_mismatch",
        "event {seq} does not match the seal {seal}: the log was rewritten at or before event "
        "{seq}",
    ),
    N_("verify.anchors_unchecked", "anchors were not checked: no configuration folder is used"),
    N_("verify.no_anchor", "no anchor of this workspace is kept on this computer"),
    NP_(
        "verify.anchor_lines_damaged",
        "line {lines} of the anchor file cannot be read (cut or edited)",
        "lines {lines} of the anchor file cannot be read (cut or edited)",
    ),
    NP_(
        "verify.restored",
        "restored from a backup on {day}: {count} anchor after event {seq} belongs to the "
        "history it replaced",
        "restored from a backup on {day}: {count} anchors after event {seq} belong to the "
        "history it replaced",
    ),
    N_("verify.anchored_up_to", "anchored up to event {seq} ({day})"),
    # The data rows (row_digest.py)
    N_(
        "verify.row_changed",
        "{row} no longer matches event {seq} that recorded it: it was changed in its table",
    ),
    N_(
        "verify.row_unrecorded",
        "{row} is in its table but no event of the audit log records it: it was added outside "
        "Empty Chair",
    ),
    N_(
        "verify.row_missing",
        "{row} recorded by event {seq} is missing from its table: it was deleted outside "
        "Empty Chair",
    ),
    NP_("verify.more", "and {count} more like it", "and {count} more like these"),
    N_("verify.row.shared_items", "the shared item {id}"),
    N_("verify.row.withheld_items", "the withheld item {id}"),
    N_("verify.row.decisions", "the decision {id}"),
    N_("verify.row.actions", "the action {id}"),
    N_("verify.row.consents", "the consent record {id}"),
    N_("verify.row.deliberations", "the deliberation conclusion {id}"),
    N_("verify.row.other", "the row {id} of {table}"),
    N_("verify.row.unknown", "a row"),
    # A seal typed on the command line (emptychair verify --anchor)
    N_("verify.seal_form", "a seal is written SEQ:HASH, e.g. 1234:9f3a1c2b7d8e0a4f"),
    N_("verify.seal_digits", "the hash of a seal has at least {digits} hex digits"),
)


def report_text(key: str, **values: Value) -> Message:
    """A sentence of :data:`TEXTS`, rendered later in the reader's language."""
    return Message.about(TEXTS[key], **values)


def row_named(table: str, row_id: str) -> Message:
    """A data row as a report names it: *the decision d-12* (a table without a name of its own
    is named by the table; a row of no known table, by nothing)."""
    text = TEXTS.get(f"verify.row.{table}")
    if not table:  # not found again in the log
        return report_text("verify.row.unknown")
    if text is None:
        return report_text("verify.row.other", id=row_id, table=table)
    return Message.about(text, id=row_id)


def one_after_another(sentences: Sequence[Message]) -> Message:
    """Several sentences as one, each after the one before (``a; b; c`` in English; French
    puts a space before the semicolon). Needs at least one."""
    joined = sentences[-1]
    for sentence in reversed(sentences[:-1]):
        joined = report_text("verify.then", first=sentence, then=joined)
    return joined
