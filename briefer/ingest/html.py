"""Saved web pages: the article's main text and its metadata, via trafilatura.

trafilatura only parses the bytes it is given: no script runs and nothing is
fetched (images, frames and links stay unvisited). Menus, ads, footers and
comments are left out; paragraphs come out one a line.
"""

from __future__ import annotations

import codecs
import re

import lxml.html
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
# A numeric character reference (`&#11;`, `&#x0c;`); its digits are bounded so
# no huge number is ever converted.
_REFERENCE = r"&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));?"
_REFERENCE_PATTERNS = {bytes: re.compile(_REFERENCE.encode()), str: re.compile(_REFERENCE)}
_WORD_BREAKING_CONTROLS = {0x0B, 0x0C}  # vertical tab (Word's line break), form feed
_KEPT_CONTROLS = {0x00, 0x09, 0x0A, 0x0D}  # NUL becomes U+FFFD; tab and line breaks are text


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
    page = _without_control_characters(page)
    _refuse_too_deep(page, label)
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


def _without_control_characters(page: bytes | str) -> bytes | str:
    """The page with vertical tabs and form feeds (raw or as references) made spaces and
    references to other control characters dropped.

    The parser keeps no text node holding a control character: one `&#11;` made the
    whole page empty, and a raw one between two words glued them ("Mondaynextweek").
    Raw bytes 0x0B and 0x0C are never part of a multi-byte character in the
    ASCII-compatible encodings a page arrives in as bytes.
    """

    space, nothing = (b" ", b"") if isinstance(page, bytes) else (" ", "")

    def replacement(match: re.Match) -> bytes | str:
        value = int(match[1]) if match[1] else int(match[2], 16)
        if value in _WORD_BREAKING_CONTROLS:
            return space
        if value < 0x20 and value not in _KEPT_CONTROLS:
            return nothing
        return match[0]

    for control in _WORD_BREAKING_CONTROLS:
        raw = chr(control).encode() if isinstance(page, bytes) else chr(control)
        page = page.replace(raw, space)
    return _REFERENCE_PATTERNS[type(page)].sub(replacement, page)


def _refuse_too_deep(page: bytes | str, label: str) -> None:
    """Refuse a page nested deeper than the HTML parser goes: the text below that depth
    would be left out without a word."""
    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(page, parser=parser)
    except Exception:  # an unparsable page is trafilatura's to judge and report
        return
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise ImportError_(
            f"{label}: the page nests its elements too deep to read all of its text"
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
