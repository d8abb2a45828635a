"""The shortcuts that keep long minutes fast draw exactly what the long way draws, and what a
document remembers stays with that document (fictional texts)."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop.core.record import MeetingRecord
from desktop.minutes import bidi, layout, render_minutes, render_person_copy, shaping
from desktop.minutes.bidi import BIDI_CONTROLS, BidiParagraph
from desktop.minutes.document import Writer
from desktop.minutes.fonts import BOLD, REGULAR, GlyphReport, register_fonts
from desktop.minutes.layout import make_styles
from desktop.minutes.markup import logical_chunks
from desktop.minutes.shaping import shape_arabic

from .reading import all_text, flat, pages_text, reader
from .records import build_record, many_items, many_rtl_items, with_names, with_wordings

FSI, PDI = "\u2068", "\u2069"


def _drawing(markup: str, bullet: str | None = None) -> bytes:
    """What :func:`_drawn` draws: its page's operators, a text shown in two strings in a row
    counted as one (where reportlab's parser cut the text differs, not what is drawn)."""
    page = reader(_drawn(markup, bullet)).pages[0]
    return page.get_contents().get_data().replace(b") Tj (", b"")


def _drawn(markup: str, bullet: str | None = None) -> bytes:
    """One BidiParagraph, wrapped in a narrow column (so it breaks into lines), as a PDF."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    style = ParagraphStyle("p", fontName=REGULAR, leading=12, leftIndent=12, bulletIndent=2)
    paragraph = BidiParagraph(markup, style, bulletText=bullet)
    paragraph.wrap(160, 800)
    paragraph.drawOn(canvas, 50, 400)
    canvas.save()
    return out.getvalue()


def _the_long_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text treated as if it might hold right-to-left text: the full algorithm on every
    line, the controls kept in the markup."""
    monkeypatch.setattr(bidi, "_MAYBE_ODD", re.compile(".", re.DOTALL))


# Latin text, numbers, brackets and the controls that cannot start a right-to-left run (LRI,
# FSI, PDI, LRE, LRO, PDF, LRM), with markup characters; now and then a Hebrew letter, an
# override (RLO) or a right-to-left isolate (RLI), which must take the long way.
LEFT_TO_RIGHT = "ab cd 12.,()—<&>\n\u2066\u2068\u2069\u202a\u202c\u202d\u200e"


@given(
    st.text(alphabet=LEFT_TO_RIGHT, max_size=80),
    st.sampled_from(["", "", "", "ש", "\u202e", "\u2067"]),
    st.text(alphabet=LEFT_TO_RIGHT, max_size=80),
    st.booleans(),
)
@settings(max_examples=200, deadline=None)
def test_a_paragraph_that_reads_as_typed_draws_as_the_full_algorithm_draws_it(
    before: str, odd: str, after: str, bulleted: bool
) -> None:
    """Also the typed lines (between line breaks) of a paragraph whose other lines hold
    right-to-left text."""
    markup = f"<b>{FSI}Label{PDI}:</b> " + "<br/>".join(logical_chunks(before + odd + after))
    bullet = "•" if bulleted else None
    quick = _drawing(markup, bullet)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _the_long_way(monkeypatch)
        assert _drawing(markup, bullet) == quick


def test_isolates_around_left_to_right_values_never_reach_python_bidi(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most lines of the documents: sentences whose values are isolated, all left to right."""

    def refuse(*_: object) -> None:
        raise AssertionError("python-bidi called for text that reads as typed")

    monkeypatch.setattr(bidi, "get_display", refuse)
    monkeypatch.setattr(bidi, "get_base_level", refuse)
    markup = f"<b>{FSI}Shared by{PDI}:</b> Bruno Leroy<br/><b>{FSI}Consent{PDI}:</b> given "
    markup += f"{FSI}10 January 2026{PDI}"
    paragraph = BidiParagraph(markup, make_styles(10)["field"])
    assert not set("".join(f.text for f in paragraph.frags)) & BIDI_CONTROLS
    assert _drawn(markup).startswith(b"%PDF")


def test_a_run_of_controls_standing_alone_is_not_printed() -> None:
    """An empty value between spaces leaves its isolates alone as a word: the long way then
    draws the line, without them."""
    markup = f"Present from {FSI}{PDI} until {FSI}noon{PDI}"
    paragraph = BidiParagraph(markup, make_styles(10)["body"])
    assert FSI in "".join(f.text for f in paragraph.frags)  # kept for the line's layout
    assert "Present from until noon" in all_text(_drawn(markup))


def test_an_override_in_latin_text_still_reverses_it() -> None:
    assert "cba def" in all_text(_drawn("\u202eabc\u202c def"))
    assert "x cba" in all_text(_drawn(f"{FSI}x{PDI} \u202eabc\u202c"))


def test_the_same_text_with_a_missing_character_is_reported_at_every_place() -> None:
    glyphs = GlyphReport()
    assert glyphs.drawable("Aoi あ", "Attendees — name") == "Aoi □"
    assert glyphs.drawable("Aoi あ", "Shared item S2 — shared by") == "Aoi □"
    assert glyphs.drawable("Aoi あ", "Attendees — name") == "Aoi □"
    (missing,) = glyphs.missing()
    assert missing.places == ("Attendees — name", "Shared item S2 — shared by")
    assert GlyphReport().missing() == ()  # a new document starts with nothing to report


def test_a_label_given_twice_is_printed_once_each_time(record: MeetingRecord) -> None:
    """The writer remembers each text's pieces; the label put before the first piece must not
    stay in what it remembers."""
    w = Writer(record, "en", make_styles(10))
    first = w.block("Same answer", "here", "field", label="First:")
    second = w.block("Same answer", "here", "field", label="Second:")
    assert "First" in first[0].text and "First" not in second[0].text
    rows = [("Why:", "Same answer", "here"), ("How:", "Same answer", "here")]
    (paragraph,) = w.fields(rows, "field")
    assert paragraph.text.count("Same answer") == 2 and paragraph.text.count("Why") == 1


def _forget_everything() -> None:
    """Every cache the documents share emptied, as in a new process."""
    bidi.embedding_levels.cache_clear()
    bidi._runs.cache_clear()
    shaping._reshaped.cache_clear()
    for name in (REGULAR, BOLD):
        pdfmetrics.getFont(name)._widths.clear()


def test_only_texts_with_arabic_letters_are_remembered_joined() -> None:
    """Long minutes' thousands of other lines must not push the names out."""
    shaping._reshaped.cache_clear()
    for number in range(2000):
        assert shape_arabic(f"Shared item S{number}") == f"Shared item S{number}"
    assert shaping._reshaped.cache_info().currsize == 0
    joined = shape_arabic("سارة")
    assert shape_arabic("سارة") == joined != "سارة"
    assert shaping._reshaped.cache_info().hits == 1


def test_documents_made_one_after_the_other_are_what_each_is_alone() -> None:
    """Nothing one document remembers (names, lines' levels and runs, joined letters, widths,
    missing characters) changes the next one: each is byte for byte what it is when made with
    every cache empty."""
    record = build_record()
    japanese = with_names(
        with_wordings(record, ["あおい: Arabic ملف, Hebrew שלום"]), {"martin": "あ"}
    )
    documents = [
        lambda: render_minutes(many_rtl_items(record, 12), "fr"),
        lambda: render_minutes(japanese, "en"),
        lambda: render_minutes(many_items(record, 12), "nl"),
        lambda: render_person_copy(many_rtl_items(record, 3), "en"),
        lambda: render_minutes(record, "en", "leroy"),
    ]
    alone = []
    for make in documents:
        _forget_everything()
        alone.append(make())
    in_turn = [make() for make in documents] + [make() for make in reversed(documents)]
    assert [r.pdf for r in in_turn] == [r.pdf for r in alone] + [r.pdf for r in alone[::-1]]
    assert [r.missing_glyphs for r in in_turn[:5]] == [r.missing_glyphs for r in alone]
    assert alone[1].missing_glyphs and not alone[2].missing_glyphs


def test_the_header_and_footer_are_drawn_once_and_given_to_every_page(
    record: MeetingRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = []
    draw = layout._Decorator._draw
    monkeypatch.setattr(layout._Decorator, "_draw", lambda self, c: drawn.append(draw(self, c)))
    copy = render_minutes(many_items(record, 30), "fr", "dubois")
    full = render_minutes(many_items(record, 30), "en")
    assert len(drawn) == 2 and copy.pages > 3 and full.pages > 3
    for pdf, header in (
        (copy.pdf, "PV · J.D. · 12 mars 2026 · pour Claire Dubois"),
        (full.pdf, "Minutes · J.D. · 12 March 2026"),
    ):
        pages = [flat(page) for page in pages_text(pdf)]
        assert all(header in page for page in pages)
        assert all("Namur (fictional)" in page for page in pages)
        notice = record.policy.text("confidentiality_notice", "en" if pdf is full.pdf else "fr")
        assert all(flat(notice)[:60] in page for page in pages)


def test_a_canvas_without_its_operators_list_gets_the_furniture_drawn_on_every_page(
    record: MeetingRecord, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[object] = []
    monkeypatch.setattr(layout._Decorator, "_draw", lambda self, canvas: drawn.append(canvas))
    furniture = layout.PageFurniture("Minutes", "Team", "Confidential", lambda p, n: f"{p}/{n}")
    decorator = layout._Decorator(furniture)
    canvas = object()  # a reportlab that no longer keeps its page in _code
    decorator(canvas, None)  # type: ignore[arg-type]
    decorator(canvas, None)  # type: ignore[arg-type]
    assert drawn == [canvas, canvas]
