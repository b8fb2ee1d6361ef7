"""The tokens around quoted stretches (briefer/nlp/quote_context.py)."""

from briefer.nlp.quote_context import QuoteContext


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
