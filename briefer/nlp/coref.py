"""Which actor a title-only reference or a pronoun points to.

"The minister said" and "he added" name nobody; the reader takes the last
compatible actor before them. These functions do the same over the actors
`extract_actors` found, looking only backwards from the reference.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefer.core.records import ExtractedActor
from briefer.nlp import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

PRONOUN_LOOKBACK_SENTENCES = 3
PLURAL_TYPES = frozenset({"group", "organization", "country"})
BODY_TYPES = frozenset({"organization", "country"})
_WORD = re.compile(r"[\w'’.-]+")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their"})


@cache
def title_reference_pattern() -> re.Pattern[str]:
    """ "the French president", "the minister": a title after "the", not followed by a name."""
    titles = sorted((re.escape(t) for t in lexicon.titles()), key=len, reverse=True)
    qualifier = r"(?:(?:former|then|[A-Z][\w.'’-]*)\s+)"
    return re.compile(
        rf"\b[Tt]he\s+{qualifier}{{0,2}}(?i:{'|'.join(titles)})\b(?![\w-])"
        rf"(?!\s+(?:[A-Z]|of\b|for\b|at\b|to\b))"
    )


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _title_of(words: list[str]) -> tuple[str, list[str]] | None:
    """Split "french prime minister" into the title "prime minister" and qualifiers ["french"]."""
    titles = lexicon.titles()
    for size in (3, 2, 1):
        if len(words) >= size and " ".join(words[-size:]) in titles:
            return " ".join(words[-size:]), words[:-size]
    return None


def _last_mention_before(actor: ExtractedActor, offset: int) -> int:
    return max((m.start for m in actor.mentions if m.start < offset), default=-1)


def _role_matches(actor: ExtractedActor, title: str, qualifiers: list[str]) -> bool:
    for role in actor.roles:
        padded = " " + " ".join(_words(role)) + " "
        if f" {title} " in padded and all(f" {q} " in padded for q in qualifiers):
            return True
    return False


def resolve_title(
    actors: list[ExtractedActor], offset: int, reference: str
) -> str | None:
    """The key of the actor whose role a title-only REFERENCE at OFFSET names, if any."""
    words = [w for w in _words(reference) if w not in _DETERMINERS]
    split = _title_of(words)
    if split is None:
        return None
    title, qualifiers = split
    qualifiers = [q for q in qualifiers if q not in lexicon.expert_words().former]
    best, best_at = None, -1
    for actor in actors:
        if actor.type != "person" or not _role_matches(actor, title, qualifiers):
            continue
        at = _last_mention_before(actor, offset)
        if at > best_at:
            best, best_at = actor.key, at
    return best


def _gender(doc: Doc, actor: ExtractedActor) -> str | None:
    """ "female" / "male" from the actor's roles or an honorific before a mention."""
    gendered = lexicon.gendered_words()
    for role in actor.roles:
        for word in _words(role):
            if word in gendered:
                return gendered[word]
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start - 1].lower_ in gendered:
            return gendered[doc[span.start - 1].lower_]
    return None


def _window_start(doc: Doc, offset: int) -> int:
    """Where the sentences a pronoun may look back into begin."""
    if not len(doc):
        return 0
    text_end = doc[-1].idx + len(doc[-1].text)
    span = doc.char_span(offset, min(offset + 1, text_end), alignment_mode="expand")
    if span is not None and len(span):
        token = span.start
    else:
        token = next((t.i for t in doc if t.idx >= offset), len(doc) - 1)
    sentence = doc[token].sent
    for _ in range(PRONOUN_LOOKBACK_SENTENCES - 1):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return sentence.start_char


def resolve_pronoun(
    doc: Doc, actors: list[ExtractedActor], offset: int, pronoun: str
) -> str | None:
    """The key of the last actor before OFFSET a pronoun can stand for, in the last sentences."""
    kind = lexicon.pronouns().get(pronoun.lower())
    if kind is None:
        return None
    wanted_gender = lexicon.gendered_words().get(pronoun.lower())
    allowed = {"person": {"person"}, "plural": PLURAL_TYPES, "body": BODY_TYPES}[kind]
    since = _window_start(doc, offset)
    best, best_at = None, -1
    for actor in actors:
        if actor.type not in allowed:
            continue
        at = _last_mention_before(actor, offset)
        if at < since or at <= best_at:
            continue
        if wanted_gender and _gender(doc, actor) not in (None, wanted_gender):
            continue
        best, best_at = actor.key, at
    return best


def resolve_reference(
    doc: Doc, actors: list[ExtractedActor], char_offset: int, text: str
) -> str | None:
    """The actor key a pronoun or title-only reference at CHAR_OFFSET most plausibly means.

    Pronouns (he/she/they/it) take the last compatible actor of the last few
    sentences; titles ("the minister", "the French president") the last
    person whose role has that title and those qualifiers.
    """
    stripped = text.strip()
    if stripped.lower() in lexicon.pronouns():
        return resolve_pronoun(doc, actors, char_offset, stripped)
    return resolve_title(actors, char_offset, stripped)
