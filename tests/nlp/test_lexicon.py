"""Tests for briefer.nlp.lexicon: patterns built from the word lists."""

from briefer.nlp.lexicon import institution_pattern


def test_institution_names_are_found_among_lower_case_words_and_in_capitals():
    text = (
        "a grant from the Foundation for Strategic Research went to the "
        "USA TODAY NETWORK and to Hofstra University, while the university board waited."
    )
    found = [m.group() for m in institution_pattern().finditer(text)]
    assert found == ["Foundation for Strategic Research", "USA TODAY NETWORK", "Hofstra University"]
