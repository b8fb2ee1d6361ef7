"""Speakers: cue subjects, pronouns, titles, joint and anonymous sources, spokespeople, groups."""

import re

from briefer.core.records import ExtractedActor, Span
from briefer.nlp.actors import resolve_reference
from briefer.nlp.attribution import speech_lexicon
from briefer.nlp.quotes import find_quotes


def actor(text: str, key: str, name: str, *surfaces: str, type_: str = "person", roles=()):
    """An actor with a mention at every occurrence of its name and surfaces."""
    mentions = []
    for surface in (name, *surfaces):
        for match in re.finditer(re.escape(surface), text):
            if not any(m.start <= match.start() < m.end for m in mentions):
                mentions.append(Span(match.start(), match.end(), surface))
    return ExtractedActor(key, name, type_, roles=list(roles), mentions=mentions)


def speakers(nlp, text, actors):
    """(quote text, speaker names) of every quote, looked up in the grown actor list."""
    found = find_quotes(nlp(text), actors)
    names = {a.key: a.name for a in actors}
    return [(q.text, [names[k] for k in q.speaker_keys]) for q in found]


def test_lexicon_tells_reporting_verbs_from_belief_verbs():
    lexicon = speech_lexicon()
    assert {"say", "warn", "note", "argue", "insist", "tell"} <= lexicon.reporting_verbs
    assert {"expect", "believe", "think"} <= lexicon.belief_verbs
    assert not lexicon.reporting_verbs & lexicon.belief_verbs
    assert ("according", "to") in lexicon.according_phrases


def test_anonymous_sources_speak_as_unnamed_groups(nlp):
    # Decision (issue #11): "X, officials said" gives the officials, an
    # unnamed group actor, never the nearest name; one actor per description.
    text = (
        "One EU diplomat said the deal was close. "
        "Analysts said the market would fall. "
        "Critics say the bill is flawed. "
        "Experts warn that the plan would fail. "
        "Another diplomat said the talks would go on."
    )
    actors = [actor(text, "a1", "EU", type_="organization")]
    result = speakers(nlp, text, actors)
    assert [names for _, names in result] == [
        ["EU diplomat"], ["Analysts"], ["Critics"], ["Experts"], ["diplomat"]
    ]
    unnamed = [a for a in actors if a.key != "a1"]
    assert all(a.type == "group" for a in unnamed)
    # Unnamed people speak in the "anonymous" voice, experts or not.
    assert not any(a.is_expert for a in unnamed)


def test_a_name_near_an_anonymous_source_is_not_the_speaker(nlp):
    text = (
        "Hillary Clinton spoke in Ohio. A search warrant could be relevant to "
        "the inquiry, officials said."
    )
    actors = [actor(text, "a1", "Hillary Clinton")]
    assert speakers(nlp, text, actors) == [
        ("A search warrant could be relevant to the inquiry", ["officials"])
    ]


def test_a_body_named_by_its_kind_is_the_body_mentioned_before(nlp):
    text = (
        "The Federal Emergency Management Agency sent teams on Monday. "
        "The agency said that more help would come."
    )
    actors = [actor(text, "a1", "Federal Emergency Management Agency", type_="government")]
    assert speakers(nlp, text, actors) == [
        ("more help would come", ["Federal Emergency Management Agency"])
    ]


def test_a_poll_speaks_for_its_author_or_for_no_one(nlp):
    text = (
        "A Quinnipiac University poll found that voters were split. "
        "The poll found that turnout would be high. "
        "A study found that prices rose. "
        "Someone asked whether the vote would be delayed."
    )
    actors = [actor(text, "a1", "Quinnipiac University", type_="organization")]
    assert speakers(nlp, text, actors)[:3] == [
        ("voters were split", ["Quinnipiac University"]),
        ("turnout would be high", ["Quinnipiac University"]),
        ("prices rose", []),
    ]


def test_spokesperson_of_a_body_speaks_for_the_body(nlp):
    text = "A spokesman for the State Department said that the embassy would stay open."
    actors = [actor(text, "a1", "State Department", type_="organization")]
    assert speakers(nlp, text, actors) == [
        ("the embassy would stay open", ["State Department"])
    ]


def test_named_group_speaks_as_a_group_actor(nlp):
    # Decision for the seed's "European officials suggest ...": a plural body
    # named by a nationality is a group that speaks, not an anonymous source.
    text = "European officials suggest troops would stay away from the front."
    actors = [actor(text, "a1", "European", type_="group")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["European officials"]
    group = next(a for a in actors if a.name == "European officials")
    assert group.type == "group"
    assert group.mentions[0].text == "European officials"


def test_speaker_missed_by_the_entity_recogniser_becomes_an_actor(nlp):
    text = "“The river is rising fast,” said Xiomara Quenby-Tallis."
    actors: list[ExtractedActor] = []
    [(quote, names)] = speakers(nlp, text, actors)
    assert quote == "The river is rising fast,"
    assert len(actors) == 1
    assert names == [actors[0].name]
    assert "Quenby-Tallis" in actors[0].name
    mention = actors[0].mentions[0]
    assert text[mention.start : mention.end] == mention.text


def test_surname_alone_finds_the_full_name(nlp):
    text = "Anna Berg chairs the panel. Later, Berg noted that the vote was close."
    actors = [actor(text, "a1", "Anna Berg")]
    assert speakers(nlp, text, actors) == [("the vote was close", ["Anna Berg"])]
    assert any(m.text == "Berg" for m in actors[0].mentions)


def test_quote_after_a_glued_mark_has_its_cue_and_speaker(nlp):
    text = "Anna Berg said,“We will not sign this treaty.”"
    actors = [actor(text, "a1", "Anna Berg")]
    [quote] = find_quotes(nlp(text), actors)
    assert (quote.text, quote.cue, quote.speaker_key) == (
        "We will not sign this treaty.", "said", "a1"
    )


def test_speaker_span_is_the_words_the_attribution_used(nlp):
    text = (
        "Anna Berg chairs the panel. She said the vote was close. "
        "A spokeswoman for the State Department said that talks would resume. "
        "Analysts said the market would fall."
    )
    actors = [
        actor(text, "a1", "Anna Berg"),
        actor(text, "a2", "State Department", type_="organization"),
    ]
    found = find_quotes(nlp(text), actors)
    spans = [(q.speaker_key, q.speaker_span.text) for q in found]
    assert spans == [
        ("a1", "She"),
        ("a2", "A spokeswoman for the State Department"),
        ("a3", "Analysts"),
    ]
    for quote in found:
        span = quote.speaker_span
        assert text[span.start : span.end] == span.text


def test_unattributed_quote_has_no_speaker_span(nlp):
    text = "The hall was quiet. “Nobody moved.”"
    [quote] = find_quotes(nlp(text), [])
    assert quote.speaker_span is None


def test_day_after_the_cue_is_not_the_speaker(nlp):
    text = (
        "The inquiry goes on.\n"
        "“We will finish this work,” Harbour Chief Tom Hale said Monday. “Nobody will stop us.”"
    )
    actors = [actor(text, "a1", "Tom Hale")]
    found = find_quotes(nlp(text), actors)
    assert [(q.text, q.speaker_key) for q in found] == [
        ("We will finish this work,", "a1"),
        ("Nobody will stop us.", "a1"),
    ]
    assert all("Monday" not in q.speaker_span.text for q in found)


def test_a_medium_or_a_quoted_title_never_speaks(nlp):
    text = (
        "Michael Flynn spoke on Thursday.\n\n"
        "“He's absolutely right,” Flynn, a top Trump surrogate, said Thursday morning "
        "on Fox News’s “Fox and Friends.”"
    )
    actors = [actor(text, "a1", "Michael Flynn", "Flynn"),
              actor(text, "a2", "Fox and Friends", type_="media")]
    assert speakers(nlp, text, actors) == [("He's absolutely right,", ["Michael Flynn"])]


def test_a_share_of_those_polled_speaks_as_an_unnamed_group(nlp):
    text = "Another 19 percent said they would not pick either candidate."
    actors = []
    assert speakers(nlp, text, actors) == [
        ("they would not pick either candidate", ["19 percent"])
    ]
    assert actors[0].type == "group"


def test_transcript_labels_name_people_without_their_titles(nlp):
    from briefer.nlp.analyze import analyze_text

    text = (
        "SEN. BRANNIGAN: The committee will come to order. Chairman Pearson, you may begin.\n\n"
        "MR. PEARSON: Thank you, Senator. The margin is thin this winter.\n\n"
        "QUESTION: Will prices rise?\n\n"
        "SEN. BRANNIGAN: We will see."
    )
    analysis = analyze_text(nlp, text)
    people = {a.key: a for a in analysis.actors if a.type == "person"}
    speakers_by_quote = [[people[k].name for k in q.speaker_keys] for q in analysis.quotes]
    assert speakers_by_quote == [["Brannigan"], ["Pearson"], ["Brannigan"]]
    brannigan = next(a for a in people.values() if a.name == "Brannigan")
    assert "senator" in brannigan.roles


def resolved_speakers(nlp, text, actors):
    """`speakers` with the article's pronoun and title resolver, as the analysis runs it."""
    found = find_quotes(nlp(text), actors, resolver=resolve_reference)
    names = {a.key: a.name for a in actors}
    return [(q.text, [names[k] for k in q.speaker_keys]) for q in found]


def test_a_quote_is_not_spoken_by_a_person_it_names(nlp):
    text = (
        "Although it was far from the last word on Hillary Clinton’s email scandal, Attorney "
        "General Loretta Lynch took the last step Wednesday of announcing that the department "
        "would not prosecute.\n\n“I met with career prosecutors who conducted the investigation "
        "of Secretary Hillary Clinton’s use of a personal email system,” she said in a statement."
    )
    actors = [
        actor(text, "a1", "Hillary Clinton"),
        actor(text, "a2", "Loretta Lynch", roles=["Attorney General"]),
    ]
    said = dict(resolved_speakers(nlp, text, actors))
    quote = next(q for q in said if q.startswith("I met with"))
    assert said[quote] == ["Loretta Lynch"]


def test_a_pool_report_after_a_cued_quote_is_the_channel_not_the_speaker(nlp):
    text = (
        "“They don’t care about politics,” Obama said of the families of gun violence "
        "victims, according to a White House pool report."
    )
    actors = [
        actor(text, "a1", "Barack Obama", "Obama"),
        actor(text, "a2", "White House", type_="government"),
    ]
    assert speakers(nlp, text, actors) == [("They don’t care about politics,", ["Barack Obama"])]


def test_a_live_blog_entry_under_its_headline_keeps_its_speaker(nlp):
    text = (
        "Bird Flu Live: Second Human Case Confirmed In Texas\n\n"
        "4:55 p.m. CT\nWHO Says Risk Remains Low\nThe World Health Organization said the "
        "risk to the general public from H5N1 remained low. Dr. Maria Van Houten, the WHO's "
        "technical lead for epidemics, said there was no sign of human-to-human spread."
    )
    actors = [actor(text, "a1", "World Health Organization", type_="international")]
    said = dict(speakers(nlp, text, actors))
    assert said["the risk to the general public from H5N1 remained low"] == [
        "World Health Organization"
    ]


def test_a_body_word_refers_back_to_the_body_whose_name_holds_it(nlp):
    text = (
        "The Ministry of Transport wrote to the Assembly's roads committee on Monday. "
        "The ministry said the bridge would open in May."
    )
    actors = [
        actor(text, "a1", "Ministry of Transport", type_="government"),
        actor(text, "a2", "Assembly's roads committee", type_="government"),
    ]
    assert speakers(nlp, text, actors) == [
        ("the bridge would open in May", ["Ministry of Transport"])
    ]


def test_a_party_in_apposition_describes_the_speaker_it_names_no_one(nlp):
    text = (
        "Former Rep. Dale Whitford led the inquiry into the floods. "
        "The former congressman, a Democrat from Oregon, said the agency had failed."
    )
    actors = [actor(text, "a1", "Dale Whitford", roles=["former representative"])]
    assert speakers(nlp, text, actors) == [("the agency had failed", ["Dale Whitford"])]


def test_the_place_of_a_dateline_is_no_speaker(nlp):
    text = (
        "OSLO -- Prime Minister Ingrid Halvorsen, opening the new harbour on Monday, "
        "said the port would double its trade."
    )
    actors = [actor(text, "a1", "Ingrid Halvorsen")]
    assert speakers(nlp, text, actors) == [
        ("the port would double its trade", ["Ingrid Halvorsen"])
    ]


def test_the_name_right_before_an_inserted_cue_speaks(nlp):
    text = (
        "To understand the real Magna Carta, Professor Alan Hewitt said, "
        "one should read the barons' letters."
    )
    actors = [
        actor(text, "a1", "Alan Hewitt"),
        actor(text, "a2", "Magna Carta", type_="organization"),
    ]
    assert [names for _, names in speakers(nlp, text, actors)] == [["Alan Hewitt"]]


def test_every_person_listed_after_a_counted_title_speaks_and_holds_the_title(nlp):
    text = (
        "Three senators on the Armed Services Committee - Paula Wren, Omar Haddad "
        "and Greta Lind - said in a letter that the base must stay open."
    )
    actors = []
    [(quote, names)] = speakers(nlp, text, actors)
    assert quote == "the base must stay open"
    assert names == ["Paula Wren", "Omar Haddad", "Greta Lind"]
    assert all("senator" in a.roles for a in actors if a.name in names)


def test_a_question_put_to_someone_who_would_not_answer_is_no_quote(nlp):
    text = (
        "Asked whether the minister would resign before the vote, Hallam declined to say. "
        "Asked whether the port would reopen, the mayor did not answer. "
        "Pressed on the budget, Hallam said that the cuts would stand."
    )
    actors = [actor(text, "a1", "Hallam")]
    assert speakers(nlp, text, actors) == [("the cuts would stand", ["Hallam"])]


def test_a_cue_the_parser_left_without_subject_finds_the_name_before_a_description(nlp):
    text = (
        "In a call with reporters on Jan. 4, Maj. Ellen R. Voss, an army spokeswoman in Kabul, "
        "said, “We expect more patrols this month.”\n\n"
        "Ms. Orr, whose newest firm, Tidewell, sells sensors to farms, said the valley "
        "was changing: “Everybody here is building something.”"
    )
    actors = [actor(text, "a1", "Ellen R. Voss"), actor(text, "a2", "Dana Orr", "Orr")]
    found = speakers(nlp, text, actors)
    assert ("We expect more patrols this month.", ["Ellen R. Voss"]) in found
    assert ("Everybody here is building something.", ["Dana Orr"]) in found


def test_the_name_after_an_inverted_cue_speaks_even_as_its_object(nlp):
    text = "“Is the council running this city or not?” asked Mr. Pellow, waving the report."
    actors = [actor(text, "a1", "Mark Pellow", "Pellow")]
    assert speakers(nlp, text, actors) == [
        ("Is the council running this city or not?", ["Mark Pellow"])
    ]
    text = "“It is over,” said Ms. Lund. “We lost,” Ms. Lund told Reuters."
    actors = [actor(text, "a1", "Ada Lund", "Lund"), actor(text, "a2", "Reuters", type_="media")]
    assert [names for _, names in speakers(nlp, text, actors)] == [["Ada Lund"], ["Ada Lund"]]


def test_a_finite_cue_joined_to_a_bare_verb_inside_the_clause_has_the_reporters_subject(nlp):
    text = (
        "Finance Minister Lena Kovac said this week that the city would sell its port shares "
        "by the end of June and suggested that it would keep the airport."
    )
    actors = [actor(text, "a1", "Lena Kovac")]
    assert [names for _, names in speakers(nlp, text, actors)] == [["Lena Kovac"], ["Lena Kovac"]]


def test_a_name_in_apposition_to_the_body_a_spokesperson_serves_is_the_speaker(nlp):
    text = (
        "A spokeswoman for the port authority, Imke Vos, said the cranes would run again. "
        "The head of the dockers' union, Piet Maas, said the strike was over."
    )
    actors = [
        actor(text, "a1", "port authority", type_="government"),
        actor(text, "a2", "Imke Vos"),
        actor(text, "a3", "Piet Maas"),
    ]
    assert [names for _, names in speakers(nlp, text, actors)] == [["Imke Vos"], ["Piet Maas"]]


def test_a_party_label_parsed_as_the_subject_gives_the_person_it_describes(nlp):
    text = (
        "Sens. Maria Kolb, Democrat of Maine, and Arthur Penn, Republican of Utah, wrote "
        "to the board last week that the cuts were unlawful."
    )
    actors = [actor(text, "a1", "Maria Kolb"), actor(text, "a2", "Arthur Penn")]
    [(quote, names)] = speakers(nlp, text, actors)
    assert quote == "the cuts were unlawful"
    assert names == ["Maria Kolb", "Arthur Penn"]


def test_someones_description_is_not_the_one_who_owns_it(nlp):
    text = (
        "Mayor Tom Hadley toured the levee. Our fire chief told me that "
        "six families are still on rooftops, he said."
    )
    actors = [actor(text, "a1", "Tom Hadley", roles=["mayor"])]
    found = speakers(nlp, text, actors)
    assert ("six families are still on rooftops", ["Tom Hadley"]) not in found


def test_the_agency_prefers_a_government_body_to_a_company_named_since(nlp):
    text = (
        "The Maritime Safety Administration ordered checks on the ferries, "
        "built by Holm Yards of Bergen. In a statement, the agency said the checks "
        "would take a week."
    )
    actors = [
        actor(text, "a1", "Maritime Safety Administration", type_="government"),
        actor(text, "a2", "Holm Yards of Bergen", type_="organization"),
    ]
    assert speakers(nlp, text, actors) == [
        ("the checks would take a week", ["Maritime Safety Administration"])
    ]


def test_an_untagged_full_name_in_apposition_to_a_body_speaks(nlp):
    text = (
        "Rhea Solberg, head of rates at Nordbank, expects cuts. The head of the Council of "
        "Municipal Treasurers, Curtis Oldroyd, said towns were saving more."
    )
    actors = [actor(text, "a1", "Rhea Solberg", roles=["head of rates"])]
    found = speakers(nlp, text, actors)
    assert found[-1][0] == "towns were saving more"
    assert found[-1][1] != ["Rhea Solberg"]


def test_a_headline_describes_a_speaker_it_names_no_one(nlp):
    from briefer.nlp.attribution import SpeakerFinder

    text = (
        "Port chief: ‘the cranes will run’\n\n"
        "The port chief told reporters:\n\n"
        "“We are ready.”\n\n"
        "Harbour master Lise Moen said the cranes would run."
    )
    doc = nlp(text)
    finder = SpeakerFinder(doc, [])
    chief = doc[1]
    told_chief = next(t for t in doc if t.idx == text.index("chief told"))
    moen = next(t for t in doc if t.text == "Moen")
    assert finder.in_headline(chief)
    assert not finder.in_headline(told_chief)
    assert not finder.in_headline(moen)
    assert finder.speaker(chief) is None


def test_the_description_an_apposition_gave_a_body_refers_back_to_it(nlp):
    text = (
        "Nurses at Eastbrook Health, the region's largest hospital operator, walked out.\n\n"
        "The operator said routine surgery would be postponed."
    )
    actors = [actor(text, "a1", "Eastbrook Health", type_="company")]
    assert speakers(nlp, text, actors) == [
        ("routine surgery would be postponed", ["Eastbrook Health"])
    ]


def test_a_lede_description_of_a_body_is_the_body_the_next_paragraph_names(nlp):
    text = (
        "Rail fares will rise by 6% in March, the transport regulator has warned.\n\n"
        "The Office of Rail Standards said in its annual review that costs had climbed."
    )
    actors = [actor(text, "a1", "Office of Rail Standards", type_="government")]
    found = dict(speakers(nlp, text, actors))
    assert found["Rail fares will rise by 6% in March"] == ["Office of Rail Standards"]


def test_an_untagged_title_with_a_capital_the_speaks_as_a_publication(nlp):
    text = "Trust is falling. As The Economist noted last week, trust in government is collapsing."
    actors = []
    assert speakers(nlp, text, actors) == [("trust in government is collapsing", ["Economist"])]
    assert actors[0].type == "media"


def test_a_weekday_owning_a_speech_is_no_speaker(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "Donald Trump will speak in Manchester, New Hampshire. Monday's speech represents "
        '"a test" of whether he can unite the party.'
    )
    analysis = analyze_doc(nlp(text))
    assert "Monday" not in {a.name for a in analysis.actors}


def test_a_capitalised_plural_speaker_is_a_group(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "Attorneys for Clinton opposed the request, saying in court files that her "
        "account was private. Gun owners cite the Second Amendment, which the Founding "
        'Fathers wrote "shall not be infringed."'
    )
    types = {a.name: a.type for a in analyze_doc(nlp(text)).actors}
    assert types.get("Attorneys") == "group"
    assert types.get("Founding Fathers") == "group"


def test_a_surname_tagged_as_a_plural_noun_is_the_named_person(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "Hillary Clinton released her tax returns and called on Bernie Sanders to do the "
        "same.\n\nSanders says he would happily release all his speeches because "
        "\u201cthere were no speeches.\u201d"
    )
    analysis = analyze_doc(nlp(text))
    names = {a.key: a.name for a in analysis.actors}
    quote = next(q for q in analysis.quotes if "release all his speeches" in q.text)
    assert [names[k] for k in quote.speaker_keys] == ["Bernie Sanders"]
    assert "Sanders" not in names.values()


def test_a_surname_tagged_as_a_common_noun_is_the_named_person(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "Donald Trump said last week he might cover legal costs for a supporter who was "
        "caught on video punching a protester. The supporter was later charged with "
        "assault. Trump at the time said he\u2019d asked his \u201cpeople\u201d to "
        "\u201clook into\u201d paying the fees."
    )
    analysis = analyze_doc(nlp(text))
    names = {a.key: a.name for a in analysis.actors}
    quote = next(q for q in analysis.quotes if "paying the fees" in q.text)
    assert [names[k] for k in quote.speaker_keys] == ["Donald Trump"]


def test_one_of_several_named_in_apposition_is_the_speaker(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "The commission approved the merger 3-2. One of the two dissenting commissioners, "
        "Alan Birch, wrote that the majority had \u201cstretched the law past breaking.\u201d"
    )
    analysis = analyze_doc(nlp(text))
    names = {a.key: a.name for a in analysis.actors}
    quote = next(q for q in analysis.quotes if "stretched the law" in q.text)
    assert [names[k] for k in quote.speaker_keys] == ["Alan Birch"]


def test_a_name_the_parser_misread_before_its_description_speaks(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "About 300 protesters gathered outside the palace. Stop the Race, the group that "
        "organised the protest, said in a statement that the declaration was empty."
    )
    analysis = analyze_doc(nlp(text))
    actors = {a.key: a for a in analysis.actors}
    [quote] = [q for q in analysis.quotes if "declaration" in q.text]
    assert [(actors[k].name, actors[k].type) for k in quote.speaker_keys] == [
        ("Stop the Race", "organization")
    ]
    assert not any(a.name == "group" for a in analysis.actors)


def test_a_speaker_named_after_a_title_the_parser_cut_off_is_the_person(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        '"We are already at war with ISIL," said Pentagon spokesman Navy Capt. Jeff Davis, '
        "who was asked about the need for change."
    )
    analysis = analyze_doc(nlp(text))
    names = {a.key: a.name for a in analysis.actors}
    quote = next(q for q in analysis.quotes if "already at war" in q.text)
    assert [names[k] for k in quote.speaker_keys] == ["Jeff Davis"]
    assert not any(name.endswith("Capt") for name in names.values())


def test_a_speaker_the_model_missed_is_typed_by_its_description(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "Andrew Kettlewell, a former head of safety at the Office of Rail and Road, said the "
        "evidence was mixed.\n\n"
        "Passenger Voice North, a watchdog, said punctuality on the company's routes had "
        "fallen to 64%, the lowest in the country."
    )
    analysis = analyze_doc(nlp(text))
    types = {a.name: a.type for a in analysis.actors}
    assert types.get("Passenger Voice North") == "organization"

