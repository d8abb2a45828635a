"""The minutes print what DESIGN.md §6 lists, only shared items, and nothing withheld."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    Localized,
    Participation,
    PersonNaming,
)
from desktop.core.languages import LANGUAGES
from desktop.core.record import MeetingRecord
from desktop.minutes import MinutesError, render_minutes

from .reading import all_text, flat, font_descriptors, pages_text, reader
from .records import (
    DRAFT_WORDING,
    NOT_SHARED_WORDING,
    POSTPONED_WORDING,
    SHARED_WORDINGS,
    build_record,
    many_items,
)

FORBIDDEN = ("NOTSHARED", "POSTPONED", "DRAFTLEFTOPEN")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shared_wording_is_printed(record: MeetingRecord, lang: str) -> None:
    text = all_text(render_minutes(record, lang).pdf)
    for wording in SHARED_WORDINGS:
        assert wording in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_withheld_or_left_in_a_draft_is_printed(record: MeetingRecord, lang: str) -> None:
    # The session had these drafts; the record cannot hold them, and the PDF must not show them.
    assert len(record.withheld) == 2
    assert DRAFT_WORDING not in repr(record)
    text = all_text(render_minutes(record, lang).pdf)
    for marker in FORBIDDEN:
        assert marker not in text
    for wording in (NOT_SHARED_WORDING, POSTPONED_WORDING, DRAFT_WORDING):
        assert wording not in text


def test_withheld_items_are_only_counted(record: MeetingRecord) -> None:
    # A category that appears nowhere else: its name must not be printed.
    withheld = tuple(dataclasses.replace(w, category_id="finances") for w in record.withheld)
    text = all_text(render_minutes(dataclasses.replace(record, withheld=withheld), "en").pdf)
    assert "2 items were considered and not shared; their content was not recorded." in text
    assert "Finances" not in text
    one = dataclasses.replace(record, withheld=record.withheld[:1])
    assert "1 item was considered and not shared; its content" in all_text(
        render_minutes(one, "en").pdf
    )
    french = all_text(render_minutes(record, "fr").pdf)
    assert (
        "2 informations ont été examinées et non partagées ; leur contenu n'a pas été consigné."
        in french
    )


def test_header_names_institution_purpose_policy_conduct_date_and_facilitator(
    record: MeetingRecord,
) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    for expected in (
        "Service d'aide à la jeunesse — Namur (fictional)",
        "Purpose: Keep J. at home safely",
        "Belgium — shared professional secrecy, version 2026.2",
        "Date: 12 March 2026, 10:00–10:29",
        "Facilitator: Anna Martin (social worker)",
        "In our case conferences, secrecy is the rule and sharing the exception.",
        "Every decision is taken in their interest.",  # the end of the rule: printed in full
    ):
        assert expected in text


def test_attendees_with_role_organisation_secrecy_presence_and_steps_out(
    record: MeetingRecord,
) -> None:
    first_page = pages_text(render_minutes(record, "en").pdf)[0]
    rows = {line.split("  ")[0]: line for line in first_page.splitlines()}
    assert any(line.startswith("Sam Peeters") for line in rows)
    text = " ".join(first_page.split())
    for expected in (
        "Bruno Leroy psychologist Centre PMS Psychologist Present",
        "Eva Janssens GP Cabinet médical Physician Excused",
        "Sam Peeters police officer Police zone Sud Not bound by secrecy Left at 10:10 S1",
    ):
        assert expected in text


def test_distribution_lists_only_attendees_who_were_present(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    distribution = text.split("Distribution")[-1]
    for name in ("Anna Martin", "Bruno Leroy", "Claire Dubois", "David Lambert", "Sam Peeters"):
        assert name in distribution
    assert "Eva Janssens" not in distribution


def test_items_say_who_shared_with_whom_why_and_mark_an_exception(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    assert "Shared item S1 · Health · fact" in text
    assert "Shared item S2 · School and training · statement of her teacher, Mrs Noël" in text
    assert "2. School situation Shared item S1" in text  # the agenda's numbers read apart
    assert "“Sleeps badly since March; a follow-up with her GP is planned.”" in text
    assert "Shared by: Bruno Leroy (psychologist)" in text
    assert "Stepped out: Sam Peeters (police officer)" in text
    assert "What is good for whom? For J.: the school adapts her mornings" in text
    assert "What would J.D. have wanted? She asked us to tell the school" in text
    item3 = text.split("Shared item S3")[1]
    assert "SHARED UNDER A POLICY EXCEPTION" in item3
    assert "Serious and imminent danger to the person or others" in item3
    assert "art. 422bis" in item3
    assert "Justification: She named a date and a means" in item3
    assert "SHARED UNDER A POLICY EXCEPTION" not in text.split("Shared item S3")[0]


def test_decisions_and_actions_with_who_what_when_and_items(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "en").pdf)
    assert "The school adapts J.'s mornings until Easter. Rests on S1, S2" in text
    actions = text[text.index("Actions Who What By Based on") : text.index("Distribution")]
    assert "Anna Martin (social worker) Visit the school with J.'s mother 20 March 2026 S1" in (
        actions
    )
    assert "David Lambert (school nurse) Meet J. every Monday morning no date set S3" in actions
    assert "12 March 2026 an item postponed to ask J.D. first" in actions


def test_the_person_is_named_as_the_settings_say() -> None:
    alias = all_text(render_minutes(build_record(naming=PersonNaming.ALIAS), "en").pdf)
    assert "About J.D." in alias
    assert "Julie Dupont" not in alias
    full = all_text(render_minutes(build_record(naming=PersonNaming.FULL_NAME), "en").pdf)
    assert "About Julie Dupont" in full
    assert "What would Julie Dupont have wanted?" in full


def test_participation_and_consent_summary() -> None:
    absent = all_text(render_minutes(build_record(), "en").pdf)
    assert "J.D. was not present: the empty chair stood for them" in absent
    assert "Consent given (valid from 10 January 2026 until 31 December 2026)" in absent
    assert "Categories: Family, Health, School and training" in absent
    assert "Recipients: anyone working in Youth care" in absent
    assert "Refusal (no start date) Categories: Justice" in absent
    represented = build_record(participation=Participation.REPRESENTED)
    text = all_text(render_minutes(represented, "en").pdf)
    assert "J.D. was represented by Me Paul Renard." in text


def test_every_page_has_its_number_and_the_confidentiality_notice(record: MeetingRecord) -> None:
    for lang, label, notice in (
        ("en", "Page {} of {}", "Confidential — shared professional secrecy"),
        ("fr", "Page {} sur {}", "Confidentiel — secret professionnel partagé"),
        ("nl", "Pagina {} van {}", "Vertrouwelijk — gedeeld beroepsgeheim"),
    ):
        pages = pages_text(render_minutes(many_items(record, 40), lang).pdf)
        assert len(pages) > 3
        for number, text in enumerate(pages, start=1):
            assert label.format(number, len(pages)) in text
            assert notice in " ".join(text.split())


def test_fonts_are_embedded(record: MeetingRecord) -> None:
    descriptors = font_descriptors(render_minutes(record, "en").pdf)
    assert descriptors
    assert all("/FontFile2" in d for d in descriptors)


def test_metadata_and_language(record: MeetingRecord) -> None:
    pdf = reader(render_minutes(record, "fr").pdf)
    assert pdf.metadata.title == "Procès-verbal de la concertation de cas — J.D. — 12 mars 2026"
    assert pdf.metadata.author == record.settings.name
    assert "Keep J. at home safely" in pdf.metadata.subject
    assert pdf.trailer["/Root"]["/Lang"] == "fr"


def test_same_record_same_bytes(record: MeetingRecord) -> None:
    first = render_minutes(record, "en")
    assert render_minutes(record, "en").pdf == first.pdf
    assert render_minutes(build_record(), "en").pdf == first.pdf
    assert first.missing_glyphs == ()


def test_an_unknown_language_is_refused(record: MeetingRecord) -> None:
    with pytest.raises(MinutesError, match="not 'de'"):
        render_minutes(record, "de")


def test_consent_scope_names_professionals_and_says_when_not_in_force(
    record: MeetingRecord,
) -> None:
    named = ConsentRecord(
        "c3",
        "julie",
        ConsentKind.NOT_OBTAINABLE,
        frozenset({"housing"}),
        professionals=frozenset({"leroy"}),
        valid_from=dt.date(2025, 1, 1),
        valid_until=dt.date(2025, 6, 30),
        reason="In hospital, unconscious",
    )
    text = all_text(render_minutes(dataclasses.replace(record, consents=(named,)), "en").pdf)
    assert (
        "Consent could not be obtained (valid from 1 January 2025 until 30 June 2025; "
        "not in force on the day of the meeting)" in text
    )
    assert "Recipients: Bruno Leroy (psychologist)" in text
    assert "Why: In hospital, unconscious" in text
    assert "No consent on record." in all_text(
        render_minutes(dataclasses.replace(record, consents=()), "en").pdf
    )


def test_regional_language_codes_fall_back_to_the_language(record: MeetingRecord) -> None:
    assert render_minutes(record, "fr_BE").pdf == render_minutes(record, "fr").pdf


def test_an_id_missing_from_the_directory_is_printed_not_a_crash(record: MeetingRecord) -> None:
    directory = {pid: p for pid, p in record.directory.items() if pid != "peeters"}
    text = all_text(render_minutes(dataclasses.replace(record, directory=directory), "en").pdf)
    assert "peeters" in text.split("Distribution")[-1]


def test_a_long_confidentiality_notice_fits_on_every_page(record: MeetingRecord) -> None:
    notice = "Confidential. " + "Do not pass this document on to anyone. " * 40
    texts = dict(record.policy.texts)
    texts["confidentiality_notice"] = Localized({"en": notice})
    policy = dataclasses.replace(record.policy, texts=texts)
    pages = pages_text(render_minutes(dataclasses.replace(record, policy=policy), "en").pdf)
    for number, text in enumerate(pages, start=1):
        assert flat(notice) in flat(text)
        assert f"Page {number} of {len(pages)}" in text
