"""Transcript paragraphs ("WALLACE: Let's start ...", "Q: ...", "A: ..."):
direct speech of the speaker the label names, with no cue.

Three kinds of line: a named speaker ("SEN. HEALEY:", "MR. MORROW:"), whose
paragraph is their direct quote; an interviewer who is not named
("QUESTION:", "Q:"), whose line is no quote, though speech it reports ("the
minister said last week that ...") still is; and the interviewee of a Q&A
("A:", "ANSWER:"), the person the article introduced before its first line.
A form of address opening an interviewer's line ("Matt, do you ...", "Mr.
Secretary, ...") names the one who answers, never a speaker; a reporter
naming herself ("Jenna Villalobos, KVTR.") addresses no one. A name spelt as
written labels a turn too ("Q102 Mark Pellow: ..."). The outlet's own labels
("CORRECTION:", "UPDATE:") and a labelled line standing alone are section
labels: no speech, no actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from briefer.nlp.quote_context import QuoteContext

TRANSCRIPT_LINE = re.compile(r"[ \t\"“]*([A-Z](?:[A-Z.'’ -]*[A-Z])?)\s*:\s+(?=\S)")
# Parliamentary and court records write the speaker's name as it is spelt,
# after a question number: "Q102 Mark Pellow: ...", "Ruth Akintola: ...".
# Two to four capitalised words, so "Update:" or "Analysis:" never match.
NAMED_LINE = re.compile(
    r"[ \t\"“]*(?:Q\d+\s+)?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})\s*:\s+(?=\S)"
)
# "Matt, ...", "Mr. Secretary, ...": a few capitalised words and a comma.
VOCATIVE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s")
# The rest of the sentence a form of address opens.
SENTENCE_REST = re.compile(r"[^.?!]*")
NAMED, INTERVIEWER, INTERVIEWEE, SECTION = "named", "interviewer", "interviewee", "section"


@dataclass(frozen=True)
class TranscriptLine:
    """One labelled paragraph: its speech (`start`..`end`, after the label),
    the label's words, whose line it is, and a form of address opening it."""

    start: int
    end: int
    label: Span
    kind: str
    vocative: Span | None = None


def transcript_lines(context: QuoteContext) -> list[TranscriptLine]:
    """The labelled paragraphs of a transcript, in text order."""
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
        if name is None or end <= match.end():
            continue
        if named and not is_spoken_turn(context, name, match.end(), end):
            continue
        label = " ".join(match.group(1).lower().split())
        if label in context.lexicon.editorial_labels:
            kind = SECTION
        elif label in context.lexicon.answer_labels:
            kind = INTERVIEWEE
        elif label in context.lexicon.unnamed_speaker_labels:
            kind = INTERVIEWER
        else:
            kind = NAMED
        vocative = None
        if kind == INTERVIEWER:
            address = VOCATIVE.match(text, match.end(), end)
            rest = SENTENCE_REST.match(text, address.end(), end) if address else None
            # "Jenna Villalobos, KVTR.": a reporter naming herself, no address.
            if address is not None and rest is not None and re.search(r"\b[a-z]", rest.group()):
                vocative = context.doc.char_span(*address.span(1), alignment_mode="expand")
        lines.append(TranscriptLine(match.end(), end, name, kind, vocative))
        named_lines += named
    # A transcript has turns: one labelled line alone is a section label
    # ("BYLINE:", "UPDATE:", "CORRECTION:"), not speech, and its label no actor;
    # its paragraph, an editor's note, holds no quote either. A lone name spelt
    # as written ('Anna Berg: “...”') is an ordinary attribution.
    if len([line for line in lines if line.kind != SECTION]) == 1:
        if named_lines:
            return []
        return [replace(line, kind=SECTION, vocative=None) for line in lines]
    return lines



def is_spoken_turn(context: QuoteContext, name: Span | None, start: int, end: int) -> bool:
    """Whether a line labelled by a name spelt as written ("Ruth Akintola:
    ...") is a turn of speech: the label is a name, and a sentence with a
    verb follows, not a list entry ("Hillary Clinton: 1,769.", "New
    Hampshire: Charlie ..., Arnie ...")."""
    if name is None or not all(t.pos_ == "PROPN" for t in name):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in context.tokens_between(start, end))
