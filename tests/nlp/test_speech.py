"""Speech and its subject (briefer/nlp/speech.py): speech that did not happen
(negated, refused, nobody's, only asked for) is no quote, and a participle's
speaker is the subject of the verb it goes with."""

from tests.nlp.test_attribution import actor, resolved_speakers, speakers


def test_negated_and_refused_speech_is_no_quote(nlp):
    # Decision (issue #11): speech that did not happen is not a quote by
    # that speaker, so the draft can never render it as the speaker's claim.
    text = (
        "The letters do not explicitly confirm that senior DOJ officials disagreed. "
        "Comey did not say that the emails were new. "
        "The spokesman declined to say whether the agency would act. "
        "She never said that she would resign. "
        "He refused to confirm that talks had stalled. "
        "He said that talks had not stalled."
    )
    assert [quote for quote, _ in speakers(nlp, text, [])] == ["talks had not stalled"]


def test_speech_nobody_made_is_no_quote(nlp):
    text = (
        "All three candidates issued statements, and none has said they want a ground war. "
        "No official has said the talks will resume. "
        "Neither candidate said the plan would work. "
        "Not one senator said the bill would pass. "
        "A senator who never voted said the bill would pass."
    )
    assert [quote for quote, _ in speakers(nlp, text, [])] == ["the bill would pass"]


def test_a_participle_after_a_comma_speaks_for_the_main_subject(nlp):
    # Both seen on a real New York Times story: the parser hung the participle
    # on the object ("attempt") or inside the clause asked about ("why ...").
    text = (
        "On Sunday Mr. Trump made a third attempt to deflect the criticism, writing on "
        "Twitter that the real issue was terrorism. Later Mr. Trump questioned why the "
        "woman did not speak at the convention, implying that she was forbidden to."
    )
    found = speakers(nlp, text, [actor(text, "a1", "Trump")])
    assert ("the real issue was terrorism", ["Trump"]) in found
    assert ("she was forbidden to", ["Trump"]) in found


def test_speech_only_asked_for_or_expected_is_no_quote(nlp):
    text = (
        "Sanders wants voters to recall that he opposed the war. "
        "The mayor urged residents to say that the plan had failed. "
        "Obama is expected to announce that troops will stay. "
        "Obama went on to say that troops would stay."
    )
    assert speakers(nlp, text, [actor(text, "a1", "Obama")]) == [
        ("troops would stay", ["Obama"])
    ]


def test_a_participle_after_a_forecast_gives_the_forecaster(nlp):
    text = (
        "Halvorsen Semiconductor Corp (HSMC.O) forecast third-quarter revenue below Wall Street "
        "estimates on Wednesday, saying new export curbs had cut off its customers."
    )
    actors = [actor(text, "a1", "Halvorsen Semiconductor Corp", type_="company")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["Halvorsen Semiconductor Corp"]


def test_a_participle_hung_on_the_subject_reports_for_the_subject(nlp):
    # "X, later alleging that ..., said ...": both claims are X's.
    # (The small model tags "Trump" here as an adjective and hangs the
    # participle on it.)
    text = (
        "Donald Trump spoke on Monday. Trump, later alleging that the mayor wanted to "
        "close the library, said he would sue the city."
    )
    actors = [actor(text, "a1", "Donald Trump", "Trump")]
    assert speakers(nlp, text, actors) == [
        ("the mayor wanted to close the library", ["Donald Trump"]),
        ("he would sue the city", ["Donald Trump"]),
    ]


def test_a_bare_verb_under_the_reports_modal_stays_in_the_report(nlp):
    # The seed article: "remain" (tagged present tense) goes on under "would".
    text = ("European officials suggest troops would focus on training Ukrainian forces and "
            "remain away from frontlines.")
    assert [quote for quote, _ in speakers(nlp, text, [])] == [
        "troops would focus on training Ukrainian forces and remain away from frontlines"
    ]


def test_an_event_that_underscores_something_is_no_speaker(nlp):
    text = ("The meeting, co-led by the two leaders, underscores the position of the "
            "“coalition of the willing,” a group of 30 nations.")
    actors = []
    speakers(nlp, text, actors)
    assert not any(a.name.lower() == "meeting" for a in actors)


def test_the_name_opening_a_sentence_before_a_participle_speaks_for_the_main_verb(nlp):
    # The parser takes the participle for the subject of "said".
    text = (
        "Voss, once again insisting - falsely - that Mayor Tom Ames planned to sell the park, "
        "said he would sue the city."
    )
    actors = [actor(text, "a1", "Voss"), actor(text, "a2", "Tom Ames", roles=["Mayor"])]
    assert ("he would sue the city", ["Voss"]) in speakers(nlp, text, actors)


def test_a_finite_verb_joined_to_a_past_perfect_in_the_report_goes_with_the_reporter(nlp):
    text = (
        "After the hearing, Tom Hale complained Mark Dunn unfairly had attacked him and "
        "questioned why Rita Dunn had not testified."
    )
    actors = [actor(text, "a1", "Tom Hale"), actor(text, "a2", "Mark Dunn"),
              actor(text, "a3", "Rita Dunn")]
    assert speakers(nlp, text, actors) == [
        ("Mark Dunn unfairly had attacked him", ["Tom Hale"]),
        ("why Rita Dunn had not testified", ["Tom Hale"]),
    ]


def test_a_present_participle_joined_to_a_modals_verb_in_the_report_goes_with_the_reporter(nlp):
    text = (
        "On Thursday, Mark Dunn expanded upon his calls for more patrols, warning followers "
        "online that the gang could easily enter the town and implying that some members of "
        "the gang might already be there."
    )
    actors = [actor(text, "a1", "Mark Dunn")]
    assert [names for _, names in speakers(nlp, text, actors)] == [["Mark Dunn"], ["Mark Dunn"]]


def test_a_verb_joined_to_the_adjective_of_the_one_before_goes_with_its_subject(nlp):
    # The parser joins the second "called" to "shameful", not to the first verb.
    text = (
        "Nobody asked about the council's plan, so Mayor Tom Hale, in need of a change of "
        "subject, brought it up himself. He called it \"shameful\" and called on leaders "
        "\"not to feed that dark impulse inside of us.\""
    )
    actors = [actor(text, "a1", "Tom Hale", roles=["Mayor"])]
    assert [names for _, names in resolved_speakers(nlp, text, actors)] == [
        ["Tom Hale"], ["Tom Hale"],
    ]


def test_a_participle_after_a_clause_an_adjective_takes_speaks_for_the_main_subject(nlp):
    text = (
        "Legal experts weren't surprised that the board isn't recommending a fine for the "
        "mayor, saying such a move would have set a bold new standard for such cases."
    )
    actors = [actor(text, "a1", "board", type_="government")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["Legal experts"]


def test_a_speech_verb_in_a_set_phrase_reports_nothing(nlp):
    text = (
        "That said, the council cannot pass the budget before June. "
        "All told, some 4,000 homes could lose power this winter. "
        "Only time will tell if the new levy holds. "
        "Ms. Ruiz posted a story that said the levy would double."
    )
    assert [quote for quote, _ in speakers(nlp, text, [])] == ["the levy would double"]


def test_a_clause_telling_when_the_words_were_said_is_no_quote(nlp):
    text = "“We will not back down,” Councillor Reyes said as some in the gallery booed."
    assert [quote for quote, _ in speakers(nlp, text, [])] == ["We will not back down,"]


def test_a_participle_after_quoted_words_goes_with_the_reporting_verb(nlp):
    text = ('Mara Quist, who covers retailers for Dunmore Partners, wrote that the new chief '
            '"fixes one problem but creates another," noting Hale had never run a store.')
    assert speakers(nlp, text, []) == [
        ('the new chief "fixes one problem but creates another,"', ["Mara Quist"]),
        ("Hale had never run a store", ["Mara Quist"]),
    ]


def test_the_writers_own_as_mentioned_above_reports_no_one(nlp):
    # A real column: "her only true executive experience, as mentioned above, is as
    # secretary of state" became a quote by a group "only true executive experience".
    from briefer.nlp.analyze import analyze_text

    analysis = analyze_text(nlp, "Her only real test, as mentioned above, was the budget of "
                                 "2019, and as noted earlier, she failed it.")
    assert analysis.quotes == []
    assert analysis.actors == []
