"""What every import path shares: bounded file reading and clean extracted text.

The limits live here so that a file, a downloaded page and a pasted text meet
the same rules and the same one-line messages.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

import ftfy

from briefer.core.errors import ImportError_
from briefer.ingest.source_meta import is_metadata_line, without_dateline

MAX_FILE_BYTES = 20_000_000
# An article never has more text than the largest file holds bytes.
MAX_TEXT_CHARS = MAX_FILE_BYTES
TITLE_MAX_CHARS = 90
LABEL_MAX_CHARS = 120

# Characters XML 1.0 forbids (Word export and the project reader choke on them).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAKING_CONTROLS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_SPACE_RUN = re.compile(r"[^\S\n]+")
# A markup tag left in copied text: "<tweet tweet-id=\"7731\">", "</a>", "<br/>", "<em>".
_TAG = re.compile(
    r"<(/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*)\s*(/?)>")
# HTML's elements that turn up bare in pasted or exported text; any other bare
# "<Word>" is kept, being as likely prose ("<Name> thanked <Name>").
_BARE_ELEMENTS = frozenset((
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "div", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "hr", "i", "iframe", "img", "li", "ol", "p", "small", "span",
    "strong", "sub", "sup", "table", "td", "th", "tr", "u", "ul"))


def source_label(path: str | os.PathLike) -> str:
    """The name a message uses for a file: its own name, or the whole path if it has none."""
    path = Path(path)
    name = path.name or str(path)
    # A name too long for any file system (a pasted paragraph) is cut, not printed whole.
    return f"{name[:LABEL_MAX_CHARS]}…" if len(name) > LABEL_MAX_CHARS else name


def read_file_bytes(path: str | os.PathLike, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular, non-empty file of at most `max_bytes`, or a clear error."""
    path = Path(path)
    label = source_label(path)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ImportError_(f"{label}: no such file") from exc
    except PermissionError as exc:
        raise ImportError_(f"{label}: permission denied") from exc
    except (OSError, ValueError) as exc:
        raise ImportError_(f"{label}: cannot be read ({_reason(exc)})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise ImportError_(f"{label}: is a folder, not an article")
    if not stat.S_ISREG(info.st_mode):
        raise ImportError_(f"{label}: is not a regular file")
    if info.st_size > max_bytes:
        raise ImportError_(f"{label}: {too_large(info.st_size, max_bytes)}")
    if info.st_size == 0:
        raise ImportError_(f"{label}: the file is empty")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError as exc:
        raise ImportError_(f"{label}: permission denied") from exc
    except OSError as exc:
        raise ImportError_(f"{label}: cannot be read ({_reason(exc)})") from exc
    if len(data) > max_bytes:
        raise ImportError_(f"{label}: {too_large(len(data), max_bytes)}")
    if not data:
        raise ImportError_(f"{label}: the file is empty")
    return data


def is_web_address(source: str) -> bool:
    """Whether a source the user typed is an http(s) address rather than a file path."""
    return source.strip().lower().startswith(("http://", "https://"))


def too_large(size: int, limit: int) -> str:
    """The message for content over the size limit, in megabytes a user can compare."""
    return f"too large ({size / 1_000_000:.1f} MB; the limit is {limit / 1_000_000:g} MB)"


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def failure_reason(exc: BaseException) -> str:
    """A short, one-line account of a parser's complaint about a damaged file."""
    text = " ".join(str(exc).split())
    if not text:
        return type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def clean_text(text: str) -> str:
    """Extracted text as the project stores it: `\\n` line breaks, no XML-forbidden characters."""
    return _XML_FORBIDDEN.sub("", _BREAKING_CONTROLS.sub("\n", text))


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Paragraphs as one text, one per line, each with its runs of spaces collapsed."""
    lines = []
    for paragraph in paragraphs:
        line = _SPACE_RUN.sub(" ", clean_text(paragraph).replace("\n", " ")).strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def title_from_text(text: str) -> str:
    """A title for text that has none: the first line, or its first sentence when the
    first line is a whole paragraph, trimmed at a word to a headline's length.

    A byline or a date line above the headline is passed over, and a wire
    story's dateline ("WASHINGTON (Reuters) - ") is left out of its title.
    """
    for line in clean_text(text).split("\n"):
        line = without_dateline(" ".join(line.split()))
        if not line or is_metadata_line(line):
            continue
        if len(line) > TITLE_MAX_CHARS:
            line = _FIRST_SENTENCE.match(line).group(0).strip()
        if len(line) <= TITLE_MAX_CHARS:
            return line
        cut = line[:TITLE_MAX_CHARS].rsplit(" ", 1)[0]
        return cut.rstrip(" ,;:") + "…"
    return ""


_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s+[\"“‘']?[A-Z])|.+")


def require_text(text: str, label: str, what: str = "no text") -> str:
    """Refuse an article with nothing to read, one whose characters are mostly
    undecodable (U+FFFD: a PDF's fonts that map nothing, a wrong declared charset),
    and one too long to be an article. The text is returned with its mojibake
    repaired ("FranÃ§ois" becomes "François": a page or file whose UTF-8 was
    once read as Windows-1252); ftfy's `fix_encoding` changes nothing else."""
    if not text.strip():
        raise ImportError_(f"{label}: {what}")
    visible = len(text) - sum(text.count(space) for space in " \t\n\r")
    if text.count("\ufffd") * 2 > visible:
        raise ImportError_(
            f"{label}: its text cannot be read (most characters could not be decoded)"
        )
    if len(text) > MAX_TEXT_CHARS:
        raise ImportError_(
            f"{label}: too much text for one article "
            f"({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})"
        )
    return ftfy.fix_encoding(text)


def without_stray_markup(text: str) -> str:
    """Plain text without the markup tags left in it (an embedded tweet's element, a
    link's tags), which are no words of the article; a line that held only tags goes
    too. Not for a web page's text, where a tag shown as text was written as text."""
    if "<" not in text:
        return text

    def stray(tag: re.Match) -> str:
        closing, name, attributes, empty = tag.groups()
        if closing or attributes or empty or name.lower() in _BARE_ELEMENTS:
            return ""
        return tag.group()

    lines = []
    for line in text.split("\n"):
        kept = _TAG.sub(stray, line)
        if kept.strip() or not line.strip():
            lines.append(kept)
    return "\n".join(lines)


_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")


def sniff_format(data: bytes) -> str:
    """The format the first bytes betray: pdf, docx, doc, rtf, sqlite, html or text."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    opening = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if opening.startswith(_HTML_STARTS) and (b"<html" in opening or b"<body" in opening):
        return "html"
    return "text"
