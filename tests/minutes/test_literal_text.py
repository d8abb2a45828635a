"""Whatever a user typed is printed literally: markup, scripts, emoji, huge texts."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.core.record import MeetingRecord
from desktop.minutes import MinutesResult, render_minutes, render_person_copy
from desktop.minutes.bidi import visual_order
from desktop.minutes.markup import chunks, clean, literal
from desktop.minutes.shaping import shape_arabic

from .reading import all_text, body_squeezed, flat, pages_text, squeezed
from .records import with_names, with_wordings

HOSTILE = [
    "<b>not bold</b> and <i>not italic</i>",
    "Fish & chips &amp; &lt;tag&gt; &#x41; &nbsp;",
    "<font size=80>HUGE</font>",
    "]]> <![CDATA[ x ]]> <!-- comment -->",
    '<para><br/><a href="x">link</a></para>',
    "{alias} {page} {pages} %s %(name)s \\n",
    "Zażółć gęślą jaźń — ŁÓDŹ",
    "İstanbul, Iğdır, Şişli, Çağrı",
    "Жанна Иванова, Щёлково",
    "Ωμέγα Λάμδα, Σωκράτης",
    "emoji 😀 😉 ✓ ☺ ⚠ ♥",
]
FURNITURE = (
    "Minutes · J.D. · 12 March 2026",
    "Julie Dupont — Your copy · 12 March 2026",
    "Service d'aide à la jeunesse — Namur (fictional)",
    "Confidential — shared professional secrecy (Belgian Penal Code, art. 458). Reserved for the "
    "attendees listed; do not copy or pass on.",
    "This document is about you and it is yours. Keep it in a safe place.",
)
NAMES = {
    "martin": "Wojciech Żółkiewski",
    "leroy": "Çağla Yıldırım",
    "dubois": "Вера Лаврова",
    "lambert": "Ευάγγελος Παπαδόπουλος",
}


@pytest.mark.parametrize("render", [render_minutes, render_person_copy])
def test_hostile_wordings_print_literally(
    record: MeetingRecord, render: Callable[[MeetingRecord, str], MinutesResult]
) -> None:
    result = render(with_wordings(record, HOSTILE), "en")
    text = all_text(result.pdf)
    for wording in HOSTILE:
        assert flat(wording) in text, wording
    assert result.missing_glyphs == ()


def test_names_in_several_scripts_print_literally(record: MeetingRecord) -> None:
    renamed = with_names(record, NAMES)
    for render in (render_minutes, render_person_copy):
        text = all_text(render(renamed, "fr").pdf)
        for name in NAMES.values():
            assert name in text


def test_right_to_left_names_keep_their_logical_order(record: MeetingRecord) -> None:
    # pypdf reads right-to-left runs back in logical order; it may move the spaces around them,
    # so compare without whitespace.
    names = {"martin": "דוד כהן", "leroy": "سارة أحمد"}
    text = squeezed(" ".join(pages_text(render_minutes(with_names(record, names), "en").pdf)))
    assert squeezed("דוד כהן") in text
    assert squeezed("سارة أحمد") in text
    # Mixed text: pypdf moves the neutral comma next to the run ("Her tutor, ,דוד כהןcalled"),
    # but every run keeps its logical order and the runs their sequence.
    wording = "Her tutor, דוד כהן, called twice"
    text = squeezed(
        " ".join(pages_text(render_minutes(with_wordings(record, [wording]), "en").pdf))
    )
    start = text.index("Hertutor,")
    assert start < text.index("דודכהן", start) < text.index("calledtwice", start)


def test_visual_order_reverses_only_right_to_left_runs() -> None:
    assert visual_order("plain text") == "plain text"
    assert visual_order("Dr שלום Cohen") == "Dr םולש Cohen"
    assert visual_order("(שלום 12)") == "(12 םולש)"
    assert visual_order("שלום (x)") == "םולש (x)"


def test_control_characters_and_lone_surrogates_do_not_break_the_build(
    record: MeetingRecord,
) -> None:
    wording = "bell\x07 null\x00 tab\tend \ud800 line\u2028next"
    text = all_text(render_minutes(with_wordings(record, [wording]), "en").pdf)
    assert "bell� null� tab end � line next" in text


def test_text_is_printed_in_composed_form(record: MeetingRecord) -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë Ménard")
    text = all_text(render_minutes(with_wordings(record, [decomposed]), "en").pdf)
    assert "Zoë Ménard" in text


def test_characters_the_fonts_lack_are_shown_as_a_box_and_reported(record: MeetingRecord) -> None:
    result = render_minutes(with_wordings(record, ["Her name in Japanese: あおい 日本 🙂"]), "en")
    assert "Her name in Japanese: □□□ □□ □" in all_text(result.pdf)
    missing = {glyph.char: glyph for glyph in result.missing_glyphs}
    assert set(missing) == set("あおい日本🙂")
    assert missing["あ"].codepoint == "U+3042"
    assert missing["あ"].places == ("Shared item S1 — wording",)
    assert "'あ' (U+3042) in: Shared item S1 — wording" in result.warnings
    french = render_minutes(with_wordings(record, ["あ"]), "fr")
    assert french.missing_glyphs[0].places == ("Information partagée I1 — formulation",)


@pytest.mark.slow
@pytest.mark.parametrize(
    "wording",
    [
        " ".join(f"word{n}" for n in range(15_000))[:100_000],
        "x" * 100_000,
        "\n".join(f"line {n} <b>&amp;</b>" for n in range(6_000))[:100_000],
    ],
    ids=["words", "one-word", "lines"],
)
def test_a_100000_character_wording_flows_across_pages(record: MeetingRecord, wording: str) -> None:
    assert len(wording) == 100_000
    started = time.perf_counter()
    for render in (render_minutes, render_person_copy):
        result = render(with_wordings(record, [wording]), "en")
        assert result.pages > 10
        assert squeezed(wording) in body_squeezed(result.pdf, FURNITURE)
    assert time.perf_counter() - started < 20


@pytest.mark.slow
def test_a_100000_character_name_flows_across_pages_after_the_attendees_table(
    record: MeetingRecord,
) -> None:
    name = " ".join(["Bartholomew"] * 8_400)[:100_000]
    result = render_minutes(with_names(record, {"leroy": name}), "en")
    assert result.pages > 10
    assert squeezed(name) in body_squeezed(result.pdf, FURNITURE)


def test_chunks_cut_long_lines_and_keep_every_character() -> None:
    text = "a" * 4000 + " " + "b c " * 1000
    pieces = chunks(text, size=1500)
    assert all(len(piece) <= 1500 for piece in pieces)
    assert "".join(pieces) == clean(text)
    assert chunks("one\n\ntwo") == ["one<br/><br/>two"]
    grouped = chunks("\n".join(["line"] * 3000), size=1500)
    assert all(len(piece.replace("<br/>", "\n")) <= 1500 for piece in grouped)
    assert chunks("<b>&") == ["&lt;b&gt;&amp;"]


def test_arabic_letters_are_joined_for_drawing_and_read_back_as_typed(
    record: MeetingRecord,
) -> None:
    shaped = shape_arabic("سارة أحمد")
    assert shaped == "\ufeb3\ufe8e\ufead\ufe93 \ufe83\ufea3\ufee4\ufeaa"
    assert unicodedata.normalize("NFKC", shaped) == "سارة أحمد"
    assert shape_arabic("plain") == "plain"
    text = squeezed(
        " ".join(pages_text(render_minutes(with_names(record, {"leroy": "سارة أحمد"}), "en").pdf))
    )
    assert "سارةأحمد" in text


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_parses_back_to_itself(text: str) -> None:
    """Whatever the characters, the markup is never interpreted: platypus reads back the text
    (with runs of spaces collapsed, as platypus always does)."""
    style = ParagraphStyle("plain", fontName="Helvetica")
    expected = visual_order(shape_arabic(clean(text).replace("\n", " ")))
    assert flat(Paragraph(literal(text), style).getPlainText()) == flat(expected)
