"""Tests for briefer.nlp.entities: the recogniser's entities corrected."""

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
