"""Page layout shared by the minutes and the person's copy: styles, header, footer, "X of Y".

Pages are numbered *X of Y* in a single layout pass: the canvas keeps each finished page and
draws the numbers once it knows how many there are (a second layout pass would double the time
of a long meeting's minutes).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
)

from desktop.core.text import without_isolates
from desktop.minutes.fonts import BOLD, REGULAR, register_fonts

# The pages' streams are compressed and left binary, not also written out in ASCII85 (reportlab's
# default, from when a file had to pass through 7-bit mail): files 15 % smaller, and a tenth of
# the time of 1,000 items' minutes less. The setting is reportlab's, for the whole process; the
# process makes no PDF but ours.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
FRAME_PADDING = 6  # reportlab's frame keeps this much inside each side
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * FRAME_PADDING  # what a table may take
BOTTOM_MARGIN = 2.6 * cm
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
WARNING_INK = colors.HexColor("#7a3b00")
WARNING_BACK = colors.HexColor("#fff1d6")

PageLabel = Callable[[int, int], str]


def make_styles(size: float) -> dict[str, ParagraphStyle]:
    """Paragraph styles for a body text of ``size`` points (10 for minutes, 14 for the copy)."""
    register_fonts()
    lead = size * 1.35
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        bulletFontSize=size,
        fontSize=size,
        leading=lead,
        textColor=INK,
        spaceAfter=size * 0.3,
    )
    return {
        "title": ParagraphStyle(
            "title", body, fontName=BOLD, fontSize=size * 1.8, leading=size * 2.2, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            body,
            fontSize=size * 1.2,
            leading=size * 1.6,
            textColor=MUTED,
            spaceAfter=size,
        ),
        "h1": ParagraphStyle(
            "h1",
            body,
            fontName=BOLD,
            fontSize=size * 1.3,
            leading=size * 1.7,
            spaceBefore=size * 1.3,
            spaceAfter=size * 0.4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            body,
            fontName=BOLD,
            fontSize=size * 1.1,
            leading=size * 1.45,
            spaceBefore=size * 0.9,
            spaceAfter=size * 0.2,
            keepWithNext=1,
            textColor=MUTED,
        ),
        "item": ParagraphStyle(
            "item",
            body,
            fontName=BOLD,
            spaceBefore=size * 0.8,
            spaceAfter=size * 0.15,
            keepWithNext=1,
        ),
        "body": body,
        "field": ParagraphStyle("field", body, leftIndent=size * 1.2, spaceAfter=size * 0.15),
        # The wording: indented and in quotation marks, in black on white (a grey band under it
        # vanished on photocopies).
        "quote": ParagraphStyle(
            "quote",
            body,
            leftIndent=size * 1.2,
            rightIndent=size * 1.2,
            spaceBefore=size * 0.15,
            spaceAfter=size * 0.45,
            textColor=colors.black,
        ),
        "bullet": ParagraphStyle("bullet", body, leftIndent=size * 1.2, bulletIndent=size * 0.2),
        "exception": ParagraphStyle(
            "exception",
            body,
            leftIndent=size * 1.2 + 4,
            rightIndent=4,
            textColor=WARNING_INK,
            backColor=WARNING_BACK,
            borderColor=WARNING_INK,
            borderWidth=1,
            borderPadding=4,
            spaceBefore=size * 0.5,
            spaceAfter=size * 1.1,
        ),
        "cell": ParagraphStyle(
            "cell", body, fontSize=size * 0.85, leading=size * 1.1, spaceAfter=0
        ),
        "cell_head": ParagraphStyle(
            "cell_head",
            body,
            fontName=BOLD,
            fontSize=size * 0.85,
            leading=size * 1.1,
            spaceAfter=0,
        ),
        "aside": ParagraphStyle("aside", body, spaceBefore=size * 0.9),
        "note": ParagraphStyle("note", body, leftIndent=size * 1.2, textColor=MUTED),
        "small": ParagraphStyle("small", body, fontSize=size * 0.85, leading=size * 1.15),
    }


class _NumberedCanvas(Canvas):
    """A canvas that writes "Page X of Y" on every page once the number of pages is known, and
    the last page's note (the audit seal) at the foot of the last page."""

    def __init__(
        self,
        *args: object,
        page_label: PageLabel,
        bottom: float = BOTTOM_MARGIN,
        last_page_note: str = "",
        note_y: float = 0.0,
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._bottom = bottom
        self._last_page_note = last_page_note
        self._note_y = note_y
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        """Keep the finished page; it is written out in :meth:`save`."""
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Number every kept page, then write the file."""
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN,
                self._bottom - 0.55 * cm,
                # Drawn as is, not through the bidi: the label holds numbers, not isolates.
                without_isolates(self._page_label(self._pageNumber, total)),
            )
            if self._last_page_note and self._pageNumber == total:
                self.drawString(MARGIN, self._note_y, self._last_page_note)
            super().showPage()
        super().save()


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What every page carries: a running header and the footer notice (both markup); and, at
    the foot of the last page only, ``last_page_note`` (plain text: the audit seal)."""

    header_left: str
    header_right: str
    footer: str
    page_label: PageLabel
    last_page_note: str = ""


class _Decorator:
    """Draws the header and footer on each page; their paragraphs are laid out once, and drawn
    once: the page description they give the first page is given again to the others (every
    page starts in the same state, so drawing them again would give the same operators; it
    cost a tenth of a second in 1,000 items' minutes)."""

    def __init__(self, furniture: PageFurniture) -> None:
        width = PAGE_WIDTH - 2 * MARGIN
        style = ParagraphStyle(
            "furniture", fontName=REGULAR, fontSize=7.5, leading=9.5, textColor=MUTED
        )
        self.left = Paragraph(furniture.header_left, style)
        self.left.wrap(width * 0.5, MARGIN)
        self.right_width = width * 0.48
        self.right = Paragraph(furniture.header_right, ParagraphStyle("r", style, alignment=2))
        self.right.wrap(self.right_width, MARGIN)
        self.notice = Paragraph(furniture.footer, style)
        _, self.notice_height = self.notice.wrap(width - 3.2 * cm, PAGE_HEIGHT)
        # A long notice pushes the body up rather than running off the page; the last page's
        # note (the audit seal) needs one more line under it, well inside the printable area.
        below = 1.55 * cm if furniture.last_page_note else 1.0 * cm
        self.bottom = max(BOTTOM_MARGIN, self.notice_height + below)
        self.note_y = self.bottom - 0.45 * cm - self.notice_height - 0.4 * cm
        self._drawn: tuple[Canvas, list[str]] | None = None

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # reportlab's canvas keeps the current page's operators in _code, a private list: a
        # reportlab without it gets the header and footer drawn again on every page.
        code = getattr(canvas, "_code", None)
        if not isinstance(code, list):
            self._draw(canvas)
            return
        if self._drawn is not None and self._drawn[0] is canvas:
            code.extend(self._drawn[1])
            return
        start = len(code)
        self._draw(canvas)
        self._drawn = (canvas, code[start:])

    def _draw(self, canvas: Canvas) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        self.left.drawOn(canvas, MARGIN, top + 0.5 * cm)
        self.right.drawOn(canvas, PAGE_WIDTH - MARGIN - self.right_width, top + 0.5 * cm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top + 0.35 * cm, PAGE_WIDTH - MARGIN, top + 0.35 * cm)
        rule = self.bottom - 0.25 * cm
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        self.notice.drawOn(canvas, MARGIN, self.bottom - 0.45 * cm - self.notice_height)
        canvas.restoreState()


@dataclass(frozen=True, slots=True)
class Metadata:
    """The PDF's document information and language."""

    title: str
    author: str
    subject: str
    lang: str


def fit_columns(
    rows: list[list[str]],
    width: float,
    size: float,
    *,
    padding: float = 6,
    cap: float = 0.45,
    unbroken: tuple[int, ...] = (),
) -> list[float]:
    """Column widths for a table of ``rows`` (plain texts, the header first) that fill
    ``width``: each column as wide as its content needs when everything fits on one line, else
    at least its longest word (its whole text for the ``unbroken`` columns: dates, times), the
    room left shared out as the content asks (as a browser lays out a table); no column takes
    more than ``cap`` of the width."""
    columns = len(rows[0])

    def text_width(text: str, font: str = REGULAR) -> float:
        return stringWidth(text, font, size) + padding

    natural = [0.0] * columns
    least = [0.0] * columns
    for number, row in enumerate(rows):
        font = BOLD if number == 0 else REGULAR
        for column, text in enumerate(row):
            lines = text.split("\n") or [""]
            natural[column] = max(natural[column], *(text_width(line, font) for line in lines))
            words = [text] if column in unbroken and number else text.split() or [""]
            least[column] = max(least[column], *(text_width(word, font) for word in words))
    most = width * cap
    natural = [min(n, most) for n in natural]
    least = [min(n, most, natural[i]) for i, n in enumerate(least)]
    if sum(natural) <= width:
        extra = width - sum(natural)
        total = sum(natural) or 1
        return [n + extra * n / total for n in natural]
    if sum(least) >= width:
        return [width * n / sum(least) for n in least]
    room = width - sum(least)
    wants = [n - m for n, m in zip(natural, least, strict=True)]
    total = sum(wants) or 1
    return [m + room * want / total for m, want in zip(least, wants, strict=True)]


def _glue_headings(story: list[Flowable]) -> list[Flowable]:
    """Headings followed by a kept-together block join that block (``keepWithNext`` alone does
    not reach into a :class:`KeepTogether`, which left headings alone at the foot of a page)."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            heads: list[Flowable] = []
            while (
                out and isinstance(out[-1], Paragraph) and getattr(out[-1].style, "keepWithNext", 0)
            ):
                heads.insert(0, out.pop())
            if heads:
                flowable = KeepTogether([*heads, *flowable._content])
        out.append(flowable)
    return out


def build_pdf(
    story: list[Flowable], furniture: PageFurniture, metadata: Metadata
) -> tuple[bytes, int]:
    """Lay out ``story`` (consumed, as reportlab does: each flowable is let go once placed, which
    keeps a long document's memory and garbage collection small); returns the PDF and its
    number of pages. Same input, same bytes."""
    register_fonts()
    decorator = _Decorator(furniture)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=decorator.bottom,
        # The document's sentences isolate their values for the bidi of the page; the metadata
        # is shown by a viewer's own window, as plain text.
        title=without_isolates(metadata.title),
        author=metadata.author,
        subject=without_isolates(metadata.subject),
        creator="Empty Chair",
        lang=metadata.lang,
        invariant=1,
        initialFontName=REGULAR,
    )
    frame = Frame(
        MARGIN,
        decorator.bottom,
        PAGE_WIDTH - 2 * MARGIN,
        PAGE_HEIGHT - MARGIN - decorator.bottom,
        id="body",
    )
    doc.addPageTemplates(PageTemplate("page", frames=[frame], onPage=decorator))
    glued = _glue_headings(story)
    story.clear()
    doc.build(
        glued,
        canvasmaker=functools.partial(
            _NumberedCanvas,
            page_label=furniture.page_label,
            bottom=decorator.bottom,
            last_page_note=furniture.last_page_note,
            note_y=decorator.note_y,
        ),
    )
    return out.getvalue(), doc.page
