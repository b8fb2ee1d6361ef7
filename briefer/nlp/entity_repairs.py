"""Entity spans the small model cuts, joins or misses, repaired from the text.

A spaced dash, "at" or "and" between two institutions ends a name, and
"for (the)" after one goes on to the name it cut off; an
abbreviated title ends no organisation's name; a name beside "who" or a
role is a person's, beside "which" no person's; a person's name before
"administration" names the government; transcript speaker labels, the
bodies the lexicons list and a country's lower-case ministries are names
the model misses (the listed bodies in `listed_bodies`). Each repair takes and
returns the corrected entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import DEP, LOWER

from briefer.nlp import lexicon
from briefer.nlp.entity_spans import (
    KEPT_LABELS,
    POSSESSIVE_ENDINGS,
    PROPER_TAGS,
    Entity,
    institution_heads,
    make_entity,
    name_connectors,
    put_entity,
    trimmed_span,
)
from briefer.nlp.listed_bodies import listed_bodies, listed_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DASHES = frozenset({"-", "–", "—", "--"})
# Labels the model gives a person's name apposed to a role ("The shadow chancellor, Rhodri Vane").
MISREAD_LABELS = frozenset({"FAC", "ORG", "LOC", "GPE", "PRODUCT", "WORK_OF_ART"})


def split_at_dashes(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the Senate Intelligence Committee - Mark Whitcomb, ...": a spaced dash
    ends a name; what follows is a name of its own, a person's when it opens
    with a given name."""
    split = []
    for entity in entities:
        dash = next((i for i in range(entity.start + 1, entity.end - 1)
                     if doc[i].text in DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_),
                    None)
        if dash is None or entity.anchored:
            split.append(entity)
            continue
        split.append(make_entity(doc, entity.start, dash, entity.label))
        start, end = trimmed_span(doc, dash + 1, entity.end)
        if start < end:
            label = "PERSON" if lexicon.first_name_gender(doc[start].text) else entity.label
            split.append(make_entity(doc, start, end, label))
    return split


def _names_body(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold an institution head or are a listed body's name."""
    heads = institution_heads()
    listed = listed_bodies()[0]
    text = doc[start:end].text
    return any(t.text in heads for t in doc[start:end]) or listed.fullmatch(text) is not None


def split_at_and(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the Federation of Small Businesses and the British Chambers of
    Commerce", "the Green Party and Plaid Cymru": two bodies joined by "and"
    are two names, when each side names a body on its own."""
    split = []
    for entity in entities:
        cut = next((i for i in range(entity.start + 1, entity.end - 1)
                    if doc[i].lower_ == "and"
                    and (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ == "the")), None)
        if cut is None or entity.label != "ORG" or entity.anchored:
            split.append(entity)
            continue
        new_phrase = doc[cut + 1].lower_ == "the"
        right = cut + 1 + new_phrase
        heads = institution_heads()
        listed = listed_bodies()[0].fullmatch(doc[right : entity.end].text) is not None
        # "Coastline Bank and Harbor Federal Credit Union": two complete names;
        # "Department of Health and Human Services" is one.
        complete = (
            cut - entity.start >= 2 and doc[cut - 1].text in heads
            and doc[entity.end - 1].text in heads
            and not any(t.lower_ in ("of", "for", "on") for t in doc[entity.start : cut])
        )
        if not (
            (new_phrase or listed or complete)
            and _names_body(doc, entity.start, cut) and _names_body(doc, right, entity.end)
            and "," not in doc[entity.start:cut].text
        ):
            split.append(entity)
            continue
        split += [make_entity(doc, entity.start, cut, "ORG"),
                  make_entity(doc, right, entity.end, "ORG")]
    return split


def without_trailing_titles(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Air Force Lt." of "Air Force Lt. Gen. Walter Pryszlak": a title
    ends no organisation's name, nor a seat ("MP") a person's."""
    kept = []
    for entity in entities:
        end = entity.end
        while end - entity.start > 1 and entity.label == "ORG" and lexicon.is_title_word(
            doc[end - 1].text
        ) and (doc[end - 1].text.endswith(".") or (end < len(doc) and doc[end].text == ".")):
            end -= 1  # an abbreviated title: "Lt.", "Gen." ("Department of Justice" stays)
        label = entity.label
        if end - entity.start > 2 and doc[end - 1].text.isupper() and (
            doc[end - 1].lower_ in lexicon.load("roles")["seat_titles"]
        ) and (label == "PERSON" or lexicon.first_name_gender(doc[entity.start].text)):
            end, label = end - 1, "PERSON"  # "Gina Pike MP": the seat is no part of the name
        kept.append(entity if end == entity.end else make_entity(doc, entity.start, end, label))
    return kept


def without_leading_common_words(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """ "Customers of Coastline Bank ...": a capitalised common word and "of"
    opening an organisation's name (the article writes the word in lower
    case elsewhere) are no part of it."""
    heads = institution_heads()
    kept = []
    for entity in entities:
        start = entity.start
        while start < entity.end - 1 and doc[start].text in name_connectors():
            start += 1  # "of Pellow Bank": the word before "of" was left out already
        if start != entity.start and entity.label == "ORG" and not entity.anchored:
            entity = make_entity(doc, start, entity.end, "ORG")
        first = doc[entity.start]
        if (
            entity.label == "ORG" and not entity.anchored and entity.end - entity.start > 2
            and doc[entity.start + 1].lower_ == "of" and first.text not in heads
            and first.text[:1].isupper()
            and re.search(rf"(?<![\w-]){re.escape(first.lower_)}(?![\w-])", text)
        ):
            kept.append(make_entity(doc, entity.start + 2, entity.end, "ORG"))
        else:
            kept.append(entity)
    return kept


def without_leading_roles(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Dr Hannah Okwu, Senior Economist, Castlebridge Institute;" with
    "Economist, Castlebridge Institute" tagged as one organisation: a role
    word and a comma open no organisation's name."""
    roles = lexicon.role_heads()
    kept = []
    for entity in entities:
        start = entity.start
        while (
            entity.label == "ORG" and not entity.anchored and start + 2 < entity.end
            and doc[start].lower_ in roles and doc[start + 1].text == ","
        ):
            start += 2
        kept.append(entity if start == entity.start else make_entity(doc, start, entity.end, "ORG"))
    return kept


def split_at_at(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Pandemic Center at Brown University School of Public Health": an
    institution "at" another is two bodies, the first part of the second."""
    heads = institution_heads()
    split = []
    for entity in entities:
        at = next((i for i in range(entity.start + 1, entity.end - 1) if doc[i].lower_ == "at"),
                  None)
        if (
            at is None or entity.label != "ORG" or entity.anchored
            or not any(t.text in heads for t in doc[entity.start : at])
            or not any(t.text in heads for t in doc[at + 1 : entity.end])
        ):
            split.append(entity)
            continue
        split += [
            make_entity(doc, entity.start, at, "ORG"), make_entity(doc, at + 1, entity.end, "ORG")
        ]
    return split


def people_by_cue(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """A name the model took for an organisation is a person's when it opens
    with a given name and the sentence says so: "Harjit Sandhu, who chairs
    ...", "its chief executive, Amanda Pritchard-Lowe, said", or lists it with
    people ("Kimberly Morris, Anthony Disla and Roy Fernandez")."""
    roles = lexicon.role_heads()
    people = []
    for entity in entities:
        start, end = entity.start, entity.end
        after = doc[end : end + 2]
        relative = len(after) == 2 and after[0].text == "," and after[1].lower_ == "who"
        which = len(after) == 2 and after[0].text == "," and after[1].lower_ == "which"
        if entity.label == "PERSON" and which and not entity.anchored:
            people.append(replace(entity, label="ORG"))  # "Orbitrax, which operates ..."
            continue
        if entity.label != "ORG" or entity.anchored:
            people.append(entity)
            continue
        if start > 0 and doc[start - 1].tag_ in PROPER_TAGS and doc[start - 1].ent_type_ == "" and (
            relative or lexicon.first_name_gender(doc[start - 1].text)
        ):
            start -= 1  # "Harjit" left out of "Sandhu"
        words = [t for t in doc[start:end] if t.text not in ("-", "‐")]
        role_before = start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in roles
        role_after = end < len(doc) and doc[end].text == "," and any(
            t.lower_ in roles for t in doc[end + 1 : end + 6]
        )
        apposed = role_before or role_after
        root = doc[start:end].root
        # "victims: Kimberly Morris, Anthony Disla and Roy Fernandez": listed with people.
        listed = any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children) or (
            root.dep_ == "conj" and root.head.ent_type_ == "PERSON"
        )
        given = lexicon.first_name_gender(words[0].text) if words else None
        if listed and words and not given:
            given = lexicon.given_name_kind(words[0].text)
        if (
            2 <= len(words) <= 4
            and all(t.tag_ in PROPER_TAGS for t in words)
            and (relative or given)
            and not any(t.text in institution_heads() for t in words)
            and (relative or apposed or listed)
        ):
            people.append(make_entity(doc, start, end, "PERSON", anchored=True))
        else:
            people.append(entity)
    return people


def given_names_and_apposed_people(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Its chief executive, Anders Holm," with only "Holm" tagged, and "WADA's
    director general, Anders Fjelstad," with neither: a known given name the
    model cut off a person's name belongs to it, and two or three proper
    nouns opening with one, apposed to a role noun or the subject of "is" and
    a role, are a person."""
    taken = {i for e in entities for i in range(e.start, e.end)}
    kept = []
    for entity in entities:
        before = doc[entity.start - 1] if entity.start > 0 else None
        if (
            entity.label == "PERSON" and not entity.anchored and before is not None
            and before.i not in taken and before.tag_ in PROPER_TAGS
            and before.dep_ == "compound" and entity.start <= before.head.i < entity.end
            and lexicon.first_name_gender(before.text)
        ):
            entity = make_entity(doc, entity.start - 1, entity.end, "PERSON")
        kept.append(entity)
    roles = lexicon.role_heads()
    for token in _tokens_with_dep(doc, ("nsubj", "appos")):
        head = token.head
        if head.dep_ == "pobj" and head.head.lower_ in ("of", "for", "at"):
            head = head.head.head  # "The head of the National Association of ..., Curtis Blaylock"
        apposed_role = next(
            (c for c in token.children if c.dep_ == "appos" and c.lower_ in roles), None
        )
        if token.dep_ == "nsubj" and head.lemma_ == "be":
            # "Chad Brower is the Reginald Hale Senior Fellow at ...": a role said with "is".
            head = next((c for c in head.children if c.dep_ == "attr"), head)
        elif token.dep_ == "nsubj" and apposed_role is not None:
            # '"...," Leila Farouk, the ILO's director for South Asia, said': a
            # role in apposition after the name (read as a work's title after a quote).
            head = apposed_role
        elif token.dep_ != "appos":
            continue
        if head.lower_ not in roles:
            continue
        start = token.left_edge.i
        words = doc[start : token.i + 1]
        # Free words, or one name the model gave another label ("Rhodri Vane" as a
        # place, or "Reyes" of "Jacinta Reyes" as an organisation).
        misread = [
            e for e in kept if start <= e.start and e.end == token.i + 1
            and e.label in MISREAD_LABELS and not e.anchored
        ]
        if (
            2 <= len(words) <= 3 and all(t.tag_ in PROPER_TAGS for t in words)
            and (misread or not any(t.i in taken for t in words))
            and lexicon.first_name_gender(words[0].text)
            and not any(t.text in institution_heads() for t in words)
        ):
            person = make_entity(doc, start, token.i + 1, "PERSON")
            kept = [e for e in kept if e not in misread]
            kept = put_entity(kept, person, frozenset())
    return kept


def _tokens_with_dep(doc: Doc, deps: tuple[str, ...]) -> list[Token]:
    """The tokens with one of these dependency labels, read from the doc's array
    rather than token by token (most tokens have none of them)."""
    return _tokens_with(doc, DEP, deps)


def _tokens_with_lower(doc: Doc, words: set[str]) -> list[Token]:
    """The tokens whose lower case is one of WORDS, read the same way."""
    return _tokens_with(doc, LOWER, words)


def _tokens_with(doc: Doc, attribute: int, values: Iterable[str]) -> list[Token]:
    if not len(doc):
        return []
    wanted = {doc.vocab.strings.add(v) for v in values}
    column = doc.to_array([attribute]).tolist()
    return [doc[i] for i, value in enumerate(column) if value in wanted]


def honorific_people(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Members present: Dame Harriet Vale (Chair)", "Dr Hannah Okwu": an
    honorific, a known given name and one or two more capitalised words are a
    person, whatever the model made of them."""
    honorifics = {h.rstrip(".") for h in lexicon.honorifics()}
    for token in _tokens_with_lower(doc, {f for h in honorifics for f in (h, h + ".")}):
        if token.i >= len(doc) - 2:
            continue
        start = token.i + 1 if doc[token.i + 1].text != "." else token.i + 2
        if start >= len(doc) or not lexicon.first_name_gender(doc[start].text):
            continue
        end = start + 1
        while end < min(start + 3, len(doc)) and doc[end].tag_ in PROPER_TAGS and (
            doc[end].text[:1].isupper() and not lexicon.is_title_word(doc[end].text)
        ):
            end += 1
        if end - start < 2 or any(t.text in institution_heads() for t in doc[start:end]):
            continue
        overlapping = [e for e in entities if e.start < end and start < e.end]
        if any(e.label == "PERSON" or e.anchored or e.start < token.i for e in overlapping):
            continue
        kept = [e for e in entities if e not in overlapping or e.end > end]
        if len(kept) != len(entities) - len(overlapping):
            continue  # a longer name runs on past the person's
        entities = put_entity(kept, make_entity(doc, start, end, "PERSON"), frozenset())
    return entities


def couples_given_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Khalid and Amina Rahman": a known given name alone before "and" and a
    person's full name is a person the model missed (it shares the surname)."""
    taken = {i for e in entities for i in range(e.start, e.end)}
    for person in [e for e in entities if e.label == "PERSON" and e.end - e.start > 1]:
        at = person.start - 2
        if at < 0 or doc[at + 1].lower_ not in ("and", "&") or at in taken:
            continue
        given = doc[at]
        if (
            given.tag_ in PROPER_TAGS and lexicon.first_name_gender(given.text)
            and lexicon.first_name_gender(doc[person.start].text)
        ):
            entities = put_entity(entities, make_entity(doc, at, at + 1, "PERSON"), frozenset())
    return entities


def recover_administrations(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "The Biden administration", "the Obama White House": a person's name
    before "administration" or before a listed body's name, read as one
    person, names the government, not the person."""
    heads = frozenset({"administration"})
    listed = listed_names()
    found = []
    for entity in entities:
        end = entity.end
        if entity.label == "PERSON" and end < len(doc) and doc[end].lower_ in heads:
            found.append(make_entity(doc, entity.start, end + 1, "ORG", anchored=True))
        elif entity.label == "PERSON" and any(
            " ".join(t.lower_ for t in doc[i:end]) in listed
            for i in range(entity.start + 1, end)
        ):
            found.append(make_entity(doc, entity.start, end, "ORG", anchored=True))
        else:
            found.append(entity)
    return found


SPEAKER_LABEL = re.compile(r"^[ \t\"“]*([A-Z][A-Z.'’ -]*[A-Z])\s*:[ \t]+(?=\S)", re.MULTILINE)
SPEAKER_LABEL_WORDS = 4


def recover_speaker_labels(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """ "MARGARET BRENNOCK:", "MR. MORROW:", "SEN. BILL CASHMAN:" opening a
    transcript turn name a person (titles left out); "QUESTION:" names nobody."""
    unnamed = frozenset(lexicon.load("speech")["unnamed_speaker_labels"])
    for match in SPEAKER_LABEL.finditer(text):
        label = match.group(1)
        if len(label.split()) > SPEAKER_LABEL_WORDS or " ".join(label.lower().split()) in unnamed:
            continue
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None:
            continue
        start, end = span.start, span.end
        while start < end and (lexicon.is_title_word(doc[start].text) or doc[start].is_punct):
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if start < end and doc[start:end].text.replace(".", "").strip():
            # "SEN" of "SEN. CASHMAN:" is a title, no organisation.
            entities = [e for e in entities if not (span.start <= e.start and e.end <= start)]
            entities = put_entity(entities, make_entity(doc, start, end, "PERSON", anchored=True),
                            frozenset(KEPT_LABELS))
    return entities


def recover_country_bodies(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "Mexico's economy ministry", "the Saudi energy ministry", "the Russian
    embassy": a body of a country's state named in lower case is one
    organisation, not a mention of the country."""
    heads = frozenset(lexicon.load("organizations")["country_body_heads"])
    countries = lexicon.countries()
    for entity in [e for e in entities if e.label in ("GPE", "NORP")]:
        if countries.country_of_name(entity.key) is None and (
            countries.country_of_demonym(entity.key) is None
        ):
            continue
        at = entity.end
        if at < len(doc) and doc[at].text in POSSESSIVE_ENDINGS and entity.label == "GPE":
            at += 1
        end = at
        while end < min(at + 3, len(doc)) and doc[end].text.islower() and doc[end].is_alpha:
            end += 1
            if doc[end - 1].lower_ in heads:
                entities = put_entity(
                    entities, make_entity(doc, entity.start, end, "ORG"),
                    frozenset({"GPE", "NORP", "ORG"}),
                )
                break
    return entities


def titled_surnames(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "General Petraeus got in trouble", with David Petraeus named: a title
    and the surname of a person the article names, taken for an
    organisation, is that person (the title no part of the name); so is
    such a surname after a title outside the name ("Dr. Vasquez-Hart")."""
    surnames = {
        e.text.split()[-1] for e in entities if e.label == "PERSON" and len(e.text.split()) > 1
    }
    repaired = []
    for entity in entities:
        if (
            entity.label == "ORG" and entity.end - entity.start == 2
            and lexicon.is_title_word(doc[entity.start].lower_)
            and doc[entity.start + 1].text in surnames
        ):
            entity = make_entity(doc, entity.start + 1, entity.end, "PERSON")
        elif (
            entity.label == "ORG" and entity.text in surnames and entity.start > 0
            and lexicon.is_title_word(doc[entity.start - 1].text)
        ):
            entity = make_entity(doc, entity.start, entity.end, "PERSON")
        repaired.append(entity)
    return repaired



def join_over_for(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """ "the U.S. Court of Appeals for the 9th Circuit": an institution's name
    goes on over "for (the)" to the name the model cut off after it."""
    heads = institution_heads()
    joined: list[Entity] = []
    for entity in entities:
        previous = joined[-1] if joined else None
        # Only a gap of one or two words can be "for (the)": longer ones are not read.
        gap = (
            [t.lower_ for t in doc[previous.end : entity.start]]
            if previous is not None and 0 < entity.start - previous.end <= 2
            else []
        )
        if (
            previous is not None
            and previous.label == entity.label == "ORG"
            and gap in (["for"], ["for", "the"])
            and any(t.text in heads for t in doc[previous.start : previous.end])
            and doc[entity.end - 1].text[:1].isupper()
        ):
            joined[-1] = make_entity(doc, previous.start, entity.end, "ORG")
        else:
            joined.append(entity)
    return joined
