"""Plain records shared by every part of Briefer.

They carry no behaviour beyond conversion to and from the analysis JSON
contract, so the NLP layer, the store, the CLI and the GUI can all exchange
them without depending on each other.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from briefer.core import registry

# The keys, in display order; the entries themselves live in `registry`.
ACTOR_TYPES: tuple[str, ...] = tuple(registry.ACTOR_TYPES)
QUOTE_KINDS: tuple[str, ...] = tuple(registry.QUOTE_KINDS)
REVIEW_STATUSES: tuple[str, ...] = registry.REVIEW_STATUS_LIST


def content_hash(text: str) -> str:
    """Identity of an article's text, insensitive to surrounding whitespace."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One imported article; `text` is the exact text all offsets index into."""

    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    source_path: str = ""
    content_hash: str = ""
    imported_at: str = ""
    analyzed_at: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)

    def meta_json(self) -> dict:
        return {
            "title": self.title or None,
            "outlet": self.outlet or None,
            "date": self.published or None,
            "url": self.url or None,
        }


@dataclass(frozen=True)
class ArticleSummary:
    """What lists show of an article: everything but its text (which may be megabytes)."""

    id: int
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    source_path: str = ""
    imported_at: str = ""
    analyzed_at: str = ""


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class ExtractedActor:
    """An actor as the analysis of one article finds it.

    `key` is local to the analysis ("a1", "a2"...); the store maps it onto a
    project-wide actor.
    """

    key: str
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    affiliation: str = ""
    is_expert: bool = False
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class ExtractedQuote:
    """A quote as the analysis of one article finds it (see the span conventions)."""

    key: str
    text: str
    start: int
    end: int
    kind: str
    speaker_key: str | None = None
    speaker_keys: list[str] = field(default_factory=list)
    cue: str | None = None
    # The words the attribution named the speaker by ("he", "the minister").
    speaker_span: Span | None = None


@dataclass
class Analysis:
    """Everything the NLP layer found in one article."""

    actors: list[ExtractedActor] = field(default_factory=list)
    quotes: list[ExtractedQuote] = field(default_factory=list)
    # Why only part of the text was analysed ("" when all of it was): text the
    # parser could not take as it was, or a per-article work cap reached.
    partial: str = ""

    def to_json(self, article: Article) -> dict:
        """The analysis JSON contract (see the README)."""
        by_key = {a.key: a for a in self.actors}
        return {
            "article": article.meta_json(),
            "actors": [
                {
                    "id": a.key,
                    "name": a.name,
                    "type": a.type,
                    "roles": list(a.roles),
                    "affiliation": a.affiliation or None,
                    "is_expert": a.is_expert,
                    "mentions": [m.to_json() for m in a.mentions],
                }
                for a in self.actors
            ],
            "quotes": [
                {
                    "id": q.key,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "kind": q.kind,
                    "speaker": by_key[q.speaker_key].name if q.speaker_key in by_key else None,
                    "speaker_id": q.speaker_key if q.speaker_key in by_key else None,
                    "speakers": [by_key[k].name for k in q.speaker_keys if k in by_key],
                    "cue": q.cue,
                    "speaker_mention": q.speaker_span.to_json() if q.speaker_span else None,
                }
                for q in self.quotes
            ],
            "partial": self.partial or None,
        }


@dataclass
class Actor:
    """A project-wide actor: one person or body however the articles name it."""

    id: int
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    affiliation: str = ""
    is_expert: bool = False
    mention_count: int = 0
    quote_count: int = 0


@dataclass
class Mention:
    id: int
    article_id: int
    actor_id: int
    start: int
    end: int
    text: str
    origin: str = "auto"  # "auto" from analysis, "user" added by hand


@dataclass
class Quote:
    """A project quote with the user's review state."""

    id: int
    article_id: int
    start: int
    end: int
    text: str
    kind: str
    speaker_id: int | None = None
    speaker_ids: list[int] = field(default_factory=list)
    cue: str | None = None
    status: str = "pending"
    origin: str = "auto"
