"""One actor per body: acronyms, a country's ministries, portfolios in titles."""

from briefer.nlp.actors import extract_actors
from briefer.nlp.bodies import _acronym_words, country_of_body, person_name


def actors_of(nlp, text):
    return extract_actors(nlp(text))


def owner_of(actors, text, word, nth=0):
    """The actor one of whose mentions covers the NTH occurrence of WORD."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    owners = [a for a in actors for m in a.mentions if m.start <= at < m.end]
    return owners[0] if owners else None


def test_bracketed_mixed_case_acronym_is_the_body(nlp):
    text = (
        "The Department for Transport and Local Roads (Dtlr) said the bridge would reopen. "
        "Engineers hired by Dtlr found no damage, a spokesman said."
    )
    actors = actors_of(nlp, text)
    body = owner_of(actors, text, "Department for Transport")
    assert body is not None and body.type == "government"
    assert owner_of(actors, text, "Dtlr", 0) is body
    assert owner_of(actors, text, "Dtlr", 1) is body


def test_acronym_with_two_capitals_found_later_is_the_body(nlp):
    text = (
        "The Ministry of Justice published new sentencing figures on Tuesday. "
        "Critics said the MoJ had ignored the prisons inspectorate for years."
    )
    actors = actors_of(nlp, text)
    body = owner_of(actors, text, "Ministry of Justice")
    assert body is not None
    assert owner_of(actors, text, "MoJ") is body


def test_a_countrys_ministry_in_lower_case_is_its_own_government_body(nlp):
    text = (
        "Brazil's agriculture ministry said exports of beef would resume next week. "
        "Brazil has been shut out of two markets since March. "
        "The Turkish foreign ministry condemned the strike."
    )
    actors = actors_of(nlp, text)
    ministry = owner_of(actors, text, "agriculture ministry")
    assert ministry is not None and ministry.type == "government"
    assert ministry.affiliation == "Brazil"
    country = owner_of(actors, text, "Brazil has")
    assert country is not None and country is not ministry and country.type == "country"
    turkish = owner_of(actors, text, "foreign ministry")
    assert turkish is not None and turkish.type == "government"
    assert turkish.affiliation == "Turkey"


def test_country_of_body():
    assert country_of_body("Mexico's economy ministry") == "Mexico"
    assert country_of_body("Saudi energy ministry") == "Saudi Arabia"
    assert country_of_body("Cyber Command") is None


def test_a_portfolio_in_a_title_is_no_actor(nlp):
    text = (
        "Agriculture Secretary Dana Holt said farm prices would stabilise. "
        "Ms. Holt spoke in Iowa."
    )
    names = [a.name for a in actors_of(nlp, text)]
    assert "Agriculture" not in names
    assert "Dana Holt" in names


def test_later_occurrences_of_a_name_are_mentions(nlp):
    text = (
        "Portugal raised its growth forecast on Monday, the finance minister said.\n\n"
        "Why Portugal's Budget Matters\n\n"
        "Economists at Lisbon University said Portugal's debt would fall."
    )
    actors = actors_of(nlp, text)
    portugal = owner_of(actors, text, "Portugal")
    assert portugal is not None and portugal.type == "country"
    assert owner_of(actors, text, "Portugal's Budget") is portugal
    assert owner_of(actors, text, "Portugal's debt") is portugal


def test_a_description_before_or_after_the_name_gives_the_type(nlp):
    text = (
        "The advocacy group Fair Streets said the rule was unlawful. Lorne Dufresne, "
        "editor of The Corner Dispatch, disagreed. Orchid Ridge Partners, a research firm "
        "in Denver, said costs would rise, and cybersecurity firm Nightjar Shield agreed."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Fair Streets") == "organization"
    assert types.get("Orchid Ridge Partners") == "company"
    assert types.get("Nightjar Shield") == "company"
    assert types.get("Corner Dispatch", types.get("The Corner Dispatch")) == "media"


def test_a_presidents_administration_is_a_government_body(nlp):
    text = (
        "President Joe Biden spoke on Monday. The Biden administration said the rule "
        "would stand, and Biden later repeated it."
    )
    actors = actors_of(nlp, text)
    administration = owner_of(actors, text, "Biden administration")
    assert administration is not None and administration.type == "government"
    biden = owner_of(actors, text, "Joe Biden")
    assert biden.type == "person" and biden is not administration


def test_a_spaced_dash_ends_a_body_and_a_person_follows(nlp):
    text = (
        "Two members of the House Oversight Committee - Laura Finch and Peter Osei - "
        "said in a letter that the audit was late."
    )
    actors = actors_of(nlp, text)
    committee = owner_of(actors, text, "House Oversight Committee")
    finch = owner_of(actors, text, "Laura Finch")
    assert committee is not None and committee.type == "government"
    assert finch is not None and finch.type == "person" and finch is not committee


def test_a_name_with_who_or_after_a_role_is_a_person(nlp):
    text = (
        "Gurpreet Dhaliwal, who chairs the panel, said the report was late. "
        "The charity's chief executive, Rosalind Ashworth-Vane, said staff were exhausted."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Gurpreet Dhaliwal", types.get("Dhaliwal")) == "person"
    assert types.get("Rosalind Ashworth-Vane") == "person"


def test_listed_bodies_the_model_misses_are_found(nlp):
    text = (
        "E.P.A. Delays Soot Rule\n\n"
        "The Environmental Protection Agency said on Monday it would delay the rule. "
        "Reform UK and the Conservatives attacked the plan, and OPEC+ ministers met. "
        "Democrats said the E.P.A. had caved."
    )
    actors = actors_of(nlp, text)
    epa = owner_of(actors, text, "Environmental Protection Agency")
    assert epa is not None and epa.type == "government"
    assert owner_of(actors, text, "E.P.A.", 0) is epa
    assert owner_of(actors, text, "E.P.A.", 1) is epa
    reform = owner_of(actors, text, "Reform UK")
    assert reform is not None and reform.type == "party" and reform.name == "Reform UK"
    assert owner_of(actors, text, "Conservatives").type == "party"
    assert owner_of(actors, text, "Democrats").type == "party"


def test_a_full_agency_name_is_typed_as_its_acronym(nlp):
    text = "The Centers for Disease Control and Prevention said cases had doubled."
    actors = actors_of(nlp, text)
    cdc = owner_of(actors, text, "Centers for Disease Control")
    assert cdc is not None and cdc.type == "government"


def test_an_institution_at_another_is_two_bodies(nlp):
    text = (
        "Jill Orton, director of the Climate Lab at Halden University School of Forestry, "
        "said the data were clear."
    )
    actors = actors_of(nlp, text)
    lab = owner_of(actors, text, "Climate Lab")
    school = owner_of(actors, text, "Halden University")
    assert lab is not None and school is not None and lab is not school


def test_a_party_named_with_its_country_is_also_named_without_it(nlp):
    text = (
        "Renewal UK gained ground in the poll. Renewal's leader, Dora Finch, said "
        "voters wanted change."
    )
    actors = actors_of(nlp, text)
    party = owner_of(actors, text, "Renewal UK")
    assert party is not None
    assert owner_of(actors, text, "Renewal's") is party


def test_an_institution_listing_its_fields_with_commas_is_one_body(nlp):
    text = (
        "Rep. Ann Lowry, who sits on the House Science, Space, and Technology Committee, "
        "said the budget was too small."
    )
    actors = actors_of(nlp, text)
    committee = owner_of(actors, text, "House Science")
    assert committee is not None
    assert committee.name == "House Science, Space, and Technology Committee"
    assert committee.type == "government"


def test_a_seat_city_stands_for_the_body_named_there(nlp):
    text = (
        "The European Union set new quotas on Tuesday. British exporters said the "
        "quotas had been agreed with Brussels last year."
    )
    actors = actors_of(nlp, text)
    union = owner_of(actors, text, "European Union")
    assert owner_of(actors, text, "Brussels") is union
    assert "Belgium" not in {a.name for a in actors}


def test_types_from_the_shape_of_a_name(nlp):
    text = (
        "The World Anti-Fraud Agency and the National Pipeline Safety Board said the "
        "Oregon Water Council had erred. NOAA agreed. The Tessa Bank and Orbin Federal "
        "Credit Union said rates would rise."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("World Anti-Fraud Agency") == "international"
    assert types.get("National Pipeline Safety Board") == "government"
    assert types.get("Oregon Water Council") == "government"
    assert types.get("NOAA") == "government"


def test_two_bodies_joined_by_and_are_two_actors(nlp):
    text = (
        "The Green Party and Plaid Cymru said in a joint statement that the fine was too "
        "small. The Department of Health and Human Services declined to comment."
    )
    actors = actors_of(nlp, text)
    green = owner_of(actors, text, "Green Party")
    plaid = owner_of(actors, text, "Plaid Cymru")
    assert green is not None and plaid is not None and green is not plaid
    assert green.type == plaid.type == "party"
    hhs = owner_of(actors, text, "Human Services")
    assert hhs is owner_of(actors, text, "Department of Health")


def test_a_company_that_does_things_is_no_person(nlp):
    text = "Velmora, which runs 300 stores, said sales fell. Vice Adm. Lena Marsh said nothing."
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Velmora") != "person"


def test_a_short_name_in_brackets_after_a_public_body_is_its_alias(nlp):
    text = (
        "The Oregon Department of Parks and Recreation (Oregon Parks) closed the trail. "
        "Oregon Parks said it would reopen in May."
    )
    actors = actors_of(nlp, text)
    parks = owner_of(actors, text, "Oregon Department")
    assert owner_of(actors, text, "Oregon Parks", 0) is parks
    assert owner_of(actors, text, "Oregon Parks", 1) is parks


def test_a_description_after_a_name_without_a_given_name_makes_it_a_body(nlp):
    text = "Commuter Voice East, a watchdog, said punctuality had fallen for a year."
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Commuter Voice East") == "organization"


def test_a_school_at_a_university_and_two_banks_named_together_are_apart(nlp):
    text = (
        "Rita Okoro, a professor at the Dunmore School of Business at Calder University, "
        "said the rules were clear.\n\n"
        "Customers of Pellow Bank and Varna Federal Credit Union could not log in. Pellow "
        "customers were refunded."
    )
    actors = actors_of(nlp, text)
    school = owner_of(actors, text, "Dunmore School")
    university = owner_of(actors, text, "Calder University")
    assert school is not None and university is not None and school is not university
    bank = owner_of(actors, text, "Pellow Bank")
    union = owner_of(actors, text, "Varna Federal")
    assert bank is not None and union is not None and bank is not union
    assert bank.name == "Pellow Bank"


def test_a_full_name_with_a_known_given_name_typed_as_an_organisation_is_a_person():
    from briefer.nlp.bodies import settled_type

    assert settled_type("Glenn Harlan Reynolds", "organization") == "person"
    assert settled_type("Julia Harte", "organization") == "person"
    assert settled_type("Julia Harte Foundation", "organization") != "person"
    assert settled_type("General Dynamics", "organization") != "person"
    assert settled_type("Al Shabaab", "organization") != "person"


def test_a_short_name_ending_a_longer_body_name_is_that_body(nlp):
    from briefer.nlp.actors import extract_actors

    text = (
        "The House Appropriations Committee met on Tuesday. Members of the Appropriations "
        "Committee voted to cut the budget."
    )
    names = [a.name for a in extract_actors(nlp(text)) if a.type != "person"]
    assert names == ["House Appropriations Committee"]


def test_a_short_name_two_bodies_end_with_stays_apart(nlp):
    from briefer.nlp.actors import extract_actors

    text = (
        "The House Appropriations Committee and the Senate Appropriations Committee met. "
        "The Appropriations Committee chairs disagreed."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert {"House Appropriations Committee", "Senate Appropriations Committee"} <= names


def test_an_armed_groups_acronym_is_the_group(nlp):
    text = (
        "The Islamic State claimed the attack on Sunday. Analysts said ISIS had lost "
        "territory but kept its reach online."
    )
    actors = actors_of(nlp, text)
    group = owner_of(actors, text, "Islamic State")
    assert group is not None and owner_of(actors, text, "ISIS") is group


def test_types_from_heads_legal_forms_and_local_councils():
    from briefer.nlp.bodies import settled_type

    assert settled_type("Seatrade Gazette", "person") == "media"
    assert settled_type("Emily Post", "person") == "person"
    assert settled_type("BBC Radio 4", "organization") == "media"
    assert settled_type("Harbor Federal Credit Union", "organization") == "company"
    assert settled_type("Nordvik Semiconductor AB", "organization") == "company"
    assert settled_type("Atacama Environmental Network", "organization") == "organization"
    assert settled_type("Fox News Network", "organization") == "media"
    assert settled_type("Eastmere Borough Council", "organization") == "government"
    assert settled_type("National Hurricane Center", "organization") == "government"
    assert settled_type("Regulator of Social Housing", "organization") == "government"
    assert settled_type("Bank of England", "organization") == "government"
    assert settled_type("Energy UK", "country") == "organization"
    assert settled_type("United Kingdom", "country") == "country"


def test_a_title_the_model_took_into_an_organisation_opens_a_person(nlp):
    text = "The LGA's chair, Cllr Louise Haddon, said councils were short of money."
    people = {a.name: a for a in actors_of(nlp, text) if a.type == "person"}
    assert "councillor" in people["Louise Haddon"].roles


def test_armed_groups_and_publications_described_so_are_no_people(nlp):
    cases = {
        "The Nigerian terrorist group Boko Haram kidnapped 276 schoolgirls.": (
            "Boko Haram", "organization"),
        "Boko Haram, the jihadist group, claimed the attack.": ("Boko Haram", "organization"),
        "Gunmen attacked the offices of the satirical weekly Charlie Hebdo in Paris.": (
            "Charlie Hebdo", "media"),
        "The liberal gossip site Gawker set a trap for Donald Trump.": ("Gawker", "media"),
    }
    for text, (name, kind) in cases.items():
        types = {a.name: a.type for a in actors_of(nlp, text)}
        assert types.get(name) == kind, text


def test_a_determiner_or_possessive_picked_up_in_front_is_no_part_of_a_name(nlp):
    cases = {
        "It is more evidence of pay-to-play politics at her State Department, said "
        "Reince Priebus.": ("State Department", "government"),
        "In his farewell to a Republican Party that elevated his father, Jeb Bush said he "
        "was proud.": ("Republican Party", "party"),
    }
    for text, (name, kind) in cases.items():
        types = {a.name: a.type for a in actors_of(nlp, text)}
        assert types.get(name) == kind, text


def test_a_name_cut_after_a_connector_or_with_a_curly_possessive_is_whole():
    from briefer.nlp.bodies import clean_name

    assert clean_name("State Department and") == "State Department"
    assert clean_name("European Court of") == "European Court"
    assert clean_name("National Review\u2018s") == "National Review"
    assert clean_name("Department of Justice") == "Department of Justice"


def test_a_listed_broadcasters_network_is_a_medium(nlp):
    text = "The Fox Business Network aired the debate, said Marco Rubio, a Florida senator."
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Fox Business Network") == "media"


def test_a_programme_title_in_quote_marks_is_not_its_makers_full_name(nlp):
    text = (
        "Breitbart News reported the arrests on Monday.\n\n"
        "In an interview with Sirius XM's \"Breitbart News Daily,\" Dan Moss said the city "
        "\"must act now.\"\n\nSirius XM declined to comment."
    )
    actors = {a.name: a for a in extract_actors(nlp(text))}
    outlet = actors["Breitbart News"]
    assert all(m.text == "Breitbart News" for m in outlet.mentions)


def test_an_outlet_goes_without_the_place_opening_its_name(nlp):
    text = (
        "On Monday the Chicago Daily Herald said the vote was rigged. The Daily Herald "
        "claims the count was wrong. The International New York Times and the New York "
        "Times differ."
    )
    actors = {a.name: a for a in actors_of(nlp, text)}
    assert "Daily Herald" not in actors
    assert len(actors["Chicago Daily Herald"].mentions) == 2
    assert {"International New York Times", "New York Times"} <= set(actors)


def test_a_networks_letters_before_its_medium_are_its_alias(nlp):
    text = "The senator spoke in an interview with ABC News on Sunday."
    [network] = [a for a in actors_of(nlp, text) if a.type == "media"]
    assert network.name == "ABC News" and "ABC" in network.aliases


def test_a_persons_name_goes_without_the_relation_the_model_took_in(nlp):
    assert person_name("Lebrun’s niece Marion") == "Marion"
    assert person_name("Ursula von der Leyen") == "Ursula von der Leyen"
    text = "Marine Lebrun leads the party. Lebrun’s niece Marion, a deputy, also endorsed the plan."
    assert "Marion" in {a.name for a in actors_of(nlp, text)}


def test_types_of_commonwealth_parties_legislatures_and_international_agencies():
    from briefer.nlp.bodies import settled_type

    assert settled_type("Labor", "organization") == "party"
    assert settled_type("Greens", "organization") == "party"
    assert settled_type("Legislative Council", "organization") == "government"
    assert settled_type("Pune Metro Rail Corporation Limited", "organization") == "company"
    assert settled_type("Harlow Brands", "organization") == "company"
    # An international first word makes an organisation's name international,
    # as it does an agency's; a national one's stays what it was.
    assert settled_type("International Maritime Organization", "organization") == "international"
    assert settled_type("Pan American Health Organization", "organization") == "international"
    assert settled_type("European Banking Authority", "government") == "international"
    assert settled_type("Zionist Organization of America", "organization") == "organization"


def test_clubs_and_societies_after_a_given_name_and_a_listed_outlets_editions():
    from briefer.nlp.bodies import settled_type

    assert settled_type("Sierra Club", "organization") == "organization"
    assert settled_type("Rachel Carson Society", "person") == "organization"
    assert settled_type("ABC Radio Adelaide", "organization") == "media"
    assert settled_type("BBC Scotland", "organization") == "media"
    # An outlet's name that is an ordinary word opens other names too.
    assert settled_type("Post Office", "organization") != "media"
    assert settled_type("Emily Post", "person") == "person"


def test_a_body_named_in_capitals_keeps_its_head_word(nlp):
    # A real USA Today column: "covering the senator for the USA TODAY NETWORK" gave a
    # person "NETWORK", who then took the senator's words.
    from tests.nlp.test_actors import actors_of

    actors = actors_of(nlp, "Ann Roe has covered the senator for the USA TODAY NETWORK "
                            "since 2012, and for the CAPITAL MEDIA GROUP before that.")
    names = {a.name: a.type for a in actors}
    assert "Network" not in names and "NETWORK" not in names
    assert any(n.upper() == "USA TODAY NETWORK" for n in names)


def test_a_partys_members_named_in_the_plural_are_the_party(nlp):
    text = ('The Liberal Party demanded an inquiry. "If the Liberals have evidence, they should '
            'hand it over," Daniel Whitford said.')
    names = {a.name: a.type for a in actors_of(nlp, text)}
    assert names.get("Liberal Party") == "party" and "Liberals" not in names


def test_newspaper_names_firm_names_and_no10_are_typed_by_their_words(nlp):
    text = (
        "Gina Pike told The Sun the deal was off, according to records reviewed by The "
        "Meridian Ledger. Coldharbour Ferries and Ashgrove Dynamics cut jobs, and No10 said "
        "ministers were angry."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Sun") == "media" and types.get("Meridian Ledger") == "media"
    assert types.get("Coldharbour Ferries") == "company"
    assert types.get("Ashgrove Dynamics") == "company"
    assert types.get("No10") == "government"


def test_the_words_that_may_be_acronyms_are_found_once_per_text_in_order():
    text = "The MoD and Defra spoke; F.D.A. staff and the NHS agreed. MoD again."
    assert _acronym_words(text) == ("Defra", "MoD", "NHS", "The")
    assert _acronym_words(text) is _acronym_words(text)
