"""Pairing quote marks where the text is careless (quote_marks)."""

from briefer.nlp.quote_marks import find_quoted_regions, single_as_double


def inside(text, region):
    return text[region.start : region.end]


def test_a_straight_mark_glued_to_a_word_after_a_full_stop_opens_a_quote():
    text = '"It was all a lie," said a farmer near the border."We were cheated."'
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == ["It was all a lie,", "We were cheated."]


def test_a_mark_inside_markup_opens_no_quote():
    text = '<tweet id="6721530">Thinking of the families tonight.</tweet>'
    assert find_quoted_regions(text) == []


def test_a_quote_left_unclosed_at_the_end_of_its_paragraph_runs_to_the_end():
    text = (
        "“The plan is dead,” said the mayor. “We will start again in spring and "
        "ask the council for money.\n\nHe left the hall soon after."
    )
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == [
        "The plan is dead,",
        "We will start again in spring and ask the council for money.",
    ]
    assert regions[1].close is None


def test_an_unclosed_mark_inside_a_sentence_is_still_a_stray_mark():
    text = "A stray “mark in this paragraph.\n\nLater she said: “This is real.”"
    assert [inside(text, r) for r in find_quoted_regions(text)] == ["This is real."]


def test_a_plural_possessive_inside_a_british_quote_does_not_close_it():
    text = (
        "‘We were given three weeks’ warning of the change,’ said the head of the "
        "hauliers’ association. ‘That is not enough.’"
    )
    converted = single_as_double(text)
    assert [inside(text, r) for r in find_quoted_regions(converted)] == [
        "We were given three weeks’ warning of the change,",
        "That is not enough.",
    ]


def test_a_british_quote_closed_before_its_sentence_ends():
    text = "Officials said firms had been given ‘ample guidance’ and ‘clear rules’."
    converted = single_as_double(text)
    assert [inside(text, r) for r in find_quoted_regions(converted)] == [
        "ample guidance",
        "clear rules",
    ]


def test_a_misturned_mark_after_an_invisible_direction_mark_opens_the_quote():
    text = "\u202a”We will not stop here,” wrote one reader."
    assert [inside(text, r) for r in find_quoted_regions(text)] == ["We will not stop here,"]


def test_marks_are_paired_in_order_across_a_long_paragraph_with_a_stray_mark():
    # Pairing jumps from mark to mark: a stray opening mark gives way to the
    # next one, and marks late in a long paragraph still pair.
    filler = "The council met again on Tuesday and the vote was put off. " * 40
    text = (
        f"“We want a vote,” the mayor said. {filler}A stray “mark, then "
        "“a second quote” and “a last one.”\n\n“New paragraph,” she said."
    )
    assert [inside(text, r) for r in find_quoted_regions(text)] == [
        "We want a vote,",
        "a second quote",
        "a last one.",
        "New paragraph,",
    ]
