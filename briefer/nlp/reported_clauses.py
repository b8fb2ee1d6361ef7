"""Reported clauses: indirect and mixed quotes from their cues.

Indirect speech comes from reporting verbs with a reported clause, from
reporting nouns ("his claim that ..."), from "according to"-style phrases and
from verbs whose complement holds quoted words; a clause that is a direct
quote instead gives that quote its cue. Quoted words after verbs that are
not reporting verbs ("called X “...”", "slammed the “...”") are found by
`quoted_words`; the cues that are no reporting verb ("according to X", "as X
noted", "his claim that") by `phrase_cues`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from briefer.nlp.cue_conjuncts import back_in_cue_tense, tense
from briefer.nlp.inserted_cues import only_quotes_around, opens_quote_after
from briefer.nlp.phrase_cues import (
    PhraseCues,
    finite_complement,
    gerund_subject_clause,
    is_set_phrase,
    nobodys_report,
    question_clause,
    told_before_clause,
)
from briefer.nlp.quote_context import FoundQuote
from briefer.nlp.quote_marks import QuotedRegion
from briefer.nlp.quoted_words import ReportedClause
from briefer.nlp.speech import (
    CONTRAST_MARKS,
    FINITE_TAGS,
    interrupted_relative,
    is_denied,
    opens_with_complementizer,
    same_paragraph,
    subject_of,
    tells_of_saying,
)

# What makes a word the subject of a clause.
SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
# The parts of speech a cue can have: reporting verbs, "asked", reporting nouns.
CUE_POS = frozenset({"VERB", "AUX", "NOUN"})
CUE_POS_IDS = frozenset(POS_IDS[pos] for pos in CUE_POS)


def cue_pos_tokens(doc: Doc) -> list[Token]:
    """The tokens whose part of speech a cue can have, in order, picked from the
    document's part-of-speech array: no Token is made for the other words."""
    return [doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in CUE_POS_IDS]


class ReportedClauses(PhraseCues):
    """Finds the clauses reporting verbs, nouns and phrases report."""

    def clauses(self, direct: list[FoundQuote], fragments: list[QuotedRegion]) -> list[FoundQuote]:
        """Indirect and mixed quotes; a clause that is a direct quote instead
        gives that quote its cue. Every search is bounded by its sentence, and
        the steps that compare clauses look them up in sorted lists, so the
        work grows with the text, not with its square."""
        candidates: list[ReportedClause] = []
        direct_regions = {id(f.region) for f in direct}
        fragments.sort(key=lambda r: r.mark)

        terms = self.speech_terms(direct_regions, fragments)

        def in_quote(token: Token) -> bool:
            region = self.region_at(token.idx)
            return region is not None and id(region) in direct_regions

        # Quoted words after a verb need a quoted stretch opening in its sentence.
        marked = self.sentences_with_marks()
        for token in cue_pos_tokens(self.doc):
            # Every cue below is a verb or a noun; the other words are passed over first.
            if in_quote(token) or self.in_long_sentence(token):
                continue
            if self.lexicon.in_idiom(token):
                continue
            lemma = token.lemma_.lower()
            quoted_verb = token.pos_ == "VERB" and marked[token.i]
            if quoted_verb:
                span = self.characterization(token, fragments)
                if span is not None:
                    candidates.append(ReportedClause(*span, token))
                    continue
            if token.pos_ == "NOUN" and lemma in self.lexicon.reporting_nouns:
                found = self.noun_clause(token)
                if found is not None:
                    candidates.append(found)
                continue
            if self.is_question_put(token) and self.is_refusal(token.head):
                # "Asked whether ..., Levitt declined to say": a question the
                # one asked did not answer, so nobody's claim.
                continue
            reporting = self.lexicon.is_reporting_verb(token)
            if reporting and is_denied(token, self.lexicon):
                # "did not say that ...", "declined to say whether ...": not a
                # claim by the subject, so no quote (README, JSON contract).
                continue
            if reporting and (nobodys_report(token) or is_set_phrase(token)):
                continue
            found = None
            if reporting:
                found = self.reported_clause(token)
            elif self.lexicon.is_wording_cue(token) and self.is_as_clause(token):
                # "As X put it, ...": reports the clause it hangs on.
                found = self.as_reported(token)
            if found is None and quoted_verb and lemma in self.lexicon.belief_verbs:
                found = self.quoted_belief(token, fragments)
            if found is None and quoted_verb and lemma not in self.lexicon.belief_verbs:
                found = self.quoted_complement(token, fragments, terms)
            if found is None:
                found = self.speech_act(token)
            if found is not None:
                candidates.append(found)
        for first, source, phrase in self.according_phrases():
            if in_quote(first) or self.in_long_sentence(first):
                continue
            if self.reports_quote(first.head):
                # "“...,” Obama said ..., according to a White House pool report":
                # the report is the channel; the verb's subject is the speaker.
                continue
            span = self.according_clause(first, source)
            if span is not None:
                candidates.append(ReportedClause(*span, None, source, phrase, phrase_at=first))
        self.run_to_sentence_ends(candidates)
        self.cut_at_participles(candidates)
        for candidate in candidates:
            candidate.end = self.before_aside(candidate.start, candidate.end)
            candidate.end = self.before_quote_aside(candidate.start, candidate.end)
        candidates = self.without_weak_envelopes(candidates)
        return self.sorted_out(candidates, direct, fragments, terms)

    def sorted_out(
        self,
        candidates: list[ReportedClause],
        direct: list[FoundQuote],
        fragments: list[QuotedRegion],
        terms: list[QuotedRegion],
    ) -> list[FoundQuote]:
        """The quotes the clauses make, in text order: a clause mostly in a
        direct quote attributes it, a clause all in quoted words is a direct
        quote, one inside another is dropped, the rest are mixed or indirect
        (mixed when quoted words, a term in marks included, lie inside: in a
        reported clause the marks are the speaker's word, "said the economy
        was heading for a “slowcession”").
        Direct quotes and fragments never overlap each other, so each lookup
        is a bisection."""
        direct = sorted(direct, key=lambda f: f.start)
        direct_ends = [f.end for f in direct]
        fragment_starts = [r.start for r in fragments]
        term_starts = [r.start for r in terms]
        results: list[FoundQuote] = []
        held: set[int] = set()
        furthest = -1  # the furthest end of a result: results start no later than a clause
        for clause in sorted(candidates, key=lambda c: (c.start, -c.end)):
            start, end = clause.start, clause.end
            cue = clause.cue
            head = clause.source if clause.source is not None else (cue and subject_of(cue))
            if cue is not None and self.quoted_apart(head, cue):
                head = None
            cue_text = clause.phrase or (self.cue_text(cue) if cue is not None else None)
            quoted = []
            for f in direct[bisect_right(direct_ends, start) :]:
                if f.start >= end:
                    break
                quoted.append(f)
            covered = sum(min(end, f.end) - max(start, f.start) for f in quoted)
            leading = cue is not None and any(
                self.attributes_leading_quote(f, start, cue) for f in quoted
            )
            if leading:
                # "“...,” Texas delegate Bill Eastland, wearing a hat, said":
                # the parser ran the quote's clause on into the attribution.
                continue
            if quoted and covered >= 0.5 * (end - start):
                for f in quoted:
                    if f.cue is None and f.speaker_head is None:
                        f.cue, f.speaker_head, f.cue_text = cue, head, cue_text
                continue
            at = bisect_right(fragment_starts, start) - 1
            holder = fragments[at] if at >= 0 and end <= fragments[at].end else None
            if holder is not None:
                # The whole reported clause is in marks ("said that “...”"):
                # a direct quote, unless the cue was quoted inside it.
                if 2 * (end - start) >= holder.end - holder.start and id(holder) not in held:
                    held.add(id(holder))
                    results.append(
                        FoundQuote(holder.start, holder.end, "direct", cue, head, cue_text, holder)
                    )
                    furthest = max(furthest, holder.end)
                continue
            if end <= furthest:
                continue
            low = bisect_left(fragment_starts, start)
            inner = low < len(fragments) and fragments[low].end <= end
            if not inner and clause.cue is not None and self.speaks_through(clause.cue):
                at = bisect_left(term_starts, start)
                inner = at < len(terms) and terms[at].end <= end
            for f in quoted:
                f.kind = "absorbed"
            kind = "mixed" if inner or quoted else "indirect"
            if (
                kind == "indirect"
                and not clause.act
                and not self.is_finite_clause(start, end, cue, clause.phrase)
            ):
                continue
            results.append(FoundQuote(start, end, kind, cue, head, cue_text))
            furthest = max(furthest, end)
        return results

    def clause_of(self, cue: Token) -> Token | None:
        """The head of the clause a reporting verb reports: its clausal
        complement, or a "that" clause the parser hung on a noun of the cue's
        phrase ("said in a statement that ...")."""
        clauses = [
            c
            for c in cue.children
            if c.dep_ == "ccomp" and same_paragraph(c, cue) and not tells_of_saying(c)
        ]
        after = [c for c in clauses if c.i > cue.i]
        if after or clauses:
            # "X did A, then says B": the clause after the cue is the one it
            # reports; before it, the nearest ("X suggested A — “B,” X said").
            return after[0] if after else clauses[-1]
        misread = (
            gerund_subject_clause(cue)
            or finite_complement(cue)
            or question_clause(cue, self.lexicon.question_verbs)
            or told_before_clause(cue)
        )
        if misread is not None:
            return misread
        # Cue -> preposition -> its object -> the "that" clause, or cue -> its
        # object -> the "that" clause ("told a meeting of leaders that ...",
        # parsed as a relative clause): a few steps down, never the whole
        # subtree (which made a run of cues quadratic). A reporting noun's
        # clause is the cue's only when the noun is its channel ("said in a
        # statement that ..."), not what it answers ("responded to reports
        # that ...", "denied claims that ...": the reports say it).
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        for prep in cue.children:
            objects.extend(p for p in prep.children if p.dep_ == "pobj")
        for obj in list(objects):
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.i > cue.i:
                    objects.extend(p for p in prep.children if p.dep_ == "pobj")
        for obj in objects:
            if obj.lemma_.lower() in self.lexicon.reporting_nouns and obj.head.lower_ != "in":
                continue
            for token in obj.children:
                if (
                    token.i > cue.i
                    and token.dep_ in ("acl", "relcl", "advcl")
                    and (
                        any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
                        or opens_with_complementizer(token)
                    )
                ):
                    return token
        return None

    def is_refusal(self, verb: Token) -> bool:
        """"declined to say", "would not comment", "refused": no answer given."""
        return verb.lemma_.lower() in self.lexicon.refusal_verbs or is_denied(verb, self.lexicon)

    @staticmethod
    def is_question_put(cue: Token) -> bool:
        """"Asked whether ..., X said ...": a passive "asked" with no subject
        of its own, hung on the clause of the one asked."""
        return (
            cue.lemma_.lower() == "ask"
            and cue.tag_ == "VBN"
            and cue.dep_ in ("advcl", "ccomp", "xcomp")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in cue.children)
        )

    def reported_clause(self, cue: Token) -> ReportedClause | None:
        """The clause a reporting verb reports, if it has one."""
        clause = self.clause_of(cue)
        sentence = cue.sent
        if clause is None:
            interrupted = interrupted_relative(cue)
            if interrupted is not None:
                last = self.sentence_end_within(interrupted, interrupted.right_edge)
                span = self.trimmed(interrupted.idx, last.idx + len(last))
                return ReportedClause(*span, cue) if span else None
            if self.is_as_clause(cue):
                return self.as_reported(cue)
            around = self.inserted_cue(cue) or self.inverted_closing(cue)
            if around is not None:
                return ReportedClause(*around, cue)
            if cue.dep_ != "parataxis" and not self.closing_attribution(cue):
                return None
            if cue.head.i < cue.i:
                first, last_i = cue.head.left_edge, cue.left_edge.i - 1
                if self.goes_on_after(cue):
                    last_i = sentence.end - 1
            else:
                # "Asked what ..., Adelson said, “They have got to win.”": the
                # parser hung the cue on the quote's verb; the words before
                # its subject tell of the saying, the marks hold what was said.
                mark = opens_quote_after(cue)
                first = sentence[0] if mark is None else self.doc[mark]
                last_i = sentence.end - 1
            if last_i < first.i or only_quotes_around(cue, first.i, last_i):
                return None
            start = max(first.idx, self.paragraph_of(cue.idx)[0])
            span = self.trimmed(start, self.doc[last_i].idx + len(self.doc[last_i]))
            return ReportedClause(*span, cue) if span and self.has_verb(*span) else None
        first = clause.left_edge
        if cue in clause.subtree and clause.i > cue.i:
            # The cue's clause hung on the one it reports: that one starts after it.
            first = self.doc[cue.right_edge.i + 1]
        elif first.i < cue.i < clause.i:
            first = self.doc[cue.i + 1]
        if clause.i > cue.i and not any(c.dep_ in SUBJECTS for c in clause.children):
            # "argued the pipeline, which farmers back, “wouldn't move an
            # inch”": a clause with no subject after an object of the cue
            # is that object's; the parser split the reported clause.
            obj = next(
                (c for c in cue.rights if c.dep_ == "dobj" and c.i < clause.left_edge.i), None
            )
            if obj is not None:
                first = obj.left_edge
        if clause.i < cue.i:
            first = self.quote_opening(first, cue) or first
            if self.is_question_put(first) or (
                first.lemma_.lower() == "ask" and first.i == sentence.start and first.tag_ == "VBN"
            ):
                # "Asked if ..., Trump replied, “...”": the parser made the
                # question the reply's clause. The question is the asker's,
                # cued by "Asked"; the reply is the quote after.
                cue, first = first, self.doc[first.i + 1]
        if (
            first.lower_ == "that"
            and first.i < clause.i
            and (first.dep_ == "mark" or first.head.i == clause.i)
        ):
            first = self.doc[first.i + 1]
        last = self.sentence_end_within(first, clause.right_edge)
        if clause.i < cue.i and self.goes_on_after(cue):
            # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt":
            # the attribution sits inside the reported sentence.
            last = sentence[-1]
        span = self.trimmed(max(first.idx, self.paragraph_of(cue.idx)[0]), last.idx + len(last))
        if span is not None and clause.right_edge.dep_ == "cc":
            # "said A, and more than half said B": the joining word the
            # parser left on A belongs to neither.
            end = self.end_before(*span)
            span = (span[0], end) if end is not None else None
        if span is None or not self.has_verb(*span):
            return None
        runs_on = clause.i > cue.i and heads_sentence(cue)
        next_act = self.speakers_next_act(cue, clause) if clause.i > cue.i else None
        if next_act is not None:
            end = self.end_before(span[0], next_act.idx)
            if end is None or not self.has_verb(span[0], end):
                return None
            return ReportedClause(span[0], min(span[1], end), cue)
        stop = self.sentence_end_within(first, sentence[-1])
        own = [
            c
            for c in cue.rights
            if c.i > clause.right_edge.i
            and (
                self.is_cues_own(cue, c)
                or (c.dep_ == "conj" and back_in_cue_tense(c, cue, clause))
            )
        ]
        if own:
            # "say A, compared with B", "say A, while B", "said A but
            # declined to ...", "said A would ..., and they rejected ...":
            # the cue's own modifiers and acts after the clause are no part
            # of what it reports.
            stop = self.doc[max(own[0].left_edge.i - 1, first.i)]
        return ReportedClause(*span, cue, runs_to=stop.idx + len(stop) if runs_on else 0)

    def is_cues_own(self, cue: Token, child: Token) -> bool:
        """Whether a word hung on a cue after its clause tells of the saying,
        not of what was said: a prepositional phrase ("compared with B"), a
        contrast ("while B", "though B"), a participle ("appearing to ...")
        or a verb of the speaker in the cue's tense with no subject of its
        own ("said A but cautioned ...", not "said A and then would ...")."""
        if self.is_new_report(child):
            return True
        if child.dep_ == "prep":
            # Not one joined to the clause's words ("memories of A, and of B").
            return child.doc[child.left_edge.i - 1].dep_ != "cc"
        if child.dep_ == "advcl":
            return child.tag_ == "VBG" or any(
                m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in child.children
            )
        return (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and tense(child) == tense(cue)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in child.children)
        )

    def is_new_report(self, verb: Token) -> bool:
        """"said A, and three-quarters said the same of B": a reporting verb
        with a subject of its own, joined after the clause, starts another
        report (not "said A and that B", which goes on with the first)."""
        return (
            verb.dep_ in ("conj", "ccomp")
            and (
                self.lexicon.is_reporting_verb(verb)
                # "but they could not resist pointing out that ..."
                or any(
                    c.dep_ == "xcomp" and self.lexicon.is_reporting_verb(c) for c in verb.children
                )
            )
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(c.dep_ == "mark" for c in verb.children)
        )

    def is_contrasted_report(self, verb: Token) -> bool:
        """"..., while 30 percent said B", "..., whereas Y argued B": a
        reporting verb with a subject of its own, opened by a contrasting
        conjunction, is another report set against the first."""
        return (
            self.lexicon.is_reporting_verb(verb)
            and any(c.dep_ == "nsubj" for c in verb.children)
            and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children)
        )

    def speakers_next_act(self, cue: Token, clause: Token) -> Token | None:
        """"X suggested that Cruz was “soft” and called for more spending":
        a verb of speech in the cue's tense, joined to the reported clause's
        verb with no subject of its own, is the speaker's next act, which the
        parser hung on the clause ("says he is acting ... and showing" goes
        on with the clause). So is a verb joined there in the cue's tense
        when the reported clause shifted tense ("said it would ..., and his
        board approved ..."), and a report set against it ("said A, while
        30 percent said B"). The word that starts it ("and", "but",
        "while"), or the verb."""
        for verb in clause.rights:
            if verb.dep_ == "advcl" and self.is_contrasted_report(verb):
                return verb.left_edge
            if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
                continue
            if verb.pos_ == "AUX" and not any(c.dep_ == "nsubj" for c in verb.children):
                # "... was born there and was therefore qualified": the clause goes on;
                # "... were personal, but for Republicans, it is a smoking gun" does not.
                continue
            if self.is_new_report(verb):
                # "said A, and three-quarters said the same of B": a new report.
                joins = [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i]
                return joins[-1] if joins else verb.left_edge
            if tense(verb) != tense(cue):
                continue
            if back_in_cue_tense(verb, cue, clause):
                # "says delegates should flip to him, and his campaign is
                # approaching them": the narrative, not the report, goes on.
                joins = [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i]
                return joins[-1] if joins else verb.left_edge
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                continue
            lemma = verb.lemma_.lower()
            if not (
                self.lexicon.is_reporting_verb(verb)
                or lemma in self.lexicon.speech_act_verbs
                or lemma in self.lexicon.characterizing_verbs
            ):
                continue
            joins = [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i]
            return joins[-1] if joins else verb.left_edge
        return None

    def is_finite_clause(
        self, start: int, end: int, cue: Token | None, phrase: str | None
    ) -> bool:
        """Whether an unquoted clause can be indirect speech. After a phrase
        ("according to X", "his claim that") it needs a verb; after a verb,
        that verb must report (not one that only took quoted words, "took to
        Twitter to accuse X of being “duped”") and the clause must hold a
        finite verb ("polls show Clinton leading" reports no statement)."""
        if phrase is not None:
            return self.has_verb(start, end)
        if cue is None or not (
            self.lexicon.is_reporting_verb(cue) or self.lexicon.is_wording_cue(cue)
        ):
            return False
        if interrupted_relative(cue) is not None:
            # "a decision they say allowed X": after its subject and cue the
            # parser's participle is a past tense.
            return True
        return any(t.tag_ in FINITE_TAGS for t in self.tokens_between(start, end))

    def run_to_sentence_ends(self, candidates: list[ReportedClause]) -> None:
        """Extend each reported clause that may run on to the end of its
        sentence, stopping where another attribution's words begin ("..., but
        X, according to Y"): the first such word after the clause, found by
        bisection in the sorted starts of every clause's words."""
        starts: list[tuple[int, int]] = []
        for number, other in enumerate(candidates):
            starts.append((other.start, number))
            for token in (other.cue, other.phrase_at):
                if token is not None:
                    starts.append((token.idx, number))
                    subject = subject_of(token) if token == other.cue else None
                    if subject is not None:
                        starts.append((subject.left_edge.idx, number))
        starts.sort()
        for number, clause in enumerate(candidates):
            if not clause.runs_to:
                continue
            limit = clause.runs_to
            for at, owner in starts[bisect_right(starts, (clause.end, len(candidates))) :]:
                if at >= limit:
                    break
                if owner != number:
                    limit = at
                    break
            if limit <= clause.end:
                continue
            end = self.end_before(clause.start, limit)
            if end is not None:
                clause.end = max(clause.end, end)

    def cut_at_participles(self, candidates: list[ReportedClause]) -> None:
        """"X said A, claiming that B": A stops before the participle that
        reports B (a cue of the same speaker, with no subject of its own).
        The participles are looked up by position, nearest first."""
        participles = sorted(
            (
                c.cue
                for c in candidates
                if c.cue is not None
                and not c.weak
                and self.reports_on(c.cue)
                and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.cue.children)
            ),
            key=lambda t: t.idx,
        )
        positions = [t.idx for t in participles]
        for clause in candidates:
            for cue in participles[bisect_right(positions, clause.start) :]:
                if cue.idx >= clause.end:
                    break
                if cue is clause.cue:
                    continue
                end = self.end_before(clause.start, cue.left_edge.idx)
                if end is not None and end > clause.start:
                    clause.end = min(clause.end, end)

    def quoted_belief(
        self, verb: Token, fragments: list[QuotedRegion]
    ) -> ReportedClause | None:
        """A belief verb's clause that holds quoted words ("worried that the
        safety net was becoming “a hammock ...”"): the marks show the words
        were said, so it is a mixed quote; without them it is a thought, no
        quote."""
        if verb.lemma_.lower() in self.lexicon.perception_verbs:
            return None
        found = self.reported_clause(verb)
        if found is None:
            return None
        at = bisect_left(fragments, found.start, key=lambda r: r.mark)
        if at == len(fragments) or fragments[at].end > found.end:
            return None
        return found

    def reports_on(self, cue: Token) -> bool:
        """Whether a cue with no subject goes on with the same speaker's
        words: ", claiming that ...", "and added that ...", "before saying
        ...". Not an infinitive of the clause ("too early to tell whether")
        nor a participle under a noun's preposition ("pilloried for
        acknowledging that ...")."""
        if cue.dep_ == "conj":
            return True
        if cue.dep_ in ("advcl", "xcomp"):
            return cue.tag_ == "VBG"
        if cue.dep_ == "pcomp":
            # "ended by saying", "before adding that": how the speaker went on.
            return cue.head.lower_ in ("by", "before", "after", "while")
        return False



def heads_sentence(cue: Token) -> bool:
    """Whether a cue is its sentence's main verb, or joined to it: only then
    can its report run on to the sentence's end (not from "Though she called
    for X, Y restricted ...", where the main clause is the writer's)."""
    while cue.dep_ == "conj":
        cue = cue.head
    return cue.dep_ == "ROOT"
