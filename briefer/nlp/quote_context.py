"""The article as the quote finders see it: tokens, paragraphs, quoted stretches.

`QuoteContext` holds what every step of quote finding reads (the parsed
article, its paragraphs, its paired quote marks) and the text helpers they
share: the tokens around a quoted stretch, and trimming a span to one
paragraph without cutting a quoted stretch in two. `FoundQuote` is a quote
under construction, passed between the steps.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Token

from briefer.nlp.quote_marks import (
    QuotedRegion,
    QuoteMarks,
    find_quoted_regions,
    paragraphs,
    quote_marks,
    single_as_double,
)
from briefer.nlp.speech import SpeechLexicon, doc_text, speech_lexicon, subject_of

SENTENCE_END = {".", "?", "!"}
TRAILING_STRIP = " \t\r\n,;:.—–-"
# Marks that set off a reporter's aside at the end of a reported clause.
ASIDE_MARKS = {",", "—", "–", "--", "-"}
# Dashes that may set off an aside in pairs ("all Muslims — 1.6 billion people — from").
DASH_MARKS = {"—", "–", "--", "-"}
# Roles the parser gives a noun phrase set off after a clause's last word
# (", a recommendation the court adopted" as an object or subject of a verb before it).
MISREAD_APPOSITIONS = {"dobj", "nsubj", "attr", "dep"}
# The most words in marks that an apposition after them glosses as a term.
GLOSSED_TERM_WORDS = 2
TRAILING_WORDS = {"and", "but", "or", "while", "as", "so", "because", "although", "though"}
# Work is bounded per sentence: a sentence longer than this (real news has
# none; crafted or unpunctuated text does) is not searched for reported
# speech, and the analysis says it was done in part.
MAX_SENTENCE_TOKENS = 300
LONG_SENTENCES = "sentences of more than {} words were not searched for reported speech"


@dataclass
class FoundQuote:
    """A quote under construction, before its speaker is known."""

    start: int
    end: int
    kind: str
    cue: Token | None = None
    speaker_head: Token | None = None
    cue_text: str | None = None
    region: QuotedRegion | None = None
    # A transcript line: `speaker_head` ends the label naming the speaker.
    labelled: bool = False


class QuoteContext:
    """One parsed article with its paragraphs and quoted stretches."""

    def __init__(
        self,
        doc: Doc,
        lexicon: SpeechLexicon | None = None,
        marks: QuoteMarks | None = None,
    ):
        self.doc = doc
        self.text = doc_text(doc)
        self.lexicon = lexicon or speech_lexicon()
        self.marks = marks or quote_marks()
        self.regions = find_quoted_regions(single_as_double(self.text, self.marks), self.marks)
        self.region_marks = [r.mark for r in self.regions]
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        # Token starts, so a walk from a mark begins at its token, not at the paragraph start.
        self.token_starts = doc.to_array([IDX]).tolist() if len(doc) else []
        self.sentence_sizes = sentence_sizes(doc)
        self.partial = ""

    def sentences_with_marks(self) -> list[bool]:
        """For each token, whether a quoted stretch opens in its sentence: only
        there can a verb's complement hold quoted words."""
        holding: list[bool] = []
        i = 0
        while i < len(self.token_starts):
            end = i + self.sentence_sizes[i]
            last = self.doc[end - 1]
            at = bisect_left(self.region_marks, self.token_starts[i])
            opens = at < len(self.region_marks) and self.region_marks[at] < last.idx + len(last)
            holding += [opens] * (end - i)
            i = end
        return holding

    def in_long_sentence(self, token: Token) -> bool:
        """Whether `token` lies in a sentence too long to search (noted as partial)."""
        if self.sentence_sizes[token.i] <= MAX_SENTENCE_TOKENS:
            return False
        self.partial = LONG_SENTENCES.format(MAX_SENTENCE_TOKENS)
        return True

    def quoted_apart(self, speaker: Token | None, cue: Token) -> bool:
        """Whether a speaker word lies inside quote marks the cue is not in:
        a word of someone's quote or of a quoted title ("on Fox News's “Fox
        and Friends”", "“... Langley ...,” it noted") never speaks."""
        if speaker is None:
            return False
        region = self.region_at(speaker.idx)
        return region is not None and not (region.mark <= cue.idx < region.outer_end)

    def paragraph_index(self, offset: int) -> int:
        """The index in `paragraphs` of the paragraph holding `offset`, or -1."""
        index = bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset <= self.paragraphs[index][1]:
            return index
        return -1

    # --- tokens and text -------------------------------------------------

    def tokens_between(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        index = self.paragraph_index(offset)
        return self.paragraphs[index] if index >= 0 else (offset, offset)

    def region_at(self, offset: int) -> QuotedRegion | None:
        """The quoted stretch, marks included, that covers `offset`."""
        index = bisect_right(self.region_marks, offset) - 1
        if index >= 0 and offset < self.regions[index].outer_end:
            return self.regions[index]
        return None

    def regions_between(self, start: int, end: int) -> list[QuotedRegion]:
        """The quoted stretches whose opening mark lies in [start, end)."""
        low = bisect_left(self.region_marks, start)
        high = bisect_left(self.region_marks, end)
        return self.regions[low:high]

    def prefix(self, region: QuotedRegion) -> list[Token]:
        """Tokens before the opening mark, back to the sentence start, the
        previous quote mark or the paragraph start."""
        p_start, _ = self.paragraph_of(region.mark)
        out: list[Token] = []
        index = bisect_left(self.token_starts, region.mark) - 1
        while index >= 0:
            token = self.doc[index]
            if token.idx + len(token.text) <= p_start:
                break
            if token.text in SENTENCE_END or self.is_mark(token):
                break
            out.append(token)
            index -= 1
        return list(reversed(out))

    def suffix(self, region: QuotedRegion) -> list[Token]:
        """Tokens after the closing mark, up to the sentence end or next mark."""
        if region.close is None:
            return []
        _, p_end = self.paragraph_of(region.close)
        out: list[Token] = []
        for index in range(bisect_right(self.token_starts, region.close), len(self.doc)):
            token = self.doc[index]
            if token.idx >= p_end or self.is_mark(token):
                break
            out.append(token)
            if token.text in SENTENCE_END:
                break
        return out

    def is_mark(self, token: Token) -> bool:
        text = token.text
        return text in self.marks.doubled or not self.marks.all.isdisjoint(text)

    def cue_text(self, cue: Token) -> str:
        """The cue as it appears, with a particle ("pointed out")."""
        end = cue.i + 1
        for child in cue.rights:
            if child.dep_ == "prt" and child.i == end:
                end += 1
        return self.doc[cue.i : end].text

    def has_verb(self, start: int, end: int) -> bool:
        """Whether a span is a clause (words and a verb) rather than a bare
        phrase ("pledged delegates", "7:05 p.m.")."""
        tokens = self.tokens_between(start, end)
        if sum(t.is_alpha for t in tokens) < 2:
            return False
        return any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in tokens)

    def trimmed(self, start: int, end: int) -> tuple[int, int] | None:
        """Within one paragraph, without edge punctuation and spaces, keeping
        quote marks that pair with one inside the span."""
        end = min(end, self.paragraph_of(start)[1])
        if end <= start:
            return None
        # Never cut a quoted stretch in two: take all of it or none.
        last = self.region_at(end - 1)
        if last is not None and start < last.mark and end < last.outer_end:
            end = last.outer_end
        first = self.region_at(start)
        if first is not None and first.mark < start < first.end < end:
            start = first.mark
        while start < end and (self.text[start] in TRAILING_STRIP):
            start += 1
        while end > start and self.text[end - 1] in TRAILING_STRIP:
            end -= 1
        while end > start and self.text[end - 1] in self.marks.all:
            closing = self.region_at(end - 1)
            if closing is not None and closing.close == end - 1 and closing.start >= start:
                break
            end -= 1
            while end > start and self.text[end - 1] in TRAILING_STRIP:
                end -= 1
        while start < end and self.text[start] in self.marks.all:
            opening = self.region_at(start)
            if opening is not None and opening.mark == start and opening.outer_end <= end:
                break
            start += 1
            while start < end and self.text[start] in TRAILING_STRIP:
                start += 1
        if end <= start:
            return None
        return start, end

    def end_before(self, start: int, limit: int) -> int | None:
        """Where a clause starting at `start` ends if cut at `limit`: without
        the punctuation and joining words ("and", "but") left dangling."""
        span = self.trimmed(start, limit)
        if span is None:
            return None
        start, end = span
        words = self.text[start:end].split()
        while words and words[-1].lower() in TRAILING_WORDS:
            end = self.text.rindex(words.pop(), start, end)
            span = self.trimmed(start, end)
            if span is None:
                return None
            start, end = span
        return end

    def before_aside(self, start: int, end: int) -> int:
        """Where a reported clause ends without the reporter's aside that
        closes it: a non-restrictive relative clause (", which was passed in
        2010") or an apposition that lists nothing (", a plan he has since
        dropped", "— a play on words"), set off by a comma or dash, hung on
        a word of the clause that is not its subject (or a noun phrase hung
        on the cue itself), or a comparison (", as has the mayor"), running
        to the clause's end. An aside
        holding quoted words is the speaker's ("..., which he called “a
        disgrace”") and stays, and so does one glossing a quoted term."""
        tokens = self.tokens_between(start, end)
        last = len(tokens) - 1
        while last > 0 and tokens[last].is_punct:
            last -= 1
        if last < 3:
            return end
        first = tokens[0].i
        for token in tokens[2:last]:
            if self.doc[token.i - 1].text not in ASIDE_MARKS or self.is_mark(token):
                continue
            root = token
            while root.head.i != root.i and root.head.left_edge.i == token.i:
                root = root.head
            # "said A — a proposal he has raised before": a noun phrase
            # the parser hung on the cue itself, after the clause.
            on_cue = (
                root.head.i < first
                and root.pos_ == "NOUN"
                and root.dep_ in ("ccomp", "dep")
                and token.pos_ == "DET"
            )
            if root.right_edge.i < tokens[last].i or (root.head.i < first and not on_cue):
                continue
            if root.head.dep_ in ("nsubj", "nsubjpass"):
                continue
            if self.closed_by_dash(self.doc[token.i - 1], tokens[last]):
                # "to ban all Muslims — 1.6 billion members of a religion — from
                # entering": an aside between two dashes, the clause going on after it.
                continue
            relative = root.dep_ == "relcl" and token.tag_ in ("WDT", "WP", "WP$")
            # An apposition that lists ("tax fairness, the closure of
            # loopholes and relief for ...") goes on with the speaker's words.
            # (An apposition to the whole clause, ", a move that ...", is
            # often parsed as an adverbial noun phrase.)
            apposed = on_cue or (
                (
                    root.dep_ in ("appos", "npadvmod")
                    or self.misread_apposition(root, token)
                )
                and token.pos_ == "DET"
                # "Rep. Don Beyer, a former lieutenant governor and ambassador":
                # words joined in an apposition to a person describe that person.
                and (not lists(root) or root.head.ent_type_ == "PERSON")
            )
            # ", as have her rivals", ", as was the case in May": a comparison
            # the writer adds, "as" with the auxiliary before its subject.
            compared = (
                token.lower_ == "as"
                and root.dep_ == "advcl"
                and token.i + 1 < len(self.doc)
                and (
                    self.doc[token.i + 1].lemma_ in ("be", "have", "do")
                    or self.doc[token.i + 1].tag_ == "MD"
                )
            )
            if not (relative or apposed or compared) or self.regions_between(token.idx, end):
                continue
            if apposed and self.glosses(self.doc[token.i - 2]):
                # "heading for a “slowcession” - a long stretch of weak
                # growth": an apposition glossing the speaker's quoted term.
                continue
            cut = self.end_before(start, self.doc[token.i - 1].idx)
            return cut if cut is not None and cut > start else end
        return end

    def closed_by_dash(self, opening: Token, last: Token) -> bool:
        """Whether the dash `opening` is closed by another before the word `last`."""
        if opening.text not in DASH_MARKS:
            return False
        return any(t.text == opening.text for t in self.doc[opening.i + 1 : last.i])

    def glosses(self, mark: Token) -> bool:
        """Whether an apposition right after a closing mark glosses a quoted
        term: a word or two in marks ("a “slowcession” - a long stretch of
        ..."). After longer quoted words it is the writer's comment on them
        ("dismissed X as the “suburbs of a distant city” - a metaphor for
        ...")."""
        if not self.is_mark(mark):
            return False
        region = self.region_at(mark.idx)
        if region is None:
            return False
        return len(self.text[region.start : region.end].split()) <= GLOSSED_TERM_WORDS

    def misread_apposition(self, phrase: Token, first: Token) -> bool:
        """Whether a noun phrase set off after a clause is an apposition the
        parser took for an argument of a verb before it (", an acknowledgment
        that ..." as a second object of "pay"): not of a cue inserted in
        the sentence (", officials said, the first by ..."), and an object
        only when the verb has one already ("delivered, unprompted, a plan"
        is the verb's object)."""
        verb = phrase.head
        if phrase.dep_ not in MISREAD_APPOSITIONS or verb.i > first.i:
            return False
        if self.lexicon.is_reporting_verb(verb) or any(c.dep_ == "conj" for c in phrase.children):
            # ", the first by A, and the second by B" lists what the verb's object holds.
            return False
        return phrase.dep_ != "dobj" or any(
            c.dep_ in ("dobj", "dative", "attr", "oprd") and c.i < phrase.i for c in verb.children
        )

    def quote_opening(self, first: Token, cue: Token) -> Token | None:
        """"X asserted that A: “B,” she claimed": the parser hangs the earlier
        clause on the quote, but the cue after a quote that opens after a
        colon, semicolon or dash (a hyphen set as one, "A - “B,” she said")
        reports that quote alone. Its opening mark, when it lies after
        `first`."""
        before = (subject_of(cue) or cue).left_edge.i - 1
        while before > first.i and self.doc[before].is_punct and not self.is_mark(self.doc[before]):
            before -= 1
        if before <= first.i or not self.is_mark(self.doc[before]):
            return None
        region = self.region_at(self.doc[before].idx)
        if region is None or region.close is None or region.mark <= first.idx:
            return None
        opening = self.tokens_between(region.mark, region.mark + 1)
        if not opening or opening[0].i <= first.i:
            return None
        lead = self.doc[opening[0].i - 1]
        return opening[0] if lead.text in (":", ";", "—", "–", "--", "-") else None

    def attributes_leading_quote(self, found: FoundQuote, start: int, cue: Token) -> bool:
        """Whether a clause starting at a direct quote that opens its sentence,
        with the cue after the quote, is that quote's attribution."""
        region = found.region
        if region is None or region.close is None or cue.idx < region.outer_end:
            return False
        if not (region.mark <= start <= region.start) or self.prefix(region):
            return False
        tail = self.tokens_between(region.outer_end, cue.idx)
        return not any(self.is_mark(t) for t in tail) and any(
            t.pos_ == "PROPN" for t in tail
        )

    def sentence_end_within(self, first: Token, last: Token) -> Token:
        """`last`, or the full stop before it when the parser ran a clause on
        over the end of its sentence (into a quote that opens the next one)."""
        for token in self.doc[first.i : last.i]:
            if (
                token.text in SENTENCE_END
                and self.region_at(token.idx) is None
                and self.is_mark(self.doc[token.i + 1])
            ):
                return token
        return last


def sentence_sizes(doc: Doc) -> list[int]:
    """For each token, the number of tokens of its sentence (one pass over
    the sentence starts, without building the sentences)."""
    if not len(doc):
        return []
    # 1 starts a sentence; with no sentence boundaries at all, one sentence.
    starts = [i for i, flag in enumerate(doc.to_array([SENT_START]).tolist()) if flag == 1]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    sizes: list[int] = []
    for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
        sizes += [end - start] * (end - start)
    return sizes


def lists(phrase: Token) -> bool:
    """Whether a noun phrase joins nouns of its own ("the closure of
    loopholes and relief for families"), not words inside a clause in it
    ("a move that could split the economic and political union")."""
    for token in phrase.subtree:
        if token.dep_ != "cc" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        word = token.head
        while word.i != phrase.i and word.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            word = word.head
        if word.i == phrase.i:
            return True
    return False
