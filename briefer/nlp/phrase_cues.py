"""Cues that are no reporting verb: "according to X", "as X noted", "his claim that ...",
the reported clauses the parser misreads: under a gerund ("said closing it
was a mistake"), or as a condition ("asked them if they were ready"), and
what speech acts report without a clause: the act a speaker commits to
("vowed to fight on"), the act or label a charge gives its object ("accused
the mayor of lying", "described the plan as a giveaway") and an object that
holds what was said ("cited a study that found ...").

Each finds the clause its cue reports; `reported_clauses` puts them beside the
clauses of reporting verbs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Token

from briefer.nlp.inserted_cues import InsertedCues
from briefer.nlp.quoted_words import FINITE_TAGS, ReportedClause
from briefer.nlp.speech import (
    can_speak,
    is_denied,
    same_paragraph,
    subject_of,
)

# What a cue in an "as X noted" clause never has: the "as" stands for its object.
AS_CLAUSE_OBJECTS = {"dobj", "ccomp", "xcomp", "oprd", "nsubjpass", "auxpass", "attr", "dative"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}



@cache
def _phrase_pattern(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """The "according to" phrases as whole words in any case."""
    written = [r"\s+".join(map(re.escape, phrase)) for phrase in phrases]
    return re.compile(r"(?<![\w'’])(?:" + "|".join(written) + r")(?![\w'’])", re.IGNORECASE)


class PhraseCues(InsertedCues):
    """Finds the clauses of "as", "according to" and reporting-noun cues."""

    def is_as_clause(self, cue: Token) -> bool:
        """"As X noted, ...", "..., as X reported": a cue in an adverbial
        clause opened by "as" and set off by a comma reports the clause it
        hangs on. The cue takes no object of its own: "cheered as she
        described their struggle" and "as it was called" tell a time or a
        name, not a source; "put it" is the one object a wording verb takes."""
        head = as_head(cue)
        if not (
            cue.dep_ == "advcl"
            and head.i != cue.i
            and head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
            and same_paragraph(cue, head)
        ):
            return False
        if not self.lexicon.is_wording_cue(cue) and any(
            c.dep_ in AS_CLAUSE_OBJECTS for c in cue.children
        ):
            return False
        doc = cue.doc
        if cue.i < head.i:
            after = cue.right_edge.i + 1
            return cue.right_edge.text == "," or (after < len(doc) and doc[after].text == ",")
        before = cue.left_edge.i - 1
        return before >= 0 and doc[before].text in (",", "—", "–", "(")

    def as_reported(self, cue: Token) -> ReportedClause | None:
        """The clause an "as X noted" clause reports: the rest of its head's
        clause, before or after it."""
        head = as_head(cue)
        if head.left_edge.i < cue.left_edge.i < head.i:
            # "Hawaii, as one adviser pointed out, normally does not get ...":
            # inserted in the clause, which is reported whole.
            first, last = head.left_edge, head.right_edge
            last = self.sentence_end_within(first, last)
            span = self.trimmed(first.idx, last.idx + len(last))
        elif cue.i < head.i:
            first = self.doc[cue.right_edge.i + 1] if cue.right_edge.i + 1 < len(self.doc) else None
            if first is None:
                return None
            last = self.sentence_end_within(first, head.right_edge)
            span = self.trimmed(first.idx, last.idx + len(last))
        else:
            first, end = head.left_edge, cue.left_edge.idx
            span = self.trimmed(first.idx, end) if end > first.idx else None
        if span is None or not self.has_verb(*span):
            return None
        return ReportedClause(*span, cue)

    def noun_clause(self, noun: Token) -> ReportedClause | None:
        """The "that" clause of a reporting noun ("his claim that ...", "a
        statement that ..."), not a relative clause ("the claim that he made").
        The speaker is the noun's possessor, or the subject of a verb that
        makes it ("issued a statement that"); else nobody."""
        clause = next(
            (
                c
                for c in noun.rights
                if c.dep_ in ("acl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is None or not same_paragraph(clause, noun):
            return None
        lemma = clause.lemma_.lower()
        if clause.right_edge.i == clause.i and (
            lemma in self.lexicon.reporting_noun_verbs or lemma in self.lexicon.reporting_verbs
        ):
            # "the claim that he made", parsed as if "that" began a clause.
            return None
        marker = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that")
        first, last = self.doc[marker.i + 1], clause.right_edge
        span = self.trimmed(first.idx, last.idx + len(last))
        if span is None or not self.has_verb(*span):
            return None
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        verb = noun.head
        if (
            source is None
            and noun.dep_ == "dobj"
            and verb.lemma_.lower() in self.lexicon.reporting_noun_verbs
        ):
            source = subject_of(verb)
        if source is None and noun.dep_ == "pcomp" and noun.lower_.endswith("ing") and (
            noun.head.head.pos_ in ("VERB", "AUX")
        ):
            # "critics had a point in warning that ...": a gerund the tagger
            # took for a noun is the act of the verb's subject.
            source = subject_of(noun.head.head)
        return ReportedClause(*span, None, source, noun.text, phrase_at=noun)

    def speech_act(self, verb: Token) -> ReportedClause | None:
        """What a speech verb with no clause reports, if anything: a
        committed act, a charged act or label, or an object that says."""
        lemma = verb.lemma_.lower()
        if lemma not in self.lexicon.speech_act_lemmas:
            return None
        found = self.committed_act(verb) if self.lexicon.is_reporting_verb(verb) else None
        if found is None and lemma in self.lexicon.charging_verbs:
            found = self.charged_act(verb)
        if found is None and (
            lemma in self.lexicon.charging_verbs or lemma in self.lexicon.content_object_verbs
        ):
            found = self.said_object(verb)
        if found is None and lemma in self.lexicon.reported_object_verbs:
            found = self.reported_object(verb)
        if found is None and lemma in self.lexicon.demand_phrases:
            found = self.demanded(verb)
        return found

    def demanded(self, verb: Token) -> ReportedClause | None:
        """What a speaker demands: "called for a ban on assault weapons", "has long
        called for eliminating the tax break", "called for residents to stay home"
        (after the preposition the lexicon gives), when the one demanding can speak
        and did demand it."""
        if verb.pos_ != "VERB":
            return None  # "his calls for more patrols": the noun's clause is no demand made
        prepositions = self.lexicon.demand_phrases[verb.lemma_.lower()]
        subject = subject_of(verb)
        if subject is None or not can_speak(subject, self.lexicon) or is_denied(
            verb, self.lexicon
        ):
            return None
        words = self.demand_words(verb, prepositions)
        if words is None:
            return None
        last = self.sentence_end_within(words[0], words[1])
        end = self.end_before(words[0].idx, last.idx + len(last))
        if end is None:
            return None
        return ReportedClause(words[0].idx, end, verb, act=True)

    @staticmethod
    def demand_words(verb: Token, prepositions: frozenset[str]) -> tuple[Token, Token] | None:
        """The first and last words of what `verb` demands after its preposition."""
        for child in verb.rights:
            if child.dep_ in ("prep", "prt") and child.lower_ in prepositions:
                demand = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if demand is None or demand.i < child.i or demand.tag_ in ("WP", "WDT"):
                    return None  # "what unions had called for": said before, if at all
                last = demand.right_edge
                for act in verb.rights:
                    # "called for female contestants to wear shorter dresses"
                    if act.dep_ == "xcomp" and act.i == last.i + 2 and act.tag_ == "VB":
                        last = act.right_edge
                return demand.left_edge, last
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in prepositions and m.i == verb.i + 1
                for m in child.children
            ):
                # "called for residents to stay home", read as a for-to clause.
                return verb.doc[verb.i + 2], child.right_edge
        return None

    def committed_act(self, cue: Token) -> ReportedClause | None:
        """The act a speaker committed to in the infinitive of a commitment
        verb ("vowed to fight on", "promised Monday to cut taxes"), when the
        one committing can speak: not "the debate promised to be close"."""
        if cue.lemma_.lower() not in self.lexicon.commitment_verbs:
            return None
        act = next(
            (
                c
                for c in cue.rights
                if c.dep_ == "xcomp"
                and c.tag_ == "VB"
                and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            ),
            None,
        )
        subject = subject_of(cue)
        if act is None or subject is None or not can_speak(subject, self.lexicon):
            return None
        last = act.right_edge
        for verb in cue.rights:
            # "to meet and in some cases exceed his goals": a bare verb joined
            # to the cue after the act is the act's own.
            if verb.dep_ == "conj" and verb.i > last.i and verb.tag_ in ("VB", "VBP") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
            ):
                last = verb.right_edge
        for verb in act.rights:
            # "to keep abortion legal and celebrated the ruling": a verb in a
            # tense is the speaker's next act, not the one promised.
            if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ"):
                last = self.doc[max(verb.left_edge.i - 1, act.i)]
                break
        last = self.sentence_end_within(act.left_edge, last)
        end = self.end_before(act.left_edge.idx, last.idx + len(last))
        if end is None or not self.has_verb(act.left_edge.idx, end):
            return None
        return ReportedClause(act.left_edge.idx, end, cue, act=True)

    def charged_act(self, verb: Token) -> ReportedClause | None:
        """What a speech act charges or credits someone with, "accused the
        mayor of lying", "praised the council for acting fast", "described
        the plan as a giveaway": the object and its phrase, when the one
        speaking can speak and the act happened (not "did not accuse X of
        ...")."""
        prepositions = self.lexicon.charging_verbs.get(verb.lemma_.lower())
        target = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if prepositions is None or target is None:
            return None
        # The parser hangs the phrase on the verb or on its object.
        charge = next(
            (
                c
                for c in (*verb.rights, *target.rights)
                if c.dep_ == "prep"
                and c.lower_ in prepositions
                and c.i > target.i
                and any(o.dep_ in ("pobj", "pcomp") for o in c.children)
            ),
            None,
        )
        subject = subject_of(verb)
        if (
            charge is None
            or subject is None
            or not can_speak(subject, self.lexicon)
            or is_denied(verb, self.lexicon)
        ):
            return None
        last = self.sentence_end_within(target.left_edge, max(charge.right_edge, target.right_edge))
        end = self.end_before(target.left_edge.idx, last.idx + len(last))
        if end is None or not self.has_verb(verb.idx, end):
            return None
        return ReportedClause(target.left_edge.idx, end, verb, act=True)

    def said_object(self, verb: Token) -> ReportedClause | None:
        """The object of a verb whose object is what was said, when it holds
        a clause of its own: "cited a study that found ...", "praised a bill
        that would ...". Not "cited it", nor an object with no finite verb,
        nor a reporting noun ("repeated his claim that ...": the noun cues its
        own clause)."""
        target = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if (
            target is None
            or target.pos_ == "PRON"
            or target.lemma_.lower() in self.lexicon.reporting_nouns
            or any(c.dep_ == "ccomp" for c in verb.children)
            or not any(t.tag_ in FINITE_TAGS for t in target.subtree if t.i != target.i)
        ):
            return None
        subject = subject_of(verb)
        if subject is None or not can_speak(subject, self.lexicon) or is_denied(verb, self.lexicon):
            return None
        if any(self.reports_inside(t) for t in target.subtree):
            # "blame the closure, which they say left ...": the object holds
            # another speaker's report, which is the quote.
            return None
        last = self.sentence_end_within(target.left_edge, target.right_edge)
        end = self.end_before(target.left_edge.idx, last.idx + len(last))
        if end is None or not self.has_verb(target.left_edge.idx, end):
            return None
        return ReportedClause(target.left_edge.idx, end, verb, act=True)

    def reported_object(self, verb: Token) -> ReportedClause | None:
        """The object of a reporting verb that takes a that-clause, when it
        holds a clause of its own ("announced new fares that would take
        effect in May", "disclosed a memo that showed ..."). Not when that
        clause reports for itself ("posted a story that said the levy would
        double"): the story's words are the quote."""
        target = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if target is None or any(
            self.lexicon.is_reporting_verb(t) for t in target.subtree if t.i != target.i
        ):
            return None
        return self.said_object(verb)

    def reports_inside(self, verb: Token) -> bool:
        """Whether a word is a reporting verb with a speaker of its own (not
        the relative pronoun of "a study that found ...")."""
        return self.lexicon.is_reporting_verb(verb) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS
            for c in verb.children
        )

    def according_phrases(self) -> Iterable[tuple[Token, Token, str]]:
        """(first word of the phrase, head word of the source, phrase) triples."""
        # The phrases are found in the text, not token by token: most articles hold
        # few of them, and reading every token costs more.
        starts = []
        for match in _phrase_pattern(self.lexicon.according_phrases).finditer(self.text):
            first_end = match.start() + len(match.group().split(maxsplit=1)[0])
            span = self.doc.char_span(match.start(), first_end)
            if span is not None and len(span) == 1:
                starts.append(span.start)
        for phrase in self.lexicon.according_phrases:
            size = len(phrase)
            for i in starts:
                if tuple(t.lower_ for t in self.doc[i : i + size]) != phrase:
                    continue
                last = self.doc[i + size - 1]
                source = next((c for c in last.children if c.dep_ == "pobj"), None)
                if source is None and i + size < len(self.doc):
                    source = self.doc[i + size]
                if source is not None and source.tag_ == "NN" and source.is_lower and not any(
                    source.children
                ):
                    continue  # "shared according to need", "according to plan": a manner
                if source is not None:
                    yield self.doc[i], source, self.doc[i : i + size].text

    def reports_quote(self, verb: Token) -> bool:
        """Whether VERB is a reporting verb whose subject follows a quote
        ("“...,” Obama said")."""
        subject = subject_of(verb) if self.lexicon.is_reporting_verb(verb) else None
        if subject is None:
            return False
        i = subject.left_edge.i - 1
        while i >= 0 and self.doc[i].is_punct and "\n" not in self.doc[i].whitespace_:
            if self.doc[i].is_quote:
                return True
            i -= 1
        return False

    def according_clause(self, first: Token, source: Token) -> tuple[int, int] | None:
        """The clause an "according to X" phrase attributes: after it when it
        leads the sentence, else the clause before its comma."""
        sentence = first.sent
        phrase_end = max(source.right_edge.i, first.i)
        before = [t for t in self.doc[sentence.start : first.i] if not t.is_punct]
        if not before or (len(before) <= 1 and before[0].pos_ in ("CCONJ", "ADV")):
            start = self.doc[phrase_end].idx + len(self.doc[phrase_end])
            end_token = sentence[-1]
            return self.trimmed(start, end_token.idx + len(end_token))
        if self.interrupts(first, phrase_end, before):
            # "The implication, according to the aide, is that ...", "Since
            # November, according to the group, forces have killed ...": set
            # in the clause, the phrase reports all of its sentence.
            end_token = sentence[-1]
            start = max(sentence[0].idx, self.paragraph_of(first.idx)[0])
            return self.trimmed(start, end_token.idx + len(end_token))
        head = first.head
        while (
            head.dep_ == "conj"
            and head.head.i < head.i
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.head.children)
            and not self.lexicon.is_reporting_verb(head.head)
        ):
            # "A did X and B did Y, according to Z": Z reports both (not a
            # first clause with a source of its own, nor one joined by "but").
            head = head.head
        left = head.left_edge if head.i < first.i else sentence[0]
        if left.i >= first.i or not self.has_cue(sentence[0], first):
            # With no other cue before it, the phrase sources the whole
            # sentence ("A, but B, according to X"; "... worse than Obama's
            # ever has been, according to X").
            left = sentence[0]
        while left.i < first.i and left.dep_ == "cc":
            left = self.doc[left.i + 1]
        last = self.doc[first.i - 1]
        if self.goes_on_after_phrase(phrase_end):
            last = sentence[-1]
        return self.trimmed(max(left.idx, self.paragraph_of(first.idx)[0]), last.idx + len(last))

    def goes_on_after_phrase(self, phrase_end: int) -> bool:
        """Whether the sentence goes on after an "according to X" set off by
        commas behind a clause ("A, according to X, although B", "..., and
        B", "..., making B"): the phrase sources the rest too when a
        conjunction or a participle opens it (not a remark such as ", more
        than twice the rate of ...") and no other cue stands in it."""
        end = self.doc[phrase_end].sent.end
        after = phrase_end + 1
        if after + 1 >= end or self.doc[after].text != ",":
            return False
        rest = self.doc[after + 1 : end]
        opener = rest[0]
        opens_clause = opener.pos_ in ("CCONJ", "SCONJ") or opener.tag_ == "VBG"
        return opens_clause and not self.has_cue(opener, rest[-1])

    def interrupts(self, first: Token, phrase_end: int, before: list[Token]) -> bool:
        """Whether an "according to X" phrase is set off by commas inside
        its clause: no finite verb before it, and the clause going on, verb
        and all, after it."""
        doc = first.doc
        end = first.sent.end
        after = phrase_end + 1
        if first.i == 0 or doc[first.i - 1].text != "," or after >= end or doc[after].text != ",":
            return False
        if any(t.tag_ in FINITE_TAGS for t in before):
            return False
        return any(t.tag_ in FINITE_TAGS for t in doc[after + 1 : end])

    def has_cue(self, first: Token, stop: Token) -> bool:
        """Whether a speech cue (verb, reporting noun) stands from `first` up to `stop`."""
        return any(
            self.speaks_through(t)
            or (t.pos_ == "NOUN" and t.lemma_.lower() in self.lexicon.reporting_nouns)
            for t in self.doc[first.i : stop.i]
        )



def as_head(cue: Token) -> Token:
    """The verb an "as X noted" clause hangs on; the parser sometimes hangs
    it on the subject before it ("The island, as X noted, rarely sees ...")."""
    head = cue.head
    if head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ in ("nsubj", "nsubjpass"):
        return head.head
    return head




def finite_complement(cue: Token) -> Token | None:
    """"the drawdown, which they say left a vacuum": a finite verb right
    after the cue that the parser hung on it as an open complement (which
    takes no tense) is the reported clause's verb."""
    return next(
        (
            c
            for c in cue.rights
            if c.dep_ == "xcomp" and c.tag_ in ("VBD", "VBZ", "VBP") and c.i == cue.i + 1
        ),
        None,
    )

def question_clause(cue: Token, question_verbs: frozenset[str]) -> Token | None:
    """"asked the students if they were ready": the parser reads the
    question's "if" as a condition and hangs its clause on the cue as an
    adverbial clause. After a question verb that clause is the question."""
    if cue.lemma_.lower() not in question_verbs:
        return None
    if cue.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children
    ):
        # "Asked if ..., Varga replied": put by someone unnamed to the one
        # who answers, who must not become its speaker.
        return None
    return next(
        (
            c
            for c in cue.rights
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
            and same_paragraph(c, cue)
        ),
        None,
    )

def gerund_subject_clause(cue: Token) -> Token | None:
    """"said closing the plant was a mistake": the parser takes the gerund
    that is the reported clause's subject for the cue's complement and hangs
    the clause's finite verb under it. The gerund right after the cue, when a
    finite clause hangs on it, heads the reported clause (not "recalled
    visiting the plant when it was open", whose clause tells when)."""
    gerund = next(
        (c for c in cue.rights if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == cue.i + 1),
        None,
    )
    if gerund is None or not same_paragraph(gerund, cue):
        return None
    finite = any(
        c.dep_ == "ccomp"
        and c.i > gerund.i
        and (c.tag_ in FINITE_TAGS or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children))
        for c in gerund.children
    )
    return gerund if finite else None




def told_before_clause(cue: Token) -> Token | None:
    """"two days after Lund told The Ledger she was “not ready”": the parser
    hangs the cue's own clause under the verb of the clause it reports, which
    comes right after the one told. That verb heads the reported clause when
    its subject follows the cue's object at once and the cue has no clause."""
    rights = list(cue.rights)
    after = cue.right_edge.i + 1
    if (
        cue.dep_ not in ("advcl", "ccomp", "csubj")
        or not rights
        or rights[-1].dep_ not in ("dobj", "dative")
        or after >= len(cue.doc)
    ):
        return None
    subject = cue.doc[after]
    clause = subject.head
    if (
        subject.dep_ != "nsubj"
        or clause.i <= cue.i
        or not any(a == clause for a in cue.ancestors)
        or not same_paragraph(clause, cue)
    ):
        return None
    return clause


def nobodys_report(cue: Token) -> bool:
    """An infinitive cue in an impersonal sentence reports no one's
    statement: "it's safe to say that ...", "it is too soon to say whether
    ...", "it's worth noting that ...": the cue hangs on an adjective or on
    a copula that has one, and the subject is "it"."""
    if cue.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if cue.tag_ == "VBG":
        # "worth noting": only a gerund an adjective takes.
        if cue.dep_ != "xcomp" or cue.head.pos_ != "ADJ":
            return False
    elif cue.tag_ != "VB" or not any(c.tag_ == "TO" for c in cue.children):
        return False
    governor = cue.head
    judged = False
    while governor.pos_ in ("ADJ", "ADV") and governor.head.i != governor.i:
        # "safe to say", "too soon to say": up to the copula.
        judged, governor = True, governor.head
    judged = judged or any(
        c.dep_ in ("acomp", "advmod", "attr") and c.pos_ in ("ADJ", "ADV") and c.i < cue.i
        for c in governor.children
    )
    return judged and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in governor.children
    )


def is_set_phrase(cue: Token) -> bool:
    """ "That said, ...", "Having said that, ...", "That being said, ...": a
    cue with "that" for its subject or object, set off by a comma right
    after, links the reporter's sentences and reports no one."""
    doc = cue.doc
    after = cue.i + 1
    if after < len(doc) and doc[after].text == "that":
        after += 1  # "Having said that,"
    if after >= len(doc) or doc[after].text != ",":
        return False
    before = [t.lower_ for t in doc[max(cue.sent.start, cue.i - 2) : cue.i]]
    return before[-1:] == ["that"] or before[-2:] == ["that", "being"] or before[-1:] == [
        "having"
    ]
