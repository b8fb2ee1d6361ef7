"""Finding quotes in an article: direct, mixed and indirect, each with cue and speaker.

Quote marks are paired per paragraph from the text alone, so a stray or
unbalanced mark only ever affects its own paragraph. Each quoted stretch is
then judged from its surroundings: a quotation (direct), a fragment inside
reported speech (mixed), or a name, term or title in marks (not a quote).
Indirect speech comes from reporting verbs with a reported clause and from
"according to"-style phrases. Span conventions follow the extraction issue.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from briefer.core.records import ExtractedActor, ExtractedQuote
from briefer.nlp.attribution import (
    NOT_SPEAKERS,
    Resolver,
    SpeakerFinder,
    SpeechLexicon,
    same_paragraph,
    speech_lexicon,
    subject_of,
)
from briefer.nlp.lexicon import load as load_lexicon

SENTENCE_END = {".", "?", "!"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
TRAILING_STRIP = " \t\r\n,;:.—–-"
DOUBLED_TAIL = "\x00"
TRANSCRIPT_LINE = re.compile(r"[ \t\"“]*([A-Z][A-Z.'’ -]*[A-Z])\s*:\s+(?=\S)")
DASHES = {"―", "—", "–", "-", "--"}
OPENING_CONTEXT = "([{—–-/"
TRAILING_WORDS = {"and", "but", "or", "while", "as", "so", "because", "although", "though"}


@dataclass(frozen=True)
class QuoteMarks:
    opening: frozenset[str]
    closing: frozenset[str]
    ambiguous: frozenset[str]
    doubled: tuple[str, ...]
    so_called: tuple[str, ...]

    @property
    def all(self) -> frozenset[str]:
        return self.opening | self.closing | self.ambiguous


@lru_cache(maxsize=1)
def quote_marks() -> QuoteMarks:
    """Load `quote_marks.json` once per process."""
    data = load_lexicon("quote_marks")
    return QuoteMarks(
        opening=frozenset(data["opening"]),
        closing=frozenset(data["closing"]),
        ambiguous=frozenset(data["ambiguous"]),
        doubled=tuple(data["doubled"]),
        so_called=tuple(data["so_called"]),
    )


@dataclass(frozen=True)
class QuotedRegion:
    """Text between a pair of quote marks.

    `start:end` is the quoted text without the marks or surrounding spaces;
    `close` is the index of the closing mark, or None when the quote runs on
    into the next paragraph (which opens with a mark again).
    """

    mark: int
    start: int
    end: int
    close: int | None
    width: int = 1

    @property
    def outer_end(self) -> int:
        return self.close + self.width if self.close is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the text that is not blank."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _opens(text: str, i: int, para_start: int, marks: QuoteMarks) -> bool:
    """Whether a straight mark at `i` opens a quote, judged from its neighbours."""
    before = text[i - 1] if i > para_start else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if after == "" or after.isspace():
        return False
    return before == "" or before.isspace() or before in OPENING_CONTEXT or before in marks.all


def find_quoted_regions(text: str, marks: QuoteMarks | None = None) -> list[QuotedRegion]:
    """Pair the double quote marks of every paragraph.

    A mark left open at the end of a paragraph runs on when the next paragraph
    opens with a mark (a quote over several paragraphs); otherwise it is a
    stray mark and is ignored, and pairing resumes right after it.
    """
    marks = marks or quote_marks()
    for pair in marks.doubled:
        # ''Like this'': the first of the two stands for the mark, the second
        # is skipped, so offsets stay those of the text.
        text = text.replace(pair, '"' + DOUBLED_TAIL)
    paras = paragraphs(text)
    regions: list[QuotedRegion] = []
    for number, (p_start, p_end) in enumerate(paras):
        next_opens = False
        if number + 1 < len(paras):
            n_start, n_end = paras[number + 1]
            head = text[n_start:n_end].lstrip()
            next_opens = bool(head) and (head[0] in marks.opening or head[0] in marks.ambiguous)
        i = p_start
        open_at: int | None = None
        while i < p_end:
            ch = text[i]
            if ch in marks.opening or ch in marks.closing or ch in marks.ambiguous:
                opens = (
                    ch in marks.opening
                    or (ch in marks.ambiguous and _opens(text, i, p_start, marks))
                    or _misturned_opening(text, i, p_start, p_end)
                )
                if open_at is None:
                    if opens:
                        open_at = i
                elif ch in marks.opening and opens and not (
                    i + 1 >= p_end or text[i + 1].isspace()
                ):
                    open_at = i
                else:
                    region = _region(text, open_at, i, i)
                    if region is not None:
                        regions.append(region)
                    open_at = None
            i += 1
            if i == p_end and open_at is not None:
                if next_opens:
                    region = _region(text, open_at, p_end, None)
                    if region is not None:
                        regions.append(region)
                    open_at = None
                else:
                    regions.extend(_rescan(text, open_at + 1, p_end, marks))
                    break
    regions.sort(key=lambda r: r.mark)
    return regions


def _misturned_opening(text: str, i: int, para_start: int, para_end: int) -> bool:
    """A closing mark that starts a paragraph and is followed by a word
    ("”Fear. I am afraid ...”") can close nothing: a typo for an opening mark."""
    return (
        not text[para_start:i].strip()
        and i + 1 < para_end
        and not text[i + 1].isspace()
    )


def _rescan(text: str, start: int, end: int, marks: QuoteMarks) -> list[QuotedRegion]:
    """Pair the marks after a stray opening mark, never running past `end`
    (one pass: an opening mark left without a partner is dropped)."""
    regions = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in marks.opening and ch not in marks.closing and ch not in marks.ambiguous:
            continue
        opens = ch in marks.opening or (ch in marks.ambiguous and _opens(text, i, 0, marks))
        if open_at is None or (opens and ch in marks.opening):
            if opens:
                open_at = i
            continue
        region = _region(text, open_at, i, i)
        if region is not None:
            regions.append(region)
        open_at = None
    return regions


def _region(text: str, mark: int, end: int, close: int | None) -> QuotedRegion | None:
    start = mark + 1
    while start < end and (text[start].isspace() or text[start] == DOUBLED_TAIL):
        start += 1
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start:
        return None
    width = 2 if close is not None and text[close + 1 : close + 2] == DOUBLED_TAIL else 1
    return QuotedRegion(mark, start, stop, close, width)


@dataclass
class _Clause:
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


@dataclass
class _Found:
    """A quote under construction, before its speaker is known."""

    start: int
    end: int
    kind: str
    cue: Token | None = None
    speaker_head: Token | None = None
    cue_text: str | None = None
    region: QuotedRegion | None = None


class QuoteFinder:
    """Finds the quotes of one parsed article."""

    def __init__(
        self,
        doc: Doc,
        lexicon: SpeechLexicon | None = None,
        marks: QuoteMarks | None = None,
    ):
        self.doc = doc
        self.text = doc.text
        self.lexicon = lexicon or speech_lexicon()
        self.marks = marks or quote_marks()
        self.regions = find_quoted_regions(self.text, self.marks)
        self.region_marks = [r.mark for r in self.regions]
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        # Token starts, so a walk from a mark begins at its token, not at the paragraph start.
        self.token_starts = [token.idx for token in doc]

    # --- tokens and text -------------------------------------------------

    def tokens_between(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.paragraph_starts, offset) - 1
        if index >= 0 and offset <= self.paragraphs[index][1]:
            return self.paragraphs[index]
        return offset, offset

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
        return token.text in self.marks.doubled or any(ch in self.marks.all for ch in token.text)

    # --- judging quoted regions -----------------------------------------

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
        if not content:
            short = len(words) <= 3 and not any(t.pos_ in ("VERB", "AUX") for t in words)
            # “Neither do I.”, “We're America.”: a sentence of its own.
            ends_sentence = self.text[region.end - 1] in SENTENCE_END
            if (short or self.is_title_like(words)) and not ends_sentence:
                return any(self.lexicon.is_reporting_verb(t) for t in after)
            return True
        last = content[-1]
        if last.text == ":":
            return True
        has_cue = any(self.lexicon.is_reporting_verb(t) for t in content)
        return has_cue and (last.text == "," or self.lexicon.is_reporting_verb(last))

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

    # --- cues ------------------------------------------------------------

    def cue_text(self, cue: Token) -> str:
        """The cue as it appears, with a particle ("pointed out")."""
        end = cue.i + 1
        for child in cue.rights:
            if child.dep_ == "prt" and child.i == end:
                end += 1
        return self.doc[cue.i : end].text

    def clause_of(self, cue: Token) -> Token | None:
        """The head of the clause a reporting verb reports: its clausal
        complement, or a "that" clause the parser hung on a noun of the cue's
        phrase ("said in a statement that ...")."""
        clauses = [c for c in cue.children if c.dep_ == "ccomp" and same_paragraph(c, cue)]
        after = [c for c in clauses if c.i > cue.i]
        if after or clauses:
            # "X did A, then says B": the clause after the cue is the one it reports.
            return (after or clauses)[0]
        for token in cue.subtree:
            if (
                token.i > cue.i
                and token.dep_ in ("acl", "relcl", "advcl")
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
                and token.head.dep_ == "pobj"
                and token.head.head.head.i == cue.i
            ):
                return token
        return None

    def reported_clause(self, cue: Token) -> _Clause | None:
        """The clause a reporting verb reports, if it has one."""
        clause = self.clause_of(cue)
        sentence = cue.sent
        if clause is None:
            if cue.dep_ != "parataxis":
                return None
            if cue.head.i < cue.i:
                first, last_i = cue.head.left_edge, cue.left_edge.i - 1
                if self.goes_on_after(cue):
                    last_i = sentence.end - 1
            else:
                first, last_i = sentence[0], sentence.end - 1
            if last_i < first.i:
                return None
            start = max(first.idx, self.paragraph_of(cue.idx)[0])
            span = self.trimmed(start, self.doc[last_i].idx + len(self.doc[last_i]))
            return _Clause(*span, cue) if span and self.has_verb(*span) else None
        first = clause.left_edge
        if first.i < cue.i < clause.i:
            first = self.doc[cue.i + 1]
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
        if span is None or not self.has_verb(*span):
            return None
        runs_on = clause.i > cue.i and cue.dep_ in ("ROOT", "conj")
        stop = self.sentence_end_within(first, sentence[-1])
        return _Clause(*span, cue, runs_to=stop.idx + len(stop) if runs_on else 0)

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

    def goes_on_after(self, cue: Token) -> bool:
        """Whether the reported sentence goes on after a ", X said," inserted
        in it (not a new cue such as ", adding that ...")."""
        after = cue.right_edge.i + 1
        if cue.right_edge.text != ",":
            if after >= cue.sent.end or self.doc[after].text != ",":
                return False
            after += 1
        if after >= cue.sent.end - 1:
            return False
        following = self.doc[after]
        while following.pos_ in ("ADV", "PART") and following.i + 1 < cue.sent.end - 1:
            # ", not even needing ...": the participle decides.
            following = self.doc[following.i + 1]
        return not (
            following.tag_ == "VBG"
            or following.lower_ == "according"
            or self.is_mark(following)
            or not same_paragraph(following, cue)
        )

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

    def noun_clause(self, noun: Token) -> _Clause | None:
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
        return _Clause(*span, None, source, noun.text, phrase_at=noun)

    def according_phrases(self) -> Iterable[tuple[Token, Token, str]]:
        """(first word of the phrase, head word of the source, phrase) triples."""
        lowered = [t.lower_ for t in self.doc]
        for phrase in self.lexicon.according_phrases:
            size = len(phrase)
            for i in range(len(lowered) - size + 1):
                if tuple(lowered[i : i + size]) != phrase:
                    continue
                last = self.doc[i + size - 1]
                source = next((c for c in last.children if c.dep_ == "pobj"), None)
                if source is None and i + size < len(self.doc):
                    source = self.doc[i + size]
                if source is not None:
                    yield self.doc[i], source, self.doc[i : i + size].text

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
        head = first.head
        left = head.left_edge if head.i < first.i else sentence[0]
        if left.i >= first.i:
            left = sentence[0]
        while left.i < first.i and left.dep_ == "cc":
            left = self.doc[left.i + 1]
        last = self.doc[first.i - 1]
        return self.trimmed(max(left.idx, self.paragraph_of(first.idx)[0]), last.idx + len(last))

    # --- putting it together ---------------------------------------------

    def find(self) -> list[_Found]:
        direct: list[_Found] = []
        fragments: list[QuotedRegion] = []
        for region in self.regions:
            before, after = self.prefix(region), self.suffix(region)
            if self.is_quotation(region, before, after):
                direct.append(_Found(region.start, region.end, "direct", region=region))
            elif not self.is_name_or_term(region, before):
                fragments.append(region)

        clauses = self.clauses(direct, fragments)
        found = [f for f in direct if f.kind == "direct"] + clauses
        found.sort(key=lambda f: (f.start, f.end))
        self.attribute_direct(found)
        lines = self.transcript_lines()
        # A transcript line replaces what was found in its paragraph, the
        # quote marks around it ('"WALLACE: ...') included.
        line_paragraphs = {self.paragraph_of(start) for start, _, _ in lines}
        found = [f for f in found if self.paragraph_of(f.start) not in line_paragraphs]
        for start, end, speaker in lines:
            found.append(_Found(start, end, "direct", speaker_head=speaker))
        found.sort(key=lambda f: (f.start, f.end))
        return found

    def transcript_lines(self) -> list[tuple[int, int, Token]]:
        """Paragraphs of a transcript, "WALLACE: Let's start ...": direct
        speech of the speaker named in capitals, with no cue."""
        lines = []
        for p_start, p_end in self.paragraphs:
            match = TRANSCRIPT_LINE.match(self.text, p_start, p_end)
            if match is None or len(match.group(1).split()) > 4:
                continue
            quoted = self.text[p_start:p_end].lstrip()[:1] in self.marks.all
            end = p_end
            while end > match.end() and (
                self.text[end - 1].isspace() or (quoted and self.text[end - 1] in self.marks.all)
            ):
                end -= 1
            name = self.doc.char_span(*match.span(1), alignment_mode="expand")
            if name is not None and end > match.end():
                lines.append((match.end(), end, name[-1]))
        return lines

    def clauses(self, direct: list[_Found], fragments: list[QuotedRegion]) -> list[_Found]:
        """Indirect and mixed quotes; a clause that is a direct quote instead
        gives that quote its cue."""
        candidates: list[_Clause] = []
        direct_regions = {id(f.region) for f in direct}

        def in_quote(token: Token) -> bool:
            region = self.region_at(token.idx)
            return region is not None and id(region) in direct_regions

        for token in self.doc:
            if in_quote(token):
                continue
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB":
                span = self.characterization(token, fragments)
                if span is not None:
                    candidates.append(_Clause(*span, token))
                    continue
            if token.pos_ == "NOUN" and lemma in self.lexicon.reporting_nouns:
                found = self.noun_clause(token)
                if found is not None:
                    candidates.append(found)
                continue
            found = self.reported_clause(token) if self.lexicon.is_reporting_verb(token) else None
            if found is None and token.pos_ == "VERB" and lemma not in self.lexicon.belief_verbs:
                found = self.quoted_complement(token, fragments)
            if found is not None:
                candidates.append(found)
        for first, source, phrase in self.according_phrases():
            if in_quote(first):
                continue
            span = self.according_clause(first, source)
            if span is not None:
                candidates.append(_Clause(*span, None, source, phrase, phrase_at=first))
        for clause in candidates:
            if clause.runs_to:
                self.run_to_sentence_end(clause, candidates)
        self.cut_at_participles(candidates)

        results: list[_Found] = []
        for clause in sorted(candidates, key=lambda c: (c.start, -c.end)):
            start, end = clause.start, clause.end
            cue = clause.cue
            head = clause.source if clause.source is not None else (cue and subject_of(cue))
            cue_text = clause.phrase or (self.cue_text(cue) if cue is not None else None)
            quoted = [f for f in direct if f.start < end and start < f.end]
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
            holder = next((r for r in fragments if r.start <= start and end <= r.end), None)
            if holder is not None:
                # The whole reported clause is in marks ("said that “...”"):
                # a direct quote, unless the cue was quoted inside it.
                if 2 * (end - start) >= holder.end - holder.start and not any(
                    f.region == holder for f in results
                ):
                    results.append(
                        _Found(holder.start, holder.end, "direct", cue, head, cue_text, holder)
                    )
                continue
            if any(f.start <= start and end <= f.end for f in results):
                continue
            inner = [r for r in fragments if start <= r.start and r.end <= end]
            for f in quoted:
                f.kind = "absorbed"
            kind = "mixed" if inner or quoted else "indirect"
            if kind == "indirect" and not self.is_finite_clause(start, end, cue, clause.phrase):
                continue
            results.append(_Found(start, end, kind, cue, head, cue_text))
        return results

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
        if cue is None or not self.lexicon.is_reporting_verb(cue):
            return False
        return any(t.tag_ in FINITE_TAGS for t in self.tokens_between(start, end))

    def attributes_leading_quote(self, found: _Found, start: int, cue: Token) -> bool:
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

    def run_to_sentence_end(self, clause: _Clause, others: list[_Clause]) -> None:
        """Extend a reported clause to the end of its sentence, stopping where
        another attribution's words begin ("..., but X, according to Y")."""
        limit = clause.runs_to
        for other in others:
            if other is clause:
                continue
            starts = [other.start]
            for token in (other.cue, other.phrase_at):
                if token is not None:
                    starts.append(token.idx)
                    subject = subject_of(token) if token == other.cue else None
                    if subject is not None:
                        starts.append(subject.left_edge.idx)
            for at in starts:
                if clause.end < at < limit:
                    limit = at
        if limit <= clause.end:
            return
        end = self.end_before(clause.start, limit)
        if end is not None:
            clause.end = max(clause.end, end)

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

    def cut_at_participles(self, candidates: list[_Clause]) -> None:
        """"X said A, claiming that B": A stops before the participle that
        reports B (a cue of the same speaker, with no subject of its own)."""
        for clause in candidates:
            for other in candidates:
                cue = other.cue
                if (
                    other is clause
                    or cue is None
                    or not clause.start < cue.idx < clause.end
                    or cue.dep_ not in ("advcl", "xcomp", "conj", "pcomp")
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
                ):
                    continue
                end = self.end_before(clause.start, cue.left_edge.idx)
                if end is not None and end > clause.start:
                    clause.end = min(clause.end, end)

    def quoted_complement(self, verb: Token, fragments: list[QuotedRegion]) -> _Clause | None:
        """A verb whose complement holds quoted words ("vowed to “take our
        fight” to the states", "mocked X for “having a tough night”"): the
        words are the subject's, so the complement is a mixed quote."""
        complements = [
            c
            for c in verb.rights
            if c.dep_ in ("dobj", "xcomp", "prep", "oprd", "dative", "attr", "advcl")
        ]
        if not complements:
            return None
        start = complements[0].left_edge.idx
        last = verb.right_edge
        sentence_end = verb.sent[-1].idx + len(verb.sent[-1])
        end = min(last.idx + len(last), sentence_end)
        if not any(start <= r.mark and r.end <= end for r in fragments):
            return None
        span = self.trimmed(start, end)
        return _Clause(*span, verb) if span else None

    def characterization(
        self, verb: Token, fragments: list[QuotedRegion]
    ) -> tuple[int, int] | None:
        """"described X as “...”", "called X “...”", and any verb's "dismissed
        X as “...”": from X through the closing mark."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return None
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
        if region not in fragments:
            fragments.append(region)
        start = obj.left_edge.idx
        return start, region.outer_end

    def attribute_direct(self, found: list[_Found]) -> None:
        """Cue and speaker of each direct quote (`found` is in text order): a
        cue beside it, a colon attribution, or the attributed quote it goes on
        from (same paragraph, a quote running over paragraphs, or a paragraph
        that is all quote after one); failing that, the next attributed quote
        of its paragraph."""
        previous: _Found | None = None
        for item in found:
            if item.region is not None and item.cue is None and item.speaker_head is None:
                self.cue_beside(item, item.region)
                unattributed = item.cue is None and item.speaker_head is None
                if unattributed and previous is not None and self.goes_on_from(previous, item):
                    item.cue, item.speaker_head = previous.cue, previous.speaker_head
                    item.cue_text = previous.cue_text
            if item.cue is not None or item.speaker_head is not None:
                previous = item
        following: _Found | None = None
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

    def goes_on_from(self, previous: _Found, found: _Found) -> bool:
        """Whether a quote continues the speech of the quote before it."""
        this_paragraph = self.paragraph_of(found.start)
        if self.paragraph_of(previous.start) == this_paragraph:
            return True
        if previous.region is not None and previous.region.close is None:
            return True
        index = self.paragraphs.index(this_paragraph) if this_paragraph in self.paragraphs else 0
        opens_paragraph = (
            found.region is not None
            and not self.text[this_paragraph[0] : found.region.mark].strip()
        )
        return (
            opens_paragraph
            and index > 0
            and self.paragraph_of(previous.start) == self.paragraphs[index - 1]
        )

    def cue_beside(self, found: _Found, region: QuotedRegion) -> None:
        after = self.suffix(region)
        before = self.prefix(region)
        for tokens in (after, list(reversed(before))):
            cue = next((t for t in tokens if self.lexicon.is_reporting_verb(t)), None)
            if cue is not None:
                found.cue, found.cue_text = cue, self.cue_text(cue)
                found.speaker_head = self.direct_speaker(cue, region)
                return
        content = [t for t in before if not t.is_space]
        if content and content[-1].text == ":" and len(content) > 1:
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

    def cue_from_previous_paragraph(self, found: _Found, region: QuotedRegion) -> None:
        """A paragraph-opening quote after "... he said:" at the end of the last one."""
        index = self.paragraphs.index(self.paragraph_of(region.mark))
        if index == 0:
            return
        p_start, p_end = self.paragraphs[index - 1]
        if not self.text[p_start:p_end].rstrip().endswith(":"):
            return
        tokens = self.tokens_between(p_start, p_end)
        cue = next((t for t in reversed(tokens) if self.lexicon.is_reporting_verb(t)), None)
        if cue is not None:
            found.cue, found.cue_text = cue, self.cue_text(cue)
            found.speaker_head = self.direct_speaker(cue, region)

    def direct_speaker(self, cue: Token, region: QuotedRegion) -> Token | None:
        """The subject of the cue, if it lies outside the quote; else the
        nearest noun beside the cue ("..., said Smith")."""
        subject = subject_of(cue)
        inside = region.mark <= (subject.idx if subject else -1) < region.outer_end
        if subject is not None and not inside:
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
        for token in self.beside(cue, self.doc[cue.i + 1 : cue.i + 6]) + self.beside(
            cue, reversed(self.doc[max(0, cue.i - 5) : cue.i])
        ):
            if region.mark <= token.idx < region.outer_end:
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

    def beside(self, cue: Token, tokens: Iterable[Token]) -> list[Token]:
        """`tokens` (walking away from the cue) up to a sentence end or quote mark."""
        out = []
        for token in tokens:
            if token.text in SENTENCE_END or self.is_mark(token) or not same_paragraph(token, cue):
                break
            out.append(token)
        return out


def find_quotes(
    doc: Doc,
    actors: list[ExtractedActor],
    resolver: Resolver | None = None,
) -> list[ExtractedQuote]:
    """Every quote of a parsed article, attributed to `actors`.

    `actors` gains an actor for any speaker the actor extraction missed.
    """
    speakers = SpeakerFinder(doc, actors, resolver)
    finder = QuoteFinder(doc)
    quotes: list[ExtractedQuote] = []
    for number, item in enumerate(finder.find(), start=1):
        keys = speakers.speakers(item.speaker_head)
        quotes.append(
            ExtractedQuote(
                key=f"q{number}",
                text=finder.text[item.start : item.end],
                start=item.start,
                end=item.end,
                kind=item.kind,
                speaker_key=keys[0] if keys else None,
                speaker_keys=keys,
                cue=item.cue_text,
                speaker_span=speakers.mention(item.speaker_head),
            )
        )
    return quotes
