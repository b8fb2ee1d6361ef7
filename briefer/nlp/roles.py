"""Roles and affiliations of a named person, read from the words around the name.

The shapes news prose uses:
- a title before the name: "UK Prime Minister Keir Starmer", "health
  commissioner Dr. Ann Lee", "incumbent Tate Rollins";
- a role before the name and a comma: "Russia's foreign minister, Sergei
  Lavrov,", "Another commissioner, Dr. Ann Lee,";
- an apposition after it: "Ed Arnold, a European security expert at the Royal
  United Services Institute," where "at the ORG" gives the affiliation, also
  after "of PLACE" ("Gov. Ray Hollis of Alabama, a Democrat,");
- a relative clause after the name or its apposition ("who chairs the ...");
- a role shared by a list of names: "Reps. A and B, both Democrats on the
  committee,", "four senators - A, B, C and D - said";
- a copular sentence: "A is the senior fellow at ORG and a former ...".
Each looks only at a few tokens next to the name, never the whole document.
The module runs past 600 lines because every construction shares the same
walking helpers (title start, apposition bounds, affiliation cut); split, they
would import each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefer.nlp import lexicon
from briefer.nlp.entities import make_entity
from briefer.nlp.lexicon import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefer.nlp.entities import Entity

MAX_TITLE_TOKENS = 7
MAX_APPOSITION_TOKENS = 24
MAX_LISTED_NAMES = 8
ARTICLES = frozenset({"a", "an", "the"})
# "Its chief executive, Karen Whitlock,": a possessive may open a role before a comma.
POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})
# Word classes that end a title walking leftwards from the name.
TITLE_STOP_POS = frozenset(
    {"DET", "ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "ADV", "INTJ", "SYM"}
)
APPOSITION_END = frozenset({",", ";", ".", "(", ")", ":", "—", "–", '"', "“", "”"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
RELATIVE_WORDS = frozenset({"who", "which", "that", "whose", "whom"})
# "Sanders, 48 percent to 45 percent among ...", "Smith, 45, a teacher": no role.
APPOSITION_BAD_START = frozenset(
    {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "PART", "ADV", "NUM"}
)


# Small words inside a title, lower case even in a Title Case heading ("Secretary of Defense").
TITLE_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "to"})
# How far back "the senator, who ..." may refer to the person last named.
MAX_REFERENCE_TOKENS = 120
REFERENCE_READINGS_KEY = "briefer_reference_readings"
# "Kevin Albright, now a partner at ...": adverbs that may open an apposition.
APPOSITION_ADVERBS = frozenset({"now", "currently", "also", "still"})
# "Another commissioner, Sean Cooke,": words that may stand before a role and its comma.
ROLE_DETERMINERS = frozenset({"another", "one", "each", "this", "that"})
# "four senators - A, B and C - said": marks that open a list of names after its role.
LIST_OPENERS = frozenset({"-", "—", "–", ":", "("})


@dataclass(frozen=True)
class RoleReading:
    """A role found next to one mention, with the organisation it names, if
    any. `phrase` is the whole role with its affiliation ("head of Cyber
    Command and the National Security Agency") when the role names one;
    `more_bodies` says the phrase names more than that one organisation."""

    role: str
    affiliation: Entity | None = None
    phrase: str = ""
    more_bodies: bool = False


def _is_role_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lower_ in lexicon.title_words() or token.lower_ in lexicon.role_heads()
    )


def _is_name_title(token: Token) -> bool:
    """A capitalised title or honorific written with a name ("Prince",
    "Lieutenant", "Dr.", "Capt."), skipped between a role and its name."""
    lowered = token.lower_
    abbreviations = lexicon.title_abbreviations()
    return token.text[:1].isupper() and (
        lowered in lexicon.title_words()
        or lowered in lexicon.honorifics()
        or lowered in abbreviations
        or lowered + "." in abbreviations
        or lowered in abbreviations.values()
    )


def _ends_line(token: Token) -> bool:
    """Whether a line break follows TOKEN (a heading, a byline, a transcript label)."""
    return token.is_space or "\n" in token.whitespace_


def _name_end(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> int:
    """The token after a name and what belongs to it: "of Louisiana" ("Gov.
    Jeff Broussard of Louisiana,"), "of Dunmore" ("Lord Hartley of Dunmore,"),
    a short parenthesis ("(R-Ohio)")."""
    i = entity.end
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].text[:1].isupper():
        place = entity_at.get(i + 1)
        if place is not None and place.label in ("GPE", "LOC"):
            return place.end
        if place is None and doc[i + 1].pos_ == "PROPN":
            j = i + 1
            while j < min(len(doc), i + 4) and doc[j].pos_ == "PROPN" and j not in entity_at:
                j += 1
            return j
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + 7)) if doc[j].text == ")"), None)
        if close is not None and not any(t.pos_ == "VERB" for t in doc[i + 1 : close]):
            return close + 1
    return i


def _label_at(entity_at: dict[int, Entity], i: int) -> str:
    found = entity_at.get(i)
    return found.label if found is not None else ""


def _lexicon_title_start(doc: Doc, head: int) -> int:
    """The start of the longest listed title ending at HEAD ("Secretary of State")."""
    titles = lexicon.titles()
    for size in (4, 3, 2):
        start = head - size + 1
        if start >= 0 and " ".join(t.lower_ for t in doc[start : head + 1]) in titles:
            return start
    return head


def _title_start(doc: Doc, head: int, entity_at: dict[int, Entity]) -> int:
    """Walk left from the title's head word over its modifiers; return where the title starts."""
    start = _lexicon_title_start(doc, head)
    capitalised = doc[start].text[:1].isupper()
    i = start - 1
    while i >= max(0, head - MAX_TITLE_TOKENS):
        token = doc[i]
        if _ends_line(token):
            break  # a heading above the line is no part of the title
        if _label_at(entity_at, i) == "PERSON":
            person = entity_at[i]
            if person.end <= head and doc[person.end].lower_ in lexicon.body_kind_nouns():
                start = person.start  # "a Pressler campaign spokeswoman"
                i = start - 1
                continue
            break
        if token.tag_ == "NNS":
            break
        if capitalised and token.tag_ == "NN" and token.text.islower():
            break  # "fellow candidate Texas Senator Ted Cruz": the title is "Texas Senator".
        capitalised = capitalised or token.text[:1].isupper()
        if token.tag_ == "POS":
            # "Russia's foreign minister": keep the possessor when it is a name.
            if i > 0 and _label_at(entity_at, i - 1) in ("GPE", "ORG"):
                start = entity_at[i - 1].start
                i = start - 1
                continue
            # "Reform's candidate": a capitalised possessor the model left untagged.
            j = i - 1
            while (
                j >= max(0, i - 3) and doc[j].text[:1].isupper()
                and doc[j].pos_ in ("PROPN", "NOUN") and j not in entity_at
            ):
                j -= 1
            if j < i - 1:
                start = j + 1
            break
        if (
            token.text == "." and i > 0 and not doc[i - 1].whitespace_
            and doc[i - 1].lower_ + "." in lexicon.title_abbreviations()
        ):
            i -= 1  # "Lt" "." of "Lt. Gov.": the abbreviation's own full stop
            continue
        if token.text == "-" and i > 0 and doc[i - 1].lower_ in ("then", "ex", "former"):
            start = i - 1  # "then-Sen. Barack Obama"
            break
        if (token.is_punct and token.text != "-") or token.like_num or token.ent_type_ in (
            "DATE", "TIME"
        ):
            break
        if token.lower_ in ARTICLES or token.pos_ in TITLE_STOP_POS:
            if token.lower_ in lexicon.expert_words().former:
                start = i
                i -= 1
                continue
            break
        start = i
        i -= 1
    return start


def _title_reading(doc: Doc, start: int, end: int, entity_at: dict[int, Entity]) -> RoleReading:
    """The title doc[start:end], with the organisation it names ("European
    Commission") or, failing one, the person it serves ("press secretary for
    Putin", "Obama's counterterrorism adviser"); short titles are written
    out ("Sen." -> "senator")."""
    org = next(
        (entity_at[i] for i in range(start, end) if _label_at(entity_at, i) == "ORG"
         and not _is_member_word(doc, entity_at[i])), None
    ) or next(
        (entity_at[i] for i in range(start, end) if _label_at(entity_at, i) == "PERSON"
         and not lexicon.is_title_word(entity_at[i].text)  # "Govs" taken for a name
         and (_serves(doc, entity_at[i], start) or _before_body_noun(doc, entity_at[i]))),
        None,
    )
    if (
        org is not None and org.label == "PERSON" and org.start == start
        and org.end < end - 1 and doc[org.end].lower_ in lexicon.body_kind_nouns()
    ):
        # "Pressler campaign spokeswoman": a campaign spokeswoman of the
        # Pressler campaign; the candidate's name is no part of her role.
        campaign = make_entity(doc, org.start, org.end + 1, "ORG")
        role = expanded_title(doc[org.end : end].text)
        return RoleReading(role, campaign, expanded_title(doc[start:end].text))
    role = expanded_title(doc[start:end].text)
    return RoleReading(role, org, role if org is not None else "")


def expanded_title(role: str) -> str:
    """"Sen." -> "senator", "Reps." -> "representative", "Lt. Gov." ->
    "lieutenant governor"; longer roles keep their words, each short title
    in them written out ("former Sen." -> "former senator")."""
    abbreviations = lexicon.title_abbreviations()
    whole = role.strip().lower()
    if whole in abbreviations:
        return abbreviations[whole]
    words = [
        # "SECRETARY" in a transcript label: a title, not an acronym; "Of" in a heading.
        w.lower() if (w.isupper() and len(w) > 3 and w.lower() in lexicon.title_words())
        or (i > 0 and w.lower() in TITLE_CONNECTORS) else w
        for i, w in enumerate(role.split())
    ]
    return " ".join(_expanded_word(w, abbreviations) for w in words).lstrip("-")


def _expanded_word(word: str, abbreviations: dict[str, str]) -> str:
    """ "Sen." -> "senator", "then-Sen." -> "then-senator"."""
    prefix, _, last = word.rpartition("-")
    if not last.endswith("."):
        return word
    return (f"{prefix}-" if prefix else "") + abbreviations.get(last.lower(), last)


def title_before(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "French President" in "French President Emmanuel Macron"; an
    honorific between them is skipped ("health commissioner Dr. Ann Lee"),
    a role word the model tags as an adjective counts ("incumbent Tate
    Rollins")."""
    head = entity.start - 1
    honorifics = lexicon.honorifics()
    if head >= 1 and doc[head].lower_ in honorifics:
        head -= 1
    elif head >= 2 and doc[head].text == "." and doc[head - 1].lower_ + "." in honorifics:
        head -= 2
    if (
        head >= 1
        and doc[head].text == "."
        and doc[head - 1].lower_ + "." in lexicon.title_abbreviations()
        and doc[head - 1].idx + len(doc[head - 1].text) == doc[head].idx
    ):
        # "Reps. Elijah Cummings", tokenized "Reps" ".": the abbreviation is the title.
        return _title_reading(doc, _title_start(doc, head - 1, entity_at), head + 1, entity_at)
    if head < 0 or _ends_line(doc[head]):
        return None
    of_title = _of_title_start(doc, head, entity_at)
    if of_title is not None:
        return _title_reading(doc, of_title, head + 1, entity_at)
    adjective_role = doc[head].pos_ == "ADJ" and doc[head].lower_ in lexicon.role_heads()
    if not (_is_role_noun(doc[head]) or adjective_role):
        return None
    return _title_reading(doc, _title_start(doc, head, entity_at), head + 1, entity_at)


def _of_title_start(doc: Doc, head: int, entity_at: dict[int, Entity]) -> int | None:
    """Where a capitalised "TITLE of DOMAIN" before a name starts ("Secretary
    of Homeland Security", "Director of National Intelligence", "Secretary Of
    Defense" in a headline), or None when the words before the name are no such title."""
    for k in range(head, max(head - 5, 0), -1):
        word = doc[k]
        if word.lower_ == "of" and k < head:
            title = doc[k - 1]
            is_title = title.text[:1].isupper() and (
                title.lower_ in lexicon.title_words() or title.lower_ in lexicon.role_heads()
            )
            return _title_start(doc, k - 1, entity_at) if is_title else None
        if not (word.text[:1].isupper() or word.lower_ in TITLE_CONNECTORS | {"&"}) or _label_at(
            entity_at, k
        ) == "PERSON" or (k < head and _ends_line(word)):
            return None
    return None


def shared_title(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> RoleReading | None:
    """A plural title before a list of names gives each its role: "Reps.
    Jerrold Nash and Linda Okafor", "Sens. Ellison, Ruiz and Brandt". Walks
    back over at most `MAX_LISTED_NAMES` names."""
    current = entity
    for _ in range(MAX_LISTED_NAMES):
        i = current.start - 1
        if i < 1 or doc[i].lower_ not in ("and", ","):
            return None
        previous = entity_at.get(i - 1)
        if previous is None or previous.label != "PERSON":
            return None
        reading = title_before(doc, previous, entity_at)
        if reading is not None:
            before_name = previous.start - 1
            if doc[before_name].text == "." and before_name > 0:
                before_name -= 1  # "Reps" "."
            plural = any(
                t.lower_.rstrip(".").endswith("s") and (_is_name_title(t) or _is_role_noun(t))
                for t in doc[_title_start(doc, before_name, entity_at) : before_name + 1]
            )
            return reading if plural else None
        current = previous
    return None


def role_before_comma(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """ "Russia's foreign minister" in "Russia's foreign minister, Sergei Lavrov, said"."""
    comma = entity.start - 1
    while comma > 0 and (
        _is_name_title(doc[comma])
        or (doc[comma].text == "." and _is_name_title(doc[comma - 1]))
    ):
        comma -= 1  # "Its commissioner, Dr. Robert Kalman,", "..., Prince Khalid bin Saad,"
    head = comma - 1
    if head < 0 or doc[comma].text != ",":
        return None
    if not _is_role_noun(doc[head]) or _label_at(entity_at, head) == "ORG":
        head = _role_before_phrase(doc, comma, entity_at)  # "A spokesman for the department,"
        if head is None:
            return None
    after = _name_end(doc, entity, entity_at)
    if after < len(doc) and doc[after].text not in (",", ".", ";"):
        return None
    start = _title_start(doc, head, entity_at)
    before = doc[start - 1] if start > 0 else None
    if (
        before is not None
        and before.lower_ not in ARTICLES | POSSESSIVES | ROLE_DETERMINERS
        and not before.is_punct
        and not _ends_line(before)
    ):
        return None
    if head < comma - 1:
        return _split_affiliation(doc, start, comma, entity_at)
    return _title_reading(doc, start, head + 1, entity_at)


def _role_before_phrase(doc: Doc, comma: int, entity_at: dict[int, Entity]) -> int | None:
    """The role noun a short "for/of/at ..." phrase before COMMA hangs on, if any."""
    for j in range(comma - 1, max(comma - 7, 1), -1):
        if j in entity_at:
            continue  # "of" inside "the Department of Defense"
        if doc[j].lower_ in ("for", "of", "at") and doc[j].head.i == j - 1:
            return j - 1 if _is_role_noun(doc[j - 1]) else None
    return None


def _is_member_word(doc: Doc, entity: Entity) -> bool:
    """A one-word body name that says what its members are ("Democrats", "Republican"):
    a role of the person it describes, not the body they work at."""
    return entity.end - entity.start == 1 and _role_word(doc[entity.start])


def _role_word(token: Token) -> bool:
    """A role noun, singular or plural ("senator", "Democrats")."""
    return _is_role_noun(token) or _is_plural_role(token)


def _is_plural_role(token: Token) -> bool:
    """ "senators", "Democrats" (not "states", a word of "secretary of state")."""
    return token.tag_ in ("NNS", "NNPS") and _singular(token).lower() in lexicon.role_heads()


def _singular(token: Token) -> str:
    """ "senators" -> "senator", "Democrats" -> "Democrat"."""
    lemma = token.lemma_
    if lemma.lower() == token.lower_ and token.lower_.endswith("s"):
        lemma = token.text[:-1]
    return token.text[:1] + lemma[1:] if lemma[:1].lower() == token.text[:1].lower() else lemma


def _singular_reading(doc: Doc, reading: RoleReading, start: int, end: int) -> RoleReading:
    """A role read for a list of people, said of one of them ("Democrats on
    the committee" -> "Democrat on the committee")."""
    role, phrase = reading.role, reading.phrase
    for token in doc[start:end]:
        if _is_plural_role(token):
            word = re.compile(rf"\b{re.escape(token.text)}\b")
            role = word.sub(_singular(token), role, count=1)
            phrase = word.sub(_singular(token), phrase, count=1)
    return replace(reading, role=role, phrase=phrase)


def _before_body_noun(doc: Doc, person: Entity) -> bool:
    """ "Pressler campaign": a name before a kind of body names that body."""
    return person.end < len(doc) and doc[person.end].lower_ in lexicon.body_kind_nouns()


def _names_body(doc: Doc, person: Entity) -> bool:
    """Whether a name the model took for a person follows a kind of body
    ("the advocacy group Public Citizen") and so names that body."""
    return person.start > 0 and doc[person.start - 1].lower_ in lexicon.body_kind_nouns()


def apposition_after(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> list[RoleReading]:
    """The roles (and affiliations) in "NAME, a special adviser at the ORG in Paris,".

    Coordinated roles ("a tax lawyer at X and a senior fellow at Y") give one
    reading each. After a list of names the apposition must be said of each
    ("A and B, both Democrats on the committee,") and is read in the singular.
    """
    names = _listed_names(doc, entity, entity_at)
    comma = _name_end(doc, names[-1], entity_at)
    bounds = _apposition_bounds(doc, comma, entity_at)
    if bounds is None:
        return []
    start, end = bounds
    if len(names) == 1:
        return _role_parts(doc, start, end, entity_at)
    said_of_each = doc[comma + 1].lower_ in lexicon.list_quantifiers() or any(
        _is_plural_role(t) for t in doc[start:end]
    )
    if not said_of_each:
        return []
    return [_singular_reading(doc, r, start, end) for r in _role_parts(doc, start, end, entity_at)]


def _role_parts(
    doc: Doc, start: int, end: int, entity_at: dict[int, Entity]
) -> list[RoleReading]:
    """One reading per role of doc[start:end], cut at "and a"/"and an"."""
    cuts = [
        i for i in range(start + 1, end - 1)
        if doc[i].lower_ == "and" and doc[i + 1].lower_ in ("a", "an")
    ]
    readings = []
    for part_start, part_end in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
        if doc[part_start].lower_ in ARTICLES:
            part_start += 1
        if any(_role_word(t) for t in doc[part_start:part_end]):
            reading = _split_affiliation(doc, part_start, part_end, entity_at)
            if reading is not None:
                readings.append(reading)
    return readings


def _listed_names(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> list[Entity]:
    """The names of the list ENTITY stands in ("A, B and C"), in order; just
    ENTITY when it stands alone. At most `MAX_LISTED_NAMES` each way."""

    def person_at(i: int) -> Entity | None:
        found = entity_at.get(i)
        if found is None or found.label != "PERSON":
            return None
        # "Lisa Monaco, Obama's counterterrorism adviser": a possessor is no list item.
        possessive = found.end < len(doc) and doc[found.end].tag_ == "POS"
        return None if possessive else found

    names = [entity]
    for _ in range(MAX_LISTED_NAMES):
        i = names[0].start - 1
        if i >= 1 and doc[i].lower_ == "and" and doc[i - 1].text == ",":
            i -= 1
        previous = person_at(i - 1) if i >= 1 and doc[i].lower_ in (",", "and") else None
        if previous is None:
            break
        names.insert(0, previous)
    for _ in range(MAX_LISTED_NAMES):
        i = names[-1].end
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "and":
            i += 1
        following = person_at(i + 1) if i + 1 < len(doc) and doc[i].lower_ in (",", "and") else None
        if following is None or following.start != i + 1:
            break
        names.append(following)
    return names


def _apposition_bounds(
    doc: Doc, comma: int, entity_at: dict[int, Entity]
) -> tuple[int, int] | None:
    """The tokens of an apposition that names a role, opening at the comma
    COMMA, without its commas, an opening "now" or "both". A body's name
    inside it may hold commas ("the Senate Health, Education, Labor and
    Pensions Committee")."""
    if comma >= len(doc) - 1 or doc[comma].text != ",":
        return None
    first = comma + 1
    openers = APPOSITION_ADVERBS | lexicon.list_quantifiers()
    if doc[first].lower_ in openers and first + 1 < len(doc):
        first += 1  # "now a partner at ...", "both Democrats on ..."
    led_by_participle = (
        doc[first].tag_ in ("VBG", "VBN")
        and first + 1 < len(doc)
        and _is_role_noun(doc[first + 1])
    )  # "managing director at ...", "acting head of ..."
    if doc[first].pos_ in APPOSITION_BAD_START and not led_by_participle:
        return None  # "Obama, dedicating the museum, said": a clause, no role.
    end = first
    limit = min(len(doc), first + MAX_APPOSITION_TOKENS)
    has_role_noun = False
    while end < limit:
        token = doc[end]
        inside = entity_at.get(end)
        if inside is not None and inside.start == end and inside.label == "ORG":
            # A party read as a body is still a member's role ("both Democrats on ...").
            has_role_noun = has_role_noun or _is_member_word(doc, inside)
            end = inside.end
            following = entity_at.get(end + 1)
            if end + 1 < len(doc) and doc[end].text == "," and following is not None and (
                following.label == "ORG" and following.start == end + 1
            ):
                end = following.end  # "Senate Commerce, Science and Transportation Committee"
            continue
        if token.text in APPOSITION_END or (token.is_sent_start and end > first):
            break
        if token.is_space or (end > first and _ends_line(doc[end - 1])):
            break  # "By Daniel Ortiz, senior markets correspondent" ends its line
        if token.lower_ in RELATIVE_WORDS and has_role_noun and end > first:
            # "a political scientist at Emory University who studies ...":
            # the role ends where the relative clause begins.
            return first, end
        if token.tag_ in FINITE_VERB_TAGS or token.lower_ in RELATIVE_WORDS:
            return None
        if inside is not None and inside.label == "PERSON":
            if not (_serves(doc, inside, first) or _names_body(doc, inside)):
                return None
            end = inside.end
            continue
        has_role_noun = has_role_noun or _role_word(token)
        end += 1
    if not has_role_noun or end == first or end >= limit:
        return None
    line_end = doc[end].is_space or _ends_line(doc[end - 1])
    if doc[end].text not in (",", ".", ";", "(", ")", "—", "–", ":") and not line_end:
        return None
    return first, end


def _serves(doc: Doc, person: Entity, first: int) -> bool:
    """Whether a person named inside an apposition is the one the role serves
    ("press secretary for Putin", "Obama's counterterrorism adviser"), not a
    second person listed."""
    after = doc[person.end] if person.end < len(doc) else None
    if after is not None and after.tag_ == "POS":
        return True
    i = person.start - 1
    while i >= first and lexicon.is_title_word(doc[i].text):
        i -= 1  # "press secretary for President Vladimir Putin"
    return i >= first and doc[i].lower_ in ("for", "to", "of")



def _split_affiliation(
    doc: Doc, start: int, end: int, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """Cut "special adviser at the Foundation for Strategic Research in Paris" at the ORG."""
    preps = lexicon.affiliation_preps()
    for i in range(start + 1, end):
        if doc[i].lower_ not in preps:
            continue
        j = i + 1
        if j < end and doc[j].lower_ == "the":
            j += 1
        # "of the nonpartisan Congressional Budget Office", "of the advocacy group Progress Iowa"
        while j < min(end, i + 5) and doc[j].text.islower() and doc[j].pos_ in ("ADJ", "NOUN"):
            j += 1
        body = entity_at.get(j)
        if body is None or body.start != j:
            continue
        if body.label == "ORG" or (body.label == "PERSON" and _names_body(doc, body)):
            if body.end > end:
                body = make_entity(doc, body.start, end, body.label)  # cut at the list's dash
            more_bodies = any(
                _label_at(entity_at, k) == "ORG" for k in range(body.end, end)
            )  # "head of Cyber Command and the National Security Agency"
            return RoleReading(doc[start:i].text, body, doc[start:end].text, more_bodies)
    return _title_reading(doc, start, end, entity_at) if start < end else None


def affiliation_after(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """ "said Stephen Vladeck of the University of Texas School of Law.": the
    organisation right after the name is where the person works, though no
    role word says what they do there."""
    i = entity.end
    if i >= len(doc) - 1 or doc[i].lower_ not in ("of", "at", "from"):
        return None
    j = i + 1
    if doc[j].lower_ == "the":
        j += 1
    if _label_at(entity_at, j) != "ORG" or entity_at[j].start != j:
        return None
    after = entity_at[j].end
    if after < len(doc) and doc[after].text not in APPOSITION_END:
        return None
    return RoleReading("", entity_at[j])



def relative_clause_role(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """ "Harjit Sandhu, who chairs the committee," gives "chair of the
    committee"; "Tom Engleby, who directs the Johns Hopkins Center for Health
    Security," gives "director" at that centre; the clause may follow an
    apposition ("Joe Mancuso, the West Virginia Democrat who chairs the Senate
    Energy Committee,"). The verbs are `role_verbs` in roles.json."""
    at = _name_end(doc, entity, entity_at)
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "who":
        return _relative_role(doc, at + 1, entity_at)
    bounds = _apposition_bounds(doc, at, entity_at)
    if bounds is not None and bounds[1] < len(doc) and doc[bounds[1]].lower_ == "who":
        return _relative_role(doc, bounds[1], entity_at)
    return None


def _relative_role(doc: Doc, who: int, entity_at: dict[int, Entity]) -> RoleReading | None:
    """The role the relative clause opening at WHO names, if its verb names one."""
    if who + 1 >= len(doc):
        return None
    verb = doc[who + 1]
    if verb.tag_ == "RB" and who + 2 < len(doc):
        verb = doc[who + 2]  # "who also chairs"
    role = lexicon.role_verbs().get(verb.lemma_.lower())
    if role is None or verb.pos_ != "VERB":
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None:
        return RoleReading(role)
    end = target.right_edge.i + 1
    for k in range(target.i + 1, end):
        if doc[k].lower_ in RELATIVE_WORDS or (doc[k].text in (",", ";") and k not in entity_at):
            end = k  # "a House panel that investigated ...": the panel, not its work
            break
    words = doc[target.left_edge.i : end]
    phrase = f"{role} of {words.text}"
    organisation = next(
        (entity_at[t.i] for t in words
         if _label_at(entity_at, t.i) == "ORG" and entity_at[t.i].start == t.i),
        None,
    )
    if organisation is None:
        return RoleReading(phrase)
    object_words = words[1:] if words[0].lower_ in ARTICLES else words
    # "who led a House panel": a panel of the House, not the House itself.
    short = object_words.text == organisation.text
    return RoleReading(role if short else phrase, organisation, phrase)


def role_before_list(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """ "Four senators on the Intelligence Committee - A, B, C and D - said":
    the plural role before a list opened by a dash, colon or bracket, said of
    each name in the singular ("senator on the Intelligence Committee")."""
    names = _listed_names(doc, entity, entity_at)
    opener = names[0].start - 1
    fused = entity_at.get(opener - 1) if opener >= 1 and doc[opener].text == "," else None
    if fused is not None and fused.label == "ORG":
        # "... Committee - Ann Ruiz, Bo Chen and ...": the model read the
        # first name into the body's; the list opens at the dash inside it.
        opener = next((i for i in range(fused.start, fused.end) if doc[i].text in LIST_OPENERS),
                      opener)
    if len(names) < 2 or opener < 1 or doc[opener].text not in LIST_OPENERS:
        return None
    start = opener
    while start > 0 and opener - start < MAX_APPOSITION_TOKENS:
        token = doc[start - 1]
        if (
            (token.is_punct and start - 1 not in entity_at)
            or token.pos_ in ("VERB", "AUX", "SCONJ", "PRON")
            or _ends_line(token)
        ):
            break
        start -= 1
    while start < opener and doc[start].pos_ in ("DET", "NUM"):
        start += 1  # "Four senators", "the two lawmakers"
    if not any(_is_plural_role(t) for t in doc[start:opener]):
        return None
    reading = _split_affiliation(doc, start, opener, entity_at)
    return _singular_reading(doc, reading, start, opener) if reading is not None else None


def copular_roles(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> list[RoleReading]:
    """ "Chad Brower is the senior fellow at ORG and a former chief economist
    at ORG.": the roles a present-tense "is" gives the name it follows, when
    the word it names is a role."""
    verb = _name_end(doc, entity, entity_at)
    if verb + 1 >= len(doc) or doc[verb].lower_ != "is" or doc[entity.end - 1].dep_ != "nsubj":
        return []
    if any(child.dep_ == "neg" for child in doc[verb].children):
        return []  # "X is not a member of the tribe"
    if any(t.tag_ in ("``", "''") for t in doc[verb].sent):
        return []  # "Trump is a representative of ...," she said: an opinion, no role
    attr = next((c for c in doc[verb].children if c.dep_ == "attr"), None)
    if attr is None or not _is_role_noun(attr):
        return []
    start, end = verb + 1, verb + 1
    while end < min(len(doc), start + MAX_APPOSITION_TOKENS):
        inside = entity_at.get(end)
        if inside is not None and inside.start == end and inside.label == "ORG":
            end = inside.end
            continue
        token = doc[end]
        if token.text in APPOSITION_END or token.lower_ in RELATIVE_WORDS or (
            token.is_sent_start and end > start
        ) or token.pos_ == "PRON" or token.tag_ in FINITE_VERB_TAGS | {"VB", "TO"}:
            break  # "... of the tribe he leads", "... to challenge Mr. Trump": a clause
        end += 1
    return _role_parts(doc, start, end, entity_at)


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
    former, titles = lexicon.expert_words().former, lexicon.titles()
    found = []
    for token in doc:
        if token.lower_ != "the" or token.i in entity_at:
            continue
        first = token.i + 1
        if first < len(doc) and doc[first].lower_ in former:
            first += 1
        comma = next((k for k in range(first + 1, min(len(doc), first + 4))
                      if doc[k].text == ","), None)
        if comma is None or " ".join(t.lower_ for t in doc[first:comma]) not in titles:
            continue
        description = make_entity(doc, token.i, comma, "DESCRIPTION")
        title = " ".join(t.lower_ for t in doc[first:comma])
        readings = [*apposition_after(doc, description, entity_at),
                    relative_clause_role(doc, description, entity_at)]
        found.extend((token.i, title, r) for r in readings if r is not None)
    doc.user_data[REFERENCE_READINGS_KEY] = found
    return found


def description_refers_to(
    doc: Doc, at: int, title: str, mentions: list[Entity], roles: list[str],
    entity_at: dict[int, Entity],
) -> bool:
    """Whether the description of TITLE at token AT refers to the person with
    these MENTIONS and ROLES: that person is the last one named before it,
    within `MAX_REFERENCE_TOKENS`, and one of their roles uses the title or
    a synonym ("Rep." for "the congressman")."""
    last = next((entity_at[i] for i in range(at - 1, max(-1, at - MAX_REFERENCE_TOKENS), -1)
                 if _label_at(entity_at, i) == "PERSON"), None)
    if last is None or last not in mentions:
        return False
    names = {title, *lexicon.title_synonyms().get(title, ())}
    return any(
        word in names or expanded_title(word) in names
        for role in roles for word in role.lower().split()
    )


def unlabelled_mentions(
    doc: Doc, mentions: list[Entity], entity_at: dict[int, Entity]
) -> list[Entity]:
    """Full names of a person the model did not tag, "Lloyd Ashford" in a
    Title Case heading ("Briefing With Secretary Of Defense Lloyd Ashford
    And ..."): a capitalised word and the person's surname, outside any
    entity. When the person's first names are known the word must be one of
    them, so a namesake's title is never read as theirs."""
    surnames = {name_key(doc[e.end - 1].text) for e in mentions}
    first_names = {name_key(doc[e.start].text) for e in mentions if e.end - e.start > 1}
    found = []
    for token in doc[1:]:
        first = doc[token.i - 1]
        if (
            name_key(token.text) not in surnames
            or token.i in entity_at or first.i in entity_at
            or not first.text[:1].isupper() or first.pos_ != "PROPN"
            or _is_name_title(first) or _ends_line(first)
            or (first_names and name_key(first.text) not in first_names)
        ):
            continue
        found.append(make_entity(doc, first.i, token.i + 1, "PERSON"))
    return found


def affiliation_kind(doc: Doc, body: Entity) -> str:
    """What the article calls a body at one of its mentions: the lower-case
    words before its name ("the advocacy group Public Citizen") and an
    apposition after it ("Harbor Ridge Energy Partners, a research firm in
    Washington,"); "" when it says nothing."""
    words = []
    i = body.start - 1
    while i >= max(0, body.start - 4) and doc[i].text.islower() and doc[i].pos_ in ("ADJ", "NOUN"):
        i -= 1
    if i < body.start - 1:
        words.append(doc[i + 1 : body.start].text)
    after = body.end
    if after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("a", "an"):
        end = after + 2
        while end < min(len(doc), after + 10) and not (
            doc[end].text in APPOSITION_END or doc[end].is_sent_start
            or doc[end].tag_ in FINITE_VERB_TAGS
        ):
            end += 1
        words.append(doc[after + 2 : end].text)
    return " ".join(words)


def roles_of_mention(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> list[RoleReading]:
    """Every role the words around one person mention give (a reading with
    no role words carries only an affiliation).

    `entity_at` maps each token index inside a corrected entity to that entity.
    """
    readings = [
        title_before(doc, entity, entity_at) or shared_title(doc, entity, entity_at),
        role_before_comma(doc, entity, entity_at),
        role_before_list(doc, entity, entity_at),
        *apposition_after(doc, entity, entity_at),
        affiliation_after(doc, entity, entity_at),
        relative_clause_role(doc, entity, entity_at),
        *copular_roles(doc, entity, entity_at),
    ]
    return [r for r in readings if r is not None and (r.role.strip() or r.affiliation)]
