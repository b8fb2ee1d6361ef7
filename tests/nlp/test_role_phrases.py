"""Tests for briefer.nlp.role_phrases: where a title or role phrase stands."""

from briefer.nlp.role_phrases import in_title_case_line, lexicon_title_start
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


def test_the_longest_listed_title_ending_at_its_head_word_is_found(nlp):
    doc = nlp("The Secretary of State met the press secretary and the minister.")
    words = [t.text for t in doc]
    assert lexicon_title_start(doc, words.index("State")) == words.index("Secretary")
    minister = words.index("minister")
    assert lexicon_title_start(doc, minister) == minister
