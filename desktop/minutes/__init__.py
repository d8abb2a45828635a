"""PDF minutes of a closed meeting and the person's plain-language copy (reportlab; no Qt).

Pure functions, safe to run off the GUI thread::

    result = render_minutes(record, "nl")        # MinutesResult: .pdf, .pages, .missing_glyphs
    export_pdf("pv.pdf", result, password=None)  # atomic; MinutesError with a user message
"""

from desktop.core.languages import LANGUAGES
from desktop.minutes.distribution import (
    FULL_RECORD,
    RECIPIENT_COPY,
    PlannedCopy,
    export_copies,
    plan_copies,
    render_copy,
    safe_file_part,
)
from desktop.minutes.document import MinutesError, MinutesResult
from desktop.minutes.export import encrypt_pdf, export_document, export_pdf
from desktop.minutes.fonts import MissingGlyph
from desktop.minutes.minutes import render_minutes
from desktop.minutes.person_copy import render_person_copy
from desktop.minutes.texts import item_ref

__all__ = [
    "FULL_RECORD",
    "LANGUAGES",
    "RECIPIENT_COPY",
    "MinutesError",
    "MinutesResult",
    "MissingGlyph",
    "PlannedCopy",
    "encrypt_pdf",
    "export_copies",
    "export_document",
    "export_pdf",
    "item_ref",
    "plan_copies",
    "render_copy",
    "render_minutes",
    "render_person_copy",
    "safe_file_part",
]
