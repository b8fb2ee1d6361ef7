"""Ranking a quote's candidate speakers and proposing speaker, cue and kind."""

from briefer.core.records import Actor, Mention
from briefer.core.speakers import (
    name_matches,
    proposed_cue,
    proposed_kind,
    proposed_speaker,
    rank_speakers,
    sentence_bounds,
)

TEXT = ("Senators met on Tuesday. James B. Comey said the inquiry was “far from over”, "
        "and Senator Mitch McConnell disagreed. Later, Adam Smith warned that costs would rise.")


def _mention(mention_id: int, actor_id: int, name: str, text: str = TEXT) -> Mention:
    start = text.index(name)
    return Mention(mention_id, 1, actor_id, start, start + len(name), name)


ACTORS = [
    Actor(1, "James B. Comey", "person", mention_count=1, quote_count=1),
    Actor(2, "Mitch McConnell", "person", mention_count=1),
    Actor(3, "Adam Smith", "person", mention_count=1),
    Actor(4, "Aaron Junk", "person", mention_count=9, quote_count=9),
    Actor(5, "José Comellas", "person"),
]
MENTIONS = [_mention(1, 1, "James B. Comey"), _mention(2, 2, "Mitch McConnell"),
            _mention(3, 3, "Adam Smith")]


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_any_part_of_a_name_matches_in_any_case_and_accent():
    assert name_matches("James B. Comey", "Com")
    assert name_matches("James B. Comey", "b.")
    assert name_matches("James B. Comey", "james comey")
    assert name_matches("José Comellas", "jose")
    assert not name_matches("James B. Comey", "Comeyx")


def test_actors_named_near_the_quote_come_first():
    start, end = _span("the inquiry was “far from over”")
    ranked = [a.id for a in rank_speakers(ACTORS, MENTIONS, start, end)]
    assert ranked[:3] == [1, 2, 3]
    # Not named in the article: the most prominent first, not the first by the alphabet.
    assert ranked[3:] == [4, 5]


def test_typed_text_filters_and_keeps_the_nearness_order():
    start, end = _span("costs would rise")
    assert [a.id for a in rank_speakers(ACTORS, MENTIONS, start, end, "com")] == [1, 5]
    assert [a.id for a in rank_speakers(ACTORS, MENTIONS, start, end, "B.")] == [1]
    assert rank_speakers(ACTORS, MENTIONS, start, end, "a")[0].name == "Adam Smith"


def test_a_name_inside_the_quote_ranks_after_names_outside_it():
    text = "Adam Smith said “Comey is wrong” yesterday."
    mentions = [_mention(1, 3, "Adam Smith", text), _mention(2, 1, "Comey", text)]
    start = text.index("“")
    end = text.index("”") + 1
    assert [a.id for a in rank_speakers(ACTORS[:3], mentions, start, end)] == [3, 1, 2]


def test_sentence_bounds_hold_the_span():
    start, end = _span("costs would rise")
    low, high = sentence_bounds(TEXT, start, end)
    assert TEXT[low:high] == "Later, Adam Smith warned that costs would rise."


def test_proposals_come_from_the_quotes_sentence():
    start, end = _span("costs would rise")
    assert proposed_speaker(TEXT, MENTIONS, start, end) == 3
    assert proposed_cue(TEXT, start, end) == "warned"
    start, end = _span("the inquiry was “far from over”")
    assert proposed_speaker(TEXT, MENTIONS, start, end) == 1
    assert proposed_cue(TEXT, start, end) == "said"
    # A sentence naming nobody proposes nobody.
    start, end = _span("Senators met")
    assert proposed_speaker(TEXT, MENTIONS, start, end) is None


def test_kind_follows_the_quote_marks():
    assert proposed_kind("“far from over”") == "direct"
    assert proposed_kind("the inquiry was “far from over”") == "mixed"
    assert proposed_kind("costs would rise") == "indirect"
