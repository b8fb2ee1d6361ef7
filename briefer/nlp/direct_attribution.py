"""Cue and speaker of each direct quote: a reporting verb beside it, a colon
attribution, a signature, or the attributed quote it goes on from."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from briefer.nlp.quote_context import SENTENCE_END, FoundQuote, QuoteContext
from briefer.nlp.quote_marks import QuotedRegion
from briefer.nlp.speech import NOT_SPEAKERS, same_paragraph, subject_of

NAME_LINKS = ("compound", "flat", "poss", "case", "cc", "conj")
DASHES = {"―", "—", "–", "-", "--"}
# Verbs whose object is whom the speaker spoke to, never the speaker ("told Reuters").
ADDRESSEE_VERBS = {"tell", "inform", "remind", "assure", "reassure", "advise"}


class DirectAttribution(QuoteContext):
    """Attributes the direct quotes of an article."""

    def attribute_direct(self, found: list[FoundQuote]) -> None:
        """Cue and speaker of each direct quote (`found` is in text order): a
        cue beside it, a colon attribution, or the attributed quote it goes on
        from (same paragraph, a quote running over paragraphs, or a paragraph
        that is all quote after one); failing that, the next attributed quote
        of its paragraph."""
        previous: FoundQuote | None = None
        for item in found:
            if item.region is not None and item.speaker_head is None:
                # A cue the reported clauses gave without a speaker ("“...?”
                # asked Mr. X", X parsed as the object) is looked at again.
                self.cue_beside(item, item.region)
                unattributed = item.cue is None and item.speaker_head is None
                if unattributed and previous is not None and self.goes_on_from(previous, item):
                    item.cue, item.speaker_head = previous.cue, previous.speaker_head
                    item.cue_text = previous.cue_text
            if item.cue is not None or item.speaker_head is not None:
                previous = item
        following: FoundQuote | None = None
        for item in reversed(found):
            unattributed = item.cue is None and item.speaker_head is None
            if (
                unattributed
                and following is not None
                and self.paragraph_of(following.start) == self.paragraph_of(item.start)
            ):
                item.cue, item.speaker_head = following.cue, following.speaker_head
                item.cue_text = following.cue_text
            if not unattributed:
                following = item

    def goes_on_from(self, previous: FoundQuote, found: FoundQuote) -> bool:
        """Whether a quote continues the speech of the quote before it. Words reported
        in a participle modifying a noun ("the emails, which included staff members
        suggesting ...") are not what the paragraph after goes on with ("X, who also
        said that ..." are)."""
        if previous.region is None and previous.cue is not None and any(
                t.dep_ == "acl" for t in [previous.cue, *previous.cue.ancestors]):
            return False
        this_paragraph = self.paragraph_of(found.start)
        if self.paragraph_of(previous.start) == this_paragraph:
            return True
        if previous.region is not None and previous.region.close is None:
            return True
        index = max(self.paragraph_index(found.start), 0)
        opens_paragraph = (
            found.region is not None
            and not self.text[this_paragraph[0] : found.region.mark].strip()
        )
        return (
            opens_paragraph
            and index > 0
            and self.paragraph_of(previous.start) == self.paragraphs[index - 1]
        )

    def cue_beside(self, found: FoundQuote, region: QuotedRegion) -> None:
        after = self.suffix(region)
        before = self.prefix(region)
        if any(t.is_sent_start for t in after) and any(self.is_cue(t) for t in before):
            # "the crowd chanted, “Open the gates!” Later they marched,
            # chanting ...": a cue before the quote holds against one in the
            # next sentence.
            after = []
        for tokens in (after, list(reversed(before))):
            cue = next((t for t in tokens if self.is_cue(t)), None)
            if cue is not None:
                found.cue, found.cue_text = cue, self.cue_text(cue)
                found.speaker_head = self.direct_speaker(cue, region)
                return
        content = [t for t in before if not t.is_space]
        if content and content[-1].text == ":" and len(content) > 1:
            # "The Daily News focuses on how many were killed in a shooting
            # spree: “...”": the subject of the clause before the colon; with
            # no verb ("A message from the mayor: “...”"), the last noun.
            subject = self.subject_before_colon(content[-2], content[-1])
            if subject is not None:
                found.speaker_head = subject
                return
            names = [t for t in content[:-1] if t.pos_ in ("PROPN", "NOUN", "PRON")]
            if names:
                found.speaker_head = names[-1]
                return
        signed = [t for t in after if not t.is_space]
        if len(signed) > 1 and signed[0].text in DASHES and signed[1].pos_ == "PROPN":
            # “...” ― Francisco Herrero: a signed quote, no verb.
            head = signed[1]
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            found.speaker_head = head
            return
        if not before and region.mark == self.paragraph_of(region.mark)[0]:
            self.cue_from_previous_paragraph(found, region)

    def is_cue(self, token: Token) -> bool:
        """A reporting verb, or a wording verb in "as X put it"."""
        return self.lexicon.is_reporting_verb(token) or self.lexicon.is_wording_cue(token)

    def subject_before_colon(self, last: Token, colon: Token) -> Token | None:
        """The subject of the main verb that governs the words before a
        colon ("the Daily News focuses on how many the terrorists killed:"
        gives the Daily News, not the terrorists); None when there is none."""
        token, found = last, None
        for _ in range(12):
            if token.pos_ in ("VERB", "AUX") and token.i < colon.i:
                subject = next(
                    (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                if subject is not None and subject.i < colon.i:
                    found = subject
            if token.head.i == token.i or token.head.i > colon.i:
                return found
            token = token.head
        return found

    def cue_from_previous_paragraph(self, found: FoundQuote, region: QuotedRegion) -> None:
        """A paragraph-opening quote after "... he said:" at the end of the last one."""
        index = self.paragraph_index(region.mark)
        if index <= 0:
            return
        p_start, p_end = self.paragraphs[index - 1]
        tokens = self.tokens_between(p_start, p_end)
        if not self.text[p_start:p_end].rstrip().endswith(":"):
            self.statement_issued_before(found, tokens)
            return
        cue = next((t for t in reversed(tokens) if self.lexicon.is_reporting_verb(t)), None)
        if cue is not None:
            found.cue, found.cue_text = cue, self.cue_text(cue)
            found.speaker_head = self.direct_speaker(cue, region)

    def statement_issued_before(self, found: FoundQuote, tokens: list[Token]) -> None:
        """A paragraph all quote after "The DNC issued a statement apologizing to ...":
        the statement's words, its issuer the speaker (the main verb's subject)."""
        if not tokens:
            return
        sentence = tokens[-1].sent
        verb = sentence.root
        statement = next((c for c in verb.children if c.dep_ == "dobj"
                          and c.lemma_.lower() in self.lexicon.reporting_nouns), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if statement is not None and subject is not None and subject.pos_ != "PRON":
            found.cue, found.cue_text = statement, statement.text
            found.speaker_head = subject

    def direct_speaker(self, cue: Token, region: QuotedRegion) -> Token | None:
        """The subject of the cue, if it lies outside the quote; else the
        nearest noun beside the cue ("..., said Smith")."""
        subject = subject_of(cue)
        if subject is not None and not self.quoted_apart(subject, cue):
            return subject
        if region.close is not None and cue.idx > region.close:
            # "“...,” Texas delegate Bill Eastland, wearing a hat, said": the
            # first name between the quote and the cue.
            between = self.tokens_between(region.outer_end, cue.idx)
            name = next(
                (t for t in between if t.pos_ == "PROPN" and t.ent_type_ not in NOT_SPEAKERS),
                None,
            )
            if name is not None:
                while name.dep_ in ("compound", "flat") and name.head.i > name.i:
                    name = name.head
                return name
        if cue.idx < region.mark:
            # The parser hung the cue on the quote ("X went on, telling the
            # crowd, “...”"): the nearest subject before the quote speaks.
            for token in reversed(self.prefix(region)):
                if token.dep_ in ("nsubj", "nsubjpass") and token.i < cue.i:
                    return token
        inverted = (
            region.close is not None
            and cue.idx > region.close
            and not any(t.is_alpha for t in self.tokens_between(region.outer_end, cue.idx))
            and cue.lemma_.lower() not in ADDRESSEE_VERBS
        )
        for token in self.beside(cue, self.doc[cue.i + 1 : cue.i + 6]) + self.beside(
            cue, reversed(self.doc[max(0, cue.i - 5) : cue.i])
        ):
            # "“...?” asked Mr. Manafort": after the quote, the verb comes
            # first and the name after it speaks, however it was parsed.
            addressed = self.addressed(token, cue) and not (inverted and token.i > cue.i)
            if self.quoted_apart(token, cue) or addressed:
                continue
            if token.dep_ == "npadvmod" or token.ent_type_ in NOT_SPEAKERS:
                # "said Monday", "said last week"
                continue
            if token.pos_ in ("PROPN", "PRON", "NOUN"):
                head = token
                while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                    head = head.head
                return head
        return None

    @staticmethod
    def addressed(token: Token, cue: Token) -> bool:
        """Whether a word names whom the cue's speaker spoke to or on ("told
        Reuters", "said on CNN", "in an interview with Fox"): the medium, not
        the speaker."""
        head = token
        while head.dep_ in NAME_LINKS and head.head.i != head.i:
            head = head.head
        if head.dep_ in ("dobj", "dative") and head.head.i == cue.i:
            return True
        return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == cue.i

    def beside(self, cue: Token, tokens: Iterable[Token]) -> list[Token]:
        """`tokens` (walking away from the cue) up to a sentence end or quote mark."""
        out = []
        for token in tokens:
            if token.text in SENTENCE_END or self.is_mark(token) or not same_paragraph(token, cue):
                break
            out.append(token)
        return out
