"""Names of well-known bodies the model missed or cut ("Reform UK" read as the UK,
"OPEC+", "F.D.A.", "Democrats"), found from the names the lexicons list. The
pattern has thousands of alternatives, so it is tried only where a word that
opens a listed name stands (`alternations`). One of the repairs `entities` runs.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from briefer.nlp import lexicon
from briefer.nlp.alternations import Alternation
from briefer.nlp.entity_spans import Entity, make_entity, name_connectors, put_entity, trimmed_span
from briefer.nlp.lexicon import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@cache
def listed_bodies() -> tuple[re.Pattern[str], frozenset[str]]:
    """A pattern of the names of bodies the lexicons know (an acronym's dots
    optional: "F.D.A." is "FDA"), and the keys of the one-word ones that are
    no acronym but a party ("Democrats", "Conservatives")."""
    words = lexicon.load("actor_types")["names"]
    parties = {name_key(n) for n in words["party"] if len(n.split()) == 1 and n.endswith("s")}
    return _listed_alternation().full, frozenset(parties)


@cache
def _listed_alternation() -> Alternation:
    """`listed_bodies`' pattern, longest names first, which can also be
    tried with only the names opening with the letter the text has."""
    names = sorted((n for n in listed_names() if n), key=len, reverse=True)
    alternatives = []
    for name in names:
        if name.isalpha() and len(name) <= 6:
            alternatives.append(r"\.?".join(re.escape(ch) for ch in name) + r"\.?")
        else:
            alternatives.append(r"\s+".join(re.escape(w) for w in name.split()))
    openings = [name[0].lower() for name in names]
    return Alternation(r"(?<![\w.])(?:the\s+)?", alternatives, openings, r"(?![\w])")


_WORD = re.compile(r"[^\W_][\w.+&]*")
_THE = re.compile(r"the\s+$", re.IGNORECASE)
_THE_OPENING = re.compile(r"the\s+", re.IGNORECASE)


@cache
def listed_names() -> frozenset[str]:
    """The names of bodies the lexicons know, lower case, one space between
    words: listed names, acronyms and what they stand for ("Islamic State",
    which the model cuts into a people and a "State"). Built once per process."""
    words = lexicon.load("actor_types")["names"]
    names = {" ".join(n.lower().split()) for kind in words.values() for n in kind}
    acronyms = lexicon.org_acronyms()
    expansions = {" ".join(full.lower().split()) for full in acronyms.values()}
    return frozenset(names | set(acronyms) | expansions | set(lexicon.known_organizations()))


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """A word as the first word of a listed name is keyed: lower case, no dots, no
    possessive ("F.D.A.'s" -> "fda")."""
    return re.sub(r"['’]s$", "", word.lower().replace(".", "")).rstrip("-'’")


@cache
def _listed_first_words() -> frozenset[str]:
    return frozenset(_word_key(re.split(r"[\s'’-]", n)[0]) for n in listed_names() if n.strip())


def _listed_matches(text: str) -> list[re.Match[str]]:
    """What `listed_bodies`' pattern finds in TEXT, tried only where a word that opens a
    listed name stands: the pattern has thousands of alternatives, so running it at every
    character cost more than all the other repairs together."""
    listed = _listed_alternation()
    firsts = _listed_first_words()
    found: list[re.Match[str]] = []
    taken = 0
    for word in _WORD.finditer(text):
        if word.start() < taken:
            continue
        key = _word_key(word.group())
        if key not in firsts:
            continue
        before = _THE.search(text, max(0, word.start() - 8), word.start())
        match = (
            listed.match(text, before.start(), _name_openings(text, before.start()))
            if before else None
        ) or listed.match(text, word.start(), _name_openings(text, word.start()))
        if match is not None:
            found.append(match)
            taken = match.end()
    return found


def _name_openings(text: str, pos: int) -> tuple[int, ...]:
    """Where a listed name can open in a match from POS: there, or after "the"."""
    the = _THE_OPENING.match(text, pos)
    return (pos, the.end()) if the else (pos,)


def _reads_as_listed(tokens: Span) -> bool:
    """Several capitalised words, an acronym ("F.D.A.", "OPEC+") or a party's plural."""
    letters = "".join(ch for ch in tokens.text if ch.isalpha())
    if len(tokens) > 1 and not any(ch.isspace() for ch in tokens.text):
        return letters.isupper() and len(letters) >= 2  # "OPEC+", "F.D.A."
    if len(tokens) == 1:
        return (letters.isupper() and len(letters) >= 2) or (
            name_key(tokens.text) in listed_bodies()[1] and tokens.text[:1].isupper()
        )
    connectors = name_connectors()
    return all(t.text[:1].isupper() or t.lower_ in connectors or not t.is_alpha for t in tokens)


def recover_listed_bodies(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """Names of well-known bodies the model missed or cut ("Reform UK" read as
    the UK, "OPEC+", "F.D.A.", "Democrats"), headlines included: the
    lexicons know them."""
    replaceable = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
    people = [e for e in entities if e.label == "PERSON"]
    for match in _listed_matches(text):
        name = match.group()
        first = name[4:5] if name[:4].lower() == "the " else name[:1]
        if not first.isupper():
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(e.start < span.end and span.start < e.end for e in people):
            continue
        start, end = trimmed_span(doc, span.start, span.end)
        tokens = doc[start:end]
        if sum(ch.isalpha() for ch in tokens.text) >= 2 and _reads_as_listed(tokens):
            entities = put_entity(entities, make_entity(doc, start, end, "ORG"), replaceable)
    return entities
