"""Tests for briefer.nlp.role_phrases: where a title or role phrase stands."""

from briefer.nlp.role_phrases import in_title_case_line, lexicon_title_start
from briefer.nlp.roles import title_before
from briefer.nlp.speech import TEXT_KEY
from tests.nlp.test_roles import person_readings


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


def test_a_bare_kind_noun_in_a_title_is_the_body_named_before(nlp):
    text = (
        "The minister will appear before the Public Accounts Committee on Friday. "
        "Committee Chairman Alan Breck said the questions would start with the budget."
    )
    doc, person, entity_at = person_readings(nlp, text, "Alan Breck")
    reading = title_before(doc, person, entity_at)
    assert reading.role == "Chairman"
    assert reading.affiliation.text == "Public Accounts Committee"


def test_a_kind_noun_after_a_name_keeps_its_title(nlp):
    text = "Judiciary Committee Chairman Alan Breck said the hearing would go ahead."
    doc, person, entity_at = person_readings(nlp, text, "Alan Breck")
    assert title_before(doc, person, entity_at).role == "Judiciary Committee Chairman"
