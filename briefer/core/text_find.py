"""Where words occur in an article's text: find-in-article and the search filter's terms.

Both return character offsets into the text as stored (Python string
indices), so the reader highlights exactly what it shows. Matching ignores
case; the search filter's terms follow the full-text search's rules (whole
words, the last word typed also as the start of a word) so the words that
let an article through the filter are the words highlighted in it.
"""

from __future__ import annotations

import itertools
import re

_WORD = re.compile(r"\w+")


def find_spans(text: str, needle: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Each occurrence of `needle` in `text`, ignoring case, left to right, not overlapping;
    the first `limit` of them when given (one letter in a long article is found everywhere)."""
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return [(m.start(), m.end()) for m in itertools.islice(pattern.finditer(text), limit)]


def search_terms(query: str) -> list[str]:
    """The words of a search-filter query, as the full-text search reads them."""
    return _WORD.findall(query)


def search_term_spans(text: str, query: str) -> list[tuple[int, int]]:
    """The words of `text` the search filter matched for `query`, in text order.

    Each word matches whole; the last word of the query also matches the start
    of a longer word (the filter finds "budg" in "budget" as the user types).
    """
    words = search_terms(query)
    if not words:
        return []
    alternatives = [re.escape(w) + r"\b" for w in words[:-1]]
    alternatives.append(re.escape(words[-1]) + r"\w*")
    pattern = re.compile(r"\b(?:" + "|".join(alternatives) + r")", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
