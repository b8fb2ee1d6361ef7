"""PDF articles: the text layer in reading order, lines joined back into paragraphs.

A PDF lays text out in lines; a paragraph ends where a line stops short of the
page's usual line width. Words hyphenated across a line break are rejoined.
Hostile files are bounded: at most `MAX_PAGES` pages, `MAX_TEXT_CHARS` of
text and `TIME_BUDGET_S` seconds of extraction. The file's creation date says
when the PDF was made, not when the article appeared, so it is not used.
"""

from __future__ import annotations

import io
import logging
import re
import time

from pypdf import PdfReader

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest.files import (
    MAX_TEXT_CHARS,
    clean_text,
    failure_reason,
    require_text,
    title_from_text,
)

MAX_PAGES = 2_000
TIME_BUDGET_S = 60.0
SHORT_LINE_SHARE = 0.6

# pypdf warns on stderr about every repair it makes to a damaged file; Briefer reports
# a file it cannot read in one line instead, so only pypdf's errors are let through.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]",
                          re.IGNORECASE)
_PLACEHOLDER_TITLE = re.compile(r"^(untitled|microsoft word - .*|.*\.(docx?|pdf|rtf|odt))$",
                                re.IGNORECASE)


def pdf_article(data: bytes, label: str, *, url: str = "", source_path: str = "") -> Article:
    """The article in a PDF's bytes."""
    if b"%PDF-" not in data[:1024]:
        raise ImportError_(f"{label}: not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        _unlock(reader, label)
        page_texts = _page_texts(reader, label)
        meta = _metadata(reader)
    except ImportError_:
        raise
    except Exception as exc:  # pypdf's failure on a damaged file is the user's bad file
        raise ImportError_(f"{label}: not a readable PDF ({failure_reason(exc)})") from exc
    text = require_text(
        "\n".join(_paragraphs(page_texts)), label, "no text layer (a scanned PDF?)"
    )
    title = meta.get("title", "")
    if not title or _PLACEHOLDER_TITLE.match(title):
        title = title_from_text(text)
    return Article(
        text=text,
        title=title,
        author=meta.get("author", ""),
        url=url,
        source_path=source_path,
    )


def _unlock(reader: PdfReader, label: str) -> None:
    """Open a PDF encrypted with an empty password (copy protection); refuse a locked one."""
    if not reader.is_encrypted:
        return
    try:
        unlocked = reader.decrypt("")
    except Exception as exc:  # unsupported cipher or a damaged encryption dictionary
        raise ImportError_(
            f"{label}: the PDF is encrypted in a way Briefer cannot open ({failure_reason(exc)})"
        ) from exc
    if not unlocked:
        raise ImportError_(f"{label}: the PDF is password-protected")


def _page_texts(reader: PdfReader, label: str) -> list[str]:
    """Each page's text, in order, within the page, size and time bounds.

    A page tree may claim any count; pages are fetched one by one, so a false
    count ends at the first missing page instead of being believed.
    """
    started = time.monotonic()
    texts: list[str] = []
    total = 0
    for index in range(MAX_PAGES + 1):
        try:
            page = reader.pages[index]
        except IndexError:
            break
        if index == MAX_PAGES:
            raise ImportError_(f"{label}: more than {MAX_PAGES:,} pages, too long for an article")
        text = clean_text(page.extract_text() or "")
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise ImportError_(
                f"{label}: too much text for one article (over {MAX_TEXT_CHARS:,} characters)"
            )
        if time.monotonic() - started > TIME_BUDGET_S:
            raise ImportError_(f"{label}: reading the PDF took too long (a damaged file?)")
        texts.append(text)
    return texts


def _metadata(reader: PdfReader) -> dict[str, str]:
    info = reader.metadata
    if info is None:
        return {}
    found = {}
    for key, name in (("/Title", "title"), ("/Author", "author")):
        value = info.get(key)
        if isinstance(value, str):
            value = title_from_text(value)
            if value:
                found[name] = value
    return found


def _paragraphs(page_texts: list[str]) -> list[str]:
    """Lines rejoined into paragraphs across the whole document; page numbers dropped."""
    paragraphs: list[str] = []
    current = ""
    for page_text in page_texts:
        lines = [" ".join(line.split()) for line in page_text.split("\n")]
        lines = [line for line in lines if not _PAGE_NUMBER.fullmatch(line)]
        widths = sorted(len(line) for line in lines if line)
        typical = widths[(len(widths) * 3) // 4] if widths else 0
        for line in lines:
            if not line:
                if current:
                    paragraphs.append(current)
                    current = ""
                continue
            current = _continue_line(current, line)
            if len(line) < SHORT_LINE_SHARE * typical:
                paragraphs.append(current)
                current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _continue_line(current: str, line: str) -> str:
    if not current:
        return line
    if current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
        return current[:-1] + line
    return f"{current} {line}"
