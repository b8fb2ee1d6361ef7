"""Roles a clause gives a name: "who was coordinator for ...", "X is the senior fellow at ..."."""

import pytest

from briefer.nlp.roles import relative_clause_role
from tests.nlp.test_roles import actor_named, person_readings


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # An Orlando story quoted a former State Department coordinator seven times, roleless.
        ("“It is a grave mistake,” said Dana Brooks, who was coordinator for counterterrorism "
         "at the State Department from 2009 to 2012.", "Dana Brooks",
         "former coordinator for counterterrorism", "State Department"),
        ("Lena Vogt, who is a hydrologist at the University of Vienna, said the basin was dry.",
         "Lena Vogt", "hydrologist", "University of Vienna"),
        ("Tom Pryce, who was once the head of the party, said the vote was lost.", "Tom Pryce",
         "former head of the party", ""),
    ],
)
def test_a_post_held_or_left_in_a_relative_clause_with_be(nlp, text, name, role, affiliation):
    doc, person, entity_at = person_readings(nlp, text, name)
    reading = relative_clause_role(doc, person, entity_at)
    assert reading.role == role
    assert (reading.affiliation.text if reading.affiliation else "") == affiliation


def test_a_former_coordinator_at_a_department_comments_as_an_expert(nlp):
    actor = actor_named(nlp, "“It is a grave mistake,” said Dana Brooks, who was coordinator "
                        "for counterterrorism at the State Department from 2009 to 2012.",
                        "Dana Brooks")
    assert actor.is_expert
    assert not actor_named(nlp, "Tom Pryce, who was once the head of the party, said the vote "
                           "was lost.", "Tom Pryce").is_expert


def test_no_role_from_a_negated_or_roleless_relative_clause(nlp):
    for text, name in (("Mark Hale, who was not a member of the board, said it was wrong.",
                        "Mark Hale"),
                       ("Ada Bell, who was at the meeting, said it was calm.", "Ada Bell")):
        doc, person, entity_at = person_readings(nlp, text, name)
        assert relative_clause_role(doc, person, entity_at) is None
