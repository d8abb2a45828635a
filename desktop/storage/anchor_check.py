"""Checking an audit log against its anchors: those kept outside the file, and seals from paper.

:class:`AnchorLedger` follows the log one event at a time (it keeps only the hashes of the
anchored events, so a long log costs no memory) and then says what does not hold:

- an anchor beyond the log's last event: events were removed from the end;
- an anchored event whose hash differs: the log was rewritten (and chained again) at or before it;
- an ``anchor`` event the anchor folder does not hold: anchors were deleted;
- an event written after Empty Chair closed the workspace and before it opened it again;
- a paper seal (``SEQ:HASH`` printed on the minutes) that the log does not match.

A restore from a backup rewinds the log on purpose; the
:class:`~desktop.storage.anchors.RestoreMark` it leaves says from which anchor on the history was
abandoned. A backup itself is checked in
*backup* mode: it may end before the newest anchors, and must share its history with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.messages import Message
from desktop.storage.anchors import ANCHOR_EVENT, Anchor, DamagedLine, Entry, RestoreMark
from desktop.storage.audit import Finding
from desktop.storage.checkpoints import Checkpoint
from desktop.storage.verify_texts import report_text

OPENED = "workspace_opened"
CLOSED = "workspace_closed"
#: What may follow a closed workspace's last anchor: its next opening, and what a schema upgrade
#: appends just before that opening.
_AFTER_CLOSING = frozenset({"workspace_identified", "rows_digested"})
MIN_SEAL_DIGITS = 8


class SealFormatError(ValueError):
    """A seal that is not written ``SEQ:HASH``; ``message`` says why, in the reader's language."""

    def __init__(self, message: Message) -> None:
        """Say why the seal cannot be read."""
        super().__init__(message.render("en"))
        self.message = message


@dataclass(frozen=True, slots=True)
class PaperSeal:
    """An audit seal taken from paper: ``event SEQ``, the first hex digits of its hash."""

    seq: int
    hash_prefix: str

    @classmethod
    def parse(cls, text: str) -> PaperSeal:
        """``1234:9f3a1c2b…`` (digits grouped by commas, dots or spaces, and a trailing ``…``
        allowed); raises :class:`SealFormatError`."""
        seq_text, sep, hash_text = text.partition(":")
        digits = "".join(hash_text.replace("…", "").split()).lower()
        # The minutes group the digits as the reader's language does: 1,234 / 1 234 / 1.234.
        seq_digits = "".join(c for c in seq_text if c not in ",. \u202f\u00a0")
        if not sep or not seq_digits.isdecimal() or int(seq_digits) < 1:
            raise SealFormatError(report_text("verify.seal_form"))
        if len(digits) < MIN_SEAL_DIGITS or any(c not in "0123456789abcdef" for c in digits):
            raise SealFormatError(report_text("verify.seal_digits", digits=str(MIN_SEAL_DIGITS)))
        return cls(int(seq_digits), digits)


def _day(at: str) -> str:
    try:
        return dt.datetime.fromisoformat(at).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return at


class AnchorLedger:
    """Follows the log (:meth:`feed`) and then checks it against anchors and seals
    (:meth:`findings`).

    ``entries`` are the anchor folder's entries for this workspace (``None`` when there is no
    anchor folder to check against); ``store`` is this computer's anchor folder id.
    """

    def __init__(
        self,
        entries: Iterable[Entry] | None,
        store: str,
        seals: Iterable[PaperSeal] = (),
        *,
        backup: bool = False,
        resume: Checkpoint | None = None,
    ) -> None:
        """Prepare to follow a log; ``backup=True`` checks a backup (a prefix of the history).
        With ``resume`` (a checkpoint verified before), the log is followed from the event
        after it, and ``entries`` are those written to the anchor file since."""
        self.available = entries is not None
        self.entries = list(entries or [])
        self.store = store
        self.seals = list(seals)
        self.backup = backup
        self.anchors = [e for e in self.entries if isinstance(e, Anchor)]
        self.kept = {(a.seq, a.hash) for a in self.anchors}
        marks = [i for i, e in enumerate(self.entries) if isinstance(e, RestoreMark)]
        self.mark: RestoreMark | None = None
        self.current = self.anchors
        self.abandoned: list[Anchor] = []
        if marks:
            mark = self.entries[marks[-1]]
            assert isinstance(mark, RestoreMark)
            self.mark = mark
            before = [e for e in self.entries[: marks[-1]] if isinstance(e, Anchor)]
            self.abandoned = [a for a in before if a.seq > mark.base_seq]
            self.current = [e for e in self.entries[marks[-1] :] if isinstance(e, Anchor)]
        self._wanted = {a.seq for a in self.anchors} | {s.seq for s in self.seals}
        if self.mark is not None:
            self._wanted.add(self.mark.base_seq)
        self.hashes: dict[int, str] = {}
        self.last_seq = resume.seq if resume else 0
        self.last_hash = resume.hash if resume else ""
        self._declared: list[tuple[int, str, str]] = []
        self._after_close: Finding | None = None
        self._closed_at: int | None = resume.closed_at if resume else None
        self.prior_declared = resume.declared_anchors if resume else 0
        self._resumed: Anchor | None = None
        if resume is not None and resume.confirmed is not None:
            seq, digest, at, milestone = resume.confirmed
            self._resumed = Anchor(seq, digest, "", at, milestone, store)

    def wanted_before(self, seq: int) -> list[int]:
        """The events up to ``seq`` whose hashes the checks need (seals, when following the
        log from a checkpoint): give them with :meth:`know`."""
        return sorted(s for s in self._wanted if s <= seq)

    def know(self, seq: int, digest: str) -> None:
        """The hash of an event before the checkpoint (read on its own)."""
        self.hashes[seq] = digest

    @property
    def closed_at(self) -> int | None:
        """The event at which Empty Chair closed the workspace, if it was not opened since."""
        return self._closed_at

    @property
    def declared(self) -> int:
        """How many anchor events the log holds (up to the last event followed)."""
        return self.prior_declared + len(self._declared)

    def feed(self, seq: int, digest: str, kind: str, details: Mapping[str, Any]) -> None:
        """Take one event (in order) into account."""
        if seq in self._wanted:
            self.hashes[seq] = digest
        self.last_seq, self.last_hash = seq, digest
        milestone = details.get("milestone") if kind == ANCHOR_EVENT else None
        if kind == ANCHOR_EVENT:
            self._declared.append((seq, digest, str(details.get("store", ""))))
        reopened = milestone == OPENED or kind in _AFTER_CLOSING
        if self._closed_at is not None and self._after_close is None and not reopened:
            self._after_close = Finding(
                "written_after_closing",
                report_text(
                    "verify.written_after_closing",
                    seq=str(seq),
                    kind=kind,
                    closed=str(self._closed_at),
                ),
                seq,
            )
        if milestone == CLOSED:
            self._closed_at = seq
        elif milestone == OPENED:
            self._closed_at = None

    # --- Results ---------------------------------------------------------------------------------

    def confirmed(self) -> Anchor | None:
        """The newest anchor the log matches (any history): how far the log is proven."""
        best = None
        for anchor in self.anchors:
            if self.hashes.get(anchor.seq) == anchor.hash and (
                best is None or anchor.seq > best.seq
            ):
                best = anchor
        return best or self._resumed

    def findings(self) -> list[Finding]:
        """Everything that does not hold, most telling first."""
        found: list[Finding] = []
        if self.available:
            found += self._backup_anchors() if self.backup else self._workspace_anchors()
            found += self._deleted_anchors()
        if self._after_close is not None:
            found.append(self._after_close)
        found += self._paper()
        return found

    def notes(self) -> list[Message]:
        """What is worth saying and is not a problem."""
        if not self.available:
            return [report_text("verify.anchors_unchecked")]
        out = []
        if not self.anchors and not self._declared and not self.prior_declared:
            out.append(report_text("verify.no_anchor"))
        damaged = [e.number for e in self.entries if isinstance(e, DamagedLine)]
        if damaged:
            lines = ", ".join(map(str, damaged[:5]))
            out.append(report_text("verify.anchor_lines_damaged", lines=lines, count=len(damaged)))
        if self.abandoned and self.mark is not None:
            out.append(
                report_text(
                    "verify.restored",
                    day=_day(self.mark.at),
                    count=len(self.abandoned),
                    seq=str(self.mark.base_seq),
                )
            )
        confirmed = self.confirmed()
        if confirmed is not None:
            out.append(
                report_text("verify.anchored_up_to", seq=str(confirmed.seq), day=_day(confirmed.at))
            )
        return out

    def _workspace_anchors(self) -> list[Finding]:
        found: list[Finding] = []
        if self.mark is not None:
            mark = self.mark
            backed = any(
                (a.seq, a.hash) == (mark.base_seq, mark.base_hash)
                for a in self.anchors
                if a not in self.current
            )
            if self.hashes.get(mark.base_seq) != mark.base_hash or not backed:
                found.append(
                    Finding(
                        "anchor_mismatch",
                        report_text(
                            "verify.restore_mismatch", seq=str(mark.base_seq), day=_day(mark.at)
                        ),
                        mark.base_seq,
                    )
                )
        beyond = [a for a in self.current if a.seq > self.last_seq]
        differ = [
            a for a in self.current if a.seq <= self.last_seq and self.hashes.get(a.seq) != a.hash
        ]
        if differ:
            first = min(differ, key=lambda a: a.seq)
            where = {"seq": str(first.seq), "day": _day(first.at), "milestone": first.milestone}
            message = (
                report_text("verify.anchors_mismatch", **where, count=len(differ) - 1)
                if len(differ) > 1
                else report_text("verify.anchor_mismatch", **where)
            )
            found.append(Finding("anchor_mismatch", message, first.seq))
        if beyond:
            last = max(beyond, key=lambda a: a.seq)
            if (
                len(beyond) == 1
                and last.seq == self.last_seq + 1
                and last.prev_hash == self.last_hash
            ):
                why = report_text("verify.anchor_event_missing")
            else:
                why = report_text("verify.events_removed_after", seq=str(self.last_seq))
            found.append(
                Finding(
                    "log_shorter_than_anchor",
                    report_text(
                        "verify.log_shorter_than_anchor",
                        last=str(self.last_seq),
                        seq=str(last.seq),
                        day=_day(last.at),
                        milestone=last.milestone,
                        why=why,
                    ),
                    last.seq,
                )
            )
        return found

    def _backup_anchors(self) -> list[Finding]:
        within = [a for a in self.anchors if a.seq <= self.last_seq]
        if within and self.confirmed() is None:
            first = min(within, key=lambda a: a.seq)
            return [
                Finding(
                    "anchor_mismatch",
                    report_text("verify.backup_mismatch", seq=str(first.seq)),
                    first.seq,
                )
            ]
        return []

    def _deleted_anchors(self) -> list[Finding]:
        missing = [(s, h, store) for s, h, store in self._declared if (s, h) not in self.kept]
        if not missing:
            return []
        here = [m for m in missing if m[1] and m[2] == self.store]
        elsewhere = [m for m in missing if m not in here]
        found = []
        if here:
            seqs = ", ".join(str(s) for s, _, _ in here[:10]) + ("…" if len(here) > 10 else "")
            found.append(
                Finding(
                    "anchors_deleted",
                    report_text("verify.anchors_deleted", seqs=seqs, count=len(here)),
                    here[0][0],
                )
            )
        if elsewhere:
            seqs = ", ".join(str(s) for s, _, _ in elsewhere[:10]) + (
                "…" if len(elsewhere) > 10 else ""
            )
            found.append(
                Finding(
                    "anchors_elsewhere",
                    report_text("verify.anchors_elsewhere", seqs=seqs, count=len(elsewhere)),
                    elsewhere[0][0],
                )
            )
        return found

    def _paper(self) -> list[Finding]:
        found = []
        for seal in self.seals:
            digest = self.hashes.get(seal.seq)
            if seal.seq > self.last_seq:
                found.append(
                    Finding(
                        "log_shorter_than_seal",
                        report_text(
                            "verify.log_shorter_than_seal",
                            last=str(self.last_seq),
                            seq=str(seal.seq),
                        ),
                        seal.seq,
                    )
                )
            elif digest is None or not digest.startswith(seal.hash_prefix):
                found.append(
                    Finding(
                        "seal_mismatch",
                        report_text(
                            "verify.seal_mismatch", seq=str(seal.seq), seal=seal.hash_prefix
                        ),
                        seal.seq,
                    )
                )
        return found

    def seals_matched(self) -> int:
        """How many paper seals the log matches."""
        return sum(
            1
            for seal in self.seals
            if seal.seq <= self.last_seq
            and self.hashes.get(seal.seq, "").startswith(seal.hash_prefix)
        )
