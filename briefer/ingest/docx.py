"""Word (.docx) articles: body paragraphs and table cells in document order.

The text is what Word shows with every tracked change accepted: insertions
and text in content controls are read, deletions, moved-away text, field codes
and hidden text are not (python-docx's `paragraph.text` drops insertions and
content controls, so paragraphs are read here).

A .docx is a zip archive, unpacked by `briefer.ingest.archive` in bounded
pieces whatever its headers declare, so a zip bomb is refused before it fills
memory. Title, author and date come from the text's own byline and date line
first, then from the document properties: the title unless a program or a
file name gave it, the author only when it reads as a byline (the rule is in
`briefer.ingest.source_meta`), the creation date unless it is python-docx's
template date. A .docx that Briefer exported as a brief (custom property
`briefer-brief`) is refused unless the caller allows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import docx
from docx.oxml.ns import qn
from docx.table import Table

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.core.registry import BRIEF_PROPERTY
from briefer.ingest.archive import ArchiveError, NotAnArchiveError, bounded_entries, repack
from briefer.ingest.files import (
    failure_reason,
    join_paragraphs,
    require_text,
    title_from_text,
)
from briefer.ingest.source_meta import (
    byline_author,
    is_placeholder_title,
    iso_date,
    text_metadata,
)

MAX_UNPACKED_BYTES = 100_000_000
MAX_DOCUMENT_XML_BYTES = 30_000_000
MAX_TABLE_DEPTH = 10
HEADING_SEARCH = 50
DOCUMENT_PART = "word/document.xml"
CUSTOM_PROPERTIES_PART = "docProps/custom.xml"
# python-docx's default template carries this creation time; it says nothing of the article.
PYTHON_DOCX_CREATED = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)
# Bounded spans keep the search linear on a hostile custom.xml.
_PROPERTY_NAME = re.compile(
    rb"<(?:\w{1,50}:)?property\b[^>]{0,2000}?\bname\s*=\s*[\"']([^\"'>]{0,200})[\"']"
)


# Paragraph parts whose text Word does not show: tracked deletions and moves away,
# text boxes (their own paragraphs), and the fallback copy of alternate content.
_UNSHOWN_PARTS = frozenset({
    qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
})
# Body parts that hold paragraphs and tables of their own: content controls, custom XML.
_BLOCK_WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")})
_OFF = {"0", "false", "off"}


class ExportedBriefError(ImportError_):
    """The file is a brief Briefer wrote, not an article."""


def docx_article(
    data: bytes,
    label: str,
    *,
    url: str = "",
    source_path: str = "",
    allow_brief: bool = False,
) -> Article:
    """The article in a .docx file's bytes; a brief Briefer exported only with `allow_brief`."""
    package = _checked_package(data, label, allow_brief)
    try:
        document = docx.Document(package)
        paragraphs = list(_blocks(document.element.body, document, depth=0))
        properties = document.core_properties
        title = join_paragraphs([properties.title or ""])
        author = byline_author(properties.author)
        created = properties.created
        heading = _first_heading(document)
    except Exception as exc:  # python-docx's failure on a damaged file is the user's bad file
        raise ImportError_(
            f"{label}: not a readable Word document ({failure_reason(exc)})"
        ) from exc
    text = require_text(join_paragraphs(paragraphs), label, "the document has no text")
    in_text = text_metadata(text)
    if is_placeholder_title(title):
        title = ""
    return Article(
        text=text,
        title=title or heading or title_from_text(text),
        outlet=in_text.outlet,
        author=in_text.author or author,
        published=in_text.published or _created_date(created),
        url=url,
        source_path=source_path,
    )


def is_exported_brief(entries: dict[str, bytes]) -> bool:
    """Whether an unpacked .docx carries the custom property Briefer's export sets."""
    custom = entries.get(CUSTOM_PROPERTIES_PART, b"")
    return any(name == BRIEF_PROPERTY.encode() for name in _PROPERTY_NAME.findall(custom))


def _checked_package(data: bytes, label: str, allow_brief: bool):
    """The archive, unpacked within bounds and checked to be a Word document, ready to open."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportError_(f"{label}: an old Word (.doc) file; save it as .docx and import that")
    caps = {"max_total": MAX_UNPACKED_BYTES, "max_entry": MAX_DOCUMENT_XML_BYTES}
    try:
        entries = bounded_entries(data, label, **caps)
    except NotAnArchiveError as exc:
        raise ImportError_(f"{label}: not a Word document (not a .docx archive)") from exc
    except ArchiveError as exc:
        raise ImportError_(str(exc)) from exc
    if DOCUMENT_PART not in entries:
        raise ImportError_(f"{label}: not a Word document (no {DOCUMENT_PART} inside)")
    if is_exported_brief(entries) and not allow_brief:
        raise ExportedBriefError(
            f"{label}: a brief Briefer exported, not an article"
        )
    # Re-packed uncompressed from what was just counted: python-docx inflates nothing itself.
    return repack(entries)


def _created_date(created: object) -> str:
    if isinstance(created, datetime):
        stamp = created if created.tzinfo else created.replace(tzinfo=UTC)
        if stamp == PYTHON_DOCX_CREATED:
            return ""
    return iso_date(created)


def _blocks(container, parent, depth: int) -> Iterator[str]:
    """Paragraph texts in order; a table gives each cell's paragraphs, row by row."""
    for element in container:
        if element.tag == qn("w:p"):
            yield _paragraph_text(element)
        elif element.tag == qn("w:tbl") and depth < MAX_TABLE_DEPTH:
            yield from _table(Table(element, parent), depth)
        elif element.tag in _BLOCK_WRAPPERS and depth < MAX_TABLE_DEPTH:
            yield from _blocks(element, parent, depth + 1)


def _table(table: Table, depth: int) -> Iterator[str]:
    for row in table.rows:
        seen = set()
        for cell in row.cells:
            # A merged cell appears once per grid column it spans; read it once.
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from _blocks(cell._tc, cell, depth + 1)


def _paragraph_text(paragraph) -> str:
    """The text Word shows in a paragraph, tracked insertions and content controls included."""
    return "".join(_shown_runs(paragraph))


def _shown_runs(element) -> Iterator[str]:
    for child in element:
        if child.tag == qn("w:r"):
            if not _is_hidden(child):
                yield child.text
        elif child.tag not in _UNSHOWN_PARTS:
            yield from _shown_runs(child)


def _is_hidden(run) -> bool:
    properties = run.find(qn("w:rPr"))
    vanish = properties.find(qn("w:vanish")) if properties is not None else None
    return vanish is not None and vanish.get(qn("w:val"), "1").lower() not in _OFF


def _first_heading(document) -> str:
    """The first Title or Heading paragraph among the first `HEADING_SEARCH` paragraphs.

    Styles are looked up once by id: python-docx's `paragraph.style` scans every
    style for each paragraph, which made a 2,000-paragraph file take seconds.
    """
    names = {style.style_id: style.name or "" for style in document.styles}
    for paragraph in document.paragraphs[:HEADING_SEARCH]:
        style = names.get(paragraph._p.style or "", "")
        if style == "Title" or style.startswith("Heading"):
            heading = join_paragraphs([_paragraph_text(paragraph._p)])
            if heading:
                return heading
    return ""
