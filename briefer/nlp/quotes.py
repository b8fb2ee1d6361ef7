"""Finding quotes in an article: direct, mixed and indirect, each with cue and speaker.

The steps live in modules of one job each: `quote_marks` pairs the marks,
`quote_judging` tells quotations from fragments and terms, `reported_clauses`
finds indirect and mixed speech from cues, `direct_attribution` gives direct
quotes their cue and speaker, `transcripts` reads transcript lines, and
`attribution` maps speaker words onto actors. Span conventions follow the
extraction issue.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefer.core.records import ExtractedActor, ExtractedQuote
from briefer.nlp.attribution import Resolver, SpeakerFinder
from briefer.nlp.direct_attribution import DirectAttribution
from briefer.nlp.quote_context import FoundQuote
from briefer.nlp.quote_marks import QuotedRegion, find_quoted_regions, quote_marks
from briefer.nlp.reported_clauses import ReportedClauses
from briefer.nlp.transcripts import (
    INTERVIEWEE,
    NAMED,
    SECTION,
    TranscriptLine,
    transcript_lines,
)

__all__ = ["QuoteFinder", "find_quoted_regions", "find_quotes", "quote_marks"]


class QuoteFinder(ReportedClauses, DirectAttribution):
    """Finds the quotes of one parsed article."""

    # The labelled lines of a transcript, read by `find`.
    transcript: list[TranscriptLine]

    def find(self) -> list[FoundQuote]:
        direct: list[FoundQuote] = []
        fragments: list[QuotedRegion] = []
        for region in self.regions:
            before, after = self.prefix(region), self.suffix(region)
            if self.is_quotation(region, before, after):
                direct.append(FoundQuote(region.start, region.end, "direct", region=region))
            elif not self.is_name_or_term(region, before):
                fragments.append(region)

        clauses = self.clauses(direct, fragments)
        found = [f for f in direct if f.kind == "direct"] + clauses
        found.sort(key=lambda f: (f.start, f.end))
        self.attribute_direct(found)
        self.transcript = transcript_lines(self)
        # A speaker's line is one direct quote, replacing the direct quotes
        # found in its paragraph (the marks around it, '"WALLACE: ...'); the
        # speech any line reports ("the agency warned that ...") is a quote too,
        # and an interviewer's line is no quote itself.
        spoken = [line for line in self.transcript if line.kind in (NAMED, INTERVIEWEE)]
        line_paragraphs = {self.paragraph_of(line.start) for line in spoken}
        notes = {self.paragraph_of(line.start) for line in self.transcript
                 if line.kind == SECTION}
        found = [
            f for f in found
            if (f.kind != "direct" or self.paragraph_of(f.start) not in line_paragraphs)
            and self.paragraph_of(f.start) not in notes
        ]
        for line in spoken:
            speaker = line.label[-1]
            found.append(
                FoundQuote(line.start, line.end, "direct", speaker_head=speaker, labelled=True)
            )
        found.sort(key=lambda f: (f.start, f.end))
        return found


def title_line_end(text: str) -> int:
    """Where the article's title ends, when its first line is one: a line set
    apart by a blank line that ends no sentence ("Army pressed ahead with radar
    deal despite failed tests, records show"); 0 when the article opens on text."""
    first, _, rest = text.partition("\n")
    ends_sentence = first.rstrip().rstrip("\"”’'").endswith((".", "?", "!"))
    if not first.strip() or ends_sentence or not rest.startswith("\n"):
        return 0
    return len(first)


def find_quotes(
    doc: Doc,
    actors: list[ExtractedActor],
    resolver: Resolver | None = None,
) -> list[ExtractedQuote]:
    """Every quote of a parsed article, attributed to `actors`.

    `actors` gains an actor for any speaker the actor extraction missed.
    """
    return quotes_and_limits(doc, actors, resolver)[0]


def quotes_and_limits(
    doc: Doc,
    actors: list[ExtractedActor],
    resolver: Resolver | None = None,
) -> tuple[list[ExtractedQuote], str]:
    """`find_quotes`, with why part of the article was not searched ("" if none was)."""
    speakers = SpeakerFinder(doc, actors, resolver)
    finder = QuoteFinder(doc)
    found = finder.find()
    speakers.read_transcript(finder.transcript)
    quotes: list[ExtractedQuote] = []
    # "anyone who says ...": hypothetical speech, nobody's quote; a headline restates the story.
    title_end = title_line_end(finder.text)
    found = [
        f for f in found
        if f.labelled or not (speakers.is_hypothetical(f.speaker_head) or f.start < title_end)
    ]
    for number, item in enumerate(found, start=1):
        if item.labelled:
            keys = speakers.labelled(item.speaker_head)
        else:
            keys = speakers.speakers(item.speaker_head, item.cue)
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
    speakers.settle_transcript()
    kept = {actor.key for actor in actors}
    for quote in quotes:
        quote.speaker_keys = [key for key in quote.speaker_keys if key in kept]
        quote.speaker_key = quote.speaker_keys[0] if quote.speaker_keys else None
    return quotes, finder.partial
