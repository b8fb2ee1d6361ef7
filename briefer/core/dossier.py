"""An actor's dossier: everything the project holds about one person or body.

An analyst's first question about a pile of articles is about a person
("everything Comey said"), not about one article. `build_dossier` gathers,
for one actor id, across every article:
- the names the articles use for the actor and the roles they give it, each
  with the publication dates it was first and last seen (roles over time);
- every quote the actor spoke (alone or jointly), with outlet and date,
  sorted by date;
- the articles that mention or quote the actor;
- the actors most often named with it: a co-mention is both actors named in
  one paragraph of one article (the articles' own line breaks), a tighter
  tie than sharing an article on a big story.

A role is "seen" in an article when its words stand in a paragraph that
names the actor, so "FBI Director" in May and "former FBI Director" in June
show how the articles described the actor as time went by.

Dates come from the articles' `published` field (ISO, as the importers
write it; a year-month counts as the month's first day); an article without
one is undated and is counted, never guessed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from briefer.core.records import Actor
from briefer.core.store import Project
from briefer.core.voices import affiliation_types, voice_group

CO_MENTION_LIMIT = 15  # the actors a dossier lists as named with its actor

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?")


def publication_day(published: str) -> date | None:
    """The calendar day of an article's `published` field, or None when it has none."""
    match = _ISO_DAY.fullmatch(published.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month), int(day or 1))
    except ValueError:
        return None


@dataclass(frozen=True)
class Usage:
    """A name or role the articles give the actor: how often, in how many, and when."""

    text: str
    count: int  # mentions (names) or paragraphs (roles) it was seen in
    articles: int
    first: date | None  # the earliest dated article it was seen in
    last: date | None


@dataclass(frozen=True)
class DossierQuote:
    """One of the actor's quotes, with the article facts a list of many articles needs."""

    id: int
    article_id: int
    start: int
    end: int
    text: str
    kind: str
    status: str
    cue: str | None
    joint: bool  # spoken together with others, the actor not the first speaker
    title: str
    outlet: str
    published: str
    day: date | None


@dataclass(frozen=True)
class DossierArticle:
    """An article that names or quotes the actor."""

    id: int
    title: str
    outlet: str
    published: str
    day: date | None
    mentions: int
    quotes: int  # the actor's quotes in it, rejected ones left out


@dataclass(frozen=True)
class CoMention:
    """Another actor named in the same paragraphs as the dossier's actor."""

    actor_id: int
    name: str
    type: str
    paragraphs: int
    articles: int


@dataclass(frozen=True)
class TimelinePoint:
    """One quote on the timeline: its day and its place in that day's stack."""

    quote_id: int
    day: date
    stack: int  # 0 for the day's first quote, 1 for the next, ...
    kind: str
    status: str


@dataclass(frozen=True)
class Dossier:
    """Everything the project holds about one actor (see the module docstring)."""

    actor: Actor
    voice: str  # the registry voice group the actor speaks as
    names: tuple[Usage, ...]
    roles: tuple[Usage, ...]
    quotes: tuple[DossierQuote, ...]
    articles: tuple[DossierArticle, ...]
    co_mentions: tuple[CoMention, ...]

    def quotes_where(self, kinds: Iterable[str] | None = None,
                     statuses: Iterable[str] | None = None) -> list[DossierQuote]:
        """The quotes of the given kinds and review statuses (None: any), by date."""
        kinds = None if kinds is None else set(kinds)
        statuses = None if statuses is None else set(statuses)
        return [q for q in self.quotes
                if (kinds is None or q.kind in kinds)
                and (statuses is None or q.status in statuses)]

    @property
    def undated_quotes(self) -> int:
        return sum(1 for q in self.quotes if q.day is None)

    @property
    def undated_articles(self) -> int:
        return sum(1 for a in self.articles if a.day is None)

    def timeline(self, quotes: Iterable[DossierQuote] | None = None) -> list[TimelinePoint]:
        """One point per dated quote (all, or the given ones), stacked within a day."""
        stacks: Counter[date] = Counter()
        points = []
        for quote in self.quotes if quotes is None else quotes:
            if quote.day is None:
                continue
            points.append(TimelinePoint(quote.id, quote.day, stacks[quote.day], quote.kind,
                                        quote.status))
            stacks[quote.day] += 1
        return points


# -- reads ----------------------------------------------------------------------


@dataclass(frozen=True)
class _ArticleFacts:
    id: int
    title: str
    outlet: str
    published: str
    day: date | None


def _article_facts(project: Project, article_ids: Iterable[int]) -> dict[int, _ArticleFacts]:
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = project.conn.execute(
        f"SELECT id, title, outlet, published FROM articles WHERE id IN ({marks})", ids)
    return {r[0]: _ArticleFacts(r[0], r[1], r[2], r[3], publication_day(r[3])) for r in rows}


@dataclass(frozen=True)
class _Paragraphs:
    """An article's paragraphs (its lines) and the offsets where each after the first begins."""

    starts: list[int]
    texts: list[str]

    def index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def folded(self, index: int) -> str:
        return " ".join(self.texts[index].split()).casefold()


def _paragraphs(project: Project, article_ids: Iterable[int]) -> dict[int, _Paragraphs]:
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found = {}
    for article_id, text in project.conn.execute(
            f"SELECT id, text FROM articles WHERE id IN ({marks})", ids):
        breaks = list(re.finditer(r"\n+", text))
        starts = [m.end() for m in breaks]
        bounds = zip([0, *starts], [m.start() for m in breaks] + [len(text)], strict=True)
        found[article_id] = _Paragraphs(starts, [text[a:b] for a, b in bounds])
    return found


@dataclass(frozen=True)
class _SpokenQuote:
    id: int
    article_id: int
    start: int
    end: int
    text: str
    kind: str
    status: str
    cue: str | None
    speaker_id: int | None


def _quotes_spoken_by(project: Project, actor_id: int) -> list[_SpokenQuote]:
    """The actor's quotes in every article, joint ones included, in any review state."""
    sql = (
        'SELECT id, article_id, start, "end", text, kind, status, cue, speaker_id FROM quotes '
        "WHERE speaker_id = ? "
        "OR EXISTS (SELECT 1 FROM json_each(quotes.speaker_ids) WHERE value = ?)"
    )
    return [_SpokenQuote(*row) for row in project.conn.execute(sql, (actor_id, actor_id))]


@dataclass(frozen=True)
class _Naming:
    article_id: int
    start: int
    text: str


def _namings(project: Project, actor_id: int) -> list[_Naming]:
    """Where the articles name the actor (article, offset, the words used)."""
    return [_Naming(*row) for row in project.conn.execute(
        "SELECT article_id, start, text FROM mentions WHERE actor_id = ? "
        "ORDER BY article_id, start", (actor_id,))]


def _mentions_in(project: Project, article_ids: Iterable[int]) -> list[tuple[int, int, int]]:
    """(article id, actor id, start) of every mention in the given articles."""
    ids = sorted(set(article_ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return list(project.conn.execute(
        f"SELECT article_id, actor_id, start FROM mentions WHERE article_id IN ({marks})", ids))


# -- building -------------------------------------------------------------------


def _date_range(days: Iterable[date | None]) -> tuple[date | None, date | None]:
    known = [d for d in days if d is not None]
    return (min(known), max(known)) if known else (None, None)


def _names(actor: Actor, mentions: list[_Naming],
           facts: dict[int, _ArticleFacts]) -> tuple[Usage, ...]:
    """The spellings the articles name the actor by, most used first."""
    seen: dict[str, list] = defaultdict(list)
    for mention in mentions:
        seen[" ".join(mention.text.split())].append(mention.article_id)
    usages = []
    for text, article_ids in seen.items():
        first, last = _date_range(facts[a].day for a in article_ids)
        usages.append(Usage(text, len(article_ids), len(set(article_ids)), first, last))
    if actor.name not in seen:  # a name the user gave, or the longest one the analysis found
        usages.append(Usage(actor.name, 0, 0, None, None))
    usages.sort(key=lambda u: (-u.count, u.text.casefold()))
    return tuple(usages)


def _roles(actor: Actor, mentions: list[_Naming], paragraphs: dict[int, _Paragraphs],
           facts: dict[int, _ArticleFacts]) -> tuple[Usage, ...]:
    """The actor's roles, each dated by the articles whose naming paragraphs hold its words."""
    naming = {(m.article_id, paragraphs[m.article_id].index(m.start)) for m in mentions}
    usages = []
    for role in actor.roles:
        words = " ".join(role.split()).casefold()
        if not words:
            continue
        hits = [(article_id, paragraph) for article_id, paragraph in naming
                if words in paragraphs[article_id].folded(paragraph)]
        article_ids = {a for a, _ in hits}
        first, last = _date_range(facts[a].day for a in article_ids)
        usages.append(Usage(role, len(hits), len(article_ids), first, last))
    usages.sort(key=lambda u: (u.first is None, u.first or date.min, u.text.casefold()))
    return tuple(usages)


def _co_mentions(project: Project, actor_id: int, mentions: list[_Naming],
                 paragraphs: dict[int, _Paragraphs], limit: int) -> tuple[CoMention, ...]:
    """The other actors most often named in a paragraph that names the actor."""
    own = {(m.article_id, paragraphs[m.article_id].index(m.start)) for m in mentions}
    shared: dict[int, set[tuple[int, int]]] = defaultdict(set)
    articles: dict[int, set[int]] = defaultdict(set)
    own_articles = {m.article_id for m in mentions}
    for article_id, other_id, start in _mentions_in(project, own_articles):
        if other_id == actor_id:
            continue
        articles[other_id].add(article_id)
        where = (article_id, paragraphs[article_id].index(start))
        if where in own:
            shared[other_id].add(where)
    ranked = sorted(articles, key=lambda a: (-len(shared[a]), -len(articles[a]), a))
    found = []
    for other_id in ranked[:limit]:
        other = project.actor(other_id)
        found.append(CoMention(other_id, other.name, other.type, len(shared[other_id]),
                               len(articles[other_id])))
    return tuple(found)


def build_dossier(project: Project, actor_id: int,
                  co_mention_limit: int = CO_MENTION_LIMIT) -> Dossier:
    """The dossier of one actor; raises ProjectError when the project has no such actor."""
    actor = project.actor(actor_id)
    mentions = _namings(project, actor_id)
    quotes = _quotes_spoken_by(project, actor_id)
    facts = _article_facts(project, [m.article_id for m in mentions]
                           + [q.article_id for q in quotes])

    dossier_quotes = []
    for quote in quotes:
        article = facts[quote.article_id]
        dossier_quotes.append(DossierQuote(
            quote.id, quote.article_id, quote.start, quote.end, quote.text, quote.kind,
            quote.status, quote.cue, quote.speaker_id != actor_id, article.title,
            article.outlet, article.published, article.day))
    dossier_quotes.sort(key=lambda q: (q.day is None, q.day or date.min, q.article_id, q.start))

    mention_counts = Counter(m.article_id for m in mentions)
    quote_counts = Counter(q.article_id for q in quotes if q.status != "rejected")
    dossier_articles = sorted(
        (DossierArticle(a.id, a.title, a.outlet, a.published, a.day, mention_counts[a.id],
                        quote_counts[a.id]) for a in facts.values()),
        key=lambda a: (a.day is None, a.day or date.min, a.id))

    paragraphs = _paragraphs(project, mention_counts)
    return Dossier(
        actor=actor,
        voice=voice_group(actor, affiliation_types(project.actors())),
        names=_names(actor, mentions, facts),
        roles=_roles(actor, mentions, paragraphs, facts),
        quotes=tuple(dossier_quotes),
        articles=tuple(dossier_articles),
        co_mentions=_co_mentions(project, actor_id, mentions, paragraphs, co_mention_limit),
    )
