"""A lede that describes its speaker and names them in the next paragraph.

"A former aide to ex-city councilman Victor Lanham told a jury on Tuesday
that she shredded invoices ...", then "Kayla Brandt, 31, who worked in
Lanham's council office, said ...": a story often opens on a speaker
described with "a" or "an" and names that speaker at the start of the next
paragraph. The unnamed source the description made is the person named
there: its quotes are theirs, its words one of their mentions and a role.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from briefer.core.records import ExtractedActor, ExtractedQuote, Span
from briefer.nlp.speech import doc_text


def _named_next(
    text: str, start: int, actors: list[ExtractedActor], within_sentence: bool = False
) -> ExtractedActor | None:
    """The person first named at the start of the paragraph after the one
    that opens at START (WITHIN_SENTENCE: anywhere in its first sentence)."""
    opens = start == 0 or text[:start].rstrip(" \t").endswith("\n")
    end = text.find("\n", start)
    if not opens or end == -1:
        return None
    following = len(text) - len(text[end:].lstrip())
    limit = following + 1
    if within_sentence:
        stops = [i for i in (text.find(". ", following), text.find("\n", following)) if i != -1]
        limit = min(stops, default=len(text))
    firsts = [(min((m.start for m in a.mentions), default=-1), a) for a in actors
              if a.type == "person"]
    named = [(first, a) for first, a in firsts if following <= first < limit]
    return min(named, key=lambda pair: pair[0])[1] if named else None


def named_lede_speakers(
    doc: Doc, actors: list[ExtractedActor], quotes: list[ExtractedQuote]
) -> list[ExtractedActor]:
    """ACTORS with an unnamed source described once, with "a", "an" or "the", at
    the opening of a paragraph merged into the person the next paragraph
    opens on; QUOTES' speakers follow."""
    text = doc_text(doc)
    kept = []
    for actor in actors:
        words = doc.char_span(actor.mentions[0].start, actor.mentions[0].end,
                              alignment_mode="expand") if len(actor.mentions) == 1 else None
        article = doc[words.start - 1] if words is not None and words.start > 0 else None
        person = None
        if (
            actor.type == "group" and words is not None and article is not None
            and article.lower_ in ("a", "an", "the") and words.root.tag_ == "NN"
        ):
            # "The head of British Athletics has admitted ...", then "Speaking on
            # Radio 5 Live, chief executive Jo Brand said": a definite lede's
            # speaker may be named later in the next paragraph's first sentence.
            person = _named_next(text, article.idx, actors, article.lower_ == "the")
        if person is None:
            kept.append(actor)
            continue
        described = doc[article.i : words.root.i + 1]
        person.mentions = sorted(
            [*person.mentions, Span(described.start_char, described.end_char, described.text)],
            key=lambda m: m.start,
        )
        if actor.name not in person.roles:
            person.roles.append(actor.name)
        for number, quote in enumerate(quotes):
            if actor.key in quote.speaker_keys:
                keys = [person.key if k == actor.key else k for k in quote.speaker_keys]
                quotes[number] = replace(
                    quote, speaker_keys=list(dict.fromkeys(keys)),
                    speaker_key=person.key if quote.speaker_key == actor.key else quote.speaker_key,
                )
    return kept
