"""The printed minutes and the person's copy as issue 11 asks: items kept whole on a page, no
page holding only the distribution list, shared items numbered apart from the agenda, columns as
wide as their content, the place and the next meeting, actions as a table, no grey band, right-
to-left names in reading order in every line that wraps, and the person's copy addressed to the
person with whom to ask and their rights (fictional data)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from reportlab.platypus import KeepTogether, Paragraph, Table

from desktop.core.entities import Action, PersonNaming
from desktop.core.policy import load_policy
from desktop.core.record import MeetingRecord
from desktop.minutes import render_minutes, render_person_copy
from desktop.minutes.bidi import BidiParagraph
from desktop.minutes.layout import fit_columns, make_styles

from .reading import all_text, flat, pages_text
from .records import many_items, with_names

PLACE = "Salle du conseil, rue Haute 12, Namur"
NEXT = dt.date(2026, 4, 14)


def with_meeting(record: MeetingRecord, **changes: object) -> MeetingRecord:
    return dataclasses.replace(record, meeting=dataclasses.replace(record.meeting, **changes))


# --- Content -------------------------------------------------------------------------------------


def test_the_place_and_the_next_meeting_when_given(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    assert "Place:" not in text and "Next meeting:" not in text
    given = with_meeting(record, place=PLACE, next_meeting=NEXT)
    assert f"Place: {PLACE}" in all_text(render_minutes(given, "en").pdf)
    assert "Next meeting: 14 April 2026" in all_text(render_minutes(given, "en").pdf)
    french = all_text(render_minutes(given, "fr").pdf)
    assert f"Lieu : {PLACE}" in french and "Prochaine réunion : 14 avril 2026" in french
    copy = all_text(render_person_copy(given, "en").pdf)
    assert "Your team meets again on 14 April 2026." in copy


def test_shared_items_are_numbered_apart_from_the_agenda(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    assert "2. School situation Shared item S1 · Health" in text
    assert "3. Housing Shared item S3 · Mental health" in text
    french = all_text(render_minutes(record, "fr").pdf)
    assert "2. School situation Information partagée I1 · Santé" in french
    assert "Fondée sur : I1, I2" in french


def test_actions_are_a_table_and_name_a_relative(record: MeetingRecord) -> None:
    relative = Action(
        "rel", record.meeting.id, "", "Bring the school report", None, (), "", "J.'s aunt"
    )
    text = all_text(
        render_minutes(dataclasses.replace(record, actions=(*record.actions, relative)), "en").pdf
    )
    actions = text[text.index("Actions Who What By Based on") : text.index("Distribution")]
    assert "J.'s aunt Bring the school report no date set —" in actions
    copy = all_text(render_person_copy(dataclasses.replace(record, actions=(relative,)), "en").pdf)
    assert "J.'s aunt Bring the school report" in copy


def test_the_wording_has_no_grey_band_and_reads_as_a_quotation(record: MeetingRecord) -> None:
    assert make_styles(10)["quote"].backColor is None  # it vanished on photocopies
    text = all_text(render_minutes(record, "fr").pdf)
    assert "« Sleeps badly since March; a follow-up with her GP is planned. »" in text


# --- Page layout ---------------------------------------------------------------------------------


@pytest.mark.parametrize("count", range(4, 12))
def test_an_item_is_never_cut_from_its_heading(record: MeetingRecord, count: int) -> None:
    """Each item ends with its consent line: on every page, as many items start as end."""
    for page in pages_text(render_minutes(many_items(record, count), "en").pdf):
        text = flat(page)
        assert text.count("Shared item S") == text.count("Consent:"), text[:300]


@pytest.mark.parametrize("count", range(1, 14))
def test_the_distribution_list_never_stands_alone(record: MeetingRecord, count: int) -> None:
    pages = pages_text(render_minutes(many_items(record, count), "en").pdf)
    last = next(flat(p) for p in pages if "Distribution" in flat(p))
    assert "Actions" in last.split("Distribution")[0]


def test_columns_are_as_wide_as_their_content() -> None:
    rows = [["Name", "Presence"], ["Anna Martin", "Left at 10:10"], ["Bo", "Present"]]
    wide = fit_columns(rows, 400, 8.5)
    assert sum(wide) == pytest.approx(400)
    assert wide[0] / wide[1] == pytest.approx(
        fit_columns(rows, 10_000, 8.5)[0] / fit_columns(rows, 10_000, 8.5)[1]
    )  # room to spare: shared out as the content asks
    long = [["Name", "Secrecy basis"], ["A", "Psychologist (profession) under the code " * 3]]
    narrow = fit_columns(long, 200, 8.5, cap=0.9)
    assert narrow[0] < 40  # a short column stays short, the long text wraps in the other
    dates = [["What", "By"], ["Visit the school with the mother of J.", "20 March 2026"]]
    kept = fit_columns(dates, 150, 8.5, unbroken=(1,))
    assert kept[1] >= fit_columns([["By"], ["20 March 2026"]], 1000, 8.5)[0] * 0 + 60


# --- Right-to-left names where a line wraps ------------------------------------------------------


def _paragraphs(flowables: list) -> list[Paragraph]:
    """Every paragraph of a story, inside kept-together blocks and table cells too."""
    found: list[Paragraph] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            found.append(flowable)
        elif isinstance(flowable, KeepTogether):
            found += _paragraphs(flowable._content)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    found += _paragraphs(cell if isinstance(cell, list) else [cell])
    return found


@pytest.mark.parametrize("document", ["minutes", "copy for Dubois", "person's copy"])
def test_every_line_of_typed_text_keeps_a_right_to_left_name_in_reading_order(
    record: MeetingRecord, monkeypatch: pytest.MonkeyPatch, document: str
) -> None:
    """A right-to-left name in a plain ``Paragraph`` would show its wrapped lines out of order:
    every paragraph holding typed text is a :class:`BidiParagraph` (which test_rtl checks)."""
    from desktop.minutes import minutes, person_copy

    name = "פנינה רוזנברג מירושלים"
    renamed = with_names(
        dataclasses.replace(record, actions=(*record.actions, _relative(record, name))),
        {"dubois": name, "martin": name, "lambert": name},
    )
    stories: list[list] = []

    def keep(story: list, *args: object) -> tuple[bytes, int]:
        stories.append(list(story))
        return b"", 1

    monkeypatch.setattr(minutes, "build_pdf", keep)
    monkeypatch.setattr(person_copy, "build_pdf", keep)
    if document == "minutes":
        render_minutes(renamed, "en")
    elif document == "copy for Dubois":
        render_minutes(renamed, "en", "dubois")
    else:
        render_person_copy(renamed, "en")
    # In typed order in a BidiParagraph; reversed (visual order) in a plain Paragraph.
    words = {"רוזנברג", "גרבנזור"}
    holding = [p for p in _paragraphs(stories[0]) if words & set(p.text.split())]
    assert holding, "the name is printed"
    assert all(isinstance(p, BidiParagraph) for p in holding), [
        p.text[:60] for p in holding if not isinstance(p, BidiParagraph)
    ]


def _relative(record: MeetingRecord, name: str) -> Action:
    return Action("rel", record.meeting.id, "", "Bring the report", None, (), "", name)


# --- The person's copy ---------------------------------------------------------------------------


def test_the_copy_is_addressed_to_the_person_by_name(record: MeetingRecord) -> None:
    assert record.settings.person_naming is PersonNaming.ALIAS  # the minutes say J.D.
    text = all_text(render_person_copy(record, "en").pdf)
    assert text.startswith("Julie Dupont — Your copy") or "Julie Dupont, What your team" in text
    assert "This document is yours." in text
    assert " she " not in text.split("What was shared")[0]  # you, not she


def test_the_copy_says_whom_to_ask_how_and_the_rights(record: MeetingRecord) -> None:
    contact = "Rue de Fer 3, 5000 Namur — 081 00 00 00"
    settings = dataclasses.replace(record.settings, contact=contact)
    text = all_text(render_person_copy(dataclasses.replace(record, settings=settings), "en").pdf)
    rights = text[text.index("Your questions, your rights") :]
    assert "You can ask Anna Martin about this meeting, at Service d'aide à la jeunesse" in rights
    assert f"How to reach us: {contact}" in rights
    assert "You may see everything written about you here" in rights
    assert "you may ask us to correct it" in rights
    assert "complain to the Data Protection Authority" in rights  # the policy's own words
    french = all_text(render_person_copy(record, "fr").pdf)
    assert "Vos questions, vos droits" in french
    assert "l'Autorité de protection des données" in french


def test_a_policy_without_an_authority_gets_the_general_sentence(record: MeetingRecord) -> None:
    policy = load_policy()
    texts = {k: v for k, v in policy.texts.items() if k != "complaint_authority"}
    bare = dataclasses.replace(record, policy=dataclasses.replace(policy, texts=texts))
    text = all_text(render_person_copy(bare, "en").pdf)
    assert "complain to the authority that protects personal data" in text


def test_page_streams_are_compressed_binary_not_ascii85(record: MeetingRecord) -> None:
    minutes = render_minutes(record, "en").pdf
    copy = render_person_copy(record, "fr").pdf
    for pdf in (minutes, copy):
        assert b"/FlateDecode" in pdf
        assert b"ASCII85Decode" not in pdf  # a fifth larger, and slower to write
    assert "Sleeps badly since March" in all_text(minutes)  # still read back as typed
