"""Cues set inside the sentence they report (`inserted_cues.py`): where a reported sentence
goes on after ", X said," ("A, X said, B"; "A, the agency said in a June report, and B") and
where a cue that goes on to tell of the saying ends it. Sentences written for these tests."""

from tests.nlp.test_quotes import quotes_of


def test_an_inserted_cue_the_rest_of_the_sentence_hangs_on_keeps_it(nlp):
    text = (
        "The harbour had no recorded accidents, the authority added, "
        "and had passed every inspection."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == text.rstrip(".")


def test_an_inserted_cue_followed_by_its_own_setting_ends_the_report(nlp):
    text = "The port will reopen, the minister said, in an interview on Tuesday."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "The port will reopen"


def test_a_clause_joined_after_an_inserted_cue_and_its_phrase_is_reported_too(nlp):
    text = (
        "Freight traffic fell by a third, the port authority said in its annual report, "
        "and passenger numbers rose by a tenth."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == text[:-1]


def test_a_clause_of_when_it_was_said_after_an_inserted_cue_is_not_reported(nlp):
    text = (
        "Freight traffic fell by a third, the port authority said in its annual report, "
        "as ministers met in the capital."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "Freight traffic fell by a third"


def test_a_reported_sentence_goes_on_after_an_inserted_cue_with_including(nlp):
    text = (
        "The memos covered a range of budget topics, the Herald said, including pensions, "
        "bonds and road repairs."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == text[:-1]


def test_an_absolute_phrase_after_an_inserted_cue_is_reported(nlp):
    text = (
        "The two mayors are now level in the race, the new survey shows, with each drawing "
        "41 percent of voters."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == text[:-1]


def test_a_reported_sentence_goes_on_after_an_inserted_cue_and_a_semicolon(nlp):
    text = "The agency did receive several warnings, he said; its analysts simply missed them."
    [quote] = quotes_of(nlp, text)
    assert quote.text == text[:-1]


def test_an_inserted_cue_then_an_occasion_ends_the_report(nlp):
    text = "The port will reopen in May, the minister said, in an interview with Radio Nord."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "The port will reopen in May"
