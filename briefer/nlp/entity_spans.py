"""The entity record and the span helpers that entity finding and repair share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefer.nlp import lexicon
from briefer.nlp.lexicon import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
NAME_LIKE_TAGS = frozenset({"NN", "NNS"})
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class Entity:
    """A corrected entity: tokens [start, end) of the doc, its text and its label.

    `anchored` marks a name no later relabelling may change: a person name
    after a title word ("President X"), or a name the user confirmed.
    """

    start: int
    end: int
    label: str
    text: str
    anchored: bool = False

    @property
    def key(self) -> str:
        return name_key(self.text)

    def overlaps(self, other: Entity) -> bool:
        return self.start < other.end and other.start < self.end


def make_entity(doc: Doc, start: int, end: int, label: str, anchored: bool = False) -> Entity:
    """The entity over tokens [start, end) of DOC."""
    return Entity(start, end, label, doc[start:end].text, anchored)


def trimmed_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and honorifics, and a trailing possessive or punctuation."""
    leading = lexicon.honorifics() | {"the"}
    while start < end and doc[start].lower_ in leading:
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct):
        end -= 1
    return start, end


def put_entity(entities: list[Entity], new: Entity, replaceable: frozenset[str]) -> list[Entity]:
    """Insert NEW, replacing the entities it covers if their labels allow it."""
    covered = [e for e in entities if e.overlaps(new)]
    if any(e.label not in replaceable or e.start < new.start or e.end > new.end for e in covered):
        return entities
    return sorted([e for e in entities if not e.overlaps(new)] + [new], key=lambda e: e.start)


@cache
def name_connectors() -> frozenset[str]:
    return frozenset(lexicon.load("organizations")["name_connectors"])


@cache
def institution_heads() -> frozenset[str]:
    return frozenset(lexicon.load("organizations")["institution_heads"])


@cache
def institution_words() -> frozenset[str]:
    """`institution_heads` in lower case, for names written in any case."""
    return frozenset(w.lower() for w in institution_heads())
