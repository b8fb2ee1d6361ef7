"""Fit a drafted brief to its length: one page or two, as LibreOffice lays out the export.

The core cannot lay out a Word file, so it estimates: lines of text per item at
the template's measure, a footnote per cited item (a full note for a source's
first citation), headings, table rows and the bibliography. The figures were
measured on drafts of the shipped template converted by `soffice --convert-to
pdf`; a user's template is measured, not assumed (`template_measure`): its body
font size, line spacing, page size and margins scale how many characters a line
and how many lines a page hold. The tests in `tests/export/test_story_export.py`
check the page count for real, on the shipped template and on one with a larger
font. Items give way least needed first (`TRIM_ORDER`).
"""

from __future__ import annotations

import math
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from briefer.core import brief, registry
from briefer.core.brief import brief_length
from briefer.core.store import Project

# What a page of the shipped template holds, in lines of body text (11 pt, A4/Letter),
# and what each kind of block costs: measured on LibreOffice's rendering of drafts.
LINE_CHARS = 88
PAGE_LINES = 53
_BLOCK_LINES = {"heading": 2.6, "paragraph": 0.7, "table_row": 1.9, "note": 1.0, "title": 4.5}
# The title is set large: a title line holds about this share of a body line's characters
# and takes this many body lines; the date and rule under it take `title` lines above
# less one title line.
TITLE_CHARS_SHARE = 0.36
TITLE_LINE_LINES = 2.2
# A block quote is indented on both sides: its lines hold this share of a body line.
QUOTE_CHARS_SHARE = 0.82
# The order items give way when a draft is longer than its length: least needed first.
TRIM_ORDER = ("background", "options", "facts", "officials", "actors", "experts", "summary")
MIN_KEPT = {"summary": 2, "officials": 2, "experts": 1, "facts": 1}
# When the brief still overflows with those kept (long quotes, a long title), this much
# goes on: a one-page brief keeps its bottom line and one voice of each side.
MIN_KEPT_LAST = {"summary": 2, "officials": 1, "experts": 1}




@dataclass(frozen=True)
class PageMeasure:
    """What a line and a page of the template hold, in characters and body lines."""

    line_chars: float = LINE_CHARS
    page_lines: float = PAGE_LINES


DEFAULT_MEASURE = PageMeasure()
# The shipped template the figures above were measured on: 11 pt body (half-points),
# line spacing 264/240, A4 less its margins (twips).
_SHIPPED = {"size": 22, "line": 264, "width": 11906 - 2 * 1417, "height": 16838 - 2 * 1304}
# A template's parts are read within bounds: a hostile file cannot fill memory.
_MAX_PART_BYTES = 8_000_000


def _read_part(archive: zipfile.ZipFile, name: str) -> str:
    with archive.open(name) as part:
        return part.read(_MAX_PART_BYTES).decode("utf-8", "replace")


def _attribute(element: str, name: str) -> float | None:
    match = re.search(rf'\bw:{name}="(\d{{1,6}})"', element)
    return float(match.group(1)) if match else None


def template_measure(path: str | Path | None) -> PageMeasure:
    """The measure of a Word template: its Normal style's font size and line spacing, its
    page size and margins, scaled from the shipped template's. The shipped measure when
    there is no template or it cannot be read."""
    if not path:
        return DEFAULT_MEASURE
    try:
        with zipfile.ZipFile(Path(path).expanduser()) as archive:
            styles = _read_part(archive, "word/styles.xml")
            document = _read_part(archive, "word/document.xml")
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError,
            NotImplementedError, zlib.error):
        return DEFAULT_MEASURE
    defaults = re.search(r"<w:docDefaults>.{0,4000}?</w:docDefaults>", styles, re.DOTALL)
    normal = re.search(r'<w:style\b[^>]{0,300}w:styleId="Normal".{0,4000}?</w:style>', styles,
                       re.DOTALL)
    size = line = None
    for part in (defaults, normal):  # Normal overrides the document defaults
        if part is None:
            continue
        size_tag = re.search(r'<w:sz\s+w:val="(\d{1,4})"', part.group())
        size = float(size_tag.group(1)) if size_tag else size
        spacing = re.search(r"<w:spacing\b[^>]{0,300}>", part.group())
        if spacing and 'w:lineRule="exact"' not in spacing.group() and (
                'w:lineRule="atLeast"' not in spacing.group()):
            line = _attribute(spacing.group(), "line") or line
    sections = re.findall(r"<w:sectPr\b.{0,4000}?</w:sectPr>", document, re.DOTALL)
    section = sections[-1] if sections else ""
    page = re.search(r"<w:pgSz\b[^>]{0,300}>", section)
    margins = re.search(r"<w:pgMar\b[^>]{0,400}>", section)
    width = height = None
    if page and margins:
        page_w, page_h = _attribute(page.group(), "w"), _attribute(page.group(), "h")
        left, right = _attribute(margins.group(), "left"), _attribute(margins.group(), "right")
        top, bottom = _attribute(margins.group(), "top"), _attribute(margins.group(), "bottom")
        if None not in (page_w, page_h, left, right, top, bottom):
            width = page_w - left - right  # type: ignore[operator]
            height = page_h - top - bottom  # type: ignore[operator]
    size = size if size and size >= 8 else _SHIPPED["size"]
    line = line if line and line >= 120 else _SHIPPED["line"]
    width = width if width and width > 1000 else _SHIPPED["width"]
    height = height if height and height > 1000 else _SHIPPED["height"]
    font = size / _SHIPPED["size"]
    return PageMeasure(
        line_chars=LINE_CHARS * width / _SHIPPED["width"] / font,
        page_lines=PAGE_LINES * height / _SHIPPED["height"] / font / (line / _SHIPPED["line"]))


def _lines(text: str, measure: PageMeasure, share: float = 1.0) -> float:
    return math.ceil(max(1, len(text)) / (measure.line_chars * share)) + _BLOCK_LINES["paragraph"]


def _title_lines(title: str, measure: PageMeasure) -> float:
    """The title block: a long title wraps over several large lines (measured: a
    74-character title takes three lines of the shipped template)."""
    lines = math.ceil(max(1, len(title)) / (measure.line_chars * TITLE_CHARS_SHARE))
    return _BLOCK_LINES["title"] + (lines - 1) * TITLE_LINE_LINES


def estimate_lines(project: Project, measure: PageMeasure = DEFAULT_MEASURE) -> float:
    """How many lines of a page the brief fills, roughly, footnotes and sources included."""
    loaded = brief.load_brief(project)
    total = _title_lines(loaded.front.title, measure)
    sources: set[int] = set()
    for section in loaded.sections:
        if section.role == "sources":
            continue
        if section.items:
            total += _BLOCK_LINES["heading"]
        if section.role == "actors" and any(i.kind == "actor" for i in section.items):
            total += _BLOCK_LINES["table_row"]
        for item in section.items:
            if item.kind == "actor":
                total += _BLOCK_LINES["table_row"]
                continue
            verbatim = registry.quote_kind(item.data.get("kind", "direct")).verbatim
            if item.kind == "quote" and verbatim:  # a block quote, then its attribution line
                total += _lines(item.text, measure, QUOTE_CHARS_SHARE) + 1
            else:
                total += _lines(item.text, measure)
            cited = {item.article_id, *(s.get("article_id") for s in item.data.get("sources",
                                                                                    []))}
            cited.discard(None)
            if not cited:
                continue  # a voice group's label: no note
            new = cited - sources
            total += _BLOCK_LINES["note"] * (1 + len(new) + 0.4 * len(cited))
            sources |= cited
    if brief_length(project) != "one" and sources:
        total += _BLOCK_LINES["heading"] + 2 * len(sources)
    return total


def fit_to_pages(project: Project, pages: int, measure: PageMeasure = DEFAULT_MEASURE) -> None:
    """Remove the least needed items until the brief fits `pages` (by `estimate_lines`)."""
    for kept in (MIN_KEPT, MIN_KEPT_LAST):
        while estimate_lines(project, measure) > pages * measure.page_lines:
            if not _trim_one(project, kept):
                break


def _trim_one(project: Project, kept: dict[str, int]) -> bool:
    """Remove the least needed item above the minimums `kept`; False when none is."""
    loaded = brief.load_brief(project)
    for role in TRIM_ORDER:
        section = loaded.section_with_role(role)
        if section is None:
            continue
        items = [i for i in section.items if i.kind != "text" or i.article_id]
        if len(items) > kept.get(role, 0):
            brief.remove_item(project, items[-1].id)
            _drop_empty_labels(project, section.id)
            return True
    return False


def _drop_empty_labels(project: Project, section_id: int) -> None:
    """A voice-group label whose entries all went goes too."""
    section = next(s for s in brief.load_brief(project).sections if s.id == section_id)
    items = section.items
    for index, item in enumerate(items):
        if item.data.get("voice") and (index + 1 == len(items)
                                       or items[index + 1].data.get("voice")):
            brief.remove_item(project, item.id)
