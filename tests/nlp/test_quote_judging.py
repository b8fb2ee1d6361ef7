"""Telling quotations from terms, names and titles in marks (quote_judging)."""

from briefer.nlp.quotes import find_quotes
from tests.nlp.test_quotes import actor, quotes_of


def direct_texts(nlp, text):
    return [q.text for q in find_quotes(nlp(text), []) if q.kind == "direct"]


def test_a_term_as_the_object_of_a_reporting_verb_is_no_quotation(nlp):
    text = (
        "The inspectors found “irregularities” in the accounts. "
        "The minister told “Morning Briefing” that the plan was dead. "
        "The agency runs a scheme called “Fair Start” for young workers."
    )
    assert direct_texts(nlp, text) == []


def test_a_clause_or_a_question_after_a_reporting_verb_is_still_quoted(nlp):
    text = (
        "The mayor warned “the bridge will close next month.” "
        "Then a voter shouted “Why not now?”"
    )
    quotes = direct_texts(nlp, text)
    assert "the bridge will close next month." in quotes
    assert "Why not now?" in quotes


def test_a_phrase_after_said_is_what_was_said(nlp):
    text = "Asked how many had been hurt, the nurse simply said “Too many.” Then she left."
    assert direct_texts(nlp, text) == ["Too many."]


def test_a_title_opening_a_sentence_is_no_quotation(nlp):
    text = (
        "“Harbour Lights” star Jane Doe said she would leave the series.\n\n"
        "“Night Shift” is a remake of a play that critics praised."
    )
    assert direct_texts(nlp, text) == []


def test_a_short_quote_set_off_by_a_comma_is_a_quotation(nlp):
    text = "“Absolutely,” the coach said.\n\n“‘Cold Feet,’” she said when asked her favourite show."
    assert direct_texts(nlp, text) == ["Absolutely,", "‘Cold Feet,’"]


def test_a_quote_after_an_abbreviation_that_ends_the_sentence_is_a_quotation(nlp):
    text = (
        "“We are not done,” the organiser said after a rally in Eugene, Ore. "
        "“The vote is going to the convention.”"
    )
    assert direct_texts(nlp, text) == ["We are not done,", "The vote is going to the convention."]


def test_a_whole_sentence_set_off_by_a_comma_is_a_quotation(nlp):
    text = (
        "Hours after the flood, the governor issued a statement, “Our state has "
        "suffered a terrible loss tonight.”"
    )
    assert direct_texts(nlp, text) == ["Our state has suffered a terrible loss tonight."]


def test_a_phrase_set_off_by_a_comma_without_a_cue_is_no_quotation(nlp):
    text = "The club kept its motto, “Always forward,” for a century."
    assert direct_texts(nlp, text) == []


def test_a_quote_ending_a_sentence_the_reporter_began_is_no_quotation(nlp):
    text = "The square was empty, the mayor added, “but the city will fill it again.”"
    assert direct_texts(nlp, text) == []


def test_the_second_part_of_a_split_quote_starts_low_and_is_quoted(nlp):
    text = "“We lost the vote,” the mayor said, “and we will try again in May.”"
    assert direct_texts(nlp, text) == ["We lost the vote,", "and we will try again in May."]


def test_a_low_quote_after_a_bare_attribution_is_quoted(nlp):
    text = "The coach told his players, “nobody leaves this room until we have a plan.”"
    assert direct_texts(nlp, text) == ["nobody leaves this room until we have a plan."]


def test_a_short_quote_the_sentence_carries_on_is_a_fragment(nlp):
    text = "“We are shocked and saddened” by the closure, the union wrote to its members."
    assert "We are shocked and saddened" not in direct_texts(nlp, text)


def test_a_long_quote_the_reporter_ends_with_a_few_words_stays_a_quotation(nlp):
    quote = (
        "How the board handles the crisis and whether it can win back the trust of "
        "the shareholders it ignored for years is now the only question that matters"
    )
    text = f"“{quote}” in the eyes of the small investors who met on Friday."
    assert direct_texts(nlp, text) == [quote]


def test_a_title_followed_by_its_byline_is_no_quotation(nlp):
    text = (
        "MUST READ—“Harbour towns fight rising rents,” by the Gazette's Ann Lee: "
        "“Councils along the coast are running out of options.”"
    )
    assert direct_texts(nlp, text) == ["Councils along the coast are running out of options."]


def test_a_short_quoted_object_of_a_verb_is_the_speakers_words(nlp):
    text = "The minister said the deal gives “real protection” to workers in the north."
    [quote] = find_quotes(nlp(text), [])
    assert quote.kind == "mixed"
    assert "“real protection”" in quote.text


def test_a_short_quoted_noun_after_a_determiner_is_a_term(nlp):
    text = "The minister said the port will become a “dry port” for the region."
    # a term, never a direct quote of its own; in the clause a speech cue reports, the
    # marks are the speaker's word, so the clause is mixed (PolNeAR's kind rule)
    [quote] = find_quotes(nlp(text), [])
    assert (quote.kind, quote.text) == ("mixed", "the port will become a “dry port” for the region")


def test_a_short_quoted_name_after_a_naming_verb_is_a_characterization(nlp):
    text = "She would rather stay in what he calls “chaos” than move to the capital."
    [quote] = find_quotes(nlp(text), [])
    assert (quote.kind, quote.text, quote.cue) == ("mixed", "what he calls “chaos”", "calls")


def test_a_colon_glued_to_the_name_before_a_quote_introduces_it(nlp):
    text = 'Rep. Jane Roe (D-N.J.):"Nobody here has seen that figure before today."'
    assert direct_texts(nlp, text) == ["Nobody here has seen that figure before today."]


def test_a_quoted_sentence_after_a_connective_is_a_quotation(nlp):
    text = (
        "“We will not back down,” Mayor Ines Varga said on Monday. "
        "Instead, “we will take the fight to the council and win it.”"
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Ines Varga"))
    assert [(q.kind, q.text, q.speaker_key) for q in quotes] == [
        ("direct", "We will not back down,", "a1"),
        ("direct", "we will take the fight to the council and win it.", "a1"),
    ]


def test_a_quoted_phrase_after_a_connective_stays_a_fragment(nlp):
    text = "The mayor praised the plan. But “fair shares” was her phrase, not theirs."
    assert direct_texts(nlp, text) == []


def test_a_quote_set_off_by_dashes_with_its_own_attribution_is_a_quotation(nlp):
    text = (
        "The mayor has turned against the bakery chain — “I will never buy their "
        "bread again,” she said — and wants a local supplier."
    )
    assert direct_texts(nlp, text) == ["I will never buy their bread again,"]


def test_a_phrase_in_marks_after_a_dash_stays_a_fragment(nlp):
    text = "He served two tours in the war - “thirteen months of hell” - and came home."
    assert direct_texts(nlp, text) == []


def test_the_words_of_chants_of_are_a_quotation(nlp):
    text = "The minister walked into the hall to chants of “Out! Out! Out!” from the dockworkers."
    assert direct_texts(nlp, text) == ["Out! Out! Out!"]


def test_a_name_after_a_plain_noun_and_of_is_no_quotation(nlp):
    text = "The minister spoke at the opening of “Harbour Days” on Saturday."
    assert direct_texts(nlp, text) == []
