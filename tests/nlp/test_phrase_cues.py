"""Cues that are no plain reporting verb with a clause: here the acts a
speaker commits to ("vowed to fight on"). Sentences written for these tests."""

from tests.nlp.test_quotes import actor, quotes_of


def test_a_vow_reports_the_act_vowed(nlp):
    text = "Mayor Elena Ortega vowed on Tuesday to rebuild the harbour pier within a year."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Elena Ortega"))
    assert (quote.kind, quote.text, quote.cue) == (
        "indirect", "to rebuild the harbour pier within a year", "vowed"
    )
    assert quote.speaker_key == "a1"


def test_a_promise_not_to_act_is_still_a_promise(nlp):
    text = "The governor promised not to raise bus fares before the election."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "not to raise bus fares before the election"


def test_the_speakers_next_act_is_no_part_of_the_promise(nlp):
    text = "Senator Hal Brenner has vowed to keep the base open and praised the ruling on Monday."
    quotes = quotes_of(nlp, text, actor(text, "a1", "Hal Brenner"))
    assert [q.text for q in quotes] == ["to keep the base open"]


def test_a_thing_that_promises_to_happen_made_no_promise(nlp):
    text = "The vote promised to be the closest in a decade for the council."
    assert quotes_of(nlp, text) == []


def test_a_promise_denied_is_no_quote(nlp):
    text = "Elena Ortega did not promise to rebuild the pier."
    assert quotes_of(nlp, text, actor(text, "a1", "Elena Ortega")) == []
