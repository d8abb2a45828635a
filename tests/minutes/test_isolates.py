"""Values filled into the documents' sentences are Unicode isolates: a name in Arabic or Hebrew
keeps the sentence's direction, and the isolates are obeyed, never drawn."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.core.record import MeetingRecord
from desktop.core.text import FSI, PDI, fill
from desktop.minutes import render_minutes, render_person_copy
from desktop.minutes.bidi import is_rtl
from desktop.minutes.document import printed_label
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


def _line_starts(pdf: bytes) -> list[tuple[float, str]]:
    """Each drawn line as (where it starts from the left, its text)."""
    lines: dict[tuple[int, float], tuple[float, str]] = {}
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text: str, cm: list[float], tm: list[float], *_: object, n: int = number) -> None:
            key = (n, round(cm[5] + tm[5], 1))
            x, before = lines.get(key, (round(cm[4] + tm[4], 1), ""))
            lines[key] = (x, before + text)

        page.extract_text(visitor_text=visit)
    return list(lines.values())


def test_label_and_value_lines_read_from_the_left_whatever_script_the_name_is_in(
    record: MeetingRecord,
) -> None:
    hebrew, arabic = "נועה לוי", "سارة منصور"
    renamed = with_names(record, {"dubois": hebrew, "martin": arabic})
    lines = _line_starts(render_minutes(renamed, "en").pdf)
    fields = [(x, text) for x, text in lines if text.startswith(("Shared by", "Received by"))]
    fields += [(x, text) for x, text in lines if text.startswith(("Why?", "Consent:"))]
    assert len(fields) >= 12
    # Flush left, with the fields of items shared by someone with a Latin name.
    assert len({x for x, _ in fields}) == 1
    assert all(
        text.startswith(("Shared by:", "Received by:", "Why?", "Consent:")) for _, text in fields
    )
    assert any(hebrew in text for _, text in fields if text.startswith("Shared by:"))


def test_a_right_to_left_name_keeps_its_role_after_it(record: MeetingRecord) -> None:
    arabic = "سارة منصور"
    renamed = with_names(record, {"martin": arabic})
    professional = renamed.directory["martin"]
    label = printed_label(professional)
    assert label == f"{FSI}{arabic}{PDI} ({professional.role})"
    assert not is_rtl(label)  # a line that starts with it reads from the left
    assert printed_label(record.directory["martin"]) == record.directory["martin"].label()
    lines = _line_starts(render_minutes(renamed, "en").pdf)
    bullets = [(x, text) for x, text in lines if " — S" in text]  # the distribution list
    starts = [x for x, _ in bullets]
    assert len(bullets) >= 3 and max(starts) - min(starts) < 5  # flush left, bullet and all
    assert any(text.rstrip().endswith("CPAS Namur — S1, S2, S3") for _, text in bullets)
