"""Every document in Dutch, read back: Belgian usage, Dutch dates, Dutch plurals, nothing English
but what people typed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core.entities import Participation
from desktop.core.record import MeetingRecord
from desktop.minutes import plan_copies, render_minutes, render_person_copy
from desktop.minutes.person_record import render_person_record
from desktop.storage.maintenance import PersonRecord

from .reading import all_text, pages_text, reader
from .records import build_record

TODAY = dt.date(2026, 11, 28)


def test_the_full_record_in_dutch(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "nl").pdf)
    for expected in (
        "Verslag van het casusoverleg",
        "Volledig verslag, voor het dossier: bewaard door Anna Martin (social worker).",
        "Datum: 12 maart 2026, van 10:00 tot",
        "Kader: België — gedeeld beroepsgeheim, versie 2026.2",
        "Gespreksleider: Anna Martin",
        "J.D. was niet aanwezig: de lege stoel stond de hele vergadering voor deze persoon.",
        "Toestemming gegeven (geldig van 10 januari 2026 tot 31 december 2026)",
        "Categorieën: Gezin, Gezondheid, School en opleiding",
        "Niet gebonden door het beroepsgeheim",
        "Gedeeld punt G1 · Gezondheid · feit",
        "Wat zou J.D. gewild hebben?",
        "GEDEELD OP GROND VAN EEN UITZONDERING, zonder toestemming van de persoon",
        "Ernstig en dreigend gevaar voor de persoon of voor anderen",
        "2 punten werden besproken en niet gedeeld; de inhoud ervan werd niet genoteerd.",
        "Wie Wat Uiterlijk op Steunt op",
        "Verspreiding",
    ):
        assert expected in text, expected
    for english in ("Minutes of the case conference", "Shared by", "Received by", "Page "):
        assert english not in text


def test_dutch_plurals_and_the_page_label(record: MeetingRecord) -> None:
    one = dataclasses.replace(record, withheld=record.withheld[:1])
    text = all_text(render_minutes(one, "nl").pdf)
    assert "1 punt werd besproken en niet gedeeld; de inhoud ervan werd niet genoteerd." in text
    none = dataclasses.replace(record, withheld=())
    assert "Geen enkel besproken punt bleef ongedeeld." in all_text(render_minutes(none, "nl").pdf)
    pages = pages_text(render_minutes(record, "nl").pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page


def test_a_recipient_copy_in_dutch(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "nl", "peeters").pdf)
    assert "Exemplaar voor Sam Peeters (police officer)" in text
    assert (
        "U bent niet gebonden door het beroepsgeheim: dit exemplaar bevat geen gedeeld punt."
        in (text)
    )
    # The facilitator is the "gespreksleider", as the header names them, never a "voorzitter".
    received = all_text(render_minutes(record, "nl", record.present_attendees()[0].id).pdf)
    assert "dat de gespreksleider bewaart" in received and "voorzitter" not in received
    planned = plan_copies(record, "/tmp", "nl")
    assert planned[0].path.name.endswith("-volledig-verslag.pdf")
    assert any("-exemplaar-" in copy.path.name for copy in planned[1:])


def test_the_persons_copy_in_dutch() -> None:
    record = build_record(participation=Participation.REPRESENTED)
    text = all_text(render_person_copy(record, "nl").pdf)
    for expected in (
        "Uw exemplaar",
        "Wat uw team op 12 maart 2026 over u zei",
        "U was er niet. Me Paul Renard sprak voor u.",
        "Wie het hoorde: Anna Martin, Claire Dubois, David Lambert.",
        "verliet de zaal voor punt 1 hieronder",
        "Het team dacht ook aan 2 andere dingen.",
        "Tegen 20 maart 2026.",
        "Met vragen over deze vergadering kunt u terecht bij Anna Martin",
    ):
        assert expected in text, expected


def test_the_persons_record_in_dutch(record: MeetingRecord) -> None:
    person_record = PersonRecord(record.settings, record.person, (record,))
    text = all_text(render_person_record(person_record, "nl", TODAY).pdf)
    for expected in (
        "Uw dossier",
        "Alles wat in casusoverleg over u gedeeld werd, tot 28 november 2026",
        "Vergadering van 12 maart 2026",
        "Bruno Leroy zei:",
        "Wanneer: 12 maart 2026 om",
    ):
        assert expected in text, expected


def test_dutch_metadata(record: MeetingRecord) -> None:
    pdf = reader(render_minutes(record, "nl").pdf)
    assert pdf.metadata.title == "Verslag van het casusoverleg — J.D. — 12 maart 2026"
    assert pdf.metadata.subject == "Verslag van het casusoverleg: Keep J. at home safely"
    assert pdf.trailer["/Root"]["/Lang"] == "nl"


@pytest.mark.parametrize("lang", ["nl", "nl_BE", "nl-BE"])
def test_belgian_dutch_locales_give_the_dutch_documents(record: MeetingRecord, lang: str) -> None:
    assert render_minutes(record, lang).pdf == render_minutes(record, "nl").pdf
