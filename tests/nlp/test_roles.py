"""Roles and affiliations read from the words around a name."""

import pytest

from briefer.nlp.entities import corrected_entities
from briefer.nlp.roles import (
    apposition_after,
    role_before_comma,
    role_before_list,
    roles_of_mention,
    title_before,
)


def person_readings(nlp, text, name):
    doc = nlp(text)
    entities = corrected_entities(doc)
    entity_at = {i: e for e in entities for i in range(e.start, e.end)}
    person = next(e for e in entities if e.label == "PERSON" and e.text == name)
    return doc, person, entity_at


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("UK Prime Minister Keir Starmer met the king.", "Keir Starmer", "UK Prime Minister"),
        (
            "He met Russian Foreign Minister Sergey Lavrov.",
            "Sergey Lavrov",
            "Russian Foreign Minister",
        ),
        ("European security expert Ed Arnold said so.", "Ed Arnold", "European security expert"),
        ("Former Defense Secretary Mark Esper spoke.", "Mark Esper", "Former Defense Secretary"),
        ("Ukraine's President Olena Zelenska spoke.", "Olena Zelenska", "Ukraine's President"),
        # Local offices and the words local papers put before a name.
        ("Supervisor Ben Aldana said the board would meet.", "Ben Aldana", "Supervisor"),
        ("Councilmember Luis Ortega said the plan had no price.", "Luis Ortega", "Councilmember"),
        ("Parent Jasmine Ruiz said the road was unsafe.", "Jasmine Ruiz", "Parent"),
        # Two titles joined by "and" are one title.
        ("Acme Chairman and CEO Tom Ruiz said the deal was done.", "Tom Ruiz",
         "Acme Chairman and CEO"),
    ],
)
def test_title_before_the_name(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    assert title_before(doc, person, entity_at).role == role


def test_no_title_when_the_word_before_is_no_role(nlp):
    doc, person, entity_at = person_readings(
        nlp, "The support of Emmanuel Macron was decisive.", "Emmanuel Macron"
    )
    assert title_before(doc, person, entity_at) is None
    assert roles_of_mention(doc, person, entity_at) == []


def test_title_naming_an_organisation_gives_the_affiliation(nlp):
    doc, person, entity_at = person_readings(
        nlp, "European Commission President Ursula von der Leyen spoke.", "Ursula von der Leyen"
    )
    reading = title_before(doc, person, entity_at)
    assert reading.role == "European Commission President"
    assert reading.affiliation.text == "European Commission"


def test_apposition_cut_at_the_affiliation(nlp):
    text = (
        "Francois Heisbourg, a special adviser at the Foundation for Strategic Research "
        "in Paris, noted that the risk was high."
    )
    doc, person, entity_at = person_readings(nlp, text, "Francois Heisbourg")
    [reading] = apposition_after(doc, person, entity_at)
    assert reading.role == "special adviser"
    assert reading.affiliation.text == "Foundation for Strategic Research"


def test_apposition_at_the_end_of_a_sentence(nlp):
    text = "The risk is high, according to Ben Hodges, former U.S. Army commander in Europe."
    doc, person, entity_at = person_readings(nlp, text, "Ben Hodges")
    [reading] = apposition_after(doc, person, entity_at)
    assert reading.role == "former U.S. Army commander in Europe"
    assert reading.affiliation.text == "U.S. Army"


def test_apposition_with_the_and_a_spokesperson_of_a_body(nlp):
    text = "Maria Zakharova, the spokeswoman for the Russian Foreign Ministry, said no."
    doc, person, entity_at = person_readings(nlp, text, "Maria Zakharova")
    [reading] = apposition_after(doc, person, entity_at)
    assert reading.role == "spokeswoman"
    assert reading.affiliation.text == "Russian Foreign Ministry"


@pytest.mark.parametrize(
    "text",
    [
        "Macron, Starmer and Ed Arnold met in Paris on Thursday.",
        "Ed Arnold, who leads the team at the institute, said so.",
        "Ed Arnold, Jane Whitfield, an analyst, and others spoke.",
    ],
)
def test_lists_and_clauses_are_no_apposition(nlp, text):
    doc, person, entity_at = person_readings(nlp, text, "Ed Arnold")
    assert apposition_after(doc, person, entity_at) == []


def test_role_before_a_comma(nlp):
    text = "The Kremlin's spokesman, Dmitry Peskov, said the talks were over."
    doc, person, entity_at = person_readings(nlp, text, "Dmitry Peskov")
    assert role_before_comma(doc, person, entity_at).role == "Kremlin's spokesman"


def test_every_reading_of_one_mention(nlp):
    text = "Defense Secretary Pete Hegseth, a former Army officer, said no."
    doc, person, entity_at = person_readings(nlp, text, "Pete Hegseth")
    roles = [r.role for r in roles_of_mention(doc, person, entity_at)]
    assert roles == ["Defense Secretary", "former Army officer"]


def test_coordinated_roles_in_one_apposition(nlp):
    text = (
        "Steven Rosenthal, a tax lawyer at Miller & Chevalier and a senior fellow at the "
        "Urban-Brookings Tax Policy Center, said the plan was costly."
    )
    doc, person, entity_at = person_readings(nlp, text, "Steven Rosenthal")
    readings = apposition_after(doc, person, entity_at)
    assert [r.role for r in readings] == ["tax lawyer", "senior fellow"]
    assert readings[1].affiliation.text == "Urban-Brookings Tax Policy Center"


def test_title_stops_at_a_lower_case_noun_before_a_capitalised_title(nlp):
    text = "The debate pitted him against fellow candidate Texas Senator Ted Cruz on Monday."
    doc, person, entity_at = person_readings(nlp, text, "Ted Cruz")
    assert title_before(doc, person, entity_at).role == "Texas Senator"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("\"We will rebuild,\" an angry Mayor Dana Wells retaliated.", "Dana Wells", "Mayor"),
        ("Only retired Gen. Tom Hale agreed.", "Tom Hale", "retired general"),
    ],
)
def test_title_stops_at_a_lower_case_adjective_of_mood(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    assert title_before(doc, person, entity_at).role == role


def test_affiliation_after_describing_words(nlp):
    text = (
        "Josh Bivens, research director of the progressive Economic Policy Institute, "
        "said wages were flat."
    )
    doc, person, entity_at = person_readings(nlp, text, "Josh Bivens")
    [reading] = apposition_after(doc, person, entity_at)
    assert reading.role == "research director"
    assert reading.affiliation.text == "Economic Policy Institute"


def test_an_event_after_at_is_where_someone_was_not_where_they_work(nlp):
    text = (
        "“Wages are flat,” said Josh Bivens of the Economic Policy Institute. Donald Trump "
        "said he was attacked by Khizr Khan at the Democratic National Convention."
    )
    assert actor_named(nlp, text, "Josh Bivens").affiliation == "Economic Policy Institute"
    assert actor_named(nlp, text, "Khizr Khan").affiliation == ""


def test_a_name_beside_a_relative_clauses_noun_takes_no_role_from_it(nlp):
    text = (
        "David Fenton, a longtime strategist for progressive causes whose agency, Fenton, "
        "made the ads, said its goal was a bipartisan solution."
    )
    assert actor_named(nlp, text, "David Fenton").roles == [
        "longtime strategist for progressive causes"
    ]


def actor_named(nlp, text, name):
    from briefer.nlp.actors import extract_actors

    return next(a for a in extract_actors(nlp(text)) if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Dmitry Peskov, press secretary for Putin, said the claims were absurd.",
         "Dmitry Peskov", "press secretary for Putin", "Putin"),
        ("Lisa Monaco, Obama's counterterrorism adviser, said the threat was real.",
         "Lisa Monaco", "Obama's counterterrorism adviser", "Obama"),
        ("Adam Schiff, the ranking Democrat on the House Intelligence Committee, said so.",
         "Adam Schiff", "ranking Democrat", "House Intelligence Committee"),
        ("Sen. Tim Kaine told Reuters that the letter was wrong.", "Tim Kaine", "senator", ""),
        ("Reps. Elijah Cummings and Adam Schiff wrote to the FBI on Monday.",
         "Elijah Cummings", "representative", ""),
        ("Reps. Jerrold Nash and Linda Okafor, both Democrats, wrote to the FBI.",
         "Linda Okafor", "representative", ""),
        ("Dmitry Peskov, press secretary for President Vladimir Putin, said so.",
         "Dmitry Peskov", "press secretary for President Vladimir Putin", "Vladimir Putin"),
    ],
)
def test_roles_from_the_constructions_news_uses(nlp, text, name, role, affiliation):
    actor = actor_named(nlp, text, name)
    assert role in actor.roles
    assert actor.affiliation == affiliation


def test_a_singular_title_stays_with_its_own_name(nlp):
    actor = actor_named(nlp, "Sen. Tim Kaine and Mark Warner spoke on Monday.", "Mark Warner")
    assert actor.roles == []


def test_a_role_with_its_phrase_before_a_comma(nlp):
    doc, person, entity_at = person_readings(
        nlp,
        "A spokesman for the department, Peter Vance, said the department did not comment.",
        "Peter Vance",
    )
    assert [r.role for r in roles_of_mention(doc, person, entity_at)] == [
        "spokesman for the department"
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an honorific between the title and the name
        ("Ohio health commissioner Dr. Ben Carver confirmed a third case.", "Ben Carver",
         "Ohio health commissioner"),
        # a role word the model tags as an adjective
        ("The network called the race for incumbent Paul Dorsey on Tuesday.", "Paul Dorsey",
         "incumbent"),
        # a candidate's name before "campaign" is part of the role
        ("A Walsh campaign spokeswoman, Rita Moreno, said the count was not over.",
         "Rita Moreno", "campaign spokeswoman"),
        # a determiner other than an article before the role
        ("Another commissioner, Tom Rayburn, said the rules were enough.", "Tom Rayburn",
         "commissioner"),
        # a title written with the name after the comma
        ("I met the Jordanian foreign minister, Prince Faisal bin Ali, on Sunday.",
         "Faisal bin Ali", "Jordanian foreign minister"),
        ("A spokesman for the Department of the Navy, Captain Mark Olsen, said the ship was "
         "safe.", "Mark Olsen", "spokesman"),
        # a possessor the model left untagged
        ("Plaid's candidate, Owen Price, a former teacher, said the valley was ignored.",
         "Owen Price", "Plaid's candidate"),
    ],
)
def test_roles_around_titles_honorifics_and_determiners(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    assert role in [r.role for r in roles_of_mention(doc, person, entity_at)]


def test_a_heading_above_the_line_is_no_part_of_a_title(nlp):
    text = ("Governor Sets Out Budget Plan\n\nRHODE ISLAND GOVERNOR Daniel McKee said taxes "
            "would fall.")
    doc, person, entity_at = person_readings(nlp, text, "Daniel McKee")
    reading = title_before(doc, person, entity_at)
    assert reading is not None and "Plan" not in reading.role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # "of PLACE" after the name, then the apposition
        ("Gov. Ray Hollis of Alabama, a Democrat, said the plan was bad.", "Ray Hollis",
         "Democrat", None),
        # a body's name with commas inside the apposition
        ("Sen. Ann Pike of Maine, the ranking member of the Senate Commerce, Science and "
         "Transportation Committee, said no.", "Ann Pike", "ranking member",
         "Senate Commerce, Science and Transportation Committee"),
        # an adverb opening the apposition
        ("Former Attorney General Ed Morris, now a partner at Baker & Lowe LLP who is not "
         "involved in the case, said such suits settle.", "Ed Morris", "partner",
         "Baker & Lowe LLP"),
        # a name the model takes for a person after a kind of body
        ("Helen Marsh, co-president of the advocacy group Common Ground, said her group would "
         "sue.", "Helen Marsh", "co-president", "Common Ground"),
        # "lead" as a role noun
        ("Dr. Anna Berg, the WHO's technical lead for influenza, said there was no spread.",
         "Anna Berg", "WHO's technical lead for influenza", "WHO"),
    ],
)
def test_appositions_after_a_place_an_adverb_or_a_body_with_commas(
    nlp, text, name, role, affiliation
):
    doc, person, entity_at = person_readings(nlp, text, name)
    readings = apposition_after(doc, person, entity_at)
    assert role in [r.role for r in readings]
    reading = next(r for r in readings if r.role == role)
    assert (reading.affiliation.text if reading.affiliation else None) == affiliation
    assert "said" not in reading.phrase


def test_a_body_name_with_a_comma_stays_in_the_role(nlp):
    text = ("Sen. Ann Pike of Maine, the ranking member of the Senate Commerce, Science and "
            "Transportation Committee, said no.")
    doc, person, entity_at = person_readings(nlp, text, "Ann Pike")
    [reading] = apposition_after(doc, person, entity_at)
    assert reading.phrase.endswith("Science and Transportation Committee")


@pytest.mark.parametrize("name", ["Ann Ruiz", "Bo Chen"])
def test_an_apposition_said_of_each_name_of_a_list(nlp, name):
    text = "Reps. Ann Ruiz and Bo Chen, both Democrats on the panel, wrote to the agency."
    doc, person, entity_at = person_readings(nlp, text, name)
    roles = [r.role for r in roles_of_mention(doc, person, entity_at)]
    assert "Democrat on the panel" in roles
    assert "representative" in roles


@pytest.mark.parametrize("name", ["Bo Chen", "Dora Kemp"])
def test_a_plural_role_before_a_list_after_a_dash(nlp, name):
    text = ("Three senators on the Senate Armed Services Committee - Ann Ruiz, Bo Chen and "
            "Dora Kemp - said in a letter that the base should stay open.")
    doc, person, entity_at = person_readings(nlp, text, name)
    reading = role_before_list(doc, person, entity_at)
    assert reading.role == "senator"
    assert reading.affiliation.text == "Senate Armed Services Committee"


def test_a_plural_role_before_a_list_after_a_colon(nlp):
    text = ("Two Republican governors: Ann Ruiz and Bo Chen, both of whom face re-election, "
            "said the plan was unworkable.")
    doc, person, entity_at = person_readings(nlp, text, "Ann Ruiz")
    assert role_before_list(doc, person, entity_at).role == "Republican governor"


def test_a_list_apposition_must_fit_each_name(nlp):
    text = "Ed Arnold, Jane Whitfield, an analyst, and others spoke."
    doc, person, entity_at = person_readings(nlp, text, "Jane Whitfield")
    assert apposition_after(doc, person, entity_at) == []


def test_a_role_at_a_second_body_keeps_its_affiliation(nlp):
    text = ("Maya Lindgren is a senior fellow at the Brookings Institution and a former chief "
            "economist at the Labor Department.")
    actor = actor_named(nlp, text, "Maya Lindgren")
    assert actor.affiliation == "Brookings Institution"
    assert "senior fellow" in actor.roles
    assert "former chief economist at the Labor Department" in actor.roles


def test_a_role_naming_two_bodies_keeps_both(nlp):
    text = ("General Ray Fuller, the head of Space Command and the Missile Defense Agency, "
            "told a hearing that the threat was growing.")
    actor = actor_named(nlp, text, "Ray Fuller")
    assert "head of Space Command and the Missile Defense Agency" in actor.roles


def test_a_byline_role_ends_with_its_line(nlp):
    text = ("Markets slide on rate fears.\n\nBy Daniel Ortiz, senior markets correspondent\n\n"
            "Stocks fell on Monday, traders said.")
    doc, person, entity_at = person_readings(nlp, text, "Daniel Ortiz")
    [reading] = apposition_after(doc, person, entity_at)
    assert reading.role == "senior markets correspondent"


def test_a_candidate_named_in_a_title_is_the_affiliation_not_the_role(nlp):
    actor = actor_named(
        nlp, "A Walsh campaign spokeswoman, Rita Moreno, said the count was not over.",
        "Rita Moreno")
    assert actor.roles == ["campaign spokeswoman"]
    assert actor.affiliation == "Walsh campaign"


def test_a_transcript_label_title_is_written_in_lower_case(nlp):
    text = "SECRETARY HOLM: Good morning. We struck three sites."
    doc, person, entity_at = person_readings(nlp, text, "HOLM")
    assert title_before(doc, person, entity_at).role == "secretary"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Secretary of Homeland Security Kristi Noem said the border was closed.",
         "Kristi Noem", "Secretary of Homeland Security"),
        ("The Minister of Finance Maria Lopez said taxes would rise.", "Maria Lopez",
         "Minister of Finance"),
        ("White House Chief of Staff Susie Wiles said no.", "Susie Wiles",
         "White House Chief of Staff"),
    ],
)
def test_a_title_of_a_domain_before_the_name(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    assert title_before(doc, person, entity_at).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("In 2008, then-Sen. Barack Obama spoke in Iowa.", "Barack Obama", "then-senator"),
        ("Former Lt. Gov. Dan Ruiz said no.", "Dan Ruiz", "Former lieutenant governor"),
    ],
)
def test_short_titles_with_a_prefix_or_two_abbreviations(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    assert title_before(doc, person, entity_at).role == role


def test_a_plural_place_noun_before_a_colon_is_no_role(nlp):
    text = ("The race has three moderates who have led big states: Bush and Gov. Ann Lake of "
            "Iowa and John Kasich of Ohio.")
    doc, person, entity_at = person_readings(nlp, text, "John Kasich")
    assert role_before_list(doc, person, entity_at) is None


def test_no_role_from_figures_after_a_name(nlp):
    text = "Ray Dunn leads Ann Lake, 48 percent to 45 percent among Democrat voters, in Iowa."
    doc, person, entity_at = person_readings(nlp, text, "Ann Lake")
    assert apposition_after(doc, person, entity_at) == []


def test_the_host_of_a_broadcast_transcript(nlp):
    from briefer.nlp.role_phrases import host_reading

    doc = nlp("JOHN HARWOOD: Welcome back to Capital Report. We're joined now by Senator Ann "
              "Lake of Iowa.\n\nSEN. ANN LAKE: Good morning, John.")
    colon = next(t.i for t in doc if t.text == ":")
    reading = host_reading(doc, colon)
    assert reading.role == "host"
    assert reading.affiliation.text == "Capital Report"
    guest_colon = [t.i for t in doc if t.text == ":"][1]
    assert host_reading(doc, guest_colon) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the noun a "for/of" phrase hangs on is the role, not the last word
        ("A spokesman for the governor, Tom Reyes, said the office was closed.", "Tom Reyes",
         "spokesman for the governor"),
        ("The deputy secretary of the treasury, Ann Cole, said rates would hold.", "Ann Cole",
         "deputy secretary of the treasury"),
        # a lower-case possessor
        ("The county's sheriff, Dr. Paul Dane, said the roads were shut.", "Paul Dane",
         "county's sheriff"),
        # a profession by its ending
        ("Dr Mia Holt, a glaciologist at the University of Leeds, said the ice was thin.",
         "Mia Holt", "glaciologist"),
    ],
)
def test_roles_from_phrases_possessors_and_professions(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    assert role in [r.role for r in roles_of_mention(doc, person, entity_at)]


def test_a_title_the_model_read_into_the_name(nlp):
    from briefer.nlp.entities import make_entity

    doc = nlp("Chief Cabinet Secretary Ken Ito said the talks would go on.")
    name = make_entity(doc, 1, 5, "PERSON")  # "Cabinet Secretary Ken Ito"
    entity_at = {i: name for i in range(1, 5)}
    assert title_before(doc, name, entity_at).role == "Chief Cabinet Secretary"


def test_a_shared_title_past_each_names_apposition(nlp):
    text = ("Reps. Dan Holt, Republican of Ohio, and Mia Sosa, Democrat of Texas, wrote to the "
            "agency on Monday.")
    actor = actor_named(nlp, text, "Mia Sosa")
    assert "representative" in actor.roles
    assert "Democrat of Texas" in actor.roles


def test_a_bare_title_in_the_next_sentence(nlp):
    text = ("Ruth Okafor finished her first budget speech after an hour. The chancellor told "
            "MPs that taxes would rise.")
    assert actor_named(nlp, text, "Ruth Okafor").roles == ["chancellor"]


def test_a_bare_title_is_not_given_to_a_person_who_was_not_the_subject(nlp):
    text = ("The report praised Ruth Okafor for her work. The chancellor told MPs that taxes "
            "would rise.")
    assert actor_named(nlp, text, "Ruth Okafor").roles == []


def test_a_dateline_dash_is_no_part_of_a_title(nlp):
    doc, person, entity_at = person_readings(
        nlp, "MANCHESTER, N.H. - Sen. Ann Lake said the race was close.", "Ann Lake")
    assert title_before(doc, person, entity_at).role == "senator"


def test_a_role_does_not_end_on_a_conjunction(nlp):
    text = "Judge Ann Lake, an expert on antitrust law and, friends say, a patient listener, spoke."
    doc, person, entity_at = person_readings(nlp, text, "Ann Lake")
    assert all(not r.role.endswith(" and") for r in roles_of_mention(doc, person, entity_at))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Its chief executive, Anders Holm, told investors the route was longer.",
         "Anders Holm", "chief executive"),
        ("Southgate's managing director, Trent Calloway, said the deal was done.",
         "Trent Calloway", "managing director"),
        ("WADA's director general, Anders Fjelstad, said the agency would act.",
         "Anders Fjelstad", "director general"),
        ("The shadow chancellor, Rhodri Vane, said the budget was a tax rise.",
         "Rhodri Vane", "shadow chancellor"),
        ("The GMB union's national officer for care, Denise Arkwright, said staff were short.",
         "Denise Arkwright", "national officer for care"),
        ("His lawyer, Alana Whitcombe of the law firm Hartigan & Boyle LLP, said he would fight.",
         "Alana Whitcombe", "lawyer"),
        ("The head of the National Association of State Retirement Administrators, "
         "Curtis Blaylock, said funds were diversifying.", "Curtis Blaylock", "head"),
        ("The federal Minister for Water, Jacinta Reyes, said the plan would fail.",
         "Jacinta Reyes", "Minister for Water"),
        ("He praised Acme, a Halifax firm whose chief executive, Deborah Nakashima, cut hours.",
         "Deborah Nakashima", "chief executive"),
    ],
)
def test_a_role_before_the_name_and_its_comma(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    reading = role_before_comma(doc, person, entity_at)
    assert reading is not None
    assert role in reading.role


def test_one_of_several_holders_of_a_role_holds_it(nlp):
    text = "One of the two dissenting commissioners, Alan Birch, wrote that the majority erred."
    doc, person, entity_at = person_readings(nlp, text, "Alan Birch")
    reading = role_before_comma(doc, person, entity_at)
    assert reading is not None and reading.role == "dissenting commissioner"


def test_a_possessor_with_an_honorific_keeps_the_role_before_the_comma(nlp):
    # "Mr. Hale's campaign chairman, Tom Ruiz,": the honorific opens the possessor.
    text = "On television, Mr. Hale's campaign chairman, Tom Ruiz, dismissed the criticism."
    doc, person, entity_at = person_readings(nlp, text, "Tom Ruiz")
    assert role_before_comma(doc, person, entity_at).role == "Mr. Hale's campaign chairman"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Even HBO comedian Tom Ruiz mocked the plan.", "Tom Ruiz", "HBO comedian"),
        ("Radio broadcaster Ann Lee said the plan was bad.", "Ann Lee", "Radio broadcaster"),
        ("The conservative pundit Bo Chen disagreed.", "Bo Chen", "conservative pundit"),
    ],
)
def test_performers_and_pundits_are_roles_before_the_name(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    assert title_before(doc, person, entity_at).role == role


def test_a_title_case_headline_gives_no_verb_or_adverb_to_a_title(nlp):
    # Found by a first-time user: a role "Finally Endorses House Speaker".
    text = "Trump Finally Endorses House Speaker Paul Ryan\n\nTrump endorsed Paul Ryan on Friday."
    doc, person, entity_at = person_readings(nlp, text, "Paul Ryan")
    assert title_before(doc, person, entity_at).role == "House Speaker"
    doc, person, entity_at = person_readings(
        nlp, "He met Russian Foreign Minister Sergey Lavrov.", "Sergey Lavrov")
    assert title_before(doc, person, entity_at).role == "Russian Foreign Minister"


def test_an_age_between_the_name_and_its_apposition_is_skipped(nlp):
    text = "Kayla Brandt, 31, a former aide to the councilman, said she shredded the invoices."
    doc, person, entity_at = person_readings(nlp, text, "Kayla Brandt")
    assert [r.role for r in apposition_after(doc, person, entity_at)] == [
        "former aide to the councilman"
    ]


def test_a_party_letter_after_a_name_gives_the_party(nlp):
    doc, person, entity_at = person_readings(
        nlp, "Sen. Marcia Delgado (D-N.M.) wrote the bill with a colleague.", "Marcia Delgado"
    )
    assert "Democrat" in [r.role for r in roles_of_mention(doc, person, entity_at)]
    doc, person, entity_at = person_readings(nlp, "Mia Ford (18) won the race.", "Mia Ford")
    assert [r.role for r in roles_of_mention(doc, person, entity_at)] == []
