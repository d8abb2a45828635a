"""Lone surrogates: found wherever they hide, named by their field (issue 13)."""

from __future__ import annotations

import datetime as dt

from desktop.core.broken_text import (
    field_name,
    find_broken_text,
    has_lone_surrogate,
    replace_broken,
)
from desktop.core.entities import Decision
from desktop.core.events import DecisionAdded


def test_a_lone_surrogate_is_found_and_a_real_pair_is_not() -> None:
    assert has_lone_surrogate("a\ud800b") and has_lone_surrogate("\udfff")
    assert not has_lone_surrogate("an emoji 🪑, accents é, RTL שלום")
    assert replace_broken("a\ud800b") == "a\ufffdb"


def test_the_field_is_named_in_rows_records_and_events() -> None:
    assert find_broken_text({"name": "ok", "organisation": "b\udc00"}) == "organisation"
    decision = Decision("d", "m", "x\ud83d", (), dt.datetime(2026, 1, 1))
    assert find_broken_text(DecisionAdded(decision)) == "text"
    assert find_broken_text({"missions": ["fine", "bro\ud800ken"]}) == "missions"
    assert find_broken_text(("all", "fine")) is None


def test_fields_have_names_people_use_in_every_language() -> None:
    assert field_name("wording").render("fr") == "formulation"
    assert field_name("wording").render("nl") == "formulering"
    assert field_name("text").render("en") == "decision"
    assert field_name("some_column").render("nl") == "some column"


def test_every_kind_of_nesting_is_searched_and_plain_values_are_skipped() -> None:
    decision = Decision("d", "m", "fine", ("i\udc01",), dt.datetime(2026, 1, 1))
    assert find_broken_text([{"outer": (decision,)}]) == "item_ids"
    assert find_broken_text({"k\ud800": "fine"}) == "text"  # a key is a text too
    assert find_broken_text({"frozen": frozenset({"ok", "n\udfffo"})}) == "frozen"
    assert find_broken_text({"why": "ünïcödé 🪑 fine", "n": 3, "when": dt.date(2026, 1, 1)}) is None
    assert find_broken_text("\ud800", "wording") == "wording"


def test_what_a_writer_never_saves_can_be_left_out() -> None:
    decision = Decision("d", "m", "x\ud83d", (), dt.datetime(2026, 1, 1))
    assert find_broken_text({"kept": "fine", "verdicts": decision}, skip=(Decision,)) is None
    assert find_broken_text({"kept": "b\ud800d", "verdicts": decision}, skip=(Decision,)) == "kept"
