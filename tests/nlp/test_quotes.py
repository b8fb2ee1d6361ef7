"""Quote spans: direct (split, multi-paragraph, nested), mixed, indirect, and non-quotes."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.core.records import ExtractedActor, Span
from briefer.nlp.quotes import find_quoted_regions, find_quotes


def actor(text: str, key: str, name: str, *surfaces: str, type_: str = "person", roles=()):
    """An actor with a mention at every occurrence of its name and surfaces."""
    mentions = []
    for surface in (name, *surfaces):
        for match in re.finditer(re.escape(surface), text):
            if not any(m.start <= match.start() < m.end for m in mentions):
                mentions.append(Span(match.start(), match.end(), surface))
    return ExtractedActor(key, name, type_, roles=list(roles), mentions=mentions)


def quotes_of(nlp, text, *actors):
    found = find_quotes(nlp(text), list(actors))
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    return found


def inside(text, region):
    return text[region.start : region.end]


# --- pairing quote marks -------------------------------------------------


def test_curly_and_straight_marks_pair_without_the_marks():
    text = "“We are ready,” she said. He replied: \"Not yet.\""
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == ["We are ready,", "Not yet."]


def test_single_quotes_nested_in_double_stay_inside():
    text = "“He told me ‘never again’ and left,” she said."
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == ["He told me ‘never again’ and left,"]


def test_quote_over_two_paragraphs_is_one_region_per_paragraph():
    text = "“The first part goes on.\n“And the second part ends here,” he said."
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == [
        "The first part goes on.",
        "And the second part ends here,",
    ]
    assert regions[0].close is None
    assert regions[1].close is not None


def test_stray_opening_mark_does_not_swallow_the_rest():
    text = "A stray “mark in this paragraph.\nLater she said: “This is real.”"
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == ["This is real."]


def test_stray_opening_mark_keeps_later_quotes_of_its_paragraph():
    text = "A stray “mark, and then “a real quote” follows."
    regions = find_quoted_regions(text)
    assert "a real quote" in [inside(text, r) for r in regions]


def test_doubled_single_marks_pair_as_one_mark():
    text = "''We will win,'' said Smith. She read ``Dubliners'' twice."
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == ["We will win,", "Dubliners"]
    assert text[regions[0].close : regions[0].outer_end] == "''"


def test_stray_closing_mark_is_ignored():
    text = "Nothing” here. He said: “Something.”"
    assert [inside(text, r) for r in find_quoted_regions(text)] == ["Something."]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"“”„«»‘’'")), max_size=200))
def test_pairing_any_text_never_raises_and_stays_in_range(text):
    for region in find_quoted_regions(text):
        assert 0 <= region.mark < region.start < region.end <= len(text)
        assert inside(text, region) == inside(text, region).strip()


# --- direct quotes ------------------------------------------------------


def test_speaker_after_the_quote(nlp):
    text = "“We are ready to talk,” said Anna Berg. She left early."
    berg = actor(text, "a1", "Anna Berg")
    [quote] = quotes_of(nlp, text, berg)
    assert (quote.text, quote.kind, quote.speaker_key, quote.cue) == (
        "We are ready to talk,",
        "direct",
        "a1",
        "said",
    )


def test_speaker_before_the_quote_with_colon_and_verb(nlp):
    text = "Anna Berg told reporters: “The deal is done and signed.”"
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.text, quote.speaker_key) == ("The deal is done and signed.", "a1")
    assert quote.cue == "told"


def test_colon_attribution_without_a_verb_has_no_cue(nlp):
    text = "Anna Berg: “We will not sign this agreement.”"
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.kind, quote.speaker_key, quote.cue) == ("direct", "a1", None)


def test_a_colon_quote_is_the_main_subjects_not_the_last_nouns_before_it(nlp):
    text = (
        "The Daily Ledger focuses on how many people the gunmen were able to kill in a "
        "shooting spree: “In taking 129 lives in half an hour, the attackers showed how deadly "
        "such weapons can be.”"
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Daily Ledger", type_="media"))
    assert (quote.kind, quote.speaker_key) == ("direct", "a1")


def test_signed_quote_takes_the_name_after_the_dash(nlp):
    text = "“The most unqualified child to ever run for president.” ― Anna Berg"
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.text, quote.speaker_key, quote.cue) == (
        "The most unqualified child to ever run for president.",
        "a1",
        None,
    )


def test_transcript_lines_are_direct_speech_of_the_named_speaker(nlp):
    text = (
        "Tom Hale interviewed Anna Berg.\n"
        "HALE: Let us start with the budget and the vote on Friday.\n"
        "BERG: The budget will pass, I am sure of it.\n"
        "Also Read: Berg Wins Budget Vote"
    )
    hale, berg = actor(text, "a1", "Tom Hale"), actor(text, "a2", "Anna Berg")
    quotes = quotes_of(nlp, text, hale, berg)
    assert [(q.text, q.speaker_key, q.cue) for q in quotes] == [
        ("Let us start with the budget and the vote on Friday.", "a1", None),
        ("The budget will pass, I am sure of it.", "a2", None),
    ]


def test_split_quote_is_two_records_with_one_speaker(nlp):
    text = "“First part of it,” Anna Berg said, “and the second part.”"
    quotes = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert [q.text for q in quotes] == ["First part of it,", "and the second part."]
    assert {q.speaker_key for q in quotes} == {"a1"}
    assert {q.kind for q in quotes} == {"direct"}


def test_multi_paragraph_quote_is_one_record_per_paragraph(nlp):
    text = (
        "Anna Berg said: “The first paragraph of the statement.\n"
        "“The second paragraph of the statement.”\n"
        "The meeting ended."
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert [q.text for q in quotes] == [
        "The first paragraph of the statement.",
        "The second paragraph of the statement.",
    ]
    assert [q.speaker_key for q in quotes] == ["a1", "a1"]


def test_following_quote_in_the_paragraph_keeps_the_speaker(nlp):
    text = "“We will go,” Anna Berg said. “Nobody can stop us now.”"
    quotes = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert [(q.text, q.speaker_key) for q in quotes] == [
        ("We will go,", "a1"),
        ("Nobody can stop us now.", "a1"),
    ]


def test_nested_quote_stays_inside_its_outer_record(nlp):
    text = "“He told me ‘never again’ and walked out,” Anna Berg said."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert quote.text == "He told me ‘never again’ and walked out,"


def test_quote_without_a_speaker_has_speaker_null(nlp):
    text = "The banner read on. “We will never give up the fight for our homes.”"
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker_key, quote.speaker_keys) == ("direct", None, [])


# --- mixed quotes -------------------------------------------------------


def test_mixed_quote_is_the_reported_clause_with_its_marks(nlp):
    text = 'Anna Berg said the bank was "in a good place" but not ready for new loans.'
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert quote.kind == "mixed"
    assert quote.text == 'the bank was "in a good place" but not ready for new loans'
    assert (quote.speaker_key, quote.cue) == ("a1", "said")


def test_described_as_runs_from_the_object_to_the_end_of_the_complement(nlp):
    # The condition after the marks is part of the claim: cutting at the
    # closing mark would make "impossible" unconditional.
    text = "Anna Berg described the plan as “impossible” without more money."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.kind, quote.text, quote.cue) == (
        "mixed",
        "the plan as “impossible” without more money",
        "described",
    )


def test_a_verb_whose_complement_holds_quoted_words_is_mixed(nlp):
    text = "Anna Berg mocked Tom Hale for “having a tough night” in the debate."
    berg, hale = actor(text, "a1", "Anna Berg"), actor(text, "a2", "Tom Hale")
    [quote] = quotes_of(nlp, text, berg, hale)
    assert (quote.kind, quote.text, quote.speaker_key, quote.cue) == (
        "mixed",
        "Tom Hale for “having a tough night” in the debate",
        "a1",
        "mocked",
    )


# --- indirect quotes ----------------------------------------------------


def test_indirect_after_that(nlp):
    text = "Anna Berg warned that the talks could collapse within days."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.kind, quote.text, quote.speaker_key, quote.cue) == (
        "indirect",
        "the talks could collapse within days",
        "a1",
        "warned",
    )


def test_indirect_without_that_runs_from_after_the_cue(nlp):
    text = "Anna Berg told Reuters the plan was dead."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.text, quote.cue) == ("the plan was dead", "told")


def test_attribution_after_the_clause_takes_the_clause_before_the_comma(nlp):
    text = "The talks have failed, Anna Berg said."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.text, quote.speaker_key) == ("The talks have failed", "a1")


def test_attribution_inside_the_sentence_keeps_the_whole_sentence(nlp):
    text = "Lenox was a juggernaut, Anna Berg said, until it went bankrupt in 1999."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert quote.text == "Lenox was a juggernaut, Anna Berg said, until it went bankrupt in 1999"
    assert quote.speaker_key == "a1"


def test_according_to_before_and_after_the_clause(nlp):
    text = (
        "According to Anna Berg, the factory will close next year.\n"
        "The factory will reopen later, according to Tom Hale."
    )
    berg, hale = actor(text, "a1", "Anna Berg"), actor(text, "a2", "Tom Hale")
    quotes = quotes_of(nlp, text, berg, hale)
    assert [(q.text, q.speaker_key, q.cue) for q in quotes] == [
        ("the factory will close next year", "a1", "According to"),
        ("The factory will reopen later", "a2", "according to"),
    ]


def test_clause_runs_to_the_sentence_end(nlp):
    text = "Anna Berg said he was rooting for the home team but would now back the visitors."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert quote.text == "he was rooting for the home team but would now back the visitors"


def test_that_clause_hung_on_a_noun_of_the_cue(nlp):
    text = "Anna Berg said in a statement that the strike would go on."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert (quote.text, quote.cue) == ("the strike would go on", "said")


# --- not quotes ---------------------------------------------------------


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = (
        "The so-called “coalition of the willing” met again. "
        "A “reassurance force” was discussed. "
        "She read the book “War and Peace” twice."
    )
    assert quotes_of(nlp, text) == []


def test_speech_acts_without_a_reported_clause_and_beliefs_are_not_quotes(nlp):
    # An accusation is one: "accused Tom Hale of lying" (test_phrase_cues).
    text = (
        "Anna Berg urged France to act quickly. "
        "Anna Berg expects prices to rise. "
        "Anna Berg believes that prices will rise."
    )
    berg = actor(text, "a1", "Anna Berg")
    assert quotes_of(nlp, text, berg) == []


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            ["He said", "“", "”", '"', "«", "»", "„", "that", "the plan", "failed", ",", ".",
             "\n", "according to", "Smith", ":", "‘", "’", "\u00a0", "𝔘", "x"]
        ),
        max_size=40,
    )
)
def test_any_text_never_raises_and_every_span_is_in_range(nlp, words):
    text = " ".join(words)
    for quote in find_quotes(nlp(text), []):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "indirect", "mixed")


def test_closing_mark_opening_a_paragraph_opens_the_quote():
    text = "Readers wrote in.\n”The debate scared me. He is not fit to lead.” ― Ana Diaz"
    regions = find_quoted_regions(text)
    assert [inside(text, r) for r in regions] == ["The debate scared me. He is not fit to lead."]


def test_that_clause_of_a_reporting_noun_is_indirect_speech(nlp):
    text = (
        "Tom Hale repeated his claim that the mine had been sold. "
        "The Finance Ministry issued a statement that the talks had collapsed. "
        "The claim that he made was false."
    )
    hale = actor(text, "a1", "Tom Hale")
    ministry = actor(text, "a2", "Finance Ministry", type_="organization")
    found = quotes_of(nlp, text, hale, ministry)
    assert [(q.text, q.kind, q.cue, q.speaker_keys) for q in found] == [
        ("the mine had been sold", "indirect", "claim", ["a1"]),
        ("the talks had collapsed", "indirect", "statement", ["a2"]),
    ]


def test_a_clause_of_reports_answered_is_not_the_answerers(nlp):
    text = "Senator Maria Lund responded to reports that the council had misused the grant."
    found = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert [(q.text, q.cue, q.speaker_keys) for q in found] == [
        ("the council had misused the grant", "reports", [])
    ]


def test_transcript_line_in_quote_marks_is_one_record_without_the_name(nlp):
    text = (
        "Tom Hale interviewed Anna Berg.\n"
        "\"HALE: Will the budget pass on Friday?\n"
        "\"BERG: The budget will pass, I am sure of it.\""
    )
    hale, berg = actor(text, "a1", "Tom Hale"), actor(text, "a2", "Anna Berg")
    quotes = quotes_of(nlp, text, hale, berg)
    assert [(q.text, q.speaker_key) for q in quotes] == [
        ("Will the budget pass on Friday?", "a1"),
        ("The budget will pass, I am sure of it.", "a2"),
    ]


def test_reported_clause_stops_at_the_full_stop_before_a_quote(nlp):
    # The parser hangs the doubled mark on the first sentence and runs the
    # reported clause on into the quote of the next one.
    text = (
        "Anna Berg said she was not worried about the ships of the other fleets. "
        "''I view them as a disciplined navy,'' Admiral Tom Hale said."
    )
    found = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"), actor(text, "a2", "Tom Hale"))
    assert [(q.text, q.kind) for q in found] == [
        ("she was not worried about the ships of the other fleets", "indirect"),
        ("I view them as a disciplined navy,", "direct"),
    ]


def test_short_quoted_sentence_after_an_attributed_quote_is_direct(nlp):
    text = (
        "“We are not a burden on this city,” Anna Berg added. “We are Lyon.” "
        "The “Fair Deal” failed."
    )
    found = quotes_of(nlp, text, actor(text, "a1", "Anna Berg"))
    assert [(q.text, q.kind, q.speaker_key) for q in found] == [
        ("We are not a burden on this city,", "direct", "a1"),
        ("We are Lyon.", "direct", "a1"),
    ]


def test_inserted_attribution_before_a_participle_ends_the_quote(nlp):
    text = (
        "“We have shown the world what we can do,” Tom Hale said, "
        "not even needing to name the rival who had left."
    )
    found = quotes_of(nlp, text, actor(text, "a1", "Tom Hale"))
    assert [(q.text, q.kind, q.speaker_key) for q in found] == [
        ("We have shown the world what we can do,", "direct", "a1"),
    ]


def test_quote_with_a_described_speaker_after_it_stays_direct(nlp):
    text = (
        "The hall was full. “We have had better meetings than this one,” "
        "Texas delegate Bill Eastland, wearing a cowboy hat and boots, said with a shrug."
    )
    found = quotes_of(nlp, text, actor(text, "a1", "Bill Eastland"))
    assert [(q.text, q.kind, q.cue, q.speaker_key) for q in found] == [
        ("We have had better meetings than this one,", "direct", "said", "a1"),
    ]


def test_clauses_without_a_reported_statement_are_not_indirect(nlp):
    text = (
        "Tom Hale took to the radio overnight to call the plan a “disaster.” "
        "A new survey shows Anna Berg leading in the north. "
        "According to the mayor, basically."
    )
    found = quotes_of(nlp, text, actor(text, "a1", "Tom Hale"), actor(text, "a2", "Anna Berg"))
    assert [q.kind for q in found] == ["mixed"]
    assert "disaster" in found[0].text


def test_british_single_quote_marks_are_quotes(nlp):
    text = (
        "‘We will not be rushed,’ the minister said. The firm’s chief executive "
        "said the deal was ‘a step backwards’ for exporters."
    )
    found = find_quotes(nlp(text), [])
    assert [(q.kind, q.text) for q in found][:1] == [("direct", "We will not be rushed,")]
    assert any(q.kind == "mixed" and "‘a step backwards’" in q.text for q in found)


def test_single_marks_are_apostrophes_where_double_marks_quote(nlp):
    text = "“It’s the members’ decision,” the chairman said of the party’s ‘reset’."
    found = find_quotes(nlp(text), [])
    assert [q.text for q in found] == ["It’s the members’ decision,"]


def test_words_a_crowd_chanted_are_a_direct_quote(nlp):
    text = (
        "When the minister arrived, the dockworkers chanted, “Open the gates!” "
        "Later the strikers marched to the square, chanting “No more cuts.”"
    )
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.cue) for q in quotes] == [
        ("direct", "Open the gates!", "chanted"),
        ("direct", "No more cuts.", "chanting"),
    ]


def test_a_retort_after_a_quote_cues_it(nlp):
    text = (
        "Tom Reyes said the city had lost its soul: \"This city is no longer itself,\" he "
        "claimed. \"This city will always be itself,\" an angry Mayor Dana Wells retaliated."
    )
    actors = [
        ExtractedActor("a1", "Tom Reyes", "person", mentions=[Span(0, 9, "Tom Reyes")]),
        ExtractedActor("a2", "Dana Wells", "person",
                       mentions=[Span(text.index("Dana Wells"), text.index("Dana Wells") + 10,
                                      "Dana Wells")]),
    ]
    found = {q.text: q.speaker_key for q in find_quotes(nlp(text), actors)}
    assert found["This city will always be itself,"] == "a2"



def test_a_paragraph_of_quote_after_a_statement_issued_is_the_issuers(nlp):
    # A real convention story: the party's apology, a paragraph all quote after "the DNC
    # issued a statement apologizing ... for the emails, which included staff members
    # suggesting ...", went to "staff members".
    text = (
        "At Ruiz's direction, the council issued a statement apologizing to Hale for the "
        "emails, which included staff members suggesting someone should question his "
        "record.\n\n"
        "“On behalf of everyone at the council, we want to offer a deep apology to Mr. Hale. "
        "We do not tolerate such language.”"
    )
    found = quotes_of(nlp, text, actor(text, "a1", "council"), actor(text, "a2", "Hale"))
    [direct] = [q for q in found if q.kind == "direct"]
    assert direct.speaker_key == "a1"


def test_a_title_line_set_apart_is_no_quote_but_a_first_sentence_is(nlp):
    titled = (
        "Care home chain kept residents in damp rooms, inspectors and staff say\n\n"
        "Residents were kept in damp rooms, staff said."
    )
    assert [q.text for q in find_quotes(nlp(titled), [])] == ["Residents were kept in damp rooms"]
    # A headline ending with a full stop, or a first paragraph, may hold a quote.
    untitled = "Residents were kept in damp rooms, staff said.\n\nThe firm denied it."
    assert [q.text for q in find_quotes(nlp(untitled), [])] == ["Residents were kept in damp rooms"]
