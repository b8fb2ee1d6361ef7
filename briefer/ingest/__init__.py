"""Article import: files of every common format, web addresses and pasted text.

Every loader returns a `briefer.core.records.Article` and reports any bad
input as `ImportError_` with a one-line message naming the file or address;
`import_sources` adds a batch to a project and carries on past failures.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefer.core.errors import BrieferError, DuplicateArticleError, ImportError_
from briefer.core.records import Article
from briefer.ingest.docx import ExportedBriefError, docx_article
from briefer.ingest.files import read_file_bytes, sniff_format, source_label
from briefer.ingest.html import html_article
from briefer.ingest.paste import from_text
from briefer.ingest.pdf import pdf_article
from briefer.ingest.text import markdown_article, text_article
from briefer.ingest.url import load_url, url_label

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ExportedBriefError",
    "ImportReport",
    "from_text",
    "import_sources",
    "load_file",
    "load_source",
    "load_url",
    "source_name",
]

ArticleReader = Callable[..., Article]

_BY_SUFFIX: dict[str, ArticleReader] = {
    ".txt": text_article,
    ".text": text_article,
    ".md": markdown_article,
    ".markdown": markdown_article,
    ".html": html_article,
    ".htm": html_article,
    ".xhtml": html_article,
    ".pdf": pdf_article,
    ".docx": docx_article,
}
_BY_SNIFFED_FORMAT: dict[str, ArticleReader] = {
    "pdf": pdf_article,
    "docx": docx_article,
    "html": html_article,
    "text": text_article,
}
_UNSUPPORTED_FORMATS = {
    "doc": "an old Word (.doc) file; save it as .docx and import that",
    "rtf": "an RTF file; save it as .docx or .txt and import that",
    "sqlite": "a database, not an article",
}
# The suffixes a file dialog offers.
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_BY_SUFFIX)
# Any scheme (http, ftp, file...): such a source goes to `load_url`, which names what it refuses.
_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Longer than the longest news features (about 30,000 words): worth a note on import.
LONG_ARTICLE_CHARS = 200_000


def load_file(
    path: str | os.PathLike, *, allow_brief: bool = False, notes: list[str] | None = None
) -> Article:
    """Read one article file, by its suffix; a file with another suffix is recognised by content.

    `source_path` is the file's absolute path. A brief Briefer exported is
    refused (`ExportedBriefError`) unless `allow_brief`. What reading had to
    repair (bytes of another encoding) is added to `notes`, one line each.
    """
    try:
        path = Path(path)
    except TypeError as exc:
        raise ImportError_(f"{path!r}: not a file path") from exc
    label = source_label(path)
    data = read_file_bytes(path)
    reader = _BY_SUFFIX.get(path.suffix.lower())
    if reader is None:
        kind = sniff_format(data)
        if kind in _UNSUPPORTED_FORMATS:
            raise ImportError_(f"{label}: {_UNSUPPORTED_FORMATS[kind]}")
        reader = _BY_SNIFFED_FORMAT[kind]
    # A file name in another encoding than the system's (undecodable bytes, kept by Python
    # as lone surrogates) is stored with those bytes shown as U+FFFD: the store takes text.
    source_path = os.path.abspath(path).encode("utf-8", "surrogateescape").decode(
        "utf-8", "replace")
    if reader is docx_article:
        return docx_article(data, label, source_path=source_path, allow_brief=allow_brief)
    if reader is pdf_article:
        return pdf_article(data, label, source_path=source_path)
    return reader(data, label, source_path=source_path, notes=notes)


def load_source(
    source: str | os.PathLike, *, allow_brief: bool = False, notes: list[str] | None = None
) -> Article:
    """A web address (http:// or https://) is downloaded; anything else is a file path.

    An article far longer than any news story is read, with a note saying so
    (its analysis takes minutes: the user should know before waiting).
    """
    article = _loaded(source, allow_brief, notes)
    if notes is not None and len(article.text) > LONG_ARTICLE_CHARS:
        notes.append(
            f"{source_name(source)}: {len(article.text):,} characters (about "
            f"{round(len(article.text.split()), -3):,} words), far longer than a news article; "
            "analysing it takes minutes"
        )
    return article


def _loaded(source: str | os.PathLike, allow_brief: bool, notes: list[str] | None) -> Article:
    if not isinstance(source, str):
        return load_file(source, allow_brief=allow_brief, notes=notes)
    text = source.strip()
    if not text:
        raise ImportError_("no file or web address given (the name is empty)")
    if _ADDRESS.match(text):
        return load_url(text, allow_brief=allow_brief, notes=notes)
    # os.path.exists, not Path.exists: a name too long for the system is "no such file"
    # here (Path.exists raises OSError for it), and reading it says why.
    path = Path(os.path.expanduser(source))
    if not os.path.exists(path):
        # Spaces around a typed or pasted path are rarely part of the file's name.
        path = Path(os.path.expanduser(text))
    if text.lower().startswith("www.") and not os.path.exists(path):
        raise ImportError_(
            f"{source_label(path)}: no such file (for a web address, start it with https://)"
        )
    return load_file(path, allow_brief=allow_brief, notes=notes)


def source_name(source: str | os.PathLike) -> str:
    """How a batch report and a progress label name a source: a file's name or the URL."""
    if not isinstance(source, str):
        return source_label(source)
    text = source.strip()
    if _ADDRESS.match(text):
        return url_label(text)
    return source_label(text)


@dataclass
class ImportReport:
    """What a batch import did with each source."""

    imported: list[Article] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    # Sources imported with a repair the user should know of: (source, one-line note).
    notes: list[tuple[str, str]] = field(default_factory=list)
    # Failed sources that are briefs Briefer exported (importable with `allow_briefs`).
    briefs: list[str] = field(default_factory=list)
    cancelled: bool = False


def import_sources(
    project,
    sources: Iterable[str | os.PathLike],
    on_progress: Callable[[int, int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    *,
    allow_briefs: bool = False,
) -> ImportReport:
    """Import each source into `project` (a `briefer.core.store.Project`).

    A failing source is reported and the batch carries on; an article whose
    content is already in the project is reported as a duplicate, not added.
    `on_progress(done, total, label)` is called before each source (naming it)
    and once at the end with `done == total`; `is_cancelled()` is asked before
    each source, and a cancelled batch keeps what it already imported. A brief
    Briefer exported fails like a bad file unless `allow_briefs`.
    """
    pending = list(sources)
    total = len(pending)
    report = ImportReport()
    done = 0
    for source in pending:
        if is_cancelled is not None and is_cancelled():
            report.cancelled = True
            break
        name = source_name(source)
        if on_progress is not None:
            on_progress(done, total, name)
        try:
            notes: list[str] = []
            article = load_source(source, allow_brief=allow_briefs, notes=notes)
            report.imported.append(project.add_article(article))
            report.notes.extend((source, note) for note in notes)
        except DuplicateArticleError as exc:
            report.duplicates.append((source, f"{name}: {exc}"))
        except ExportedBriefError as exc:
            report.briefs.append(source)
            report.failed.append((source, str(exc)))
        except BrieferError as exc:
            report.failed.append((source, str(exc)))
        done += 1
    if on_progress is not None:
        on_progress(done, total, "")
    return report
