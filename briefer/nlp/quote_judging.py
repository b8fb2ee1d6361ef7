"""Judging a quoted stretch from its surroundings: a quotation (direct), a
fragment inside reported speech (mixed), or a name, term or title in marks
(not a quote)."""

from __future__ import annotations

from spacy.tokens import Token

from briefer.nlp.quote_context import SENTENCE_END, QuoteContext
from briefer.nlp.quote_marks import QuotedRegion
from briefer.nlp.speech import subject_of

# Dashes that set a quote off from the reporter's sentence.
DASHES = {"-", "--", "–", "—", "―"}
# A quote of more words than this that the reporter's words carry on is still
# the speaker's sentence, not a fragment of the reporter's.
RUN_ON_WORDS = 15


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
        if not words or self.is_so_called(region) or self.has_byline(after):
            return False
        content = [t for t in before if not t.is_space]
        if content and self.after_abbreviation(content[-1], region):
            # '..., said in Santa Monica, Calif. “The reality is ...”': the
            # full stop of the abbreviation ends the sentence too.
            content = []
        if self.only_connective(content) and self.ends_clause(region, words):
            # 'But “the plan is dead. We start again.”', 'Instead, “he just
            # gave up.”': a connective the reporter set before a quoted
            # sentence leaves it a sentence of its own.
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
            return not self.runs_on(region, words, after)
        last = content[-1]
        if last.text.endswith(":"):
            # (the colon may be glued to the word before: "(R-S.C.):")
            return True
        if (
            self.text[region.start].islower()
            and not self.continues_quote(before)
            and self.inserted_attribution(content)
        ):
            # 'The streets were empty, he added, “but people need to
            # connect.”', 'There was, she said, “an implicit bargain.”': the
            # quoted words end a sentence the reporter began, a mixed quote.
            # A split quote's second part ('“I watched him,” he said, “and I
            # learned.”') stays a quotation.
            return False
        if self.lexicon.is_reporting_verb(last):
            # "said “Too many.”" quotes what was said; "showing “respect”",
            # "told “Fox and Friends”", "called “regenerative medicine”" put
            # a term or name in marks as the verb's object.
            return (
                last.lemma_.lower() in self.marks.utterance_verbs
                or self.is_clause(words)
                or self.text[region.end - 1] in "?!"
            )
        if (
            last.lower_ in ("but", "and")
            and len(content) > 2
            and content[-2].text == ","
            and self.lexicon.is_reporting_verb(content[-3])
            and self.text[region.end - 1] in SENTENCE_END
        ):
            # '“I love Larry,” he said, but “when it comes to energy, Larry
            # has a history ...”': the speaker's words go on after the cue.
            return True
        if self.is_utterance_noun_of(content):
            # "to chants of “Marco! Marco!”", "with shouts of “Lock her up!”":
            # the words the crowd uttered.
            return True
        if last.text in DASHES:
            # 'Clinton called it unserious - “Again, we need the details,” she
            # said - and ...': a quote set off by a dash with its own
            # attribution, or a sentence of its own, stands apart.
            return any(self.lexicon.is_reporting_verb(t) for t in after) or self.is_sentence(
                region, words
            )
        if last.text != ",":
            return False
        # '..., Trump issued a statement, “Last night, our nation was
        # attacked ...”': a whole sentence set off by a comma is quoted even
        # when the phrase before it holds no reporting verb.
        return any(self.lexicon.is_reporting_verb(t) for t in content) or self.is_sentence(
            region, words
        )

    def is_utterance_noun_of(self, content: list[Token]) -> bool:
        """Whether the words before a quote end with an utterance noun and
        "of" ("chants of", "shouts of", "cries of")."""
        return (
            len(content) >= 2
            and content[-1].lower_ == "of"
            and content[-2].pos_ == "NOUN"
            and content[-2].lemma_.lower() in self.marks.utterance_verbs
        )

    @staticmethod
    def only_connective(content: list[Token]) -> bool:
        """Whether the words before a quote are one connective opening the
        sentence ("But", "And", "Instead,", "Still,")."""
        words = [t for t in content if not t.is_punct]
        return (
            len(words) == 1
            and words[0].is_sent_start
            and words[0].pos_ in ("CCONJ", "ADV")
            and all(t.text == "," for t in content if t.is_punct)
        )

    def continues_quote(self, before: list[Token]) -> bool:
        """Whether the words before a quote follow another quote's closing
        mark: the attribution inside a split quote."""
        index = before[0].i - 1 if before else -1
        return index >= 0 and self.is_mark(self.doc[index])

    @staticmethod
    def has_byline(after: list[Token]) -> bool:
        """A title followed by its author ('“Met accused of whitewashing,” by
        Post's Jane Doe'): a headline or a work's title, not speech."""
        if len(after) < 2 or after[0].lower_ != "by":
            return False
        name = after[2] if after[1].lower_ == "the" and len(after) > 2 else after[1]
        return name.pos_ == "PROPN" or name.text[:1].isupper()

    def inserted_attribution(self, content: list[Token]) -> bool:
        """Whether the words before a quote are a clause the reporter began,
        then an attribution set off by commas ("The streets were empty, he
        added,", "There was, she said,"): the quote goes on with that clause."""
        cues = [t for t in content if self.lexicon.is_reporting_verb(t)]
        if not cues:
            return False
        cue = cues[-1]
        subject = subject_of(cue)
        start = min(cue.i, subject.left_edge.i) if subject is not None else cue.i
        begun = [t for t in content if t.i < start]
        return (
            len(begun) > 1
            and begun[-1].text == ","
            and any(t.pos_ in ("VERB", "AUX") for t in begun)
        )

    def runs_on(self, region: QuotedRegion, words: list[Token], after: list[Token]) -> bool:
        """A quote opening a sentence that the reporter's words carry on, with
        no punctuation between ('“I held and hugged” grieving families ...',
        '“We are horrified” by the shooting'): a fragment, not a quotation.
        A long quote that the reporter ends with a few words of his own is
        still the speaker's sentence."""
        if (
            not after
            or len(words) > RUN_ON_WORDS
            or self.text[region.end - 1] in SENTENCE_END | {",", ";", ":"}
        ):
            return False
        nxt = after[0]
        return (
            nxt.is_alpha
            and nxt.pos_ not in ("PROPN", "PRON", "DET", "NUM")
            and not self.lexicon.is_reporting_verb(nxt)
            and not nxt.text[0].isupper()
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

    def ends_clause(self, region: QuotedRegion, words: list[Token]) -> bool:
        """Quoted words that end a sentence and hold a verb (a capital first or not)."""
        quoted = self.text[region.start : region.end].rstrip("'’‘ ")
        return len(words) >= 4 and quoted[-1:] in SENTENCE_END and self.is_clause(words)

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
        if (
            len(words) <= 3
            and words[-1].pos_ in ("NOUN", "PROPN", "NUM")
            and not (self.is_plain_verb(last) and not self.is_title_like(words))
        ):
            # A short noun phrase in marks is a term, unless it is the
            # object of a verb ('he has “big plans”', 'gives “real
            # protection”'): then it is the speaker's words. After a
            # naming verb ('what he calls “hell”') the characterization
            # reads it.
            return True
        return self.is_title_like(words)

    def is_plain_verb(self, token: Token | None) -> bool:
        """A verb that does not name its object ("has", "gives", "opposes",
        not "calls", "dubs")."""
        return (
            token is not None
            and token.pos_ == "VERB"
            and token.lemma_.lower() not in self.lexicon.characterizing_verbs
        )

    @staticmethod
    def is_title_like(words: list[Token]) -> bool:
        """A title in title case ("Orange Is the New Black"), not a sentence."""
        if len(words) > 8:
            return False
        capitalised = [t for t in words if t.is_alpha and len(t.text) > 3]
        return bool(capitalised) and all(t.text[0].isupper() for t in capitalised)
