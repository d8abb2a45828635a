"""Values filled into the documents' sentences are Unicode isolates: a name in Arabic or Hebrew
keeps the sentence's direction, and the isolates are obeyed, never drawn."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.core.record import MeetingRecord
from desktop.core.text import FSI, PDI, fill
from desktop.minutes import render_person_copy
from desktop.minutes.bidi import is_rtl
from desktop.minutes.texts import tr

from .records import with_names

NAME = "سارة عبد الرحمن"


def test_the_filler_isolates_each_value_for_the_documents() -> None:
    led = tr("copy.led", "fr", name=NAME)
    assert led == f"{FSI}{NAME}{PDI} a animé la réunion."
    # Without isolates the Arabic name, first, would turn the French sentence right-to-left.
    assert is_rtl(fill("{name} a animé la réunion.", {"name": NAME}))
    assert not is_rtl(led)


def _line_with(pdf: bytes, word: str) -> str:
    lines: dict[tuple[int, float], str] = {}
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text: str, cm: list[float], tm: list[float], *_: object, n: int = number) -> None:
            key = (n, round(cm[5] + tm[5], 1))
            lines[key] = lines.get(key, "") + text

        page.extract_text(visitor_text=visit)
    return next(text for text in lines.values() if word in text)


def test_a_french_sentence_around_an_arabic_name_reads_left_to_right(
    record: MeetingRecord,
) -> None:
    renamed = with_names(record, {record.meeting.facilitator_id: NAME})
    result = render_person_copy(renamed, "fr")
    line = _line_with(result.pdf, "animé")
    # Left to right: the sentence's full stop is drawn last, at the right, after the name.
    assert line.rstrip().endswith("a animé la réunion.")
    assert FSI not in line and PDI not in line
    assert result.missing_glyphs == ()
