"""Speech and its subject (briefer/nlp/speech.py): speech that did not happen
(negated, refused, nobody's, only asked for) is no quote, and a participle's
speaker is the subject of the verb it goes with."""

from tests.nlp.test_attribution import actor, speakers


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
