"""Which actor a title-only reference or a pronoun points to.

"The minister said" and "he added" name nobody; the reader takes the last
compatible actor before them. These functions do the same over the actors
`extract_actors` found, looking only backwards from the reference.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from briefer.core.records import ExtractedActor, Span
from briefer.core.registry import ACTOR_TYPE_LIST
from briefer.nlp import lexicon
from briefer.nlp.entity_spans import institution_heads
from briefer.nlp.quote_marks import find_quoted_regions
from briefer.nlp.speech import doc_text, opening_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

PRONOUN_LOOKBACK_SENTENCES = 3
# How many earlier pronouns back a pronoun's referent may be carried.
PRONOUN_CHAIN_DEPTH = 2
# How many sentences of quoted speech the look-back may walk past in all.
MAX_SENTENCES_WALKED = 12
# "it": a body of any kind; "they": a body or a group of people, never a
# country ("Iraq ... they say" means the people last named, not Iraq).
BODY_TYPES = frozenset(t.key for t in ACTOR_TYPE_LIST if t.is_body)
PLURAL_TYPES = (BODY_TYPES - {"country"}) | {"group"}
_WORD = re.compile(r"[\w'’.-]+")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their"})
QUOTED_KEY = "briefer_quoted_spans"
SENTENCE_STARTS_KEY = "briefer_sentence_starts"
# "..., she said in a statement: “...”": how far a cue may stand before its quote.
CUE_BEFORE_QUOTE_CHARS = 60


@cache
def title_reference_pattern() -> re.Pattern[str]:
    """ "the French president", "the minister": a title after "the", not followed by a name."""
    titles = sorted((re.escape(t) for t in lexicon.titles()), key=len, reverse=True)
    qualifier = r"(?:(?:former|then|[A-Z][\w.'’-]*)\s+)"
    return re.compile(
        rf"\b[Tt]he\s+{qualifier}{{0,2}}(?i:{'|'.join(titles)})\b(?![\w-])"
        rf"(?!\s+(?:[A-Z]|of\b|for\b|at\b|to\b))"
    )


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _title_of(words: list[str]) -> tuple[str, list[str]] | None:
    """Split "french prime minister" into the title "prime minister" and qualifiers ["french"]."""
    titles = lexicon.titles()
    for size in (3, 2, 1):
        if len(words) >= size and " ".join(words[-size:]) in titles:
            return " ".join(words[-size:]), words[:-size]
    return None


def _last_mention_before(actor: ExtractedActor, offset: int) -> int:
    return max((m.start for m in actor.mentions if m.start < offset), default=-1)


def _role_matches(actor: ExtractedActor, title: str, qualifiers: list[str]) -> bool:
    for role in actor.roles:
        padded = " " + " ".join(_words(role)) + " "
        # "former aide to the councilman", "adviser for the president": the
        # one served is named after "to"/"for", and is not this person's post.
        padded = re.split(r" (?:to|for) ", padded)[0] + " "
        if f" {title} " in padded and all(f" {q} " in padded for q in qualifiers):
            return True
    return False


def resolve_title(
    actors: list[ExtractedActor], offset: int, reference: str
) -> str | None:
    """The key of the actor whose role a title-only REFERENCE at OFFSET names, if any."""
    words = [w for w in _words(reference) if w not in _DETERMINERS]
    split = _title_of(words)
    if split is None:
        return None
    title, qualifiers = split
    qualifiers = [q for q in qualifiers if q not in lexicon.expert_words().former]
    best, best_at = None, -1
    for actor in actors:
        if actor.type != "person" or not _role_matches(actor, title, qualifiers):
            continue
        at = _last_mention_before(actor, offset)
        if at > best_at:
            best, best_at = actor.key, at
    return best


# Words of a role that say where a person stands, not what post they hold
# ("Republican", "former"): they neither agree nor disagree with a description.
_STANCE_WORDS = frozenset({"democrat", "republican", "former", "then", "lead"})


def disagrees_with_description(
    doc: Doc, actor: ExtractedActor, noun: str, qualifiers: Iterable[str] = ()
) -> bool:
    """Whether a person cannot be the one a description with head NOUN ("the
    candidate", "the congresswoman") refers back to: their stated roles name
    another post and none this one or its synonyms (a mayor is not "the
    presidential candidate"), the noun's sex is not theirs, or a QUALIFIER puts
    them on another side ("the Democratic nominee" is not the "GOP nominee").
    A person with no stated post may be anyone, and a trade ("the businessman")
    anyone's."""
    noun = noun.lower()
    wanted = lexicon.gendered_words().get(noun)
    if wanted is not None and actor_gender(doc, actor) not in (None, wanted):
        return True
    sides = lexicon.party_sides()
    described = {sides[q.lower()] for q in qualifiers if q.lower() in sides}
    held_sides = {sides[w] for text in [*actor.roles, actor.affiliation]
                  for w in _words(text) if w in sides}
    if described and held_sides and not described & held_sides:
        return True
    posts = _posts()
    if noun not in posts:
        # "the businessman", "the lawyer": a trade, which a holder of any post may have.
        return False
    names = {noun, *lexicon.title_synonyms().get(noun, ())}
    held = {w for role in actor.roles for w in _words(role)} - _STANCE_WORDS
    roles = lexicon.load("roles")
    if noun in roles["seat_titles"] and held & posts <= set(roles["portfolio_posts"]):
        return False  # "the Cork North-Central TD": a party's spokesperson holds a seat too
    return not held & names and bool(held & posts)


@cache
def _posts() -> frozenset[str]:
    """One-word titles and the words for running in an election ("mayor", "candidate")."""
    synonyms = lexicon.title_synonyms()
    return frozenset(
        {t for t in lexicon.titles() if " " not in t} | set(synonyms)
        | {w for words in synonyms.values() for w in words}
    ) - _STANCE_WORDS


def actor_gender(doc: Doc, actor: ExtractedActor) -> str | None:
    """ "female" / "male" from the actor's roles, an honorific before a
    mention, or a first name given to one sex only."""
    gendered = lexicon.gendered_words()
    for role in actor.roles:
        for word in _words(role):
            if word in gendered:
                return gendered[word]
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start - 1].lower_ in gendered:
            return gendered[doc[span.start - 1].lower_]
    words = actor.name.split()
    return lexicon.first_name_gender(words[0]) if len(words) > 1 else None


def mistyped_person(actor: ExtractedActor) -> str | None:
    """The sex of a person the recogniser typed as an organisation ("Felipe
    Arrau", "Harjit Sandhu" as ORG): a two- or three-word name or mention
    opening with a first name given to one sex, and holding no institution
    word; else None."""
    if actor.type != "organization":
        return None
    heads = institution_heads()
    for name in [actor.name, *(m.text for m in actor.mentions)]:
        words = name.split()
        if 2 <= len(words) <= 3 and not any(
            w in heads or not w[:1].isupper() or "'" in w or "’" in w for w in words
        ) and (gender := lexicon.first_name_gender(words[0])):
            return gender
    return None


def _quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """(opening mark, end after the closing mark) of every quote of the text
    (cached in `user_data`)."""
    spans = doc.user_data.get(QUOTED_KEY)
    if spans is None:
        spans = [(r.mark, r.outer_end) for r in find_quoted_regions(doc_text(doc))]
        doc.user_data[QUOTED_KEY] = spans
    return spans


def in_quote_marks(doc: Doc, offset: int) -> bool:
    """Whether the character at OFFSET stands inside one of the text's quotes."""
    return _quoted_at(_quoted_spans(doc), offset)


def _quoted_at(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether OFFSET lies inside one of SPANS (sorted and apart, as quotes are)."""
    at = bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


def _quotes_beside(doc: Doc, offset: int) -> list[tuple[int, int]]:
    """The quotes a pronoun at OFFSET is the cue subject of: the one closing
    just before it ("…,” he added) and one opening just after its cue ("she
    said: “…”"), in its paragraph."""
    text = doc_text(doc)
    beside = []
    for start, end in _quoted_spans(doc):
        closes_before = end <= offset and not re.search(r"[\w\n]", text[end:offset])
        opens_after = offset < start <= offset + CUE_BEFORE_QUOTE_CHARS and not re.search(
            r"[\n\"“”‘’]", text[offset:start]
        )
        if closes_before or opens_after:
            beside.append((start, end))
    return beside


def _window_start(doc: Doc, offset: int) -> int:
    """Where the sentences a pronoun may look back into begin: the last
    `PRONOUN_LOOKBACK_SENTENCES` with narrative words, quoted ones passed over."""
    if not len(doc):
        return 0
    text_end = doc[-1].idx + len(doc[-1].text)
    span = doc.char_span(offset, min(offset + 1, text_end), alignment_mode="expand")
    if span is not None and len(span):
        token = span.start
    else:
        token = next((t.i for t in doc if t.idx >= offset), len(doc) - 1)
    quoted = _quoted_spans(doc)
    sentence = doc[token].sent
    counted = 1
    for _ in range(MAX_SENTENCES_WALKED):
        if sentence.start == 0 or counted >= PRONOUN_LOOKBACK_SENTENCES:
            break
        sentence = doc[sentence.start - 1].sent
        # A sentence all inside a quote is the quoted speaker's; the reader
        # looks past it for the narrative's last sentences.
        if any(t.is_alpha and not _quoted_at(quoted, t.idx) for t in sentence):
            counted += 1
    return sentence.start_char


def resolve_pronoun(
    doc: Doc, actors: list[ExtractedActor], offset: int, pronoun: str,
    chain: int = PRONOUN_CHAIN_DEPTH,
) -> str | None:
    """The key of the last actor before OFFSET a pronoun can stand for, in the
    last sentences before the pronoun and its quote.

    A name inside quotation marks is the quoted speaker's word, never an
    antecedent; and the speaker of a quote is never an actor the quote itself
    names ("…investigation of Secretary Hillary Clinton's use…," she said).
    The same pronoun as subject earlier in the window counts as a mention of
    the actor it stands for ("He says Trump's call ... . “…,” he told ...":
    both are the one named before), up to CHAIN pronouns back.
    """
    kind = lexicon.pronouns().get(pronoun.lower())
    if kind is None:
        return None
    wanted_gender = lexicon.gendered_words().get(pronoun.lower())
    allowed = {"person": {"person"}, "plural": PLURAL_TYPES, "body": BODY_TYPES}[kind]
    quoted = _quoted_spans(doc)
    beside = _quotes_beside(doc, offset) + _parenthetical_claim(doc, offset)
    since = _window_start(doc, min([offset] + [start for start, _ in beside]))
    chained = _pronoun_subjects(doc, actors, since, offset, pronoun, chain) if chain else {}
    best, best_rank = None, (-1, -1, False, -1)
    for actor in actors:
        if actor.type not in allowed and not (
            kind == "person" and wanted_gender and mistyped_person(actor) == wanted_gender
        ):
            continue
        if any(start <= m.start < end for m in actor.mentions for start, end in beside):
            continue
        mentions = [m for m in actor.mentions if m.start < offset] + chained.get(actor.key, [])
        at = max((m.start for m in mentions if not _quoted_at(quoted, m.start)), default=-1)
        if at < since:
            continue
        if wanted_gender and actor_gender(doc, actor) not in (None, wanted_gender):
            continue
        rank = _salience(doc, mentions, since)
        if rank > best_rank:
            best, best_rank = actor.key, rank
    return best


def _parenthetical_claim(doc: Doc, offset: int) -> list[tuple[int, int]]:
    """The unmarked claim a pronoun at OFFSET is the cue subject of, when it
    stands inside or after it ("The Murdoch outlets stand in the way, he
    said, by ..."): no name in that claim is the pronoun's antecedent. A
    clause holding a quote is no such claim (the parser may take the
    narrative before a quote for the clause of the "she said" after it)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return []
    token = span[0]
    if token.dep_ != "nsubj":
        return []
    verb = token.head
    if verb.dep_ == "parataxis":
        sentence = token.sent
        return [(sentence.start_char, sentence.end_char)]
    # "The outlets stand in the way, he said": the claim fronted before the cue.
    quoted = _quoted_spans(doc)
    claims = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in verb.lefts
        if c.dep_ == "ccomp"
    ]
    return [
        (start, end) for start, end in claims
        if not any(start < q_end and q_start < end for q_start, q_end in quoted)
    ]


def _pronoun_subjects(
    doc: Doc, actors: list[ExtractedActor], since: int, offset: int, pronoun: str, chain: int
) -> dict[str, list[Span]]:
    """The same pronoun as a narrative subject between SINCE and OFFSET, as a
    mention of the actor each one stands for (by actor key)."""
    quoted = _quoted_spans(doc)
    found: dict[str, list[Span]] = {}
    first = doc.char_span(since, offset, alignment_mode="expand")
    for token in first if first is not None else ():
        if token.idx < since or token.idx >= offset:
            continue
        if token.lower_ != pronoun.lower() or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if _quoted_at(quoted, token.idx):
            continue
        key = resolve_pronoun(doc, actors, token.idx, token.text, chain - 1)
        if key is not None:
            found.setdefault(key, []).append(
                Span(start=token.idx, end=token.idx + len(token.text), text=token.text)
            )
    return found


Rank = tuple[int, int, bool, int]


def _salience(doc: Doc, mentions: list[Span], since: int) -> Rank:
    """How readily a pronoun takes an actor with these MENTIONS:
    the later its last sentence, the better, and a subject counts one
    sentence later than a possessive or an object ("Lynch took the last step
    of ... Clinton's email ..." — "she" is Lynch); among subjects of one
    sentence the main clause's goes first ("Lynch has the final say on whether
    Clinton faces prosecution, and she ..."); else the later sentence, then
    the later mention."""
    quoted = _quoted_spans(doc)
    best: Rank = (-1, -1, False, -1)
    for mention in mentions:
        if mention.start < since or _quoted_at(quoted, mention.start):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
            head = head.head
        # "Trump, later alleging that Obama ..., said": the opening name is
        # the main verb's subject, whatever the parser hung it on.
        opening = opening_name(head.sent.root) == head
        subject = opening or head.dep_ in ("nsubj", "nsubjpass")
        verb = head.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        main = opening or (subject and verb.dep_ == "ROOT")
        sentence = _sentence_number(doc, head.i)
        best = max(best, (sentence + subject, sentence, main, mention.start))
    return best


def _sentence_number(doc: Doc, token: int) -> int:
    """The ordinal of the sentence holding token number TOKEN (starts cached in `user_data`)."""
    starts = doc.user_data.get(SENTENCE_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[SENTENCE_STARTS_KEY] = [s.start for s in doc.sents]
    return bisect_right(starts, token) - 1


def resolve_reference(
    doc: Doc, actors: list[ExtractedActor], char_offset: int, text: str
) -> str | None:
    """The actor key a pronoun or title-only reference at CHAR_OFFSET most plausibly means.

    Pronouns (he/she/they/it) take the last compatible actor of the last few
    sentences; titles ("the minister", "the French president") the last
    person whose role has that title and those qualifiers.
    """
    stripped = text.strip()
    if stripped.lower() in lexicon.pronouns():
        return resolve_pronoun(doc, actors, char_offset, stripped)
    return resolve_title(actors, char_offset, stripped)
