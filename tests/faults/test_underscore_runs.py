"""Attack pass: a long run of underscores hung the analysis.

spaCy's tokenizer splits a run of punctuation one mark at a time, so a run is
quadratic; runs are blanked before parsing, but "_" (and the other connector
punctuation) counts as a word character, so `"_" * 50_000` in a 100 KB text
file kept `briefer analyze` busy for minutes (16,000 underscores: 29 s).
"""

from __future__ import annotations

import pytest

from briefer.nlp.analyze import AFFIX_RUN, parseable


@pytest.mark.parametrize("mark", ["_", "\u203f", "\uff3f"])
def test_a_long_run_of_connector_punctuation_is_blanked(mark):
    text = "Signed: " + mark * 5000 + " The minister said so."
    parsed = parseable(text)
    assert len(parsed) == len(text)
    assert mark not in parsed
    assert parsed.endswith(" The minister said so.")


def test_a_mixed_run_of_stars_and_underscores_is_blanked_as_one():
    text = "*_" * 2000 + " end"
    assert parseable(text).strip() == "end"


def test_short_underscores_and_words_with_them_are_kept():
    text = "See snake_case and a blank ____ line."
    assert "_" * AFFIX_RUN not in text
    assert parseable(text) == text


def test_the_analysis_of_an_underscore_run_finishes_and_finds_the_quote(nlp):
    from briefer.nlp.analyze import analyze_text

    text = "_" * 20_000 + "\nThe minister said the budget would be cut next year."
    analysis = analyze_text(nlp, text)
    assert [quote.text for quote in analysis.quotes] == ["the budget would be cut next year"]
