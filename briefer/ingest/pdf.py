"""PDF articles: the text layer in reading order, lines joined back into paragraphs.

A PDF lays text out in lines; a paragraph ends where a line stops short of the
page's usual line width. Words hyphenated across a line break are rejoined.
Hostile files are bounded: at most `MAX_PAGES` pages, `MAX_TEXT_CHARS` of
text, and `TIME_BUDGET_S` seconds for the whole extraction. pypdf cannot be
interrupted inside a page (one page of 600,000 text operators keeps it busy
for minutes), so the extraction runs in a child Python process that is killed
when the budget is spent, and whose memory is capped where the system allows.

Title and author come from the document information, the author only when it
reads as a byline; the date is the text's own date line, else the file's
creation date; a byline or wire dateline in the text fills what is missing.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

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
from briefer.ingest.source_meta import (
    byline_author,
    is_placeholder_title,
    iso_date,
    text_metadata,
)

MAX_PAGES = 2_000
TIME_BUDGET_S = 60.0
CHILD_MEMORY_BYTES = 2_000_000_000
# The folder that holds the `briefer` package, so the child imports this same copy.
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# Run as a module, which the desktop bundle's launcher answers too (it has no `-c`).
_CHILD_COMMAND = ("-P", "-m", "briefer.ingest.pdf")
SHORT_LINE_SHARE = 0.6

# pypdf warns on stderr about every repair it makes to a damaged file; Briefer reports
# a file it cannot read in one line instead, so only pypdf's errors are let through.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]",
                          re.IGNORECASE)


def pdf_article(data: bytes, label: str, *, url: str = "", source_path: str = "") -> Article:
    """The article in a PDF's bytes."""
    if b"%PDF-" not in data[:1024]:
        raise ImportError_(f"{label}: not a PDF file")
    page_texts, meta = _extract_with_deadline(data, label)
    text = require_text(
        "\n".join(_paragraphs(page_texts)), label, "no text layer (a scanned PDF?)"
    )
    title = meta.get("title", "")
    if is_placeholder_title(title):
        title = ""
    in_text = text_metadata(text)
    return Article(
        text=text,
        title=title or title_from_text(text),
        outlet=in_text.outlet,
        author=in_text.author or byline_author(meta.get("author", "")),
        published=in_text.published or meta.get("created", ""),
        url=url,
        source_path=source_path,
    )


def _extract_with_deadline(data: bytes, label: str) -> tuple[list[str], dict[str, str]]:
    """Page texts and metadata from a child process killed after `TIME_BUDGET_S` seconds."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        part for part in (_PACKAGE_ROOT, environment.get("PYTHONPATH", "")) if part
    )
    try:
        finished = subprocess.run(
            # -P: the working folder is not put on the child's import path, so a stray
            # io.py or pypdf.py where the user happens to be is never run.
            [sys.executable, *_CHILD_COMMAND],
            input=_child_request(label) + data,
            capture_output=True, timeout=TIME_BUDGET_S, env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ImportError_(
            f"{label}: reading the PDF took too long (over {TIME_BUDGET_S:g} s; "
            f"a damaged or hostile file?)"
        ) from exc
    except OSError as exc:
        raise ImportError_(f"{label}: the PDF reader could not start ({exc.strerror})") from exc
    try:
        result = json.loads(finished.stdout)
    except ValueError:
        result = None
    if not isinstance(result, dict):
        # Killed by the memory cap or a crash inside the parser: no answer came back.
        raise ImportError_(f"{label}: not a readable PDF (the reader stopped; too large or "
                           f"damaged?)")
    if "error" in result:
        raise ImportError_(str(result["error"]))
    return list(result["pages"]), dict(result["meta"])


def _child_request(label: str) -> bytes:
    """The line the child reads before the PDF's bytes: its label and limits, as JSON."""
    request = {"label": label, "max_pages": MAX_PAGES, "max_chars": MAX_TEXT_CHARS}
    return json.dumps(request).encode("ascii") + b"\n"


def extract_in_child() -> None:
    """The child's side: a JSON request line and the PDF's bytes on stdin; JSON on stdout."""
    _cap_memory()
    request = json.loads(sys.stdin.buffer.readline())
    label, max_pages, max_chars = request["label"], request["max_pages"], request["max_chars"]
    data = sys.stdin.buffer.read()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        _unlock(reader, label)
        pages = _page_texts(reader, label, max_pages, max_chars)
        result = {"pages": pages, "meta": _metadata(reader)}
    except ImportError_ as exc:
        result = {"error": str(exc)}
    except MemoryError:
        result = {"error": f"{label}: too large to read (the PDF needs too much memory)"}
    except Exception as exc:  # pypdf's failure on a damaged file is the user's bad file
        result = {"error": f"{label}: not a readable PDF ({failure_reason(exc)})"}
    sys.stdout.write(json.dumps(result))


def _cap_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the deadline alone bounds the child
        return
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))


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


def _page_texts(reader: PdfReader, label: str, max_pages: int, max_chars: int) -> list[str]:
    """Each page's text, in order, within the page and size bounds.

    A page tree may claim any count; pages are fetched one by one, so a false
    count ends at the first missing page instead of being believed.
    """
    texts: list[str] = []
    total = 0
    for index in range(max_pages + 1):
        try:
            page = reader.pages[index]
        except IndexError:
            break
        if index == max_pages:
            raise ImportError_(f"{label}: more than {max_pages:,} pages, too long for an article")
        text = clean_text(page.extract_text() or "")
        total += len(text)
        if total > max_chars:
            raise ImportError_(
                f"{label}: too much text for one article (over {max_chars:,} characters)"
            )
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
    try:
        created = iso_date(info.creation_date)
    except ValueError:  # a date string pypdf cannot parse
        created = ""
    if created:
        found["created"] = created
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


if __name__ == "__main__":
    extract_in_child()
