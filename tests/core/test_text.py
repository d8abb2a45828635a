"""Dates, lists, numbers and plurals as each language writes them (CLDR, through Babel), one
list of languages, and the one catalogue (gettext) that translates the core's sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.catalogue import D_, demo_text, translations
from desktop.core.languages import LANGUAGES, NATIVE_NAMES, is_supported, language_of
from desktop.core.messages import CATALOG, Message
from desktop.core.text import FSI, PDI, fill, format_count, format_date, join_names
from desktop.minutes.texts import TEXTS, tr


def test_one_list_of_languages_each_named_in_itself() -> None:
    assert LANGUAGES == ("en", "fr", "nl")
    assert NATIVE_NAMES == {"en": "English", "fr": "Français", "nl": "Nederlands"}
    assert is_supported("nl") and not is_supported("nl_BE") and not is_supported("de")


@pytest.mark.parametrize(
    ("locale", "lang"),
    [("nl_BE", "nl"), ("nl-BE", "nl"), ("nl_BE.UTF-8", "nl"), ("fr_FR", "fr"), ("de_DE", "en")],
)
def test_a_locale_gives_its_language_or_english(locale: str, lang: str) -> None:
    assert language_of(locale) == lang


@pytest.mark.parametrize(
    ("lang", "day", "expected"),
    [
        ("en", dt.date(2026, 3, 12), "12 March 2026"),
        ("fr", dt.date(2026, 3, 12), "12 mars 2026"),
        ("nl", dt.date(2026, 3, 12), "12 maart 2026"),
        ("fr", dt.date(2026, 2, 1), "1er février 2026"),
        ("nl", dt.date(2026, 2, 1), "1 februari 2026"),
        ("en", dt.date(2026, 2, 1), "1 February 2026"),
        ("nl", dt.date(2026, 8, 15), "15 augustus 2026"),
        ("fr", dt.date(2026, 8, 15), "15 août 2026"),
    ],
)
def test_dates_as_people_write_them(lang: str, day: dt.date, expected: str) -> None:
    assert format_date(day, lang) == expected


def test_lists_and_numbers_in_each_language() -> None:
    names = ["Anna", "Bram", "Lies"]
    assert join_names(names, "en") == "Anna, Bram and Lies"
    assert join_names(names, "fr") == "Anna, Bram et Lies"
    assert join_names(names, "nl") == "Anna, Bram en Lies"
    assert join_names(["Anna"], "nl") == "Anna"
    assert join_names([], "nl") == ""
    assert format_count(1234, "en") == "1,234"
    assert format_count(1234, "nl") == "1.234"
    assert format_count(1234, "fr") == "1\u202f234"


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        # CLDR: English and Dutch have one singular (1); French counts 0 and 1 as singular.
        ("en", {0: "items", 1: "item ", 2: "items", 5: "items"}),
        ("fr", {0: "information ", 1: "information ", 2: "informations", 5: "informations"}),
        ("nl", {0: "punten", 1: "punt ", 2: "punten", 5: "punten"}),
    ],
)
def test_plural_forms_follow_each_language(lang: str, forms: dict[int, str]) -> None:
    for count, word in forms.items():
        assert word in tr("withheld", lang, count), (lang, count)


def test_a_plural_message_of_the_core_in_three_languages() -> None:
    one = Message.of("session.unknown_fields", fields=("x",), count=1)
    two = Message.of("session.unknown_fields", fields=("x", "y"), count=2)
    assert (one.render("en"), two.render("en")) == ("Unknown field: x", "Unknown fields: x and y")
    assert two.render("fr") == "Champs inconnus : x et y"
    assert (one.render("nl"), two.render("nl")) == ("Onbekend veld: x", "Onbekende velden: x en y")
    with pytest.raises(ValueError, match="count"):
        Message.of("session.unknown_fields", fields=("x",))


def test_messages_render_later_in_any_language_with_terms_and_dates() -> None:
    from desktop.core.entities import MeetingState
    from desktop.core.session_record import DOING, describe

    refused = Message.of(
        "session.wrong_state", doing=DOING["open the meeting"], state=describe(MeetingState.CLOSED)
    )
    assert refused.render("en") == "Cannot open the meeting: the meeting is closed"
    assert refused.render("fr") == "Impossible d'ouvrir la réunion : la réunion est close"
    assert (
        refused.render("nl")
        == "Onmogelijk om de vergadering te openen: de vergadering is afgesloten"
    )
    given = Message.of("consent.given", date=dt.date(2026, 3, 12), category="Health")
    assert "12 maart 2026" in given.render("nl")


def test_the_filler_is_literal_and_isolates_only_when_asked() -> None:
    assert fill("{a} and {b}", {"a": "{b}", "b": "%s"}) == "{b} and %s"
    assert fill("{a} {missing}", {"a": "x"}) == "x {missing}"
    assert fill("{a}.", {"a": "שלום"}, isolate=True) == f"{FSI}שלום{PDI}."
    assert Message.of("fix.come_back", names=("Anna",)).render("nl") == "Anna laten terugkomen"
    assert FSI in Message.of("fix.come_back", names=("Anna",)).render("nl", isolate=True)


def test_english_is_the_source_and_an_unknown_language_falls_back_to_it() -> None:
    assert CATALOG["fix.not_share"].template("en") == "Share nothing"
    assert CATALOG["fix.not_share"].template("de") == "Share nothing"
    assert CATALOG["fix.not_share"].template("nl") == "Niets delen"
    assert TEXTS["minutes.title"].template("nl") == "Verslag van het casusoverleg"
    assert translations("en").gettext("anything") == "anything"


def test_the_demo_texts_are_translated_by_the_catalogue() -> None:
    assert D_("Youth care") == "Youth care"
    assert demo_text("Youth care", "fr") == "Aide à la jeunesse"
    assert demo_text("Youth care", "nl") == "Jeugdhulp"
    assert demo_text("Anne Martin", "nl") == "An Maes"  # Flemish colleagues in the Dutch demo
    assert demo_text("", "nl") == ""  # not the catalogue's header
