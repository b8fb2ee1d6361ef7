"""Pairing quote marks: where the quoted stretches of an article are.

Quote marks are paired per paragraph from the text alone, so a stray or
unbalanced mark only ever affects its own paragraph. The pairing is one pass
over each paragraph (a stray opening mark starts one more pass over the rest
of its paragraph), so its cost is linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from briefer.nlp.lexicon import load as load_lexicon
from briefer.nlp.nicknames import nickname_marks

DOUBLED_TAIL = "\x00"
OPENING_CONTEXT = "([{—–-/"


@dataclass(frozen=True)
class QuoteMarks:
    opening: frozenset[str]
    closing: frozenset[str]
    ambiguous: frozenset[str]
    doubled: tuple[str, ...]
    so_called: tuple[str, ...]
    utterance_verbs: frozenset[str] = frozenset()

    @cached_property
    def all(self) -> frozenset[str]:
        return self.opening | self.closing | self.ambiguous

    @cached_property
    def any_mark(self) -> re.Pattern[str]:
        """One of the marks: pairing jumps from mark to mark, not letter by letter."""
        singles = sorted(m for m in self.all if len(m) == 1)
        return re.compile("[" + "".join(re.escape(m) for m in singles) + "]")


@lru_cache(maxsize=1)
def quote_marks() -> QuoteMarks:
    """Load `quote_marks.json` once per process."""
    data = load_lexicon("quote_marks")
    return QuoteMarks(
        opening=frozenset(data["opening"]),
        closing=frozenset(data["closing"]),
        ambiguous=frozenset(data["ambiguous"]),
        doubled=tuple(data["doubled"]),
        so_called=tuple(data["so_called"]),
        utterance_verbs=frozenset(data["utterance_verbs"]),
    )


@dataclass(frozen=True)
class QuotedRegion:
    """Text between a pair of quote marks.

    `start:end` is the quoted text without the marks or surrounding spaces;
    `close` is the index of the closing mark, or None when the quote runs on
    into the next paragraph (which opens with a mark again).
    """

    mark: int
    start: int
    end: int
    close: int | None
    width: int = 1

    @property
    def outer_end(self) -> int:
        return self.close + self.width if self.close is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the text that is not blank."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


SINGLE_OPENING, SINGLE_CLOSING = "‘", "’"


def single_as_double(text: str, marks: QuoteMarks | None = None) -> str:
    """British house style quotes with single marks (‘like this’) and has no
    double marks at all: then ‘ opens a quote and a word-final ’ may close
    it. The same text with those marks doubled, same length, for pairing;
    any other text unchanged. A word-final ’ is also an apostrophe ("eleven
    days’ notice"), so an opened quote is closed by the first candidate
    before the next ‘ of the paragraph that punctuation marks as a close
    (‘..., at Calais,’ said; ‘ample guidance’.), else by the last one."""
    marks = marks or quote_marks()
    if SINGLE_OPENING not in text or not marks.all.isdisjoint(text):
        return text
    out = list(text)
    for p_start, p_end in paragraphs(text):
        opening = [i for i in range(p_start, p_end) if text[i] == SINGLE_OPENING]
        for number, mark in enumerate(opening):
            out[mark] = "“"
            limit = opening[number + 1] if number + 1 < len(opening) else p_end
            candidates = [
                i
                for i in range(mark + 1, limit)
                if text[i] == SINGLE_CLOSING and (i + 1 == len(text) or not text[i + 1].isalnum())
            ]
            if not candidates:
                continue
            marked = [i for i in candidates if _punctuated_close(text, i, p_end)]
            out[marked[0] if marked else candidates[-1]] = "”"
    return "".join(out)


def _punctuated_close(text: str, i: int, para_end: int) -> bool:
    """Whether a word-final ’ has punctuation just inside or just after it,
    or ends its paragraph: a closing mark, not an apostrophe."""
    before = text[i - 1 : i]
    after = text[i + 1 : para_end].lstrip(" \t")
    return before in (",", ".", ";", ":", "!", "?") or not after or after[0] in ",.;:!?)—–"


def _opens(text: str, i: int, para_start: int, marks: QuoteMarks) -> bool:
    """Whether a straight mark at `i` opens a quote, judged from its neighbours."""
    before = text[i - 1] if i > para_start else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if after == "" or after.isspace():
        return False
    return before == "" or before.isspace() or before in OPENING_CONTEXT or before in marks.all


def find_quoted_regions(text: str, marks: QuoteMarks | None = None) -> list[QuotedRegion]:
    """Pair the double quote marks of every paragraph.

    A mark left open at the end of a paragraph runs on when the next paragraph
    opens with a mark (a quote over several paragraphs) or when it opens a
    sentence that ends the paragraph (its closing mark left out); otherwise
    it is a stray mark and is ignored, and pairing resumes right after it.
    """
    marks = marks or quote_marks()
    for pair in marks.doubled:
        # ''Like this'': the first of the two stands for the mark, the second
        # is skipped, so offsets stay those of the text.
        text = text.replace(pair, '"' + DOUBLED_TAIL)
    paras = paragraphs(text)
    regions: list[QuotedRegion] = []
    for number, (p_start, p_end) in enumerate(paras):
        next_opens = False
        if number + 1 < len(paras):
            n_start, n_end = paras[number + 1]
            head = text[n_start:n_end].lstrip()
            next_opens = bool(head) and (head[0] in marks.opening or head[0] in marks.ambiguous)
        open_at: int | None = None
        for found in marks.any_mark.finditer(text, p_start, p_end):
            i = found.start()
            ch = text[i]
            opens = (
                ch in marks.opening
                or (ch in marks.ambiguous and _opens(text, i, p_start, marks))
                or _misturned_opening(text, i, p_start, p_end)
            )
            if open_at is None:
                if opens or _glued_opening(text, i, marks):
                    open_at = i
            elif ch in marks.opening and opens and not (i + 1 >= p_end or text[i + 1].isspace()):
                open_at = i
            else:
                region = _region(text, open_at, i, i)
                if region is not None:
                    regions.append(region)
                open_at = None
        if open_at is not None:
            if next_opens or _unclosed_sentence(text, p_start, open_at, p_end, marks):
                region = _region(text, open_at, p_end, None)
                if region is not None:
                    regions.append(region)
            else:
                regions.extend(_rescan(text, open_at + 1, p_end, marks))
    # John “Tig” Tiegen: a nickname inside a name quotes no one.
    nicknames = set(nickname_marks(text))
    return sorted((r for r in regions if (r.mark, r.outer_end) not in nicknames),
                  key=lambda r: r.mark)


def _glued_opening(text: str, i: int, marks: QuoteMarks) -> bool:
    """With no quote open, a straight mark between the end of a sentence or
    clause and a word opens a quote though no space precedes it
    (‘the authorities."We were ...’)."""
    return (
        text[i] in marks.ambiguous
        and text[i - 1 : i] in (".", "?", "!", ",", ";", ":")
        and text[i + 1 : i + 2].isalnum()
    )


def _has_visible(text: str) -> bool:
    """Whether `text` holds more than spaces and invisible format characters
    (the bidi marks some sites put before a paragraph); stops at the first
    visible character, so a mark deep in a paragraph costs no rescan of it."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def _unclosed_sentence(
    text: str, para_start: int, mark: int, para_end: int, marks: QuoteMarks
) -> bool:
    """A quote whose closing mark was left out: its opening mark starts a
    sentence (or follows a colon or comma), no other mark follows it in the
    paragraph, and the paragraph ends a sentence (‘said Baron. “His
    candidacy ... explored.’ with no ” and no quote in the next paragraph)."""
    lead = text[para_start:mark].rstrip()
    if lead and lead[-1] not in ".?!:,":
        return False
    rest = text[mark + 1 : para_end].strip()
    return (
        len(rest.split()) >= 3
        and (rest[0].isalnum() or rest[0] in "[(")
        and rest[-1] in ".?!"
        and marks.all.isdisjoint(rest)
    )


def _misturned_opening(text: str, i: int, para_start: int, para_end: int) -> bool:
    """A closing mark that starts a paragraph and is followed by a word
    ("”Fear. I am afraid ...”") can close nothing: a typo for an opening mark."""
    return (
        not _has_visible(text[para_start:i])
        and i + 1 < para_end
        and not text[i + 1].isspace()
    )


def _rescan(text: str, start: int, end: int, marks: QuoteMarks) -> list[QuotedRegion]:
    """Pair the marks after a stray opening mark, never running past `end`
    (one pass: an opening mark left without a partner is dropped)."""
    regions = []
    open_at: int | None = None
    for found in marks.any_mark.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        opens = ch in marks.opening or (ch in marks.ambiguous and _opens(text, i, 0, marks))
        if open_at is None or (opens and ch in marks.opening):
            if opens:
                open_at = i
            continue
        region = _region(text, open_at, i, i)
        if region is not None:
            regions.append(region)
        open_at = None
    return regions


def _region(text: str, mark: int, end: int, close: int | None) -> QuotedRegion | None:
    start = mark + 1
    while start < end and (text[start].isspace() or text[start] == DOUBLED_TAIL):
        start += 1
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start:
        return None
    width = 2 if close is not None and text[close + 1 : close + 2] == DOUBLED_TAIL else 1
    return QuotedRegion(mark, start, stop, close, width)

