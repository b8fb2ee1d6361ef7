"""Roles read beyond a name's own mentions: a full name the model missed in a heading."""

from briefer.nlp.entities import make_entity
from briefer.nlp.role_references import unlabelled_mentions
from briefer.nlp.roles import title_before


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
