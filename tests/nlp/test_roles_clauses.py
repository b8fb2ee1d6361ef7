"""Roles the clause or coordination around a name gives: "who was coordinator for ...",
"X and other Republicans"."""

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


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # Paris-attack stories never gave Trump a role but "Trump and other Republicans".
        ("Donald Trump and other Republicans pointed at the White House.", "Donald Trump",
         ["Republican"]),
        ("Debbie Wasserman Schultz and other party officials met on Monday.",
         "Debbie Wasserman Schultz", ["party official"]),
        ("Pat Toomey and other vulnerable senators voted against the bill.", "Pat Toomey",
         ["senator"]),
        ("Anna Berg and other friends came to the vigil on Sunday.", "Anna Berg", []),
    ],
)
def test_the_kind_a_name_is_one_of(nlp, text, name, roles):
    assert actor_named(nlp, text, name).roles == roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "front-runner" stands before a name some 120 times in a corpus of 2016 news.
        ("Republican front-runner Donald Trump said on Monday that walls work.",
         "Donald Trump", "Republican front-runner"),
        ("Democratic hopeful Martin O'Malley disagreed with the plan on Monday.",
         "Martin O'Malley", "Democratic hopeful"),
    ],
)
def test_a_race_s_front_runner_and_hopefuls(nlp, text, name, role):
    assert actor_named(nlp, text, name).roles == [role]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # A Comey brief named "Jason Chaffetz, Committee chairman representative".
        ("Committee Chairman Rep. Jason Chaffetz said the questioning will start on Thursday.",
         "Jason Chaffetz", ["Committee Chairman", "representative"]),
        ("Senate Majority Leader Sen. Mitch McConnell said the vote would wait.",
         "Mitch McConnell", ["Senate Majority Leader", "senator"]),
        ("Former Sen. Bob Dole said the vote would wait.", "Bob Dole", ["Former senator"]),
    ],
)
def test_two_titles_stacked_before_a_name_are_two_roles(nlp, text, name, roles):
    assert actor_named(nlp, text, name).roles == roles
