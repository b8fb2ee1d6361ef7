"""The title a drafted brief gets: the topic, not one article's headline.

"Classified information: Clinton, the FBI and Comey": the key phrase the
headlines and most articles share (names left out), then the project's most
prominent actors, each by its short name. When no headline carries that phrase
and fewer than half the articles do, a place or event that several headlines
name and the articles' text names in capitals ("San Bernardino") says the topic
better. Always editable.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from briefer.core.lexicons import load_lexicon
from briefer.core.names import surname
from briefer.core.quote_choice import draft_rules
from briefer.core.records import Actor, Article
from briefer.core.speech import issuing_body, trailing_acronym, with_article
from briefer.core.store import Project

WORD = re.compile(r"[A-Za-z][A-Za-z’'-]+")


@cache
def title_stopwords() -> frozenset[str]:
    return frozenset(draft_rules()["title_stopwords"])


def short_name(actor: Actor) -> str:
    """"Comey" for a person; a body by its acronym ("the FBI") or its name."""
    name = " ".join(actor.name.split())
    if actor.type == "person":
        return surname(name)
    short = re.search(r"\(([A-Z][A-Z.&]{1,9})\)?$", name)
    return with_article(short.group(1) if short else trailing_acronym(name)
                        or re.sub(r"\s*\(.*$", "", name))


def draft_title(project: Project, articles: list[Article], actors: list[Actor],
                prominence: dict[int, float]) -> str:
    """The topic: the project's key phrase and its most prominent actors.

    "Private email server: Clinton, Comey and the FBI". With one article, its
    own headline (when it is one) says it best.
    """
    if len(articles) == 1:
        title = articles[0].title.strip()
        if title and len(title.split()) <= 14 and not title.endswith(("…", "...")):
            return title
    # A country is where a story happens unless it speaks in two articles or more.
    speaks_in: dict[int, set[int]] = {}
    for quote in project.quotes():
        if quote.speaker_id:
            speaks_in.setdefault(quote.speaker_id, set()).add(quote.article_id)
    named = [a for a in actors if prominence.get(a.id) and issuing_body(a.name) == a.name
             and a.type in ("person", "government", "organization", "international",
                            "country", "party")
             and (a.type != "country" or len(speaks_in.get(a.id, ())) >= 2)]
    named.sort(key=lambda a: (-prominence.get(a.id, 0), -a.quote_count))
    names = list(dict.fromkeys(short_name(a) for a in named))[:3]
    actor_words = {w.lower() for a in named for w in a.name.split()}
    phrase, headlined, spread = _key_phrase(articles, actor_words)
    if not headlined and spread * 2 < len(articles):
        # A phrase no headline carries and few articles share is no topic ("running
        # mate" in two of five articles on a soldier's parents): a place the headlines
        # name, else none.
        phrase = _headline_name(articles, actor_words)
    phrase = _as_written(phrase, articles)
    who = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
    if phrase and who:
        return f"{phrase[0].upper()}{phrase[1:]}: {who}"
    if who:
        return f"Policy brief: {who}"
    return "Policy brief"


def _as_written(phrase: str, articles: list[Article]) -> str:
    """The phrase as the articles' text writes it most often ("San Bernardino", not the
    lower case a headline's words were counted in)."""
    if not phrase:
        return phrase
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
    forms = Counter(m.group() for a in articles for m in pattern.finditer(a.text))
    written = [f for f, _ in forms.most_common() if f[1:] != f[1:].lower() or f.islower()]
    return written[0] if written else phrase


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''")


def _key_phrase(articles: list[Article], actor_words: set[str]) -> tuple[str, int, int]:
    """The two- or three-word phrase the headlines and most articles share, names left out,
    how many headlines carry it and how many articles' text.

    Quoted words are someone's voice, not the topic, and are not counted.
    """
    stop = title_stopwords()
    in_titles: Counter = Counter()
    spread: Counter = Counter()
    frequency: Counter = Counter()

    def grams(text: str, lower_all: bool) -> list[str]:
        found = []
        for sentence in re.split(r"[.!?;:\n]", _QUOTED.sub(" . ", text)):
            words = [w.lower() if lower_all or w.islower() else ""
                     for w in WORD.findall(sentence)]
            for n in (3, 2):
                for i in range(len(words) - n + 1):
                    gram = words[i:i + n]
                    if "" in gram or any(w in stop or w in actor_words for w in gram):
                        continue
                    found.append(" ".join(gram))
        return found

    for article in articles:
        if not article.title.rstrip().endswith(("…", "...")):  # a cut lead is no headline
            in_titles.update(set(grams(article.title, lower_all=True)))
        found = grams(article.text, lower_all=False)
        frequency.update(found)
        spread.update(set(found))
    candidates = set(frequency) | set(in_titles)
    if not candidates:
        return "", 0, 0
    best = max(candidates, key=lambda k: (in_titles[k] + spread[k], frequency[k],
                                          len(k.split()), k))
    if in_titles[best] + spread[best] < min(2, len(articles)):
        return "", 0, 0
    return best, in_titles[best], spread[best]


@cache
def _adjectives_of_sides() -> frozenset[str]:
    """Words that say whose a thing is, not what or where: a country's adjective
    ("French") or a party's ("Democratic"); alone they are no story's topic."""
    demonyms = {d.lower() for c in load_lexicon("countries")["countries"] for d in c["demonyms"]}
    return frozenset(demonyms | {w.lower() for w in load_lexicon("experts")["partisan_words"]})


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def _headline_name(articles: list[Article], actor_words: set[str]) -> str:
    """A place or event two headlines or more name ("San Bernardino"), that the text of
    most articles names in capitals too (so not a title-case headline's common words),
    and that is none of the actors."""
    stop = title_stopwords() | set(draft_rules()["title_calendar_words"])
    in_titles: Counter = Counter()
    for article in articles:
        found = set()
        for run in _CAPITALISED_RUN.findall(_QUOTED.sub(" . ", article.title)):
            words = run.split(" ")
            for n in range(len(words), 0, -1):
                for i in range(len(words) - n + 1):
                    gram = words[i:i + n]
                    if not any(w.lower() in stop or w.lower() in actor_words for w in gram):
                        found.add(" ".join(gram))
        in_titles.update(found)
    named = {k: sum(1 for a in articles if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])",
                                                       a.text))
             for k, count in in_titles.items() if count >= 2}
    enough = max(2, (len(articles) + 1) // 2)
    shared = [k for k, count in named.items()
              if count >= enough and k.lower() not in _adjectives_of_sides()]
    if not shared:
        return ""
    return max(shared, key=lambda k: (in_titles[k], named[k], len(k.split()), k))
