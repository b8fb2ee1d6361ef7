"""A brief drafted from the project's articles, actors and reviewed quotes.

Review decides what goes in: rejected quotes never; accepted ones, or the
pending ones when nothing is accepted yet (the builder marks those items
unreviewed). The draft synthesises across articles: a Summary of central,
non-redundant sentences; one entry per key actor holding its best quotes,
grouped by voice; near-duplicate quotes and sentences from several outlets
merged into one item citing them all (`data["sources"]`); key facts with
figures; options someone proposed. What the articles share comes first: an
article on another subject than the rest weighs less (`centrality.py`).
`length` ("one", "two", "full") sets how much each section holds
(`resources/templates/draft_rules.json`). No spaCy: everything here works on
stored text, offsets and records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise

from briefer.core import brief, registry, standing
from briefer.core.centrality import Centrality
from briefer.core.dedupe import Text, near_duplicate_groups
from briefer.core.fit import fit_to_pages, template_measure
from briefer.core.lexicons import load_lexicon
from briefer.core.quote_choice import (
    draft_rules,
    in_subordinate_clause,
    is_substantive,
    leans_on_context,
    names_its_speaker,
    quote_weight,
    reads_as_speech,
    usable_quotes,
    words_pattern,
)
from briefer.core.records import Actor, Article, Mention, Quote
from briefer.core.speech import (
    issuing_body,
    typographic,
)
from briefer.core.standing import Named
from briefer.core.store import Project
from briefer.core.title import draft_title
from briefer.core.voices import affiliation_types, voice_group

LENGTHS: tuple[str, ...] = ("one", "two", "full")
DEFAULT_LENGTH = "two"


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: `article.text[start:end] == text`."""

    article_id: int
    start: int
    end: int
    text: str


@cache
def _patterns() -> dict[str, re.Pattern]:
    rules = draft_rules()
    return {
        "figure": re.compile("|".join(rules["figure_patterns"]), re.IGNORECASE),
        "strong": re.compile("|".join(rules["figure_strong_patterns"]), re.IGNORECASE),
        "option": words_pattern(rules["option_words"]),
        "substantive": words_pattern(rules["substantive_words"]),
        "credit": re.compile("|".join(rules["photo_credit_patterns"])),
        "boilerplate": re.compile(
            r"^\s*(?:" + "|".join(map(re.escape, rules["boilerplate_prefixes"])) + ")|"
            + "|".join(rules["boilerplate_patterns"]), re.IGNORECASE),
        "elliptical": re.compile("|".join(rules["elliptical_patterns"]), re.IGNORECASE),
        "no_comment": re.compile("|".join(rules["no_comment_patterns"]), re.IGNORECASE),
        # "Editor's note: ...", "CORRECTION: ...": the outlet speaking of itself.
        "editorial": re.compile(
            r"^\s*(?:" + "|".join(map(re.escape, editorial_labels())) + r")\s*:",
            re.IGNORECASE),
    }


def editorial_labels() -> list[str]:
    """The paragraph labels an outlet speaks of itself with (`speech.json`, shared with nlp)."""
    return load_lexicon("speech")["editorial_labels"]


_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_FIGURE = re.compile(r"\d[\d,.]*")
# TF-IDF cosine from which two sentences with the same figures state the same fact.
SAME_FACT_SIMILARITY = 0.45
# What a quote loses from an article on another subject than the project's (topicality
# 0.6 costs 1.2, more than a second outlet carrying it adds): the story's words come first.
OFF_STORY_PENALTY = 3.0
# Under half the usual article's closeness to the others, an article is off the story:
# its quotes hold no position in the brief (its sentences still may, scaled down).
OFF_STORY_FLOOR = 0.5
# "should have known" judges the past; it proposes nothing.
_PAST_MODALS = re.compile(r"\b(?:should|must|ought to|needed to)(?: not)? have\b", re.IGNORECASE)


def split_sentences(article_id: int, text: str) -> list[Sentence]:
    """The article's sentences with offsets; abbreviations and initials do not end one."""
    abbreviations = {a.lower() for a in draft_rules()["abbreviations"]}
    sentences = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        body = paragraph.group()
        # A dateline's own stops ("ORLANDO, Fla. (Reuters) - ") end no sentence.
        dateline = _dateline().match(body, len(body) - len(body.lstrip()))
        for match in _END.finditer(body, dateline.end() if dateline else 0):
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


# A dateline opening a story ("FORT PIERCE, Fla. — ", "ORLANDO, Fla. (Reuters) - ",
# "Philadelphia (AFP) – ") is no part of its first sentence. A place in mixed case
# needs a news agency after it (source_meta.json "agencies"): "The Federal Bureau of
# Investigation (FBI) - ..." opens a sentence, no dateline.
@cache
def _dateline() -> re.Pattern[str]:
    agencies = "|".join(map(re.escape, load_lexicon("source_meta")["agencies"]))
    return re.compile(r"(?:[A-Z][A-Z.' ]{3,40}(?:,\s*[A-Z][A-Za-z.]{1,12})?"
                      r"(?:\s*\([A-Z][A-Za-z]{1,10}\))?"
                      r"|[A-Z][a-z.']+(?:\s+[A-Z][a-z.']+){0,2}(?:,\s*[A-Z][A-Za-z.]{1,12})?"
                      rf"\s*\((?:{agencies})\))"
                      r"\s*(?:—|–|--?)\s*(?=[A-Z0-9“\"])")


def _sentence(article_id: int, text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    dateline = _dateline().match(text, start, end)
    if dateline:
        start = dateline.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(article_id, start, end, text[start:end])


def _is_prose(sentence: Sentence, title: str) -> bool:
    """A real sentence of the article: not its headline, a "Read more" link, a stray
    heading, an editor's note or a word that someone would not comment."""
    patterns = _patterns()
    if (patterns["boilerplate"].search(sentence.text) or patterns["editorial"].match(sentence.text)
            or patterns["no_comment"].search(sentence.text)):
        return False
    if title and sentence.text.rstrip(" .") == title.strip().rstrip(" ."):
        return False
    words = len(sentence.text.split())
    # A lower-case start is the tail of a sentence a hard line break cut in two.
    starts_a_sentence = not sentence.text[0].islower()
    return (starts_a_sentence and 6 <= words <= draft_rules()["max_sentence_words"]
            and sentence.text[-1] in ".!?\"”’)")


# A headline, its standfirst on the next line, then the story after a blank line:
# "On the Islamic State, a split mostly of words\nObama, Republican candidates aren't
# that far apart on policy.\n\nThe rhetoric ...". The standfirst is headline matter.
_STANDFIRST = re.compile(r"\A\s*[^\n]+\n([^\n]+)\n[ \t]*\n")
STANDFIRST_MAX_WORDS = 15
HEADLINE_MAX_WORDS = 25  # a longer first line is the story's lede, whatever the title says


def _headline_matter_end(text: str, title: str = "") -> int:
    """Where the headline matter ends: the standfirst under the headline, else the
    first line when the article's title was taken from it (0 when there is neither)."""
    match = _STANDFIRST.match(text)
    if match and len(match.group(1).split()) <= STANDFIRST_MAX_WORDS:
        return match.end(1)
    first = re.match(r"\s*([^\n]*)", text)
    shown = title.strip().removesuffix("…").rstrip()  # a long title is shortened at import
    if (first and shown and first.group(1).startswith(shown)
            and len(first.group(1).split()) <= HEADLINE_MAX_WORDS):
        return first.end(1)
    return 0


def caption_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each picture caption: the first line after a photo credit line."""
    credit = _patterns()["credit"]
    spans = []
    lines = re.finditer(r"[^\n]*\S[^\n]*", text)
    for line, following in pairwise(lines):
        if credit.match(line.group().strip()):
            spans.append((following.start(), following.end()))
    return spans


def _outside(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    return not any(start <= sentence.start < end for start, end in spans)


def _overlaps(sentence: Sentence, quotes: list[Quote]) -> bool:
    return any(q.article_id == sentence.article_id and q.start < sentence.end
               and sentence.start < q.end for q in quotes)


# -- the drafter ----------------------------------------------------------------


def _standing_quotes(weighted: list[tuple[float, list[Quote]]]
                     ) -> list[tuple[float, list[Quote]]]:
    """An actor's quotes that stand on their own. One leaning on words the brief leaves out
    ("But he also explained ...") only when the actor has nothing else, and never as
    reported speech ("Kagan insisted that it must be ..."). Words that begin in lower case
    are the end of a sentence, never set alone ("as long as we're not violating ...")."""
    whole = [p for p in weighted if not _sentence_tail(p[1][0])]
    standing = [p for p in whole if not leans_on_context(p[1][0].text)]
    return standing or [p for p in whole if registry.quote_kind(p[1][0].kind).verbatim]


def _sentence_tail(quote: Quote) -> bool:
    """A verbatim quote whose words begin in lower case: the tail of a sentence."""
    opening = quote.text.lstrip(" “‘\"'([…-—")
    return registry.quote_kind(quote.kind).verbatim and opening[:1].islower()


class _Drafter:
    def __init__(self, project: Project, length: str):
        self.project = project
        self.rules = draft_rules()
        self.budget = self.rules["lengths"][length]
        self.articles: list[Article] = project.articles()
        self.by_id = {a.id: a for a in self.articles}
        self.sentences = {a.id: [s for s in split_sentences(a.id or 0, a.text)
                                 if _is_prose(s, a.title)
                                 and s.start >= _headline_matter_end(a.text, a.title)
                                 and _outside(s, caption_spans(a.text))]
                          for a in self.articles}
        # Every quote, rejected ones too: a sentence holding one is never drafted as text.
        self.all_quotes = project.quotes()
        self.quotes, self.unreviewed = usable_quotes(project)
        self.actors: dict[int, Actor] = {a.id: a for a in project.actors()}
        self.mentions: dict[int, list[tuple[Mention, bool]]] = {}
        for mention in project.mentions():
            actor = self.actors.get(mention.actor_id)
            self.mentions.setdefault(mention.article_id, []).append(
                (mention, actor is not None and actor.type == "person"))
        self.used: set[Sentence] = set()
        self.sections = {s.role: s.id for s in brief.load_brief(project).sections}
        every = [s for a in self.articles for s in self.sentences[a.id]]
        self.centrality = Centrality(every)
        self.central = self.centrality.scores()
        self.on_story = {a: min(1.0, t) for a, t in self.centrality.topicality().items()}
        self.prominence = self._prominence()
        self.sentence_groups = self._sentence_groups(every)
        self.quote_ids: set[int] = set()
        self.summarised: list[Sentence] = []

    def _prominence(self) -> dict[int, float]:
        """Articles × mentions across the project, for each actor, an article off the
        story counting as much as its topicality (how much the actor figures in the story)."""
        articles: dict[int, set[int]] = {}
        mentions: dict[int, float] = {}
        for mention in self.project.mentions():
            articles.setdefault(mention.actor_id, set()).add(mention.article_id)
            mentions[mention.actor_id] = (mentions.get(mention.actor_id, 0.0)
                                          + self.on_story.get(mention.article_id, 1.0))
        for quote in self.all_quotes:
            if quote.speaker_id:
                articles.setdefault(quote.speaker_id, set()).add(quote.article_id)
        return {a: sum(self.on_story.get(i, 1.0) for i in articles.get(a, ()))
                * max(1.0, mentions.get(a, 0.0)) for a in self.actors}

    def _sentence_groups(self, every: list[Sentence]) -> dict[Sentence, list[Sentence]]:
        """Each sentence with the sentences of other articles that state the same thing.

        The same words (rapidfuzz, see `dedupe`), or the same fact told in other words:
        the same figures and much of the same vocabulary ("six countries ... 80 million
        people" and "Six Danube states ... 80 million people").
        """
        texts = [Text(s, s.article_id, s.text) for s in every]
        groups: dict[Sentence, list[Sentence]] = {}
        for group in near_duplicate_groups(texts):
            members = [t.key for t in group]
            for member in members:
                groups[member] = members
        figures = {s: frozenset(_FIGURE.findall(s.text)) for s in every}
        counted = [s for s in every if figures[s]]
        for index, a in enumerate(counted):
            for b in counted[index + 1:]:
                if (a.article_id != b.article_id and figures[a] == figures[b]
                        and b not in groups.get(a, [a])
                        and self.centrality.similarity(a, b) >= SAME_FACT_SIMILARITY):
                    merged = list(dict.fromkeys(groups.get(a, [a]) + groups.get(b, [b])))
                    for member in merged:
                        groups[member] = merged
        return groups

    def outlets(self, article_ids: list[int]) -> int:
        names = {(self.by_id[i].outlet or f"#{i}").lower() for i in article_ids
                 if i in self.by_id}
        return len(names)

    def add(self, role: str, kind: str, **fields) -> None:
        if role in self.sections:
            brief.add_item(self.project, self.sections[role], kind, **fields)

    def add_sentence(self, role: str, sentence: Sentence, kind: str = "text") -> None:
        """A sentence as an item citing every article that carries it."""
        group = self.sentence_groups.get(sentence, [sentence])
        self.used.update(group)
        others = [{"article_id": s.article_id, "start": s.start, "end": s.end}
                  for s in group if s.article_id != sentence.article_id]
        data: dict[str, object] = {"start": sentence.start, "end": sentence.end}
        if others:
            data["sources"] = others
        text = typographic(" ".join(sentence.text.split()))
        self.add(role, kind, article_id=sentence.article_id,
                 text=brief.markdown_escape(text), data=data)

    def story_share(self, cluster: list[Quote]) -> float:
        """How much of the story the best of the articles carrying a quote is (1.0 usual)."""
        return max(self.on_story.get(q.article_id, 1.0) for q in cluster)

    def stands_alone(self, sentence: Sentence) -> bool:
        """A sentence the brief can state in its own voice (`standing.py`), holding no quote."""
        named = [Named(m.start - sentence.start, m.end - sentence.start, person)
                 for m, person in self.mentions.get(sentence.article_id, [])
                 if sentence.start <= m.start < sentence.end]
        return (not _overlaps(sentence, self.all_quotes)
                and standing.stands_alone(sentence.text, named))

    def free_sentences(self) -> list[Sentence]:
        return [s for a in self.articles for s in self.sentences[a.id] if s not in self.used]

    def speaker(self, quote: Quote) -> Actor | None:
        actor = self.actors.get(quote.speaker_id) if quote.speaker_id else None
        if actor is None or issuing_body(actor.name) is None:
            return None
        return actor

    # -- sections -----------------------------------------------------------

    def summary(self) -> None:
        """Central sentences, one per article first, none saying what another already says."""
        candidates = [s for s in self.free_sentences() if self.stands_alone(s)]
        position = {s: i for a in self.articles for i, s in enumerate(self.sentences[a.id])}
        key_names = self.key_names()
        weights = self.rules["summary_weights"]
        most_central = max((self.central[s] for s in candidates), default=0.0) or 1.0

        def score(s: Sentence) -> float:
            """Centrality, the lead of an article, the outlets carrying it, the key actors."""
            lead = 1.0 / (1 + position.get(s, 0))
            spread = self.outlets([m.article_id for m in self.sentence_groups.get(s, [s])])
            named = sum(1 for name in key_names if name.search(s.text))
            return self.on_story.get(s.article_id, 1.0) * (
                weights["centrality"] * self.central[s] / most_central
                + weights["lead"] * lead + weights["outlets"] * (spread - 1)
                + weights["key_actors"] * named)

        ranked = sorted(candidates, key=score, reverse=True)
        chosen: list[Sentence] = []
        used_articles: set[int] = set()
        for pass_ in (0, 1):
            for sentence in ranked:
                if len(chosen) >= self.budget["summary"]:
                    break
                if sentence in chosen or (pass_ == 0 and (
                        sentence.article_id in used_articles
                        or self.on_story.get(sentence.article_id, 1.0) < OFF_STORY_FLOOR)):
                    continue  # one per article first; one off the story only fills what is left
                if any(self.centrality.similarity(sentence, c) > 0.35
                       or sentence in self.sentence_groups.get(c, []) for c in chosen):
                    continue
                chosen.append(sentence)
                used_articles.add(sentence.article_id)
        self.summarised.extend(chosen)
        for sentence in chosen:
            self.add_sentence("summary", sentence)

    def key_names(self) -> list[re.Pattern]:
        """How the text names the three most prominent actors ("Comey", "FBI", "F.B.I.")."""
        top = sorted(self.actors.values(), key=lambda a: -self.prominence.get(a.id, 0))[:3]
        patterns = []
        for actor in top:
            name = re.sub(r"\s*\(.*$", "", actor.name).strip()
            word = name.split()[-1] if actor.type == "person" and name else name
            if word:
                patterns.append(re.compile(rf"\b{re.escape(word)}\b"))
        return patterns

    def quote_clusters(self) -> list[list[Quote]]:
        """Usable quotes with a speaker, near-duplicates across articles grouped."""
        quotes = [q for q in self.quotes if self.speaker(q) is not None and reads_as_speech(q)
                  and not in_subordinate_clause(q, self.by_id[q.article_id].text)
                  and not names_its_speaker(q.text, self.actors[q.speaker_id or 0].name,
                                            self.actors[q.speaker_id or 0].type)]
        groups = near_duplicate_groups([Text(q, q.article_id, q.text) for q in quotes])
        clusters = [[t.key for t in group] for group in groups]
        return [c for c in clusters if self.story_share(c) >= OFF_STORY_FLOOR]

    def positions(self) -> None:
        """One entry per key actor: its best quotes, actors by prominence, grouped by voice."""
        by_actor: dict[int, list[tuple[float, list[Quote]]]] = {}
        for cluster in self.quote_clusters():
            head = cluster[0]
            if not is_substantive(head.text, head.kind):
                continue
            weight = (quote_weight(head.text, self.outlets([q.article_id for q in cluster]))
                      - OFF_STORY_PENALTY * (1 - self.story_share(cluster)))
            by_actor.setdefault(head.speaker_id or 0, []).append((weight, cluster))
        by_actor = {a: kept for a, weighted in by_actor.items()
                    if (kept := _standing_quotes(weighted))}
        # Who holds positions: prominence, and how many substantive things they said.
        ranked = sorted(by_actor, key=lambda a: (
            -self.prominence.get(a, 0) * (1 + len(by_actor[a])), self.actors[a].name))
        bodies = affiliation_types(self.actors.values())
        voice = {a: voice_group(self.actors[a], bodies) for a in ranked}
        experts = [a for a in ranked if voice[a] == "experts"]
        others = [a for a in ranked if voice[a] != "experts"]
        experts = experts[: self.budget["expert_actors"]]
        others = others[: self.budget["official_actors"]]
        for actor_id in experts:
            self.add_quotes("experts", by_actor[actor_id])
        order = [g.key for g in registry.VOICE_GROUP_LIST]
        for group in order:
            members = [a for a in others if voice[a] == group]
            if not members:
                continue
            self.add("officials", "text", text=f"**{registry.VOICE_GROUPS[group].label}**",
                     data={"voice": group})
            for actor_id in members:
                self.add_quotes("officials", by_actor[actor_id])

    def add_quotes(self, role: str, weighted: list[tuple[float, list[Quote]]]) -> None:
        best = sorted(weighted, key=lambda pair: -pair[0])[: self.budget["quotes_per_actor"]]
        # In the order the articles tell them.
        best.sort(key=lambda pair: (pair[1][0].article_id, pair[1][0].start))
        for _weight, cluster in best:
            self.add_quote(role, cluster)

    def add_quote(self, role: str, cluster: list[Quote]) -> None:
        head = cluster[0]
        others = [{"article_id": q.article_id, "start": q.start, "end": q.end, "quote_id": q.id}
                  for q in cluster[1:]]
        self.add(role, "quote", quote_id=head.id, data={"sources": others} if others else None)
        self.quote_ids.update(q.id for q in cluster)

    def key_actors(self) -> None:
        speaking = {q.speaker_id for q in self.quotes if self.speaker(q) is not None}
        candidates = [a for a in self.actors.values()
                      if (a.id in speaking or a.type == "person") and self.prominence.get(a.id)
                      and issuing_body(a.name) == a.name]
        candidates.sort(key=lambda a: (-self.prominence.get(a.id, 0), a.name))
        for actor in candidates[: self.budget["key_actors"]]:
            self.add("actors", "actor", actor_id=actor.id)

    def facts(self) -> None:
        patterns = _patterns()
        found = [s for s in self.free_sentences()
                 if patterns["figure"].search(s.text) and self.stands_alone(s)]

        def score(s: Sentence) -> float:
            """Figures about the story: centrality weighs as much as a strong figure."""
            spread = self.outlets([m.article_id for m in self.sentence_groups.get(s, [s])])
            return self.on_story.get(s.article_id, 1.0) * (
                0.5 * bool(patterns["strong"].search(s.text)) + self.central[s] * 20
                + 0.5 * (spread - 1))

        chosen: list[Sentence] = []
        for sentence in sorted(found, key=score, reverse=True):
            if len(chosen) >= self.budget["facts"]:
                break
            if (sentence in self.used
                    or any(self.centrality.similarity(sentence, c) > 0.45 for c in chosen)
                    or any(self.centrality.similarity(sentence, c) > 0.6
                           for c in self.summarised)):
                continue
            chosen.append(sentence)
            self.used.update(self.sentence_groups.get(sentence, [sentence]))
        for sentence in chosen:
            self.add_sentence("facts", sentence, kind="figure")

    def options(self) -> None:
        """Courses of action someone proposed: quotes first (attributed), then sentences."""
        option = _patterns()["option"]
        budget = self.budget["options"]
        clusters = [c for c in self.quote_clusters()
                    if option.search(_PAST_MODALS.sub("", c[0].text))
                    and c[0].id not in self.quote_ids
                    and is_substantive(c[0].text, c[0].kind)
                    and (registry.quote_kind(c[0].kind).verbatim
                         or not leans_on_context(c[0].text))]
        clusters.sort(key=lambda c: -self.prominence.get(c[0].speaker_id or 0, 0))
        for cluster in clusters[:budget]:
            self.add_quote("options", cluster)

    def background(self) -> None:
        """Context sentences that stand on their own, from the most central articles."""
        if not self.budget["background"]:
            return
        found = [s for s in self.free_sentences() if self.stands_alone(s)]
        found.sort(key=lambda s: -self.central[s] * self.on_story.get(s.article_id, 1.0))
        chosen: list[Sentence] = []
        for sentence in found:
            if len(chosen) >= self.budget["background"]:
                break
            if any(self.centrality.similarity(sentence, c) > 0.35
                   for c in chosen + self.summarised):
                continue
            chosen.append(sentence)
        for sentence in sorted(chosen, key=lambda s: (s.article_id, s.start)):
            self.add_sentence("background", sentence)

    def draft(self) -> None:
        self.summary()
        self.key_actors()
        self.positions()
        self.facts()
        self.options()
        self.background()


def draft_brief(project: Project, length: str = DEFAULT_LENGTH,
                template: str | None = None) -> None:
    """Replace the brief's sections and items with a draft of `length` (front matter kept).

    The page lengths fit the Word template the brief will be exported on: `template`,
    else the brief's own, else the shipped one.
    """
    if length not in LENGTHS:
        raise ValueError(f"unknown brief length {length!r}; one of {', '.join(LENGTHS)}")
    with project.transaction():
        brief.clear_brief(project)
        brief.ensure_default_sections(project)
        brief.set_brief_length(project, length)
        drafter = _Drafter(project, length)
        front = brief.load_front_matter(project)
        if not front.title:
            title = draft_title(project, drafter.articles, list(drafter.actors.values()),
                                drafter.prominence)
            brief.set_front_matter(project, title=title)
        if not front.date:
            brief.set_front_matter(project, date=date.today().isoformat())
        drafter.draft()
        pages = draft_rules()["lengths"][length].get("pages")
        if pages:
            fit_to_pages(project, pages,
                         template_measure(template or brief.docx_template(project)))
