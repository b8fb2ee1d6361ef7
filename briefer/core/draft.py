"""A first brief drafted from the project's articles, actors and reviewed quotes.

The draft is a starting point the analyst edits: the lead of each article as
the bottom line, context sentences as background, a key-actors table,
expert and official quotes, sentences with figures, sentences that weigh
options, and the sources. Every sentence keeps its article and offsets so the
export can cite it. Rejected quotes are never used. The word lists live in
`resources/templates/draft_rules.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from briefer.core import brief
from briefer.core.paths import resources_dir
from briefer.core.records import Actor, Article, Quote
from briefer.core.store import Project

MAX_SUMMARY_ARTICLES = 3


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: `article.text[start:end] == text`."""

    article_id: int
    start: int
    end: int
    text: str


@cache
def draft_rules() -> dict:
    path = resources_dir() / "templates" / "draft_rules.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _patterns() -> dict[str, re.Pattern]:
    rules = draft_rules()
    words = sorted(rules["option_words"], key=len, reverse=True)
    return {
        "figure": re.compile("|".join(rules["figure_patterns"]), re.IGNORECASE),
        "strong": re.compile("|".join(rules["figure_strong_patterns"]), re.IGNORECASE),
        "option": re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b",
                             re.IGNORECASE),
        "boilerplate": re.compile(
            r"^\s*(?:" + "|".join(map(re.escape, rules["boilerplate_prefixes"])) + ")",
            re.IGNORECASE),
    }


_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(article_id: int, text: str) -> list[Sentence]:
    """The article's sentences with offsets; abbreviations and initials do not end one."""
    abbreviations = {a.lower() for a in draft_rules()["abbreviations"]}
    sentences = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for match in _END.finditer(paragraph.group()):
            before = paragraph.group()[: match.start()]
            word = re.search(r"([\w.]+)$", before)
            token = word.group(1) if word else ""
            if match.group().startswith(".") and (
                token.lower() in abbreviations
                or re.fullmatch(r"[A-Z]", token)
                or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token)
            ):
                continue
            end = paragraph.start() + match.end()
            sentences.append(_sentence(article_id, text, start, end))
            start = end
        sentences.append(_sentence(article_id, text, start, paragraph.end()))
    return [s for s in sentences if s.text]


def _sentence(article_id: int, text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(article_id, start, end, text[start:end])


def _is_prose(sentence: Sentence) -> bool:
    """A real sentence of the article, not a "Also Read:" link or a stray heading."""
    if _patterns()["boilerplate"].match(sentence.text):
        return False
    return len(sentence.text.split()) >= 6 and sentence.text[-1] in ".!?\"”’)"


def _overlaps(sentence: Sentence, quotes: list[Quote]) -> bool:
    return any(q.article_id == sentence.article_id and q.start < sentence.end
               and sentence.start < q.end for q in quotes)


class _Drafter:
    def __init__(self, project: Project):
        self.project = project
        self.rules = draft_rules()
        self.articles: list[Article] = project.articles()
        self.sentences = {a.id: [s for s in split_sentences(a.id, a.text) if _is_prose(s)]
                          for a in self.articles}
        self.quotes = [q for q in project.quotes() if q.status != "rejected"]
        self.actors: dict[int, Actor] = {a.id: a for a in project.actors()}
        self.used: set[Sentence] = set()
        self.sections = {s.role: s.id for s in brief.load_brief(project).sections}

    def speaker(self, quote: Quote) -> Actor | None:
        return self.actors.get(quote.speaker_id) if quote.speaker_id else None

    def add_sentences(self, role: str, sentences: list[Sentence], kind: str = "text",
                      join: bool = True) -> None:
        """Sentences as items; consecutive ones from one article make one paragraph."""
        self.used.update(sentences)
        groups: list[list[Sentence]] = []
        for sentence in sentences:
            if join and groups and groups[-1][-1].article_id == sentence.article_id:
                groups[-1].append(sentence)
            else:
                groups.append([sentence])
        for group in groups:
            brief.add_item(
                self.project, self.sections[role], kind,
                article_id=group[0].article_id,
                text=brief.markdown_escape(" ".join(s.text for s in group)),
                data={"start": group[0].start, "end": group[-1].end},
            )

    def unused(self) -> list[Sentence]:
        return [s for a in self.articles for s in self.sentences[a.id] if s not in self.used]

    # -- sections -------------------------------------------------------------

    def summary(self) -> None:
        per_article = self.rules["summary_sentences"]
        leads = [s for a in self.articles[:MAX_SUMMARY_ARTICLES]
                 for s in self.sentences[a.id][:per_article]]
        self.add_sentences("summary", leads, join=False)
        line = self.voices_line()
        if line:
            brief.add_item(self.project, self.sections["summary"], "text", text=line)

    def voices_line(self) -> str:
        """"Experts quoted: ...; officials quoted: ..." from the speakers of usable quotes."""
        experts: dict[int, Actor] = {}
        officials: dict[int, Actor] = {}
        for quote in self.quotes:
            actor = self.speaker(quote)
            if actor is not None:
                (experts if actor.is_expert else officials).setdefault(actor.id, actor)
        parts = []
        for label, group in (("Experts quoted", experts), ("Officials and parties quoted",
                                                           officials)):
            if group:
                names = [self._name_with_affiliation(a) for a in group.values()]
                parts.append(f"**{label}:** " + brief.markdown_escape("; ".join(names)) + ".")
        return "\n\n".join(parts)

    @staticmethod
    def _name_with_affiliation(actor: Actor) -> str:
        return f"{actor.name} ({actor.affiliation})" if actor.affiliation else actor.name

    def key_actors(self) -> None:
        speaking = {q.speaker_id for q in self.quotes if q.speaker_id}
        candidates = [a for a in self.actors.values()
                      if a.id in speaking or (a.type == "person" and a.mention_count)]
        candidates.sort(key=lambda a: (a.id not in speaking, not a.is_expert and a.type != "person",
                                       -a.quote_count, -a.mention_count, a.name))
        for actor in candidates[: self.rules["key_actors"]]:
            brief.add_item(self.project, self.sections["actors"], "actor", actor_id=actor.id)

    def quotes_by_speaker(self, experts: bool) -> None:
        role = "experts" if experts else "officials"
        order: dict[int, list[Quote]] = {}
        for quote in self.quotes:
            actor = self.speaker(quote)
            if actor is not None and actor.is_expert == experts:
                order.setdefault(actor.id, []).append(quote)
        for quotes in order.values():
            for quote in quotes:
                brief.add_item(self.project, self.sections[role], "quote", quote_id=quote.id)

    def facts(self) -> None:
        patterns = _patterns()
        found = [s for s in self.unused()
                 if patterns["figure"].search(s.text) and not _overlaps(s, self.quotes)]
        found.sort(key=lambda s: not patterns["strong"].search(s.text))
        chosen = set(found[: self.rules["fact_sentences"]])
        in_order = [s for s in self.unused() if s in chosen]
        self.add_sentences("facts", in_order, kind="figure", join=False)

    def options(self) -> None:
        direct = [q for q in self.quotes if q.kind == "direct"]
        found = [s for s in self.unused()
                 if _patterns()["option"].search(s.text) and not _overlaps(s, direct)]
        self.add_sentences("options", found[: self.rules["option_sentences"]], join=False)

    def background(self) -> None:
        """Context sentences that stand on their own: none opening with "However" or "He"
        unless the sentence before it is in the background too."""
        openers = tuple(w.lower() for w in self.rules["context_openers"])
        chosen: list[Sentence] = []
        for article in self.articles:
            previous = None
            for sentence in self.sentences[article.id]:
                first = re.split(r"[\s,]", sentence.text, maxsplit=1)[0].lower()
                if (sentence not in self.used and not _overlaps(sentence, self.quotes)
                        and (first not in openers or previous in chosen)):
                    chosen.append(sentence)
                previous = sentence
        self.add_sentences("background", chosen[: self.rules["background_sentences"]])

    def draft(self) -> None:
        self.summary()
        self.key_actors()
        self.quotes_by_speaker(experts=True)
        self.quotes_by_speaker(experts=False)
        self.facts()
        self.options()
        self.background()


def _draft_title(articles: list[Article], actors: list[Actor]) -> str:
    """The first article's headline, or "Policy brief: <the most mentioned country or body>".

    A plain-text article's "title" is often its first paragraph cut short: not a headline.
    """
    limit = draft_rules()["max_title_words"]
    for article in articles:
        title = article.title.strip()
        if title and len(title.split()) <= limit and not title.endswith(("…", "...")):
            return title
    bodies = [a for a in actors if a.type != "person" and a.mention_count]
    if bodies:
        top = max(bodies, key=lambda a: (a.mention_count, a.type == "country"))
        return f"Policy brief: {top.name}"
    return "Policy brief"


def draft_brief(project: Project) -> None:
    """Replace the brief's sections and items with a first draft (front matter is kept)."""
    with project.transaction():
        brief.clear_brief(project)
        brief.ensure_default_sections(project)
        drafter = _Drafter(project)
        front = brief.load_front_matter(project)
        if not front.title:
            title = _draft_title(drafter.articles, list(drafter.actors.values()))
            brief.set_front_matter(project, title=title)
        if not front.date:
            brief.set_front_matter(project, date=date.today().isoformat())
        drafter.draft()
