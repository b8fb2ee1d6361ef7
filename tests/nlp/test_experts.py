"""Experts told apart from officials, from role words and the kind of affiliation."""

import pytest

from briefer.nlp.actors import extract_actors
from briefer.nlp.experts import is_expert, is_former


@pytest.mark.parametrize(
    ("roles", "affiliation"),
    [
        (["European security expert"], "Royal United Services Institute"),
        (["special adviser"], "Foundation for Strategic Research"),
        (["former U.S. Army commander in Europe"], "U.S. Army"),
        (["senior fellow"], ""),
        (["professor of politics"], "University of Leeds"),
        (["ex-ambassador to Moscow"], ""),
        (["retired general"], ""),
        (["director"], "Center for Strategic and International Studies"),
    ],
)
def test_experts(roles, affiliation):
    assert is_expert(roles, affiliation)


@pytest.mark.parametrize(
    ("roles", "affiliation", "expert"),
    [
        (["president"], "Council on Foreign Relations", True),
        (["law professor"], "Columbia University", True),
        (["director"], "Center for Energy Policy Studies", True),
        (["chief market strategist"], "Wells Fargo Investment Institute", True),
        (["Former congressman"], "", False),
        (["campaign manager"], "", False),
        (["former campaign strategist"], "", False),
        (["senior fellow", "columnist"], "Brookings Institution", False),
        (["Republican presidential candidate"], "", False),
        (["press secretary"], "", False),
        (["Former representative", "Republican from Ohio"], "", False),
        (["Former Deputy Attorney General", "former federal prosecutor"], "", False),
        (["retired Army general"], "", True),
        (["president of the consulting firm Grid Strategies"], "Strategies", True),
        (["president of the Senate"], "", False),
        # A sitting public post is an office, whatever expert word it holds; a
        # former one held by a career official is an expert's past.
        (["state epidemiologist"], "Arizona Department of Health Services", False),
        (["former state epidemiologist"], "", True),
        (["former city councilman"], "", False),
        (["Supervisor"], "", False),
        (["senior research associate"], "Carver Energy Institute", True),
    ],
)
def test_experts_from_role_and_affiliation_kind(roles, affiliation, expert):
    assert is_expert(roles, affiliation) is expert


@pytest.mark.parametrize(
    ("roles", "affiliation"),
    [
        (["French President"], ""),
        (["UK Prime Minister"], ""),
        (["Russian Foreign Minister"], ""),
        (["spokeswoman"], "Russian Foreign Ministry"),
        (["spokesperson"], "Chatham House"),
        (["Defense Secretary"], "Institute for Peace"),
        ([], ""),
        (["special adviser"], "European Commission"),
        (["Former President"], ""),
        (["former senator"], "Harvard University"),
    ],
)
def test_not_experts(roles, affiliation):
    assert not is_expert(roles, affiliation)


def test_organisations_and_countries_are_never_experts():
    assert not is_expert(["think tank"], "Brookings Institution", actor_type="organization")
    assert not is_expert(["analyst"], "", actor_type="country")


def test_former_roles():
    assert is_former("former U.S. Army commander")
    assert is_former("ex-minister")
    assert not is_former("foreign minister")


def test_expert_and_official_in_one_article(nlp):
    text = (
        "German Chancellor Friedrich Merz said the plan was sound. Sarah Pagung, an analyst "
        "at the German Council on Foreign Relations, said it was not. Former NATO "
        "Secretary-General Jens Stoltenberg agreed with her."
    )
    actors = {a.name: a for a in extract_actors(nlp(text))}
    assert actors["Friedrich Merz"].is_expert is False
    assert actors["Sarah Pagung"].is_expert is True
    assert actors["Sarah Pagung"].affiliation == "German Council on Foreign Relations"
    assert actors["Jens Stoltenberg"].is_expert is True
    assert actors["German Council on Foreign Relations"].is_expert is False


def test_fellow_as_an_adjective_is_no_expert():
    assert not is_expert(["fellow candidate"])
    assert not is_expert(["fellow Republican"])
    assert is_expert(["visiting fellow"])


@pytest.mark.parametrize(
    ("roles", "affiliation", "kind", "expert"),
    [
        # the article says what the affiliation is
        (["managing director"], "Crestline Energy Partners", "a research firm in Houston", True),
        (["managing director"], "Crestline Energy Partners", "", False),
        # advocates are no experts, whatever their title or the body's name
        (["president"], "Center for Voting Rights", "", False),
        (["co-president"], "Fair Air Now", "advocacy group", False),
        (["state policy director for the Pro-Life Alliance"], "Pro-Life Alliance", "", False),
        (["senior researcher"], "Human Rights Watch", "", True),
        # journalists are none, unless the role is at a research outlet it names
        (["managing editor of the Midwest Ballot at the University of Iowa Center for Politics"],
         "Midwest Ballot", "", True),
        (["managing editor"], "Daily Courier", "", False),
        (["host"], "Evening Report", "", False),
    ],
)
def test_experts_from_the_kind_of_affiliation(roles, affiliation, kind, expert):
    assert is_expert(roles, affiliation, affiliation_kind=kind) is expert


def test_the_kind_of_body_comes_from_the_article(nlp):
    text = (
        "Paula Reyes, managing director at Crestline Energy Partners, a research firm in "
        "Houston, said output would fall. Omar Haddad, co-president of the advocacy group "
        "Clean Water Now, said the rule was too weak."
    )
    actors = {a.name: a for a in extract_actors(nlp(text))}
    assert actors["Paula Reyes"].is_expert is True
    assert actors["Omar Haddad"].is_expert is False


@pytest.mark.parametrize(
    ("roles", "expert"),
    [
        (["Democratic pollster"], False),
        (["Republican communications strategist"], False),
        (["Walsh strategist"], False),
        (["chief market strategist"], True),
        (["independent pollster"], True),
    ],
)
def test_party_operatives_are_no_experts(roles, expert):
    assert is_expert(roles) is expert


@pytest.mark.parametrize(
    ("roles", "affiliation", "expert"),
    [
        (["former adviser to President George W. Bush", "director of the Tax Policy Center"],
         "Tax Policy Center", True),
        (["former aide to Sen. Ted Kennedy", "senior fellow"], "Urban Institute", True),
        (["President"], "", False),
    ],
)
def test_the_title_of_a_person_served_is_not_the_experts_own(roles, affiliation, expert):
    assert is_expert(roles, affiliation) is expert


def test_a_body_is_the_affiliation_before_a_person_served(nlp):
    text = ("Lena Burr, a former official in President Bill Clinton's administration and "
            "director of the Tax Policy Center, said the plan was costly.")
    actor = next(a for a in extract_actors(nlp(text)) if a.name == "Lena Burr")
    assert actor.affiliation == "Tax Policy Center"
    assert actor.is_expert


@pytest.mark.parametrize(
    ("roles", "affiliation", "expert"),
    [
        (["former engineer at the Federal Aviation Administration"], "", True),
        (["retired chief ranger for the west"], "Park Service", True),
        (["glaciologist"], "", True),
        (["head of credit strategy"], "Osprey Bank", True),
        (["Former FAA Commissioner"], "", False),
        (["former SEC chairman"], "", False),
        (["Professor", "vice-chancellor of the University of Barnsley"], "", False),
        (["former teacher", "governor"], "", False),
    ],
)
def test_former_career_officials_scientists_and_appointees(roles, affiliation, expert):
    assert is_expert(roles, affiliation) is expert


@pytest.mark.parametrize(
    "roles",
    [
        ["Twitter's current and former chief executive"],
        ["former top press official in Mr. Obama's White House"],
        ["former official in the Bush administration"],
    ],
)
def test_current_executives_and_former_appointees_are_no_experts(roles):
    assert not is_expert(roles)


@pytest.mark.parametrize(
    ("roles", "affiliation", "expert"),
    [
        (["head of European equity strategy"], "Fairhaven Bank", True),
        (["head of research"], "Kestrel Securities", True),
        (["company's former chief financial officer"], "", False),
        (["former chief executive"], "Halvorsen Semiconductor Corp", False),
        (["former engineer at the FCC"], "", True),
    ],
)
def test_bank_research_roles_are_expert_and_former_executives_are_not(
    roles, affiliation, expert
):
    assert is_expert(roles, affiliation) is expert


@pytest.mark.parametrize(("roles", "affiliation", "expert"), [
    # An Orlando story flagged a former presidential candidate's strategist as an expert.
    (["former Mitt Romney's chief strategist"], "Mitt Romney", False),
    (["former Republican pollster"], "", False),
    (["former chief market strategist"], "Barclays", True),
    (["former engineer"], "Federal Aviation Administration", True),
])
def test_a_former_strategist_is_still_in_politics(roles, affiliation, expert):
    assert is_expert(roles, affiliation) is expert


@pytest.mark.parametrize(("roles", "expert"), [
    # A Super Tuesday story flagged a party's veteran media consultant as an expert.
    (["veteran media consultant"], False),
    (["political consultant"], False),
    (["energy consultant"], True),
    (["former head of a pro-Jeb Bush super PAC"], False),
])
def test_a_media_or_political_consultant_works_for_a_side(roles, expert):
    assert is_expert(roles) is expert


def test_a_professor_running_for_office_is_a_candidate_not_an_expert(nlp):
    text = ("Nora Vale, the law professor who is challenging Rep. Ann Bell in the Aug. 30 "
            "primary, said the money came in overnight.")
    vale = next(a for a in extract_actors(nlp(text)) if a.name == "Nora Vale")
    assert "candidate" in vale.roles
    assert not vale.is_expert
