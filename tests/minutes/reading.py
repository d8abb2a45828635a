"""Reading PDFs back for the tests: text per page, fonts, metadata."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader


def reader(data: bytes, password: str | None = None) -> PdfReader:
    """A pypdf reader over ``data``, decrypted with ``password`` when given."""
    pdf = PdfReader(io.BytesIO(data))
    if password is not None:
        pdf.decrypt(password)
    return pdf


def pages_text(data: bytes, password: str | None = None) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() for page in reader(data, password).pages]


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces, NFC: what "the same text" means after extraction."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def squeezed(text: str) -> str:
    """No whitespace at all: for texts that line breaks may cut anywhere (long words, RTL)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def all_text(data: bytes, password: str | None = None) -> str:
    """The whole document's text, whitespace collapsed."""
    return flat(" ".join(pages_text(data, password)))


def font_descriptors(data: bytes) -> list[dict]:
    """The font descriptor of every font used on any page."""
    found = []
    for page in reader(data).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            found.append(font["/FontDescriptor"].get_object())
    return found


def body_squeezed(data: bytes, furniture: tuple[str, ...]) -> str:
    """The text of all pages without the running header, footer and page numbers, squeezed:
    a text that flows over a page break reads as one."""
    out = []
    for text in pages_text(data):
        page = squeezed(text)
        for part in furniture:
            page = page.replace(squeezed(part), "", 1)
        out.append(re.sub(r"Page\d+(of|sur)\d+$", "", page))
    return "".join(out)
