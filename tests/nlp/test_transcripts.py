"""Transcripts: labelled lines, interviewers, Q&A answers and forms of address."""

from briefer.nlp.analyze import analyze_text


def said(analysis):
    names = {a.key: a.name for a in analysis.actors}
    return [(q.text, [names[k] for k in q.speaker_keys]) for q in analysis.quotes]


def test_answers_of_a_q_and_a_are_the_interviewee_introduced_before(nlp):
    text = (
        "Talking Ports With an Economist\n\n"
        "Helen Marchetti is a senior fellow at the Harbour Institute. "
        "She spoke to us about shipping costs.\n\n"
        "Q: Why are freight rates rising again?\n\n"
        "A: Carriers cut capacity last winter, and demand came back faster than anyone planned.\n\n"
        "Q: Will it last?\n\n"
        "A: Not past the spring, in my view."
    )
    assert said(analyze_text(nlp, text)) == [
        ("Carriers cut capacity last winter, and demand came back faster than anyone planned.",
         ["Helen Marchetti"]),
        ("Not past the spring, in my view.", ["Helen Marchetti"]),
    ]


def test_speech_an_interviewer_reports_is_a_quote_the_question_is_not(nlp):
    text = (
        "Olga Brandt is the chair of the port authority.\n\n"
        "Q: Mayor Ruth Keller said on Friday that the dock would close. Is that right?\n\n"
        "A: No, it stays open."
    )
    found = said(analyze_text(nlp, text))
    assert found == [
        ("the dock would close", ["Ruth Keller"]),
        ("No, it stays open.", ["Olga Brandt"]),
    ]


def test_a_form_of_address_is_the_one_who_answers_never_a_speaker(nlp):
    text = (
        "MR. OKONJO: We have no further announcements today.\n\n"
        "QUESTION: Tunde, the rebels say they will hold the bridge. Will you respond?\n\n"
        "MR. OKONJO: We will respond at a time of our choosing."
    )
    analysis = analyze_text(nlp, text)
    found = said(analysis)
    assert ("they will hold the bridge", ["rebels"]) in found
    names = [a.name for a in analysis.actors]
    assert "Tunde" not in names and "Question" not in names
    okonjo = next(a for a in analysis.actors if a.name == "Okonjo")
    assert "Tunde" in [m.text for m in okonjo.mentions]


def test_an_interviewer_label_is_no_actor(nlp):
    text = (
        "GOVERNOR LINDQVIST: The roads reopen tomorrow.\n\n"
        "QUESTION: All of them?\n\n"
        "GOVERNOR LINDQVIST: All but the coastal route."
    )
    analysis = analyze_text(nlp, text)
    assert [a.name for a in analysis.actors if a.type == "person"] == ["Lindqvist"]
    assert [q.text for q in analysis.quotes] == [
        "The roads reopen tomorrow.", "All but the coastal route."
    ]


def test_speech_a_speaker_reports_in_a_line_is_a_quote_of_its_own(nlp):
    text = (
        "HOST: The refiners say prices will rise by winter. Do you agree?\n\n"
        "SEN. OKAFOR: No. The Energy Information Administration estimated that "
        "stocks would last until spring."
    )
    found = said(analyze_text(nlp, text))
    assert ("prices will rise by winter", ["refiners"]) in found
    assert ("stocks would last until spring", ["Energy Information Administration"]) in found
    assert [q for q, _ in found if q.startswith(("The refiners", "No."))] == [
        "The refiners say prices will rise by winter. Do you agree?",
        "No. The Energy Information Administration estimated that stocks would last until "
        "spring.",
    ]


def test_what_anyone_might_say_is_no_quote(nlp):
    text = (
        "A: I have no forecast, and I distrust anyone who says they know the date.\n\n"
        "Whoever claims the port is safe has not seen it, she said."
    )
    found = [q for q, _ in said(analyze_text(nlp, text))]
    assert "they know the date" not in found
    assert "the port is safe" not in found


def test_an_outlets_label_opens_no_transcript_line(nlp):
    text = (
        "The council approved the budget, Mayor Ruth Keller said.\n\n"
        "CORRECTION: An earlier version misstated that Keller said the vote was unanimous."
    )
    analysis = analyze_text(nlp, text)
    assert "Correction" not in [a.name for a in analysis.actors]
    assert not any(q.text.startswith("An earlier version") for q in analysis.quotes)


def test_a_reporter_naming_herself_addresses_no_one(nlp):
    text = (
        "CHIEF ODALYS: The road is closed until Monday.\n\n"
        "QUESTION: Priya Menon, WKRB. Will the school buses run?\n\n"
        "CHIEF ODALYS: Not tomorrow."
    )
    analysis = analyze_text(nlp, text)
    odalys = next(a for a in analysis.actors if a.name == "Odalys")
    assert "Priya Menon" not in [m.text for m in odalys.mentions]
