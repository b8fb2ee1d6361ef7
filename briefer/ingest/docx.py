"""Word (.docx) articles: body paragraphs and table cells in document order.

A .docx is a zip archive; its declared sizes are checked before anything is
unpacked, so a zip bomb (a tiny file that inflates to gigabytes) is refused
instead of filling memory. Python's zipfile never inflates an entry past its
declared size, so the check holds even when the declaration lies. Title and
author come from the document's properties; its dates are the file's, not the
article's, and are not used.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest.files import (
    failure_reason,
    join_paragraphs,
    require_text,
    title_from_text,
)

MAX_UNPACKED_BYTES = 200_000_000
MAX_DOCUMENT_XML_BYTES = 100_000_000
MAX_ZIP_ENTRIES = 10_000
MAX_TABLE_DEPTH = 10
DOCUMENT_PART = "word/document.xml"


def docx_article(data: bytes, label: str, *, url: str = "", source_path: str = "") -> Article:
    """The article in a .docx file's bytes."""
    _check_archive(data, label)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_blocks(document.iter_inner_content(), depth=0))
        properties = document.core_properties
        title = join_paragraphs([properties.title or ""])
        author = join_paragraphs([properties.author or ""])
        heading = _first_heading(document.paragraphs)
    except Exception as exc:  # python-docx's failure on a damaged file is the user's bad file
        raise ImportError_(
            f"{label}: not a readable Word document ({failure_reason(exc)})"
        ) from exc
    text = require_text(join_paragraphs(paragraphs), label, "the document has no text")
    return Article(
        text=text,
        title=title or heading or title_from_text(text),
        author=author,
        url=url,
        source_path=source_path,
    )


def _check_archive(data: bytes, label: str) -> None:
    """Refuse what is not a .docx, and archives whose declared sizes are out of bounds."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportError_(f"{label}: an old Word (.doc) file; save it as .docx and import that")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportError_(f"{label}: not a Word document (not a .docx archive)") from exc
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ImportError_(f"{label}: the archive holds too many files to be a Word document")
    names = {entry.filename for entry in entries}
    if DOCUMENT_PART not in names:
        raise ImportError_(f"{label}: not a Word document (no {DOCUMENT_PART} inside)")
    unpacked = sum(entry.file_size for entry in entries)
    body = max(entry.file_size for entry in entries if entry.filename == DOCUMENT_PART)
    if unpacked > MAX_UNPACKED_BYTES or body > MAX_DOCUMENT_XML_BYTES:
        raise ImportError_(
            f"{label}: unpacks to {unpacked / 1_000_000:,.0f} MB, too large to be safe "
            f"(a zip bomb?)"
        )


def _blocks(items: Iterator[Paragraph | Table], depth: int) -> Iterator[str]:
    """Paragraph texts in order; a table gives each cell's paragraphs, row by row."""
    for item in items:
        if isinstance(item, Paragraph):
            yield item.text
        elif depth < MAX_TABLE_DEPTH:
            yield from _table(item, depth)


def _table(table: Table, depth: int) -> Iterator[str]:
    for row in table.rows:
        seen = set()
        for cell in row.cells:
            # A merged cell appears once per grid column it spans; read it once.
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from _blocks(cell.iter_inner_content(), depth + 1)


def _first_heading(paragraphs: list[Paragraph]) -> str:
    for paragraph in paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style and (style == "Title" or style.startswith("Heading")):
            heading = join_paragraphs([paragraph.text])
            if heading:
                return heading
    return ""
