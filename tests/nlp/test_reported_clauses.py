"""Reported clauses on constructions real news uses: terms after speech
verbs, "called X “...”" the parser misreads, "as X noted", and "according
to X" after coordinated clauses. Sentences written for these tests."""

from briefer.nlp.reported_clauses import cue_pos_tokens
from tests.nlp.test_quotes import actor, quotes_of


def test_a_term_in_marks_after_a_speech_verb_is_the_speakers_words(nlp):
    text = "Maria Lund called for more “breathing room” for small lenders in the region."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.kind == "mixed"
    assert "“breathing room”" in quote.text
    assert quote.speaker_key == "a1"


def test_a_term_in_marks_after_an_attack_verb_is_the_speakers_words(nlp):
    text = "Maria Lund slammed the “reckless giveaway” her rivals had passed in March."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.kind == "mixed"
    assert quote.text.startswith("the “reckless giveaway”")
    assert quote.cue == "slammed"


def test_a_term_in_marks_after_another_verb_is_a_name(nlp):
    text = "The charter requires a “cooling-off period” for departing ministers."
    assert quotes_of(nlp, text) == []


def test_called_x_in_marks_is_mixed_even_when_the_parser_loses_the_object(nlp):
    text = (
        "Pavel Ostrov, speaking on a local station, called the governor a “coward,” "
        "and said the budget was a fraud."
    )
    ostrov = actor(text, "a1", "Pavel Ostrov")
    quotes = quotes_of(nlp, text, ostrov)
    called = [q for q in quotes if "coward" in q.text]
    assert [(q.kind, q.text, q.speaker_key) for q in called] == [
        ("mixed", "the governor a “coward,”", "a1")
    ]


def test_a_thing_called_a_name_in_marks_is_no_quote(nlp):
    text = "Donors gave to a fund called the “Prairie Futures Trust.”"
    assert quotes_of(nlp, text) == []


def test_refers_to_x_as_in_marks_is_mixed(nlp):
    text = "Maria Lund refers to the new tariff as “a tax on breakfast.”"
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert (quote.kind, quote.speaker_key) == ("mixed", "a1")
    assert quote.text.startswith("the new tariff as “a tax on breakfast")


def test_as_x_noted_reports_the_clause_after_it(nlp):
    text = "As the Harbor Ledger reported, the port authority lost money for a third year."
    ledger = actor(text, "a1", "Harbor Ledger", type_="media")
    [quote] = quotes_of(nlp, text, ledger)
    assert (quote.kind, quote.text, quote.speaker_key) == (
        "indirect",
        "the port authority lost money for a third year",
        "a1",
    )


def test_as_x_noted_after_the_clause_reports_the_clause_before_it(nlp):
    text = "Rents have doubled since 2019, as Maria Lund noted on Tuesday."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert (quote.text, quote.speaker_key) == ("Rents have doubled since 2019", "a1")


def test_as_in_time_with_a_speech_verb_is_no_source(nlp):
    text = "The crowd cheered as Maria Lund described her plan for the port."
    quotes = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert not any(q.text.startswith("The crowd") for q in quotes)


def test_according_to_after_two_coordinated_clauses_reports_both(nlp):
    text = (
        "The mayor raised $2 million from builders last year, and her rival raised "
        "$900,000, according to Maria Lund."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.text == (
        "The mayor raised $2 million from builders last year, and her rival raised $900,000"
    )
    assert quote.speaker_key == "a1"


def test_called_x_in_marks_runs_on_to_the_end_of_the_complement(nlp):
    text = "Maria Lund called the deal “a betrayal” of the dockworkers who built the port."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.kind == "mixed"
    assert quote.text == "the deal “a betrayal” of the dockworkers who built the port"


def test_called_x_in_marks_stops_before_a_second_verb_of_the_subject(nlp):
    text = "Maria Lund called the deal “a betrayal” and said she would vote against it."
    quotes = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    called = [q for q in quotes if "betrayal" in q.text]
    assert [q.text for q in called] == ["the deal “a betrayal”"]


def test_a_belief_verb_clause_with_quoted_words_is_mixed(nlp):
    text = "Maria Lund worried that the new rules were “a gift to speculators.”"
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert (quote.kind, quote.text, quote.speaker_key) == (
        "mixed",
        "the new rules were “a gift to speculators.”",
        "a1",
    )


def test_a_belief_verb_clause_without_quoted_words_is_no_quote(nlp):
    text = "Maria Lund worried that the new rules would favour speculators."
    assert quotes_of(nlp, text, actor(text, "a1", "Maria Lund")) == []


def test_as_x_noted_inside_the_clause_keeps_the_whole_clause(nlp):
    text = "The island, as Maria Lund pointed out, rarely sees two storms in one week."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.text == (
        "The island, as Maria Lund pointed out, rarely sees two storms in one week"
    )
    assert quote.speaker_key == "a1"


def test_called_on_x_to_starts_at_the_object_not_the_preposition(nlp):
    text = "Maria Lund called on the ministry to “stop hiding behind consultants” this year."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.kind == "mixed"
    assert quote.text.startswith("the ministry to “stop hiding")


def test_told_an_audience_that_reports_the_that_clause(nlp):
    text = "Maria Lund told a meeting of harbour pilots that the channel would be dredged."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert (quote.kind, quote.text, quote.speaker_key) == (
        "indirect",
        "the channel would be dredged",
        "a1",
    )


def test_quoted_words_after_a_nearer_cue_belong_to_its_clause(nlp):
    text = (
        "The ruling sparked a fierce debate, with Maria Lund telling reporters that "
        "the court had been “captured by lobbyists.”"
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert [(q.kind, q.text, q.speaker_key) for q in quotes] == [
        ("mixed", "the court had been “captured by lobbyists.”", "a1")
    ]


def test_an_infinitive_cue_inside_the_clause_does_not_cut_it(nlp):
    text = "Maria Lund said it was too early to tell whether the dam had failed."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.text == "it was too early to tell whether the dam had failed"


def test_a_participle_after_a_preposition_does_not_cut_the_clause(nlp):
    text = (
        "Maria Lund noted that her rival had been mocked in the valley for admitting "
        "that the mill would close."
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quotes[0].text == (
        "her rival had been mocked in the valley for admitting that the mill would close"
    )


def test_a_participle_cue_after_a_comma_still_ends_the_clause(nlp):
    text = "Maria Lund said the port was safe, adding that inspections would resume in May."
    quotes = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert [q.text for q in quotes] == [
        "the port was safe",
        "inspections would resume in May",
    ]


def test_according_to_after_a_but_clause_sources_the_whole_sentence(nlp):
    text = (
        "The mill reopened in May, but half its workers never came back, "
        "according to Maria Lund."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.text == "The mill reopened in May, but half its workers never came back"


def test_according_to_after_another_cue_keeps_to_its_own_clause(nlp):
    text = (
        "Officials said the mill would reopen, but half its workers never came back, "
        "according to Maria Lund."
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    lund = [q for q in quotes if q.speaker_key == "a1"]
    assert [q.text for q in lund] == ["half its workers never came back"]


def test_a_term_in_marks_inside_a_reported_clause_makes_it_mixed(nlp):
    text = "Maria Lund said the region was heading for a “slowcession” this winter."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert (quote.kind, quote.text) == (
        "mixed",
        "the region was heading for a “slowcession” this winter",
    )


def test_a_question_the_speaker_declined_to_answer_is_no_quote(nlp):
    text = "Asked whether the port would close this month, Maria Lund declined to comment."
    assert quotes_of(nlp, text, actor(text, "a1", "Maria Lund")) == []


def test_a_question_the_speaker_answered_is_still_found(nlp):
    text = "Asked whether the port would close, Maria Lund said the decision was not hers."
    quotes = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert "the decision was not hers" in [q.text for q in quotes]


def test_an_inserted_attribution_before_a_gerund_subject_keeps_the_sentence(nlp):
    text = (
        "Though the first merger went smoothly, Maria Lund said, replacing the board "
        "would be far harder."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Maria Lund"))
    assert quote.text.endswith("replacing the board would be far harder")


def test_a_cue_inside_a_reduced_relative_reports_that_clause_only(nlp):
    text = (
        "Farmers are also pressing on the ministry's choice to close the depots, "
        "a choice they say left whole valleys without feed."
    )
    farmers = actor(text, "a1", "Farmers", "they", type_="group")
    [quote] = quotes_of(nlp, text, farmers)
    assert quote.kind == "indirect"
    assert quote.text == "left whole valleys without feed"
    assert (quote.cue, quote.speaker_key) == ("say", "a1")


def test_as_x_put_it_gives_the_direct_quote_its_speaker(nlp):
    text = "As Senator Ines Varga put it, “The harbour is the town’s lungs.”"
    varga = actor(text, "a1", "Ines Varga")
    [quote] = quotes_of(nlp, text, varga)
    assert (quote.kind, quote.cue, quote.speaker_key) == ("direct", "put", "a1")


def test_as_x_put_it_after_a_quote_gives_it_the_speaker(nlp):
    text = "“The harbour is the town’s lungs,” as Ines Varga put it."
    varga = actor(text, "a1", "Ines Varga")
    [quote] = quotes_of(nlp, text, varga)
    assert (quote.kind, quote.speaker_key) == ("direct", "a1")


def test_as_x_put_it_reports_an_unquoted_clause(nlp):
    text = "As Mayor Ines Varga put it, the ferry deal was dead."
    varga = actor(text, "a1", "Ines Varga")
    [quote] = quotes_of(nlp, text, varga)
    assert (quote.kind, quote.text, quote.speaker_key) == (
        "indirect",
        "the ferry deal was dead",
        "a1",
    )


def test_put_without_as_it_is_no_cue(nlp):
    text = "The clerk put the ledger on the table as the mayor arrived."
    assert quotes_of(nlp, text) == []


def test_a_quote_after_a_colon_is_not_pulled_into_the_earlier_clause(nlp):
    text = (
        "Ines Varga asserted that the valley had become “a ghost town” after the mill "
        "closed: “The valley is no longer the valley,” she claimed."
    )
    varga = actor(text, "a1", "Ines Varga", "she")
    quotes = quotes_of(nlp, text, varga)
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "the valley had become “a ghost town” after the mill closed"),
        ("direct", "The valley is no longer the valley,"),
    ]
    assert {q.speaker_key for q in quotes} == {"a1"}


def test_a_verb_in_another_tense_goes_on_with_the_clause(nlp):
    text = "Ines Varga says the minister is ignoring the law and showing contempt for the courts."
    varga = actor(text, "a1", "Ines Varga")
    [quote] = quotes_of(nlp, text, varga)
    assert quote.text == "the minister is ignoring the law and showing contempt for the courts"


def test_a_comparison_hung_on_the_cue_is_not_reported(nlp):
    text = (
        "Most farmers say they have a favourable view of the minister, compared with "
        "40 percent who say the same of her deputy."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "they have a favourable view of the minister"


def test_a_contrast_hung_on_the_cue_is_not_reported(nlp):
    text = "Half of those polled say they want lower fares, while a fifth want more trains."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "they want lower fares"


def test_a_joining_word_left_between_two_reports_belongs_to_neither(nlp):
    text = (
        "Sixty percent said they were very worried about the housing market, and more "
        "than half said the country was on the wrong track."
    )
    assert [q.text for q in quotes_of(nlp, text)] == [
        "they were very worried about the housing market",
        "the country was on the wrong track",
    ]


def test_a_second_report_joined_after_the_clause_starts_its_own(nlp):
    text = (
        "Sixty percent said the mayor is honest and trustworthy, and three-quarters "
        "said the same of her rival."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the mayor is honest and trustworthy"


def test_a_second_that_clause_goes_on_with_the_first_report(nlp):
    text = "The minister said the tender was fair and that the port would open in May."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the tender was fair and that the port would open in May"


def test_a_question_put_before_a_quoted_reply_is_not_the_reply(nlp):
    text = (
        "Asked if it had seemed he was encouraging the strikers with his first remarks, "
        "Ines Varga replied, “Well, maybe so.”"
    )
    varga = actor(text, "a1", "Ines Varga")
    [quote] = quotes_of(nlp, text, varga)
    assert (quote.kind, quote.text, quote.speaker_key) == ("direct", "Well, maybe so.", "a1")


def test_a_joined_clause_back_in_the_cues_tense_is_the_narrative(nlp):
    # The report is in "would"; "approved" is in the tense of "said" again.
    text = (
        "The chief executive said the company would not cut jobs, and his board approved "
        "the budget an hour later."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "the company would not cut jobs"


def test_a_present_cue_then_a_present_clause_after_a_future_report(nlp):
    text = "The union says its members will strike on Monday, and the company is preparing plans."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "its members will strike on Monday"


def test_and_that_goes_on_reporting_whatever_its_tense(nlp):
    text = (
        "The union says its members will strike on Monday and that the company is preparing "
        "to close the plant."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == (
        "its members will strike on Monday and that the company is preparing to close the plant"
    )


def test_a_report_set_against_another_by_while_is_its_own_quote(nlp):
    text = (
        "Among renters, 64 percent said they are set on voting for the mayor, while 30 percent "
        "said they might change their mind."
    )
    assert [q.text for q in quotes_of(nlp, text)] == [
        "they are set on voting for the mayor",
        "they might change their mind",
    ]


def test_a_quote_after_a_dash_is_reported_by_the_cue_after_it(nlp):
    # The parser hangs both clauses on "said"; the one nearest the cue is its own.
    text = (
        "Mr. Oduya suggested the mayor had shown a fondness for strongmen — “He would have "
        "loved Franco,” Mr. Oduya said."
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Mr. Oduya", "Oduya"))
    assert [(q.kind, q.text, q.cue) for q in quotes] == [
        ("indirect", "the mayor had shown a fondness for strongmen", "suggested"),
        ("direct", "He would have loved Franco,", "said"),
    ]


def test_a_hyphen_set_as_a_dash_opens_the_quote_the_cue_reports(nlp):
    text = (
        "Ms. Adler praised the new budget - “It finally puts schools first,” Ms. Adler said."
    )
    quotes = quotes_of(nlp, text, actor(text, "a1", "Ms. Adler", "Adler"))
    assert ("direct", "It finally puts schools first,") in [(q.kind, q.text) for q in quotes]


def test_a_subject_the_parser_took_for_the_cues_object_opens_the_clause(nlp):
    text = (
        'The governor also argued the new pipeline, which is widely backed by farmers, '
        '"wouldn\'t move an inch" without state land.'
    )
    [quote] = quotes_of(nlp, text)
    assert quote.kind == "mixed"
    assert quote.text.startswith("the new pipeline, which is widely backed by farmers")
    assert quote.text.endswith("without state land")


def test_a_clause_with_a_gerund_subject_is_reported_whole(nlp):
    # The parser reads "seeing" as the cue's complement and hangs the
    # clause's verb under it.
    text = "The union leader said seeing so many nurses on the picket line was a good sign."
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.cue) == ("indirect", "said")
    assert quote.text == "seeing so many nurses on the picket line was a good sign"


def test_a_gerund_after_a_cue_with_a_time_clause_is_no_report(nlp):
    text = "Lena Holm recalled visiting the terminal when it was still open."
    assert quotes_of(nlp, text, actor(text, "a1", "Lena Holm")) == []


def test_according_to_x_set_inside_its_clause_reports_the_whole_sentence(nlp):
    text = (
        "Since the spring, according to the port authority, freight traffic through "
        "the harbour has fallen by a third."
    )
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.cue) == ("indirect", "according to")
    assert quote.text == text[:-1]


def test_according_to_x_after_a_whole_clause_reports_that_clause(nlp):
    text = "Freight traffic has fallen by a third, according to the port authority."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "Freight traffic has fallen by a third"


def test_according_to_x_between_two_clauses_reports_both(nlp):
    text = (
        "Freight traffic has fallen by a third, according to the port authority, "
        "although passenger numbers held steady."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.cue == "according to"
    assert quote.text == text[:-1]


def test_according_to_x_before_a_remark_reports_the_clause_before_it(nlp):
    text = (
        "Freight traffic has fallen by a third, according to the port authority, "
        "more than twice what the ministry had forecast."
    )
    [quote] = quotes_of(nlp, text)
    assert quote.text == "Freight traffic has fallen by a third"


def test_a_report_in_a_clause_before_the_main_one_stops_at_that_clause(nlp):
    text = (
        "Though Ines Varga praised the drivers and said the depot would stay open, "
        "the council voted to close it."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ines Varga"))
    assert quote.text == "the depot would stay open"


def test_a_question_opened_by_if_is_the_askers_reported_speech(nlp):
    # The parser reads the question's "if" as a condition on "asked".
    text = "Then Ms. Dahl asked the trainees if they were always so quiet."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ms. Dahl"))
    assert (quote.kind, quote.cue, quote.speaker_key) == ("indirect", "asked", "a1")
    assert quote.text == "if they were always so quiet"


def test_a_condition_on_a_reporting_verb_is_no_question(nlp):
    text = "Ms. Dahl said she would resign if the board cut the budget again."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ms. Dahl"))
    assert quote.text == "she would resign if the board cut the budget again"


def test_a_finite_verb_read_as_the_cues_complement_heads_the_report(nlp):
    # "left" is parsed as an open complement of "say".
    text = "Residents blame the closure of the mill, which they say left the town without a future."
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.cue, quote.text) == (
        "indirect", "say", "left the town without a future"
    )


def test_a_cue_set_inside_the_reported_sentence_reports_it_whole(nlp):
    # The parser makes "claimed" the root and "breaks" its second act.
    text = (
        "This kind of spending, the auditor claimed, breaks the council's own rules, "
        "and so the budget was frozen."
    )
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.cue) == ("indirect", "claimed")
    assert quote.text == text[: text.index(", and so")]


def test_a_closing_attribution_joined_to_the_sentence_reports_what_precedes_it(nlp):
    # The parser joins "said" to "hanging" as a second act.
    text = (
        "In nearby Tarn, the big paper mill is hanging on, but it is under heavy pressure "
        "from cheap imports, said the company's chief executive, Lena Holm."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Lena Holm"))
    assert (quote.kind, quote.cue, quote.speaker_key) == ("indirect", "said", "a1")
    assert quote.text == text[: text.index(", said")]


def test_a_closing_participle_is_no_attribution(nlp):
    text = "The senator started the day in Ohio, showing a gentler side on a morning show."
    assert quotes_of(nlp, text) == []


def test_an_impersonal_infinitive_cue_is_nobodys_report(nlp):
    for text in (
        "It is too soon to say whether the new ferry timetable will work.",
        "It's safe to say the mayor has lost patience with the port authority.",
        "It's worth noting that the harbour has been dredged twice since 2010.",
    ):
        assert quotes_of(nlp, text) == [], text


def test_a_set_phrase_linking_the_reporters_sentences_is_nobodys_report(nlp):
    for text in (
        "That said, the city council tends to be cautious about new taxes.",
        "Having said that, the budget is tight this year.",
        "That being said, the council will vote on Friday.",
    ):
        assert quotes_of(nlp, text) == [], text


def test_an_infinitive_cue_with_a_speaker_is_a_report(nlp):
    text = "Ines Varga was quick to note that the harbour had been dredged twice."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Ines Varga"))
    assert (quote.kind, quote.text) == ("indirect", "the harbour had been dredged twice")


def test_an_inverted_closing_cue_reports_all_before_its_comma(nlp):
    # The parser reads "plan signals" as a noun, so the clause has no verb.
    text = (
        "The rejection of the harbour plan signals “the beginning of the end” for the "
        "islands, said Lena Holm, head of the islanders' association."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Lena Holm"))
    assert (quote.kind, quote.cue, quote.speaker_key) == ("mixed", "said", "a1")
    assert quote.text == text[: text.index(", said")]


def test_a_that_clause_read_as_relative_after_a_time_phrase_is_the_report(nlp):
    # The parser hangs "that Ms. Lund was ..." on "hours" as a relative clause.
    text = (
        "He attacked her again, tweeting in the early morning hours that Ms. Lund was "
        "“disgusting” and had a past."
    )
    [quote] = quotes_of(nlp, text)
    assert (quote.kind, quote.cue) == ("mixed", "tweeting")
    assert quote.text == "Ms. Lund was “disgusting” and had a past"


def test_a_true_relative_clause_after_a_cue_reports_nothing(nlp):
    assert quotes_of(nlp, "She recalled the hours that she spent in the archive.") == []


def test_according_to_a_bare_common_noun_is_a_manner_not_a_source(nlp):
    text = (
        "The ministry said councils would get an extra £500m next year. "
        "The money would be shared according to need."
    )
    quotes = quotes_of(nlp, text)
    assert not any("shared" in q.text for q in quotes)


def test_a_gerund_read_as_a_noun_after_in_is_the_act_of_the_verbs_subject(nlp):
    text = (
        "Tom Hale would not back down. And he refused, generally, to concede that critics had "
        "a point in warning that shops might hire fewer workers if they had to pay far higher "
        "wages."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Tom Hale"))
    assert quote.text == "shops might hire fewer workers if they had to pay far higher wages"
    assert quote.speaker_key is not None and quote.speaker_key != "a1"


def test_cue_words_are_the_verbs_and_nouns_in_order(nlp):
    doc = nlp("The minister said on Friday that the budget would be cut.")
    assert [t.text for t in cue_pos_tokens(doc)] == [
        t.text for t in doc if t.pos_ in ("VERB", "AUX", "NOUN")
    ]
    assert "said" in [t.text for t in cue_pos_tokens(doc)]
    assert cue_pos_tokens(nlp("")) == []
