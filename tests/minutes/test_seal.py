"""The audit seal at the foot of the last page (issue 13): printed minutes that later prove what
the audit log held, and catch a log cut after they were printed."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from desktop import cli
from desktop.core.record import AuditSeal, MeetingRecord
from desktop.demo import create_demo_workspace
from desktop.minutes import render_minutes, render_person_copy
from desktop.storage.anchor_check import PaperSeal
from desktop.storage.audit import event_hash
from desktop.storage.connection import open_connection
from desktop.storage.workspace import Workspace

from .reading import pages_text

PASSPHRASE = "seal-test"
CLOSED = "m-jd-1"
SEAL = AuditSeal(1234, "9f3a1c2b7d8e0a4f" + "5" * 48)


def test_the_seal_is_printed_at_the_foot_of_the_last_page_only(record: MeetingRecord) -> None:
    sealed = dataclasses.replace(record, seal=SEAL)
    pages = pages_text(render_minutes(sealed, "en").pdf)
    assert len(pages) > 1
    assert "Audit seal: event 1,234, 9f3a1c2b7d8e0a4f…" in pages[-1]
    assert all("Audit seal" not in page for page in pages[:-1])
    french = pages_text(render_minutes(sealed, "fr").pdf)
    assert "Sceau du journal d'audit : événement 1\u202f234, 9f3a1c2b7d8e0a4f…" in french[-1]


def test_the_persons_copy_carries_the_seal_too(record: MeetingRecord) -> None:
    pages = pages_text(render_person_copy(dataclasses.replace(record, seal=SEAL), "en").pdf)
    assert "Audit seal: event 1,234" in pages[-1]


def test_without_a_seal_nothing_is_printed(record: MeetingRecord) -> None:
    assert record.seal is None
    assert all("Audit seal" not in page for page in pages_text(render_minutes(record, "en").pdf))


def test_a_printed_seal_parses_back_as_a_paper_seal() -> None:
    assert PaperSeal.parse("1,234:9f3a1c2b7d8e0a4f…") == PaperSeal(1234, "9f3a1c2b7d8e0a4f")
    assert PaperSeal.parse("1 234: 9f3a 1c2b") == PaperSeal(1234, "9f3a1c2b")
    assert PaperSeal.parse("1.234:9f3a1c2b") == PaperSeal(1234, "9f3a1c2b")  # as Dutch prints it
    assert PaperSeal.parse("1\u202f234:9f3a1c2b") == PaperSeal(1234, "9f3a1c2b")  # and French
    for bad in ("1234", "x:9f3a1c2b", "12:9f3a", "12:zzzzzzzz", "0:9f3a1c2b"):
        with pytest.raises(ValueError):
            PaperSeal.parse(bad)


@pytest.fixture
def exported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A demo workspace whose minutes were exported by ``emptychair minutes``; the seal read
    back from the PDF's last page, as someone would copy it from paper."""
    monkeypatch.setenv(cli.PASSPHRASE_VARIABLE, PASSPHRASE)
    path = tmp_path / "demo.ecw"
    create_demo_workspace(path, PASSPHRASE, config=None)
    out = tmp_path / "minutes.pdf"
    assert cli.main(["minutes", str(path), "--meeting", CLOSED, "--out", str(out)]) == 0
    last = pages_text(out.read_bytes())[-1]
    found = re.search(r"Audit seal: event ([\d,]+), ([0-9a-f]{16})…", last)
    assert found is not None, last
    return path, f"{found[1]}:{found[2]}"


def test_the_seal_matches_the_log_it_was_printed_from(
    exported: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, seal = exported
    with Workspace.open(path, PASSPHRASE, config=None) as ws:
        events = ws.audit_events()
    seq = int(seal.split(":")[0].replace(",", ""))
    assert events[seq - 1].hash.startswith(seal.split(":")[1])
    capsys.readouterr()
    assert cli.main(["verify", str(path), "--anchor", seal]) == cli.EXIT_OK
    assert "matching the seal given" in capsys.readouterr().out


def _truncate(path: Path, keep: int) -> None:
    conn = open_connection(path, PASSPHRASE)
    try:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
        conn.commit()
    finally:
        conn.close()


def test_a_printed_seal_detects_a_truncation_made_after_printing(
    exported: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # No anchor folder at all here: the paper is the only witness left.
    path, seal = exported
    seq = int(seal.split(":")[0].replace(",", ""))
    _truncate(path, seq - 5)
    capsys.readouterr()
    assert cli.main(["verify", str(path), "--anchor", seal]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert f"ends at event {seq - 5}, before event {seq} of the seal" in err
    assert "Traceback" not in err


def test_a_printed_seal_detects_a_rewritten_log(
    exported: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, seal = exported
    conn = open_connection(path, PASSPHRASE)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET at = '2026-01-01T00:00:00+00:00' WHERE seq = 3")
        rows = conn.execute(
            "SELECT seq, at, kind, details, prev_hash FROM audit_log WHERE seq >= 3 ORDER BY seq"
        ).fetchall()
        prev = rows[0][4]
        for seq, at, kind, details, _ in rows:  # chained again: the log holds by itself
            digest = event_hash(prev, seq, at, kind, details)
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq)
            )
            prev = digest
        conn.commit()
    finally:
        conn.close()
    capsys.readouterr()
    assert cli.main(["verify", str(path), "--anchor", seal]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert "does not match the seal" in err and "broken" not in err


def test_a_malformed_seal_is_a_one_line_error(
    exported: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = exported
    capsys.readouterr()
    assert cli.main(["verify", str(path), "--anchor", "12"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("emptychair: --anchor:") and err.count("\n") == 1
    assert "a seal is written SEQ:HASH" in err


@pytest.mark.parametrize(
    ("language", "seal", "expected"),
    [
        ("fr_BE", "12", "--anchor : un sceau s'écrit SEQ:HASH, par exemple"),
        ("nl_BE", "12:9f3a", "--anchor: de hash van een zegel telt minstens 8 hexadecimale"),
    ],
)
def test_a_malformed_seal_is_said_in_the_environment_s_language(
    exported: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    seal: str,
    expected: str,
) -> None:
    path, _ = exported
    monkeypatch.setenv("LANGUAGE", language)
    capsys.readouterr()
    assert cli.main(["verify", str(path), "--anchor", seal]) == cli.EXIT_ERROR
    assert expected in capsys.readouterr().err


def test_each_attendees_copy_carries_the_seal(record: MeetingRecord) -> None:
    sealed = dataclasses.replace(record, seal=SEAL)
    recipient = sealed.present_attendees()[0].id
    pages = pages_text(render_minutes(sealed, "en", recipient).pdf)
    assert "Audit seal: event 1,234, 9f3a1c2b7d8e0a4f…" in pages[-1]
