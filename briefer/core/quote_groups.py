"""One quote, everywhere: the same quoted words in several articles, as one group.

Syndicated copies and outlets quoting each other carry a quote with small
changes; `core.dedupe` (rapidfuzz, over an index of word pairs) finds them.
A group lists its members earliest publication first (articles without a
date after dated ones, then in import order), so its first member says who
had the words first. Reviewing a group reviews all its members
(`review.set_quote_status` with every id: one change, one undo step).
Grouping ten thousand quotes takes a couple of seconds, so the grouping of
the quotes' words is remembered: reviewing changes statuses, not words, and
regroups nothing. The comparison (`word_groups`) reads no project, so a
window can run it on a worker thread and build the groups when it is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from threading import Lock

from briefer.core.coverage import NO_OUTLET, outlet_label, publication_day
from briefer.core.dedupe import Text, indexed_near_duplicate_groups
from briefer.core.records import ArticleSummary, Quote
from briefer.core.store import Project

MIXED_STATUS = "mixed"  # a group whose members were reviewed differently


@dataclass(frozen=True)
class GroupMember:
    quote: Quote
    outlet: str  # the outlet's name, or NO_OUTLET
    day: str  # ISO publication day, or ""


@dataclass(frozen=True)
class QuoteGroup:
    """Near-identical quotes, earliest publication first; a group of one is a lone quote."""

    members: tuple[GroupMember, ...]

    @property
    def first(self) -> GroupMember:
        return self.members[0]

    @property
    def quote_ids(self) -> list[int]:
        return [m.quote.id for m in self.members]

    @property
    def article_ids(self) -> list[int]:
        return list(dict.fromkeys(m.quote.article_id for m in self.members))

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(m.outlet for m in self.members))

    @property
    def is_shared(self) -> bool:
        """The words appear in more than one article."""
        return len(self.article_ids) > 1

    @property
    def status(self) -> str:
        """The members' common review status, or MIXED_STATUS."""
        statuses = {m.quote.status for m in self.members}
        return statuses.pop() if len(statuses) == 1 else MIXED_STATUS


def _member(quote: Quote, article: ArticleSummary | None) -> GroupMember:
    if article is None:
        return GroupMember(quote, NO_OUTLET, "")
    return GroupMember(quote, outlet_label(article.outlet), publication_day(article.published))


def _publication_order(member: GroupMember) -> tuple:
    return (member.day == "", member.day, member.quote.article_id, member.quote.start)


QuoteTexts = tuple[tuple[int, int, str], ...]  # (quote id, article id, text) per quote
WordGroups = tuple[tuple[int, ...], ...]  # quote ids in groups of near-identical words

_REMEMBERED = 4
_remembered: dict[QuoteTexts, WordGroups] = {}
_remembered_lock = Lock()


def quote_texts(quotes: list[Quote]) -> QuoteTexts:
    """What the grouping compares: each quote's id, article and words."""
    return tuple((q.id, q.article_id, q.text) for q in quotes)


def remembered_word_groups(texts: QuoteTexts) -> WordGroups | None:
    """The grouping of these very texts if it was done already, else None."""
    with _remembered_lock:
        return _remembered.get(texts)


def word_groups(texts: QuoteTexts) -> WordGroups:
    """Quote ids in groups of near-identical words from different articles (remembered)."""
    found = remembered_word_groups(texts)
    if found is not None:
        return found
    grouped = indexed_near_duplicate_groups([Text(key, article_id, text)
                                     for key, article_id, text in texts])
    found = tuple(tuple(t.key for t in group) for group in grouped)
    with _remembered_lock:
        while len(_remembered) >= _REMEMBERED:
            _remembered.pop(next(iter(_remembered)))
        _remembered[texts] = found
    return found


def build_groups(quotes: list[Quote], articles: list[ArticleSummary],
                 grouped: WordGroups) -> list[QuoteGroup]:
    """The groups of `grouped` with each quote's outlet and day, earliest copy first."""
    by_article = {a.id: a for a in articles}
    by_id = {q.id: q for q in quotes}
    return [QuoteGroup(tuple(sorted(
        (_member(by_id[i], by_article.get(by_id[i].article_id)) for i in ids if i in by_id),
        key=_publication_order))) for ids in grouped if any(i in by_id for i in ids)]


def group_quotes(project: Project) -> list[QuoteGroup]:
    """Every quote of the project in a group, groups in the order of their first-stored quote."""
    quotes = project.quotes()
    return build_groups(quotes, project.article_summaries(), word_groups(quote_texts(quotes)))


def shared_groups(project: Project) -> list[QuoteGroup]:
    """Only the groups whose words appear in more than one article."""
    return [g for g in group_quotes(project) if g.is_shared]
