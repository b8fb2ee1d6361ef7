"""Actors of an article: one record per actor however the article names it."""

import pytest

from briefer.nlp.actors import extract_actors, resolve_reference
from briefer.nlp.entities import corrected_entities, headline_ranges
from briefer.nlp.lexicon import institution_pattern


def actors_of(nlp, text):
    return extract_actors(nlp(text))


def by_name(actors, name):
    found = [a for a in actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in actors]}"
    return found[0]


def mention_texts(actor):
    return [m.text for m in actor.mentions]


@pytest.fixture(scope="module")
def seed_actors(nlp, seed_text):
    return extract_actors(nlp(seed_text))


def test_every_mention_indexes_the_text(nlp, seed_text, seed_actors):
    for actor in seed_actors:
        for mention in actor.mentions:
            assert seed_text[mention.start : mention.end] == mention.text


def test_keys_follow_first_mention(seed_actors):
    assert [a.key for a in seed_actors] == [f"a{i}" for i in range(1, len(seed_actors) + 1)]
    firsts = [a.mentions[0].start for a in seed_actors]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Emmanuel Macron", "French President"),
        ("Keir Starmer", "UK Prime Minister"),
        ("Donald Trump", "U.S. President"),
        ("Vladimir Putin", "Russian President"),
        ("Volodymyr Zelenskyy", "Ukrainian President"),
        ("Sergey Lavrov", "Russian Foreign Minister"),
    ],
)
def test_seed_leaders_with_their_titles(seed_actors, name, role):
    actor = by_name(seed_actors, name)
    assert actor.type == "person"
    assert role in actor.roles
    assert actor.is_expert is False


def test_seed_experts(seed_actors):
    arnold = by_name(seed_actors, "Ed Arnold")
    assert arnold.roles == ["European security expert"]
    assert arnold.affiliation == "Royal United Services Institute"
    assert arnold.is_expert
    heisbourg = by_name(seed_actors, "Francois Heisbourg")
    assert heisbourg.roles == ["special adviser"]
    assert heisbourg.affiliation == "Foundation for Strategic Research"
    assert heisbourg.is_expert
    hodges = by_name(seed_actors, "Ben Hodges")
    assert hodges.roles == ["former U.S. Army commander in Europe"]
    assert hodges.is_expert


def test_seed_surnames_and_headline_variants_join_the_full_name(seed_text, seed_actors):
    zelenskyy = by_name(seed_actors, "Volodymyr Zelenskyy")
    assert mention_texts(zelenskyy) == ["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky"]
    assert "Zelensky" in zelenskyy.aliases
    headline = seed_text.index("Putin Invites Zelensky")
    assert zelenskyy.mentions[-1].start == headline + len("Putin Invites ")
    arnold = by_name(seed_actors, "Ed Arnold")
    assert mention_texts(arnold) == ["Ed Arnold", "Arnold", "Arnold"]
    heisbourg = by_name(seed_actors, "Francois Heisbourg")
    assert mention_texts(heisbourg) == ["Francois Heisbourg", "Heisbourg"]
    trump = by_name(seed_actors, "Donald Trump")
    assert "Trump" in mention_texts(trump)
    assert sum(a.type == "person" and "Trump" in a.name for a in seed_actors) == 1


def test_seed_countries_organisations_and_groups(seed_text, seed_actors):
    types = {a.name: a.type for a in seed_actors}
    for country in ("Ukraine", "Russia", "United Kingdom", "Estonia"):
        assert types.get(country) == "country"
    # The seed names the United States only as an adjective ("U.S. support"): no actor.
    assert "United States" not in types
    assert types.get("NATO") == "international"
    for org in ("Royal United Services Institute", "Foundation for Strategic Research"):
        assert types.get(org) == "organization"
    assert types.get("European officials") == "group"
    assert types.get("European leaders") == "group"
    russia = by_name(seed_actors, "Russia")
    moscow = seed_text.index("Moscow")
    assert moscow in [m.start for m in russia.mentions]
    headline_moscow = seed_text.index("to Moscow") + len("to ")
    assert headline_moscow not in [m.start for m in russia.mentions]


def test_seed_places_are_not_actors(seed_actors):
    names = {a.name for a in seed_actors}
    assert not names & {"Paris", "Europe", "Alaska", "Kyiv", "European", "France"}
    for actor in seed_actors:
        assert not any(m.text in ("Paris", "Europe") for m in actor.mentions)


def test_title_before_name_and_later_references(nlp):
    text = (
        "French President Emmanuel Macron spoke on Monday. Macron's office said "
        "the French president would travel to Berlin. Emmanuel Macron declined to comment."
    )
    actors = actors_of(nlp, text)
    macron = by_name(actors, "Emmanuel Macron")
    assert mention_texts(macron) == [
        "Emmanuel Macron", "Macron", "the French president", "Emmanuel Macron",
    ]
    possessive = macron.mentions[1]
    assert text[possessive.end :].startswith("'s office")
    assert macron.roles == ["French President"]
    assert "Macron" in macron.aliases
    assert [a.type for a in actors].count("person") == 1


def test_apposition_gives_role_and_affiliation(nlp):
    text = (
        "Jane Whitfield, a professor of politics at the University of Leeds in England, "
        "said the vote was close. Whitfield called it historic."
    )
    whitfield = by_name(actors_of(nlp, text), "Jane Whitfield")
    assert whitfield.roles == ["professor of politics"]
    assert whitfield.affiliation == "University of Leeds"
    assert whitfield.is_expert
    assert mention_texts(whitfield) == ["Jane Whitfield", "Whitfield"]


def test_role_before_a_comma(nlp):
    text = "Russia's foreign minister, Sergei Lavrov, said the talks had failed."
    lavrov = by_name(actors_of(nlp, text), "Sergei Lavrov")
    assert lavrov.roles == ["Russia's foreign minister"]
    assert not lavrov.is_expert


def test_former_official_is_an_expert_and_names_his_service(nlp):
    text = "Ben Hodges, former U.S. Army commander in Europe, said the plan was weak."
    actors = actors_of(nlp, text)
    hodges = by_name(actors, "Ben Hodges")
    assert hodges.roles == ["former U.S. Army commander in Europe"]
    assert hodges.affiliation == "U.S. Army"
    assert hodges.is_expert
    assert by_name(actors, "U.S. Army").type == "government"
    assert "Europe" not in {a.name for a in actors}


def test_an_organisation_right_after_the_name_is_the_affiliation(nlp):
    text = (
        "“It would have been a long shot to shoehorn her conduct into the law,” said "
        "Stephen Vladeck of the University of Texas School of Law. Comey of the FBI agreed."
    )
    actors = actors_of(nlp, text)
    vladeck = by_name(actors, "Stephen Vladeck")
    assert vladeck.roles == []
    assert vladeck.affiliation == "University of Texas School of Law"
    assert vladeck.is_expert


def test_acronym_after_full_name_is_one_organisation(nlp):
    text = (
        "The North Atlantic Treaty Organization (NATO) met in Brussels. "
        "NATO said it was ready, a spokesperson told Reuters."
    )
    actors = actors_of(nlp, text)
    nato = by_name(actors, "North Atlantic Treaty Organization")
    assert mention_texts(nato) == ["North Atlantic Treaty Organization", "NATO", "NATO"]
    assert "NATO" in nato.aliases
    assert by_name(actors, "Reuters").type == "media"
    assert "Brussels" not in {a.name for a in actors}


def test_known_acronym_alone_carries_its_full_name_as_alias(nlp):
    nato = by_name(actors_of(nlp, "NATO said it would send more troops."), "NATO")
    assert "North Atlantic Treaty Organization" in nato.aliases


def test_spellings_of_one_country_are_one_actor(nlp):
    text = (
        "The US and Britain signed the pact. The United States said the UK would pay, "
        "and U.S. officials agreed with the United Kingdom."
    )
    actors = actors_of(nlp, text)
    us = by_name(actors, "United States")
    uk = by_name(actors, "United Kingdom")
    assert {"US", "United States", "U.S."} <= set(mention_texts(us))
    assert {"Britain", "UK", "United Kingdom"} <= set(mention_texts(uk))
    assert [a.type for a in actors].count("country") == 2


def test_capital_acting_is_its_country_and_capital_as_place_is_not(nlp):
    text = (
        "Moscow rejected the proposal on Monday. The talks in Moscow were short, "
        "and the EU imposed sanctions on Moscow."
    )
    russia = by_name(actors_of(nlp, text), "Russia")
    starts = [m.start for m in russia.mentions]
    assert starts == [0, text.rindex("Moscow")]


def test_capital_tagged_as_a_person_is_corrected(nlp):
    text = "Ukrainian officials said Kyiv would not accept the deal, and Kyiv rejected it."
    actors = actors_of(nlp, text)
    assert all(a.type != "person" for a in actors)
    ukraine = by_name(actors, "Ukraine")
    assert mention_texts(ukraine) == ["Kyiv", "Kyiv"]
    assert by_name(actors, "Ukrainian officials").type == "group"


def test_split_surname_tagged_as_a_place_is_corrected(nlp):
    text = (
        "European Commission President Ursula von der Leyen said the bloc would respond. "
        "Von der Leyen later met the leaders."
    )
    actors = actors_of(nlp, text)
    leyen = by_name(actors, "Ursula von der Leyen")
    assert mention_texts(leyen) == ["Ursula von der Leyen", "Von der Leyen"]
    assert leyen.roles == ["European Commission President"]
    assert leyen.affiliation == "European Commission"
    assert by_name(actors, "European Commission").type == "international"
    assert [a.type for a in actors].count("person") == 1


def test_name_after_a_title_is_a_person_and_title_words_are_no_organisation(nlp):
    text = "Secretary of State Marco Rubio met Chancellor Friedrich Merz in Berlin."
    actors = actors_of(nlp, text)
    assert by_name(actors, "Marco Rubio").roles == ["Secretary of State"]
    assert by_name(actors, "Friedrich Merz").roles == ["Chancellor"]
    assert "State" not in {a.name for a in actors}


def test_missed_institution_is_recovered(nlp, seed_text):
    doc = nlp(seed_text)
    assert "Foundation for Strategic Research" not in {e.text for e in doc.ents}
    names = {e.text for e in corrected_entities(doc) if e.label == "ORG"}
    assert "Foundation for Strategic Research" in names


def test_headline_lines_are_found():
    text = "Body text here.\nAlso Read: Putin Invites Zelensky to Moscow as Trump Seeks Talks\nEnd."
    [(start, end)] = headline_ranges(text)
    assert text[start:end].startswith("Also Read: Putin")


def test_group_only_where_it_acts(nlp):
    text = "European officials said the plan was sound. The plan helps European officials."
    group = by_name(actors_of(nlp, text), "European officials")
    assert [m.start for m in group.mentions] == [0]


def test_no_pronouns_among_mentions(nlp, seed_actors):
    for actor in seed_actors:
        assert not {m.text.lower() for m in actor.mentions} & {"he", "she", "they", "his", "her"}


def test_resolve_pronoun_to_last_compatible_person(nlp):
    text = (
        "Jane Whitfield met Ben Hodges in London. Mrs Whitfield spoke first. "
        "He said the plan was weak. The ministry said it would wait. "
        "Talks resumed in May. The budget passed in June."
    )
    doc = nlp(text)
    actors = extract_actors(doc)
    hodges = by_name(actors, "Ben Hodges")
    assert resolve_reference(doc, actors, text.index("He said"), "He") == hodges.key
    whitfield = by_name(actors, "Jane Whitfield")
    assert resolve_reference(doc, actors, text.index("He said"), "she") == whitfield.key
    # "He said" carries Hodges on past the sentences that named him ...
    assert resolve_reference(doc, actors, text.index("The ministry"), "he") == hodges.key
    # ... but not past the last sentences with neither his name nor "he".
    assert resolve_reference(doc, actors, len(text) - 5, "he") is None


def test_resolve_title_reference(nlp):
    text = (
        "Russian Foreign Minister Sergey Lavrov met U.S. President Donald Trump. "
        "Later, the minister said talks would go on."
    )
    doc = nlp(text)
    actors = extract_actors(doc)
    lavrov = by_name(actors, "Sergey Lavrov")
    trump = by_name(actors, "Donald Trump")
    offset = text.index("the minister")
    assert resolve_reference(doc, actors, offset, "the minister") == lavrov.key
    assert resolve_reference(doc, actors, offset, "the U.S. president") == trump.key
    assert resolve_reference(doc, actors, offset, "the French president") is None
    assert resolve_reference(doc, actors, 0, "the minister") is None


def test_resolve_they_prefers_groups_and_bodies(nlp):
    text = "Britain and Estonia signed the deal. European officials welcomed it. They said so."
    doc = nlp(text)
    actors = extract_actors(doc)
    officials = by_name(actors, "European officials")
    assert resolve_reference(doc, actors, text.index("They"), "They") == officials.key


def test_title_line_names_only_count_when_the_body_names_them(nlp):
    text = (
        "Obama Power Plant Rules Face Key Test In U.S. Court.\n\n"
        "The rules of President Barack Obama face a test, said Scott Pruitt."
    )
    actors = actors_of(nlp, text)
    names = {a.name for a in actors}
    assert not any("Power Plant" in name for name in names)
    obama = by_name(actors, "Barack Obama")
    assert mention_texts(obama) == ["Obama", "Barack Obama"]


def test_dateline_capital_is_no_actor(nlp):
    text = "WASHINGTON — Lawmakers met on Monday. Washington rejected the offer."
    us = by_name(actors_of(nlp, text), "United States")
    assert mention_texts(us) == ["Washington"]


def test_name_tagged_as_organisation_where_it_is_a_person_elsewhere(nlp):
    text = "Ava DuVernay, the director, spoke on Friday. Ava DuVernay said the film was done."
    doc = nlp(text)
    assert {e.label_ for e in doc.ents if e.text == "Ava DuVernay"} == {"PERSON", "ORG"}
    actors = extract_actors(doc)
    assert [(a.name, a.type) for a in actors] == [("Ava DuVernay", "person")]
    assert mention_texts(actors[0]) == ["Ava DuVernay", "Ava DuVernay"]


def test_participle_clause_after_a_name_is_no_role(nlp):
    text = (
        "President Barack Obama, dedicating the National Museum of African American "
        "History and Culture on Saturday, said it would tell an American story."
    )
    obama = by_name(actors_of(nlp, text), "Barack Obama")
    assert obama.roles == ["President"]
    assert obama.affiliation == ""


def test_confirmed_names_are_not_second_guessed(nlp):
    from briefer.nlp.pipeline import add_confirmed_names, load_pipeline

    text = "Chad said the deal was fair, and the Bexley Trust agreed."
    first = actors_of(nlp, text)[0]
    assert (first.name, first.type) == ("Chad", "country")
    confirmed = load_pipeline()
    add_confirmed_names(confirmed, [("Chad", "person"), ("Bexley Trust", "organization")])
    actors = extract_actors(confirmed(text))
    assert [(a.name, a.type) for a in actors] == [
        ("Chad", "person"), ("Bexley Trust", "organization"),
    ]


def test_end_of_a_title_is_no_organisation(nlp):
    text = "Former secretary of State Hillary Clinton spoke. The State Department agreed."
    actors = actors_of(nlp, text)
    assert [a.name for a in actors] == ["Hillary Clinton", "State Department"]
    assert by_name(actors, "Hillary Clinton").roles == ["Former secretary of State"]


def test_name_keys_meet_across_spellings():
    from briefer.nlp.lexicon import countries, name_key

    assert name_key("the U.S.") == name_key("US") == "us"
    assert name_key("Macron’s") == name_key("MACRON") == "macron"
    assert name_key("François") == name_key("Francois")
    assert countries().country_of_name("Britain") == "United Kingdom"
    assert countries().country_of_capital("Kiev") == "Ukraine"
    assert countries().country_of_demonym("Ukrainians") == "Ukraine"


def test_one_actor_per_body_whatever_its_name(nlp):
    text = (
        "The Justice Department said on Monday that it would review the case. "
        "The Department of Justice (DOJ) has not commented further. "
        "A DOJ spokesman said the review would take weeks. "
        "The Department later said that it had hired staff."
    )
    actors = extract_actors(nlp(text))
    doj = by_name(actors, "Justice Department")
    assert doj.type == "government"
    assert {m.text for m in doj.mentions} == {
        "Justice Department", "Department of Justice", "DOJ", "Department"
    }
    assert [a for a in actors if a.type != "person" and a is not doj] == []


def test_names_lose_possessors_brackets_and_non_actors_are_dropped(nlp):
    text = (
        "\"[Vladimir] Putin has not commented,\" Dmitry Peskov said. "
        "The Pentagon's Cyber Command said it was ready. "
        "The VIX rose 3 percent by 14:00 GMT."
    )
    names = {a.name: a.type for a in extract_actors(nlp(text))}
    assert "Cyber Command" in names and names["Cyber Command"] == "government"
    assert not any("]" in n or "'s" in n for n in names)
    assert "GMT" not in names and "VIX" not in names


def test_a_country_in_a_persons_title_is_part_of_the_role(nlp):
    text = (
        "U.S. District Judge Loretta Haines ruled on Monday. "
        "U.S. Attorney Damian Whitley said the ruling was fair."
    )
    actors = extract_actors(nlp(text))
    assert [a.type for a in actors] == ["person", "person"]
    assert "U.S. District Judge" in by_name(actors, "Loretta Haines").roles


def test_an_acronym_in_brackets_after_a_name_is_an_alias_not_part_of_it(nlp):
    # Real news (Breitbart, 2016): the model takes "(FBI" into the entity.
    text = ("Republican U.S. House Speaker Paul Ryan blasted the Federal Bureau of "
            "Investigation (FBI) Tuesday for its decision. The FBI said it would review "
            "the emails.")
    [fbi] = [a for a in extract_actors(nlp(text)) if "Investigation" in a.name]
    assert fbi.name == "Federal Bureau of Investigation"
    assert {m.text for m in fbi.mentions} == {"Federal Bureau of Investigation", "FBI"}


def test_bracketed_tickers_and_acronyms_leave_names_and_digits_make_no_person(nlp):
    text = (
        "Ford Motor Co (F.N) said in a filing that profit could fall. "
        "The Office of the Director of National Intelligence (ODNI) said it agreed. "
        "H5N1 spread to a fourth state, officials said."
    )
    actors = extract_actors(nlp(text))
    names = [a.name for a in actors]
    assert "Ford Motor Co" in names and by_name(actors, "Ford Motor Co").type == "company"
    odni = by_name(actors, "Office of the Director of National Intelligence")
    assert "ODNI" in odni.aliases
    assert not any(a.type == "person" for a in actors)


def test_an_institution_name_never_runs_over_a_line_break():
    text = "3:45 p.m. CT\nUSDA Orders Testing\nThe U.S. Department of Agriculture ordered it."
    found = [m.group() for m in institution_pattern().finditer(text)]
    assert "The U.S. Department of Agriculture" in found
    assert not any("\n" in name for name in found)


def test_a_name_opening_a_sentence_before_its_role_is_a_person(nlp):
    text = (
        "12:10 EDT\nStrategist: Expect Volatility\nLindsey Pierce, chief economist at Stifel "
        "Financial, said investors had underestimated how long the tariffs would last."
    )
    pierce = by_name(actors_of(nlp, text), "Lindsey Pierce")
    assert pierce.type == "person"
    assert pierce.roles == ["chief economist"]
    assert pierce.is_expert


def test_a_body_the_recogniser_took_for_a_country_gets_its_own_type():
    from briefer.nlp.bodies import settled_type

    assert settled_type("OpenAI", "country") == "company"
    assert settled_type("Reform UK", "country") == "party"
    assert settled_type("Mexico's economy ministry", "country") == "government"
    assert settled_type("United States", "country") == "country"
    assert settled_type("Mexico", "country") == "country"


def test_a_clock_time_with_its_zone_is_no_actor():
    from briefer.nlp.bodies import is_non_actor

    assert is_non_actor("midnight Eastern Time")
    assert is_non_actor("9 a.m. ET")
    assert is_non_actor("GMT")
    assert not is_non_actor("Biden administration")
    assert not is_non_actor("Eastern Time Productions Inc")


def test_an_affiliation_is_the_bodys_clean_name(nlp):
    # Real news (Politico, 2016): the dossier read "Federal Bureau of Investigation (FBI".
    text = ("James Comey, director of the Federal Bureau of Investigation (FBI), said the "
            "case was closed.")
    comey = by_name(extract_actors(nlp(text)), "James Comey")
    assert comey.affiliation == "Federal Bureau of Investigation"


def test_headline_case_abbreviations_and_short_forms_are_mentions(nlp):
    text = (
        "Commerce Dept. Weighs Rules as Von Der Heide Steps Down\n\n"
        "The Commerce Department said on Friday that Anna von der Heide would leave. "
        "Von der Heide led talks with Pentavera Laboratories, and Pentavera said it "
        "would keep talking to the Department of Defense. The Pentagon declined to comment."
    )
    actors = actors_of(nlp, text)
    commerce = by_name(actors, "Commerce Department")
    assert "Commerce Dept." in mention_texts(commerce)
    heide = by_name(actors, "Anna von der Heide")
    assert "Von Der Heide" in mention_texts(heide)
    labs = by_name(actors, "Pentavera Laboratories")
    assert "Pentavera" in mention_texts(labs)
    defense = by_name(actors, "Department of Defense")
    assert "Pentagon" in mention_texts(defense)


def test_transcript_labels_name_people_and_a_first_name_joins_them(nlp):
    text = (
        "PAULA GRENFELL: Welcome back. Joining us is Senator Tom Ridley.\n\n"
        "SEN. TOM RIDLEY: Thanks, Paula.\n\n"
        "PAULA GRENFELL: Will the bill pass?\n\n"
        "SEN. RIDLEY: I think it will.\n\n"
        "QUESTION: And the budget?\n"
    )
    actors = actors_of(nlp, text)
    host = by_name(actors, "Paula Grenfell")
    assert "Paula" in mention_texts(host)
    assert sum(t.upper() == "PAULA GRENFELL" for t in mention_texts(host)) == 2
    ridley = by_name(actors, "Tom Ridley")
    assert "RIDLEY" in mention_texts(ridley)
    names = {a.name for a in actors}
    assert not {"Sen", "SEN", "Question", "QUESTION"} & names


def test_a_given_name_addressed_in_a_transcript_question_is_the_next_speaker(nlp):
    text = (
        "MS. QUILLER: Good afternoon.\n\n"
        "QUESTION: Nora, will the ministry respond?\n\n"
        "MS. QUILLER: We will respond in due course.\n"
    )
    actors = actors_of(nlp, text)
    quiller = [a for a in actors if "Quiller" in a.name]
    assert len(quiller) == 1
    assert "Nora" in mention_texts(quiller[0])
    assert "Nora" not in {a.name for a in actors}


def test_the_rest_of_a_title_before_a_name_is_no_part_of_the_name(nlp):
    from briefer.nlp.actors import extract_actors

    text = (
        "Agency General Counsel Maria L. Ortiz wrote to the court on Tuesday. "
        "Among those charged was Chief Petty Officer Dale Hurst, who pleaded guilty. "
        '"It was a mistake," said ranking Democrat Elena Vasquez (D-N.M.).'
    )
    names = {a.name: a.type for a in extract_actors(nlp(text))}
    assert names.get("Maria L. Ortiz") == "person"
    assert names.get("Dale Hurst") == "person"
    assert names.get("Elena Vasquez") == "person"
    assert not any(n.startswith(("Counsel", "Petty", "Democrat")) for n in names)


def test_an_acronym_without_the_leading_us_is_the_body(nlp):
    text = (
        "The U.S. Securities and Exchange Commission fined the firm $40 million. "
        "The SEC said the fine reflected the company's cooperation."
    )
    bodies = [a for a in actors_of(nlp, text) if a.type != "person"]
    [sec] = [a for a in bodies if "Securities" in a.name]
    assert any(m.text == "SEC" for m in sec.mentions)
    assert not any(a.name == "SEC" for a in bodies)


def test_a_possessive_typed_with_an_opening_quote_is_the_same_person(nlp):
    text = (
        "Donald Trump spoke on Monday. Critics attacked Donald Trump\u2018s plan, and "
        "his aides defended it."
    )
    people = [a for a in extract_actors(nlp(text)) if a.type == "person"]
    assert [a.name for a in people] == ["Donald Trump"]
    assert len(people[0].mentions) == 2


def test_an_invisible_mark_read_as_a_name_takes_no_country(nlp):
    # The model reads a lone right-to-left mark as an organisation whose name
    # has no letters; countries without a seat of a body must not match it.
    text = (
        "\u202b As the war in Ukraine rages on, European leaders convened in Paris on "
        "Thursday to discuss guarantees for Ukraine."
    )
    names = {a.name: a.type for a in extract_actors(nlp(text))}
    assert names.get("Ukraine") == "country"


def test_a_group_named_only_in_a_headline_is_no_actor(nlp):
    text = (
        "African leaders agree joint force against Sahel insurgents\n\n"
        "European officials said on Sunday the force would need funding, and the bloc's "
        "chairman, Joseph Mwangale, said it would deploy by June."
    )
    names = {a.name for a in actors_of(nlp, text)}
    assert "African leaders" not in names
    assert "European officials" in names



def test_people_spoken_to_or_spoken_of_are_no_group(nlp):
    text = ('"Every year South Africans are told to pay more," said Kevin Abrahams. According '
            "to Anna Berg, Norwegian officials closed three ports. European officials agreed.")
    names = {a.name for a in actors_of(nlp, text)}
    assert not {"South Africans", "Norwegian officials"} & names and "European officials" in names
