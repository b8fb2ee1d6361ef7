"""A lone capitalised label is a section label, not a transcript turn (transcripts)."""

from briefer.nlp.quotes import find_quotes


def test_a_lone_label_line_is_no_quote(nlp):
    text = (
        "UPDATE: The council has since withdrawn the proposal.\n\n"
        "The mayor had backed the plan for months."
    )
    assert find_quotes(nlp(text), []) == []


def test_two_labelled_turns_are_a_transcript(nlp):
    text = (
        "HOLT: Will you accept the result of the election?\n\n"
        "MORALES: I will accept it if it is fair."
    )
    quotes = find_quotes(nlp(text), [])
    assert [q.text for q in quotes] == [
        "Will you accept the result of the election?",
        "I will accept it if it is fair.",
    ]
    assert all(q.kind == "direct" for q in quotes)
