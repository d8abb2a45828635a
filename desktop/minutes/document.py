"""What both documents share: the result value, and the writer that makes record text printable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.core.entities import Person, PersonNaming, Presence, Professional, SharedItem
from desktop.core.languages import LANGUAGES
from desktop.core.messages import Message
from desktop.core.record import MeetingRecord
from desktop.core.text import FSI, PDI, join_names
from desktop.minutes.bidi import BidiParagraph, needs_bidi
from desktop.minutes.fonts import GlyphReport, MissingGlyph
from desktop.minutes.markup import clean, literal, logical_chunks, logical_literal
from desktop.minutes.texts import TEXTS, item_ref


class MinutesError(Exception):
    """A document could not be produced or written; :meth:`text` says why, in the user's
    language (``str(error)`` is the English)."""

    def __init__(self, key: str, **values: str) -> None:
        self.sentence = Message.about(TEXTS[key], **values)
        super().__init__(self.sentence.render("en"))

    def text(self, lang: str) -> str:
        """Why, in ``lang``."""
        return self.sentence.render(lang)


@dataclass(frozen=True, slots=True)
class MinutesResult:
    """A rendered PDF, its number of pages, and the characters the fonts could not draw."""

    pdf: bytes
    pages: int
    missing_glyphs: tuple[MissingGlyph, ...] = ()

    def __bytes__(self) -> bytes:
        return self.pdf

    @property
    def warnings(self) -> tuple[str, ...]:
        """One line per character printed as ``□``, for the console to show."""
        return tuple(glyph.describe() for glyph in self.missing_glyphs)


def shorten(text: str, limit: int = 100) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis: for running headers and for
    saying where a text is, never for the record's content itself."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_language(lang: str) -> str:
    """The documents' language for ``lang`` (``"fr_BE"`` gives ``"fr"``), else
    :class:`MinutesError`."""
    base = lang.replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGES:
        raise MinutesError("error.language", languages=", ".join(LANGUAGES), lang=lang)
    return base


def printed_label(professional: Professional) -> str:
    """``Name (role)`` as the documents print it (plain text). A name with right-to-left letters
    is isolated, so that the role and what follows read in the sentence's direction: without
    the isolate, an Arabic name carries its role into its own direction ("(social worker) سارة")
    and makes a line that starts with it read from the right."""
    if professional.role and needs_bidi(professional.name):
        return f"{FSI}{professional.name}{PDI} ({professional.role})"
    return professional.label()


class Writer:
    """Turns the record's texts into paragraphs that print them literally, and notes the
    characters the fonts lack (see :mod:`desktop.minutes.fonts`)."""

    #: The documents' direction: their languages (English, French, Dutch) read from the left. A
    #: *label: value* line is one of their sentences and reads in it, whatever the value's script.
    rtl = False

    def __init__(
        self,
        record: MeetingRecord,
        lang: str,
        styles: dict[str, ParagraphStyle],
        recipient_id: str | None = None,
    ) -> None:
        self.record = record
        self.lang = check_language(lang)
        self.styles = styles
        self.glyphs = GlyphReport()
        # A recipient's copy prints only the items shared with them; the full record prints all.
        self.recipient_id = recipient_id
        self._shown = (
            None if recipient_id is None else {i.id for i in record.items_for(recipient_id)}
        )
        # Markup made from each text, for this document only: its labels, names and answers
        # come back in every item (see _drawable for what is noted on each use).
        self._cleaned: dict[str, str] = {}
        self._logical: dict[str, str] = {}
        self._chunks: dict[str, tuple[str, ...]] = {}

    def shows(self, item_id: str) -> bool:
        """This document prints the shared item ``item_id``."""
        return self._shown is None or item_id in self._shown

    # --- Text to markup --------------------------------------------------------------------------

    def _drawable(self, value: str, where: str) -> str:
        """``value`` cleaned, with the characters the fonts lack as ``□`` (each one noted at
        ``where``, every time)."""
        cleaned = self._cleaned.get(value)
        if cleaned is None:
            cleaned = self._cleaned[value] = clean(value)
        return self.glyphs.drawable(cleaned, where)

    def _pieces(self, value: str, where: str) -> list[str]:
        """:func:`logical_chunks` of ``value`` (at least one piece), a new list each time."""
        drawn = self._drawable(value, where)
        pieces = self._chunks.get(drawn)
        if pieces is None:
            pieces = self._chunks[drawn] = tuple(logical_chunks(drawn) or [""])
        return list(pieces)

    def text(self, value: str, where: str) -> str:
        """One line of markup for ``value``."""
        return literal(self._drawable(value, where))

    def para(self, markup: str, style: str) -> Paragraph:
        """A paragraph from markup already made safe."""
        return Paragraph(markup, self.styles[style])

    def block(self, value: str, where: str, style: str, label: str = "") -> list[Paragraph]:
        """``value`` as paragraphs of any length; ``label`` (plain text) in bold before it.
        Right-to-left text that wraps keeps its lines in reading order (:class:`BidiParagraph`)."""
        pieces = self._pieces(value, where)
        if not label:
            return [BidiParagraph(piece, self.styles[style]) for piece in pieces if piece]
        pieces[0] = f"<b>{self.logical(label, where)}</b> {pieces[0]}"
        return [BidiParagraph(p, self.styles[style], rtl=self.rtl) for p in pieces if p]

    def line(
        self, value: str, where: str, style: str, *, bold: bool = False, bullet: str | None = None
    ) -> Paragraph:
        """``value`` (plain text, one paragraph) that may wrap: a right-to-left name or title
        keeps its lines in reading order (:class:`BidiParagraph`), unlike a plain ``Paragraph``
        of :meth:`text` markup, which is for what never wraps (the page furniture)."""
        markup = self.logical(value, where)
        if bold:
            markup = f"<b>{markup}</b>"
        if bullet is not None:
            return BidiParagraph(markup, self.styles[style], bulletText=bullet)
        return BidiParagraph(markup, self.styles[style])

    def refs(self, numbers: list[int]) -> str:
        """Shared items' numbers as the documents print them: ``S1, S3``."""
        return ", ".join(item_ref(number, self.lang) for number in numbers)

    def logical(self, value: str, where: str) -> str:
        """One line of markup for ``value`` in logical order, for a :class:`BidiParagraph`."""
        drawn = self._drawable(value, where)
        markup = self._logical.get(drawn)
        if markup is None:
            markup = self._logical[drawn] = logical_literal(drawn)
        return markup

    def fields(self, rows: list[tuple[str, str, str]], style: str) -> list[Paragraph]:
        """``(label, value, where)`` rows as *label: value* lines. Consecutive short rows share
        one paragraph (joined by line breaks): a paragraph per row made long minutes slow."""
        out: list[Paragraph] = []
        group: list[str] = []
        for label, value, where in rows:
            pieces = self._pieces(value, where)
            pieces[0] = f"<b>{self.logical(label, where)}</b> {pieces[0]}"
            if len(pieces) == 1:
                group.append(pieces[0])
                continue
            if group:
                out.append(BidiParagraph("<br/>".join(group), self.styles[style], rtl=self.rtl))
                group = []
            out += [BidiParagraph(p, self.styles[style], rtl=self.rtl) for p in pieces if p]
        if group:
            out.append(BidiParagraph("<br/>".join(group), self.styles[style], rtl=self.rtl))
        return out

    # --- Names -----------------------------------------------------------------------------------

    def person_name(self) -> str:
        """The person as the institution's settings say to name them (plain text)."""
        return self.name_of(self.record.person)

    def name_of(self, person: Person) -> str:
        """One person concerned as the institution's settings say to name them."""
        if self.record.settings.person_naming is PersonNaming.FULL_NAME:
            return person.name or person.alias
        return person.alias or person.name

    def persons_names(self, persons: tuple[Person, ...] | None = None) -> str:
        """Several persons concerned (every one, by default), joined as the language joins a
        list: ``M., P. and L.``."""
        chosen = self.record.concerned if persons is None else persons
        return join_names([self.name_of(p) for p in chosen], self.lang)

    @property
    def is_family(self) -> bool:
        """The meeting concerns several persons: each item says whose information it is."""
        return len(self.record.concerned) > 1

    def professional(self, professional_id: str) -> Professional:
        """A directory entry; an id the record lacks is shown as is, never a crash."""
        found = self.record.directory.get(professional_id)
        return found or Professional(id=professional_id, name=professional_id, role="")

    def name(self, professional_id: str) -> str:
        """A professional's name (plain text)."""
        return self.professional(professional_id).name

    def label(self, professional_id: str) -> str:
        """``Name (role)`` (plain text)."""
        return printed_label(self.professional(professional_id))

    def present(self) -> list[Professional]:
        """Who was in the room at some point of the meeting: the distribution list."""
        return [
            self.professional(pid)
            for pid, entry in self.record.attendance.items()
            if any(presence is Presence.PRESENT for _, presence in entry.changes)
        ]

    def consent_basis(self, item: SharedItem) -> str:
        """What met the consent condition, naming the person as the settings say (each value
        a Unicode isolate, as in every sentence of the documents)."""
        basis = item.consent_basis
        whose = self.record.whose(item)
        if len(whose) == 1 and any(name == "alias" for name, _ in basis.values):
            basis = basis.with_values(alias=self.name_of(whose[0]))
        return basis.render(self.lang, isolate=True)

    # --- Order -----------------------------------------------------------------------------------

    def shared_by_agenda(self) -> list[tuple[str, list[tuple[int, SharedItem]]]]:
        """Shared items this document prints, grouped by agenda item (agenda order, then items
        outside the agenda), in sharing order within each. Numbers are those of the full record
        (1, 2, 3... in that order), so every copy calls an item by the same number."""
        order = {item.id: index for index, item in enumerate(self.record.meeting.agenda)}
        groups: list[tuple[str, list[tuple[int, SharedItem]]]] = []
        for number, item in enumerate(self._in_order(), start=1):
            if not self.shows(item.id):
                continue
            key = item.agenda_item_id if item.agenda_item_id in order else ""
            if not groups or groups[-1][0] != key:
                groups.append((key, []))
            groups[-1][1].append((number, item))
        return groups

    def item_numbers(self) -> dict[str, int]:
        """Shared item id -> its number in the full record (every item, printed or not)."""
        return {item.id: number for number, item in enumerate(self._in_order(), start=1)}

    def _in_order(self) -> list[SharedItem]:
        """Every shared item: agenda order, then sharing order (a sequence, never the clock)."""
        agenda = self.record.meeting.agenda
        order = {item.id: index for index, item in enumerate(agenda)}
        return sorted(
            self.record.shared,
            key=lambda s: (order.get(s.agenda_item_id, len(agenda)), s.sequence, s.shared_at),
        )

    def meeting_day(self) -> dt.date:
        """The day of the meeting."""
        meeting = self.record.meeting
        return (meeting.opened_at or meeting.scheduled_at).date()
