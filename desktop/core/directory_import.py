"""Reading a team list exported from a spreadsheet into directory entries.

Team lists live in spreadsheets. Belgian and French Excel saves CSV with ``;`` and in cp1252, so
this module guesses the delimiter and the encoding, accepts English, French or Dutch headers and
yes/no words (the app's languages, desktop/core/languages.py), and sorts
every row into *to add*, *duplicate* (already in the directory) or *invalid* (with the reason),
so the user sees all three before anything is written. A row the CSV reader cannot read (a cell
over :data:`FIELD_LIMIT` characters, an unclosed quote) or whose text cannot be saved is one
more invalid row, never an error. No Qt, no storage: plain data in and out.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.broken_text import find_broken_text, replace_broken
from desktop.core.entities import Mission, Professional

ENCODINGS = ("utf-8-sig", "utf-8", "cp1252")
#: The longest cell Python's CSV reader accepts (its default ``field_size_limit``, left as it is:
#: no directory entry needs more).
FIELD_LIMIT = csv.field_size_limit()

# Header words, lower-cased, to the field they fill: English, French, Dutch (Flemish teams write
# "functie" and "organisatie"; "beroepsgeheim" is the secrecy column).
HEADERS: dict[str, str] = {
    "name": "name",
    "nom": "name",
    "naam": "name",
    "role": "role",
    "rôle": "role",
    "fonction": "role",
    "rol": "role",
    "functie": "role",
    "organisation": "organisation",
    "organization": "organisation",
    "organisme": "organisation",
    "organisatie": "organisation",
    "secrecy": "secrecy",
    "secret": "secrecy",
    "bound by secrecy": "secrecy",
    "beroepsgeheim": "secrecy",
    "geheim": "secrecy",
    "basis": "basis",
    "fondement": "basis",
    "grondslag": "basis",
    "missions": "missions",
    "mission": "missions",
    "opdrachten": "missions",
    "opdracht": "missions",
}

# Yes and no in every language the app speaks ("neen" is the Flemish no).
TRUE_WORDS = frozenset({"yes", "oui", "ja", "1", "true", "vrai", "waar", "y", "o", "j", "x"})
FALSE_WORDS = frozenset({"no", "non", "nee", "neen", "0", "false", "faux", "onwaar", "n", ""})


class RowStatus(StrEnum):
    """What import will do with a row."""

    ADD = "add"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


class Problem(StrEnum):
    """Why a row or a file cannot be imported; the UI words each one in the user's language."""

    EMPTY_FILE = "empty_file"
    NO_NAME_COLUMN = "no_name_column"
    NOT_TEXT = "not_text"
    MISSING_NAME = "missing_name"
    BAD_SECRECY = "bad_secrecy"
    UNKNOWN_MISSION = "unknown_mission"
    DUPLICATE_IN_DIRECTORY = "duplicate_in_directory"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    UNREADABLE_ROW = "unreadable_row"  # a cell too long, or a quote never closed
    BROKEN_TEXT = "broken_text"  # a lone surrogate (half a character) in a cell


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One data row of the file, classified, with every column as it was read.

    ``line`` is the row's line number in the file (the header is line 1). ``detail`` holds the
    offending value (the unknown mission, the unreadable yes/no) for the message. ``secrecy`` is
    the cell as written and ``bound`` how it was understood (``None``: neither yes nor no), so a
    preview can show both and a wrong reading is seen before anything is written.
    """

    line: int
    status: RowStatus
    professional: Professional | None
    name: str
    organisation: str
    problem: Problem | None = None
    detail: str = ""
    role: str = ""
    secrecy: str = ""
    bound: bool | None = None
    basis: str = ""
    missions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """The whole file, classified; ``problem`` is set when the file itself cannot be read."""

    rows: tuple[ImportRow, ...] = ()
    delimiter: str = ","
    encoding: str = "utf-8"
    problem: Problem | None = None
    ignored_columns: tuple[str, ...] = field(default=())

    def of_status(self, status: RowStatus) -> tuple[ImportRow, ...]:
        """The rows with this status, in file order."""
        return tuple(row for row in self.rows if row.status is status)

    def to_add(self) -> tuple[Professional, ...]:
        """The professionals import will write."""
        return tuple(
            row.professional
            for row in self.rows
            if row.status is RowStatus.ADD and row.professional is not None
        )


def decode(data: bytes) -> tuple[str, str] | None:
    """The text and the encoding that read it, or ``None`` for a file that is not text."""
    if b"\x00" in data:
        return None
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    return None


def detect_delimiter(text: str) -> str:
    """``;`` when the header line has more semicolons than commas (European Excel), else ``,``."""
    header = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    return ";" if header.count(";") > header.count(",") else ","


def parse_yes_no(value: str) -> bool | None:
    """``True``/``False`` for yes/no/oui/non/ja/nee/1/0/true/false (any case); ``None`` if
    unreadable."""
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def split_missions(cell: str) -> list[str]:
    """Mission names in one cell, separated by ``|`` (or ``,`` when no ``|`` is used)."""
    separator = "|" if "|" in cell else ","
    return [part.strip() for part in cell.split(separator) if part.strip()]


def _key(name: str, organisation: str) -> tuple[str, str]:
    return (" ".join(name.lower().split()), " ".join(organisation.lower().split()))


def preview_import(
    data: bytes | str,
    *,
    directory: Iterable[Professional],
    missions: Iterable[Mission],
    new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
) -> ImportPreview:
    """Classify every row of a CSV file against the directory and the institution's missions.

    Duplicates are rows with the same name and organisation (ignoring case and spacing) as an
    entry already in the directory, or as an earlier row of the same file.
    """
    encoding = "utf-8"
    if isinstance(data, bytes):
        decoded = decode(data)
        if decoded is None:
            return ImportPreview(problem=Problem.NOT_TEXT)
        text, encoding = decoded
    else:
        text = data.lstrip("\ufeff")
    if not text.strip():
        return ImportPreview(encoding=encoding, problem=Problem.EMPTY_FILE)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
    except csv.Error:
        return ImportPreview(delimiter=delimiter, encoding=encoding, problem=Problem.UNREADABLE_ROW)
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, title in enumerate(header):
        target = HEADERS.get(" ".join(title.strip().lower().split()))
        if target and target not in columns:
            columns[target] = index
        elif title.strip():
            ignored.append(title.strip())
    if "name" not in columns:
        return ImportPreview(delimiter=delimiter, encoding=encoding, problem=Problem.NO_NAME_COLUMN)

    by_name: dict[str, str] = {}
    for mission in missions:
        by_name[mission.id.lower()] = mission.id
        by_name[" ".join(mission.name.lower().split())] = mission.id
    seen = {_key(p.name, p.organisation) for p in directory}
    in_file: set[tuple[str, str]] = set()
    rows: list[ImportRow] = []

    for cells in _rows(reader):
        if cells is None:
            problem = Problem.UNREADABLE_ROW
            rows.append(ImportRow(reader.line_num, RowStatus.INVALID, None, "", "", problem))
        elif any(cell.strip() for cell in cells):
            row = _classify(reader.line_num, cells, columns, by_name, seen, in_file, new_id)
            rows.append(row)
    return ImportPreview(tuple(rows), delimiter, encoding, None, tuple(ignored))


def _rows(reader: Iterator[list[str]]) -> Iterator[list[str] | None]:
    """The reader's rows; ``None`` for a row it cannot read (the reader then goes on with the
    next line)."""
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            yield None
            continue
        yield cells


def _classify(
    line: int,
    cells: list[str],
    columns: dict[str, int],
    missions_by_name: dict[str, str],
    seen: set[tuple[str, str]],
    in_file: set[tuple[str, str]],
    new_id: Callable[[], str],
) -> ImportRow:
    """One row: invalid (first problem found), duplicate, or a new professional to add."""

    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    name, organisation = " ".join(cell("name").split()), cell("organisation")
    secrecy = parse_yes_no(cell("secrecy"))
    read = {
        "role": cell("role"),
        "secrecy": cell("secrecy"),
        "bound": secrecy,
        "basis": cell("basis"),
        "missions": tuple(split_missions(cell("missions"))),
    }

    def invalid(problem: Problem, detail: str = "") -> ImportRow:
        return ImportRow(line, RowStatus.INVALID, None, name, organisation, problem, detail, **read)

    broken = find_broken_text({field: cell(field) for field in columns})
    if broken is not None:
        name, organisation = replace_broken(name), replace_broken(organisation)
        return invalid(Problem.BROKEN_TEXT, broken)
    if not name:
        return invalid(Problem.MISSING_NAME)
    if secrecy is None:
        return invalid(Problem.BAD_SECRECY, cell("secrecy"))
    mission_ids: set[str] = set()
    for word in split_missions(cell("missions")):
        mission_id = missions_by_name.get(" ".join(word.lower().split()))
        if mission_id is None:
            return invalid(Problem.UNKNOWN_MISSION, word)
        mission_ids.add(mission_id)
    key = _key(name, organisation)
    if key in seen or key in in_file:
        problem = Problem.DUPLICATE_IN_DIRECTORY if key in seen else Problem.DUPLICATE_IN_FILE
        return ImportRow(line, RowStatus.DUPLICATE, None, name, organisation, problem, **read)
    in_file.add(key)
    professional = Professional(
        id=new_id(),
        name=name,
        role=cell("role"),
        organisation=organisation,
        bound_by_secrecy=secrecy,
        secrecy_basis=cell("basis"),
        missions=frozenset(mission_ids),
    )
    return ImportRow(line, RowStatus.ADD, professional, name, organisation, **read)


# --- A template to fill in -------------------------------------------------------------------

# The column titles of a template, per language; each is one of HEADERS' words.
TEMPLATE_HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("name", "role", "organisation", "secrecy", "basis", "missions"),
    "fr": ("nom", "fonction", "organisme", "secret", "fondement", "missions"),
    "nl": ("naam", "functie", "organisatie", "beroepsgeheim", "grondslag", "opdrachten"),
}
# Two fictional example rows (a professional bound by secrecy, one who is not), per language;
# ``{missions}`` becomes the institution's missions.
_TEMPLATE_EXAMPLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        (
            "Alex Example",
            "social worker",
            "Example Service",
            "yes",
            "social worker (function)",
            "{missions}",
        ),
        ("Sam Example", "police officer", "Example Police", "no", "", "{missions}"),
    ),
    "fr": (
        (
            "Alex Exemple",
            "assistant social",
            "Service Exemple",
            "oui",
            "assistant social (fonction)",
            "{missions}",
        ),
        ("Sam Exemple", "inspecteur", "Police Exemple", "non", "", "{missions}"),
    ),
    "nl": (
        (
            "Alex Voorbeeld",
            "maatschappelijk werker",
            "Dienst Voorbeeld",
            "ja",
            "maatschappelijk werker (functie)",
            "{missions}",
        ),
        ("Sam Voorbeeld", "inspecteur", "Politie Voorbeeld", "nee", "", "{missions}"),
    ),
}


def template_csv(lang: str, missions: Iterable[Mission]) -> str:
    """A CSV file to fill in: the column titles in ``lang`` and two fictional example rows,
    with the institution's missions (separated by ``|``). French and Dutch use ``;`` as
    Belgian and French Excel do; reading it back with :func:`preview_import` gives the two
    examples, to add."""
    lang = lang if lang in TEMPLATE_HEADERS else "en"
    names = "|".join(mission.name for mission in missions)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter="," if lang == "en" else ";", lineterminator="\r\n")
    writer.writerow(TEMPLATE_HEADERS[lang])
    for example in _TEMPLATE_EXAMPLES[lang]:
        writer.writerow([cell.replace("{missions}", names) for cell in example])
    return out.getvalue()
