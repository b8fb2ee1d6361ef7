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


def _named_next(text: str, start: int, actors: list[ExtractedActor]) -> ExtractedActor | None:
    """The person first named at the start of the paragraph after the one
    that opens at START."""
    opens = start == 0 or text[:start].rstrip(" \t").endswith("\n")
    end = text.find("\n", start)
    if not opens or end == -1:
        return None
    following = len(text) - len(text[end:].lstrip())
    for actor in actors:
        first = min((m.start for m in actor.mentions), default=-1)
        if actor.type == "person" and first == following:
            return actor
    return None


def named_lede_speakers(
    doc: Doc, actors: list[ExtractedActor], quotes: list[ExtractedQuote]
) -> list[ExtractedActor]:
    """ACTORS with an unnamed source described once, with "a" or "an", at
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
            and article.lower_ in ("a", "an") and words.root.tag_ == "NN"
        ):
            person = _named_next(text, article.idx, actors)
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
