"""Roles read beyond a name's own mentions: a later description ("The senator, who
chairs ..."), a full name the model missed in a heading."""

import pytest

from briefer.nlp.entities import make_entity
from briefer.nlp.role_references import _untagged_words, unlabelled_mentions
from briefer.nlp.roles import title_before
from tests.nlp.test_roles import actor_named


def test_a_role_in_a_title_case_heading_for_a_name_the_model_missed(nlp):
    doc = nlp("Press Briefing With Secretary Of Energy Carla Ruiz And General Ben Hale\n\n"
              "SECRETARY RUIZ: Good morning. Our plants are ready.")
    label = next(t for t in doc if t.text == "RUIZ")
    known = [make_entity(doc, label.i, label.i + 1, "PERSON")]
    [heading] = unlabelled_mentions(doc, known, {label.i: known[0]})
    assert heading.text == "Carla Ruiz"
    assert title_before(doc, heading, {label.i: known[0]}).role == "Secretary of Energy"


def test_a_namesake_in_a_heading_lends_no_role(nlp):
    doc = nlp("Talks With Governor Ann Carter\n\nRay Carter said he would run.")
    ray = next(t for t in doc if t.text == "Ray")
    known = [make_entity(doc, ray.i, ray.i + 2, "PERSON")]
    entity_at = {ray.i: known[0], ray.i + 1: known[0]}
    assert unlabelled_mentions(doc, known, entity_at) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Rep. Carl Voss said the bill was dead. The congressman, a Democrat from Iowa, said "
         "he would vote no.", "Democrat from Iowa"),
        ("Sen. Mia Torres spoke first. The senator, who chairs the Senate Budget Committee, "
         "said cuts were coming.", "chair of the Senate Budget Committee"),
    ],
)
def test_a_role_given_to_a_later_description(nlp, text, role):
    name = "Carl Voss" if "Voss" in text else "Mia Torres"
    assert role in actor_named(nlp, text, name).roles


def test_a_later_description_is_not_given_to_the_wrong_person(nlp):
    text = ("Rep. Carl Voss said the bill was dead. Gov. Ann Lake disagreed. The congressman, "
            "a Democrat from Iowa, said he would vote no.")
    assert "Democrat from Iowa" not in actor_named(nlp, text, "Ann Lake").roles


def test_surnames_outside_entities_are_found_in_any_case_as_whole_words(nlp):
    doc = nlp("OKWU SPOKE FIRST.\nLater okwu and Okwuosa met Rana, and Okwu left.")
    found = _untagged_words(doc, {"Okwu", "Rana"}, {})
    assert [(t.text, t.i) for t in found] == [
        (t.text, t.i) for t in doc if t.text.lower() in ("okwu", "rana")
    ]
    assert "Okwuosa" not in [t.text for t in found]
