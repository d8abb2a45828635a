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
