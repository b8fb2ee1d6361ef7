"""Quoted words after a verb that is no reporting verb: where the mixed quote
they make ends. Sentences written for these tests."""

from tests.nlp.test_quotes import actor, quotes_of


def test_the_quote_stops_before_the_speakers_next_act(nlp):
    text = (
        "Councillor Reyes decried the “gutting” of the library budget and proposed a new "
        "levy on parking."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Councillor Reyes"))
    assert (quote.kind, quote.cue, quote.text) == (
        "mixed",
        "decried",
        "the “gutting” of the library budget",
    )


def test_praise_in_marks_stops_before_the_next_act(nlp):
    text = (
        "The mayor praised the “quiet heroes” of the flood response and announced a memorial "
        "in the park."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the “quiet heroes” of the flood response"


def test_an_alternative_joined_by_or_stays_in_the_quote(nlp):
    text = "The senator ridiculed plans to “modernize” or sell the old stadium."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "plans to “modernize” or sell the old stadium"
