"""Fit a drafted brief to its length: one page or two, as LibreOffice lays out the export.

The core cannot lay out a Word file, so it estimates: lines of text per item at
the shipped template's measure, a footnote per cited item (a full note for a
source's first citation), headings, table rows and the bibliography. The
figures were measured on drafts converted by `soffice --convert-to pdf`; the
tests in `tests/export/test_story_export.py` check the page count for real.
Items give way least needed first (`TRIM_ORDER`).
"""

from __future__ import annotations

import math

from briefer.core import brief
from briefer.core.brief import brief_length
from briefer.core.store import Project

# What a page of the shipped template holds, in lines of body text (11 pt, A4/Letter),
# and what each kind of block costs: measured on LibreOffice's rendering of drafts.
LINE_CHARS = 88
PAGE_LINES = 53
_BLOCK_LINES = {"heading": 2.6, "paragraph": 0.7, "table_row": 1.9, "note": 1.0, "title": 4.5}
# The order items give way when a draft is longer than its length: least needed first.
TRIM_ORDER = ("background", "options", "facts", "officials", "actors", "experts", "summary")
MIN_KEPT = {"summary": 2, "officials": 2, "experts": 1, "facts": 1}


def _lines(text: str) -> float:
    return math.ceil(max(1, len(text)) / LINE_CHARS) + _BLOCK_LINES["paragraph"]


def estimate_lines(project: Project) -> float:
    """How many lines of a page the brief fills, roughly, footnotes and sources included."""
    loaded = brief.load_brief(project)
    total = _BLOCK_LINES["title"]
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
            total += _lines(item.text) + (1 if item.kind == "quote" else 0)
            cited = {item.article_id, *(s.get("article_id") for s in item.data.get("sources",
                                                                                    []))}
            cited.discard(None)
            new = cited - sources
            total += _BLOCK_LINES["note"] * (1 + len(new) + 0.4 * len(cited))
            sources |= cited
    if brief_length(project) != "one" and sources:
        total += _BLOCK_LINES["heading"] + 2 * len(sources)
    return total


def fit_to_pages(project: Project, pages: int) -> None:
    """Remove the least needed items until the brief fits `pages` (by `estimate_lines`)."""
    while estimate_lines(project) > pages * PAGE_LINES:
        loaded = brief.load_brief(project)
        for role in TRIM_ORDER:
            section = loaded.section_with_role(role)
            if section is None:
                continue
            items = [i for i in section.items if i.kind != "text" or i.article_id]
            if len(items) > MIN_KEPT.get(role, 0):
                brief.remove_item(project, items[-1].id)
                _drop_empty_labels(project, section.id)
                break
        else:
            return


def _drop_empty_labels(project: Project, section_id: int) -> None:
    """A voice-group label whose entries all went goes too."""
    section = next(s for s in brief.load_brief(project).sections if s.id == section_id)
    items = section.items
    for index, item in enumerate(items):
        if item.data.get("voice") and (index + 1 == len(items)
                                       or items[index + 1].data.get("voice")):
            brief.remove_item(project, item.id)
