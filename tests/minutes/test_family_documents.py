"""Documents of a meeting about a family: whose each item is, and each person's own copy.

The family (fictional): Marie Lambert (the mother, M.L.), Paul Lambert (the father, P.L.) and
their children Lina (L.L.) and Noah (N.L.). Each item's wording carries a marker naming whose it
is, so a copy that holds another person's item shows at once.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Participation,
    Person,
    PersonNaming,
    PersonTakingPart,
    Relationship,
)
from desktop.core.languages import LANGUAGES
from desktop.core.policy import load_policy
from desktop.core.record import MeetingRecord
from desktop.core.session import MeetingSession
from desktop.minutes import plan_copies, render_minutes, render_person_copy
from desktop.minutes.person_copy import own_basis

from .reading import all_text, pages_text
from .records import START, YOUTH, FakeClock, professionals

MARIE = Person(
    "marie", "Marie Lambert", "M.L.", household="Lambert", relationship=Relationship.PARENT
)
PAUL = Person("paul", "Paul Lambert", "P.L.", household="Lambert", relationship=Relationship.PARENT)
LINA = Person("lina", "Lina Lambert", "L.L.", household="Lambert", relationship=Relationship.CHILD)
NOAH = Person("noah", "Noah Lambert", "N.L.", household="Lambert", relationship=Relationship.CHILD)
FAMILY = (MARIE, PAUL, LINA, NOAH)

#: Each shared item's marker and whose it is.
ITEMS = {
    "ITEM-MARIE-ALONE": (MARIE,),
    "ITEM-MARIE-AND-LINA": (MARIE, LINA),
    "ITEM-PAUL-ALONE": (PAUL,),
    "ITEM-NOAH-ALONE": (NOAH,),
}


def _consent(person: Person, kind: ConsentKind = ConsentKind.GIVEN) -> ConsentRecord:
    return ConsentRecord(
        f"c-{person.id}",
        person.id,
        kind,
        frozenset({"school", "family", "health"}),
        missions=frozenset({"youth"}),
        reason="too young to be asked" if kind is ConsentKind.NOT_OBTAINABLE else "",
    )


def family_record() -> MeetingRecord:
    """A closed family meeting: the mother present, the others absent; four items shared."""
    policy = load_policy()
    clock = FakeClock()
    counter = itertools.count(1)
    directory = professionals()
    consents = (
        _consent(MARIE),
        _consent(PAUL),
        _consent(LINA),
        _consent(NOAH, ConsentKind.NOT_OBTAINABLE),
    )
    meeting = Meeting(
        id="fam",
        person_ids=tuple(p.id for p in FAMILY),
        mission_id="youth",
        policy_id=policy.id,
        purpose="Support the Lambert family after the move",
        scheduled_at=START,
        facilitator_id="martin",
        agenda=(AgendaItem("a1", "School"),),
        invitees=("martin", "leroy", "dubois"),
        taking_part=(PersonTakingPart("marie", Participation.PRESENT),),
    )
    session = MeetingSession(
        meeting,
        policy=policy,
        person=MARIE,
        persons=FAMILY,
        mission=YOUTH,
        directory=directory,
        consents=consents,
        clock=clock,
        new_id=lambda: f"id-{next(counter)}",
    )
    session.open()
    for pid in ("martin", "leroy", "dubois"):
        session.mark_present(pid)
    session.start_agenda_item(0)
    for marker, about in ITEMS.items():
        session.propose("leroy", "school")
        clock.tick(1)
        session.update_draft(
            about=[p.id for p in about],
            wording=f"{marker} mornings are hard",
            good_for_whom="For the children: calmer mornings",
            why="The school plan needs it",
            empty_chair_answer="They would want the school to know",
            in_persons_interest=True,
            could_decide_without=False,
            necessity_reason="The plan depends on it",
        )
        result = session.gate_result
        assert result is not None and result.allows_share, result.unmet
        session.share()
    session.close()
    settings = InstitutionSettings(
        name="Family support (fictional)",
        conduct_rule="We share only what is needed.",
        missions=(YOUTH,),
        person_naming=PersonNaming.ALIAS,
    )
    return MeetingRecord(
        settings=settings,
        policy=policy,
        meeting=session.meeting,
        person=MARIE,
        mission=YOUTH,
        directory={p.id: p for p in directory},
        attendance=session.attendance(),
        consents=consents,
        shared=session.shared,
        withheld=session.withheld,
        decisions=session.decisions,
        actions=session.actions,
        persons=FAMILY,
    )


@pytest.fixture(scope="module")
def record() -> MeetingRecord:
    return family_record()


@pytest.mark.parametrize("person", FAMILY, ids=lambda p: p.id)
def test_each_persons_copy_holds_only_the_items_about_them(
    record: MeetingRecord, person: Person
) -> None:
    text = all_text(render_person_copy(record.for_person(person.id), "en").pdf)
    for marker, about in ITEMS.items():
        if person in about:
            assert marker in text
        else:
            assert marker not in text
    assert f"{person.name} — Your copy" in text  # addressed to them by name


def test_a_copy_made_from_the_whole_record_still_holds_only_its_persons_items(
    record: MeetingRecord,
) -> None:
    """Whoever forgets to narrow the record (a script, a headless command) still gets a copy
    with the person's own items only: the record's ``person`` is the first of the family."""
    text = all_text(render_person_copy(record, "en").pdf)
    assert "ITEM-MARIE-ALONE" in text and "ITEM-MARIE-AND-LINA" in text
    assert "ITEM-PAUL-ALONE" not in text and "ITEM-NOAH-ALONE" not in text


def test_french_minutes_put_a_space_before_each_semicolon(record: MeetingRecord) -> None:
    """« par les parents, qui exercent l'autorité parentale ; sans date de début »: French
    typography, as everywhere else in the minutes."""
    by_parents = replace(_consent(LINA), id="c-lina-parents", given_by="holders")
    text = all_text(render_minutes(replace(record, consents=(by_parents,)), "fr").pdf)
    assert "autorité parentale ; sans date de début" in text
    assert "parentale;" not in text


def test_a_copy_says_who_else_an_item_is_about(record: MeetingRecord) -> None:
    lina = all_text(render_person_copy(record.for_person("lina"), "en").pdf)
    assert "This is also about: M.L" in lina
    noah = all_text(render_person_copy(record.for_person("noah"), "en").pdf)
    assert "also about" not in noah
    # Noah's consent could not be obtained: his copy says so, not "you had agreed".
    assert "Nobody could ask you." in noah and "You had agreed" not in noah


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_minutes_name_whose_information_each_item_is(record: MeetingRecord, lang: str) -> None:
    text = all_text(render_minutes(record, lang).pdf)
    for marker in ITEMS:
        assert marker in text
    if lang == "en":
        assert "About: M.L. and L.L." in text
        assert "About M.L., P.L., L.L. and N.L." in text  # the subtitle names the family
        assert "M.L. (parent)" in text and "N.L. (child)" in text
        assert "M.L. was present." in text and "P.L. was not present" in text
        # The running header names the family by its household (the names would not fit).
        header = pages_text(render_minutes(record, lang).pdf)[1].splitlines()[0]
        assert "Lambert" in header


def test_a_recipients_copy_says_whose_information_each_item_is(record: MeetingRecord) -> None:
    text = all_text(render_minutes(record, "en", recipient_id="dubois").pdf)
    assert "About: P.L." in text and "About: N.L." in text


def test_a_childs_copy_is_written_for_a_child(record: MeetingRecord) -> None:
    import dataclasses
    import datetime as dt

    from desktop.minutes.person_copy import is_child_copy

    noah = dataclasses.replace(NOAH, birth_date=dt.date(2019, 3, 2))  # seven
    persons = tuple(noah if p.id == "noah" else p for p in FAMILY)
    child = dataclasses.replace(record, persons=persons).for_person("noah")
    assert is_child_copy(child) and not is_child_copy(record.for_person("marie"))
    for lang, words in (
        ("en", "This paper is for you."),
        ("fr", "Ce papier est pour vous."),
        ("nl", "Dit blad is voor u."),
    ):
        text = all_text(render_person_copy(child, lang).pdf)
        assert words in text  # the framework's own words for children
        assert "ITEM-NOAH-ALONE" in text and "ITEM-MARIE-ALONE" not in text
    adult = render_person_copy(record.for_person("noah"), "en")
    assert _body_size(render_person_copy(child, "en").pdf) > _body_size(adult.pdf)  # larger


def _body_size(pdf: bytes) -> float:
    """The type size most of the text is set in."""
    import collections
    import re

    from .reading import reader

    sizes: collections.Counter[float] = collections.Counter()
    for page in reader(pdf).pages:
        data = page.get_contents().get_data().decode("latin-1")
        sizes.update(float(size) for size in re.findall(r"/F\S+ ([\d.]+) Tf", data))
    return sizes.most_common(1)[0][0]


def test_the_basis_of_an_item_about_two_names_each_persons_own(record: MeetingRecord) -> None:
    both = next(i for i in record.shared if i.about == ("marie", "lina"))
    assert own_basis(both.consent_basis, "L.L.").key.startswith("consent.given")
    assert both.consent_basis.key == "whose.join"


def test_a_persons_copy_holds_only_the_decisions_resting_on_items_about_them(
    record: MeetingRecord,
) -> None:
    import dataclasses

    from desktop.core.entities import Decision

    lina_item = next(i for i in record.shared if i.about == ("marie", "lina"))
    decisions = (
        Decision("d1", "fam", "DECISION-ABOUT-NOBODY-IN-PARTICULAR"),
        Decision("d2", "fam", "DECISION-ON-LINAS-ITEM", (lina_item.id,)),
    )
    with_decisions = dataclasses.replace(record, decisions=decisions)
    lina = all_text(render_person_copy(with_decisions.for_person("lina"), "en").pdf)
    paul = all_text(render_person_copy(with_decisions.for_person("paul"), "en").pdf)
    assert "DECISION-ON-LINAS-ITEM" in lina and "DECISION-ON-LINAS-ITEM" not in paul
    # A decision on no item may be about anyone in the family: it is in no one's own copy.
    assert "DECISION-ABOUT-NOBODY" not in lina and "DECISION-ABOUT-NOBODY" not in paul
    # The full record keeps them all.
    assert "DECISION-ABOUT-NOBODY" in all_text(render_minutes(with_decisions, "en").pdf)


def test_a_childs_words_of_help_are_never_cut_across_pages(record: MeetingRecord) -> None:
    """Wherever the page breaks fall, the framework's closing words for a child sit whole on
    one page, with the rights: never a last page holding only their end."""
    import dataclasses
    import datetime as dt

    noah = dataclasses.replace(NOAH, birth_date=dt.date(2019, 3, 2))  # seven
    persons = tuple(noah if p.id == "noah" else p for p in FAMILY)
    child = dataclasses.replace(record, persons=persons).for_person("noah")
    closing = "Vous pouvez toujours poser des questions. Vous pouvez dire ce que vous pensez."
    for lines in range(16):  # longer contact details move the end over a page break
        contact = " ".join(["Rue des Tilleuls 12, 1000 Bruxelles."] * lines)
        settings = dataclasses.replace(child.settings, contact=contact)
        pdf = render_person_copy(dataclasses.replace(child, settings=settings), "fr").pdf
        pages = pages_text(pdf)
        holding = [i for i, page in enumerate(pages) if "écoutera" in page]
        assert len(holding) == 1, lines
        assert closing in " ".join(pages[holding[0]].split()), lines


def test_the_files_of_a_familys_minutes_name_the_whole_family(record: MeetingRecord) -> None:
    names = [planned.path.name for planned in plan_copies(record, "/tmp", "en")]
    assert names[0] == "M.L.-P.L.-L.L.-N.L-2026-03-12-full-record.pdf"
    assert all(name.startswith("M.L.-P.L.-L.L.-N.L-") for name in names)


def test_a_family_members_copy_never_says_nothing_was_decided(record: MeetingRecord) -> None:
    """The team decided something resting on no item: it is in no family member's copy, and
    their copy says that nothing decided rests on what was said about them, not that nothing
    was decided."""
    from desktop.core.entities import Decision

    decided = replace(record, decisions=(Decision("d1", "fam", "DECISION-ON-NO-ITEM"),))
    for lang, words, wrong in (
        ("en", "No decision rests on what was said about you.", "Nothing was decided."),
        ("fr", "Aucune décision ne repose sur ce qui a été dit de vous.", "Rien n'a été décidé."),
        (
            "nl",
            "Geen enkele beslissing steunt op wat over u werd gezegd.",
            "Er werd niets beslist.",
        ),
    ):
        text = all_text(render_person_copy(decided.for_person("marie"), lang).pdf)
        assert "DECISION-ON-NO-ITEM" not in text
        assert words in text and wrong not in text
    planned = all_text(render_person_copy(decided.for_person("paul"), "en").pdf)
    assert "Nothing planned rests on what was said about you." in planned
