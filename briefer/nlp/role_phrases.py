"""The word-level pieces roles are read with: what a role word, a title and
a name's end are, where a title starts, where an apposition ends, how a role
phrase is cut at its affiliation, lists of names, and what an article calls
a body. `briefer.nlp.roles` puts them together per construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from briefer.nlp import lexicon
from briefer.nlp.entities import make_entity
from briefer.nlp.speech import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefer.nlp.entities import Entity

MAX_TITLE_TOKENS = 7
# Entities that may open a title in a Title Case headline ("French President").
TITLE_OWNERS = frozenset({"GPE", "NORP", "ORG"})
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


def is_role_noun(token: Token) -> bool:
    """A noun that can head a role: a role word, the last word of a title
    ("minister", not "foreign"), a profession by its ending ("hydrologist")."""
    lowered = token.lower_
    return token.pos_ in ("NOUN", "PROPN") and (
        lowered in lexicon.title_heads() or lowered in lexicon.role_heads()
        or lowered.endswith(lexicon.role_suffixes()) or _hyphenated(token) in lexicon.role_heads()
    )


def _hyphenated(token: Token) -> str:
    """ "front-runner" for the "runner" the tokenizer split off; "" when no hyphen joins it."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return ""


def is_name_title(token: Token) -> bool:
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


def in_title_case_line(token: Token) -> bool:
    """Whether TOKEN stands in a line of four or more words that all open with a
    capital but for short joining words ("Trump Finally Endorses House Speaker
    Paul Ryan"): a headline in Title Case, where capitals say nothing of names."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    words = [w for w in text[start : end if end != -1 else len(text)].split() if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in TITLE_CONNECTORS | ARTICLES]
    return len(words) >= 4 and all(w[:1].isupper() for w in content)


def ends_line(token: Token) -> bool:
    """Whether a line break follows TOKEN (a heading, a byline, a transcript label)."""
    return token.is_space or "\n" in token.whitespace_


def name_end(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> int:
    """The token after a name and what belongs to it: "of Louisiana" ("Gov.
    Jeff Broussard of Louisiana,"), "of Dunmore" ("Lord Hartley of Dunmore,"),
    a short parenthesis ("(R-Ohio)"), an age (", 71,")."""
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
    if (
        i + 3 < len(doc) and doc[i].text == "," and doc[i + 2].text == ","
        and doc[i + 1].text.isdigit() and int(doc[i + 1].text) < 120
    ):
        return i + 2  # "Jonah Pike, 71, a retired lobsterman": the age belongs to the name
    return i


def label_at(entity_at: dict[int, Entity], i: int) -> str:
    found = entity_at.get(i)
    return found.label if found is not None else ""


def lexicon_title_start(doc: Doc, head: int) -> int:
    """The start of the longest listed title ending at HEAD ("Secretary of State")."""
    titles = lexicon.titles()
    first = max(0, head - 3)
    words = [doc[i].lower_ for i in range(first, min(head + 1, len(doc)))]
    for size in (4, 3, 2):
        start = head - size + 1
        if start >= 0 and " ".join(words[start - first :]) in titles:
            return start
    return head


def title_start(doc: Doc, head: int, entity_at: dict[int, Entity]) -> int:
    """Walk left from the title's head word over its modifiers; return where the title starts."""
    start = lexicon_title_start(doc, head)
    capitalised = doc[start].text[:1].isupper()
    headline = in_title_case_line(doc[head])
    i = start - 1
    while i >= max(0, head - MAX_TITLE_TOKENS):
        token = doc[i]
        if ends_line(token):
            break  # a heading above the line is no part of the title
        if headline and not (
            is_name_title(token) or is_role_noun(token) or label_at(entity_at, i) in TITLE_OWNERS
            or token.lower_ in lexicon.headline_title_words()
        ):
            break  # "Trump Finally Endorses House Speaker Paul Ryan": only "Speaker"
        if label_at(entity_at, i) == "PERSON":
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
        if (
            capitalised and token.tag_ == "JJ" and token.text.islower()
            and token.lower_ not in lexicon.expert_words().former
        ):
            break  # "an angry Mayor Dana Wells": a mood, no part of the title.
        capitalised = capitalised or token.text[:1].isupper()
        if token.tag_ == "POS":
            # "Russia's foreign minister": keep the possessor when it is a name.
            if i > 0 and label_at(entity_at, i - 1) in ("GPE", "ORG"):
                start = entity_at[i - 1].start
                i = start - 1
                continue
            if i > 0 and label_at(entity_at, i - 1) == "PERSON":
                start = entity_at[i - 1].start  # "Corvane's chief executive", "Obama's adviser"
                break
            # "Reform's candidate", "the district's superintendent": a possessor
            # the model left untagged.
            j = i - 1
            while (
                j >= max(0, i - 3) and doc[j].pos_ in ("PROPN", "NOUN") and j not in entity_at
                and (doc[j].text[:1].isupper() or doc[j - 1].lower_ in ARTICLES | POSSESSIVES)
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
        spaced_dash = token.text == "-" and (token.whitespace_ or doc[i - 1].whitespace_)
        if spaced_dash:
            break  # "MANCHESTER, N.H. - Sen. X": a dateline's dash, not a hyphen
        if (token.is_punct and token.text != "-") or token.like_num or token.ent_type_ in (
            "DATE", "TIME"
        ):
            break
        if token.tag_ == "VBG" and token.dep_ in ("amod", "compound") and token.head.i <= head:
            start = i  # "managing director", "acting commissioner"
            i -= 1
            continue
        if (
            token.lower_ in ("and", "&") and i > 0 and doc[i - 1].text[:1].isupper()
            and (is_name_title(doc[i - 1]) or is_role_noun(doc[i - 1]))
        ):
            start = i - 1  # "Chairman and CEO", "President and Chief Executive"
            i -= 2
            continue
        if token.lower_ in ARTICLES or token.pos_ in TITLE_STOP_POS:
            if token.lower_ in lexicon.expert_words().former:
                start = i
                i -= 1
                continue
            break
        start = i
        i -= 1
    return start


def title_reading(doc: Doc, start: int, end: int, entity_at: dict[int, Entity]) -> RoleReading:
    """The title doc[start:end], with the organisation it names ("European
    Commission") or, failing one, the person it serves ("press secretary for
    Putin", "Obama's counterterrorism adviser"); short titles are written
    out ("Sen." -> "senator")."""
    org = next(
        (entity_at[i] for i in range(start, end) if label_at(entity_at, i) == "ORG"
         and not is_member_word(doc, entity_at[i])), None
    ) or next(
        (entity_at[i] for i in range(start, end) if label_at(entity_at, i) == "PERSON"
         and not lexicon.is_title_word(entity_at[i].text)  # "Govs" taken for a name
         and (serves(doc, entity_at[i], start) or before_body_noun(doc, entity_at[i]))),
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
    bare_kind = org is not None and org.start == start and org.end == start + 1
    if (org is None or bare_kind) and end - start > 1 and (
        body := named_before(doc, start, entity_at)
    ):
        # "Committee Chairman Rep. Jason Chaffetz" after "the House Oversight
        # Committee": the chairman of the committee just named.
        role = expanded_title(doc[start + 1 : end].text)
        return RoleReading(role, body, expanded_title(doc[start:end].text))
    role = expanded_title(doc[start:end].text)
    return RoleReading(role, org, role if org is not None else "")


def named_before(doc: Doc, start: int, entity_at: dict[int, Entity]) -> Entity | None:
    """The body a title's opening kind noun stands for ("Committee Chairman"):
    the last one named before it in the article whose name ends in that noun."""
    kind = doc[start]
    if not kind.text[:1].isupper() or kind.lower_ not in lexicon.body_kind_nouns():
        return None
    if start > 0 and doc[start - 1].pos_ == "PROPN" and not ends_line(doc[start - 1]):
        return None  # "Judiciary Committee Chairman": the name is in the title
    for i in range(start - 1, -1, -1):
        entity = entity_at.get(i)
        # A longer name than the kind noun alone: a bare "Committee" names no committee.
        if (entity is not None and entity.label == "ORG" and entity.end - entity.start > 1
                and doc[entity.end - 1].lower_ == kind.lower_):
            return entity
    return None


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


def is_member_word(doc: Doc, entity: Entity) -> bool:
    """A one-word body name that says what its members are ("Democrats", "Republican"):
    a role of the person it describes, not the body they work at."""
    return entity.end - entity.start == 1 and role_word(doc[entity.start])


def role_word(token: Token) -> bool:
    """A role noun, singular or plural ("senator", "Democrats")."""
    return is_role_noun(token) or is_plural_role(token)


def is_plural_role(token: Token) -> bool:
    """ "senators", "Democrats" (not "states", a word of "secretary of state")."""
    return token.tag_ in ("NNS", "NNPS") and _singular(token).lower() in lexicon.role_heads()


def _singular(token: Token) -> str:
    """ "senators" -> "senator", "Democrats" -> "Democrat"."""
    lemma = token.lemma_
    if lemma.lower() == token.lower_ and token.lower_.endswith("s"):
        lemma = token.text[:-1]
    return token.text[:1] + lemma[1:] if lemma[:1].lower() == token.text[:1].lower() else lemma


def singular_reading(doc: Doc, reading: RoleReading, start: int, end: int) -> RoleReading:
    """A role read for a list of people, said of one of them ("Democrats on
    the committee" -> "Democrat on the committee")."""
    role, phrase = reading.role, reading.phrase
    for token in doc[start:end]:
        if is_plural_role(token):
            word = re.compile(rf"\b{re.escape(token.text)}\b")
            role = word.sub(_singular(token), role, count=1)
            phrase = word.sub(_singular(token), phrase, count=1)
    return replace(reading, role=role, phrase=phrase)


def before_body_noun(doc: Doc, person: Entity) -> bool:
    """ "Pressler campaign": a name before a kind of body names that body."""
    return person.end < len(doc) and doc[person.end].lower_ in lexicon.body_kind_nouns()


def names_body(doc: Doc, person: Entity) -> bool:
    """Whether a name the model took for a person follows a kind of body
    ("the advocacy group Public Citizen") and so names that body."""
    return person.start > 0 and doc[person.start - 1].lower_ in lexicon.body_kind_nouns()


def role_parts(
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
        while part_end > part_start + 1 and doc[part_end - 1].pos_ in ("CCONJ", "PUNCT"):
            part_end -= 1  # "expert on antitrust law and"
        if any(role_word(t) for t in doc[part_start:part_end]):
            reading = split_affiliation(doc, part_start, part_end, entity_at)
            if reading is not None:
                readings.append(reading)
    return readings


def listed_names(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> list[Entity]:
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


def apposition_bounds(
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
        and is_role_noun(doc[first + 1])
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
            has_role_noun = has_role_noun or is_member_word(doc, inside)
            end = inside.end
            following = entity_at.get(end + 1)
            if end + 1 < len(doc) and doc[end].text == "," and following is not None and (
                following.label == "ORG" and following.start == end + 1
            ):
                end = following.end  # "Senate Commerce, Science and Transportation Committee"
            continue
        if token.text in APPOSITION_END or (token.is_sent_start and end > first):
            break
        if token.is_space or (end > first and ends_line(doc[end - 1])):
            break  # "By Daniel Ortiz, senior markets correspondent" ends its line
        if token.lower_ in RELATIVE_WORDS and has_role_noun and end > first:
            # "a political scientist at Emory University who studies ...":
            # the role ends where the relative clause begins.
            return first, end
        if token.tag_ in FINITE_VERB_TAGS or token.lower_ in RELATIVE_WORDS:
            return None
        if inside is not None and inside.label == "PERSON":
            if not (serves(doc, inside, first) or names_body(doc, inside)):
                return None
            end = inside.end
            continue
        has_role_noun = has_role_noun or role_word(token)
        end += 1
    if not has_role_noun or end == first or end >= limit:
        return None
    line_end = doc[end].is_space or ends_line(doc[end - 1])
    if doc[end].text not in (",", ".", ";", "(", ")", "—", "–", ":") and not line_end:
        return None
    return first, end


def serves(doc: Doc, person: Entity, first: int) -> bool:
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



def split_affiliation(
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
        if body.label == "ORG" or (body.label == "PERSON" and names_body(doc, body)):
            if body.end > end:
                body = make_entity(doc, body.start, end, body.label)  # cut at the list's dash
            more_bodies = any(
                label_at(entity_at, k) == "ORG" for k in range(body.end, end)
            )  # "head of Cyber Command and the National Security Agency"
            return RoleReading(doc[start:i].text, body, doc[start:end].text, more_bodies)
    return title_reading(doc, start, end, entity_at) if start < end else None


def host_reading(doc: Doc, colon: int) -> RoleReading | None:
    """ "MARGARET BRENNOCK: Welcome back to Sunday Ledger. We're joined now
    by ...": the speaker of a transcript line (whose label ends at the colon
    at token COLON) that welcomes the audience to a show or brings in a guest
    is its host; the show after "welcome (back) to" is the affiliation."""
    if colon >= len(doc) or doc[colon].text != ":":
        return None
    end = colon + 1
    while end < min(len(doc), colon + 80) and not ends_line(doc[end - 1]):
        end += 1
    line = " ".join(t.lower_ for t in doc[colon + 1 : end]).replace(" 're", "'re")
    if not any(phrase in line for phrase in lexicon.host_phrases()):
        return None
    show = None
    for i in range(colon + 1, end - 1):
        if doc[i].lower_ == "to" and doc[i - 1].lower_ in ("welcome", "back"):
            last = i + 1
            while last < end and doc[last].text[:1].isupper() and not doc[last].is_punct:
                last += 1
            if last > i + 1:
                show = make_entity(doc, i + 1, last, "ORG")
            break
    return RoleReading("host", show, f"host of {show.text}" if show is not None else "")


def transcript_label_colon(doc: Doc, entity: Entity) -> int | None:
    """The colon after ENTITY when it names the speaker of a transcript line
    ("SEN. BILL CASHMAN:", "WALLACE:"), else None."""
    i = entity.start - 1
    while i >= 0 and (lexicon.is_title_word(doc[i].text) or doc[i].text == "."):
        i -= 1
    at_line_start = i < 0 or ends_line(doc[i])
    colon = entity.end
    return colon if at_line_start and colon < len(doc) and doc[colon].text == ":" else None


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
