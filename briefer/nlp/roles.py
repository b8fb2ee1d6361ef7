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
- a copular sentence: "A is the senior fellow at ORG and a former ...";
- a transcript line the speaker opens as host ("X: Welcome back to ...").
Each looks only at a few tokens next to the name. Roles beyond the name's
own mentions are read in `briefer.nlp.role_references`.
The word-level pieces they share live in `briefer.nlp.role_phrases`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefer.nlp import lexicon
from briefer.nlp.role_phrases import (
    APPOSITION_END,
    ARTICLES,
    FINITE_VERB_TAGS,
    LIST_OPENERS,
    MAX_APPOSITION_TOKENS,
    MAX_LISTED_NAMES,
    POSSESSIVES,
    RELATIVE_WORDS,
    ROLE_DETERMINERS,
    TITLE_CONNECTORS,
    RoleReading,
    apposition_bounds,
    ends_line,
    host_reading,
    is_name_title,
    is_plural_role,
    is_role_noun,
    label_at,
    lexicon_title_start,
    listed_names,
    name_end,
    role_parts,
    singular_reading,
    split_affiliation,
    title_reading,
    title_start,
    transcript_label_colon,
)
from briefer.nlp.role_verbs import appointed_role, candidacy_role, capacity_role
from briefer.nlp.speech import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefer.nlp.entities import Entity

def title_before(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "French President" in "French President Emmanuel Macron"; an
    honorific between them is skipped ("health commissioner Dr. Ann Lee"),
    a role word the model tags as an adjective counts ("incumbent Tate
    Rollins")."""
    lead = entity.start
    for k in range(entity.start, entity.end - 2):
        if not doc[k].text[:1].isupper():
            break
        if is_name_title(doc[k]) or is_role_noun(doc[k]):
            lead = k + 1  # "(Cabinet) Secretary Haruto Ishikawa" read as one name
    if lead > entity.start:
        start, before = entity.start, doc[entity.start - 1] if entity.start else None
        if before is not None and before.text[:1].isupper() and not ends_line(before) and (
            before.pos_ in ("PROPN", "NOUN", "ADJ")
        ):
            start = title_start(doc, before.i, entity_at)  # "Chief" before the entity
        return title_reading(doc, start, lead, entity_at)
    head = entity.start - 1
    if (
        head >= 1 and doc[head].pos_ == "PROPN" and head not in entity_at
        and not is_name_title(doc[head]) and is_role_noun(doc[head - 1])
        and not ends_line(doc[head - 1])
    ):
        head -= 1  # "Administrator Samuel Okwu" where the model tagged "Okwu" alone
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
        return title_reading(doc, title_start(doc, head - 1, entity_at), head + 1, entity_at)
    if head < 0 or ends_line(doc[head]):
        return None
    of_title = _of_title_start(doc, head, entity_at)
    if of_title is not None:
        return title_reading(doc, of_title, head + 1, entity_at)
    adjective_role = doc[head].pos_ == "ADJ" and doc[head].lower_ in lexicon.role_heads()
    listed = lexicon_title_start(doc, head) < head  # "secretary of State"
    if not (is_role_noun(doc[head]) or adjective_role or listed):
        return None
    return title_reading(doc, title_start(doc, head, entity_at), head + 1, entity_at)


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
            return title_start(doc, k - 1, entity_at) if is_title else None
        if not (word.text[:1].isupper() or word.lower_ in TITLE_CONNECTORS | {"&"}) or label_at(
            entity_at, k
        ) == "PERSON" or (k < head and ends_line(word)):
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
        if doc[i].lower_ == "and" and doc[i - 1].text == ",":
            i -= 1
        previous = _listed_before(doc, i, entity_at)
        if previous is None:
            return None
        reading = title_before(doc, previous, entity_at)
        if reading is not None:
            before_name = previous.start - 1
            if doc[before_name].text == "." and before_name > 0:
                before_name -= 1  # "Reps" "."
            plural = any(
                t.lower_.rstrip(".").endswith("s") and (is_name_title(t) or is_role_noun(t))
                for t in doc[title_start(doc, before_name, entity_at) : before_name + 1]
            )
            return reading if plural else None
        current = previous
    return None


def _listed_before(doc: Doc, joint: int, entity_at: dict[int, Entity]) -> Entity | None:
    """The name listed before the "," or "and" at JOINT, past a short
    apposition of its own ("Reps. A, Republican of Ohio, and B")."""
    previous = entity_at.get(joint - 1)
    if previous is not None and previous.label == "PERSON":
        return previous
    if doc[joint].text != ",":
        return None
    for k in range(joint - 1, max(joint - 7, 0), -1):
        if label_at(entity_at, k) == "PERSON" or doc[k].tag_ in FINITE_VERB_TAGS:
            return None
        if doc[k].text == ",":
            found = entity_at.get(k - 1)
            return found if found is not None and found.label == "PERSON" else None
    return None


def role_before_comma(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """ "Russia's foreign minister" in "Russia's foreign minister, Sergei Lavrov, said"."""
    comma = entity.start - 1
    while comma > 0 and (
        is_name_title(doc[comma])
        or (doc[comma].text == "." and is_name_title(doc[comma - 1]))
    ):
        comma -= 1  # "Its commissioner, Dr. Robert Kalman,", "..., Prince Khalid bin Saad,"
    head = comma - 1
    if head < 0 or doc[comma].text != ",":
        return None
    # "A spokeswoman for the mayor,", "The deputy secretary of the interior,":
    # the noun the phrase hangs on is the role, not the last word.
    phrase_head = _role_before_phrase(doc, comma, entity_at)
    if phrase_head is not None:
        head = phrase_head
    elif _one_of(doc, head):
        # "One of the two dissenting commissioners, Alan Birch,": one commissioner.
        start = title_start(doc, head, entity_at)
        reading = title_reading(doc, start, head + 1, entity_at)
        return singular_reading(doc, reading, start, head + 1)
    elif not is_role_noun(doc[head]) or label_at(entity_at, head) == "ORG":
        return None
    after = name_end(doc, entity, entity_at)
    # "His lawyer, Alana Whitcombe of the law firm X, said": the name's own
    # affiliation may follow it.
    if after < len(doc) and doc[after].text not in (",", ".", ";", "of", "at"):
        return None
    start = title_start(doc, head, entity_at)
    if any(t.lower_ in RELATIVE_WORDS for t in doc[start:comma]):
        # "a strategist for progressive causes whose agency, Fenton, made the
        # ads": the name stands beside the relative clause's noun, no role.
        return None
    honorifics = lexicon.honorifics()
    if start > 0 and doc[start - 1].lower_ in honorifics:
        start -= 1  # "Mr. Trump's campaign chairman, Paul Manafort,"
    elif start > 1 and doc[start - 1].text == "." and doc[start - 2].lower_ + "." in honorifics:
        start -= 2
    opening = start - 1
    while opening > 0 and doc[opening].tag_ == "JJ" and doc[opening].text.islower():
        opening -= 1  # "The federal Minister for Water,": an adjective the title left out
    before = doc[opening] if start > 0 else None
    if (
        before is not None
        # "the Halifax firm whose chief executive, Deborah Nakashima, told me"
        and before.lower_ not in ARTICLES | POSSESSIVES | ROLE_DETERMINERS | {"whose"}
        and not before.is_punct and before.tag_ != "POS"
        and not ends_line(before)
    ):
        return None
    if head < comma - 1:
        return split_affiliation(doc, start, comma, entity_at)
    return title_reading(doc, start, head + 1, entity_at)


def _one_of(doc: Doc, head: int) -> bool:
    """Whether a plural role ends "one of the (two) ...", a role of each one."""
    role = doc[head]
    of = role.head
    return (
        is_plural_role(role) and role.dep_ == "pobj" and of.lower_ == "of"
        and of.head.lower_ == "one"
    )


def _role_before_phrase(doc: Doc, comma: int, entity_at: dict[int, Entity]) -> int | None:
    """The role noun a short "for/of/at ..." phrase before COMMA hangs on, if
    any; a name in the phrase counts as one word ("The head of the National
    Association of State Retirement Administrators,")."""
    words = 0
    j = comma - 1
    while j > 1 and words < 6:
        if j in entity_at:
            j = entity_at[j].start - 1  # "of" inside "the Department of Defense"
            words += 1
            continue
        if doc[j].lower_ in ("for", "of", "at") and doc[j].head.i == j - 1:
            return j - 1 if is_role_noun(doc[j - 1]) else None
        words += 1
        j -= 1
    return None


def apposition_after(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> list[RoleReading]:
    """The roles (and affiliations) in "NAME, a special adviser at the ORG in Paris,".

    Coordinated roles ("a tax lawyer at X and a senior fellow at Y") give one
    reading each. After a list of names the apposition must be said of each
    ("A and B, both Democrats on the committee,") and is read in the singular.
    """
    names = listed_names(doc, entity, entity_at)
    comma = name_end(doc, names[-1], entity_at)
    bounds = apposition_bounds(doc, comma, entity_at)
    if bounds is None:
        return []
    start, end = bounds
    if len(names) == 1:
        return role_parts(doc, start, end, entity_at)
    said_of_each = doc[comma + 1].lower_ in lexicon.list_quantifiers() or any(
        is_plural_role(t) for t in doc[start:end]
    )
    if not said_of_each:
        return []
    return [singular_reading(doc, r, start, end) for r in role_parts(doc, start, end, entity_at)]


@cache
def _event_heads() -> frozenset[str]:
    return frozenset(lexicon.load("actor_types")["event_heads"])


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
    if label_at(entity_at, j) != "ORG" or entity_at[j].start != j:
        return None
    if doc[i].lower_ == "at" and doc[entity_at[j].end - 1].lower_ in _event_heads():
        # "attacked by Mr. Khan at the Democratic Convention": where he was.
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
    at = name_end(doc, entity, entity_at)
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "who":
        return _relative_role(doc, at + 1, entity_at)
    bounds = apposition_bounds(doc, at, entity_at)
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
    tenure = _tenure_role(doc, verb, entity_at)
    if tenure is not None:
        return tenure
    if verb.dep_ == "aux" and (running := candidacy_role(verb.head, entity_at)):
        return running  # "who is running for Congress"
    if verb.lemma_ == "be":
        return _relative_copular_role(doc, verb, entity_at)
    role = lexicon.role_verbs().get(verb.lemma_.lower())
    if role is None or verb.pos_ != "VERB":
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (p_obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("on", "at")
         for p_obj in prep.children if p_obj.dep_ == "pobj"),
        None,
    )  # "who sits on two pension boards", "who now teaches at ..."
    # "who teaches at Georgetown University": a teacher at it, not of it.
    joining = "at" if target is not None and target.head.lower_ == "at" else "of"
    if target is None:
        return RoleReading(role)
    end = target.right_edge.i + 1
    for k in range(target.i + 1, end):
        if doc[k].lower_ in RELATIVE_WORDS or (doc[k].text in (",", ";") and k not in entity_at):
            end = k  # "a House panel that investigated ...": the panel, not its work
            break
    words = doc[target.left_edge.i : end]
    if verb.tag_ == "VBD" and verb.lemma_.lower() not in lexicon.lasting_role_verbs():
        # "who led incident response at CISA ... before leaving", "retired Gen.
        # John Allen, who led United States forces in Afghanistan": a post held.
        role = f"former {role}"
    phrase = f"{role} {joining} {words.text}"
    organisation = next(
        (entity_at[t.i] for t in words
         if label_at(entity_at, t.i) == "ORG" and entity_at[t.i].start == t.i),
        None,
    )
    if organisation is None:
        return RoleReading(phrase)
    object_words = words[1:] if words[0].lower_ in ARTICLES else words
    # "who led a House panel": a panel of the House, not the House itself.
    short = object_words.text == organisation.text
    return RoleReading(role if short else phrase, organisation, phrase)


def _tenure_role(doc: Doc, verb, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "who spent 24 years as an attorney in the enforcement division of the
    SEC before retiring" gives "former attorney in ... of the SEC"; "who ...
    and retired as its chief hydrologist for the lower basin" gives "retired
    chief hydrologist for the lower basin". The verbs and their word are
    `tenure_verbs` in roles.json; a present tense ("serves as") keeps the post."""
    tenure = lexicon.tenure_verbs()
    later = sorted((c for c in verb.conjuncts if c.i > verb.i), key=lambda c: -c.i)
    for candidate in [*later, verb]:  # "spent 31 years at X and retired as ...": the last post
        prefix = tenure.get(candidate.lemma_.lower())
        post = next((p_obj for prep in candidate.children
                     if prep.dep_ == "prep" and prep.lower_ == "as"
                     for p_obj in prep.children if p_obj.dep_ == "pobj"), None)
        if prefix is None or post is None or not is_role_noun(post):
            continue
        start = post.left_edge.i
        if doc[start].lower_ in ARTICLES | POSSESSIVES:
            start += 1
        end = post.right_edge.i + 1
        for k in range(post.i + 1, end):
            if doc[k].lower_ in RELATIVE_WORDS | {"before", "after", "until", "since"} or (
                doc[k].text in (",", ";") and k not in entity_at
            ):
                end = k
                break
        if candidate.tag_ in ("VBZ", "VBP"):
            prefix = ""  # "who serves as ..."
        reading = split_affiliation(doc, start, end, entity_at)
        if reading is None:
            return None
        phrase = f"{prefix} {doc[start:end].text}".strip()
        return RoleReading(f"{prefix} {reading.role}".strip(), reading.affiliation, phrase,
                           reading.more_bodies)
    return None


def role_before_list(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> RoleReading | None:
    """ "Four senators on the Intelligence Committee - A, B, C and D - said":
    the plural role before a list opened by a dash, colon or bracket, said of
    each name in the singular ("senator on the Intelligence Committee")."""
    names = listed_names(doc, entity, entity_at)
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
            or ends_line(token)
        ):
            break
        start -= 1
    while start < opener and doc[start].pos_ in ("DET", "NUM"):
        start += 1  # "Four senators", "the two lawmakers"
    if not any(is_plural_role(t) for t in doc[start:opener]):
        return None
    reading = split_affiliation(doc, start, opener, entity_at)
    return singular_reading(doc, reading, start, opener) if reading is not None else None


def copular_roles(
    doc: Doc, entity: Entity, entity_at: dict[int, Entity]
) -> list[RoleReading]:
    """ "Chad Brower is the senior fellow at ORG and a former chief economist
    at ORG.": the roles a present-tense "is" gives the name it follows, when
    the word it names is a role."""
    verb = name_end(doc, entity, entity_at)
    if verb + 1 >= len(doc) or doc[verb].lower_ != "is" or doc[entity.end - 1].dep_ != "nsubj":
        return []
    if any(child.dep_ == "neg" for child in doc[verb].children):
        return []  # "X is not a member of the tribe"
    if any(t.tag_ in ("``", "''") for t in doc[verb].sent):
        return []  # "Trump is a representative of ...," she said: an opinion, no role
    attr = next((c for c in doc[verb].children if c.dep_ == "attr"), None)
    if attr is None or not is_role_noun(attr):
        return []
    return role_parts(doc, verb + 1, _complement_end(doc, verb + 1, entity_at), entity_at)


def _complement_end(doc: Doc, start: int, entity_at: dict[int, Entity]) -> int:
    """Where the role after "is" / "who was" ends: before a clause, a comma, or the
    dates of the post ("coordinator ... at the State Department from 2009 to 2012")."""
    end = start
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
        if (token.lower_ in _DATE_PREPOSITIONS and end + 1 < len(doc)
                and doc[end + 1].like_num):
            break
        end += 1
    return end


_DATE_PREPOSITIONS = frozenset({"from", "until", "since", "between", "in", "through"})


def _relative_copular_role(doc: Doc, verb, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "Daniel Benjamin, who was coordinator for counterterrorism at the State Department
    from 2009 to 2012" gives "former coordinator for counterterrorism at the State
    Department"; "who is a hydrologist at ..." gives the post as held."""
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is None or not is_role_noun(attr) or any(c.dep_ == "neg" for c in verb.children):
        return None
    start = attr.left_edge.i
    readings = role_parts(doc, start, _complement_end(doc, start, entity_at), entity_at)
    if not readings:
        return None
    reading = readings[0]
    if verb.tag_ != "VBD" or not reading.role:
        return reading
    return RoleReading(f"former {reading.role}", reading.affiliation,
                       f"former {reading.phrase}" if reading.phrase else "", reading.more_bodies)


def kind_after_and_other(doc: Doc, entity: Entity) -> RoleReading | None:
    """ "Trump and other Republicans" gives "Republican"; "Toomey and other vulnerable
    senators" gives "senator"; "Schultz and other party officials", "party official": the
    kind the name is one of. Evaluative adjectives ("vulnerable", "top") are no part of it."""
    at = entity.end
    if at + 2 >= len(doc) or doc[at].lower_ != "and" or doc[at + 1].lower_ != "other":
        return None
    head = next((t for t in doc[at + 2 : at + 6] if t.tag_ in ("NNS", "NNPS")), None)
    if head is None or any(t.pos_ not in ("ADJ", "NOUN", "PROPN")
                           for t in doc[at + 2 : head.i]):
        return None
    singular = head.lemma_.lower()
    if head.text[:1].isupper() and head.text.endswith("s"):
        singular = head.text[:-1].lower()  # "Republicans", "Democrats"
    partisan = lexicon.expert_words().partisan
    if singular not in lexicon.role_heads() and singular not in partisan:
        return None
    kept = [t.text for t in doc[at + 2 : head.i]
            if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.text[:1].isupper())]
    noun = head.text[:-1] if singular in partisan else head.lemma_
    return RoleReading(" ".join([*kept, noun]))


def stacked_titles(reading: RoleReading | None) -> list[RoleReading]:
    """ "Senate Majority Leader Sen. Mitch McConnell" holds two titles: "Senate Majority
    Leader" (with its body) and "senator", not one "Senate Majority Leader senator"."""
    if reading is None:
        return []
    first, _, last = reading.role.rpartition(" ")
    short_forms = set(lexicon.title_abbreviations().values())
    head = first.split()[-1] if first else ""
    if last not in short_forms or not head[:1].isupper() or not (
            head.lower() in lexicon.role_heads() or head.lower() in lexicon.titles()):
        return [reading]  # "Former Sen.", "State Sen." are one title
    phrase = reading.phrase.rpartition(" ")[0] if reading.phrase.endswith(last) else ""
    return [RoleReading(first, reading.affiliation, phrase, reading.more_bodies),
            RoleReading(last)]


PARTY_LABEL = re.compile(r"\s*\(([A-Z])-[A-Z][\w. ]{0,20}\)")


def party_label(doc: Doc, entity: Entity) -> RoleReading | None:
    """ "Sen. Marcia Delgado (D-N.M.)": the party a letter after the name gives."""
    last = doc[entity.end - 1]
    found = PARTY_LABEL.match(doc_text(doc), last.idx + len(last.text))
    party = lexicon.load("roles")["party_letters"].get(found.group(1)) if found else None
    return RoleReading(party) if party else None


def roles_of_mention(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> list[RoleReading]:
    """Every role the words around one person mention give (a reading with
    no role words carries only an affiliation).

    `entity_at` maps each token index inside a corrected entity to that entity.
    """
    readings = [
        *stacked_titles(title_before(doc, entity, entity_at)
                        or shared_title(doc, entity, entity_at)),
        role_before_comma(doc, entity, entity_at),
        role_before_list(doc, entity, entity_at),
        *apposition_after(doc, entity, entity_at),
        affiliation_after(doc, entity, entity_at),
        relative_clause_role(doc, entity, entity_at),
        *copular_roles(doc, entity, entity_at),
        appointed_role(doc, entity, entity_at),
        capacity_role(doc, entity, entity_at),
        kind_after_and_other(doc, entity),
        party_label(doc, entity),
    ]
    colon = transcript_label_colon(doc, entity)
    if colon is not None:
        readings.append(host_reading(doc, colon))
    return [r for r in readings if r is not None and (r.role.strip() or r.affiliation)]
