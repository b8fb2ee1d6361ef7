"""Who said it: the candidate speakers for a quote, best first, and what to propose.

The review dialogs ask the user for a quote's speaker. An analyst types part
of a name ("Com" for "James B. Comey", a middle name too) and expects the
actors named near the quote before the project's other actors, so the
ranking here works on the quote's offsets and the article's mentions, not on
the alphabet. Marking a quote by hand proposes the actor named in the same
sentence, a cue word from that sentence and the kind its quote marks suggest.
Plain functions over records: no Qt, no spaCy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from briefer.core.lexicons import load_lexicon
from briefer.core.records import Actor, Mention

# A sentence ends at ., ! or ? (maybe with a closing mark) before a space and a capital or an
# opening mark, or at a line end; an initial ("James B. Comey") or a title ("Mr.") does not end one.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)"
    r"[.!?][\"'”’»)]*\s+(?=[A-Z\"“‘'(«])|\n")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without accents, so "jose" finds "José"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_matches(name: str, typed: str) -> bool:
    """True when every word typed occurs somewhere in the name (any part, any case)."""
    folded = fold(name)
    return all(word in folded for word in fold(typed).split())


def _starts_a_word(name: str, typed: str) -> bool:
    words = _WORD.findall(fold(name))
    return all(any(w.startswith(t) for w in words) for t in fold(typed).split())


def _distance(mention: Mention, start: int, end: int) -> int | None:
    """Characters between a mention and the quote; None for a mention inside the quote."""
    if mention.end <= start:
        return start - mention.end
    if mention.start >= end:
        return mention.start - end
    return None


def rank_speakers(actors: Iterable[Actor], mentions: Iterable[Mention], start: int, end: int,
                  typed: str = "") -> list[Actor]:
    """The actors that may have said the quote at `start:end`, best first.

    `mentions` are the mentions of the quote's article. Actors named near the
    quote come first (nearest first; a name inside the quote counts after
    every name outside it), then actors named nowhere near, most prominent
    first. With `typed`, only actors whose name holds every typed word are
    kept, and among equally near ones a name with a word starting with what
    was typed goes first.
    """
    nearest: dict[int, int] = {}
    inside: set[int] = set()
    for mention in mentions:
        distance = _distance(mention, start, end)
        if distance is None:
            inside.add(mention.actor_id)
        elif distance < nearest.get(mention.actor_id, distance + 1):
            nearest[mention.actor_id] = distance
    candidates = [a for a in actors if not typed.strip() or name_matches(a.name, typed)]

    def order(actor: Actor) -> tuple:
        if actor.id in nearest:
            place: tuple[int, int] = (0, nearest[actor.id])
        elif actor.id in inside:
            place = (1, 0)
        else:
            place = (2, 0)
        prefix = 0 if not typed.strip() or _starts_a_word(actor.name, typed) else 1
        return (*place, prefix, -(actor.quote_count + actor.mention_count), fold(actor.name))

    return sorted(candidates, key=order)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of whole sentences holding `start:end`."""
    sentence_start = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = match.end()
    after = _SENTENCE_END.search(text, max(end, sentence_start))
    sentence_end = after.start() + 1 if after else len(text)
    return sentence_start, min(max(sentence_end, end), len(text))


def proposed_speaker(text: str, mentions: Iterable[Mention], start: int, end: int) -> int | None:
    """The actor named in the quote's sentence outside the quote, nearest first; else None."""
    low, high = sentence_bounds(text, start, end)
    best: tuple[int, int] | None = None
    for mention in mentions:
        if mention.start < low or mention.end > high:
            continue
        distance = _distance(mention, start, end)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, mention.actor_id)
    return best[1] if best else None


@cache
def _cue_forms() -> dict[str, str]:
    """Every written form of a reporting verb -> the form itself (the cue as it reads)."""
    speech = load_lexicon("speech")
    forms: dict[str, str] = {}
    for verb in speech["reporting_verbs"] + speech["characterizing_verbs"]:
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb, verb + "s", stem + "ed", stem + "ing", verb + "es"):
            forms[form] = form
    for form in speech.get("irregular_reporting_forms", []):
        forms[form] = form
    return forms


def proposed_cue(text: str, start: int, end: int) -> str | None:
    """The reporting verb ("said", "warned") in the quote's sentence outside it, nearest first."""
    low, high = sentence_bounds(text, start, end)
    forms = _cue_forms()
    best: tuple[int, str] | None = None
    for match in _WORD.finditer(text, low, high):
        if start <= match.start() < end or match.group().casefold() not in forms:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best[0]:
            best = (distance, match.group())
    return best[1] if best else None


@cache
def _quote_mark_characters() -> str:
    marks = load_lexicon("quote_marks")
    return "".join(marks["opening"] + marks["closing"] + marks["ambiguous"])


def proposed_kind(span_text: str) -> str:
    """A registry quote kind for marked text: in quote marks throughout -> direct;
    some quoted words -> mixed; none -> indirect (reported speech)."""
    marks = _quote_mark_characters()
    stripped = span_text.strip()
    if len(stripped) >= 2 and stripped[0] in marks and stripped[-1] in marks \
            and sum(ch in marks for ch in stripped) == 2:
        return "direct"
    if any(ch in marks for ch in stripped):
        return "mixed"
    return "indirect"
