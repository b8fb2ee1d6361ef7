"""Near-duplicate texts across articles: the same quote or sentence in several outlets.

Syndicated copy, wire reprints and outlets quoting each other carry the same
words with small changes (a title added, marks changed, a clause cut).
rapidfuzz compares the normalised texts (a C++ edit-distance ratio, fast
enough for every pair of a project's sentences); texts of one article are
never merged with each other.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, TypeVar

from rapidfuzz import fuzz

SIMILARITY = 86  # ratio (0-100) from which two texts say the same thing
MIN_LENGTH_SHARE = 0.6  # the shorter text is at least this share of the longer


K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Text(Generic[K]):
    """A text to compare, `key` naming what it belongs to (a quote, a sentence)."""

    key: K
    article_id: int
    text: str


def normalise(text: str) -> str:
    """Lower case, letters and digits only, one space between words."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def same_words(a: str, b: str) -> bool:
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return False
    if min(len(na), len(nb)) / max(len(na), len(nb)) < MIN_LENGTH_SHARE:
        return False
    return fuzz.ratio(na, nb) >= SIMILARITY


def near_duplicate_groups(texts: Sequence[Text[K]]) -> list[list[Text[K]]]:
    """The texts in groups of near-duplicates from different articles, in first-seen order."""
    count = len(texts)
    return _grouped(texts, [normalise(t.text) for t in texts],
                    ((i, j) for i in range(count) for j in range(i + 1, count)))


def _grouped(texts: Sequence[Text[K]], normal: list[str],
             candidates: Iterable[tuple[int, int]]) -> list[list[Text[K]]]:
    """Join each candidate pair of texts of different articles whose normalised words say
    the same thing (union-find), and give the groups in first-seen order."""
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidates:
        if (texts[i].article_id == texts[j].article_id or root(i) == root(j)
                or not normal[i] or not normal[j]):
            continue
        short, long_ = sorted((len(normal[i]), len(normal[j])))
        if short / long_ < MIN_LENGTH_SHARE:
            continue
        if fuzz.ratio(normal[i], normal[j], score_cutoff=SIMILARITY):
            parent[root(j)] = root(i)
    groups: dict[int, list[Text[K]]] = {}
    for index, text in enumerate(texts):
        groups.setdefault(root(index), []).append(text)
    return list(groups.values())


# -- many texts -------------------------------------------------------------

# The rarest word pairs of a text choose what it is compared with: at least this many,
# and this share of its pairs (near-identical texts may differ in a third of them).
RAREST_PAIRS = 4
RAREST_SHARE = 0.4


def _word_pairs(normal: str) -> list[str]:
    words = normal.split()
    if len(words) < 2:
        return [normal] if normal else []
    return [f"{a} {b}" for a, b in pairwise(words)]


def indexed_near_duplicate_groups(texts: Sequence[Text[K]]) -> list[list[Text[K]]]:
    """`near_duplicate_groups` for thousands of texts, comparing only likely pairs.

    Every pair of texts costs a comparison in `near_duplicate_groups`: ten
    thousand quotes take minutes. Here a text is compared only with the texts
    sharing one of its rarest word pairs (an index of word pairs): near-identical
    texts share most of their word pairs, so some of the rarer ones of one are in
    the other, while unrelated texts seldom share a rare pair. Same thresholds,
    the same groups in practice, in time near linear in the number of texts.
    """
    normal = [normalise(t.text) for t in texts]
    pairs = [_word_pairs(n) for n in normal]
    index: dict[str, list[int]] = {}
    for i, found in enumerate(pairs):
        for pair in dict.fromkeys(found):
            index.setdefault(pair, []).append(i)

    def likely_pairs() -> Iterator[tuple[int, int]]:
        for i, found in enumerate(pairs):
            distinct = sorted(dict.fromkeys(found), key=lambda p: len(index[p]))
            rarest = distinct[:max(RAREST_PAIRS, math.ceil(len(distinct) * RAREST_SHARE))]
            candidates = {j for pair in rarest for j in index[pair] if j > i}
            for j in sorted(candidates):
                yield i, j

    return _grouped(texts, normal, likely_pairs())
