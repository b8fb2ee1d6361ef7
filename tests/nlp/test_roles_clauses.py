"""Roles a clause or a coordination around a name gives: relative clauses ("who was
coordinator for ..."), copular sentences ("X is the senior fellow at ..."), "X and other
Republicans", titles stacked before a name. The other constructions are in test_roles.py."""

import pytest

from briefer.nlp.roles import copular_roles, relative_clause_role, roles_of_mention
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
        ("State Sen. Patricia Langlois said the vote would wait.", "Patricia Langlois",
         ["State senator"]),
    ],
)
def test_two_titles_stacked_before_a_name_are_two_roles(nlp, text, name, roles):
    assert actor_named(nlp, text, name).roles == roles


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


def test_relative_clause_after_an_apposition(nlp):
    text = ("Sen. Ray Dunne, the Montana Republican who chairs the Senate Banking Committee, "
            "said the bill was dead.")
    doc, person, entity_at = person_readings(nlp, text, "Ray Dunne")
    reading = relative_clause_role(doc, person, entity_at)
    assert reading.role == "chair"
    assert reading.affiliation.text == "Senate Banking Committee"
    assert reading.phrase == "chair of the Senate Banking Committee"


def test_relative_clause_stops_before_a_clause_on_its_object(nlp):
    text = ("Tom Reilly, who led a Senate panel that studied the crash, said the report "
            "was late.")
    doc, person, entity_at = person_readings(nlp, text, "Tom Reilly")
    # "led" in the past: a post he held ("retired Gen. John Allen, who led United
    # States forces" is no sitting commander).
    assert relative_clause_role(doc, person, entity_at).role == "former head of a Senate panel"


def test_a_founder_in_the_past_tense_is_still_the_founder(nlp):
    text = ("Tilly Okonedo, who founded Clean Rivers Action after swimmers fell ill, said "
            "the fine was too small.")
    doc, person, entity_at = person_readings(nlp, text, "Tilly Okonedo")
    assert relative_clause_role(doc, person, entity_at).role == "founder"


def test_roles_from_a_copular_sentence(nlp):
    text = ("Maya Lindgren is a senior fellow at the Brookings Institution and a former chief "
            "economist at the Labor Department. She spoke to us about wages.")
    doc, person, entity_at = person_readings(nlp, text, "Maya Lindgren")
    readings = copular_roles(doc, person, entity_at)
    assert [(r.role, r.affiliation.text) for r in readings] == [
        ("senior fellow", "Brookings Institution"),
        ("former chief economist", "Labor Department"),
    ]


def test_no_role_from_a_copular_sentence_without_a_role_word(nlp):
    text = "Maya Lindgren is a keen runner from Ohio."
    doc, person, entity_at = person_readings(nlp, text, "Maya Lindgren")
    assert copular_roles(doc, person, entity_at) == []


def test_no_copular_role_from_a_quoted_opinion(nlp):
    text = '"Ray Dunn is a representative of a failed past," she said.'
    doc, person, entity_at = person_readings(nlp, text, "Ray Dunn")
    assert copular_roles(doc, person, entity_at) == []


def test_a_copular_role_stops_before_a_clause_and_names_no_rival(nlp):
    text = ("Ann Lake is the only Republican candidate with the money to challenge Mr. Trump. "
            "She said so on Monday.")
    actor = actor_named(nlp, text, "Ann Lake")
    assert all("Trump" not in role for role in actor.roles)
    assert actor.affiliation != "Trump"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Omar Price, who spent 20 years as an engineer at the Federal Aviation Administration "
         "before retiring, said the rule was weak.", "Omar Price", "former engineer"),
        ("Jo Marsh, who worked at the Park Service and retired as its chief engineer for the "
         "west, said the dams were old.", "Jo Marsh", "retired chief engineer for the west"),
        ("Ken Ode, a Republican who sits on two school boards, said the plan was fair.",
         "Ken Ode", "member of two school boards"),
        ("Lena Ruiz, who led incident response at the agency for six years before leaving, "
         "said the warning came late.", "Lena Ruiz", "former head of incident response at the "
         "agency"),
    ],
)
def test_posts_held_in_a_relative_clause(nlp, text, name, role):
    doc, person, entity_at = person_readings(nlp, text, name)
    reading = relative_clause_role(doc, person, entity_at)
    assert role in (reading.role, reading.phrase)


def test_one_who_researches_at_an_institute_is_a_researcher(nlp):
    text = (
        "Erik Lindgren, a retired navy commander who now researches maritime security at the "
        "Stockholm Institute of Maritime Studies, is more hopeful."
    )
    doc, person, entity_at = person_readings(nlp, text, "Erik Lindgren")
    readings = roles_of_mention(doc, person, entity_at)
    assert any(r.role.startswith("researcher") for r in readings)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Brightwater named its finance chief, Noriko Adachi, as interim CEO while its board "
         "searches for a successor.", "Noriko Adachi", "interim CEO"),
        ("The board appointed Tom Ruiz as chief executive on Monday.", "Tom Ruiz",
         "chief executive"),
    ],
)
def test_a_verb_of_appointing_gives_its_object_the_post_after_as(nlp, text, name, role):
    assert role in actor_named(nlp, text, name).roles


def test_as_after_another_verb_gives_no_post(nlp):
    assert actor_named(nlp, "Critics blamed Tom Ruiz as the culprit.", "Tom Ruiz").roles == []


def test_the_capacity_someone_acts_in_is_their_role(nlp):
    # A real convention story: "Hillary Clinton delivered her acceptance speech as the
    # Democratic nominee"; with no role read, "..., said the Democratic nominee" went to the
    # rival named after her.
    from briefer.nlp.analyze import analyze_text

    text = ("Mara Ellis delivered her acceptance speech as the Democratic nominee, painting "
            "her rival, Hal Brennan, as a man unfit for the job. Ann Lee described him as the "
            "front-runner.\n\n"
            "“A man you can bait with a tweet is not a man we can trust,” said the Democratic "
            "nominee.")
    analysis = analyze_text(nlp, text)
    people = {a.name: a for a in analysis.actors}
    assert people["Mara Ellis"].roles == ["Democratic nominee"]
    assert people["Ann Lee"].roles == [] and people["Hal Brennan"].roles == []
    [direct] = [q for q in analysis.quotes if q.kind == "direct"]
    assert direct.speaker_key == people["Mara Ellis"].key


@pytest.mark.parametrize(
    ("text", "name", "candidate"),
    [
        ("Nora Vale, a law professor who is running for Congress, said the race was close.",
         "Nora Vale", True),
        ("Nora Vale, the law professor who is challenging Rep. Ann Bell in the Aug. 30 "
         "primary, said the race was close.", "Nora Vale", True),
        ("Nora Vale, a law professor who is seeking the Democratic nomination, spoke.",
         "Nora Vale", True),
        ("Nora Vale, a law professor who is challenging the ruling in court, said it was wrong.",
         "Nora Vale", False),
    ],
)
def test_a_relative_clause_of_running_makes_a_candidate(nlp, text, name, candidate):
    doc, person, entity_at = person_readings(nlp, text, name)
    reading = relative_clause_role(doc, person, entity_at)
    assert (reading is not None and reading.role == "candidate") == candidate
