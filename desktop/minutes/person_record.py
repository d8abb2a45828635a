"""The person's record (their right of access): everything shared about them across all meetings
— what, when, by whom, with whom, why — in plain words, as a PDF for them.

Built from the same blocks as the person's copy of one meeting (styles, fonts, literal text,
"page X of Y", atomic export); like it, it prints shared items only, and only the number of the
others, whose content was never recorded.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desktop.core.entities import Nature, PersonNaming, SharedItem
from desktop.core.record import MeetingRecord
from desktop.core.text import format_date
from desktop.minutes.bidi import BidiParagraph
from desktop.minutes.deliberations import opinion_sentence
from desktop.minutes.document import MinutesResult, Writer, check_language, shorten
from desktop.minutes.export import export_pdf
from desktop.minutes.fonts import GlyphReport
from desktop.minutes.layout import Metadata, PageFurniture, build_pdf, make_styles
from desktop.minutes.markup import clean, literal, logical_chunks
from desktop.minutes.texts import tr

if TYPE_CHECKING:  # storage builds the record; the minutes only read it
    from desktop.storage.maintenance import PersonRecord

BODY_SIZE = 14


class _Page:
    """Makes plain text printable for the parts outside any meeting (shares the glyph report)."""

    def __init__(self, lang: str, glyphs: GlyphReport) -> None:
        self.lang = lang
        self.styles = make_styles(BODY_SIZE)
        self.glyphs = glyphs

    def text(self, value: str, where: str) -> str:
        return literal(self.glyphs.drawable(clean(value), where))

    def block(self, value: str, where: str, style: str) -> list[Paragraph]:
        pieces = logical_chunks(self.glyphs.drawable(clean(value), where))
        return [BidiParagraph(piece, self.styles[style]) for piece in pieces if piece]


def person_name(record: PersonRecord) -> str:
    """The person as the institution's settings say to name them."""
    person = record.person
    if record.settings.person_naming is PersonNaming.FULL_NAME:
        return person.name or person.alias
    return person.alias or person.name


def render_person_record(
    record: PersonRecord, lang: str, today: dt.date | None = None
) -> MinutesResult:
    """The person's record as a PDF in ``lang`` (a code of ``LANGUAGES``). Pure for a given
    ``today``."""
    check_language(lang)
    day = format_date(today or dt.date.today(), lang)
    page = _Page(lang, GlyphReport())
    title = tr("record.title", lang)
    story: list[Flowable] = [
        Paragraph(page.text(title, title), page.styles["title"]),
        Paragraph(page.text(tr("record.subtitle", lang, date=day), title), page.styles["subtitle"]),
        *page.block(tr("record.for", lang, name=person_name(record)), title, "body"),
        *page.block(tr("record.intro", lang), title, "body"),
    ]
    if not any(m.shared for m in record.meetings):
        story += page.block(tr("record.none", lang), title, "body")
    for meeting in record.meetings:
        story += _meeting(meeting, lang, page.glyphs)
    withheld = record.withheld_count
    if withheld:
        story += page.block(tr("copy.withheld", lang, withheld), "withheld", "aside")
    furniture = PageFurniture(
        header_left=page.text(tr("record.running", lang, date=day), "header"),
        header_right=page.text(shorten(record.settings.name), "header"),
        footer=page.text(tr("copy.footer", lang), "footer"),
        page_label=lambda n, total: tr("page", lang, page=str(n), pages=str(total)),
    )
    metadata = Metadata(
        title=f"{title} — {tr('record.subtitle', lang, date=day)}",
        author=record.settings.name,
        subject=tr("record.subject", lang),
        lang=lang,
    )
    pdf, pages = build_pdf(story, furniture, metadata)
    return MinutesResult(pdf, pages, page.glyphs.missing())


def _meeting(record: MeetingRecord, lang: str, glyphs: GlyphReport) -> list[Flowable]:
    w = Writer(record, lang, make_styles(BODY_SIZE))
    w.glyphs = glyphs
    heading = tr("record.meeting", lang, date=format_date(w.meeting_day(), lang))
    story: list[Flowable] = [w.line(heading, heading, "h1")]
    story += w.block(tr("record.purpose", lang, purpose=record.meeting.purpose), heading, "body")
    items = [item for _, group in w.shared_by_agenda() for _, item in group]
    if not items:
        story += w.block(tr("record.nothing_meeting", lang), heading, "body")
    for number, item in enumerate(items, start=1):
        story += _item(w, number, item, heading)
    return story


def _item(w: Writer, number: int, item: SharedItem, heading: str) -> list[Flowable]:
    lang = w.lang
    where = f"{heading}, {number}"
    said = tr("copy.said", lang, who=w.name(item.discloser_id))
    head = [
        w.line(f"{number}. {said}", where, "item"),
        *w.block(tr("quote", lang, text=item.wording), where, "quote"),
    ]
    story: list[Flowable] = [KeepTogether(head)] if len(head) <= 3 else head
    when = tr(
        "record.when",
        lang,
        date=format_date(item.shared_at.date(), lang),
        time=item.shared_at.strftime("%H:%M"),
    )
    lines = [
        when,
        tr("copy.topic", lang, category=w.record.policy.category_name(item.category_id, lang)),
    ]
    if item.nature is Nature.OPINION:
        lines.append(opinion_sentence(w, item))
    if item.statement_of:
        lines.append(tr("copy.statement_of", lang, who=item.statement_of))
    heard = ", ".join(w.name(p) for p in item.with_whom) or tr("copy.nobody", lang)
    lines.append(tr("copy.heard", lang, names=heard))
    if item.why:
        lines.append(tr("copy.why", lang, why=item.why))
    if item.good_for_whom:
        lines.append(tr("copy.good", lang, good=item.good_for_whom))
    for line in lines:
        story += w.block(line, where, "field")
    return story


def export_person_record(
    record: PersonRecord,
    path: str | os.PathLike[str],
    lang: str,
    *,
    password: str | None = None,
    today: dt.date | None = None,
) -> MinutesResult:
    """Render the person's record and write it atomically (optionally AES-256 encrypted)."""
    result = render_person_record(record, lang, today)
    export_pdf(path, result, password)
    return result
