"""Saved web pages: the article's main text and its metadata, via trafilatura.

trafilatura only parses the bytes it is given: no script runs and nothing is
fetched (images, frames and links stay unvisited). Menus, ads, footers and
comments are left out; paragraphs come out one a line.
"""

from __future__ import annotations

import codecs

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
from briefer.ingest.source_meta import (
    is_placeholder_title,
    iso_date,
    outlet_from_url,
    public_url,
    text_metadata,
)
from briefer.ingest.text import decode_text

METADATA_MAX_CHARS = 300


def html_article(
    data: bytes,
    label: str,
    *,
    url: str = "",
    source_path: str = "",
    encoding: str = "",
    notes: list[str] | None = None,
) -> Article:
    """The article in a web page's bytes (`url` is where it came from, if downloaded).

    `encoding` is the charset the server declared; it overrides the page's own
    `<meta charset>`, as in a browser. Without one, trafilatura reads the page's.
    """
    page: bytes | str = data
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        page = data.decode("utf-16", errors="replace")
    elif encoding:
        page = decode_text(data, label, encoding, notes)
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
    in_text = text_metadata(text)
    title, outlet = (_one_line(document.title), _one_line(document.sitename))
    page_url = url or _web_url(document.url)
    # A saved page's <title> or site name can be a file name; the text says more.
    title = "" if is_placeholder_title(title) else title
    outlet = "" if is_placeholder_title(outlet) else outlet
    return Article(
        text=text,
        title=title or title_from_text(text),
        outlet=outlet or in_text.outlet or outlet_from_url(page_url),
        author=_one_line(document.author) or in_text.author,
        published=iso_date(document.date) or in_text.published,
        url=page_url,
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
    line = public_url(_one_line(value))
    return line if is_web_address(line) and " " not in line else ""
