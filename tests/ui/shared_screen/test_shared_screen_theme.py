"""Projector contrast: every text colour of both themes reads at WCAG AA (4.5:1) or better."""

from __future__ import annotations

import pytest

from desktop.ui.shared_screen.theme import (
    DARK,
    LIGHT,
    THEMES,
    WCAG_AA,
    contrast_ratio,
    relative_luminance,
    theme,
)


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is just above 4.5:1.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#ffffff") == pytest.approx(1.0)


def test_a_malformed_colour_is_refused() -> None:
    with pytest.raises(ValueError, match="rrggbb"):
        relative_luminance("#fff")


@pytest.mark.parametrize("palette", list(THEMES.values()), ids=list(THEMES))
def test_every_text_colour_reads_on_its_background(palette) -> None:
    colours = palette.text_colours()
    assert {"text", "muted", "accent", "met", "not_met", "needs_answer", "overtime"} <= set(colours)
    weak = {
        name: round(contrast_ratio(colour, palette.background), 2)
        for name, colour in colours.items()
        if contrast_ratio(colour, palette.background) < WCAG_AA
    }
    assert not weak, f"{palette.name}: below {WCAG_AA}:1: {weak}"


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_chair_stands_out_as_a_graphic(palette) -> None:
    assert contrast_ratio(palette.chair, palette.background) >= 3.0


def test_the_status_colours_differ_from_each_other() -> None:
    for palette in (LIGHT, DARK):
        assert len({palette.met, palette.not_met, palette.needs_answer}) == 3


def test_themes_by_name() -> None:
    assert theme("light") is LIGHT
    assert theme("dark") is DARK
    with pytest.raises(ValueError, match="Unknown theme"):
        theme("sepia")
