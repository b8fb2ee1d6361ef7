"""Roles and affiliations of a named person, read from the words around the name.

Three shapes cover most news prose:
- a title before the name: "UK Prime Minister Keir Starmer";
- a role before the name and a comma: "Russia's foreign minister, Sergei Lavrov,";
- an apposition after it: "Ed Arnold, a European security expert at the Royal
  United Services Institute," where "at the ORG" gives the affiliation.
Each looks only at a few tokens next to the name, never the whole document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefer.nlp import lexicon

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
APPOSITION_BAD_START = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "PART", "ADV"})


@dataclass(frozen=True)
class RoleReading:
    """A role found next to one mention, with the organisation it names, if any."""

    role: str
    affiliation: Entity | None = None


def _is_role_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lower_ in lexicon.title_words() or token.lower_ in lexicon.role_heads()
    )


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
        if _label_at(entity_at, i) == "PERSON" or token.tag_ == "NNS":
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
        (entity_at[i] for i in range(start, end) if _label_at(entity_at, i) == "ORG"), None
    ) or next(
        (entity_at[i] for i in range(start, end) if _label_at(entity_at, i) == "PERSON"), None
    )
    return RoleReading(expanded_title(doc[start:end].text), org)


def expanded_title(role: str) -> str:
    """"Sen." -> "senator", "Reps." -> "representative", "Lt. Gov." ->
    "lieutenant governor"; longer roles keep their words, each short title
    in them written out ("former Sen." -> "former senator")."""
    abbreviations = lexicon.title_abbreviations()
    whole = role.strip().lower()
    if whole in abbreviations:
        return abbreviations[whole]
    words = role.split()
    return " ".join(abbreviations.get(w.lower(), w) if w.endswith(".") else w for w in words)


def title_before(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "French President" in "French President Emmanuel Macron"."""
    head = entity.start - 1
    if (
        head >= 1
        and doc[head].text == "."
        and doc[head - 1].lower_ + "." in lexicon.title_abbreviations()
        and doc[head - 1].idx + len(doc[head - 1].text) == doc[head].idx
    ):
        # "Reps. Elijah Cummings", tokenized "Reps" ".": the abbreviation is the title.
        return _title_reading(doc, _title_start(doc, head - 1, entity_at), head + 1, entity_at)
    if head < 0 or not _is_role_noun(doc[head]):
        return None
    return _title_reading(doc, _title_start(doc, head, entity_at), head + 1, entity_at)


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
            first_word = doc[_title_start(doc, previous.start - 1, entity_at)].lower_.rstrip(".")
            return reading if first_word.endswith("s") else None
        current = previous
    return None


def role_before_comma(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """ "Russia's foreign minister" in "Russia's foreign minister, Sergei Lavrov, said"."""
    comma = entity.start - 1
    while comma > 0 and doc[comma].lower_ in lexicon.honorifics():
        comma -= 1  # "Its commissioner, Dr. Robert Kalman,"
    head = comma - 1
    if head < 0 or doc[comma].text != ",":
        return None
    if not _is_role_noun(doc[head]):
        head = _role_before_phrase(doc, comma)  # "A spokesman for the department,"
        if head is None:
            return None
    if entity.end < len(doc) and doc[entity.end].text not in (",", ".", ";"):
        return None
    start = _title_start(doc, head, entity_at)
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ not in ARTICLES | POSSESSIVES and not before.is_punct:
        return None
    if head < comma - 1:
        return _split_affiliation(doc, start, comma, entity_at)
    return _title_reading(doc, start, head + 1, entity_at)


def _role_before_phrase(doc: Doc, comma: int) -> int | None:
    """The role noun a short "for/of/at ..." phrase before COMMA hangs on, if any."""
    for j in range(comma - 1, max(comma - 7, 1), -1):
        if doc[j].lower_ in ("for", "of", "at") and doc[j].head.i == j - 1:
            return j - 1 if _is_role_noun(doc[j - 1]) else None
    return None


def apposition_after(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> list[RoleReading]:
    """The roles (and affiliations) in "NAME, a special adviser at the ORG in Paris,".

    Coordinated roles ("a tax lawyer at X and a senior fellow at Y") give one
    reading each.
    """
    bounds = _apposition_bounds(doc, entity, entity_at)
    if bounds is None:
        return []
    start, end = bounds
    cuts = [
        i for i in range(start + 1, end - 1)
        if doc[i].lower_ == "and" and doc[i + 1].lower_ in ("a", "an")
    ]
    readings = []
    for part_start, part_end in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
        if doc[part_start].lower_ in ARTICLES:
            part_start += 1
        if any(_is_role_noun(t) for t in doc[part_start:part_end]):
            reading = _split_affiliation(doc, part_start, part_end, entity_at)
            if reading is not None:
                readings.append(reading)
    return readings


def _apposition_bounds(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> tuple[int, int] | None:
    """The tokens of an apposition after ENTITY that names a role, without its commas."""
    if entity.end >= len(doc) - 1 or doc[entity.end].text != ",":
        return None
    first = entity.end + 1
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
        if token.text in APPOSITION_END or (token.is_sent_start and end > first):
            break
        if token.lower_ in RELATIVE_WORDS and has_role_noun and end > first:
            # "a political scientist at Emory University who studies ...":
            # the role ends where the relative clause begins.
            return first, end
        if token.tag_ in FINITE_VERB_TAGS or token.lower_ in RELATIVE_WORDS:
            return None
        if _label_at(entity_at, end) == "PERSON" and not _serves(doc, entity_at[end], first):
            return None
        has_role_noun = has_role_noun or _is_role_noun(token)
        end += 1
    if not has_role_noun or end == first or end >= limit:
        return None
    if doc[end].text not in (",", ".", ";", "(", ")", "—", "–", ":"):
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
        if _label_at(entity_at, j) == "ORG" and entity_at[j].start == j:
            return RoleReading(doc[start:i].text, entity_at[j])
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
    """ "Harjit Sandhu, who chairs the committee," gives "chair"; "Tom Engleby,
    who directs the Johns Hopkins Center for Health Security," gives
    "director" at that centre (the verbs are `role_verbs` in roles.json)."""
    at = entity.end
    if at + 2 >= len(doc) or doc[at].text != "," or doc[at + 1].lower_ != "who":
        return None
    verb = doc[at + 2]
    if verb.tag_ == "RB" and at + 3 < len(doc):
        verb = doc[at + 3]  # "who also chairs"
    role = lexicon.role_verbs().get(verb.lemma_.lower())
    if role is None or verb.pos_ != "VERB":
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None:
        return RoleReading(role)
    organisation = next(
        (entity_at[t.i] for t in target.subtree
         if _label_at(entity_at, t.i) == "ORG" and entity_at[t.i].start == t.i),
        None,
    )
    if organisation is not None:
        return RoleReading(role, organisation)
    return RoleReading(f"{role} of {doc[target.left_edge.i : target.right_edge.i + 1].text}")


def roles_of_mention(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> list[RoleReading]:
    """Every role the words around one person mention give (a reading with
    no role words carries only an affiliation).

    `entity_at` maps each token index inside a corrected entity to that entity.
    """
    readings = [
        title_before(doc, entity, entity_at) or shared_title(doc, entity, entity_at),
        role_before_comma(doc, entity, entity_at),
        *apposition_after(doc, entity, entity_at),
        affiliation_after(doc, entity, entity_at),
        relative_clause_role(doc, entity, entity_at),
    ]
    return [r for r in readings if r is not None and (r.role.strip() or r.affiliation)]
