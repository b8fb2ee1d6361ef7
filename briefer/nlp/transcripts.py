"""Transcript paragraphs ("WALLACE: Let's start ..."): direct speech of the
speaker named in capitals, with no cue."""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefer.nlp.quote_context import QuoteContext

TRANSCRIPT_LINE = re.compile(r"[ \t\"“]*([A-Z][A-Z.'’ -]*[A-Z])\s*:\s+(?=\S)")


def transcript_lines(context: QuoteContext) -> list[tuple[int, int, Token | None]]:
    """Paragraphs of a transcript, "WALLACE: Let's start ...": direct
    speech of the speaker named in capitals, with no cue. A line of an
    unnamed reporter ("QUESTION:", "Q:") is no quote: its speaker is None
    and the caller keeps its paragraph free of quotes."""
    text, marks = context.text, context.marks.all
    lines = []
    for p_start, p_end in context.paragraphs:
        match = TRANSCRIPT_LINE.match(text, p_start, p_end)
        if match is None or len(match.group(1).split()) > 4:
            continue
        quoted = text[p_start:p_end].lstrip()[:1] in marks
        end = p_end
        while end > match.end() and (
            text[end - 1].isspace() or (quoted and text[end - 1] in marks)
        ):
            end -= 1
        name = context.doc.char_span(*match.span(1), alignment_mode="expand")
        if name is not None and end > match.end():
            label = " ".join(match.group(1).lower().split())
            unnamed = label in context.lexicon.unnamed_speaker_labels
            lines.append((match.end(), end, None if unnamed else name[-1]))
    # A transcript has turns: one labelled line alone is a section label
    # ("BYLINE:", "UPDATE:", "CORRECTION:"), not speech; like an unnamed
    # reporter's line, it keeps its paragraph free of quotes.
    if len(lines) == 1:
        lines = [(lines[0][0], lines[0][1], None)]
    return lines
