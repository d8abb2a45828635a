"""CSV import of the directory: delimiters, encodings, French headers, and every kind of row."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.directory_import import (
    Problem,
    RowStatus,
    decode,
    detect_delimiter,
    parse_yes_no,
    preview_import,
    split_missions,
)
from desktop.core.entities import Mission, Professional

MISSIONS = (Mission("youth", "Youth care"), Mission("mental", "Mental health"))
DIRECTORY = (
    Professional("p1", "Alex Martin", "social worker", "CPAS Namur", True, "social worker"),
)


def preview(data: bytes | str, directory: tuple[Professional, ...] = DIRECTORY):
    counter = itertools.count(1)
    return preview_import(
        data, directory=directory, missions=MISSIONS, new_id=lambda: f"new{next(counter)}"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("yes", True),
        ("Oui", True),
        ("1", True),
        ("TRUE", True),
        ("no", False),
        ("NON", False),
        ("0", False),
        ("false", False),
        ("", False),
        ("maybe", None),
        ("peut-être", None),
    ],
)
def test_parse_yes_no(value: str, expected: bool | None) -> None:
    assert parse_yes_no(value) is expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Youth care|Mental health", ["Youth care", "Mental health"]),
        ("youth, mental", ["youth", "mental"]),
        (" Youth care | ", ["Youth care"]),
        ("", []),
    ],
)
def test_split_missions(cell: str, expected: list[str]) -> None:
    assert split_missions(cell) == expected


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [("name,role\n", ","), ("nom;fonction;organisme\n", ";"), ("name\n", ","), ("", ",")],
)
def test_detect_delimiter(text: str, delimiter: str) -> None:
    assert detect_delimiter(text) == delimiter


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Nom;Fonction\nÉlise Noël;éducatrice\n".encode(), "utf-8"),
        ("Nom;Fonction\nÉlise Noël;éducatrice\n".encode("utf-8-sig"), "utf-8"),
        ("Nom;Fonction\nÉlise Noël;éducatrice\n".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_guesses_encoding(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded is not None
    text, used = decoded
    assert used == encoding
    assert text.startswith("Nom;Fonction") and "Élise Noël" in text


def test_english_comma_file_is_added_with_missions_by_name_and_id() -> None:
    data = (
        "Name,Role,Organisation,Secrecy,Basis,Missions\n"
        'Bea Leroy,psychologist,Centre Horizon,yes,psychologist,"Youth care|mental"\n'
    )
    result = preview(data)
    assert result.problem is None and result.delimiter == ","
    (row,) = result.rows
    assert row.status is RowStatus.ADD and row.line == 2
    assert row.professional == Professional(
        "new1",
        "Bea Leroy",
        "psychologist",
        "Centre Horizon",
        True,
        "psychologist",
        frozenset({"youth", "mental"}),
    )


def test_french_semicolon_cp1252_file_with_every_kind_of_row() -> None:
    data = (
        "NOM;Fonction;Organisme;Secret;Fondement;Missions;Téléphone\n"
        "Élise Noël;éducatrice;AMO Le Pont;oui;éducatrice spécialisée;Youth care;0400\n"
        "Sam Peeters;inspecteur;Police locale;non;;youth;0401\n"
        "alex  martin;assistant social;cpas namur;oui;;;\n"
        ";psychologue;Centre;oui;;;\n"
        "Chris Dubois;infirmier;Hôpital;peut-être;;;\n"
        "Dana Lambert;médecin;Hôpital;1;médecin;Gériatrie;\n"
        "Élise Noël;éducatrice;AMO Le Pont;oui;;;\n"
        ";;;;;;\n"
    ).encode("cp1252")
    result = preview(data)
    assert (result.delimiter, result.encoding, result.problem) == (";", "cp1252", None)
    assert result.ignored_columns == ("Téléphone",)
    summary = [(r.line, r.status, r.problem, r.detail) for r in result.rows]
    assert summary == [
        (2, RowStatus.ADD, None, ""),
        (3, RowStatus.ADD, None, ""),
        (4, RowStatus.DUPLICATE, Problem.DUPLICATE_IN_DIRECTORY, ""),
        (5, RowStatus.INVALID, Problem.MISSING_NAME, ""),
        (6, RowStatus.INVALID, Problem.BAD_SECRECY, "peut-être"),
        (7, RowStatus.INVALID, Problem.UNKNOWN_MISSION, "Gériatrie"),
        (8, RowStatus.DUPLICATE, Problem.DUPLICATE_IN_FILE, ""),
    ]
    added = result.to_add()
    assert [p.name for p in added] == ["Élise Noël", "Sam Peeters"]
    assert added[0].bound_by_secrecy and added[0].secrecy_basis == "éducatrice spécialisée"
    assert not added[1].bound_by_secrecy and added[1].missions == frozenset({"youth"})


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", Problem.EMPTY_FILE),
        (b"   \n\n", Problem.EMPTY_FILE),
        (b"\x00\x01\x02PK", Problem.NOT_TEXT),
        (b"role,organisation\nnurse,Hospital\n", Problem.NO_NAME_COLUMN),
    ],
)
def test_unusable_files_say_why(data: bytes, problem: Problem) -> None:
    result = preview(data)
    assert result.problem is problem
    assert result.rows == ()


def test_short_rows_and_quoted_cells_are_read_literally() -> None:
    data = 'name,organisation,role\n"<b>Zoé</b>, ""Z""",Org\n'
    (row,) = preview(data, directory=()).rows
    assert row.status is RowStatus.ADD
    assert row.professional is not None
    assert row.professional.name == '<b>Zoé</b>, "Z"'
    assert row.professional.role == ""


def test_dutch_semicolon_file_with_flemish_headers_and_ja_nee() -> None:
    data = (
        "Naam;Functie;Organisatie;Beroepsgeheim;Grondslag;Opdrachten;Telefoon\n"
        "Lies De Smet;opvoeder;De Linde;ja;opvoeder (functie);youth;0470\n"
        "Sam Peeters;inspecteur;Politiezone Noord;neen;;youth;0471\n"
        "Bram Verhoeven;psycholoog;CGG;Nee;;;\n"
        "Dirk Lambrechts;verpleegkundige;School;misschien;;;\n"
    ).encode("cp1252")
    result = preview(data)
    assert (result.delimiter, result.problem, result.ignored_columns) == (";", None, ("Telefoon",))
    summary = [(r.line, r.status, r.problem, r.detail) for r in result.rows]
    assert summary == [
        (2, RowStatus.ADD, None, ""),
        (3, RowStatus.ADD, None, ""),
        (4, RowStatus.ADD, None, ""),
        (5, RowStatus.INVALID, Problem.BAD_SECRECY, "misschien"),
    ]
    lies, sam, bram = result.to_add()
    assert (lies.role, lies.organisation, lies.secrecy_basis) == (
        "opvoeder",
        "De Linde",
        "opvoeder (functie)",
    )
    assert lies.bound_by_secrecy and lies.missions == frozenset({"youth"})
    assert not sam.bound_by_secrecy and not bram.bound_by_secrecy


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ja", True), ("JA", True), ("j", True), ("waar", True), ("nee", False), ("neen", False)],
)
def test_dutch_yes_and_no(word: str, expected: bool) -> None:
    from desktop.core.directory_import import parse_yes_no

    assert parse_yes_no(word) is expected


# --- Rows the CSV reader cannot read, texts that cannot be saved (issue 13) ----------------------


def test_a_cell_over_the_field_limit_is_a_row_problem_not_an_error() -> None:
    from desktop.core.directory_import import FIELD_LIMIT

    assert FIELD_LIMIT == 131_072
    huge = "x" * (FIELD_LIMIT + 1)
    result = preview(f"name,role\nAnna Long,{huge}\nBea Short,nurse\n")
    assert result.problem is None
    assert [(r.line, r.status, r.problem) for r in result.rows] == [
        (2, RowStatus.INVALID, Problem.UNREADABLE_ROW),
        (3, RowStatus.ADD, None),
    ]


def test_a_quoted_cell_over_the_field_limit_spares_the_rows_after_it() -> None:
    huge = "x" * 140_000
    result = preview(f'name,role\n"{huge}",nurse\nBea Short,nurse\nCyril,educator\n')
    statuses = [r.status for r in result.rows]
    assert statuses == [RowStatus.INVALID, RowStatus.ADD, RowStatus.ADD]


def test_a_header_over_the_field_limit_is_a_file_problem() -> None:
    result = preview("name," + "y" * 140_000 + "\nAnna,nurse\n")
    assert result.problem is Problem.UNREADABLE_ROW and result.rows == ()


def test_a_lone_surrogate_in_a_cell_is_refused_and_named() -> None:
    result = preview("name,organisation,role\nAnna Mar\ud800tin,CPAS,nurse\nBea,Org,nurse\n")
    first, second = result.rows
    assert (first.status, first.problem, first.detail) == (
        RowStatus.INVALID,
        Problem.BROKEN_TEXT,
        "name",
    )
    assert first.name == "Anna Mar\ufffdtin"  # shown with a replacement mark, and said why
    assert second.status is RowStatus.ADD
    assert result.to_add()[0].name == "Bea"
