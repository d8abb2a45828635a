"""The person's record across meetings (right of access): shared items only, plain words, EN/FR,
literal text, page X of Y, atomic export."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop.core.languages import LANGUAGES
from desktop.core.record import MeetingRecord
from desktop.minutes import MinutesError
from desktop.minutes.person_record import export_person_record, render_person_record
from desktop.storage.maintenance import PersonRecord

from .reading import all_text, flat, pages_text
from .records import SHARED_WORDINGS, with_wordings

FORBIDDEN = ("NOTSHARED", "POSTPONED", "DRAFTLEFTOPEN")
TODAY = dt.date(2026, 11, 28)


def _later(record: MeetingRecord) -> MeetingRecord:
    """The same meeting a month later, with one other shared item."""
    days = dt.timedelta(days=31)
    meeting = dataclasses.replace(
        record.meeting,
        id="later",
        scheduled_at=record.meeting.scheduled_at + days,
        opened_at=(record.meeting.opened_at or record.meeting.scheduled_at) + days,
    )
    item = dataclasses.replace(
        record.shared[0],
        id="later-1",
        meeting_id="later",
        wording="LATERWORD: she moved to her grandmother's <b>house</b> & school",
        shared_at=record.shared[0].shared_at + days,
    )
    return dataclasses.replace(
        record, meeting=meeting, shared=(item,), withheld=(), decisions=(), actions=()
    )


def _person_record(record: MeetingRecord, *meetings: MeetingRecord) -> PersonRecord:
    return PersonRecord(record.settings, record.person, meetings)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shared_item_of_every_meeting_and_nothing_else(
    record: MeetingRecord, lang: str
) -> None:
    result = render_person_record(_person_record(record, record, _later(record)), lang, TODAY)
    text = all_text(result.pdf)
    for wording in (*SHARED_WORDINGS, "LATERWORD: she moved to her grandmother's <b>house</b>"):
        assert flat(wording) in text, wording
    for marker in FORBIDDEN:
        assert marker not in text
    assert result.missing_glyphs == ()
    pages = pages_text(result.pdf)
    label = {
        "en": "Page {n} of {total}",
        "fr": "Page {n} sur {total}",
        "nl": "Pagina {n} van {total}",
    }[lang]
    for n, page in enumerate(pages, start=1):
        assert label.format(n=n, total=len(pages)) in page


def test_what_when_by_whom_with_whom_why_in_plain_words(record: MeetingRecord) -> None:
    text = all_text(render_person_record(_person_record(record, record), "en", TODAY).pdf)
    for expected in (
        "Your record",
        "up to 28 November 2026",
        "Meeting of 12 March 2026",
        "Bruno Leroy said: “Sleeps badly since March",
        "Who heard it: Anna Martin, Claire Dubois, David Lambert.",
        "Why: The school plan needs it",
        "When: 12 March 2026 at",
    ):
        assert expected in text, expected
    assert "2 other things. They decided not to share them." in text  # a count, not content


def test_french_record(record: MeetingRecord) -> None:
    text = all_text(render_person_record(_person_record(record, record), "fr", TODAY).pdf)
    assert "Votre dossier" in text and "Réunion du 12 mars 2026" in text
    assert "a dit :" in text


def test_an_empty_record_says_nothing_was_shared(record: MeetingRecord) -> None:
    text = all_text(render_person_record(_person_record(record), "en", TODAY).pdf)
    assert "No meeting has shared anything about you." in text


def test_hostile_text_prints_literally(record: MeetingRecord) -> None:
    hostile = ["<i>not italic</i> &amp; {page} ]]>", "Zoë 🙂 שלום مرحبا", "x" * 20_000]
    result = render_person_record(
        _person_record(record, with_wordings(record, hostile)), "en", TODAY
    )
    text = all_text(result.pdf)
    assert "<i>not italic</i> &amp; {page} ]]>" in text
    assert "Zoë" in text


def test_export_is_atomic(record: MeetingRecord, tmp_path: Path) -> None:
    path = tmp_path / "record.pdf"
    export_person_record(_person_record(record, record), path, "en", today=TODAY)
    assert "Your record" in all_text(path.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.pdf"]
    with pytest.raises(MinutesError):
        export_person_record(_person_record(record, record), tmp_path / "no" / "r.pdf", "en")
    with pytest.raises(MinutesError):
        render_person_record(_person_record(record, record), "de", TODAY)
