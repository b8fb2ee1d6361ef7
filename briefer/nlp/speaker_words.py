"""Token tests and spans the speaker attribution reads: the words naming a
speaker, co-speakers, appositions, datelines, shares of those polled."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefer.core.records import ExtractedActor
from briefer.nlp.lexicon import first_name_gender, is_title_word, role_heads, titles

SHARE_WORDS = {"half", "third", "thirds", "quarter", "quarters", "fourths", "fifths",
               "majority", "plurality"}


NAME_DEPS = ("compound", "flat", "amod", "poss", "det", "nummod", "case")


def name_span(head: Token) -> Span:
    """The words naming a speaker: the head with its compounds and modifiers
    on the left ("UK Prime Minister Keir Starmer"), without a trailing "'s"."""
    left = head
    for child in head.lefts:
        if child.dep_ in NAME_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    end = head.i + 1
    while end - 1 > left.i and head.doc[end - 1].dep_ == "case":
        end -= 1
    return head.doc[left.i : end]


def is_dateline(token: Token) -> bool:
    """Whether a word is the place of a dateline opening a paragraph
    ("WASHINGTON --", "BRUSSELS (Reuters) -"): capitals, then a dash or bracket."""
    doc = token.doc
    if not token.text.isupper() or len(token.text) < 2 or token.i + 1 >= len(doc):
        return False
    first = token.i
    while first > 0 and doc[first - 1].text.isupper() and "\n" not in doc[first - 1].whitespace_:
        first -= 1
    opens = first == 0 or "\n" in doc[first - 1].whitespace_ or "\n" in doc[first - 1].text
    return opens and doc[token.i + 1].text in ("--", "—", "–", "-", "(")


def person_gender(actor: ExtractedActor) -> str | None:
    """A person's sex as the first name of a full name tells it, if it does."""
    words = actor.name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def person_after_cut_title(token: Token) -> Token | None:
    """ "said Pentagon spokesman Navy Capt. Jeff Davis": the parser ended the
    sentence at the title's full stop; the speaker is the name after it."""
    doc = token.doc
    if not is_title_word(token.text) or token.i + 2 >= len(doc):
        return None
    stop, first = doc[token.i + 1], doc[token.i + 2]
    if stop.text != "." or first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    last = first.i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return doc[last]


def name_apposed_to_title(head: Token) -> Token | None:
    """ "The Opposition Leader, Kirsty Albrecht, said", "The federal Minister
    for Water, Jacinta Reyes, said": a capitalised title the parser tags as a
    name, with a person's full name in apposition; the name is the speaker."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or head.lower_ not in role_heads():
        return None
    apposed = [c for c in head.rights if c.dep_ == "appos"] + [
        a for prep in head.rights if prep.dep_ == "prep"
        for pobj in prep.children if pobj.dep_ == "pobj"
        for a in pobj.rights if a.dep_ == "appos"
    ]
    for name in apposed:
        full = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.lefts)
        if name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or full):
            return name
    return None


def relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative clause's "who" or "which" stands for. "Jane Roe, the
    chief economist at Harbor Bank, who said ...": the parser hangs the
    clause on the bank, but "who" is the person the apposition describes."""
    antecedent = pronoun.head.head
    if pronoun.lower_ != "who" or antecedent.ent_type_ == "PERSON" or antecedent.dep_ != "pobj":
        return antecedent
    described = antecedent.head.head
    if described.dep_ == "appos" and described.pos_ == "NOUN" and described.head.pos_ == "PROPN":
        return described.head
    return antecedent


def is_known_name(token: Token, actors: list[ExtractedActor]) -> bool:
    """Whether a mention of a known actor covers the word, or the word,
    capitalised, is the surname of a person the article names ("Trump at
    the time said ...", tagged as the common noun)."""
    if any(m.start <= token.idx < m.end for actor in actors for m in actor.mentions):
        return True
    return token.text[:1].isupper() and any(
        actor.type == "person" and len(actor.name.split()) > 1
        and actor.name.split()[-1] == token.text
        for actor in actors
    )


def is_misread_description(token: Token) -> bool:
    """"Utilities say ...": a plural common noun opening a sentence that the
    recogniser took, alone, for an organisation."""
    return (
        token.pos_ == "NOUN" and token.tag_ == "NNS" and token.is_sent_start
        and token.ent_iob_ == "B" and (token.i + 1 == len(token.doc)
                                       or token.doc[token.i + 1].ent_iob_ != "I")
    )


def is_share(token: Token) -> bool:
    """Whether a speaker word is a share of people ("percent", "%", "4 in 10",
    "half", "two-thirds") rather than anyone's name."""
    if token.lower_ in SHARE_WORDS:
        return True
    if token.ent_type_ == "PERCENT":
        return token.pos_ in ("NUM", "NOUN") or token.text == "%"
    # "4 in 10", "one out of five": a count alone ("two said") is no share.
    return token.ent_type_ == "CARDINAL" and any(
        c.lower_ in ("in", "of", "out") for c in token.children
    )


def labelled_person(token: Token) -> Token:
    """The person a party label describes ("Reps. Ann Lee, Republican of Ohio,
    and ..." parsed with the label as the subject): the name before its comma."""
    doc = token.doc
    if token.ent_type_ != "NORP" or token.i < 2 or doc[token.i - 1].text != ",":
        return token
    name = doc[token.i - 2]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else token


def without_article(words: Span) -> Span:
    """A name without the article before it ("the British Chambers of Commerce")."""
    while len(words) > 1 and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return words


def is_capitalised_inside(token: Token) -> bool:
    """A capitalised word inside a sentence, a name the tagger took for a
    common noun or adjective ("a poll by Survation", "OPEC+ sources")."""
    return token.text[:1].isupper() and not token.is_sent_start and any(
        c.isalpha() for c in token.text
    )


def named_apposition(head: Token) -> Token | None:
    """The name in apposition to a description ("a top strategist, John
    Weaver"), or to the body it belongs to ("a spokesman for the F.A.A.,
    Greg Tilden", "the head of the association, Curtis Blaylock"), "its
    sponsor, the utility Rheinwatt Energie"; "a Republican from Ohio"
    describes, it names no one."""
    for child in head.rights:
        describes = child.ent_type_ == "NORP" or (
            any(c.dep_ == "det" for c in child.lefts)
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in child.lefts)
        )
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not describes:
            return child
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            # "its sponsor, the utility Rheinwatt Energie": the name the
            # apposed description holds.
            named = next(
                (c for c in child.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None
            )
            if named is not None and named.ent_type_ != "NORP":
                return named
    for prep in head.rights:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            for child in pobj.rights:
                # A person's name: tagged so, or an untagged full name.
                full_name = child.ent_type_ == "" and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in child.lefts
                )
                if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or full_name):
                    return child
    return None


def conjoined(head: Token) -> list[Token]:
    """The head and every noun conjoined to it ("Heisbourg and Arnold")."""
    heads = [head]
    listed = titles()
    if head.lower_ in listed and all(c.lower_ in listed for c in head.conjuncts) and (
        named_apposition(head) is not None
    ):
        return heads  # "The Tánaiste and Minister for Finance, Siobhán Kinsella,": one person
    members = list(head.conjuncts)
    labels = []
    named = named_apposition(head) if head.pos_ == "NOUN" else None
    if named is not None:
        # "His team, Alpenwerk Racing, and its sponsor, ...": the next
        # speaker hangs on the first one's name.
        members += [c for c in named.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        labels.append(named)
    if head.ent_type_ == "PERSON":
        # "McCain, Graham, Schumer and Reed": the parser often hangs the
        # second name on the first as an apposition, the rest on it.
        for child in head.rights:
            if child.dep_ in ("appos", "npadvmod") and child.ent_type_ == "PERSON":
                members += [child, *child.conjuncts]
            elif child.dep_ == "appos" and child.ent_type_ == "NORP":
                # "Kolb, Democrat of Maine, and Penn, ...": the next name
                # hangs on the first one's party label.
                labels.append(child)
                members += [c for c in child.conjuncts if c.ent_type_ == "PERSON"]
    # "A, B, C and D": the "and" hangs on the last but one.
    if not any(c.dep_ == "cc" for t in (head, *members, *labels) for c in t.children):
        return heads
    for token in sorted(set(members), key=lambda t: t.i):
        if token.i > head.i and token.pos_ in ("PROPN", "NOUN", "PRON"):
            heads.append(apposed_name(head, token) if token.pos_ == "NOUN" else token)
    return heads


def apposed_name(head: Token, member: Token) -> Token:
    """The name that follows a described co-speaker ("... and its sponsor,
    the insurer Havbro Mutual, said"), wherever the parser hung it: the
    member's own apposition, else the head's first one after the member."""
    named = named_apposition(member)
    if named is not None:
        return named
    for child in head.rights:
        if child.dep_ == "appos" and child.i > member.i:
            if child.pos_ == "PROPN" and child.ent_type_ != "NORP":
                return child
            inner = next(
                (c for c in child.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None
            )
            return inner if inner is not None else member
    return member


def partner_before(head: Token, actors: list[ExtractedActor]) -> Token | None:
    """ "Khalid and Amina Rahman ... said" with the first name left out of the
    subject by the parser: a known person's name right before "and" and the
    speaker's name is a co-speaker."""
    doc = head.doc
    start = name_span(head).start
    if start < 2 or head.pos_ != "PROPN" or doc[start - 1].lower_ not in ("and", "&"):
        return None
    partner = doc[start - 2]
    if partner.pos_ != "PROPN" or "\n" in partner.whitespace_ + doc[start - 1].whitespace_:
        return None  # the parser may even cut the sentence after the partner
    known = any(
        a.type == "person" and any(m.start <= partner.idx < m.end for m in a.mentions)
        for a in actors
    )
    return partner if known else None


NAME_CONNECTORS = frozenset({"the", "of", "and", "for", "&", "on", "in", "to"})


def name_before_description(head: Token) -> Span | None:
    """ "Stop the Race, the group that organised the protest, said": the
    capitalised words opening the sentence before a description set off by
    a comma name the speaker, however the parser read them (here a verb)."""
    doc = head.doc
    # The description is set off by commas on both sides (the parser may
    # hang the closing one on it).
    end = head.right_edge.i
    closed = doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")
    if head.dep_ not in ("nsubj", "nsubjpass") or head.tag_ != "NN" or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ) or not closed:
        return None
    comma = head.left_edge.i - 1
    start = head.sent.start
    while start < comma and doc[start].is_space:
        start += 1
    words = doc[start:comma]
    if comma <= start or doc[comma].text != "," or not 1 <= len(words) <= 6:
        return None
    if not (words[0].is_title and words[-1].is_title) or any(
        not t.is_title and t.lower_ not in NAME_CONNECTORS for t in words
    ):
        return None
    return None if any(t.ent_type_ for t in words) else words
