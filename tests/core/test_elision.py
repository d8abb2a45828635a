"""French elision before a filled-in value: "Exemplaire d'Anne Martin", never "de Anne Martin",
done once where the catalogue renders a text (English and Dutch untouched)."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from desktop.core.catalogue import catalogue_path
from desktop.core.elision import elide, starts_with_vowel_sound
from desktop.core.messages import Message
from desktop.core.text import FSI, PDI, fill, without_isolates
from desktop.minutes.texts import tr

# A French word left whole before the value "Anne" (the test below fills every value with it).
UNELIDED = re.compile(r"(?<![\w'’-])(de|que|le|la|ne|se|je|me|te) Anne", re.I)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anne Martin", "Aucun accord d'Anne Martin enregistré ne couvre « santé »"),
        ("Olivier Roux", "Aucun accord d'Olivier Roux enregistré ne couvre « santé »"),
        ("Émile", "Aucun accord d'Émile enregistré ne couvre « santé »"),
        ("éva", "Aucun accord d'éva enregistré ne couvre « santé »"),
        ("Ugo", "Aucun accord d'Ugo enregistré ne couvre « santé »"),
        ("A.B.", "Aucun accord d'A.B. enregistré ne couvre « santé »"),
        ("Bruno", "Aucun accord de Bruno enregistré ne couvre « santé »"),
        ("B.A.", "Aucun accord de B.A. enregistré ne couvre « santé »"),
        ("Hélène", "Aucun accord d'Hélène enregistré ne couvre « santé »"),
        ("henri", "Aucun accord d'henri enregistré ne couvre « santé »"),
        ("Yves", "Aucun accord d'Yves enregistré ne couvre « santé »"),
        ("Yasmine", "Aucun accord de Yasmine enregistré ne couvre « santé »"),
        ("1re famille", "Aucun accord de 1re famille enregistré ne couvre « santé »"),
        ("« Anne »", "Aucun accord de « Anne » enregistré ne couvre « santé »"),
    ],
)
def test_a_french_message_elides_before_a_name_that_needs_it(name: str, expected: str) -> None:
    message = Message.of("consent.none", alias=name, category="santé")
    assert message.render("fr") == expected


def test_elision_also_holds_with_isolates_and_for_every_value_of_a_sentence() -> None:
    message = Message.of("minor.parents_contrary", alias="Inès")
    rendered = message.render("fr", isolate=True)
    assert rendered.startswith(f"Les parents d'{FSI}Inès{PDI} n'ont pas été informés")
    assert without_isolates(rendered).endswith(
        "contraire à l'intérêt d'Inès (la raison est consignée)"
    )
    # One value elides, the other does not: each word looks at the value it stands before.
    mixed = Message.of("consent.not_covered", alias="Alix", category="santé", names=("Paul",))
    assert mixed.render("fr").startswith("L'accord d'Alix ne couvre pas le partage de « santé »")


def test_a_list_of_names_elides_before_its_first_name() -> None:
    message = Message.of("fix.record_basis", names=("Inès Dubois", "Paul Renard"))
    assert message.render("fr").startswith(
        "Enregistrez le fondement du secret d'Inès Dubois et Paul Renard dans l'annuaire"
    )


def test_english_and_dutch_are_unchanged() -> None:
    message = Message.of("consent.none", alias="Anne Martin", category="health")
    assert message.render("en") == "No consent of Anne Martin on record covers health"
    # Dutch "de" is an article: never touched.
    assert elide("Bel de {name}", {"name": "Anne"}, "nl") == "Bel de {name}"
    assert elide("Exemplaire de {name}", {"name": "Anne"}, "en") == "Exemplaire de {name}"
    assert "van Anne Martin" in message.render("nl")


@pytest.mark.parametrize(
    ("template", "value", "expected"),
    [
        ("Ce que {name} a dit", "Émile", "Ce qu'Émile a dit"),
        ("Que {name} vienne", "Ève", "Qu'Ève vienne"),
        ("De {name} à Paul", "Anne", "D'Anne à Paul"),
        ("voir le {word}", "éducateur", "voir l'éducateur"),
        ("voir la {word}", "unité", "voir l'unité"),
        ("il ne {verb} pas", "ouvre", "il n'ouvre pas"),
        ("Ce que {name} a dit", "Paul", "Ce que Paul a dit"),
        # The end of a longer word is not the word itself: only the listed words elide.
        ("lorsque {name} arrive", "Anne", "lorsque Anne arrive"),
        ("Monde {name}", "Anne", "Monde Anne"),
        # After a hyphen, an imperative's pronoun: it never elides ("donnez-le à").
        ("donnez-le {word}", "à Anne", "donnez-le à Anne"),
        # A value that is missing leaves its placeholder and its word as written.
        ("de {other}", "Anne", "de {other}"),
    ],
)
def test_each_elidable_word_and_only_at_a_value(template: str, value: str, expected: str) -> None:
    values = {"name": value, "word": value, "verb": value}
    assert fill(elide(template, values, "fr"), values) == expected


def test_a_value_is_still_filled_in_literally() -> None:
    # A name holding braces is shown as typed, and the elision does not read inside it.
    message = Message.of("consent.none", alias="Ana {category}", category="santé")
    assert message.render("fr") == "Aucun accord d'Ana {category} enregistré ne couvre « santé »"


def test_the_first_sound_of_a_value() -> None:
    for value in ("Anne", "ÉMILE", "île", "Œdipe", "Yvonne", "Hugo", f"{FSI}Ali{PDI}", "Ÿ"):
        assert starts_with_vowel_sound(value), value
    for value in ("", "Bruno", "Yann", "yaourt", "8 mars", "«Anne»", " Anne", "-Anne"):
        assert not starts_with_vowel_sound(value), value


def test_the_documents_copy_title_elides() -> None:
    assert without_isolates(tr("minutes.copy_for", "fr", name="Anne Martin")) == (
        "Exemplaire d'Anne Martin"
    )
    assert without_isolates(tr("opinion.of", "fr", name="Olivier Roux")) == "Opinion d'Olivier Roux"
    assert without_isolates(tr("minutes.copy_for", "fr", name="Paul")) == "Exemplaire de Paul"
    assert without_isolates(tr("minutes.copy_for", "en", name="Anne")) == "Copy for Anne"


def test_no_french_template_leaves_a_word_whole_before_a_vowel() -> None:
    """Every French text of the catalogue, each value a name starting with a vowel: no "de
    Anne" anywhere (a translation added later with "que {name}" or "le {x}" is covered too)."""
    with open(catalogue_path("fr", ".po"), "rb") as handle:
        catalogue = read_po(handle)
    checked = 0
    for message in catalogue:
        if not message.id:
            continue
        for template in message.string if isinstance(message.string, tuple) else (message.string,):
            names = set(re.findall(r"\{(\w+)\}", template))
            values = dict.fromkeys(names, "Anne")
            rendered = fill(elide(template, values, "fr"), values)
            assert not UNELIDED.search(rendered), (message.context, rendered)
            checked += bool(names)
    assert checked > 100
