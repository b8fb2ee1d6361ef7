"""Quoted words after a verb (mixed quotes from marks, not from a reported
clause): where the quote ends (before the speaker's next act), quoted words
whose closing mark takes in the sentence's full stop, and a day named
between the object and the marks. Sentences written for these tests."""

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


def test_a_participles_quoted_words_closing_over_the_full_stop_are_its_own(nlp):
    text = (
        "The mayor answered the critics on Monday, accusing the regulator of "
        "acting like a “sleeping watchman.”"
    )
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed"
    assert quote.text == "the regulator of acting like a “sleeping watchman.”"
    assert quote.cue == "accusing"


def test_a_second_verbs_quoted_words_closing_over_the_full_stop_are_its_own(nlp):
    text = (
        "Ines Varga spoke for an hour and accused the regulator of acting like a "
        "“sleeping watchman.”"
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ines Varga"))
    assert (quote.kind, quote.cue, quote.speaker_key) == ("mixed", "accused", "a1")
    assert quote.text == "the regulator of acting like a “sleeping watchman.”"


def test_quoted_words_closing_over_the_full_stop_after_another_verb_stay_a_name(nlp):
    text = "The ministry displayed the “Charter of Coastal Towns.”"
    assert quotes_of(nlp, text) == []


def test_called_x_with_a_day_before_the_marks_is_mixed(nlp):
    text = (
        "Karl Ostby, who served as Hanna Lind's campaign manager during the 2014 race, "
        "called Lind's statements and actions on Sunday “childish.”"
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Karl Ostby"))
    assert [(q.kind, q.text, q.speaker_key) for q in quotes] == [
        ("mixed", "Lind's statements and actions on Sunday “childish.”", "a1")
    ]



def test_a_characterization_stops_before_when_it_was_said(nlp):
    text = "The senator called the mayor a “fraud” Tuesday on a local radio show."
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.text) == ("mixed", "the mayor a “fraud”")


def test_a_characterization_stops_before_during(nlp):
    text = (
        "The governor described the tax plan as a “giveaway to landlords” during a campaign "
        "stop in Albany."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the tax plan as a “giveaway to landlords”"


def test_what_follows_a_characterization_that_tells_no_occasion_stays(nlp):
    text = "The senator called the mayor “soft” on crime."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the mayor “soft” on crime"


def test_a_that_clause_with_quoted_words_after_any_verb_is_mixed(nlp):
    text = (
        "Dana Whitlock sniped that the new manager was “learning on the job,” "
        "and the board met again on Friday."
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Dana Whitlock"))
    assert [(q.kind, q.cue, q.speaker_key) for q in quotes] == [("mixed", "sniped", "a1")]
    assert quotes[0].text.startswith("that the new manager was “learning on the job,”")


def test_a_that_clause_without_quoted_words_after_another_verb_is_no_quote(nlp):
    text = "Dana Whitlock sniped that the new manager was learning on the job."
    assert quotes_of(nlp, text, actor(text, "a1", "Dana Whitlock")) == []


def test_quoted_words_after_a_verb_stop_before_a_clause_of_when_they_were_said(nlp):
    text = "Ines Varga told the members to stop “whining” when the board met on Monday."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ines Varga"))
    assert (quote.kind, quote.text) == ("mixed", "the members to stop “whining”")


def test_a_term_in_marks_after_a_speech_verb_of_a_thing_is_a_name(nlp):
    text = (
        "The summit, led by Mayor Ines Varga, underscores the shaky standing of the "
        "“harbour alliance,” a group of some 30 towns."
    )
    assert quotes_of(nlp, text, actor(text, "a1", "Ines Varga")) == []


def test_a_term_in_marks_after_a_speech_verb_of_a_report_is_its_words(nlp):
    text = "The audit notes the “reckless giveaway” the council passed in March."
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.cue) == ("mixed", "notes")


def test_a_title_in_marks_after_a_verb_of_no_speech_is_a_name(nlp):
    text = (
        "The pair took the stage to the town band’s “Rolling Down the River,” "
        "with the crowd clapping."
    )
    assert quotes_of(nlp, text) == []


def test_a_participle_after_a_quotes_own_comma_tells_of_the_saying(nlp):
    text = (
        "Halvorsen said the count “should be settled by Easter,” referring to the "
        "party's spring congress, where delegates will choose a leader."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Halvorsen"))
    assert (quote.kind, quote.text) == ("mixed", "the count “should be settled by Easter,”")


def test_when_it_comes_to_after_a_quotes_comma_goes_on_with_it(nlp):
    text = (
        "Okafor said there is a “real gap between the two schools,” when it comes to "
        "how many pupils finish the year."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Okafor"))
    assert quote.text.endswith("how many pupils finish the year")


def test_when_a_thing_was_said_is_not_the_start_of_what_was_said(nlp):
    text = (
        "Brandt tweeted in the early morning hours that the judge was “a disgrace” and "
        "urged voters to “remember this” in May."
    )
    brandt = actor(text, "a1", "Brandt")
    quotes = quotes_of(nlp, text, brandt)
    assert [(q.text, q.speaker_key) for q in quotes] == [
        ("the judge was “a disgrace”", "a1"),
        ("voters to “remember this”", "a1"),
    ]
