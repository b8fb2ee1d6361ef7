"""Roles and affiliations read from the words around a name."""

import pytest

from briefer.nlp.entities import corrected_entities
from briefer.nlp.roles import apposition_after, role_before_comma, roles_of_mention, title_before


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


def test_affiliation_after_describing_words(nlp):
    text = (
        "Josh Bivens, research director of the progressive Economic Policy Institute, "
        "said wages were flat."
    )
    doc, person, entity_at = person_readings(nlp, text, "Josh Bivens")
    [reading] = apposition_after(doc, person, entity_at)
    assert reading.role == "research director"
    assert reading.affiliation.text == "Economic Policy Institute"


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


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Tom Engleby, who directs the Johns Hopkins Center for Health Security, pointed "
            "to a bright spot.",
            "Tom Engleby",
            "director",
            "Johns Hopkins Center for Health Security",
        ),
        (
            "Kevin Albright, managing director at Harbor Ridge Energy Partners, a research "
            "firm in Washington, said the effect would be small.",
            "Kevin Albright",
            "managing director",
            "Harbor Ridge Energy Partners",
        ),
    ],
)
def test_roles_from_a_relative_clause_and_a_participle_led_apposition(
    nlp, text, name, role, affiliation
):
    doc, person, entity_at = person_readings(nlp, text, name)
    readings = roles_of_mention(doc, person, entity_at)
    assert [(r.role, r.affiliation.text if r.affiliation else None) for r in readings] == [
        (role, affiliation)
    ]


def test_a_role_with_its_phrase_before_a_comma(nlp):
    doc, person, entity_at = person_readings(
        nlp,
        "A spokesman for the department, Peter Vance, said the department did not comment.",
        "Peter Vance",
    )
    assert [r.role for r in roles_of_mention(doc, person, entity_at)] == [
        "spokesman for the department"
    ]
