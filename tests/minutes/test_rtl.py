"""Right-to-left text: order by python-bidi, joined letters by arabic-reshaper, lines in reading
order however they wrap (fictional texts)."""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata

import pytest
from arabic_reshaper.letters import LETTERS_ARABIC
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop.core.record import MeetingRecord
from desktop.minutes import render_minutes, render_person_copy
from desktop.minutes.bidi import (
    BIDI_CONTROLS,
    BidiParagraph,
    embedding_levels,
    visual_indices,
    visual_order,
)
from desktop.minutes.fonts import REGULAR, register_fonts
from desktop.minutes.layout import MARGIN, PAGE_WIDTH
from desktop.minutes.markup import logical_chunks
from desktop.minutes.shaping import shape_arabic

from .reading import all_text, pages_text, reader, squeezed
from .records import build_record, many_rtl_items, with_names, with_wordings

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
LAM_ALEF = "لا السلام عليكم، قال الأب إن لا مشكلة"
PERSIAN = "پژوهش: گزارش چهار ژانویه"
URDU = "ٹوپی ڈاک گاڑی میں"
NIQQUD = "בְּרֵאשִׁית בָּרָא שָׁלוֹם"


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


# --- Lines in reading order ----------------------------------------------------------------------


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


@pytest.mark.parametrize(
    "name",
    [
        "عبد الرحمن بن محمد بن عبد الله بن سليمان السلامي الكبير",
        "פְּנִינָה בַּת־שֶׁבַע רוֹזֶנְבֶּרְג מִירוּשָׁלַיִם הַגְּדוֹלָה",
    ],
    ids=["arabic", "hebrew"],
)
def test_a_long_right_to_left_name_wraps_in_its_table_cell_in_reading_order(
    record: MeetingRecord, name: str
) -> None:
    name = f"{name} {name}"  # longer than the name column may be (issue 11: columns fit)
    pdf = render_minutes(with_names(record, {"dubois": name}), "en").pdf
    column = PAGE_WIDTH  # the attendees table's name column ends where "Role" begins

    def header(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        nonlocal column
        if text.strip() == "Role":
            column = min(column, cm[4] + tm[4])

    reader(pdf).pages[0].extract_text(visitor_text=header)
    assert MARGIN < column < PAGE_WIDTH / 2
    cell: dict[float, str] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if cm[4] + tm[4] < column and set(_words(text)) & set(_words(name)):
            y = round(cm[5] + tm[5], 1)
            cell[y] = cell.get(y, "") + text

    reader(pdf).pages[0].extract_text(visitor_text=visit)
    lines = [cell[y] for y in sorted(cell, reverse=True)]
    assert len(lines) >= 2  # it wraps in the narrow column...
    assert _words(lines[0])[:2] == _words(name)[:2]  # ...first words on the first line
    assert _words(" ".join(lines)) == _words(name)


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


def test_a_right_to_left_decision_has_its_bullet_at_the_right(record: MeetingRecord) -> None:
    decision = dataclasses.replace(record.decisions[0], text="قرر الفريق زيارة المدرسة")
    pdf = render_minutes(dataclasses.replace(record, decisions=(decision,)), "en").pdf
    bullets: list[float] = []
    for page in reader(pdf).pages:

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip() == "•":
                bullets.append(cm[4] + tm[4])

        page.extract_text(visitor_text=visit)
    right = [x for x in bullets if x > A4[0] / 2]
    assert len(right) == 1  # the decision's; consents and the distribution list stay left
    assert right[0] > A4[0] - 3 * 72
    assert len(bullets) > 1


def test_a_bulleted_right_to_left_paragraph_keeps_its_indent_at_the_right_when_split() -> None:
    register_fonts()
    style = ParagraphStyle(
        "bullet",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        leading=12,
        leftIndent=14,
        bulletIndent=2,
    )
    paragraph = BidiParagraph(logical_chunks(HEBREW)[0], style, bulletText="•")
    paragraph.wrap(300, 800)
    parts = paragraph.split(300, 40)
    assert [(p.style.leftIndent, p.style.rightIndent) for p in parts] == [(0, 14), (0, 14)]
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for part in parts:
        part.wrap(300, 800)
        part.drawOn(canvas, 50, 400)
        canvas.showPage()
    canvas.save()
    bullets: list[tuple[int, float]] = []
    for number, page in enumerate(reader(out.getvalue()).pages):

        def visit(text: str, cm: list[float], tm: list[float], *_: object, n: int = number) -> None:
            if text.strip() == "•":
                bullets.append((n, cm[4] + tm[4]))

        page.extract_text(visitor_text=visit)
    assert len(bullets) == 1 and bullets[0][0] == 0  # on the first part only...
    assert bullets[0][1] > 50 + 300 - 14  # ...in the right indent


# --- Order: python-bidi's levels, drawn ---------------------------------------------------------


def test_neutrals_numbers_and_brackets_follow_the_bidi_algorithm() -> None:
    assert visual_order("plain text") == "plain text"
    assert visual_order("ab (שלום 12) cd") == "ab (12 םולש) cd"
    assert visual_order("Dr שלום Cohen") == "Dr םולש Cohen"
    # In a right-to-left paragraph the line reads from the right: the full stop ends up left.
    assert visual_order("שלום Dr Cohen, עולם 12.", rtl=True) == ".12 םלוע ,Dr Cohen םולש"
    # Brackets in a right-to-left run are drawn mirrored, so that they still open the run.
    assert visual_order("(שלום)", rtl=True) == "(םולש)"
    assert visual_order("שלום (x)", rtl=True) == "(x) םולש"
    # A file number stays whole in Hebrew; after Arabic letters its parts are Arabic numbers,
    # which the hyphen does not join (rule W2, as browsers and word processors show it).
    assert visual_order("תיק 2026-041", rtl=True) == "2026-041 קית"
    assert visual_order("ملف 2026-041", rtl=True) == "041-2026 فلم"


def test_embeddings_overrides_and_isolates_are_obeyed_and_not_drawn() -> None:
    assert visual_order("a \u202bשלום abc\u202c d") == "a abc םולש d"  # embedding
    assert visual_order("\u202eabc\u202c def") == "cba def"  # override
    # A left-to-right isolate keeps a file number whole after Arabic letters.
    assert visual_order("ملف \u20662026-041\u2069 للأم", rtl=True) == "مألل 2026-041 فلم"
    assert visual_order("ملف 2026-041 للأم", rtl=True) == "مألل 041-2026 فلم"
    assert not set(visual_order("\u200fאב\u200e \u2067x\u2069")) & BIDI_CONTROLS


@given(st.text(max_size=200), st.booleans())
@settings(max_examples=200, deadline=None)
def test_every_character_is_drawn_once(text: str, rtl: bool) -> None:
    levels = embedding_levels(text, rtl)
    assert len(levels) == len(text)
    assert sorted(visual_indices(text, levels, rtl)) == list(range(len(text)))


@given(
    st.text(alphabet="אבג دعم ab12.,-—%+  \u0661\u0662\u2067\u2069\u202b\u202c\u200f", max_size=60)
)
@settings(max_examples=300, deadline=None)
def test_lines_are_reordered_as_python_bidi_displays_them(text: str) -> None:
    """The line rules applied here to python-bidi's levels give python-bidi's own display (bidi
    controls aside: they are not drawn)."""
    for rtl in (False, True):
        levels = embedding_levels(text, rtl)
        ours = "".join(text[i] for i in visual_indices(text, levels, rtl))
        theirs = get_display(text, base_dir="R" if rtl else "L")
        assert [c for c in ours if c not in BIDI_CONTROLS] == [
            c for c in theirs if c not in BIDI_CONTROLS
        ]


@given(st.text(alphabet="אבג دعم ab12.,()—\u2067\u2069", max_size=400))
@settings(max_examples=60, deadline=None)
def test_any_mix_of_directions_draws(text: str) -> None:
    markup = "<b>Label:</b> " + "<br/>".join(logical_chunks(text))
    assert _drawn(BidiParagraph, markup).startswith(b"%PDF")


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


def test_isolates_typed_in_a_wording_are_obeyed_not_printed(record: MeetingRecord) -> None:
    wording = "ملف \u2066J.D. 12\u2069 والأم"
    result = render_minutes(with_wordings(record, [wording]), "en")
    assert result.missing_glyphs == ()
    text = all_text(result.pdf)
    assert "J.D. 12" in text
    assert "□" not in text


# --- Joined letters: arabic-reshaper -----------------------------------------------------------


def test_lam_alef_is_one_ligature_and_reads_back_as_typed(record: MeetingRecord) -> None:
    shaped = shape_arabic(LAM_ALEF)
    assert shaped.count("\ufefb") == 2  # لا alone: lam-alef, isolated form
    assert "\ufefc" in shaped  # السلام: lam-alef, final form
    assert "\u0644\u0627" not in shaped
    pdf = render_minutes(with_wordings(record, [LAM_ALEF]), "en").pdf
    cmaps = [
        font["/ToUnicode"].get_object().get_data().decode()
        for font in reader(pdf).pages[1]["/Resources"]["/Font"].values()
        if "/ToUnicode" in font.get_object()
    ]
    assert any("<06440627>" in cmap for cmap in cmaps)  # one glyph, copied as lam and alef
    assert squeezed(LAM_ALEF) in squeezed(" ".join(pages_text(pdf)))


def test_persian_and_urdu_letters_are_joined_and_read_back_as_typed(
    record: MeetingRecord,
) -> None:
    # پژوهش: peh initial, jeh final, then waw, heh initial, sheen final
    assert shape_arabic("پژوهش") == "\ufb58\ufb8b\ufeed\ufeeb\ufeb6"
    # ٹوپی: tteh initial, waw final, peh initial, farsi yeh final
    assert shape_arabic("ٹوپی") == "\ufb68\ufeee\ufb58\ufbfd"
    pdf = render_minutes(with_wordings(record, [PERSIAN, URDU]), "en").pdf
    text = squeezed(" ".join(pages_text(pdf)))
    assert squeezed(PERSIAN.split(":")[1]) in text
    assert squeezed(URDU) in text


def test_joined_forms_are_ones_the_fonts_draw() -> None:
    coverage = register_fonts()
    for letter in LETTERS_ARABIC:
        if ord(letter) in coverage:
            for text in (letter, letter * 3, f"ب{letter}", f"{letter}ب"):
                assert all(ord(char) in coverage for char in shape_arabic(text)), text
    # Alef wasla has no joined form in DejaVu Sans: it is drawn as the letter itself.
    assert shape_arabic("ٱلرحمن")[0] == "ٱ"


def test_urdu_letters_the_font_lacks_are_boxes_and_reported(record: MeetingRecord) -> None:
    result = render_minutes(with_wordings(record, ["گاڑی ہے"]), "en")
    assert {glyph.codepoint for glyph in result.missing_glyphs} == {"U+06C1", "U+06D2"}


def test_niqqud_and_harakat_read_back_as_typed(record: MeetingRecord) -> None:
    harakat = "مَرْحَبًا بِكُمْ"
    text = squeezed(" ".join(pages_text(render_minutes(with_wordings(record, [NIQQUD]), "en").pdf)))
    assert squeezed(NIQQUD) in text
    assert shape_arabic(harakat).count("\u064e") == harakat.count("\u064e")  # harakat are kept


def test_same_right_to_left_record_same_bytes() -> None:
    first = render_minutes(many_rtl_items(build_record(), 5), "en").pdf
    assert render_minutes(many_rtl_items(build_record(), 5), "en").pdf == first
