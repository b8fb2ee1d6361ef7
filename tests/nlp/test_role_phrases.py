"""Tests for briefer.nlp.role_phrases: where a title or role phrase stands."""

from briefer.nlp.role_phrases import in_title_case_line
from briefer.nlp.speech import TEXT_KEY


def test_title_case_line_is_judged_on_the_documents_text_read_once(nlp):
    doc = nlp(
        "Mayor Signs New Budget For City Schools\n"
        "The mayor of Springfield signed the budget on Monday, aides said."
    )
    headline_word = next(t for t in doc if t.text == "Budget")
    body_word = next(t for t in doc if t.text == "Springfield")
    assert in_title_case_line(headline_word)
    assert not in_title_case_line(body_word)
    # The text spaCy rebuilds on every `doc.text` is kept for the next word.
    assert doc.user_data[TEXT_KEY] == doc.text
