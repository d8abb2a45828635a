"""Verified checkpoints: how far the audit log was checked, so that routine checks go on from there.

A full verification reads every event of the log (about 70 a meeting: two million after ten
busy years). Once it found nothing wrong, a :class:`Checkpoint` records the last event it
verified (``seq`` and ``hash``) and what the checks following the log knew at that point: how far
the anchor file was read, whether the workspace was closed, the largest row ids of the digested
tables. The routine checks — when the workspace opens, and in every backup — then verify only
what came after: the event at the checkpoint must still have its hash, and from there on the
chain, the anchors, the row digests and the rows added since are checked as a full verification
would. ``emptychair verify`` still walks everything (``--quick`` runs the routine check).

Checkpoints live beside the anchors, in the user's configuration folder
(``anchors/<workspace id>.verified``), not in the workspace file: someone who rewrites the file
with the passphrase could rewrite a checkpoint kept inside it too, and a routine check would then
start from a history they chose. Outside the file a checkpoint is as hard to forge as the
anchors it sits with. What a routine check cannot see is a change made *before* the checkpoint
to an event or a row recorded before it without touching the event at the checkpoint itself
(the append-only triggers, which every check looks for, refuse such changes to events; nothing
guards the data rows); the full verification sees it. A restore writes no checkpoint and
removes the one there was.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.storage.anchors import FOLDER, valid_workspace_id
from desktop.storage.private_files import make_private_folder, replace_private_file

FORMAT = 1


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The log verified up to event ``seq`` (whose hash is ``hash``), and what the checks knew
    there. ``anchor_offset`` and ``anchor_line`` say where the anchor file's next unread entry
    starts; ``confirmed`` is the newest anchor the log matched (seq, hash, time, milestone)."""

    seq: int
    hash: str
    at: str
    anchor_offset: int = 0
    anchor_line: int = 1
    closed_at: int | None = None  # the workspace was closed at this event (and not reopened)
    identity_seq: int | None = None  # the event that recorded the workspace's id
    identity: str = ""
    rowids: dict[str, int] = field(default_factory=dict)  # table -> largest rowid verified
    confirmed: tuple[int, str, str, str] | None = None
    declared_anchors: int = 0  # anchor events in the log up to ``seq``

    def to_json(self) -> str:
        """The checkpoint as the file keeps it."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "seq": self.seq,
            "hash": self.hash,
            "at": self.at,
            "anchor_offset": self.anchor_offset,
            "anchor_line": self.anchor_line,
            "closed_at": self.closed_at,
            "identity_seq": self.identity_seq,
            "identity": self.identity,
            "rowids": self.rowids,
            "confirmed": list(self.confirmed) if self.confirmed else None,
            "declared_anchors": self.declared_anchors,
        }
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Checkpoint | None:
        """A checkpoint from its file's text; ``None`` for anything unreadable."""
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                return None
            confirmed = data.get("confirmed")
            return cls(
                seq=int(data["seq"]),
                hash=str(data["hash"]),
                at=str(data["at"]),
                anchor_offset=int(data["anchor_offset"]),
                anchor_line=int(data["anchor_line"]),
                closed_at=None if data.get("closed_at") is None else int(data["closed_at"]),
                identity_seq=(
                    None if data.get("identity_seq") is None else int(data["identity_seq"])
                ),
                identity=str(data.get("identity", "")),
                rowids={str(k): int(v) for k, v in dict(data.get("rowids", {})).items()},
                confirmed=(
                    (int(confirmed[0]), str(confirmed[1]), str(confirmed[2]), str(confirmed[3]))
                    if confirmed
                    else None
                ),
                declared_anchors=int(data.get("declared_anchors", 0)),
            )
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None


class CheckpointStore:
    """The verified checkpoint of one workspace in one configuration folder."""

    def __init__(self, config_folder: Path, workspace_id: str) -> None:
        """The checkpoint of ``workspace_id`` under ``config_folder``; the id must be valid."""
        if not valid_workspace_id(workspace_id):
            raise ValueError(f"not a workspace id: {workspace_id!r}")
        self.folder = Path(config_folder) / FOLDER
        self.path = self.folder / f"{workspace_id}.verified"

    def load(self) -> Checkpoint | None:
        """The checkpoint, if there is a readable one."""
        try:
            return Checkpoint.from_json(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return None

    def save(self, checkpoint: Checkpoint) -> None:
        """Keep ``checkpoint`` in place of the previous one (whole or not at all)."""
        make_private_folder(self.folder)
        replace_private_file(self.path, checkpoint.to_json() + "\n")

    def discard(self) -> None:
        """Forget the checkpoint (the next check is a full one)."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
