"""Near-duplicate texts across articles: the same quote or sentence in several outlets.

Syndicated copy, wire reprints and outlets quoting each other carry the same
words with small changes (a title added, marks changed, a clause cut).
rapidfuzz compares the normalised texts (a C++ edit-distance ratio, fast
enough for every pair of a project's sentences); texts of one article are
never merged with each other.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
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
    normal = [normalise(t.text) for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if texts[i].article_id == texts[j].article_id or not normal[i] or not normal[j]:
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
