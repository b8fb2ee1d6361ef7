"""What the review says about the brief: items whose quote was rejected or never reviewed.

The builder strikes rejected items through and marks unreviewed ones; the
export lists both, with the sources a reader could not find (no outlet or
no date), and asks before writing; the command line refuses rejected items
unless told to drop them. Computed from the quotes' review status: nothing
is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefer.core import brief
from briefer.core.brief import BriefItem
from briefer.core.errors import BrieferError
from briefer.core.records import Article
from briefer.core.store import Project

ITEM_OK, ITEM_UNREVIEWED, ITEM_REJECTED = "ok", "unreviewed", "rejected"


def item_statuses(project: Project) -> dict[int, str]:
    """Each quote item's status by item id: rejected, unreviewed (pending quote) or ok.

    Items that are not quotes, and quotes re-analysis replaced, are "ok".
    """
    status = {q.id: q.status for q in project.quotes()}
    result = {}
    for item in brief.load_brief(project).items():
        quote_status = (status.get(item.quote_id)
                        if item.kind == "quote" and item.quote_id is not None else None)
        result[item.id] = {"rejected": ITEM_REJECTED, "pending": ITEM_UNREVIEWED}.get(
            quote_status or "", ITEM_OK)
    return result


def item_status(project: Project, item: BriefItem) -> str:
    """One item's status (see `item_statuses`)."""
    if item.kind != "quote" or item.quote_id is None:
        return ITEM_OK
    try:
        quote = project.quote(item.quote_id)
    except BrieferError:
        return ITEM_OK
    return {"rejected": ITEM_REJECTED, "pending": ITEM_UNREVIEWED}.get(quote.status, ITEM_OK)


def cited_article_ids(item: BriefItem) -> list[int]:
    """The articles an item's footnote cites: its own, then the others that carry it."""
    ids = [item.article_id] if item.article_id is not None else []
    for source in item.data.get("sources", []) or []:
        if isinstance(source, dict) and isinstance(source.get("article_id"), int):
            ids.append(source["article_id"])
    return list(dict.fromkeys(ids))


@dataclass
class ExportProblems:
    """What the user should know before the brief leaves the building."""

    rejected: list[BriefItem] = field(default_factory=list)
    unreviewed: list[BriefItem] = field(default_factory=list)
    sources_missing: list[tuple[Article, list[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rejected or self.unreviewed or self.sources_missing)

    def warnings(self) -> list[str]:
        """One line per kind of problem that does not stop an export."""
        lines = []
        if self.unreviewed:
            lines.append(f"{len(self.unreviewed)} item(s) rest on quotes nobody has reviewed")
        if self.sources_missing:
            described = "; ".join(
                f"{_name(article)} (no {' or '.join(missing)})"
                for article, missing in self.sources_missing[:3])
            more = (f" and {len(self.sources_missing) - 3} more"
                    if len(self.sources_missing) > 3 else "")
            lines.append(f"{len(self.sources_missing)} cited source(s) lack an outlet or date: "
                         f"{described}{more}")
        return lines


def _name(article: Article) -> str:
    """How to point the user at an article: its title, else its outlet, else its number."""
    title = " ".join(article.title.split())
    if title:
        return f"“{title[:60]}{'…' if len(title) > 60 else ''}”"
    return article.outlet or f"article {article.id}"


def export_problems(project: Project) -> ExportProblems:
    """Rejected items, unreviewed items and cited sources lacking outlet or date."""
    problems = ExportProblems()
    statuses = item_statuses(project)
    cited: list[int] = []
    for item in brief.load_brief(project).items():
        status = statuses.get(item.id, ITEM_OK)
        if status == ITEM_REJECTED:
            problems.rejected.append(item)
            continue
        if status == ITEM_UNREVIEWED:
            problems.unreviewed.append(item)
        cited.extend(cited_article_ids(item))
    for article_id in dict.fromkeys(cited):
        try:
            article = project.article(article_id)
        except BrieferError:
            continue
        missing = [name for name, value in (("outlet", article.outlet),
                                            ("date", article.published)) if not value.strip()]
        if missing:
            problems.sources_missing.append((article, missing))
    return problems


def drop_rejected(project: Project) -> int:
    """Remove the items whose quote was rejected; returns how many went."""
    rejected = export_problems(project).rejected
    with project.transaction():
        for item in rejected:
            brief.remove_item(project, item.id)
    return len(rejected)
