"""Speech words and the grammar of a cue: who the subject of a reporting
verb is, whether it reports speech that did not happen, whether two words
are in one paragraph, whether a verb after a reported clause is back in
the tense of its cue, which relative clause a cue interrupts.

The word lists live in `resources/lexicons/speech.json` and `sources.json`;
`attribution` maps the speaker words found here onto the article's actors.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from briefer.nlp.cue_conjuncts import nearer_speaking_verb, reporters_next_act
from briefer.nlp.entity_spans import institution_words
from briefer.nlp.lexicon import load as load_lexicon
from briefer.nlp.lexicon import role_heads, title_heads

BREAKS_KEY = "briefer.line_breaks"
TEXT_KEY = "briefer.text"
# Entities that speak, and the pronouns besides a person's that stand for one who does.
SPEAKING_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
SPEAKING_PRONOUNS = {"they", "who"}
# ", X said, in an interview", ", X said, when ...": words that open a phrase telling of
# the saying, not of what was said.
SAYING_WORDS = {"in", "on", "at", "during", "after", "before", "while", "with", "to", "per"}
SAYING_WORDS |= {"when", "as"}
# Words that open a clause set against the reported one ("say A, while B say C").
CONTRAST_MARKS = {"while", "whereas", "though", "although"}
# Tags of a finite verb: a clause with one can be a reported statement.
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
NOT_SPEAKERS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
# Marks that close quoted words, straight or curly, double or single.
CLOSING_MARKS = frozenset({"\"", "”", "’", "'"})


@dataclass(frozen=True)
class SpeechLexicon:
    """The speech word lists, as sets for quick lookup."""

    reporting_verbs: frozenset[str]
    characterizing_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    reporting_nouns: frozenset[str]
    reporting_noun_verbs: frozenset[str]
    according_phrases: tuple[tuple[str, ...], ...]
    anonymous_sources: frozenset[str]
    spokesperson_words: frozenset[str]
    quantifiers: frozenset[str]
    person_pronouns: frozenset[str]
    refusal_verbs: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    # "none has said", "neither candidate said": a subject that denies the speech.
    negative_subjects: frozenset[str] = frozenset()
    # "urged voters to say that", "is expected to announce that": speech asked
    # for, wanted or expected, not made.
    request_verbs: frozenset[str] = frozenset()
    unnamed_speaker_labels: frozenset[str] = frozenset()
    # "CORRECTION:", "UPDATE:": a paragraph label of the outlet, no speaker.
    editorial_labels: frozenset[str] = frozenset()
    # "anyone who says ...": speech nobody made, hypothetical.
    generic_speakers: frozenset[str] = frozenset()
    # "A:", "ANSWER:": the interviewee of a Q&A, whom the article introduced.
    answer_labels: frozenset[str] = frozenset()
    # "both", "two" ...: how many co-speakers "both said", "the two sides said" stand for.
    group_counts: Mapping[str, int] = field(default_factory=dict, hash=False)
    # "accused", "slammed" ...: verbs whose quoted object words are the subject's.
    speech_act_verbs: frozenset[str] = frozenset()
    # "know", "see" ...: belief verbs whose clause is never the subject's words.
    perception_verbs: frozenset[str] = frozenset()
    # "put", "phrase" ...: verbs that cue speech in "as X put it" only.
    wording_verbs: frozenset[str] = frozenset()
    # "ask", "wonder" ...: verbs whose question may open with "if".
    question_verbs: frozenset[str] = frozenset()
    # "vow", "promise": verbs whose infinitive is the act the speaker committed to.
    commitment_verbs: frozenset[str] = frozenset()
    # "cite", "outline" ...: verbs whose object is what was said ("cited a study that found ...").
    content_object_verbs: frozenset[str] = frozenset()
    # "announce", "disclose" ...: reporting verbs that also report an object
    # holding a clause ("announced new fares that would ...").
    reported_object_verbs: frozenset[str] = frozenset()
    # "that said", "all told": a speech verb in a set phrase that reports nothing.
    idioms: tuple[tuple[str, ...], ...] = ()
    # "accuse": ["of"], "praise": ["for", "as"] ...: verbs that charge or
    # credit their object with an act or a label, and the prepositions that open it.
    charging_verbs: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    demand_phrases: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)
    # Derived once, for the per-word tests: any word of a set phrase, and every verb
    # a speech act with no clause may hang on.
    idiom_words: frozenset[str] = frozenset()
    speech_act_lemmas: frozenset[str] = frozenset()

    def is_wording_cue(self, token: Token) -> bool:
        """"As X put it, ...": a wording verb with "it" for object in an "as" clause."""
        return (
            token.lemma_.lower() in self.wording_verbs
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        )

    def in_idiom(self, token: Token) -> bool:
        """Whether a word is in a set phrase that reports nothing ("That
        said, ...", "All told, ...", "Only time will tell if ...")."""
        doc, word = token.doc, token.lower_
        if word not in self.idiom_words:
            return False
        for idiom in self.idioms:
            for at, part in enumerate(idiom):
                start = token.i - at
                if part == word and start >= 0 and start + len(idiom) <= len(doc) and all(
                    doc[start + k].lower_ == w for k, w in enumerate(idiom)
                ):
                    return True
        return False

    def is_reporting_verb(self, token: Token) -> bool:
        return (
            token.pos_ in ("VERB", "AUX")
            and token.lemma_.lower() in self.reporting_verbs
            and token.lemma_.lower() not in self.belief_verbs
        )




@dataclass(frozen=True)
class SourceWords:
    """Speaker words that name no one (see `sources.json`)."""

    documents: frozenset[str]
    bodies: dict[str, tuple[str, ...]]
    person_references: frozenset[str]
    named_bodies: frozenset[str] = frozenset()
    collective_members: frozenset[str] = frozenset()
    authoring_verbs: frozenset[str] = frozenset()

    def is_document(self, token: Token) -> bool:
        """"poll", "figures", "the statement": a thing that reports."""
        return token.lemma_.lower() in self.documents or token.lower_ in self.documents


@lru_cache(maxsize=1)
def source_words() -> SourceWords:
    data = load_lexicon("sources")
    return SourceWords(
        documents=frozenset(data["documents"]),
        bodies={k: tuple(v) for k, v in data["bodies"].items()},
        person_references=frozenset(data["person_references"]),
        named_bodies=frozenset(data["named_bodies"]),
        collective_members=frozenset(data["collective_members"]),
        authoring_verbs=frozenset(data["authoring_verbs"]),
    )


@lru_cache(maxsize=1)
def speech_lexicon() -> SpeechLexicon:
    """Load `speech.json` once per process."""
    data = load_lexicon("speech")
    return SpeechLexicon(
        reporting_verbs=frozenset(data["reporting_verbs"]),
        characterizing_verbs=frozenset(data["characterizing_verbs"]),
        belief_verbs=frozenset(data["belief_verbs"]),
        reporting_nouns=frozenset(data["reporting_nouns"]),
        reporting_noun_verbs=frozenset(data["reporting_noun_verbs"]),
        according_phrases=tuple(tuple(p) for p in data["according_phrases"]),
        anonymous_sources=frozenset(data["anonymous_sources"]),
        spokesperson_words=frozenset(data["spokesperson_words"]),
        quantifiers=frozenset(data["quantifiers"]),
        person_pronouns=frozenset(data["person_pronouns"]),
        refusal_verbs=frozenset(data["refusal_verbs"]),
        negations=frozenset(data["negations"]),
        negative_subjects=frozenset(data["negative_subjects"]),
        request_verbs=frozenset(data["request_verbs"]),
        unnamed_speaker_labels=frozenset(data["unnamed_speaker_labels"]),
        answer_labels=frozenset(data["answer_labels"]),
        generic_speakers=frozenset(data["generic_speakers"]),
        editorial_labels=frozenset(data["editorial_labels"]),
        group_counts=dict(data["group_counts"]),
        speech_act_verbs=frozenset(data["speech_act_verbs"]),
        perception_verbs=frozenset(data["perception_verbs"]),
        wording_verbs=frozenset(data["wording_verbs"]),
        question_verbs=frozenset(data["question_verbs"]),
        commitment_verbs=frozenset(data["commitment_verbs"]),
        idioms=tuple(tuple(i) for i in data["idioms"]),
        content_object_verbs=frozenset(data["content_object_verbs"]),
        reported_object_verbs=frozenset(data["reported_object_verbs"]),
        charging_verbs={k: frozenset(v) for k, v in data["charging_verbs"].items()},
        demand_phrases={k: frozenset(v) for k, v in data["demand_phrases"].items()},
        idiom_words=frozenset(w for idiom in data["idioms"] for w in idiom),
        speech_act_lemmas=frozenset(data["commitment_verbs"]) | frozenset(data["charging_verbs"])
        | frozenset(data["content_object_verbs"]) | frozenset(data["reported_object_verbs"])
        | frozenset(data["demand_phrases"]),
    )


def tells_of_saying(clause: Token) -> bool:
    """"said as some booed", "said before he died": a clause opened by a
    word of time or contrast tells when the words were said, whatever the
    parser made of it."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.head.i == clause.i and (
        first.lower_ in SAYING_WORDS | CONTRAST_MARKS
    )


def is_denied(cue: Token, lexicon: SpeechLexicon) -> bool:
    """Whether a cue reports speech that did not happen: negated ("did not
    say that", "do not confirm that", "would not comment"), refused
    ("declined to say whether", "refused to confirm that"), said by nobody
    ("none has said that", "no official said", "not one senator said"), only
    asked for or expected ("urged voters to say that", "is expected to
    announce that"), or a question put to someone who would not answer it
    ("Asked whether ..., she declined to say")."""
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and _denies(c, lexicon) for c in cue.children
    ):
        return True
    verb = cue
    if cue.dep_ == "advcl" and cue.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in cue.children
    ):
        # "Asked whether ..., she declined to say": the question put to her
        # is denied with her answer.
        answer = cue.head
        return answer.lemma_.lower() in lexicon.refusal_verbs or any(
            c.dep_ == "neg" for c in answer.children
        )
    for _ in range(3):
        if any(c.dep_ == "neg" or (c.lower_ in lexicon.negations and c.dep_ == "advmod")
               for c in verb.children):
            return True
        if verb is not cue and verb.lemma_.lower() in lexicon.refusal_verbs:
            return True
        if verb is not cue and verb.lemma_.lower() in lexicon.request_verbs:
            return True
        infinitive = verb.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children
        )
        if not (verb.dep_ == "xcomp" or infinitive) or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _denies(subject: Token, lexicon: SpeechLexicon) -> bool:
    """A subject that says nobody spoke: "none", or a noun its left words
    negate ("no official", "not one senator", "neither candidate")."""
    words = [t for t in subject.subtree if t.i <= subject.i]
    return any(
        t.lower_ in lexicon.negative_subjects
        or (t.lower_ in lexicon.negations and t.dep_ in ("det", "neg", "advmod"))
        for t in words
    )


def subject_of(cue: Token) -> Token | None:
    """The grammatical subject of a cue verb, following conjoined verbs back
    ("she paused and added that ..."), verbs under a preposition ("ended by
    saying ...") and passive agents ("was told by X"); failing that, the
    name just before the cue when the parser left it without a subject."""
    verb = cue
    raised = False
    for _ in range(5):
        # Under "was heard yelling ..." the passive subject is the speaker.
        deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
        subjects = [
            c for c in verb.children
            if c.dep_ in deps
            and (c.ent_type_ not in NOT_SPEAKERS or c.ent_type_ in ("PERCENT", "CARDINAL"))
        ]
        if verb.i == cue.i and (opening := opening_name(cue)) is not None and all(
            c.tag_ in ("VBG", "VBN") for c in subjects
        ):
            # "Trump, later alleging that ..., said ...", the parser having
            # taken the participle for the subject or hung the name elsewhere.
            return opening
        if subjects:
            # "Voters, Clinton suggested, don't ...": the one nearest the verb.
            subject = min(subjects, key=lambda c: abs(c.i - verb.i))
            beside = next(
                (c for c in subject.rights
                 if c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i + 1 == verb.i),
                None,
            )
            if beside is not None:
                # "To understand the real Dred Scott, Chief Justice Roberts
                # said, ...": the name right before the verb speaks.
                subject = beside
            return subject if same_paragraph(subject, cue) else None
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj if same_paragraph(pobj, cue) else None
        if (reporting := _reporting_verb_before_quote(verb)) is not None:
            verb = reporting
            continue
        if _adverbial_participle(verb):
            # "Trump made a third attempt ..., writing on Twitter that ...";
            # "questioned why his wife did not speak, implying that ...": the
            # participle after a comma goes with the main verb, whatever the
            # parser hung it on.
            verb = verb.head.head
            continue
        if verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("PROPN", "NOUN"):
            # "Trump, who ..., tweeted ...", parsed as a modifier of the name.
            return verb.head if same_paragraph(verb.head, cue) else None
        if (
            verb.dep_ == "advcl" and verb.head.i < verb.i
            and verb.head.dep_ in ("nsubj", "nsubjpass")
        ):
            # "Trump, later alleging that ..., said ...": a participle the
            # parser hung on the subject (whatever part of speech it gave
            # the name) is the subject's.
            return verb.head if same_paragraph(verb.head, cue) else None
        if verb.dep_ == "xcomp":
            controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if controller is not None and controller.i < verb.i:
                # "forced Stumpf to admit that ...": the object speaks.
                return controller if same_paragraph(controller, cue) else None
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBG") and _under_auxiliary(
            verb.head
        ):
            # "May said the country would declare ... and suggested that ...",
            # "Hale complained Dunn had attacked him and questioned why ...",
            # "warning that the gang could enter the town and implying that
            # ...": a finite verb or a present participle the parser joined
            # to a bare verb or a past participle inside the reported clause
            # (whose auxiliary it cannot share) goes with the verb that
            # reports it.
            reporting = verb.head
            while reporting.dep_ not in ("ccomp", "ROOT") and reporting.head.i != reporting.i:
                reporting = reporting.head
            if reporting.dep_ == "ccomp":
                verb = reporting.head
                continue
        if (nearer := nearer_speaking_verb(verb, _speaks) or _reporters_act(verb)) is not None:
            verb = nearer
            continue
        if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and verb.head.i != verb.i:
            raised = verb.dep_ == "xcomp"
            verb = verb.head
            continue
        if verb.pos_ == "ADJ" and verb.dep_ in ("oprd", "acomp") and verb is not cue:
            # "He called it “shameful” and called on leaders ...": the second
            # verb the parser joined to the first one's adjective.
            verb = verb.head
            continue
        break
    return name_before(cue)


def _speaks(subject: Token) -> bool:
    return can_speak(subject, speech_lexicon())


def _reporters_act(verb: Token) -> Token | None:
    return reporters_next_act(verb, speech_lexicon().is_reporting_verb)


def can_speak(subject: Token, lexicon: SpeechLexicon) -> bool:
    """Whether a subject is one who speaks: a name, a person's pronoun, a
    relative pronoun standing for one, a speaker word ("officials"), a
    title or role ("the mayor", "the candidate") or a body ("the union")."""
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in SPEAKING_ENTITIES
        or subject.lower_ in lexicon.person_pronouns
        or subject.lower_ in SPEAKING_PRONOUNS
        or lemma in lexicon.anonymous_sources
        or lemma in lexicon.spokesperson_words
        or lemma in title_heads()
        or lemma in role_heads()
        or lemma in institution_words()
    )


def opening_name(verb: Token) -> Token | None:
    """The name that opens the sentence of VERB, its main verb, before a
    participial phrase set off by a comma ("Trump, later alleging that ...,
    said"): the main verb's subject, whatever the parser made of it."""
    sentence = verb.sent
    if sentence.root.i != verb.i:
        return None
    i = sentence.start
    while i < verb.i and (verb.doc[i].pos_ in ("PROPN", "NOUN") or verb.doc[i].ent_type_):
        i += 1
    if i == sentence.start or i >= verb.i or verb.doc[i].text != ",":
        return None
    after = i + 1
    while after < verb.i and verb.doc[after].pos_ == "ADV":
        after += 1
    if after >= verb.i or verb.doc[after].tag_ not in ("VBG", "VBN"):
        return None
    return verb.doc[i - 1]


def _under_auxiliary(verb: Token) -> bool:
    """A bare verb ("would declare") or a participle after "had"/"has" ("had attacked")."""
    return verb.tag_ == "VB" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


def _reporting_verb_before_quote(verb: Token) -> Token | None:
    """ 'Gault wrote that the change "removes one overhang but adds another,"
    noting Adachi had never run a business': a participle right after the
    comma and closing mark of quoted words, which the parser hung on the
    reported clause, goes with the verb that reports that clause."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < 2:
        return None
    before = {verb.doc[verb.i - 1].text, verb.doc[verb.i - 2].text}
    if "," not in before or not before & CLOSING_MARKS:
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return None
    return clause.head


def _adverbial_participle(verb: Token) -> bool:
    """A participle set off by a comma that the parser hung on the object of
    the main verb, or on a clause that verb asks about or its adjective takes."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    head = verb.head
    if head.i == head.head.i or head.i > verb.i:
        return False
    if verb.dep_ == "acl" or (verb.dep_ == "advcl" and head.tag_ in ("NN", "NNS")):
        # "forecast revenue below estimates on Wednesday, saying ...", even
        # when the parser read the object as a verb with a subject.
        return head.pos_ == "NOUN" and head.dep_ == "dobj"
    # "were not surprised that the board isn't recommending a fine, saying
    # ...": a clause an adjective of the main verb takes is no one's report.
    return verb.dep_ == "advcl" and head.dep_ == "ccomp" and (
        head.head.pos_ == "ADJ"
        or any(c.tag_ == "WRB" or c.lower_ in ("whether", "if") for c in head.children)
    )


def name_before(cue: Token) -> Token | None:
    """The name right before a cue with no subject ("Sen. Elizabeth Warren
    (D-MA) said ..."), skipping brackets, within the clause."""
    i = cue.i - 1
    sentence_start = cue.sent.start
    while i >= sentence_start:
        token = cue.doc[i]
        if token.text == ")":
            while i > sentence_start and cue.doc[i].text != "(":
                i -= 1
        elif token.text == "," and i == cue.i - 1 and (opening := apposition_start(cue.doc, i)):
            # "Col. Steven Warren, a military spokesman in Baghdad, said":
            # past the description set off by commas, to the name.
            i = opening
        elif (
            token.pos_ in ("VERB", "AUX")
            or "\n" in token.whitespace_
            or token.text in ".;:,"
            or token.is_quote
        ):
            return None
        elif token.pos_ in ("PROPN", "PRON"):
            head = token
            while head.dep_ in ("compound", "flat") and head.head.i == head.i + 1:
                head = head.head
            return head
        i -= 1
    return None


def apposition_start(doc: Doc, comma: int) -> int | None:
    """The comma opening what the comma at index COMMA closes: a description
    (", a military spokesman in Baghdad,": a determiner first, no verb) or a
    relative clause (", whose latest start-up, Paradata, uses ...,")."""
    verb_seen = False
    i = comma - 1
    while i > 0 and comma - i <= 30:
        token = doc[i]
        if token.text == ",":
            first = doc[i + 1]
            if first.tag_ in ("WP", "WP$"):
                return i
            if first.lower_ in ("a", "an", "the") and not verb_seen and comma - i <= 12:
                return i
        elif token.is_quote or token.text in ".;:" or "\n" in token.whitespace_:
            return None
        verb_seen = verb_seen or token.pos_ in ("VERB", "AUX")
        i -= 1
    return None


def same_paragraph(a: Token, b: Token) -> bool:
    """Whether no line break separates two tokens (the parser sometimes
    links words across paragraphs): no line break in the text from the first
    token's start to the second's. Logarithmic: the line breaks of the text
    are found once per document."""
    breaks = line_breaks(a.doc)
    low, high = sorted((a.idx, b.idx))
    at = bisect_left(breaks, low)
    return at == len(breaks) or breaks[at] >= high


def doc_text(doc: Doc) -> str:
    """`doc.text`, which spaCy rebuilds from the tokens on every read, read
    once per document (cached in `user_data`)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def line_breaks(doc: Doc) -> list[int]:
    """Offsets of the line breaks of a document's text (cached in `user_data`)."""
    cached = doc.user_data.get(BREAKS_KEY)
    if cached is None:
        text = doc_text(doc)
        cached = []
        at = text.find("\n")
        while at != -1:
            cached.append(at)
            at = text.find("\n", at + 1)
        doc.user_data[BREAKS_KEY] = cached
    return cached


def interrupted_relative(cue: Token) -> Token | None:
    """The verb of a relative clause a cue interrupts ("a decision they
    say allowed X", "a choice, critics say, that left Y"): the reported
    content is that clause from its verb on, not the sentence around it.
    The cue has a subject and no clause or object of its own, and the
    verb right after it is the relative clause's verb however it was
    parsed (a sibling under the noun, the head of the noun, or the cue's
    head)."""
    if cue.dep_ not in ("relcl", "parataxis") or not any(
        c.dep_ == "nsubj" and c.i < cue.i and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
        for c in cue.children
    ):
        # "the firms that volunteered were ...": the relative pronoun is
        # the subject, so the cue is the relative clause itself.
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return None
    after = cue.right_edge.i + 1
    doc = cue.doc
    while after < cue.sent.end and doc[after].is_punct:
        after += 1
    if after >= cue.sent.end:
        return None
    verb = doc[after]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ in ("VBG", "VB", "TO"):
        return None
    noun = cue.head if cue.dep_ == "relcl" else cue.head.head
    related = (
        (cue.dep_ == "parataxis" and verb.i == cue.head.i and verb.dep_ in ("acl", "relcl"))
        or (cue.dep_ == "relcl" and verb.head.i == noun.i and verb.dep_ in ("acl", "relcl"))
        or (cue.dep_ == "relcl" and noun.head.i == verb.i and noun.dep_ == "nsubj")
    )
    return verb if related else None


def opens_with_complementizer(verb: Token) -> bool:
    """Whether a clause the parser read as relative opens with the "that"
    of a complement clause: "that" has no gap to fill, as the clause has a
    subject of its own and "be" with its complement ("tweeting in the early
    hours that Lund was “disgusting”", not "the hours that he spent")."""
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    return (
        that is not None
        and verb.lemma_.lower() == "be"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in verb.children)
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
    )
