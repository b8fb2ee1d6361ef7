"""People the article uses as bodies and the reverse (body_people)."""

from briefer.nlp.actors import extract_actors


def actors_of(nlp, text):
    return extract_actors(nlp(text))


def test_what_a_person_works_for_is_a_body(nlp):
    text = (
        "Dana Whitley, policy director for Mary Lou Ortega Rural-Health Alliance, said "
        "clinics were closing. Nadia Rahm, press secretary for President Boris Kalnin, "
        "said Kalnin would visit."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Mary Lou Ortega Rural-Health Alliance") == "organization"
    assert types.get("Boris Kalnin") == "person"


def test_a_person_whose_administration_someone_served_stays_a_person(nlp):
    from briefer.nlp.actors import extract_actors

    text = (
        "'The checks were thin,' said Lorna Baptiste, a senior trade official during "
        "Harold K. Winters's administration."
    )
    types = {a.name: a.type for a in extract_actors(nlp(text))}
    assert types.get("Harold K. Winters") == "person"


def test_a_full_name_owning_a_post_is_the_person_served(nlp):
    text = (
        "Stuart Stevens, Mitt Romney's chief strategist in 2012, said the speech was weak. "
        "William J. Bennett, Ronald Reagan's former education secretary, called it a test. "
        "Lena Moss, Harbor Ridge Partners' chief economist, disagreed."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Mitt Romney") == "person"
    assert types.get("Ronald Reagan") == "person"
    assert types.get("Harbor Ridge Partners") != "person"


def test_people_named_by_their_faith_or_origin_are_a_group_not_a_movement(nlp):
    text = (
        "The pastor remembered when the building still had a cross. Now, she said, "
        "the Christians and Muslims don't mix much. The Houthis said they fired the missile."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Christians") == "group"
    assert types.get("Houthis") == "organization"


def test_a_family_named_by_a_persons_surname_is_a_group(nlp):
    # With two or more of the family named, the family is those people and no
    # actor of its own (test_name_mentions); with one named, it is a group.
    text = (
        "Bill Clinton spoke in Little Rock on Tuesday. Critics said the Clintons had "
        "profited from their foundation. Nationally, Bernie Sanders trails "
        "among Latinos, who will play a key role in the primaries."
    )
    types = {a.name: a.type for a in actors_of(nlp, text)}
    assert types.get("Clintons") == "group"
    assert types.get("Bill Clinton") == "person"
    assert types.get("Latinos") == "group"
