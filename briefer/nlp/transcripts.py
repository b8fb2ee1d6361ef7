"""Transcript paragraphs ("WALLACE: Let's start ..."): direct speech of the
speaker named in capitals, with no cue."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from briefer.nlp.quote_context import QuoteContext

TRANSCRIPT_LINE = re.compile(r"[ \t\"“]*([A-Z][A-Z.'’ -]*[A-Z])\s*:\s+(?=\S)")
# Parliamentary and court records write the speaker's name as it is spelt,
# after a question number: "Q102 Mark Pellow: ...", "Ruth Akintola: ...".
# Two to four capitalised words, so "Update:" or "Analysis:" never match.
NAMED_LINE = re.compile(
    r"[ \t\"“]*(?:Q\d+\s+)?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})\s*:\s+(?=\S)"
)


def transcript_lines(context: QuoteContext) -> list[tuple[int, int, Token | None]]:
    """Paragraphs of a transcript, "WALLACE: Let's start ...": direct
    speech of the speaker named in capitals, with no cue. A line of an
    unnamed reporter ("QUESTION:", "Q:") is no quote: its speaker is None
    and the caller keeps its paragraph free of quotes."""
    text, marks = context.text, context.marks.all
    lines = []
    named_lines = 0
    for p_start, p_end in context.paragraphs:
        match = TRANSCRIPT_LINE.match(text, p_start, p_end)
        named = match is None
        if named:
            match = NAMED_LINE.match(text, p_start, p_end)
        if match is None or len(match.group(1).split()) > 4:
            continue
        quoted = text[p_start:p_end].lstrip()[:1] in marks
        end = p_end
        while end > match.end() and (
            text[end - 1].isspace() or (quoted and text[end - 1] in marks)
        ):
            end -= 1
        name = context.doc.char_span(*match.span(1), alignment_mode="expand")
        if named and not is_spoken_turn(context, name, match.end(), end):
            continue
        if name is not None and end > match.end():
            label = " ".join(match.group(1).lower().split())
            unnamed = label in context.lexicon.unnamed_speaker_labels
            lines.append((match.end(), end, None if unnamed else name[-1]))
            named_lines += named
    # A transcript has turns: one labelled line alone is a section label
    # ("BYLINE:", "UPDATE:", "CORRECTION:"), not speech; like an unnamed
    # reporter's line, it keeps its paragraph free of quotes. A lone name
    # spelt as written ('Anna Berg: “...”') is an ordinary attribution.
    if len(lines) == 1:
        lines = [] if named_lines else [(lines[0][0], lines[0][1], None)]
    return lines


def is_spoken_turn(context: QuoteContext, name: Span | None, start: int, end: int) -> bool:
    """Whether a line labelled by a name spelt as written ("Ruth Akintola:
    ...") is a turn of speech: the label is a name, and a sentence with a
    verb follows, not a list entry ("Hillary Clinton: 1,769.", "New
    Hampshire: Charlie ..., Arnie ...")."""
    if name is None or not all(t.pos_ == "PROPN" for t in name):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in context.tokens_between(start, end))
