"""Right-to-left wordings that wrap keep their lines in reading order (fictional texts)."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.core.record import MeetingRecord
from desktop.minutes import render_minutes, render_person_copy
from desktop.minutes.bidi import BidiParagraph
from desktop.minutes.fonts import REGULAR, register_fonts
from desktop.minutes.markup import logical_chunks, visual_order, visual_positions

from .reading import pages_text, squeezed
from .records import with_wordings

HEBREW = (
    "בתחילת הפגישה המשפחה ביקשה עוד פגישה עם העובדת הסוציאלית כדי לדבר על הלימודים של הילד "
    "ועל השינה שלו בלילות. המורה אמרה שהוא מגיע מאוחר לכיתה בימי שני ושהוא עייף מאוד בשיעורים. "
    "הצוות הסכים לבדוק עם הרופא של המשפחה אם יש צורך בעזרה נוספת ולקבוע פגישה חדשה בעוד חודש. "
    "האם אמרה שהיא מוכנה לבוא לכל פגישה ושהיא רוצה לשמוע מה הוחלט בסוף"
)
ARABIC = (
    "في بداية الاجتماع طلبت العائلة لقاء آخر مع الأخصائية الاجتماعية للحديث عن دراسة الطفل "
    "وعن نومه في الليل. قالت المعلمة إنه يصل متأخرا إلى الصف أيام الاثنين وإنه متعب جدا في "
    "الدروس. وافق الفريق على التحقق مع طبيب العائلة من الحاجة إلى مساعدة إضافية وتحديد موعد "
    "جديد بعد شهر. قالت الأم إنها مستعدة للحضور إلى كل اجتماع وإنها تريد أن تعرف ما تقرر في النهاية"
)


def _pieces(pdf: bytes, words: set[str]) -> list[tuple[int, float, str]]:
    """Every line of drawn text holding one of ``words``, as (page, height on the page, text),
    top of the first page first."""
    found: list[tuple[int, float, str]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text: str, cm: list[float], tm: list[float], *_: object, n: int = number) -> None:
            found.append((n, round(cm[5] + tm[5], 1), text))

        page.extract_text(visitor_text=visit)
    lines: dict[tuple[int, float], str] = {}
    for page, y, text in found:  # a line may come as several pieces
        lines[page, y] = lines.get((page, y), "") + text
    return sorted(
        ((page, y, text) for (page, y), text in lines.items() if set(_words(text)) & words),
        key=lambda line: (line[0], -line[1]),
    )


def _words(text: str) -> list[str]:
    """The words of ``text``, without punctuation: pypdf reads a full stop that ends a
    right-to-left line (drawn at its left end) as the line's first character."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text))


@pytest.mark.parametrize("wording", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_a_wrapping_right_to_left_wording_keeps_its_lines_in_reading_order(
    record: MeetingRecord, wording: str
) -> None:
    assert len(wording.split()) >= 60
    pdf = render_minutes(with_wordings(record, [wording]), "en").pdf
    pieces = _pieces(pdf, set(_words(wording)))
    assert len({(page, y) for page, y, _ in pieces}) >= 3  # it does wrap over several lines
    # The first words are on the first line, the last words on the last one...
    assert _words(pieces[0][2])[:3] == _words(wording)[:3]
    assert _words(pieces[-1][2])[-3:] == _words(wording)[-3:]
    # ...and the lines read top to bottom give back the wording as typed.
    assert _words(" ".join(text for _, _, text in pieces)) == _words(wording)
    assert " ".join(_words(wording)) in " ".join(_words(" ".join(pages_text(pdf))))


def test_a_mixed_wording_wraps_in_reading_order(record: MeetingRecord) -> None:
    wording = f"Her tutor said: {HEBREW} — then she left (room 12)."
    pdf = render_minutes(with_wordings(record, [wording]), "en").pdf
    pieces = _pieces(pdf, {"tutor", *_words(HEBREW), "left"})
    assert len(pieces) >= 3
    assert "Her tutor said:" in pieces[0][2]
    assert "בתחילת הפגישה" in pieces[0][2]
    assert _words(pieces[-1][2])[-3:] == ["left", "room", "12"]
    # pypdf moves neutrals such as "—" around a run; the runs keep their order.
    text = squeezed(" ".join(pages_text(pdf)))
    start = text.index("Hertutorsaid:")
    first, last = squeezed(" ".join(HEBREW.split()[:8])), squeezed(" ".join(HEBREW.split()[-8:]))
    assert start < text.index(first, start) < text.index(last, start) < text.index("left(room12)")


def test_the_person_copy_wraps_right_to_left_text_in_reading_order(record: MeetingRecord) -> None:
    words = _words(HEBREW)
    pdf = render_person_copy(with_wordings(record, [HEBREW]), "en").pdf
    pieces = _pieces(pdf, set(words))
    assert len(pieces) >= 3
    assert _words(pieces[0][2])[:3] == words[:3]
    assert _words(" ".join(text for _, _, text in pieces)) == _words(HEBREW)


@pytest.mark.slow
def test_a_100000_character_right_to_left_wording_renders_in_order(
    record: MeetingRecord,
) -> None:
    wording = " ".join([HEBREW] * 400)[:100_000]
    result = render_minutes(with_wordings(record, [wording]), "en")
    assert result.pages > 10
    # Line by line, pypdf reads it back as typed. (Its whole-page text, extract_text(), puts
    # some pages' right-to-left lines bottom to top: it prepends right-to-left text to what it
    # has gathered; poppler's pdftotext reads those pages in order.)
    lines = _pieces(result.pdf, set(_words(HEBREW)))
    assert _words(" ".join(text for _, _, text in lines)) == _words(wording)


def test_visual_positions_say_where_each_character_is_drawn() -> None:
    line = "ab (שלום 12) cd"
    positions = visual_positions(line)
    assert sorted(index for index, _ in positions) == list(range(len(line)))
    assert "".join(char for _, char in positions) == visual_order(line) == "ab (12 םולש) cd"
    # In a right-to-left paragraph the line reads from the right: the full stop ends up left.
    assert visual_order("שלום Dr Cohen, עולם 12.", rtl=True) == ".12 םלוע ,Dr Cohen םולש"
    assert visual_order("אב Dr Cohen", rtl=True) == "Dr Cohen בא"
    assert visual_order("שלום Dr Cohen, עולם 12.") == "םולש Dr Cohen, 12 םלוע."


@given(st.text(max_size=200), st.booleans())
@settings(max_examples=200, deadline=None)
def test_visual_positions_draw_every_character_once(text: str, rtl: bool) -> None:
    assert sorted(index for index, _ in visual_positions(text, rtl)) == list(range(len(text)))


@given(st.text(alphabet="אבג دعم ab12.,()—", max_size=400))
@settings(max_examples=60, deadline=None)
def test_any_mix_of_directions_draws(text: str) -> None:
    markup = "<b>Label:</b> " + "<br/>".join(logical_chunks(text))
    assert _drawn(BidiParagraph, markup).startswith(b"%PDF")


@pytest.mark.parametrize(
    ("wording", "alignment"),
    [(f"Her tutor said: {HEBREW} {HEBREW}", TA_LEFT), (f"{HEBREW} {HEBREW}", TA_RIGHT)],
    ids=["left-to-right", "right-to-left"],
)
def test_the_part_on_the_next_page_keeps_the_paragraph_s_direction(
    wording: str, alignment: int
) -> None:
    register_fonts()
    style = ParagraphStyle("p", fontName=REGULAR, leading=12)
    paragraph = BidiParagraph(logical_chunks(wording)[0], style)
    paragraph.wrap(300, 800)
    parts = paragraph.split(300, 40)
    assert len(parts) == 2
    assert [part.style.alignment for part in (paragraph, *parts)] == [alignment] * 3
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for part in parts:  # each on its page, as when the paragraph flows over a page break
        part.wrap(300, 800)
        part.drawOn(canvas, 50, 400)
        canvas.showPage()
    canvas.save()
    lines = _pieces(out.getvalue(), set(_words(wording)))
    assert _words(" ".join(text for _, _, text in lines)) == _words(wording)


def _drawn(paragraph_class: type[Paragraph], markup: str) -> bytes:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    paragraph = paragraph_class(markup, ParagraphStyle("p", fontName=REGULAR, leading=12))
    paragraph.wrap(200, 800)
    paragraph.drawOn(canvas, 50, 400)
    canvas.save()
    return out.getvalue()


def test_left_to_right_text_draws_exactly_as_a_plain_paragraph() -> None:
    markup = "<b>Label:</b> " + " ".join(logical_chunks("a fictional wording " * 40))
    assert _drawn(BidiParagraph, markup) == _drawn(Paragraph, markup)
