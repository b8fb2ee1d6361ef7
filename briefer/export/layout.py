"""The brief laid out as a sequence of styled blocks, ready for any writer.

Both the Word export and the builder's live preview render these blocks, so
the preview reads exactly as the document will. Nothing here knows about
Word, HTML or Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from briefer.core.brief import (
    Brief,
    BriefItem,
    BriefSection,
    FrontMatter,
    enclose_in_quotes,
    load_brief,
    speaker_order,
)
from briefer.core.errors import BrieferError
from briefer.core.records import Actor, Article, Quote
from briefer.core.store import Project
from briefer.export.markdown import Run, parse_markdown

# Control characters and non-characters XML 1.0 forbids (PDFs are full of them),
# and lone surrogates a bad decoder can leave behind.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

ACTOR_TABLE_HEADER = ["Name", "Role and affiliation", "Type", "Expert or official", "Quotes used"]
# Relative widths of those columns: wide name and role, narrow figures.
TABLE_COLUMN_SHARES = [21, 33, 13, 17, 16]


def xml_safe(text: str) -> str:
    """`text` without the characters an XML document cannot hold."""
    return _XML_FORBIDDEN.sub("", text)


@dataclass
class Block:
    """One paragraph (or table) of the brief.

    kind: title, subtitle, byline, heading, body, bullet, quote, attribution, table, source.
    `footnote` is the citation text of a footnote placed at the block's end.
    """

    kind: str
    runs: list[Run] = field(default_factory=list)
    footnote: str | None = None
    rows: list[list[str]] = field(default_factory=list)
    number: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class Layout:
    front: FrontMatter
    blocks: list[Block]


def format_date(value: str) -> str:
    """An ISO date as "4 September 2025"; anything else is kept as written."""
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return value.strip()
    return f"{day.day} {day.strftime('%B %Y')}"


def short_title(title: str, words: int = 12) -> str:
    """A headline fit for a footnote: an over-long one (a plain-text lead) is cut short."""
    title = " ".join(title.split())
    parts = title.split(" ")
    if len(parts) <= words:
        return title
    return " ".join(parts[: words - 2]).rstrip(",;:") + "…"


def citation(article: Article) -> str:
    """A footnote's text: outlet, “title”, date, URL."""
    where = article.url.strip() or Path(article.source_path).name
    title = short_title(article.title)
    parts = [article.outlet.strip(), f"“{title}”" if title else "",
             format_date(article.published), where]
    text = ", ".join(p for p in parts if p)
    return (text or f"Article {article.id} of the project") + "."


def source_entry(article: Article) -> str:
    """A line of the sources list: title, outlet, author, date, URL."""
    parts = [short_title(article.title, 24) or f"Article {article.id}", article.outlet.strip(),
             article.author.strip(), format_date(article.published),
             article.url.strip() or Path(article.source_path).name]
    return " ".join(p if p[-1] in ".…?!" else p + "." for p in parts if p)


def role_phrase(actor: Actor) -> str:
    """"European security expert, Royal United Services Institute" from roles and affiliation."""
    roles = [re.sub(r"^(an?|the)\s+", "", r.strip(), flags=re.IGNORECASE) for r in actor.roles]
    parts = [r for r in roles[:1] if r]
    if actor.affiliation and not any(actor.affiliation in p for p in parts):
        parts.append(actor.affiliation)
    return ", ".join(parts)


def actor_standing(actor: Actor) -> str:
    return "Expert" if actor.is_expert else "Official"


class _Sources:
    """The articles the brief cites, numbered in the order of first citation."""

    def __init__(self, project: Project):
        self.project = project
        self.cited: dict[int, Article] = {}
        self._cache: dict[int, Article | None] = {}

    def article(self, article_id: int | None) -> Article | None:
        if article_id is None:
            return None
        if article_id not in self._cache:
            try:
                self._cache[article_id] = self.project.article(article_id)
            except BrieferError:
                self._cache[article_id] = None
        return self._cache[article_id]

    def cite(self, article_id: int | None) -> str | None:
        if article_id is None:
            return None
        article = self.article(article_id)
        if article is None:
            return "The source article is no longer in the project."
        self.cited.setdefault(article_id, article)
        return citation(article)


class _Builder:
    def __init__(self, project: Project, brief: Brief):
        self.project = project
        self.brief = brief
        self.sources = _Sources(project)
        self.actors: dict[int, Actor | None] = {}
        self.quotes = {q.id: q for q in project.quotes()}

    def actor(self, actor_id: int | None) -> Actor | None:
        if actor_id is None:
            return None
        if actor_id not in self.actors:
            try:
                self.actors[actor_id] = self.project.actor(actor_id)
            except BrieferError:
                self.actors[actor_id] = None
        return self.actors[actor_id]

    def live_quote(self, item: BriefItem) -> Quote | None:
        """The project quote behind an item, if re-analysis has not replaced it."""
        quote = self.quotes.get(item.quote_id) if item.quote_id is not None else None
        if quote is None or quote.article_id != item.article_id:
            return None
        return quote

    def speakers(self, item: BriefItem) -> list[Actor]:
        quote = self.live_quote(item)
        ids = speaker_order(quote) if quote is not None else item.data.get("speaker_ids", [])
        return [a for a in (self.actor(i) for i in ids) if a is not None]

    def speaker_names(self, item: BriefItem) -> str:
        names = [a.name for a in self.speakers(item)] or list(item.data.get("speakers", []))
        if len(names) > 1:
            return ", ".join(names[:-1]) + " and " + names[-1]
        return names[0] if names else ""

    def quotes_used(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for item in self.brief.items():
            if item.kind == "quote":
                for actor in self.speakers(item):
                    counts[actor.id] = counts.get(actor.id, 0) + 1
        return counts

    # -- blocks -----------------------------------------------------------

    def front_blocks(self) -> list[Block]:
        front = self.brief.front
        blocks = [Block("title", [Run(front.title or "Policy brief")])]
        if front.subtitle:
            blocks.append(Block("subtitle", [Run(front.subtitle)]))
        byline = ", ".join(p for p in (front.author, front.organisation) if p)
        byline = " · ".join(p for p in (byline, format_date(front.date)) if p)
        if byline:
            blocks.append(Block("byline", [Run(byline)]))
        return blocks

    def quote_blocks(self, item: BriefItem) -> list[Block]:
        note = self.sources.cite(item.article_id)
        text = item.text.strip()
        kind = item.data.get("kind", "direct")
        quote = self.live_quote(item)
        if quote is not None:
            kind = quote.kind
        speakers = self.speakers(item)
        if kind == "direct":
            # A quote cut before "she said" ends in a comma; on its own it ends the sentence.
            shown = re.sub(r"[,;:]$", ".", text)
            blocks = [Block("quote", [Run(enclose_in_quotes(shown))], footnote=note)]
            who = self.speaker_names(item)
            if who:
                details = role_phrase(speakers[0]) if len(speakers) == 1 else ""
                blocks.append(Block("attribution",
                                    [Run("— " + ", ".join(p for p in (who, details) if p))]))
            return blocks
        return [Block("body", self.reported_speech(item, quote, speakers, text), footnote=note)]

    def reported_speech(self, item: BriefItem, quote: Quote | None, speakers: list[Actor],
                        text: str) -> list[Run]:
        """"Ed Arnold (European security expert, RUSI) described ..." from an indirect quote."""
        who = self.speaker_names(item)
        if len(speakers) == 1 and role_phrase(speakers[0]):
            who = f"{who} ({role_phrase(speakers[0])})"
        cue = (quote.cue if quote is not None else item.data.get("cue")) or ""
        text = text.rstrip(" .")
        if not who:
            return [Run(f"Reportedly, {text}.")]
        if cue.lower().startswith("according to"):
            return [Run(f"According to {who}, {text}.")]
        if not cue:
            return [Run(f"{who}: {text}.")]
        article = self.sources.article(item.article_id)
        start = item.data.get("start")
        that = ""
        if article is not None and isinstance(start, int):
            before = article.text[max(0, start - 6):start].lower()
            that = "that " if re.search(r"\bthat\s+$", before) else ""
        return [Run(f"{who} {cue.strip()} {that}{text}.")]

    def actor_card(self, item: BriefItem) -> list[Block]:
        actor = self.actor(item.actor_id)
        name = actor.name if actor else item.data.get("name", "")
        if not name:
            return []
        runs = [Run(name, bold=True)]
        if actor is not None:
            details = ", ".join(p for p in (role_phrase(actor), actor_standing(actor).lower()) if p)
            runs.append(Run(f" — {details}"))
        if item.text.strip():
            runs.append(Run(f". {item.text.strip()}"))
        return [Block("body", runs)]

    def actor_table(self, items: list[BriefItem]) -> Block | None:
        used = self.quotes_used()
        rows = []
        for item in items:
            actor = self.actor(item.actor_id)
            if actor is None:
                continue
            rows.append([actor.name, role_phrase(actor), actor.type.capitalize(),
                         actor_standing(actor), str(used.get(actor.id, 0))])
        return Block("table", rows=[ACTOR_TABLE_HEADER, *rows]) if rows else None

    def text_blocks(self, item: BriefItem, kind: str = "body") -> list[Block]:
        blocks = [Block(kind if p.kind == "body" else p.kind, p.runs)
                  for p in parse_markdown(item.text)]
        if blocks and item.article_id is not None:
            blocks[-1].footnote = self.sources.cite(item.article_id)
        return blocks

    def item_blocks(self, item: BriefItem) -> list[Block]:
        if item.kind == "quote":
            return self.quote_blocks(item)
        if item.kind == "actor":
            return self.actor_card(item)
        if item.kind == "figure":
            return self.text_blocks(item, kind="bullet")
        return self.text_blocks(item)

    def section_blocks(self, section: BriefSection) -> list[Block]:
        blocks: list[Block] = []
        items = section.items
        if section.role == "actors":
            table = self.actor_table([i for i in items if i.kind == "actor"])
            if table is not None:
                blocks.append(table)
            items = [i for i in items if i.kind != "actor"]
        for item in items:
            blocks.extend(self.item_blocks(item))
        return blocks

    def layout(self) -> Layout:
        blocks = self.front_blocks()
        sources_section, sources_at = None, 0
        for section in self.brief.sections:
            if section.role == "sources":
                # Filled in at the end, once every citation is known.
                sources_section, sources_at = section, len(blocks)
                continue
            body = self.section_blocks(section)
            if body:
                blocks.append(Block("heading", [Run(section.title)]))
                blocks.extend(body)
        sources = list(self.sources.cited.values())
        if sources_section is not None:
            body = [Block("source", [Run(source_entry(a))], number=n)
                    for n, a in enumerate(sources, start=1)]
            body += [b for item in sources_section.items for b in self.item_blocks(item)]
            if body:
                blocks[sources_at:sources_at] = [
                    Block("heading", [Run(sources_section.title)]), *body]
        return Layout(front=self.brief.front, blocks=blocks)


def layout_brief(project: Project, brief: Brief | None = None) -> Layout:
    """The brief as blocks: front matter, then each non-empty section's content."""
    return _Builder(project, brief or load_brief(project)).layout()
