"""Anchors: the audit chain's head, written down outside the workspace file at each milestone.

The hash chain proves that no event was changed *relative to the others*; someone holding the
passphrase can still rewrite the log and chain it again, or cut its end. An anchor — the sequence
number and hash of an event, with the time — kept in the user's configuration folder (and
printed at the foot of the minutes) is what such a rewrite cannot match.

An anchor is itself an event: at a milestone (created, opened, meeting closed, export, backup,
purge, erasure, closed) the workspace appends an ``anchor`` event saying which anchor folder
keeps it, and that event's own hash is the anchor. So the log records every anchor made, and
deleting anchors from the folder shows too. The line is written to the folder *before* the
event commits: if the app is stopped in between, the folder holds exactly the event the log lacks,
and the next opening writes it again, identical (:meth:`Anchor.event_details`).

Anchors of a workspace live in ``<config>/anchors/<workspace id>.jsonl``, one JSON object a line;
they hold numbers, hashes and times, never content. A restore from a backup adds a
:class:`RestoreMark`: from there on, the anchors made after the backup belong to abandoned history.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.storage.private_files import (
    append_line,
    fsync_folder,
    make_private_folder,
    replace_private_file,
)

ANCHOR_EVENT = "anchor"
FOLDER = "anchors"
_WORKSPACE_ID = re.compile(r"[0-9a-f]{32}")


def valid_workspace_id(value: object) -> bool:
    """True for a workspace id as the app makes them (32 hex digits): safe in a file name."""
    return isinstance(value, str) and _WORKSPACE_ID.fullmatch(value) is not None


def store_id(config_folder: Path) -> str:
    """A short name for this computer's anchor folder (the same after the folder is deleted):
    lets a message say whether a missing anchor was made here or elsewhere."""
    where = f"{socket.gethostname()}\0{Path(config_folder).resolve()}"
    return hashlib.sha256(where.encode("utf-8", "replace")).hexdigest()[:16]


def place_of(workspace_path: Path) -> str:
    """A short name for where a workspace file is (its path hashed: no folder or file name)."""
    where = str(Path(workspace_path).resolve())
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Anchor:
    """One anchor: the ``anchor`` event at ``seq``, its hash and the hash it follows."""

    seq: int
    hash: str
    prev_hash: str
    at: str  # ISO time of the anchor event, as the log stores it
    milestone: str
    store: str  # the anchor folder that keeps it (see :func:`store_id`)
    place: str = ""  # where the workspace file was (see :func:`place_of`)

    def event_details(self) -> dict[str, Any]:
        """The details of the anchor event; with ``at`` and ``prev_hash`` they give its hash."""
        return {"milestone": self.milestone, "store": self.store}

    def line(self) -> str:
        """The anchor as one line of its file."""
        return json.dumps(
            {
                "type": "anchor",
                "seq": self.seq,
                "hash": self.hash,
                "prev_hash": self.prev_hash,
                "at": self.at,
                "milestone": self.milestone,
                "store": self.store,
                "place": self.place,
            },
            sort_keys=True,
        )


@dataclass(frozen=True, slots=True)
class RestoreMark:
    """A restore from a backup whose history matches the anchor ``(base_seq, base_hash)``: the
    anchors made before this mark and after ``base_seq`` belong to the abandoned history."""

    base_seq: int
    base_hash: str
    at: str

    def line(self) -> str:
        """The mark as one line of the anchor file."""
        return json.dumps(
            {
                "type": "restore",
                "base_seq": self.base_seq,
                "base_hash": self.base_hash,
                "at": self.at,
            },
            sort_keys=True,
        )


@dataclass(frozen=True, slots=True)
class DamagedLine:
    """A line of an anchor file that cannot be read: edited by hand, or cut by a power loss
    while it was written. Not a problem by itself: an anchor it held and the log recorded is
    missed as deleted."""

    number: int


Entry = Anchor | RestoreMark | DamagedLine


def parse_line(text: str, number: int) -> Entry:
    """One line of an anchor file."""
    try:
        data = json.loads(text)
        if data["type"] == "anchor":
            return Anchor(
                int(data["seq"]),
                str(data["hash"]),
                str(data["prev_hash"]),
                str(data["at"]),
                str(data["milestone"]),
                str(data["store"]),
                str(data.get("place", "")),
            )
        if data["type"] == "restore":
            return RestoreMark(int(data["base_seq"]), str(data["base_hash"]), str(data["at"]))
    except (ValueError, KeyError, TypeError):
        pass
    return DamagedLine(number)


class AnchorStore:
    """The anchors of one workspace in one configuration folder."""

    def __init__(self, config_folder: Path, workspace_id: str) -> None:
        """Anchors of ``workspace_id`` under ``config_folder``; the id must be valid."""
        if not valid_workspace_id(workspace_id):
            raise ValueError(f"not a workspace id: {workspace_id!r}")
        self.config_folder = Path(config_folder)
        self.workspace_id = workspace_id
        self.folder = self.config_folder / FOLDER
        self.path = self.folder / f"{workspace_id}.jsonl"
        self.store_id = store_id(self.config_folder)

    def exists(self) -> bool:
        """True when anchors of this workspace were ever kept here."""
        return self.path.is_file()

    def record(self, entry: Anchor | RestoreMark) -> None:
        """Append ``entry``, flushed to the disk before returning (raises ``OSError``). The
        folder is flushed too when the file is new (its name must reach the disk as well)."""
        new = not self.folder.exists()
        created = new or not self.path.exists()
        make_private_folder(self.folder)
        append_line(self.path, entry.line())
        if new:
            fsync_folder(self.folder.parent)
        if created:
            fsync_folder(self.folder)

    def forget(self, anchor: Anchor) -> None:
        """Take back the last line when it is ``anchor`` (its event did not commit)."""
        lines = self._lines()
        if lines and lines[-1].strip() == anchor.line():
            replace_private_file(self.path, "".join(lines[:-1]))

    def _lines(self) -> list[str]:
        try:
            with self.path.open(encoding="utf-8", errors="replace") as file:
                return file.readlines()
        except FileNotFoundError:
            return []

    def entries(self) -> Iterator[Entry]:
        """Every entry, in the order written (a missing file has none; raises ``OSError`` when
        the file cannot be read)."""
        try:
            file = self.path.open(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
        with file:
            for number, text in enumerate(file, start=1):
                if text.strip():
                    yield parse_line(text, number)

    def entries_from(
        self, offset: int = 0, line: int = 1
    ) -> Iterator[tuple[Entry, int | None, int]]:
        """The entries from byte ``offset`` on (the start of line number ``line``), each with
        the byte offset just after it and its line number: a check that read the file up to an
        offset reads only what was written since. A last line not ended yet (being written, or
        cut by a power loss) comes with ``None``: the next check reads it again. Raises
        ``OSError`` when the file cannot be read."""
        try:
            file = self.path.open("rb")
        except FileNotFoundError:
            return
        with file:
            file.seek(offset)
            position, number = offset, line
            for raw in file:
                position += len(raw)
                whole = raw.endswith(b"\n")
                if raw.strip():
                    entry = parse_line(raw.decode("utf-8", "replace"), number)
                    yield entry, (position if whole else None), number
                number += 1

    def size(self) -> int:
        """The anchor file's size in bytes (0 when there is none)."""
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def last_anchor(self) -> Anchor | None:
        """The anchor written last, if any: found in the file's last lines (read from the end,
        so a file of many years of anchors costs no more than a short one)."""
        tail = 64 * 1024
        try:
            with self.path.open("rb") as file:
                size = file.seek(0, 2)
                file.seek(max(0, size - tail))
                lines = file.read().split(b"\n")
        except FileNotFoundError:
            return None
        if size > tail:
            lines = lines[1:]  # the first may be the end of a line cut by the seek
        for raw in reversed(lines):
            if raw.strip():
                entry = parse_line(raw.decode("utf-8", "replace"), 0)
                if isinstance(entry, Anchor):
                    return entry
        if size <= tail:
            return None
        last = None  # no anchor among the last lines: look through all of them
        for entry in self.entries():
            if isinstance(entry, Anchor):
                last = entry
        return last


def workspaces_anchored_at(config_folder: Path, place: str) -> Iterator[tuple[str, Anchor]]:
    """``(workspace id, last anchor)`` of every workspace whose last anchor was taken at
    ``place``: tells a file whose history was rewritten under a new id from a new workspace."""
    try:
        files = sorted((Path(config_folder) / FOLDER).glob("*.jsonl"))
    except OSError:
        return
    for file in files:
        if not valid_workspace_id(file.stem):
            continue
        try:
            last = AnchorStore(config_folder, file.stem).last_anchor()
        except OSError:
            continue
        if last is not None and last.place == place:
            yield file.stem, last
