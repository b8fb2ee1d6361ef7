"""People named with a nickname in quote marks: John “Tig” Tiegen, Earvin "Magic" Johnson.

The small model splits such a name at the marks ("John “Tig" a person, "Tiegen"
an organisation) and the quote finder reads the nickname as someone's words.
The whole is one person's name; the marks quote no one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from briefer.nlp import lexicon
from briefer.nlp.entity_spans import Entity, make_entity

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A given name, one or two capitalised words in marks, a surname; on one line.
_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]+)[ \t]+([\"“‘'][A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*)?[\"”’'])"
    r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


@lru_cache(maxsize=2)
def _nicknamed(text: str) -> tuple[re.Match[str], ...]:
    """Names with a nickname whose first word is a known given name ("Clinton called
    Trump “Dangerous” Monday" names no one), neither end a common word (a Title Case
    headline: "Trump Is ‘Horrified’ By ..."). Found once per text: quote pairing and
    entity repair both ask."""
    return tuple(m for m in _NICKNAMED.finditer(text)
                 if lexicon.given_name_kind(m.group(1)) is not None
                 and not {m.group(1).lower(), m.group(3).lower()} & STOP_WORDS)


def nickname_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted nickname inside a name, marks included."""
    return [match.span(2) for match in _nicknamed(text)]


def nicknamed_people(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """ENTITIES with each name holding a quoted nickname as one person, anchored."""
    for match in _nicknamed(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(t.text == "\n" for t in span):
            continue
        person = make_entity(doc, span.start, span.end, "PERSON", anchored=True)
        entities = sorted([e for e in entities if not e.overlaps(person)] + [person],
                          key=lambda e: e.start)
    return entities
