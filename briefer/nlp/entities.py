"""Named entities with the small model's errors corrected from context.

The statistical NER of the small English model misses institutions ("the
Foundation for Strategic Research"), tags capitals as people ("Kyiv") and
surnames as places or organisations ("Leyen", "Zelenskyy's"), and reads
Title Case headlines as one long name. Each correction below uses evidence
from the same article: the lexicons, title words, and how the same name is
tagged elsewhere. Repairs of spans the model cuts, joins or misses live in
`entity_repairs`; the entity record and shared span helpers in `entity_spans`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from briefer.nlp import entity_repairs, lexicon
from briefer.nlp.entity_spans import (
    KEPT_LABELS,
    NAME_LIKE_TAGS,
    NOT_NAME_LABELS,
    PROPER_TAGS,
    Entity,
    institution_heads,
    institution_words,
    make_entity,
    name_connectors,
    put_entity,
    trimmed_span,
)
from briefer.nlp.lexicon import name_key
from briefer.nlp.listed_bodies import recover_listed_bodies
from briefer.nlp.nicknames import nicknamed_people
from briefer.nlp.pipeline import CONFIRMED_ENTITY_ID
from briefer.nlp.speech import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# An initial standing for a given name ("R." of "R. Ashok Kumar").
INITIAL = re.compile(r"[A-Z]\.")


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of Title Case lines ("Also Read: Putin Invites Zelensky ...").

    The model reads such lines as one long name, so names in them are only
    trusted when the body of the article names them too.
    """
    ranges = []
    offset = 0
    lines = text.splitlines(keepends=True)
    first_line = len(lines) > 1
    for line in lines:
        stripped = line.rstrip()
        # The title of an article may end with a full stop; a body line in Title Case may not.
        if stripped and (first_line or not stripped.endswith((".", "?", "!", '"', "”", ","))):
            words = [w for w in _HEADLINE_WORD.findall(stripped) if len(w) > 3]
            capitalised = sum(1 for w in words if w[0].isupper())
            if 2 <= len(words) <= 25 and capitalised >= 0.75 * len(words):
                ranges.append((offset, offset + len(stripped)))
        first_line = first_line and not stripped
        offset += len(line)
    return ranges


def short_lines(text: str, words: int = 12) -> list[tuple[int, int]]:
    """Character ranges of lines of a dozen words or fewer that end no
    sentence: headlines in any case ("African leaders agree joint force"),
    subheads and time stamps, which summarise and name no one acting."""
    ranges = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip()
        if stripped and len(stripped.split()) <= words and not stripped.endswith(
            (".", "?", "!", '"', "”", ":")
        ):
            ranges.append((offset, offset + len(stripped)))
        offset += len(line)
    return ranges


def _in_ranges(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in ranges)


def _is_country_like(key: str) -> bool:
    countries = lexicon.countries()
    return (
        key in countries.by_name
        or key in countries.by_capital
        or countries.country_of_demonym(key) is not None
        or key in lexicon.places()
    )


def _is_title_word(token: Token) -> bool:
    return token.lower_ in lexicon.title_words()


def _ends_a_title(doc: Doc, start: int, end: int) -> bool:
    """ "State" in "Secretary of State": the end of a listed title is no name."""
    if start == 0 or not (doc[start - 1].lower_ == "of" or _is_title_word(doc[start - 1])):
        return False
    words = doc[start:end].text.lower()
    titles = lexicon.titles()
    return any(
        " ".join([*(t.lower_ for t in doc[start - size : start]), words]) in titles
        for size in (1, 2)
        if start - size >= 0
    )


def _is_office_or_chamber(doc: Doc, i: int) -> bool:
    """ "The Taoiseach, Cathal Brennan,", "the Government would not support it", "told
    the House": an office, or the government or chamber of the day, read as a body."""
    word = doc[i].lower_
    generic = lexicon.load("actor_types")["non_actor_uses"]["generic_bodies"]
    return word in lexicon.titles() or (word in generic and i > 0 and doc[i - 1].lower_ == "the")


def _model_entities(doc: Doc, headlines: list[tuple[int, int]]) -> list[Entity]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS or _in_ranges(ent.start_char, headlines):
            continue
        if ent.ent_id_ == CONFIRMED_ENTITY_ID:
            # The user's own name for an actor is taken whole, as written ("Justice Ward").
            found.append(make_entity(doc, ent.start, ent.end, ent.label_, anchored=True))
            continue
        start, end = trimmed_span(doc, ent.start, ent.end)
        if ent.label_ == "PERSON":
            # "President Trump" or "Injecting Clinton": the name starts at a proper noun.
            titles = lexicon.title_words()
            while end - start > 1 and (
                doc[start].lower_ in titles or doc[start].tag_ not in PROPER_TAGS
            ):
                start += 1
        if end - start == 1 and ent.label_ != "PERSON" and _is_office_or_chamber(doc, start):
            continue
        if start < end and not doc[start:end].text.islower() and not _ends_a_title(doc, start, end):
            found.append(make_entity(doc, start, end, ent.label_))
    return found


def _merge_split_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Join "Ursula von der" (PERSON) and "Leyen" (GPE) into one person."""
    particles = lexicon.name_particles()
    merged: list[Entity] = []
    for entity in entities:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.label == "PERSON"
            and previous.end == entity.start
            and entity.end - entity.start == 1
            and entity.label != "PERSON"
            and doc[entity.start].tag_ in PROPER_TAGS
            and (doc[previous.end - 1].lower_ in particles or not _is_country_like(entity.key))
        ):
            merged[-1] = make_entity(doc, previous.start, entity.end, "PERSON")
        else:
            merged.append(entity)
    return merged


@cache
def _enumerated_institution_pattern() -> re.Pattern[str]:
    """ "Senate Health, Education, Labor and Pensions Committee": a name that
    lists its fields with commas before its head word."""
    heads = "|".join(sorted((re.escape(h) for h in institution_heads()), key=len, reverse=True))
    gap = r"[^\S\n]+"
    word = r"[A-Z][\w&'’-]*\w"
    words = rf"{word}(?:{gap}{word}){{0,3}}"
    return re.compile(
        rf"\b{words}(?:,{gap}{words}){{1,5}},?{gap}and{gap}{words}{gap}(?:{heads})\b"
    )


def _recover_institutions(
    doc: Doc, text: str, entities: list[Entity], headlines: list[tuple[int, int]]
) -> list[Entity]:
    """Add capitalised institution names the model missed ("Foundation for Strategic Research")."""
    replaceable = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
    matches = [*lexicon.institution_pattern().finditer(text),
               *_enumerated_institution_pattern().finditer(text)]
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if _in_ranges(match.start(), headlines):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        start, end = trimmed_span(doc, span.start, span.end)
        while start < end and doc[start].tag_ not in PROPER_TAGS and doc[start].text[:1].isupper():
            start += 1
        # "Hofstra University on Monday": a date ends the name.
        cut = next((i for i in range(start, end) if doc[i].ent_type_ in NOT_NAME_LABELS), end)
        while cut > start and doc[cut - 1].lower_ in name_connectors():
            cut -= 1
        end = cut
        if end - start < 2:
            continue
        # "USA TODAY NETWORK": a head word alone is no person ("NETWORK").
        entities = [e for e in entities if not (
            e.label == "PERSON" and start <= e.start and e.end <= end
            and all(t.text.lower() in institution_words() for t in doc[e.start:e.end]))]
        entities = put_entity(entities, make_entity(doc, start, end, "ORG"), replaceable)
    return entities


@cache
def _title_pattern() -> re.Pattern[str]:
    """A capitalised title followed by a capitalised name: "Chancellor Friedrich Merz"."""
    titles = sorted(
        (t for t in lexicon.titles() if t[:1].isalpha()), key=len, reverse=True
    )
    lower_words = {"of", "the", "and", "for"}
    alternatives = [
        r"\s+".join(re.escape(w if w in lower_words else w[:1].upper() + w[1:]) for w in t.split())
        for t in titles
    ]
    particles = "|".join(re.escape(p) for p in lexicon.name_particles() if p[-1].isalpha())
    word = r"(?:[A-Z]\.|[A-Z][\w'’-]*\w)"
    name = rf"{word}(?:\s+(?:(?:{particles})\s+)*{word}){{0,3}}"
    # The lookahead passes over every word no title opens with before the
    # long alternation is tried (titles start with a letter, so no escape).
    opening = "".join(sorted({a[0] for a in alternatives}))
    return re.compile(rf"\b(?=[{opening}])(?:{'|'.join(alternatives)})\s+(?P<name>{name})")


def _recover_titled_people(
    doc: Doc, text: str, entities: list[Entity], headlines: list[tuple[int, int]]
) -> list[Entity]:
    """A name after a title is a person, whatever the model tagged it."""
    replaceable = frozenset(KEPT_LABELS)
    titles = lexicon.title_words()
    # Every token's start, read once: each title found is checked against all entities.
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    for match in _title_pattern().finditer(text):
        if _in_ranges(match.start(), headlines):
            continue
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if span is None:
            continue
        start, end = trimmed_span(doc, span.start, span.end)
        start = _after_inner_titles(doc, start, end)
        tokens = doc[start:end]
        if not len(tokens) or any(
            t.tag_ not in PROPER_TAGS and t.lower_ not in lexicon.name_particles() for t in tokens
        ):
            continue
        if (
            tokens[0].lower_ in titles
            or tokens[-1].text in institution_heads()
            or _is_country_like(name_key(tokens.text))
        ):
            continue
        if any(e.label not in ("PERSON", "GPE", "LOC", "ORG", "FAC") for e in entities
               if e.start < end and start < e.end):
            continue
        title_start, title_end = match.start(), match.start("name")
        # The title alone, or the title and a person's name ("Cllr Louise
        # Haddon", "General Petraeus" tagged as organisations: a given name, or
        # the surname of a person named) is no entity of its own; "General
        # Electric" is a firm's name.
        # An initial opening two or more names ("R. Ashok Kumar") is a person's too.
        initialled = len(tokens) > 2 and INITIAL.fullmatch(tokens[0].text) is not None
        given = initialled or lexicon.given_name_kind(tokens[0].text) is not None or any(
            e.label == "PERSON" and doc[e.end - 1].text == tokens[-1].text for e in entities
        )
        entities = [
            e for e in entities
            if not (title_start <= starts[e.start] and starts[e.end - 1] < title_end)
            and not (given and title_start <= starts[e.start] < title_end and e.end <= end)
        ]
        entities = put_entity(
            entities, make_entity(doc, start, end, "PERSON", anchored=True), replaceable
        )
    return entities


def _after_inner_titles(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after the rest of a title ("FBI General Counsel
    James Baker", "Chief Petty Officer Lyle White"): past the last title word
    or role noun that leaves two words or more of name."""
    roles = lexicon.role_heads() | lexicon.title_words()
    for i in range(end - 3, start - 1, -1):
        if doc[i].lower_.rstrip(".") in roles:
            return i + 1
    return start


def _recover_described_people(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Lindsey Pierce, chief economist at Stifel Financial, said ...": two or
    three capitalised words opening a sentence, then a comma and a role, are
    a person the model missed (it often does under a live blog's headline)."""
    taken = {i for e in entities for i in range(e.start, e.end)}
    roles = lexicon.role_heads() | lexicon.title_words()
    for sentence in doc.sents:
        start = sentence.start
        while start < sentence.end and doc[start].is_space:
            start += 1
        end = start
        while end < min(start + 3, len(doc)) and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end - start < 2 or end + 2 >= len(doc) or doc[end].text != ",":
            continue
        role_at = end + 1 if doc[end + 1].lower_ not in ("a", "an", "the") else end + 2
        described = any(
            doc[i].lower_ in roles and doc[i].pos_ in ("NOUN", "PROPN")
            for i in range(role_at, min(role_at + 2, len(doc)))
        )
        if not described or any(i in taken for i in range(start, end)):
            continue
        if doc[start].lower_ in roles or any(t.tag_ not in PROPER_TAGS for t in doc[start:end]):
            continue
        entities = put_entity(entities, make_entity(doc, start, end, "PERSON"), frozenset())
    return entities


def _surname_keys(doc: Doc, entities: list[Entity]) -> set[str]:
    """Keys of the last names of people named in full, with their spelling variants."""
    variants = lexicon.name_variants()
    keys = set()
    for entity in entities:
        if entity.label == "PERSON" and entity.end - entity.start > 1:
            last = name_key(doc[surname_start(doc, entity) : surname_end(doc, entity)].text)
            keys.add(variants.get(last, last))
    return keys


def _reads_as_full_name(doc: Doc, entity: Entity, lone_person_keys: set[str]) -> bool:
    """Two or three proper nouns, no institution word, ending in a surname met alone."""
    tokens = doc[entity.start : entity.end]
    last = name_key(tokens[-1].text)
    return (
        2 <= len(tokens) <= 3
        and lexicon.name_variants().get(last, last) in lone_person_keys
        and all(t.tag_ in PROPER_TAGS for t in tokens)
        and not any(t.text in institution_heads() for t in tokens)
    )


def _relabel(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Settle each entity's label from the lexicons and the rest of the article."""
    countries = lexicon.countries()
    variants = lexicon.name_variants()
    surnames = _surname_keys(doc, entities)
    votes: dict[str, Counter[str]] = {}
    for entity in entities:
        votes.setdefault(entity.key, Counter())[entity.label] += 1
    lone_person_keys = {
        variants.get(e.key, e.key)
        for e in entities
        if e.label == "PERSON" and e.end - e.start == 1
    }
    settled = []
    for entity in entities:
        key = entity.key
        label = entity.label
        if entity.anchored:
            settled.append(entity)
            continue
        if countries.country_of_demonym(key) and key not in countries.by_name:
            label = "NORP"
        elif key in lexicon.places():
            label = "LOC"
        elif key in countries.by_name or (key in countries.by_capital and label != "ORG"):
            label = "GPE"
        elif key in lexicon.org_acronyms() or key in lexicon.known_organizations():
            label = "ORG"
        elif (
            # (one word, "Vasquez-Hart" three tokens)
            (" " not in entity.text and variants.get(key, key) in surnames)
            or (label in ("ORG", "GPE", "LOC") and votes[key]["PERSON"])
            or (label == "ORG" and _reads_as_full_name(doc, entity, lone_person_keys))
        ):
            # A surname of someone named in full, a name tagged PERSON elsewhere,
            # or "Keir Starmer" taken for an organisation when "Starmer" is a person.
            label = "PERSON"
        elif label == "PERSON":
            count = votes[key]
            if count["GPE"] + count["LOC"] >= count["PERSON"]:
                label = "GPE" if count["GPE"] >= count["LOC"] else "LOC"
        settled.append(replace(entity, label=label))
    return settled


def surname_end(doc: Doc, entity: Entity) -> int:
    """Where the surname of a person entity ends, before "Jr." or "III"."""
    suffixes = lexicon.name_suffixes()
    end = entity.end
    while end - entity.start > 1 and (doc[end - 1].lower_ in suffixes or doc[end - 1].is_punct):
        end -= 1
    return end


def surname_start(doc: Doc, entity: Entity) -> int:
    """Where the surname of a person entity starts: "von der Leyen" in "Ursula von der Leyen"."""
    particles = lexicon.name_particles()
    start = surname_end(doc, entity) - 1
    # "Holtz-Eakin": a hyphenated surname is one name.
    while start - 2 >= entity.start and doc[start - 1].text == "-" and not (
        doc[start - 2].whitespace_ or doc[start - 1].whitespace_
    ):
        start -= 2
    while start > entity.start and doc[start - 1].lower_ in particles:
        before = doc[start - 1]
        # A capitalised particle is a first name ("Ben Hodges") unless it opens
        # a surname that goes on with a lower-case one ("Von der Leyen") or
        # that the article writes in lower case after a first name ("Bill de
        # Blasio ... De Blasio disbanded the unit").
        if not before.text.islower() and not (
            start - 1 == entity.start and (
                doc[start].text.islower()
                or f" {before.lower_} {doc[start].text}" in doc_text(doc)
            )
        ):
            break
        start -= 1
    return start


def _known_names(doc: Doc, entities: list[Entity]) -> tuple[set[str], set[str]]:
    """Names as written: of people (full names, surnames, variants), and of the others."""
    people: set[str] = set()
    others: set[str] = set()
    for entity in entities:
        if entity.label == "PERSON":
            surname = doc[surname_start(doc, entity) : surname_end(doc, entity)].text
            people |= {entity.text, surname, surname[:1].upper() + surname[1:]}
        elif entity.label != "NORP":
            others.add(entity.text)
    variants = lexicon.name_variants()
    for names in (people, others):
        canon_keys = {variants.get(name_key(n), name_key(n)) for n in names}
        names |= {v for v, c in _variant_spellings().items() if c in canon_keys}
    return {n for n in people if len(n) > 1}, {n for n in others if len(n) > 1}


@cache
def _name_start_pattern() -> re.Pattern[str]:
    """Words a name can start with: capitalised ones and lower-case particles ("von")."""
    particles = "|".join(re.escape(p) for p in lexicon.name_particles() if p.isalpha())
    return re.compile(rf"[^\W\d_a-z][^\W_]*|\b(?:{particles})\b")


def _find_names(
    text: str, people: set[str], others: set[str]
) -> list[tuple[int, int, bool]]:
    """Where known names occur in TEXT as whole words: (start, end, is a person's name).

    At each place a person's name wins, then the longest name. Looking each
    word up beats compiling a pattern of the article's names.
    """
    pattern = _name_start_pattern()
    by_first_word: dict[str, list[tuple[str, bool]]] = {}
    for names, is_person in ((people, True), (others, False)):
        for name in sorted(names, key=len, reverse=True):
            first = pattern.match(name)
            if first:
                by_first_word.setdefault(first.group(), []).append((name, is_person))
    found = []
    for word in pattern.finditer(text):
        candidates = by_first_word.get(word.group())
        if not candidates:
            continue
        start = word.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue
        for name, is_person in candidates:
            end = start + len(name)
            if text.startswith(name, start) and (end == len(text) or not text[end].isalnum()):
                found.append((start, end, is_person))
                break
    return found


@cache
def _variant_spellings() -> dict[str, str]:
    """Every listed spelling, as written, → the key of its canonical spelling."""
    mapping = {}
    for spellings in lexicon.load("name_variants")["variants"]:
        for spelling in spellings:
            mapping[spelling] = name_key(spellings[0])
    return mapping


def _add_known_names(
    doc: Doc, text: str, entities: list[Entity], headlines: list[tuple[int, int]]
) -> list[Entity]:
    """Find further mentions of names the article already gave.

    A surname the model did not tag ("Heisbourg and Arnold suggest") is a
    person when it is a proper noun; inside a headline every name already
    known from the body is taken.
    """
    variants = lexicon.name_variants()
    label_of_key: dict[str, str] = {}
    particles = lexicon.name_particles()
    for entity in entities:
        label_of_key.setdefault(entity.key, entity.label)
        if entity.label == "PERSON":
            surname = name_key(doc[surname_start(doc, entity) : surname_end(doc, entity)].text)
            label_of_key.setdefault(variants.get(surname, surname), "PERSON")
    matches = _find_names(text, *_known_names(doc, entities))
    covered = bytearray(len(text))
    covered_by_person = bytearray(len(text))
    for entity in entities:
        start, end = doc[entity.start].idx, doc[entity.end - 1].idx + len(doc[entity.end - 1])
        covered[start:end] = b"\x01" * (end - start)
        if entity.label == "PERSON":
            covered_by_person[start:end] = b"\x01" * (end - start)
    for match_start, match_end, is_person_name in matches:
        if covered[match_start] and covered[match_end - 1] and (
            covered_by_person[match_start] or not is_person_name
        ):
            continue
        span = doc.char_span(match_start, match_end)
        if span is None:
            continue
        key = name_key(span.text)
        label = label_of_key.get(key) or label_of_key.get(variants.get(key, key))
        if label is None:
            continue
        in_headline = _in_ranges(match_start, headlines)
        proper = _reads_as_name(span[-1]) and all(
            _reads_as_name(t) or t.lower_ in particles for t in span
        )
        if in_headline or (label == "PERSON" and proper):
            found = make_entity(doc, span.start, span.end, label)
            entities = put_entity(_displace_mistagged(doc, entities, found), found, frozenset())
    return entities


def _reads_as_name(token: Token) -> bool:
    """A capitalised noun: the tagger sometimes takes a sentence-initial surname for a plural."""
    return token.tag_ in PROPER_TAGS or (token.tag_ in NAME_LIKE_TAGS and token.text[:1].isupper())


def _displace_mistagged(doc: Doc, entities: list[Entity], name: Entity) -> list[Entity]:
    """Drop entities a known person's name overlaps if their other words are no names.

    The model tags "Von der Leyen later" as an organisation; "Trump Tower" stays.
    """
    if name.label != "PERSON":
        return entities
    kept = []
    for entity in entities:
        if entity.overlaps(name) and entity.label != "PERSON" and not entity.anchored:
            outside = [
                t for t in doc[entity.start : entity.end] if not name.start <= t.i < name.end
            ]
            if not any(t.tag_ in PROPER_TAGS for t in outside):
                continue
        kept.append(entity)
    return kept


def corrected_entities(doc: Doc, text: str | None = None) -> list[Entity]:
    """The article's people, organisations, places and nationalities, corrected, in text order.

    `text` is `doc.text` when the caller has it already: spaCy rebuilds it on
    every access, which costs as much as the rest of this function.
    """
    text = doc.text if text is None else text
    headlines = headline_ranges(text)
    repairs = entity_repairs
    entities = _model_entities(doc, headlines)
    entities = repairs.split_at_dashes(doc, _merge_split_names(doc, entities))
    entities = nicknamed_people(doc, text, entities)
    entities = repairs.join_over_for(doc, entities)
    entities = _recover_institutions(doc, text, entities, headlines)
    entities = recover_listed_bodies(doc, text, entities)
    entities = repairs.recover_country_bodies(doc, entities)
    entities = _recover_titled_people(doc, text, entities, headlines)
    entities = _recover_described_people(doc, entities)
    entities = repairs.recover_speaker_labels(doc, text, entities)
    entities = repairs.without_leading_common_words(doc, text, entities)
    entities = repairs.split_at_at(doc, repairs.without_leading_roles(doc, entities))
    entities = repairs.split_at_and(doc, repairs.without_trailing_titles(doc, entities))
    entities = repairs.titled_surnames(doc, repairs.people_by_cue(doc, _relabel(doc, entities)))
    entities = repairs.given_names_and_apposed_people(doc, entities)
    entities = repairs.couples_given_names(doc, repairs.honorific_people(doc, entities))
    return repairs.recover_administrations(doc, _add_known_names(doc, text, entities, headlines))
