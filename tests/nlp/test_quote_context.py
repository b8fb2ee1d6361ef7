"""Where a reported clause ends: the reporter's asides after it (a relative
clause or an apposition set off by a comma or dash) are no part of what was
said. Sentences written for these tests."""

from tests.nlp.test_quotes import quotes_of


def reported(nlp, text):
    [quote] = quotes_of(nlp, text)
    return quote.text


def test_a_relative_clause_closing_the_reported_clause_is_the_reporters(nlp):
    text = (
        "The mayor said she would veto the zoning bill, which the council passed in March "
        "after a long fight over parking."
    )
    assert reported(nlp, text) == "she would veto the zoning bill"


def test_a_relative_clause_explaining_a_law_is_the_reporters(nlp):
    text = (
        "The minister said the harbour would reopen under the Coastal Access Act, which was "
        "passed in 2019 to protect fishing towns."
    )
    assert reported(nlp, text) == "the harbour would reopen under the Coastal Access Act"


def test_an_apposition_after_a_dash_is_the_reporters(nlp):
    text = (
        "The treasurer said the city would sell the old ferry terminal — a plan the council "
        "has rejected twice."
    )
    assert reported(nlp, text) == "the city would sell the old ferry terminal"


def test_a_relative_clause_inside_the_reported_clause_stays(nlp):
    text = "Governor Alvarez said the new law, which takes effect in June, would cut wait times."
    assert reported(nlp, text) == "the new law, which takes effect in June, would cut wait times"


def test_an_apposition_that_lists_stays(nlp):
    text = (
        "The senator said he supports tax fairness, the closure of loopholes and relief "
        "for families."
    )
    assert reported(nlp, text) == (
        "he supports tax fairness, the closure of loopholes and relief for families"
    )


def test_an_aside_with_the_speakers_quoted_words_stays(nlp):
    text = "The mayor said she would veto the zoning bill, which she called “a gift to developers.”"
    quote = quotes_of(nlp, text)[0]
    assert quote.kind == "mixed"
    assert quote.text.endswith("which she called “a gift to developers.”")


def test_an_apposition_glossing_a_quoted_term_stays(nlp):
    text = (
        "The central bank governor said inflation was settling into a \"slow burn\" - a long "
        "stretch of modest price rises."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed"
    assert quote.text.endswith("a long stretch of modest price rises")


def test_a_noun_phrase_after_a_dash_hung_on_the_cue_is_the_reporters(nlp):
    text = (
        "The mayor said Wednesday night that he doesn't necessarily want to close the "
        "libraries — a controversial proposal he has raised at various points during his "
        "campaign."
    )
    assert reported(nlp, text) == "he doesn't necessarily want to close the libraries"


def test_a_comparison_with_as_and_an_auxiliary_is_the_reporters(nlp):
    text = (
        "Three council members have said they will not back the stadium, as has the mayor "
        "of Leeds."
    )
    assert reported(nlp, text) == "they will not back the stadium"


def test_as_with_a_subject_of_its_own_stays(nlp):
    text = "He said the plan would work, as he has said for years."
    assert reported(nlp, text) == "the plan would work, as he has said for years"
