"""The analysis entry point: one article's text in, its actors and quotes out.

Batches go through `nlp.pipe`, so parsing can use several processes while the
extraction, which is cheap next to parsing, runs on the returned documents.
A very long text is parsed in pieces (spaCy needs about 1 GB per 100,000
characters and refuses texts over `nlp.max_length`) and the pieces' results
are joined, so no article is too long to analyse. Text the tokenizer cannot
take in reasonable time (a long run of punctuation with no space) is parsed
with that run blanked, and the result says so when the run held quote marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from briefer.core.records import Analysis, ExtractedActor, ExtractedQuote, Span
from briefer.nlp.actors import extract_actors, resolve_reference
from briefer.nlp.lede_speakers import named_lede_speakers
from briefer.nlp.non_actors import without_names_only_quoted
from briefer.nlp.quote_marks import quote_marks
from briefer.nlp.quotes import quotes_and_limits
from briefer.nlp.speech import TEXT_KEY

PIECE_CHARS = 50_000
# spaCy's tokenizer splits punctuation off a word one mark at a time, searching
# the rest each time: quadratic in the run ("\"" * 100_000 takes minutes).
AFFIX_RUN = 32
# Punctuation: neither word character nor space, or connector punctuation ("_",
# "‿", "＿"), which Python counts as word characters but the tokenizer splits off.
_PUNCTUATION = r"(?:[^\w\s]|[_\u203f\u2040\u2054\ufe33\ufe34\ufe4d-\ufe4f\uff3f])"
LONG_AFFIX_RUN = re.compile(_PUNCTUATION + "{" + str(AFFIX_RUN + 1) + ",}")
BLANKED_RUNS = "quote marks in runs of more than {} punctuation marks without a space were ignored"
# `on_piece(done, count)`: a long text's pieces parsed so far, of how many (a text in
# one piece is not reported), so a long article can show progress within itself.
PieceProgress = Callable[[int, int], None]


def analyze_doc(doc: Doc) -> Analysis:
    """Actors and quotes of a parsed article; every speaker is an actor."""
    actors = extract_actors(doc)
    quotes, partial = quotes_and_limits(doc, actors, resolver=resolve_reference)
    actors = without_names_only_quoted(doc, named_lede_speakers(doc, actors, quotes), quotes)
    return Analysis(actors=actors, quotes=quotes, partial=partial)


def analyze_text(nlp: Language, text: str, on_piece: PieceProgress | None = None) -> Analysis:
    """Parse and analyse one article."""
    parts = []
    cuts = text_pieces(text)
    for number, (start, end) in enumerate(cuts, start=1):
        piece = text[start:end]
        parsed = parseable(piece)
        doc = parsed_doc(nlp(parsed), parsed)
        parts.append((start, with_text(analyze_doc(doc), piece, parsed)))
        if on_piece is not None and len(cuts) > 1:
            on_piece(number, len(cuts))
    return joined(parts)


def parsed_doc(doc: Doc, text: str) -> Doc:
    """DOC, parsed from TEXT, with TEXT kept as its text: the tokenizer loses
    no character, so `doc.text` is TEXT, which spaCy would rebuild from every
    token when the analysis first reads it."""
    doc.user_data[TEXT_KEY] = text
    return doc


def parseable(text: str) -> str:
    """`text` with every run of more than `AFFIX_RUN` punctuation marks
    without a space blanked out, so the tokenizer stays linear and the parser
    is not fed thousands of one-mark words; same length, so every offset
    still indexes the original text. Such a run holds no words to quote."""
    if LONG_AFFIX_RUN.search(text) is None:
        return text
    return LONG_AFFIX_RUN.sub(lambda match: " " * len(match.group()), text)


def with_text(analysis: Analysis, original: str, parsed: str) -> Analysis:
    """An analysis of `parsed` with its span texts taken from `original`
    (same length), marked as partial when quote marks were blanked."""
    if original == parsed:
        return analysis
    marks = quote_marks().all
    for actor in analysis.actors:
        actor.mentions = [replace(m, text=original[m.start : m.end]) for m in actor.mentions]
    for quote in analysis.quotes:
        quote.text = original[quote.start : quote.end]
        if quote.speaker_span is not None:
            span = quote.speaker_span
            quote.speaker_span = replace(span, text=original[span.start : span.end])
    if any(a != b and a in marks for a, b in zip(original, parsed, strict=True)):
        analysis.partial = analysis.partial or BLANKED_RUNS.format(AFFIX_RUN)
    return analysis


def analyze_texts(
    nlp: Language,
    texts: Iterable[str],
    n_process: int = 1,
    batch_size: int = 16,
    on_piece: PieceProgress | None = None,
) -> Iterator[Analysis]:
    """Analyse many articles, in order, parsing them in batches over `n_process` processes.

    The components the analysis never reads are already left out by `load_pipeline`.
    """
    def pieces() -> Iterator[tuple[str, tuple[int, int, int, str, str]]]:
        for text in texts:
            cuts = text_pieces(text)
            for number, (start, end) in enumerate(cuts, start=1):
                piece = text[start:end]
                parsed = parseable(piece)
                yield parsed, (start, number, len(cuts), piece, parsed)

    parts: list[tuple[int, Analysis]] = []
    docs = nlp.pipe(pieces(), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for doc, (start, number, count, piece, parsed) in docs:
        parts.append((start, with_text(analyze_doc(parsed_doc(doc, parsed)), piece, parsed)))
        if on_piece is not None and count > 1:
            on_piece(number, count)
        if number == count:
            yield joined(parts)
            parts = []


def text_pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Where to cut a text for parsing: whole if short, else at paragraph
    breaks, else at spaces, else anywhere, in pieces of at most `limit`."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start + 1, start + limit)
        if cut <= start:
            cut = text.rfind(" ", start + 1, start + limit)
        if cut <= start:
            cut = start + limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def joined(parts: list[tuple[int, Analysis]]) -> Analysis:
    """One analysis from those of a text's pieces (each with its start offset):
    offsets shifted, actors of the same name and type made one."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    actors: list[ExtractedActor] = []
    partial = next((analysis.partial for _, analysis in parts if analysis.partial), "")
    by_identity: dict[tuple[str, str], ExtractedActor] = {}
    quotes: list[ExtractedQuote] = []
    for offset, analysis in parts:
        keys: dict[str, str] = {}
        for actor in analysis.actors:
            merged = by_identity.get((actor.name, actor.type)) or surname_match(actors, actor)
            if merged is None:
                merged = ExtractedActor(
                    key=f"a{len(actors) + 1}",
                    name=actor.name,
                    type=actor.type,
                    affiliation=actor.affiliation,
                    is_expert=actor.is_expert,
                )
                by_identity[actor.name, actor.type] = merged
                actors.append(merged)
            merged.roles += [r for r in actor.roles if r not in merged.roles]
            merged.aliases += [a for a in actor.aliases if a not in merged.aliases]
            merged.affiliation = merged.affiliation or actor.affiliation
            merged.is_expert = merged.is_expert or actor.is_expert
            merged.mentions += [
                Span(m.start + offset, m.end + offset, m.text) for m in actor.mentions
            ]
            keys[actor.key] = merged.key
        for quote in analysis.quotes:
            speakers = [keys[k] for k in quote.speaker_keys if k in keys]
            mention = quote.speaker_span
            if mention is not None:
                mention = Span(mention.start + offset, mention.end + offset, mention.text)
            quotes.append(
                ExtractedQuote(
                    key=f"q{len(quotes) + 1}",
                    text=quote.text,
                    start=quote.start + offset,
                    end=quote.end + offset,
                    kind=quote.kind,
                    speaker_key=speakers[0] if speakers else None,
                    speaker_keys=speakers,
                    cue=quote.cue,
                    speaker_span=mention,
                )
            )
    return Analysis(actors=actors, quotes=quotes, partial=partial)


def surname_match(actors: list[ExtractedActor], actor: ExtractedActor) -> ExtractedActor | None:
    """A person named by surname alone in a later piece ("Arnold") is the
    one named in full in an earlier piece ("Ed Arnold")."""
    if actor.type != "person" or len(actor.name.split()) != 1:
        return None
    return next(
        (a for a in actors if a.type == "person" and a.name.split()[-1] == actor.name), None
    )
