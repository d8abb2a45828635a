"""The erasure register: which people were erased and which purges ran, kept outside the file.

Backups are copies of the workspace as it was: a person erased today is still in yesterday's
backup. So that an erasure (or a purge past the retention period) also reaches a backup that is
restored later, each one is written here, in the user's configuration folder, before it is
carried out: ``<config>/erasures/<workspace id>.jsonl``, one JSON object a line. It holds person
ids and cut-off dates with the time they were recorded — never a name, never content.

A restore re-applies every entry recorded after the backup was taken; opening a workspace
re-applies every erasure whose person is (again) in the file, so a copy put back by hand does not
bring anyone back either.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.storage.anchors import valid_workspace_id
from desktop.storage.private_files import (
    append_line,
    fsync_folder,
    make_private_folder,
    replace_private_file,
)

FOLDER = "erasures"


@dataclass(frozen=True, slots=True)
class Erasure:
    """A person erased at ``at`` (UTC)."""

    person_id: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class Purge:
    """A purge at ``at`` (UTC) of the meetings that ended before ``cutoff``."""

    cutoff: dt.date
    at: dt.datetime


RegisterEntry = Erasure | Purge


class ErasureRegister:
    """The erasures and purges of one workspace, in one configuration folder."""

    def __init__(self, config_folder: Path, workspace_id: str) -> None:
        """The register of ``workspace_id`` under ``config_folder``; the id must be valid."""
        if not valid_workspace_id(workspace_id):
            raise ValueError(f"not a workspace id: {workspace_id!r}")
        self.folder = Path(config_folder) / FOLDER
        self.path = self.folder / f"{workspace_id}.jsonl"

    def _append(self, data: dict[str, str]) -> str:
        line = json.dumps(data, sort_keys=True)
        new = not self.folder.exists()
        make_private_folder(self.folder)
        append_line(self.path, line)
        if new:
            fsync_folder(self.folder.parent)
        fsync_folder(self.folder)
        return line

    def record_erasure(self, person_id: str, at: dt.datetime) -> str:
        """Write down that ``person_id`` is erased (flushed to the disk; raises ``OSError``);
        returns the line written."""
        return self._append({"type": "erasure", "person_id": person_id, "at": at.isoformat()})

    def record_purge(self, cutoff: dt.date, at: dt.datetime) -> str:
        """Write down a purge of what ended before ``cutoff``; returns the line written."""
        return self._append({"type": "purge", "cutoff": cutoff.isoformat(), "at": at.isoformat()})

    def take_back(self, line: str) -> None:
        """Remove ``line`` when it is the last one (what it announced did not happen)."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines(keepends=True)
        except FileNotFoundError:
            return
        if lines and lines[-1].strip() == line:
            replace_private_file(self.path, "".join(lines[:-1]))

    def entries(self) -> Iterator[RegisterEntry]:
        """Every entry, oldest first; a line that cannot be read is skipped."""
        try:
            file = self.path.open(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return
        with file:
            for text in file:
                entry = _parse(text)
                if entry is not None:
                    yield entry

    def erased_person_ids(self) -> set[str]:
        """Every person ever erased from this workspace."""
        return {e.person_id for e in self.entries() if isinstance(e, Erasure)}

    def since(self, moment: dt.datetime) -> list[RegisterEntry]:
        """The entries recorded after ``moment``, oldest first."""
        return [entry for entry in self.entries() if entry.at > moment]


def _parse(text: str) -> RegisterEntry | None:
    try:
        data = json.loads(text)
        at = dt.datetime.fromisoformat(data["at"])
        if at.tzinfo is None:
            at = at.replace(tzinfo=dt.UTC)
        if data["type"] == "erasure":
            return Erasure(str(data["person_id"]), at)
        if data["type"] == "purge":
            return Purge(dt.date.fromisoformat(data["cutoff"]), at)
    except (ValueError, KeyError, TypeError):
        pass
    return None
