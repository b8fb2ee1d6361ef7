"""The tokens around quoted stretches (briefer/nlp/quote_context.py)."""

from briefer.nlp.quote_context import QuoteContext
from tests.nlp.test_quotes import actor, quotes_of


def test_only_the_sentences_where_a_quote_opens_are_marked(nlp):
    text = (
        "The minister spoke on Monday. She called the plan “a disaster” and left. "
        "Nobody answered her."
    )
    doc = nlp(text)
    marked = QuoteContext(doc).sentences_with_marks()
    by_sentence = {sent.text: {marked[t.i] for t in sent} for sent in doc.sents}
    assert by_sentence == {
        "The minister spoke on Monday.": {False},
        "She called the plan “a disaster” and left.": {True},
        "Nobody answered her.": {False},
    }


def test_an_apposition_the_parser_took_for_a_second_object_is_no_part_of_the_report(nlp):
    text = (
        "Mayor Ines Varga said some households would pay slightly more in fees, "
        "an admission her rivals quickly seized on."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "some households would pay slightly more in fees"


def test_an_object_set_after_an_inserted_word_stays_in_the_report(nlp):
    text = "Ines Varga said the council delivered, unprompted, a long plan for the depot."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the council delivered, unprompted, a long plan for the depot"


def test_an_apposition_after_a_quoted_phrase_is_the_writers_comment(nlp):
    text = (
        "Ines Varga said the budget was “a gift to the big lenders” - a jab at the "
        "finance minister she has long criticised."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ines Varga"))
    assert quote.text == "the budget was “a gift to the big lenders”"


def test_an_apposition_after_a_quoted_term_glosses_it(nlp):
    text = (
        "Ines Varga said the region was heading for a “slowcession” - a long stretch "
        "of weak growth without a recession."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ines Varga"))
    assert quote.text.endswith("a long stretch of weak growth without a recession")


def test_a_token_holding_any_quote_mark_is_a_mark(nlp):
    doc = nlp("He said: “Enough,” and then ''no more'' before he left.")
    context = QuoteContext(doc)
    marks = [t.text for t in doc if context.is_mark(t)]
    assert "“" in marks and "”" in marks and "''" in marks
    assert not any(context.is_mark(t) for t in doc if t.is_alpha)


def test_an_aside_between_two_dashes_leaves_the_clause_going_on(nlp):
    text = ("The senator has repeatedly pledged to ban all tourists — 40 million visitors a "
            "year — from entering the park.")
    [quote] = quotes_of(nlp, text)
    assert quote.text.endswith("from entering the park")


def test_an_apposition_describing_a_person_named_in_the_clause_is_cut(nlp):
    text = ("Analysts say the party would have to consider Rep. Dana Pruitt (D-Ore.), a former "
            "state treasurer and ambassador who can raise money quickly.")
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the party would have to consider Rep. Dana Pruitt (D-Ore.)"
