"""The analysis JSON contract that tests, benchmarks and other tools read."""

import json

from briefer.core.records import (
    Analysis,
    Article,
    ExtractedActor,
    ExtractedQuote,
    Span,
    content_hash,
)

TEXT = "Heisbourg and Arnold suggest that arming Ukraine may be the most viable option."


def _analysis() -> Analysis:
    heisbourg = ExtractedActor(
        "a1", "Francois Heisbourg", "person", ["special adviser"],
        "Foundation for Strategic Research", True, [Span(0, 9, "Heisbourg")],
    )
    arnold = ExtractedActor("a2", "Ed Arnold", "person", mentions=[Span(14, 20, "Arnold")])
    quote = ExtractedQuote(
        "q1", TEXT[34:79], 34, 79, "indirect", "a1", ["a1", "a2"], "suggest",
        speaker_span=Span(0, 9, "Heisbourg"),
    )
    return Analysis(actors=[heisbourg, arnold], quotes=[quote])


def test_json_contract_shape_and_offsets():
    article = Article(text=TEXT, title="Allies", outlet="Wire", published="2025-09-04")
    data = json.loads(json.dumps(_analysis().to_json(article)))
    expected = {"title": "Allies", "outlet": "Wire", "date": "2025-09-04", "url": None}
    assert data["article"] == expected
    actor = data["actors"][0]
    assert actor["name"] == "Francois Heisbourg"
    assert actor["is_expert"] is True
    for mention in actor["mentions"]:
        assert TEXT[mention["start"]:mention["end"]] == mention["text"]
    quote = data["quotes"][0]
    assert TEXT[quote["start"]:quote["end"]] == quote["text"]
    assert quote["speaker"] == "Francois Heisbourg"
    assert quote["speaker_id"] == "a1"
    assert quote["speakers"] == ["Francois Heisbourg", "Ed Arnold"]
    assert quote["cue"] == "suggest"
    assert quote["speaker_mention"] == {"start": 0, "end": 9, "text": "Heisbourg"}


def test_unattributed_quote_has_null_speaker_and_no_speakers():
    analysis = Analysis(quotes=[ExtractedQuote("q1", "x", 0, 1, "direct")])
    quote = analysis.to_json(Article(text="x"))["quotes"][0]
    assert quote["speaker"] is None
    assert quote["speaker_id"] is None
    assert quote["speakers"] == []
    assert quote["speaker_mention"] is None


def test_content_hash_ignores_surrounding_whitespace_only():
    assert content_hash("A text.\n") == content_hash("  A text.")
    assert content_hash("A text.") != content_hash("A  text.")
    assert Article(text="A text.").content_hash == content_hash("A text.")
