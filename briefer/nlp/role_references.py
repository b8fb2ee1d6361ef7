"""Roles of a person read beyond the name's own mentions.

A later description that refers back ("The senator, who chairs ...",
`reference_readings`), a bare title as the subject of the next sentence
("... The chancellor told the House", `title_in_next_sentence`) and a full
name the model missed in a heading (`unlabelled_mentions`). The readings
next to a name are `briefer.nlp.roles`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefer.nlp import lexicon
from briefer.nlp.entities import make_entity
from briefer.nlp.lexicon import name_key
from briefer.nlp.role_phrases import (
    RoleReading,
    ends_line,
    expanded_title,
    is_name_title,
    label_at,
)
from briefer.nlp.roles import apposition_after, relative_clause_role
from briefer.nlp.speech import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefer.nlp.entities import Entity

# How far back "the senator, who ..." may refer to the person last named.
MAX_REFERENCE_TOKENS = 120
REFERENCE_READINGS_KEY = "briefer_reference_readings"
TITLED_SENTENCES_KEY = "briefer_titled_sentences"


def reference_readings(
    doc: Doc, entity_at: dict[int, Entity]
) -> list[tuple[int, str, RoleReading]]:
    """Roles given to a description that refers back to a person: "The
    former congressman, a Republican from Ohio, said", "The senator, who
    chairs the panel,". Each is (the description's first token, its title,
    the reading); `description_refers_to` says whom it is about. Read once
    per document."""
    cached = doc.user_data.get(REFERENCE_READINGS_KEY)
    if cached is not None:
        return cached
    found = []
    for match in _description_pattern().finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(1), alignment_mode="expand")
        comma = span.end if span is not None else len(doc)
        if comma >= len(doc) or doc[comma].text != "," or span.start in entity_at:
            continue
        description = make_entity(doc, span.start, comma, "DESCRIPTION")
        title = match.group(2).lower()
        readings = [*apposition_after(doc, description, entity_at),
                    relative_clause_role(doc, description, entity_at)]
        found.extend((span.start, title, r) for r in readings if r is not None)
    doc.user_data[REFERENCE_READINGS_KEY] = found
    return found


@cache
def _description_pattern() -> re.Pattern[str]:
    """ "The former congressman," "the senator,": group 2 is the title."""
    titles = sorted((re.escape(t) for t in lexicon.titles()), key=len, reverse=True)
    former = "|".join(re.escape(w) for w in lexicon.expert_words().former if w.isalpha())
    return re.compile(rf"\b[Tt]he\s+(?:(?:{former})\s+)?((?i:({'|'.join(titles)})))(?=\s*,)")


def description_refers_to(
    doc: Doc, at: int, title: str, mentions: list[Entity], roles: list[str],
    entity_at: dict[int, Entity],
) -> bool:
    """Whether the description of TITLE at token AT refers to the person with
    these MENTIONS and ROLES: that person is the last one named before it,
    within `MAX_REFERENCE_TOKENS`, and one of their roles uses the title or
    a synonym ("Rep." for "the congressman")."""
    last = next((entity_at[i] for i in range(at - 1, max(-1, at - MAX_REFERENCE_TOKENS), -1)
                 if label_at(entity_at, i) == "PERSON"), None)
    if last is None or last not in mentions:
        return False
    names = {title, *lexicon.title_synonyms().get(title, ())}
    return any(
        word in names or expanded_title(word) in names
        for role in roles for word in role.lower().split()
    )


def title_in_next_sentence(
    doc: Doc, mentions: list[Entity], entity_at: dict[int, Entity]
) -> str | None:
    """ "Eleanor Whitlow finished her first budget speech. The chancellor told
    the House ...": a person who is the subject of one sentence, called by a
    bare title as the subject of the next, holds that title. The caller asks
    only for a person with no role stated anywhere."""
    starts = {m.start for m in mentions}
    return next((title for subject, title in _titled_sentences(doc, entity_at)
                 if subject in starts), None)


def _titled_sentences(doc: Doc, entity_at: dict[int, Entity]) -> list[tuple[int, str]]:
    """(the first token of the person who is the previous sentence's subject,
    the bare title) for each sentence whose subject is "The <title>"; read
    once per document."""
    cached = doc.user_data.get(TITLED_SENTENCES_KEY)
    if cached is not None:
        return cached
    titles, found = lexicon.titles(), []
    for sentence in doc.sents:
        if sentence.start == 0 or sentence[0].lower_ != "the":
            continue
        title = next((sentence[1 : 1 + size] for size in (3, 2, 1) if len(sentence) > size
                      and sentence[1 : 1 + size].text.lower() in titles), None)
        if title is None or title.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        previous = doc[sentence.start - 1].sent
        subject = next((t for t in previous if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head.i == previous.root.i), None)
        person = entity_at.get(subject.i) if subject is not None else None
        if person is not None and person.label == "PERSON":
            found.append((person.start, title.text.lower()))
    doc.user_data[TITLED_SENTENCES_KEY] = found
    return found


def unlabelled_mentions(
    doc: Doc, mentions: list[Entity], entity_at: dict[int, Entity]
) -> list[Entity]:
    """Full names of a person the model did not tag, "Lloyd Ashford" in a
    Title Case heading ("Briefing With Secretary Of Defense Lloyd Ashford
    And ..."): a capitalised word and the person's surname, outside any
    entity. When the person's first names are known the word must be one of
    them, so a namesake's title is never read as theirs."""
    surnames = {doc[e.end - 1].text for e in mentions}
    first_names = set()
    for mention in mentions:
        words = [t for t in doc[mention.start : mention.end - 1]
                 if not (is_name_title(t) or t.text == ".")]  # "Administrator Okwu"
        if words:
            first_names.add(name_key(words[0].text))
    found = []
    for token in _untagged_words(doc, surnames, entity_at):
        first = doc[token.i - 1]
        if (
            token.i == 0 or first.i in entity_at
            or not first.text[:1].isupper() or first.pos_ != "PROPN"
            or is_name_title(first) or ends_line(first)
            or (first_names and name_key(first.text) not in first_names)
        ):
            continue
        found.append(make_entity(doc, first.i, token.i + 1, "PERSON"))
    return found


def _untagged_words(doc: Doc, words: set[str], entity_at: dict[int, Entity]) -> list[Token]:
    """The tokens outside any entity that spell one of WORDS (any case)."""
    if not words:
        return []
    # The lookahead passes over the places no word can open before the words are tried.
    opening = "".join(sorted({re.escape(w[:1]) for w in words}))
    pattern = re.compile(rf"(?=[{opening}])\b(?:" + "|".join(map(re.escape, sorted(words)))
                         + r")\b", re.IGNORECASE)
    found = []
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1 and span.start not in entity_at:
            found.append(span[0])
    return found
