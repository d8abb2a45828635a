"""French documents elide before a name: "Exemplaire d'Anna Martin", read back from the PDF."""

from __future__ import annotations

from desktop.core.record import MeetingRecord
from desktop.minutes import render_minutes

from .reading import all_text, reader


def test_a_french_copy_for_an_attendee_whose_name_starts_with_a_vowel(
    record: MeetingRecord,
) -> None:
    pdf = render_minutes(record, "fr", "martin").pdf
    text = all_text(pdf)
    assert "Exemplaire d'Anna Martin (social worker)" in text
    assert "Exemplaire de Anna" not in text
    assert reader(pdf).metadata.title.endswith("— Exemplaire d'Anna Martin")


def test_a_french_copy_for_a_consonant_and_the_other_languages_are_unchanged(
    record: MeetingRecord,
) -> None:
    assert "Exemplaire de Sam Peeters (police officer)" in all_text(
        render_minutes(record, "fr", "peeters").pdf
    )
    assert "Copy for Anna Martin (social worker)" in all_text(
        render_minutes(record, "en", "martin").pdf
    )
    assert "Exemplaar voor Anna Martin (social worker)" in all_text(
        render_minutes(record, "nl", "martin").pdf
    )


def test_the_french_full_record_elides_before_the_facilitator(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "fr").pdf)
    assert "reste auprès d'Anna Martin" in text
    assert "de Anna" not in text
