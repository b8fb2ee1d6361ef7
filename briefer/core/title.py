"""The title a drafted brief gets: the topic, not one article's headline.

"Classified information: Clinton, the FBI and Comey": the key phrase the
headlines and most articles share (names left out), then the project's most
prominent actors, each by its short name. A place or event that several
headlines name and the articles' text names in capitals ("San Bernardino")
says the topic better than a phrase only the text carries. Always editable.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

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
        return name.split()[-1]
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
    named = [a for a in actors if prominence.get(a.id) and issuing_body(a.name) == a.name
             and a.type in ("person", "government", "organization", "international",
                            "country", "party")]
    named.sort(key=lambda a: (-prominence.get(a.id, 0), -a.quote_count))
    names = list(dict.fromkeys(short_name(a) for a in named))[:3]
    phrase = _key_phrase(articles, {w.lower() for a in named for w in a.name.split()})
    who = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
    if phrase and who:
        return f"{phrase[0].upper()}{phrase[1:]}: {who}"
    if who:
        return f"Policy brief: {who}"
    return "Policy brief"


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|''.*?''")


def _key_phrase(articles: list[Article], actor_words: set[str]) -> str:
    """The two- or three-word phrase the headlines and most articles share, names left out.

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
        return ""
    best = max(candidates, key=lambda k: (in_titles[k] + spread[k], frequency[k],
                                          len(k.split()), k))
    if in_titles[best] + spread[best] < min(2, len(articles)):
        return ""
    return best
