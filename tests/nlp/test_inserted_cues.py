"""Cues set inside the sentence they report (`inserted_cues.py`): where a reported sentence
goes on after ", X said," ("A, X said, B"; "A, the agency said in a June report, and B") and
where a cue that goes on to tell of the saying ends it. Sentences written for these tests."""

from tests.nlp.test_quotes import actor, quotes_of


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


def test_words_before_the_cue_of_a_quote_are_no_part_of_it(nlp):
    text = (
        "Asked what kind of leader the province needs, Halvorsen said, "
        "“Someone who can win a vote in the north.”"
    )
    halvorsen = actor(text, "a1", "Halvorsen")
    quotes = quotes_of(nlp, text, halvorsen)
    [answer] = [q for q in quotes if "win a vote" in q.text]
    assert (answer.kind, answer.text) == ("direct", "Someone who can win a vote in the north.")
    assert not any(q.text.startswith("Asked") for q in quotes)


def test_a_split_quote_around_a_long_attribution_is_two_direct_quotes(nlp):
    text = (
        '"The danger," said Edda Marsh, an economist who directs the Lakeshore Forecast '
        'at Ridgefield University, "is that we keep the workers and lose the plants."'
    )
    marsh = actor(text, "a1", "Edda Marsh")
    quotes = quotes_of(nlp, text, marsh)
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "The danger,"),
        ("direct", "is that we keep the workers and lose the plants."),
    ]
    assert all(q.speaker_key == "a1" for q in quotes)


def test_a_quote_that_goes_on_after_the_cue_and_a_conjunction_stays_direct(nlp):
    text = (
        'Mr. Pell was gracious at first. "I admire Ruth," he said, but "when it comes to '
        'water rights, Ruth has always sided with the growers."'
    )
    pell = actor(text, "a1", "Pell", "Mr. Pell")
    quotes = quotes_of(nlp, text, pell)
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "I admire Ruth,"),
        ("direct", "when it comes to water rights, Ruth has always sided with the growers."),
    ]
