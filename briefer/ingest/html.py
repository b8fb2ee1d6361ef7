"""Saved web pages: the article's main text and its metadata, via trafilatura.

trafilatura only parses the bytes it is given: no script runs and nothing is
fetched (images, frames and links stay unvisited). Menus, ads, footers and
comments are left out; paragraphs come out one a line.
"""

from __future__ import annotations

import codecs
from datetime import date

import trafilatura

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest.files import (
    failure_reason,
    is_web_address,
    join_paragraphs,
    require_text,
    title_from_text,
)

METADATA_MAX_CHARS = 300


def html_article(data: bytes, label: str, *, url: str = "", source_path: str = "") -> Article:
    """The article in a web page's bytes (`url` is where it came from, if downloaded)."""
    page: bytes | str = data
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        page = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:4096]:
        raise ImportError_(f"{label}: a binary file, not a web page")
    try:
        document = trafilatura.bare_extraction(
            page,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # a parser's failure on hostile input is the user's bad file
        raise ImportError_(f"{label}: not a readable web page ({failure_reason(exc)})") from exc
    body = getattr(document, "text", None) or ""
    text = require_text(
        join_paragraphs(body.split("\n")), label, "no article text found in the page"
    )
    return Article(
        text=text,
        title=_one_line(document.title) or title_from_text(text),
        outlet=_one_line(document.sitename),
        author=_one_line(document.author),
        published=_iso_date(document.date),
        url=url or _web_url(document.url),
        source_path=source_path,
    )


def _one_line(value: object) -> str:
    """A metadata field as one clean line of reasonable length."""
    if not isinstance(value, str):
        return ""
    line = join_paragraphs([value])
    return line if len(line) <= METADATA_MAX_CHARS else line[:METADATA_MAX_CHARS - 1] + "…"


def _web_url(value: object) -> str:
    """The page's own address, if it is a web address (never file:, javascript: ...)."""
    line = _one_line(value)
    return line if is_web_address(line) and " " not in line else ""


def _iso_date(value: object) -> str:
    if not isinstance(value, str):
        return ""
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return ""
