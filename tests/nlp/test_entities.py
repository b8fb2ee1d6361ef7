"""Tests for briefer.nlp.entities: the recogniser's entities corrected."""

from briefer.nlp.actors import extract_actors
from briefer.nlp.entities import _title_pattern, corrected_entities


def test_a_capitalised_title_before_a_name_is_found_and_a_lower_case_one_is_not():
    text = (
        "On Monday Chancellor Friedrich Merz met Secretary of State Anne Lowe; "
        "the chancellor Merz then left."
    )
    names = [m.group("name") for m in _title_pattern().finditer(text)]
    assert names == ["Friedrich Merz", "Anne Lowe"]


def test_a_title_the_model_tagged_apart_leaves_only_the_titled_person(nlp):
    doc = nlp("Yesterday Cllr Louise Haddon of the Harbour Trust spoke to the press.")
    entities = corrected_entities(doc)
    people = [e.text for e in entities if e.label == "PERSON"]
    assert people == ["Louise Haddon"]
    assert not any("Cllr" in e.text for e in entities)


def test_an_office_or_the_government_of_the_day_is_no_body(nlp):
    text = (
        "The Taoiseach, Cathal Brennan, told the House that the Government would not back "
        "the motion. The Tánaiste, Siobhán Kinsella, agreed."
    )
    actors = {a.name: a for a in extract_actors(nlp(text))}
    assert not {"Taoiseach", "Tánaiste", "House", "Government"} & set(actors)
    assert actors["Cathal Brennan"].roles == ["Taoiseach"]


def test_a_chamber_named_in_full_is_still_a_body(nlp):
    names = {a.name for a in extract_actors(nlp("The House of Representatives passed the bill."))}
    assert "House of Representatives" in names
