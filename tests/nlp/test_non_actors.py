"""Names the article never uses as actors are dropped; names it does use are kept."""

import pytest

from briefer.nlp.actors import extract_actors


def names_of(nlp, text):
    return {a.name: a.type for a in extract_actors(nlp(text))}


def test_a_country_named_only_as_an_adjective_is_no_actor(nlp):
    names = names_of(nlp, "Two U.S. diplomats said talks on U.S. grain exports had stalled.")
    assert "United States" not in names


def test_a_country_named_as_a_noun_is_kept(nlp):
    names = names_of(nlp, "The United States imposed tariffs, and U.S. farmers complained.")
    assert names.get("United States") == "country"


def test_instruments_indices_and_tools_are_no_actors(nlp):
    text = (
        "The yield on the 30-year Treasury bond rose. The Nikkei 225 index fell, and the "
        "Bloomberg Terminal tool showed losses. Cyberattack reports rose."
    )
    names = names_of(nlp, text)
    assert "Treasury" not in names


def test_a_listed_body_qualifying_a_noun_is_still_named(nlp):
    text = "The plan won NATO backing, said Ruth Keller, a fellow at Chatham House."
    names = names_of(nlp, text)
    assert names.get("NATO") == "international"
    assert "Chatham House" in names


def test_a_town_used_as_a_place_is_no_actor(nlp):
    text = (
        "Lorries queued for two days at Dunkirk, said Oliver Brandt, a haulier. "
        "Shares in the firm fell in Frankfurt."
    )
    names = names_of(nlp, text)
    assert "Dunkirk" not in names and "Frankfurt" not in names
    assert "Oliver Brandt" in names


def test_an_employer_after_at_is_kept(nlp):
    names = names_of(nlp, "Prices will rise, said Tessa Moor, an economist at Barclays.")
    assert "Barclays" in names


def test_a_ticker_and_a_product_are_no_actors(nlp):
    text = (
        "Acme Robotics (ACMR) shares fell 4%. Halvex Pharma, the maker of Trivexa, "
        "said the recall was voluntary."
    )
    names = names_of(nlp, text)
    assert "ACMR" not in names and "Trivexa" not in names


def test_a_dateline_is_no_actor(nlp):
    text = "MADRID (Reuters) - Spain's government said on Monday it would cut taxes."
    names = names_of(nlp, text)
    assert "MADRID" not in names and "Madrid" not in names


def test_a_capitalised_common_word_opening_a_sentence_is_no_actor(nlp):
    text = "The minister spoke on Tuesday.\n\nPharmacy owners were more cautious about the plan."
    assert "Pharmacy" not in names_of(nlp, text)


def test_an_unnamed_transcript_label_is_no_actor(nlp):
    text = (
        "MS. DALE: Good morning.\n\nQUESTION: Will the talks resume?\n\n"
        "MS. DALE: I expect so.\n\nQUESTION: When?\n"
    )
    assert not {"Question", "QUESTION"} & set(names_of(nlp, text))


def test_a_title_read_as_a_name_is_no_actor(nlp):
    text = "Gloria Amsel is the Walter Lind Senior Fellow at the Hoover Institution."
    names = names_of(nlp, text)
    assert not any(name.endswith("Senior Fellow") for name in names)


def test_a_people_as_such_is_no_actor_but_a_speaking_one_is(nlp):
    text = (
        "Prices will only rise if Canadians keep buying imports. "
        "Norwegians said in a poll that they backed the tax."
    )
    names = names_of(nlp, text)
    assert "Canadians" not in names
    assert names.get("Norwegians") == "group"


def test_places_and_events_named_like_bodies_are_no_actors(nlp):
    text = (
        "The Cedar Ridge Fire has burned 9,000 acres. Volunteers opened a shelter at the "
        "Pine County Fairgrounds, and parents gathered outside Lincoln High School. "
        "Milo Varga, who won a stage of the Giro d'Italia Tour, said nothing."
    )
    names = names_of(nlp, text)
    assert "Cedar Ridge Fire" not in names
    assert "Pine County Fairgrounds" not in names
    assert "Lincoln High School" not in names


def test_an_employer_named_after_at_is_kept_whatever_its_length(nlp):
    text = "Rates will fall, said Ivo Brandt, a fellow at the Halden School of Public Affairs."
    assert "Halden School of Public Affairs" in names_of(nlp, text)


def test_a_word_capitalised_at_the_start_of_a_quote_is_no_actor(nlp):
    text = (
        'The fields were full of dry grass this year. "Grass is the fuel," said Ada Reyes, '
        "a fire ecologist. Hiking across the Sierra foothills is banned."
    )
    names = names_of(nlp, text)
    assert "Grass" not in names and "Sierra" not in names


def test_a_place_taken_for_a_person_is_no_actor_but_a_namesake_is_kept(nlp):
    text = (
        "Engineers said the Bayou Tessier levee was holding. Rick Lake, the parish "
        "president, said crews were ready."
    )
    names = names_of(nlp, text)
    assert "Bayou Tessier" not in names
    assert "Rick Lake" in names


def test_a_school_attended_and_a_unit_in_a_title_are_no_actors(nlp):
    text = (
        "Tomas Reyna, whose son attends Jefferson High School, backed the strike.\n\n"
        "Witnesses: Helen Voss, Director of Consumer Risk Supervision, Ofcom.\n"
    )
    names = names_of(nlp, text)
    assert "Jefferson High School" not in names
    assert "Consumer Risk Supervision" not in names
    assert "Ofcom" in names


def test_nouns_for_people_are_told_from_nouns_for_things():
    from briefer.nlp.non_actors import is_thing_noun

    for word in ("teacher", "rebel", "physician", "family", "government", "neighbor", "district"):
        assert not is_thing_noun(word), word
    for word in ("missive", "remark", "timeline", "refusal", "assessment", "awareness", "call"):
        assert is_thing_noun(word), word


def test_a_us_state_named_like_a_country_is_no_country(nlp):
    names = names_of(nlp, "ATLANTA — The race for Georgia's Ninth District drew record turnout.")
    assert "Georgia" not in names


def test_the_country_named_like_a_us_state_is_kept_where_its_capital_is_named(nlp):
    names = names_of(nlp, "Georgia recalled its envoy, officials in Tbilisi said on Monday.")
    assert names.get("Georgia") == "country"


def test_a_name_opening_with_fort_is_a_place(nlp):
    names = names_of(
        nlp,
        "Fort Lorne prides itself on its mix of faiths, and Fort Lorne residents see it "
        "as a strength.",
    )
    assert "Fort Lorne" not in names


def analysed_names(nlp, text):
    from briefer.nlp.analyze import analyze_doc

    return {a.name: a.type for a in analyze_doc(nlp(text)).actors}


def test_a_name_of_no_known_kind_only_in_a_speakers_words_is_no_actor(nlp):
    text = (
        "Mayor Denise Arceneaux toured the shelters on Tuesday. "
        '"Nobody in Baton Rouge is going to let Lafitte drown twice," she said.'
    )
    names = analysed_names(nlp, text)
    assert "Lafitte" not in names
    assert names.get("Denise Arceneaux") == "person"


def test_a_place_a_quoted_speaker_names_in_passing_is_no_actor(nlp):
    names = analysed_names(nlp, '"This could be Anywhere U.S.A.," said Linda Hudson, the mayor.')
    assert list(names) == ["Linda Hudson"]


def test_a_quoted_name_the_narrative_also_uses_is_kept(nlp):
    text = (
        '"We will not let Lafitte drown," said Denise Arceneaux, the mayor. '
        "Lafitte, a fishing town of 1,000 people, flooded twice last year."
    )
    assert "Lafitte" in analysed_names(nlp, text)


def test_a_quoted_name_the_speaker_describes_is_kept(nlp):
    for text in (
        '"Our biggest supplier, Corvanta, has stopped deliveries," said Denise Arceneaux.',
        '"The contractor Corvanta has not called us back," said Denise Arceneaux.',
    ):
        assert "Corvanta" in analysed_names(nlp, text)


def test_photo_and_wire_credits_name_no_actors(nlp):
    text = (
        "President Barack Obama met families of the victims in Orlando on Thursday.\n\n"
        "Carlos Barria / Reuters.\n\n"
        "Mourners gathered outside the club. Mayor Buddy Dyer said the city would heal.\n\n"
        "Orlando Sentinel via Getty Images.\n\n"
        "ASSOCIATED PRESS.\n\n"
        "(Additional reporting by Julia Harte and Peter Eisler in Orlando; Writing by "
        "Scott Malone; Editing by Frances Kerry.)"
    )
    names = names_of(nlp, text)
    for credited in ("Carlos Barria", "Julia Harte", "Peter Eisler", "Scott Malone",
                     "Frances Kerry", "Orlando Sentinel", "Getty Images"):
        assert not any(credited in name for name in names), credited
    assert "Barack Obama" in names and "Buddy Dyer" in names


def test_a_name_in_a_credit_line_and_in_the_story_is_kept(nlp):
    text = (
        "Reuters reported that the agency would appeal, said Mara Quist, a lawyer.\n\n"
        "Jim Urquhart / Reuters."
    )
    names = names_of(nlp, text)
    assert "Reuters" in names and not any("Urquhart" in name for name in names)


def test_email_services_and_religions_are_no_actors(nlp):
    text = (
        "Comey said the messages she sent were less secure than plain old Gmail. "
        "Obama said radical Islam is not the enemy."
    )
    names = analysed_names(nlp, text)
    assert "Gmail" not in names and "Islam" not in names
    assert {"Comey", "Obama"} <= set(names)



def test_a_kind_of_institution_alone_names_none_unless_its_owner_is_named(nlp):
    text = (
        "The shooting prompted both candidates to tear up their schedules. Trump had "
        "planned to give remarks Monday at the New Hampshire Institute of Politics at "
        "St. Anselm's College focused on scandals linked to Hillary Clinton, but by Sunday "
        "the speech had been reframed. The Institute did not reply."
    )
    names = names_of(nlp, text)
    assert "College" not in names and "Institute" not in names
    assert "St. Anselm's College" in names


def test_a_prompt_to_follow_the_writer_names_no_actor(nlp):
    text = (
        "Senator Ron Kessler told Breitbart News the bill would pass.\n\n"
        "Follow Breitbart News reporter Dana Quill on Twitter @danaquill.\n\n"
        "Follow Mark Tully on Twitter @marktully."
    )
    names = names_of(nlp, text)
    assert not any("Follow" in name or "Quill" in name or "Tully" in name for name in names)
    assert "Breitbart News" in names and "Ron Kessler" in names


def test_a_section_label_or_a_prompt_opening_a_line_names_no_actor(nlp):
    text = (
        "Listen to our analysis of the debate in the podcast embedded above.\n\n"
        "Subscribe here.\n\n"
        "We asked what our followers thought about Hillary Clinton's win in the primary. "
        "Mark Ellison, a pollster, said turnout was low.\n\n"
        "NEWSLETTER.\n\n"
        "Sign up for our daily briefing."
    )
    names = names_of(nlp, text)
    assert "Subscribe" not in names and "NEWSLETTER" not in names
    assert {"Hillary Clinton", "Mark Ellison"} <= set(names)


def test_treaties_conventions_time_zones_and_a_bare_pac_are_no_actors(nlp):
    text = (
        "Delegates gathered at the Republican National Convention in Cleveland, where "
        "Senator Ann Ford attacked the North American Free Trade Agreement. A super PAC "
        "spent $2 million, and the PAC said it would spend more. Polls close at 8 p.m. "
        "Eastern Standard Time."
    )
    names = names_of(nlp, text)
    for junk in ("Republican National Convention", "North American Free Trade Agreement",
                 "PAC", "Eastern Standard Time"):
        assert junk not in names, junk
    assert "Ann Ford" in names


def test_ships_titles_laws_and_platforms_are_no_actors(nlp):
    text = (
        "The Coast Guard said the bulk carrier Harbor Crest had run aground. "
        "The MV Lantern Star is due to dock next week, the port authority said. "
        "Forty countries signed the Geneva Declaration on Responsible Robotics. "
        "The force will be paid for under the Coastal Defence Fund Act, the minister said. "
        "The Northern Front said in a statement posted on Telegram that it would fight on. "
        "The storm will reach the coast by 9 a.m. CT, the Marlow Weather Service said."
    )
    names = names_of(nlp, text)
    for thing in ("Harbor Crest", "MV Lantern Star", "Responsible Robotics",
                  "Coastal Defence Fund Act", "Telegram", "Ct", "CT"):
        assert thing not in names
    assert "Coast Guard" in names


def test_an_event_word_in_lower_case_only_qualifies_a_body(nlp):
    text = (
        "At least half of the 112-member convention Rules Committee would have to back "
        "the change, said Curly Haugland, a delegate."
    )
    assert names_of(nlp, text).get("convention Rules Committee") == "government"


def test_a_word_cut_from_a_named_day_is_no_actor(nlp):
    text = (
        "The contests come after the Iowa caucuses and the New Hampshire primary - and "
        "just before Super Tuesday, when voters in 11 states will cast ballots, said "
        "Ann Ford, a strategist."
    )
    names = names_of(nlp, text)
    assert "Super" not in names and "Ann Ford" in names


def test_a_force_named_after_a_or_an_is_one_member_not_the_body(nlp):
    text = (
        "Representative Mike Coffman of Colorado, a Republican who served in combat as a "
        "Marine, denounced Mr. Trump's remarks. ''I'm O.K. with negotiations,'' Mr. Hoyer said."
    )
    names = names_of(nlp, text)
    assert "Marine" not in names and "O.K." not in names
    assert "Mike Coffman" in names


def test_a_programme_named_before_a_day_still_names_its_outlet(nlp):
    text = (
        "Donald Trump, while being interviewed on Fox and Friends Monday morning, called "
        "again for President Obama to resign."
    )
    assert "Fox and Friends" in names_of(nlp, text)


def test_court_cases_stances_and_names_cut_short_are_no_actors(nlp):
    text = (
        "The court has ruled against unions before, including in Walmart Stores v. Dukes, "
        "said Ann Ford, a lawyer. The post came from the account of a pro-Islamic State "
        "group."
    )
    names = names_of(nlp, text)
    assert "Walmart Stores v. Dukes" not in names and "pro-Islamic State" not in names
    assert "Ann Ford" in names


def test_capitalised_stances_and_firms_named_like_documents_are_bodies(nlp):
    text = (
        "The Anti-Defamation League condemned the ad, and Charter Communications said it "
        "would pull it."
    )
    names = names_of(nlp, text)
    assert "Anti-Defamation League" in names and "Charter Communications" in names


@pytest.mark.parametrize(("text", "not_actor"), [
    ("The Coast Guard said the bulk carrier Gulf Meridian had run aground at the mouth of "
     "the river and that its 21 crew members were safe.", "Gulf Meridian"),
    ("The Sahel Liberation Front said in a statement posted on Telegram that it would "
     "treat foreign troops as occupiers.", "Telegram"),
    ("The Daily Trust, a Nigerian newspaper, reported that the group had kidnapped 40 aid "
     "workers near the border with Niger in October.", "Niger"),
    ("Forty-one countries signed the Paris Declaration on Trustworthy AI; the United "
     "States did not. Critics said AI safety was ignored.", "Trustworthy AI"),
    ("The Paris AI Summit opened at the Grand Palais with delegations from 60 countries, "
     "said Claire Morel, a French official.", "Paris AI Summit"),
    ("The European Union, which commands Operation Clear Passage, said its mandate would "
     "be extended to 2027.", "Operation Clear Passage"),
    ("Congress passed the Regional Security Fund Act in May, said Senator Ann Ford.",
     "Regional Security Fund Act"),
    ("7:05 a.m. CT\n\nThe storm made landfall near Morgan City, the National Hurricane "
     "Center said.", "Ct"),
])
def test_ships_platforms_borders_laws_events_and_time_zones_are_no_actors(nlp, text, not_actor):
    names = analysed_names(nlp, text)
    assert not_actor not in names
    assert names  # the story's actors are still found


def test_a_person_a_room_is_named_after_is_no_actor_there(nlp):
    text = (
        "Speaking to reporters at the White House James S. Brady briefing room Sunday, "
        "President Barack Obama framed the shooting as an act of terror."
    )
    names = names_of(nlp, text)
    assert "James S. Brady" not in names and "Barack Obama" in names


def test_a_listed_body_before_official_or_funding_is_no_actor(nlp):
    text = (
        "A U.N. official, speaking on condition of anonymity, said the force would need a "
        "mandate to receive U.N. funding. NATO said it would help."
    )
    names = names_of(nlp, text)
    assert "U.N." not in names and "United Nations" not in names
    assert "NATO" in names


def test_a_surname_after_the_qualifying_no_noun_is_a_things_name(nlp):
    text = (
        "After reciting this passage from the King James Bible, Beck said it was clear. "
        "He recited a passage from the Bible about boasters."
    )
    assert list(names_of(nlp, text)) == ["Beck"]


def test_a_person_also_named_without_the_keeps_a_the_before_the_surname(nlp):
    text = (
        "Peter Lasko spoke first at the debate. Lasko said the plan was sound. "
        "Then the real Lasko showed up, angry and loud."
    )
    assert "Peter Lasko" in names_of(nlp, text)


def test_a_county_and_a_title_before_a_name_are_no_person(nlp):
    names = names_of(nlp, "The council backed Calder County Sheriff Ray Dunham's plan to end the "
                          "contract, Dunham said.")
    assert names.get("Ray Dunham") == "person"
    assert "Calder County Sheriff" not in names


def test_a_byline_and_the_note_on_the_writer_name_no_actor(nlp):
    text = ("Why the four-day week needs new rules\n\nBy labour columnist Nora Penhale\n\n"
            "Employers are not waiting for Ottawa, Thomas Reid said.\n\n"
            "Nora Penhale is a former employment lawyer.")
    names = names_of(nlp, text)
    assert "Nora Penhale" not in names
    assert names.get("Thomas Reid") == "person"
    # A sentence that opens with "By" is no byline.
    names = names_of(nlp, "By Tuesday, Thomas Reid had said the deal was off.")
    assert names.get("Thomas Reid") == "person"


def test_the_seat_a_member_holds_is_a_place(nlp):
    names = names_of(nlp, "The MP for Heysen, Tom Baillieu-Ward, said his party would move a "
                          "motion. The Member for Torrens, Ann Lowe, disagreed.")
    assert "Heysen" not in names and "Torrens" not in names
    assert names.get("Tom Baillieu-Ward") == "person"
    # A body after "the" is whom someone works for, no seat.
    names = names_of(nlp, "Ann Roe covered the senator for the Harbor Valley Gazette.")
    assert names.get("Harbor Valley Gazette") == "media"


def test_a_country_that_is_only_where_things_happen_is_no_actor(nlp):
    text = ("Researchers followed 2,000 people in Denmark, Sweden and Norway. Officials said "
            "buyers in China, which refines most of the metal, would pay more. We are in close "
            "touch with our partners in the European Union and the United Kingdom.")
    names = names_of(nlp, text)
    assert not {"Denmark", "Sweden", "Norway"} & set(names)
    assert names.get("China") == "country"
    assert names.get("United Kingdom") == "country"


def test_a_party_named_only_as_a_ministers_portfolio_is_no_actor(nlp):
    from tests.nlp.test_actors import actors_of

    text = (
        "Labour Minister Priya Desrochers told the House of Commons on Monday that the "
        "government had no plans to change the Canada Labour Code this year."
    )
    actors = actors_of(nlp, text)
    names = {a.name for a in actors}
    assert "Labour" not in names
    assert "Priya Desrochers" in names


def test_an_unknown_acronym_naming_a_service_or_cadre_is_no_actor(nlp):
    text = (
        "District collector Ravi Menon, an IAS officer of the 2004 batch, said the roads would "
        "reopen on Monday. Dan Roth, a former CIA officer, said the plan was risky."
    )
    names = names_of(nlp, text)
    assert "IAS" not in names
    assert "CIA" in names


def test_a_hometown_after_a_person_and_a_broadcasters_programme_are_no_actors(nlp):
    text = (
        "Pensioner Maureen Tillotson, 78, from Wigan, said the cut was cruel. A music teacher "
        "from Hull called in. Darren Kilbride said on BBC Radio 4's Front Row that it hurt."
    )
    names = names_of(nlp, text)
    assert not {"Wigan", "Hull", "Front Row"} & set(names)
    assert names.get("BBC Radio 4") == "media"


def test_a_bodys_full_name_before_a_noun_still_names_it(nlp):
    text = (
        "The Lakeshore Transit Authority board voted on Monday to cut 40 routes. "
        "Its chair, Gloria Menendez, said the plan was a warning."
    )
    assert names_of(nlp, text).get("Lakeshore Transit Authority") == "government"


def test_a_home_lived_at_or_a_site_in_a_town_is_no_body(nlp):
    text = (
        "Inspectors found mould at Larchmont House in Rotherham, the regulator said. Nadia "
        "Whitfield, whose father lived at Larchmont House until March, said she had complained. "
        "Ruth Keller, a fellow at Chatham House in London, said homes were poorly run."
    )
    names = names_of(nlp, text)
    assert "Larchmont House" not in names
    assert "Chatham House" in names
