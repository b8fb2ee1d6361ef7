"""Judging a quoted stretch from its surroundings: a quotation (direct), a
fragment inside reported speech (mixed), or a name, term or title in marks
(not a quote)."""

from __future__ import annotations

from spacy.tokens import Token

from briefer.nlp.quote_context import SENTENCE_END, QuoteContext
from briefer.nlp.quote_marks import QuotedRegion


class QuoteJudging(QuoteContext):
    """What a quoted stretch is, from the words around it."""

    def words(self, region: QuotedRegion) -> list[Token]:
        return [
            t
            for t in self.tokens_between(region.start, region.end)
            if not t.is_punct and not t.is_space
        ]

    def is_quotation(self, region: QuotedRegion, before: list[Token], after: list[Token]) -> bool:
        """A quotation stands on its own: it opens the sentence, follows a
        colon, or follows a reporting verb (split quotes included)."""
        words = self.words(region)
        if not words or self.is_so_called(region):
            return False
        content = [t for t in before if not t.is_space]
        if content and self.after_abbreviation(content[-1], region):
            # '..., said in Santa Monica, Calif. “The reality is ...”': the
            # full stop of the abbreviation ends the sentence too.
            content = []
        if not content:
            short = len(words) <= 3 and not any(t.pos_ in ("VERB", "AUX") for t in words)
            # “Neither do I.”, “We're America.”: a sentence of its own.
            ends_sentence = self.text[region.end - 1] in SENTENCE_END
            if (short or self.is_title_like(words)) and not ends_sentence:
                # “Absolutely,” he said. — but “Broad City” star X said ...,
                # “Sons of Trump” is a show called ...: a title opens the
                # sentence, no comma sets it off from an attribution.
                # (“‘House of Cards,’” she said: the comma may sit inside a nested mark.)
                closing = self.text[region.start : region.end].rstrip("'’‘")[-1:]
                set_off = closing in (",", "?", "!") or (
                    bool(after) and after[0].text == ","
                )
                return set_off and any(self.lexicon.is_reporting_verb(t) for t in after)
            return True
        last = content[-1]
        if last.text == ":":
            return True
        if self.lexicon.is_reporting_verb(last):
            # "said “Too many.”" quotes what was said; "showing “respect”",
            # "told “Fox and Friends”", "called “regenerative medicine”" put
            # a term or name in marks as the verb's object.
            return (
                last.lemma_.lower() in self.marks.utterance_verbs
                or self.is_clause(words)
                or self.text[region.end - 1] in "?!"
            )
        if last.text != ",":
            return False
        # '..., Trump issued a statement, “Last night, our nation was
        # attacked ...”': a whole sentence set off by a comma is quoted even
        # when the phrase before it holds no reporting verb.
        return any(self.lexicon.is_reporting_verb(t) for t in content) or self.is_sentence(
            region, words
        )

    def is_sentence(self, region: QuotedRegion, words: list[Token]) -> bool:
        """Quoted words that make a sentence of their own: a capital first,
        a full stop, question or exclamation mark last, a verb in between."""
        quoted = self.text[region.start : region.end].rstrip("'’‘ ")
        return (
            len(words) >= 4
            and quoted[:1].isupper()
            and quoted[-1:] in SENTENCE_END
            and self.is_clause(words)
        )

    def after_abbreviation(self, token: Token, region: QuotedRegion) -> bool:
        """Whether `token` is an abbreviation ending a sentence just before a
        quote that opens with a capital ("Calif.", "S.C.", "Jr.")."""
        return (
            len(token.text) > 1
            and token.text.endswith(".")
            and token.idx + len(token.text) <= region.mark
            and self.text[region.start : region.start + 1].isupper()
        )

    @staticmethod
    def is_clause(words: list[Token]) -> bool:
        """Whether quoted words hold a verb: a clause, not a bare phrase."""
        return any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in words)

    def is_so_called(self, region: QuotedRegion) -> bool:
        """Introduced as a name: "the so-called “...”", "a group dubbed “...”"."""
        lead = self.text[max(0, region.mark - 24) : region.mark].lower().rstrip(" ,:")
        return any(lead.endswith(w) for w in self.marks.so_called)

    def is_name_or_term(self, region: QuotedRegion, before: list[Token]) -> bool:
        """Scare quotes, names and titles in marks: a short noun phrase with
        no verb, one introduced as "so-called", or a title-case title."""
        words = self.words(region)
        if not words:
            return True
        if self.is_so_called(region):
            return True
        if self.text[region.end - 1] in "!?":
            return False
        has_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in words)
        if has_verb:
            return False
        content = [t for t in before if not t.is_space]
        last = content[-1] if content else None
        if last is not None and (last.pos_ in ("DET", "ADJ", "NUM") or last.dep_ == "poss"):
            return True
        if len(words) <= 3 and words[-1].pos_ in ("NOUN", "PROPN", "NUM"):
            return True
        return self.is_title_like(words)

    @staticmethod
    def is_title_like(words: list[Token]) -> bool:
        """A title in title case ("Orange Is the New Black"), not a sentence."""
        if len(words) > 8:
            return False
        capitalised = [t for t in words if t.is_alpha and len(t.text) > 3]
        return bool(capitalised) and all(t.text[0].isupper() for t in capitalised)
