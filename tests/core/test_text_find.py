"""Find-in-article and the search filter's terms, as offsets into the text."""

from briefer.core.text_find import find_spans, search_term_spans, search_terms

TEXT = "The Budget office said budgets rise. Budgetary rules: 𝔘 budget."


def _words(spans):
    return [TEXT[start:end] for start, end in spans]


def test_find_ignores_case_and_returns_every_hit():
    assert _words(find_spans(TEXT, "budget")) == ["Budget", "budget", "Budget", "budget"]
    assert find_spans(TEXT, "") == []
    assert find_spans(TEXT, "a.b") == []  # the needle is text, not a pattern
    assert find_spans(TEXT, "budget", limit=2) == find_spans(TEXT, "budget")[:2]


def test_offsets_are_python_indices_past_wide_characters():
    start, end = find_spans(TEXT, "budget.")[0]
    assert TEXT[start:end] == "budget."


def test_search_terms_follow_the_full_text_rules():
    assert search_terms('"budget" OR rise*') == ["budget", "OR", "rise"]
    # Whole words, except the last word typed, which also starts longer words.
    assert _words(search_term_spans(TEXT, "budget")) == [
        "Budget", "budgets", "Budgetary", "budget"]
    assert _words(search_term_spans(TEXT, "budget rise")) == ["Budget", "rise", "budget"]
    assert search_term_spans(TEXT, "  ,, ") == []
