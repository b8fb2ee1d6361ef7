"""Quoted words after a verb: mixed quotes that come from marks, not from a
reported clause.

"described X as “...”", "called X a “...”", "vowed to “take our fight” to
the states", "slammed the “reckless giveaway”": the words in marks are the
subject's, and the verb's complement around them is the quote. A short noun
phrase in marks (a term) counts only after a speech verb; after others it is
a name ("mandates “good behavior”"). `ReportedClauses` builds on this.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Token

from briefer.nlp.quote_judging import QuoteJudging
from briefer.nlp.quote_marks import QuotedRegion
from briefer.nlp.speech import can_speak, source_words

FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# What American style sets inside the closing mark though it ends the reporter's sentence.
CLOSING_PUNCTUATION = ".,;:!? "


# Named things a saying happens on, in or at: a date, an event, a show ("on
# Monday", "at the State Fair", "on Morning Call"). Not a place or a body:
# "the “pearl” on the Silk Road Economic Belt" is part of what was said.
OCCASION_ENTITIES = {"DATE", "TIME", "EVENT", "WORK_OF_ART"}
# Words that open a clause of when something was said ("... “whining” when the board met").
OCCASION_CLAUSE_WORDS = {"when", "after", "before"}
# Words that open an aside on a saying after a quote's own comma ("“...,” while trying to ...").
ASIDE_CLAUSE_WORDS = OCCASION_CLAUSE_WORDS | {"while"}
ASIDE_DEPS = {"advcl", "advmod", "mark", "xcomp", "acl"}


@dataclass
class ReportedClause:
    """A reported clause found from its cue, before quotes are sorted out.

    `runs_to` is the end of the sentence when the clause follows its cue and
    may run on to there; `source` is the speaker's head word when it is not
    the cue's subject ("according to X"), and `phrase` the cue phrase then.
    """

    start: int
    end: int
    cue: Token | None
    source: Token | None = None
    phrase: str | None = None
    phrase_at: Token | None = None
    runs_to: int = 0
    # Found only because quoted words follow a verb that is no speech verb
    # ("sparked a debate, with X telling reporters ... “...”"): yields to a
    # clause of a real cue inside it.
    weak: bool = False
    # An act a speech act reports ("vowed to fight on", "accused X of
    # lying"): a quote though no finite clause.
    act: bool = False


class QuotedWords(QuoteJudging):
    """Finds the mixed quotes that quoted words after a verb make."""

    @staticmethod
    def without_weak_envelopes(candidates: list[ReportedClause]) -> list[ReportedClause]:
        """Drop a weak clause that holds the clause of a real cue: "sparked a
        debate, with McCain telling reporters he viewed Obama as “directly
        responsible”" is McCain's clause, not the debate's. Candidates are
        looked up by start, so the work stays linear in practice."""
        ordered = sorted(candidates, key=lambda c: c.start)
        starts = [c.start for c in ordered]
        kept = []
        for clause in candidates:
            if clause.weak:
                low = bisect_left(starts, clause.start)
                high = bisect_left(starts, clause.end)
                if any(
                    not other.weak and other is not clause and other.end <= clause.end
                    for other in ordered[low:high]
                ):
                    continue
            kept.append(clause)
        return kept

    def speech_terms(
        self, direct_regions: set[int], fragments: list[QuotedRegion]
    ) -> list[QuotedRegion]:
        """Quoted stretches judged names or terms (a short noun phrase in
        marks) that are neither introduced as names ("so-called") nor titles:
        after a speech verb they are the speaker's words ("called for more
        “flexibility”", "noted the “senseless, tragic deaths”"), sorted by mark."""
        taken = direct_regions | {id(r) for r in fragments}
        return [
            r
            for r in self.regions
            if id(r) not in taken
            and not self.is_so_called(r)
            and (words := self.words(r))
            and not self.is_title_like(words)
        ]

    def speaks_through(self, verb: Token) -> bool:
        """Whether a verb is a speech act whose quoted object words are the
        subject's: a reporting verb, or one of the verbs of attack and praise
        ("accused X of “...”", "slammed the “...”")."""
        return (
            self.lexicon.is_reporting_verb(verb)
            or verb.lemma_.lower() in self.lexicon.speech_act_verbs
        )

    def may_say_term(self, verb: Token) -> bool:
        """Whether a verb's own subject may say a term in marks: not a thing
        that cannot speak ("The meeting underscores the position of the
        “coalition of the willing”": the marks set off a name, no one's words)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (
            subject is None
            or can_speak(subject, self.lexicon)
            or source_words().is_document(subject)
        )

    def quoted_complement(
        self, verb: Token, fragments: list[QuotedRegion], terms: list[QuotedRegion]
    ) -> ReportedClause | None:
        """A verb whose complement holds quoted words ("vowed to “take our
        fight” to the states", "mocked X for “having a tough night”", "sniped
        that the manager was “learning on the job”"): the
        words are the subject's, so the complement is a mixed quote. A term
        in marks counts only after a speech verb ("called for more
        “flexibility”"); after others it is a name ("mandates “good
        behavior”"), and so are quoted words in title case ("took the stage
        to “Rolling Down the River”")."""
        complements = [
            c
            for c in verb.rights
            if c.dep_ in ("dobj", "xcomp", "prep", "oprd", "dative", "attr", "advcl", "ccomp")
            # Not when it was said: "tweeted in the early morning hours that ...".
            and not (c.dep_ == "prep" and (self.is_time_phrase(c) or tells_occasion(c)))
        ]
        if not complements:
            return None
        first = complements[0]
        objects = [c for c in first.rights if c.dep_ in ("pobj", "pcomp")]
        if first.dep_ == "prep" and first.i == verb.i + 1 and objects:
            # "called on X to “...”", "went after X as “...”": the
            # preposition belongs to the verb, the quote begins at its object.
            first = objects[0]
        start = first.left_edge.idx
        last = verb.right_edge
        sentence_end = verb.sent[-1].idx + len(verb.sent[-1])
        end = min(last.idx + len(last), sentence_end)
        at = bisect_left(fragments, start, key=lambda r: r.mark)
        term = None
        if at == len(fragments) or not self.ends_by(fragments[at], start, end, verb):
            if not self.speaks_through(verb):
                return None
            at = bisect_left(terms, start, key=lambda r: r.mark)
            if at == len(terms) or not self.ends_by(terms[at], start, end, verb):
                return None
            if not self.may_say_term(verb):
                return None
            term = terms[at]
        region = term or fragments[at]
        if term is None and not self.speaks_through(verb) and self.is_title_like(
            self.words(region)
        ):
            return None
        act = self.next_act(verb, first)
        if act is not None and act.left_edge.idx > region.outer_end:
            # "decried the issue of “systemic racism” and highlighted her
            # plans": the quote stops before the subject's next act.
            cut = self.end_before(start, act.left_edge.idx)
            if cut is not None and cut >= region.outer_end:
                end = cut
        if term is not None:
            fragments.insert(bisect_left(fragments, term.mark, key=lambda r: r.mark), term)
        span = self.trimmed(start, self.before_occasion(start, end))
        if not span:
            return None
        return ReportedClause(*span, verb, weak=not self.speaks_through(verb))

    def next_act(self, verb: Token, first: Token) -> Token | None:
        """The first act of a verb's subject joined after its complement
        that starts at `first`: a verb joined to it ("decried X and
        highlighted Y"), a participle ("..., accusing Y of ..."), or a speech
        act in the verb's tense that the parser joined to the complement's
        verb ("tweeted that X was “a con” and encouraged ..."), if any."""
        for child in first.rights:
            if (
                child.dep_ == "conj"
                and child.tag_ == verb.tag_
                and (
                    self.lexicon.is_reporting_verb(child)
                    or child.lemma_.lower() in self.lexicon.speech_act_verbs
                    or child.lemma_.lower() in self.lexicon.characterizing_verbs
                )
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children)
            ):
                return child
        for child in verb.rights:
            if child.i <= first.i:
                continue
            if child.dep_ == "cc" and child.lower_ in ("or", "nor"):
                # "drive to “cross-sell” or make customers ...": an
                # alternative within the complement, not a next act.
                return None
            if (child.dep_ in ("conj", "parataxis") and child.pos_ in ("VERB", "AUX")) or (
                child.dep_ == "advcl" and child.tag_ == "VBG" and child.left_edge.i == child.i
            ):
                return child
        return None

    def ends_by(self, region: QuotedRegion, start: int, end: int, verb: Token) -> bool:
        """Whether quoted words end by `end`, or, after a speech verb and
        words of the reporter's own, run past it only by the punctuation the
        marks close over: the sentence's full stop in "accused him of acting
        like a “spoiled child.”" is no word of the quote. (After other verbs,
        or as the whole complement, such words are more often a title or a
        name: "displayed “complete disregard ...”", "called “regenerative
        medicine.”")"""
        if region.end <= end:
            return True
        return (
            region.mark > start
            and self.speaks_through(verb)
            and not self.text[end : region.end].strip(CLOSING_PUNCTUATION)
        )

    def characterization(
        self, verb: Token, fragments: list[QuotedRegion]
    ) -> tuple[int, int] | None:
        """"described X as “...”", "called X “...”", and any verb's "dismissed
        X as “...”" or "referred to X as “...”": from X through the closing mark."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            obj = next(
                (
                    p
                    for c in verb.rights
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
        if obj is None:
            return self.naming_in_order(verb, fragments)
        if verb.lemma_.lower() in self.lexicon.characterizing_verbs:
            within = verb
        else:
            within = next(
                (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i),
                None,
            )
            if within is None:
                return None
        subtree_end = within.right_edge.idx + len(within.right_edge)
        candidates = [
            r for r in self.regions_between(obj.idx + 1, subtree_end) if not self.is_so_called(r)
        ]
        if not candidates:
            return None
        region = candidates[0]
        at = bisect_left(fragments, region.mark, key=lambda r: r.mark)
        if at == len(fragments) or fragments[at] is not region:
            fragments.insert(at, region)
        start = obj.left_edge.idx
        end = max(region.outer_end, self.complement_end(verb, region.outer_end))
        return start, self.before_occasion(start, end)

    def before_occasion(self, start: int, end: int) -> int:
        """Where a characterization or other quoted complement ends when what
        follows its last quoted stretch tells when or where it was said ("the
        plan as a “giveaway” during a campaign stop", "the mayor a “fraud”
        Tuesday on a radio show", "to stop “whining” when the board met"):
        before that."""
        regions = self.regions_between(start, end)
        if not regions or regions[-1].outer_end >= end:
            return end
        after = [t for t in self.tokens_between(regions[-1].outer_end, end) if not t.is_punct]
        if not after or not tells_occasion(after[0]):
            return end
        cut = self.end_before(start, after[0].idx)
        return cut if cut is not None and cut >= regions[-1].outer_end else end

    def before_quote_aside(self, start: int, end: int) -> int:
        """Where a reported clause ends when a quote in it closes on a comma
        and a participle or a clause of when or while follows ("things
        “should be wrapped up by Cleveland,” referring to the convention";
        "“That makes me smart,” when Clinton blasted him"): the writer's
        words on the saying, after the quote's own comma. The closing mark."""
        for region in self.regions_between(start, end):
            if region.close is None or region.outer_end >= end:
                continue
            if not self.text[region.start : region.end].endswith(","):
                continue
            after = [t for t in self.tokens_between(region.outer_end, end) if not t.is_punct]
            if (
                after
                and after[0].dep_ in ASIDE_DEPS
                and (after[0].tag_ == "VBG" or after[0].lower_ in ASIDE_CLAUSE_WORDS)
                and not (len(after) > 2 and after[2].lemma_ == "come" and after[1].lower_ == "it")
            ):
                # Not "when it comes to ...", which goes on with what was said.
                return region.outer_end
        return end

    def complement_end(self, verb: Token, at_least: int) -> int:
        """Where a characterizing verb's complement ends: the quoted words
        and what follows them in the verb's clause ("called it a “mistake”
        made by some “respected voices”", "“meritless” and “improper”"), not
        a second verb of the same subject ("... and said ...") nor the
        sentence's end mark."""
        last = None
        for child in verb.rights:
            if child.dep_ in ("cc", "punct") or (
                child.dep_ in ("conj", "parataxis") and child.pos_ in ("VERB", "AUX")
            ):
                continue
            if last is None or child.right_edge.i > last.i:
                last = child.right_edge
        if last is None:
            return at_least
        end = last.idx + len(last)
        if end <= at_least:
            return at_least
        span = self.trimmed(verb.idx, min(end, verb.sent[-1].idx + len(verb.sent[-1])))
        return span[1] if span is not None else at_least

    def naming_in_order(
        self, verb: Token, fragments: list[QuotedRegion]
    ) -> tuple[int, int] | None:
        """"called Trump a “blowhard,”" when the parser lost the object (it
        often reads "called" as a participle modifying the subject): a
        characterizing verb, then a short noun phrase of no verb, then the
        quoted words. A bare "a group called the “...”" names, so a noun
        must stand between the verb and the mark."""
        if verb.lemma_.lower() not in self.lexicon.characterizing_verbs:
            return None
        sentence_end = verb.sent.end
        has_noun = False
        for token in self.doc[verb.i + 1 : min(verb.i + 12, sentence_end)]:
            region = self.region_at(token.idx)
            if region is not None and region.mark == token.idx:
                if not has_noun or self.is_so_called(region):
                    return None
                at = bisect_left(fragments, region.mark, key=lambda r: r.mark)
                if at == len(fragments) or fragments[at] is not region:
                    fragments.insert(at, region)
                return self.doc[verb.i + 1].idx, region.outer_end
            if token.pos_ == "ADP" and has_noun and self.is_time_phrase(token):
                # "called Trump's remarks on Sunday “childish”": when, not whom.
                continue
            if (
                token.pos_ in ("VERB", "AUX", "ADP")
                or token.tag_ == "TO"
                or (token.is_punct and token.tag_ != "HYPH")
            ):
                # "called on X to “...”" asks, it does not name.
                return None
            has_noun = has_noun or token.pos_ in ("NOUN", "PROPN", "PRON")
        return None

    @staticmethod
    def is_time_phrase(preposition: Token) -> bool:
        """A preposition whose object is a date or time ("on Sunday", "at noon")."""
        return any(
            c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in preposition.children
        )


def tells_occasion(token: Token) -> bool:
    """Whether a word opens a phrase of when or where something was said: a
    date ("Tuesday", "last week"), "during ...", "on", "in" or "at" a date,
    a named event or show ("on Monday", "at the State Fair"), or a clause
    opened by "when", "after" or "before"."""
    if token.dep_ in ("npadvmod", "tmod") and token.ent_type_ in ("DATE", "TIME"):
        return True
    if token.lower_ in OCCASION_CLAUSE_WORDS and token.dep_ in ("advmod", "mark"):
        return token.head.dep_ == "advcl"
    if token.dep_ != "prep":
        return False
    if token.lower_ == "during":
        return True
    place = next((c for c in token.children if c.dep_ == "pobj"), None)
    return (
        token.lower_ in ("on", "in", "at")
        and place is not None
        and place.ent_type_ in OCCASION_ENTITIES
    )
