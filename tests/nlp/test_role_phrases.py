"""Titles read before a name (briefer/nlp/role_phrases.py)."""

from briefer.nlp.roles import title_before
from tests.nlp.test_roles import person_readings


def test_a_bare_kind_noun_in_a_title_is_the_body_named_before(nlp):
    text = (
        "The minister will appear before the Public Accounts Committee on Friday. "
        "Committee Chairman Alan Breck said the questions would start with the budget."
    )
    doc, person, entity_at = person_readings(nlp, text, "Alan Breck")
    reading = title_before(doc, person, entity_at)
    assert reading.role == "Chairman"
    assert reading.affiliation.text == "Public Accounts Committee"


def test_a_kind_noun_after_a_name_keeps_its_title(nlp):
    text = "Judiciary Committee Chairman Alan Breck said the hearing would go ahead."
    doc, person, entity_at = person_readings(nlp, text, "Alan Breck")
    assert title_before(doc, person, entity_at).role == "Judiciary Committee Chairman"
