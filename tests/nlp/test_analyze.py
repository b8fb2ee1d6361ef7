"""The analysis entry point on the seed article and in batches."""

import json

import pytest

from briefer.core.records import Article
from briefer.nlp.analyze import (
    PIECE_CHARS,
    analyze_doc,
    analyze_text,
    analyze_texts,
    parsed_doc,
    text_pieces,
)
from briefer.nlp.speech import doc_text


@pytest.fixture(scope="module")
def seed_analysis(nlp, seed_text):
    return analyze_text(nlp, seed_text)


def speaker_names(analysis, quote):
    names = {a.key: a.name for a in analysis.actors}
    return [names[k] for k in quote.speaker_keys]


def quote_containing(analysis, words):
    return next(q for q in analysis.quotes if words in q.text)


def test_every_quote_span_indexes_the_text(seed_analysis, seed_text):
    assert seed_analysis.quotes
    for quote in seed_analysis.quotes:
        assert seed_text[quote.start : quote.end] == quote.text


def test_every_speaker_is_an_actor(seed_analysis):
    keys = {a.key for a in seed_analysis.actors}
    for quote in seed_analysis.quotes:
        assert set(quote.speaker_keys) <= keys
        assert quote.speaker_key == (quote.speaker_keys[0] if quote.speaker_keys else None)


def test_arnold_impossible_is_a_mixed_quote(seed_analysis):
    quote = quote_containing(seed_analysis, "“impossible”")
    assert quote.kind == "mixed"
    assert quote.text.startswith("detailed operational planning as “impossible” without a clear")
    assert quote.cue == "described"
    assert speaker_names(seed_analysis, quote) == ["Ed Arnold"]


def test_heisbourg_noted_that_is_indirect(seed_analysis):
    quote = quote_containing(seed_analysis, "deploying troops without a ceasefire")
    assert quote.kind == "indirect"
    assert quote.text.startswith("deploying troops without a ceasefire is too risky")
    assert quote.cue == "noted"
    assert speaker_names(seed_analysis, quote) == ["Francois Heisbourg"]


def test_hodges_according_to_is_the_clause_before_the_comma(seed_analysis):
    quote = quote_containing(seed_analysis, "lack of a clear mission")
    assert quote.text == "the lack of a clear mission risks undermining credibility"
    assert quote.cue == "according to"
    assert speaker_names(seed_analysis, quote) == ["Ben Hodges"]


def test_joint_attribution_names_both_experts(seed_analysis):
    quote = quote_containing(seed_analysis, "arming Ukraine")
    assert quote.cue == "suggest"
    assert speaker_names(seed_analysis, quote) == ["Francois Heisbourg", "Ed Arnold"]


def test_experts_warn_is_an_unnamed_group(seed_analysis):
    quote = quote_containing(seed_analysis, "would require significant U.S. support")
    assert quote.cue == "warn"
    speaker = next(a for a in seed_analysis.actors if a.key == quote.speaker_key)
    assert speaker.type == "group" and not speaker.is_expert


def test_european_officials_speak_as_a_group(seed_analysis):
    # Decision: a plural body named by a nationality is a group speaker.
    quote = quote_containing(seed_analysis, "troops would focus on training")
    assert speaker_names(seed_analysis, quote) == ["European officials"]
    group = next(a for a in seed_analysis.actors if a.name == "European officials")
    assert group.type == "group"


def test_scare_quotes_are_not_quotes(seed_analysis):
    for quote in seed_analysis.quotes:
        assert quote.text not in ("coalition of the willing", "reassurance force")
        assert quote.kind != "direct"


def test_json_contract(seed_analysis, seed_text):
    data = json.loads(json.dumps(seed_analysis.to_json(Article(text=seed_text))))
    for quote in data["quotes"]:
        assert seed_text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in ("direct", "indirect", "mixed")
        assert quote["speakers"] == ([] if quote["speaker"] is None else quote["speakers"])
        if quote["speaker"] is not None:
            assert quote["speakers"][0] == quote["speaker"]
        mention = quote["speaker_mention"]
        if mention is not None:
            assert seed_text[mention["start"] : mention["end"]] == mention["text"]
    hodges = next(q for q in data["quotes"] if q["cue"] == "according to")
    assert hodges["speaker"] == "Ben Hodges"
    assert "Hodges" in hodges["speaker_mention"]["text"]


def test_analyze_doc_takes_a_parsed_doc(nlp):
    text = "“We will rebuild the bridge,” said Mayor Anna Berg."
    analysis = analyze_doc(nlp(text))
    [quote] = analysis.quotes
    assert quote.text == "We will rebuild the bridge,"
    speaker = next(a for a in analysis.actors if a.key == quote.speaker_key)
    assert "Berg" in speaker.name


def test_batches_give_the_same_results_in_order(nlp, seed_text):
    texts = [seed_text, "Tom Hale said the bridge would reopen in May.", ""]
    batch = list(analyze_texts(nlp, texts, batch_size=2))
    assert len(batch) == 3
    one_by_one = [analyze_text(nlp, t) for t in texts]
    assert [[q.text for q in a.quotes] for a in batch] == [
        [q.text for q in a.quotes] for a in one_by_one
    ]
    assert batch[2].quotes == [] and batch[2].actors == []


def test_batches_over_two_processes(nlp):
    texts = [f"Tom Hale said bridge number {n} would reopen in May." for n in range(4)]
    results = list(analyze_texts(nlp, texts, n_process=2, batch_size=2))
    assert [a.quotes[0].text for a in results] == [
        f"bridge number {n} would reopen in May" for n in range(4)
    ]


def test_text_pieces_cut_at_paragraphs_then_spaces_then_anywhere():
    text = "aaaa bbbb\ncccc dddd"
    assert text_pieces(text, limit=100) == [(0, len(text))]
    assert text_pieces(text, limit=12) == [(0, 9), (9, len(text))]
    assert text_pieces("aaaa bbbb cccc", limit=7) == [(0, 4), (4, 9), (9, 14)]
    assert text_pieces("x" * 10, limit=4) == [(0, 4), (4, 8), (8, 10)]


def test_a_text_longer_than_a_piece_is_analysed_whole(nlp, seed_text):
    copies = PIECE_CHARS // len(seed_text) + 3
    text = "\n".join([seed_text.strip()] * copies)
    assert len(text) > PIECE_CHARS
    pieces: list[tuple[int, int]] = []
    analysis = analyze_text(nlp, text, on_piece=lambda done, count: pieces.append((done, count)))
    assert pieces == [(1, 2), (2, 2)]  # progress within a long article
    single_pieces: list[tuple[int, int]] = []
    single = analyze_text(nlp, seed_text.strip(),
                          on_piece=lambda done, count: single_pieces.append((done, count)))
    assert single_pieces == []  # a text in one piece has nothing to report
    assert len(analysis.quotes) == copies * len(single.quotes)
    assert [a.name for a in analysis.actors].count("Ed Arnold") == 1
    arnold = next(a for a in analysis.actors if a.name == "Ed Arnold")
    assert max(m.start for m in arnold.mentions) > PIECE_CHARS
    for actor in analysis.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
    keys = {a.key for a in analysis.actors}
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert set(quote.speaker_keys) <= keys
        if quote.speaker_span is not None:
            span = quote.speaker_span
            assert text[span.start : span.end] == span.text


def test_the_parsed_text_kept_with_the_doc_is_the_text_spacy_rebuilds(nlp):
    texts = [
        "He said,“Look at this.”\r\n\n\tShe replied:  \u00a0‘No’ —\u2009fine…",
        "HEADLINE IN CAPITALS\nWASHINGTON — The minister said, \"enough\" .  ",
        "",
    ]
    for text in texts:
        doc = parsed_doc(nlp(text), text)
        assert doc.text == text
        assert doc_text(doc) == text
