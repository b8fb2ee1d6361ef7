"""Names that are no actors, told by how the article uses them.

The recogniser tags "Treasury" in "the 10-year Treasury note", "U.S." in
"U.S. hospitals", "Calais" in "three days at Calais", "TSN" in "Tyson Foods
(TSN) shares", "BRUSSELS (Reuters) -" and "Wegovy" in "the maker of Wegovy"
as organisations, places or people. A name is an actor when the article
names it at least once as one: an actor every one of whose mentions is an
adjective before a common noun, a place, a dateline, a ticker or a product
is dropped. Titles read as names ("Trade Economist", "Mr. Secretary",
"Reginald Hale Senior Fellow") and a word
for a kind of institution alone ("College") are dropped by their words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefer.core.records import ExtractedActor, ExtractedQuote, Span
from briefer.nlp import lexicon
from briefer.nlp.bodies import names_a_body, type_words
from briefer.nlp.credits import credit_lines, only_credited
from briefer.nlp.entity_spans import institution_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
OTHER_WORD_TAGS = frozenset({"RB", "VB"})  # an adverb, a verb's bare form
LOWER_WORD = re.compile(r"(?<![\w-])[a-z][\w-]*")


@cache
def _words() -> dict[str, frozenset[str]]:
    data = lexicon.load("actor_types")["non_actor_uses"]
    return {key: frozenset(w.lower() for w in words) for key, words in data.items()
            if not key.startswith("_")}


def _span(doc: Doc, mention: Span) -> DocSpan | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _is_modifier(span: DocSpan, listed: bool, country: bool) -> bool:
    """ "U.S. hospitals", "a Glasgow shipyard", "the 10-year Treasury note": the
    name qualifies a common noun. "A Defra spokesperson" and "former U.S.
    Army commander" still name the body (a country so named is an
    adjective, "the Saudi defense minister"); a body known by name ("NATO
    allies", "a Senate hearing") is named unless the noun is a part or a
    product of it ("a House subcommittee", "Treasury yields")."""
    root = span.root
    head = root.head
    common = head.tag_ in COMMON_NOUN_TAGS or (head.pos_ in ("NOUN", "PROPN") and head.is_lower)
    if not (root.dep_ in MODIFIER_DEPS and head.i >= span.end and common):
        return False
    lemma = head.lemma_.lower()
    if not listed and _is_cadre(span, head):
        return True
    if lemma in _words()["speaking_heads"]:
        return False
    if not country and lemma in lexicon.role_heads() and (
        head.dep_ == "appos" or head.head.ent_type_ == "PERSON"
        or any(t.ent_type_ == "PERSON" for t in head.subtree)
    ):
        return False
    return not listed or lemma in _words()["parts_and_products"]


def _is_cadre(span: DocSpan, head: Token) -> bool:
    """ "an IAS officer of the 2004 batch": an unknown acronym before a noun whose phrase
    names a service, cadre or grade says what the person is, not whom they speak for."""
    cadre = _words()["cadre_words"]
    return len(span) == 1 and span.text.isupper() and any(
        t.lower_ in cadre for t in head.subtree if t.i >= span.end)


def _is_place(span: DocSpan) -> bool:
    """ "at Calais", "shares rose in Copenhagen", "outside Grant High School":
    the object of a preposition of place that does not follow a role ("an
    economist at UBS" names UBS as the economist's employer); a body's name
    only after a preposition that can only mean a place ("outside", "near")."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in _words()["place_prepositions"]:
        return False
    if preposition.head.lemma_.lower() in lexicon.role_heads() | _words()["working_verbs"]:
        return False
    institutions = lexicon.load("organizations")["institution_heads"]
    named_body = names_a_body(span.text) or any(t.text in institutions for t in span)
    # "lived at Birchfield House", "mould at Birchfield House in Rotherham": a home or a
    # site in a town, named like a body.
    dwelt = preposition.head.lemma_.lower() in _words()["dwelling_verbs"]
    sited = not _is_listed(span.text) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children)
        for c in root.children
    )
    return preposition.lower_ in _words()["only_place_prepositions"] or not named_body or (
        dwelt or sited
    )


def _is_hometown(span: DocSpan) -> bool:
    """ "Maureen Tillotson, 78, from Wigan", "a theatre director from Hull": one word
    after "from" that hangs on a named person or a role is where they live."""
    root = span.root
    owner = root.head.head
    return len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "from" and (
        owner.ent_type_ == "PERSON" or owner.lemma_.lower() in lexicon.role_heads()
    )


def _is_country_as_place(span: DocSpan) -> bool:
    """ "in Denmark, Sweden and Norway", "its first plant in the United States":
    a country that is only where something is or happens, the object (or one
    of the listed objects) of "in", "across" or "throughout", with nothing
    said of it ("China, which refines ..." is an actor)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in _words()["country_place_prepositions"]:
        return False
    if preposition.head.lemma_.lower() in _words()["partner_nouns"]:
        return False  # "our partners in the European Union and the United Kingdom"
    return not any(
        c.dep_ in ("relcl", "appos", "acl") for t in (span.root, root) for c in t.children
    )


def _is_seat(span: DocSpan) -> bool:
    """ "The MP for Heysen", "the Member for Torrens": the seat a member holds is
    a place, named with no article ("covered the senator for the USA TODAY
    NETWORK" names his employer)."""
    root = span.root
    preposition = root.head
    return (
        root.dep_ == "pobj" and preposition.lower_ == "for"
        and preposition.head.lower_ in _words()["constituency_roles"]
        and not any(c.dep_ == "det" for c in root.children)
    )


def _is_visited(span: DocSpan) -> bool:
    """ "whose daughters attend Roosevelt High School": the object of a verb of
    going somewhere is a place, unless a listed body ("visited the White House")."""
    root = span.root
    return (
        root.dep_ == "dobj" and root.head.lemma_.lower() in _words()["place_verbs"]
        and not _is_listed(span.text)
    )


def _is_programme(span: DocSpan, actors: list[ExtractedActor]) -> bool:
    """ "said on BBC Radio 4's Front Row": a name after a broadcaster's possessive is
    one of its programmes."""
    if span.start < 2 or span[0].doc[span.start - 1].tag_ != "POS":
        return False
    owner = span[0].doc[span.start - 2].idx
    return any(a.type == "media" and any(m.start <= owner < m.end for m in a.mentions)
               for a in actors)


def _is_unit_in_a_role(span: DocSpan, text: str, actors: list[ExtractedActor]) -> bool:
    """ "Oliver Strand, Director of Online Safety Supervision, Ofcom": a unit
    named in a title before the body's name is part of the role."""
    before = text[max(0, span.start_char - 40) : span.start_char].split()
    if len(before) < 2 or before[-1] != "of" or not lexicon.is_title_word(before[-2]):
        return False
    after = text[span.end_char : span.end_char + 3]
    if not after.startswith(", "):
        return False
    following = span.end_char + 2
    return any(m.start == following for a in actors for m in a.mentions)


def _is_place_or_event_name(actor: ExtractedActor) -> bool:
    """ "The Ridgeline Fire", "the Gold Country Fairgrounds", "the Tour de
    France", "the Salar de Maricunga": a name that opens or ends with a word
    for a place, an event or a treaty names no actor; a word in lower case
    qualifies the name ("the convention Rules Committee")."""
    written = actor.name.split()
    words = [w.lower() for w in written]
    if len(words) < 2 or actor.type == "country" or _is_listed(actor.name):
        return False
    if actor.type == "person" and (actor.roles or lexicon.first_name_gender(words[0])):
        return False  # "Bayou Rigaud" taken for a person; "Rick Lake" is one
    place_words = _words()["place_and_event_words"]
    endings = _words()["document_name_endings"]
    return any(
        words[i] in place_words and not written[i].islower() for i in (0, -1)
    ) or (words[-1] in endings and not written[-1].islower())


def _is_dateline(span: DocSpan, text: str) -> bool:
    """ "BRUSSELS (Reuters) -", "LONDON —": a name in capitals opening a paragraph."""
    start = span.start_char
    opens = start == 0 or text[:start].rstrip(" \t").endswith("\n")
    after = text[span.end_char : span.end_char + 3].lstrip()
    return opens and span.text.isupper() and after[:1] in ("(", "-", "—", "–", ",")


def _is_ticker(span: DocSpan, text: str, actors: list[ExtractedActor]) -> bool:
    """ "Tyson Foods (TSN)": capitals in brackets right after another body's name."""
    start, end = span.start_char, span.end_char
    if not (span.text.isupper() and text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    before = text[: start - 1].rstrip()
    return any(m.end == len(before) for a in actors for m in a.mentions)


def _is_common_word(span: DocSpan, lower_words: frozenset[str]) -> bool:
    """ "Utilities say ...", "Energy analysts ...", '"Grass is the kindling"',
    "Nationally, ...", "Subscribe here.": one common word, capitalised only
    because it opens a sentence, a quote or a line (tagged as a common noun,
    an adverb or a bare verb, or written in lower case elsewhere)."""
    token = span[0]
    if len(span) != 1 or lexicon.countries().country_of_demonym(token.text) is not None:
        return False  # "Norwegians said ..."
    before = token.nbor(-1) if token.i > 0 else None
    opens = (
        before is None or token.is_sent_start or "\n" in before.text_with_ws
        or before.text in ('"', "“", "‘", "'")
    )
    ordinary = token.tag_ in COMMON_NOUN_TAGS or token.tag_ in OTHER_WORD_TAGS or (
        token.text[:1].isupper() and token.text.lower() in lower_words
    )
    return opens and bool(ordinary)


def _is_unnamed_label(span: DocSpan, text: str) -> bool:
    """ "QUESTION:" opening a transcript turn: an unnamed reporter, no actor."""
    start, end = span.start_char, span.end_char
    opens = start == 0 or text[:start].rstrip(" \t").endswith("\n")
    labels = lexicon.load("speech")["unnamed_speaker_labels"]
    return opens and text[end : end + 1] == ":" and span.text.lower() in labels


def _is_part_of_a_date(span: DocSpan) -> bool:
    """ "Super Tuesday", "Black Friday": one word the recogniser cut from the
    capitalised day it qualifies ("Fox News Sunday" still names Fox News)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) == 1 and after is not None and after.ent_type_ == "DATE"
        and after.text[:1].isupper() and after.lower_ in type_words().non_actors
    )


def _is_part_of_a_document_name(span: DocSpan, text: str) -> bool:
    """ "the Paris Declaration on Trustworthy AI": a name after a capitalised
    word for a treaty, law or event and "on", "of" or "for" ends its name."""
    before = text[max(0, span.start_char - 30) : span.start_char].split()
    names_one = _words()["place_and_event_words"] | _words()["document_name_endings"]
    return (
        len(before) >= 2 and before[-1] in ("on", "of", "for") and before[-2][:1].isupper()
        and before[-2].lower() in names_one
    )


def _is_vessel(span: DocSpan, text: str) -> bool:
    """ "the bulk carrier Gulf Meridian": a ship, named after what it is."""
    before = " ".join(text[max(0, span.start_char - 30) : span.start_char].split()).lower()
    return any(before.endswith(" " + word) or before == word for word in _words()["vessel_words"])


def _is_platform(span: DocSpan) -> bool:
    """ "a statement posted on Telegram": the network a statement is posted
    on, not an actor."""
    root = span.root
    return (
        root.dep_ == "pobj" and root.head.lower_ == "on"
        and " ".join(span.text.lower().split()) in _words()["social_networks"]
    )


def _is_across_a_border(span: DocSpan) -> bool:
    """ "near the border with Niger": a country as a place on a map."""
    root = span.root
    preposition = root.head
    return (
        root.dep_ == "pobj" and preposition.lower_ in ("with", "of")
        and preposition.head.lemma_.lower() in _words()["border_words"]
    )


def _is_named_after(span: DocSpan) -> bool:
    """ "the James S. Brady briefing room", "the Ronald Reagan airport": a
    person's name qualifying a room, building or prize named after them."""
    head = span.root.head
    return (
        span.root.dep_ == "compound" and head.i >= span.end and head.is_lower
        and head.lemma_.lower() in _words()["named_after_heads"]
    )


def _is_the_thing(span: DocSpan) -> bool:
    """ "a passage from the Bible about ...": a surname after "the",
    qualifying no noun; a person whose every surname is so written is a
    thing's name ("the King James Bible"), for no one is "the Smith" each
    time ("the real Trump" is a turn of phrase)."""
    doc = span.doc
    return (
        len(span) == 1 and span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and (span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN"))
    )


def _is_one_member(span: DocSpan) -> bool:
    """ "served in combat as a Marine": a one-word force or body's name after
    "a" or "an" with no noun after it names one of its members, not the body
    ("a Republican Party that elevated his father" is the party)."""
    return len(span) == 1 and span.root.dep_ not in ("compound", "amod") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children
    )


def _is_product(span: DocSpan) -> bool:
    """ "the maker of Wegovy": what a firm makes is no actor."""
    root = span.root
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.lemma_.lower() in _words()["product_owners"]
    )


def _is_title(actor: ExtractedActor) -> bool:
    """ "Mr. Secretary", "Trade Economist", "Reginald Hale Senior Fellow": a
    title or a role head ends the name, and no institution word is in it."""
    words = actor.name.replace(".", ". ").split()
    if not words or actor.type not in ("person", "organization", "group"):
        return False
    lowered = [w.lower().rstrip(".") for w in words]
    if all(lexicon.is_title_word(w) or w.rstrip(".") in lexicon.honorifics() for w in lowered):
        return True
    institutions = institution_words()
    # "Calder County Sheriff" (before "Ray Dunham"), read as a person: an
    # institution's or a county's name and a role, with no "of" that would
    # make it a body.
    owners = institutions | type_words().prefixes["local"]
    if (
        actor.type == "person" and "of" not in lowered and lowered[-1] in lexicon.role_heads()
        and any(w in owners for w in lowered[:-1])
    ):
        return True
    if any(w in institutions for w in lowered):
        return False
    if lowered[-1] not in lexicon.role_heads() or len(words) < 2:
        return False
    return actor.type != "person" or lexicon.first_name_gender(words[0]) is None


OWNER_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z][\w.]*\s)*[A-Z][\w.]*['’]s\s$")


def _is_no_name(actor: ExtractedActor) -> bool:
    """ "Walmart Stores v. Dukes" (a court case), "pro-Islamic State" (a stance,
    in lower case: the "Anti-Defamation League" is a body): words that name no
    actor."""
    words = actor.name.split()
    uses = _words()
    if not words or actor.type in ("person", "country"):
        return False
    return any(w.lower() in uses["case_markers"] for w in words[1:-1]) or (
        words[0].startswith(tuple(uses["stance_prefixes"]))
    )


ROMAN_NUMERAL = re.compile(r"^[IVXL]+$")


def _is_acronym_taken_for_a_surname(actor: ExtractedActor) -> bool:
    """ "Trustworthy AI" (of "the Paris Declaration on Trustworthy AI"), its
    "AI" then found everywhere: a "person" whose last word is an acronym and
    whose first word is no given name is no person ("Mohammed VI" is one)."""
    words = actor.name.split()
    if actor.type != "person" or len(words) < 2:
        return False
    last = words[-1]
    return (
        last.isalpha() and last.isupper() and len(last) <= 4
        and not ROMAN_NUMERAL.match(last) and last.lower() not in lexicon.name_suffixes()
        and lexicon.first_name_gender(words[0]) is None
    )


def _is_bare_kind(actor: ExtractedActor) -> bool:
    """ "College", "the Institute" with no institute named, "a super PAC": a
    word for a kind of institution alone names none."""
    return (
        actor.type != "person" and not _is_listed(actor.name)
        and " ".join(actor.name.lower().split()) in _words()["kind_words"]
    )


def _named_with_owner(text: str, actor: ExtractedActor) -> bool:
    """ "the King's Fund", "St. Anselm's College": a kind word the recogniser
    cut from the possessive opening its name gets the name back; whether it did."""
    for mention in actor.mentions:
        owner = OWNER_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if owner is not None:
            actor.name = text[owner.start() : mention.end]
            actor.mentions = [
                Span(owner.start(), m.end, text[owner.start() : m.end]) if m is mention else m
                for m in actor.mentions
            ]
            return True
    return False


def _is_listed(name: str) -> bool:
    """A body the lexicons know by this name ("NATO", "Senate", "NHS")."""
    key = lexicon.name_key(name)
    return (
        key in lexicon.org_acronyms() or key in lexicon.known_organizations()
        or " ".join(name.lower().split()) in type_words().names
    )


def without_non_actors(doc: Doc, text: str, actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """ACTORS less those the article never names as actors."""
    lower_words = frozenset(LOWER_WORD.findall(text))
    credits = credit_lines(text)
    kept = []
    for actor in actors:
        if (
            _is_title(actor) or _is_no_name(actor) or _is_place_or_event_name(actor)
            or _is_acronym_taken_for_a_surname(actor)
            or (_is_bare_kind(actor) and not _named_with_owner(text, actor))
            or only_credited(actor, credits)
        ):
            continue
        if actor.type == "person" and len(actor.name.split()) > 1:
            spans = [_span(doc, m) for m in actor.mentions]
            surnames = [s for s in spans if s is not None and s.text == actor.name.split()[-1]]
            if not (spans and all(s is not None and _is_named_after(s) for s in spans)) and not (
                surnames and all(_is_the_thing(s) for s in surnames)
            ):
                kept.append(actor)
            continue
        # "the Regional Transportation Authority board": a body's full name, known or not,
        # names the body before a noun as a listed one does.
        listed = _is_listed(actor.name) or (
            len(actor.name.split()) > 1 and names_a_body(actor.name)
        )
        uses = []
        for mention in actor.mentions:
            span = _span(doc, mention)
            if span is None or not len(span):
                uses.append(False)
                continue
            uses.append(
                _is_modifier(span, listed, actor.type == "country")
                or _is_dateline(span, text)
                or _is_ticker(span, text, actors)
                or _is_product(span)
                or _is_common_word(span, lower_words)
                or _is_unnamed_label(span, text)
                or (actor.type != "person" and _is_visited(span))
                or (actor.type == "person" and _is_hometown(span))
                or _is_unit_in_a_role(span, text, actors)
                or _is_programme(span, actors)
                or (actor.type != "country" and _is_place(span))
                or (actor.type == "country" and _is_country_as_place(span))
                or _is_seat(span)
                or _is_part_of_a_date(span)
                or _is_part_of_a_document_name(span, text)
                or _is_vessel(span, text)
                or _is_platform(span)
                or _is_across_a_border(span)
                or (actor.type not in ("person", "group") and _is_one_member(span))
            )
        if uses and all(uses):
            continue
        kept.append(actor)
    return kept


# What says a quoted name is an actor the article describes: an apposition
# ("Lafitte, the parish's largest employer"), a title or modifier, an article.
DESCRIBING_DEPS = frozenset({"appos", "amod", "compound", "det", "poss", "nmod", "acl", "relcl"})


def _has_body_word(name: str) -> bool:
    """ "Federation of Northern Employers", "Salford University": a word of the
    name says what kind of body it is."""
    words = {w.lower().strip(".,") for w in name.split()}
    return bool(words & _body_words())


@cache
def _body_words() -> frozenset[str]:
    kinds = type_words()
    institutions = institution_words()
    heads = {h for kind in kinds.heads.values() for h in kind}
    return frozenset(institutions | kinds.body_heads | heads)


def _is_described(span: DocSpan) -> bool:
    """Whether the words around a mention say what the name is: an apposition
    either way, or a word qualifying it outside the name."""
    root = span.root
    if root.dep_ == "appos":
        return True
    return any(
        child.dep_ in DESCRIBING_DEPS and not span.start <= child.i < span.end
        for child in root.children
    )


def without_names_only_quoted(
    doc: Doc, actors: list[ExtractedActor], quotes: list[ExtractedQuote]
) -> list[ExtractedActor]:
    """ACTORS less the names of no known kind found only in people's own words.

    "Nobody in Baton Rouge is going to let Lafitte drown twice", "This could
    be Anywhere U.S.A.", "the devastating news from FL": a name the recogniser
    took for an organisation without saying what kind (no listed body, no
    word like "Agency" or "Institute"), every mention of it inside direct
    quotes, never a speaker and never described, is a place or a thing the
    speaker names in passing, not an actor of the story."""
    direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    speakers = {key for q in quotes for key in q.speaker_keys}
    kept = []
    for actor in actors:
        if (
            actor.type == "organization" and actor.key not in speakers and actor.mentions
            and not _is_listed(actor.name) and not _has_body_word(actor.name)
            and all(_only_quoted(doc, mention, direct) for mention in actor.mentions)
        ):
            continue
        kept.append(actor)
    return kept


def _only_quoted(doc: Doc, mention: Span, direct: list[tuple[int, int]]) -> bool:
    if not any(start <= mention.start and mention.end <= end for start, end in direct):
        return False
    span = _span(doc, mention)
    return span is not None and len(span) > 0 and not _is_described(span)



@cache
def _thing_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = lexicon.load("groups")
    return (frozenset(data["things_said_to_speak"]), tuple(data["thing_suffixes"]),
            frozenset(data["people_with_thing_suffixes"]))


def is_thing_noun(lemma: str) -> bool:
    """Whether a common noun names a thing a story says "says" or "shows"
    ("the missive suggests", "his remarks show", "the timeline indicates",
    "the assessment warns"), never people ("the rebels say", "a neighbor
    said", "the government said"): listed, or an abstract noun by its ending."""
    things, suffixes, people = _thing_words()
    lemma = lemma.lower()
    if lemma in people:
        return False
    return lemma in things or lemma.endswith(suffixes)
