"""What a project's articles share: TF-IDF over their sentences.

A sentence's centrality is its similarity to the other articles' sentences (what
the story shares, so a draft's Summary is the story and not one outlet's aside).
An article's topicality is its similarity to the other articles, against the
project's usual: an analyst who loads a piece on another subject beside a story
(a minimum-wage debate among Paris-attack coverage) gets a draft of the story,
not of that piece.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from briefer.core.title import WORD, title_stopwords

# Fewer articles than this have no "usual" to stand out from.
TOPICALITY_MIN_ARTICLES = 3


class Sentence(Protocol):
    """A sentence of one article (the draft's `Sentence`)."""

    @property
    def article_id(self) -> int: ...

    @property
    def text(self) -> str: ...


def terms(text: str) -> list[str]:
    """The words that carry content: no stopwords, no possessive, three letters or more."""
    stop = title_stopwords()
    return [w for w in (m.group().lower().rstrip("’'s") for m in WORD.finditer(text))
            if w not in stop and len(w) > 2]


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


class Centrality:
    """TF-IDF vectors of sentences, weighted over all the project's sentences."""

    def __init__(self, sentences: Sequence[Sentence]):
        documents: Counter[str] = Counter()
        self.vectors: dict[Sentence, dict[str, float]] = {}
        counts = {s: Counter(terms(s.text)) for s in sentences}
        for count in counts.values():
            documents.update(count.keys())
        total = max(1, len(sentences))
        idf = {t: math.log(1 + total / n) for t, n in documents.items()}
        for sentence, count in counts.items():
            self.vectors[sentence] = _unit({t: c * idf[t] for t, c in count.items()})

    def similarity(self, a: Sentence, b: Sentence) -> float:
        return _dot(self.vectors.get(a, {}), self.vectors.get(b, {}))

    def scores(self) -> dict[Sentence, float]:
        """Each sentence's mean similarity to the other articles' sentences (what the story
        shares), in linear time: a dot product with the sum of those sentences' vectors."""
        total: Counter[str] = Counter()
        per_article: dict[int, Counter[str]] = {}
        sizes: Counter[int] = Counter()
        for sentence, vector in self.vectors.items():
            total.update(vector)
            per_article.setdefault(sentence.article_id, Counter()).update(vector)
            sizes[sentence.article_id] += 1
        result = {}
        for sentence, vector in self.vectors.items():
            own = per_article[sentence.article_id]
            others = len(self.vectors) - sizes[sentence.article_id]
            if others:
                dot = sum(v * (total[t] - own[t]) for t, v in vector.items())
            else:  # one article: its other sentences
                dot = sum(v * (own[t] - v) for t, v in vector.items())
                others = sizes[sentence.article_id] - 1
            result[sentence] = dot / max(1, others)
        return result

    def topicality(self) -> dict[int, float]:
        """Each article's mean similarity to the others, over the median article's.

        1.0 is the project's usual; an article on another subject scores well below it.
        Every article scores 1.0 when there are too few to tell.
        """
        summed: dict[int, Counter[str]] = {}
        for sentence, vector in self.vectors.items():
            summed.setdefault(sentence.article_id, Counter()).update(vector)
        articles = {a: _unit(dict(v)) for a, v in summed.items()}
        if len(articles) < TOPICALITY_MIN_ARTICLES:
            return dict.fromkeys(articles, 1.0)
        mean = {a: statistics.fmean(_dot(v, w) for b, w in articles.items() if b != a)
                for a, v in articles.items()}
        usual = statistics.median(mean.values())
        return {a: (m / usual if usual else 1.0) for a, m in mean.items()}
