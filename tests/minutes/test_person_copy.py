"""The person's copy: plain words, large type, what was shared about them, with whom and why."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.core.entities import Participation
from desktop.core.languages import LANGUAGES
from desktop.core.record import MeetingRecord
from desktop.minutes import render_person_copy

from .reading import all_text, font_descriptors, pages_text
from .records import SHARED_WORDINGS, build_record

FORBIDDEN = ("NOTSHARED", "POSTPONED", "DRAFTLEFTOPEN")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shared_items_only(record: MeetingRecord, lang: str) -> None:
    text = all_text(render_person_copy(record, lang).pdf)
    for wording in SHARED_WORDINGS:
        assert wording in text
    for marker in FORBIDDEN:
        assert marker not in text


def test_who_met_when_why_what_was_shared_and_what_happens_next(record: MeetingRecord) -> None:
    text = all_text(render_person_copy(record, "en").pdf)
    for expected in (
        "On 12 March 2026, from 10:00 to 10:29, these people met to talk about you:",
        "Bruno Leroy (psychologist), Centre PMS",
        "Anna Martin led the meeting.",
        "You were not there. An empty chair stood for you.",
        "Why they met Keep J. at home safely",
        "Bruno Leroy said: “Sleeps badly since March",
        "Who heard it: Anna Martin, Claire Dubois, David Lambert.",
        "Why: The school plan needs it",
        "You had agreed to this.",
        "These are the words of her teacher, Mrs Noël.",
        "This was shared without your agreement because: She named a date and a means",
        "The law allows this in one case: Serious",
        "The team also thought about 2 other things. They decided not to share them. Nothing "
        "about them was written down.",
        "The school adapts J.'s mornings until Easter.",
        "Anna Martin Visit the school with J.'s mother By 20 March 2026.",
        "You can ask Anna Martin about this meeting, at Service d'aide à la jeunesse",
    ):
        assert expected in text


def test_french_copy() -> None:
    record = build_record(participation=Participation.REPRESENTED)
    text = all_text(render_person_copy(record, "fr").pdf)
    assert "Julie Dupont — Votre exemplaire" in text
    assert "Vous n'étiez pas là. Me Paul Renard a parlé pour vous." in text
    assert "Qui l'a entendu : Anna Martin, Claire Dubois, David Lambert." in text
    assert "Page 1 sur" in text


def test_large_type_everywhere_but_the_page_furniture(record: MeetingRecord) -> None:
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list, tm: list, font: dict, size: float) -> None:
        if text.strip():
            sizes[text.strip()] = size * tm[0]

    for page in PdfReader(io.BytesIO(render_person_copy(record, "en").pdf)).pages:
        page.extract_text(visitor_text=visit)
    furniture = [
        t
        for t in sizes
        if t.startswith(("Page ", "Julie Dupont — Your copy ·", "This document", "Serv"))
    ]
    body = {text: size for text, size in sizes.items() if text not in furniture}
    assert body
    assert min(body.values()) >= 13, sorted(body.items(), key=lambda kv: kv[1])[:3]


def test_pages_are_numbered_and_fonts_embedded(record: MeetingRecord) -> None:
    data = render_person_copy(record, "en").pdf
    pages = pages_text(data)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    assert all("/FontFile2" in d for d in font_descriptors(data))


def test_same_record_same_bytes(record: MeetingRecord) -> None:
    assert render_person_copy(record, "fr").pdf == render_person_copy(record, "fr").pdf
