"""Voice groups: who a speaker speaks as, from type, expert flag and role words."""

import pytest

from briefer.core import registry
from briefer.core.records import Actor
from briefer.core.voices import voice_group, voice_label


@pytest.mark.parametrize(("actor", "group"), [
    (Actor(1, "James B. Comey", "person", ["FBI director"]), "officials"),
    (Actor(2, "Paul Haines", "person", ["Senator"]), "politicians"),
    (Actor(3, "Corey Lewandowski", "person", ["Trump's former campaign manager"]), "politicians"),
    (Actor(4, "Hillary Clinton", "person", ["Democratic presidential candidate"]), "politicians"),
    (Actor(5, "Lena Vogt", "person", ["hydrologist"], "University of Vienna", True), "experts"),
    (Actor(6, "Jo Park", "person", ["market analyst"], "Bank of Somewhere"), "business"),
    (Actor(7, "Ann Lee", "person", ["reporter"], "The Daily"), "media"),
    (Actor(8, "Sam Ortiz", "person", ["Justice Department spokesman"]), "officials"),
    (Actor(9, "Kim Doe", "person", ["campaign spokeswoman"]), "politicians"),
    (Actor(10, "Lanny Davis", "person", []), "others"),
    (Actor(11, "NBC News", "organization"), "media"),
    (Actor(12, "The River Post", "media"), "media"),
    (Actor(13, "State Department", "organization"), "officials"),
    (Actor(14, "Rivers Alliance", "organization", ["an advocacy group"]), "organisations"),
    (Actor(15, "Danube Shipping", "company"), "business"),
    (Actor(16, "One EU diplomat", "group"), "anonymous"),
    (Actor(17, "Officials", "group"), "anonymous"),
    (Actor(18, "Republicans", "group"), "politicians"),
    (Actor(19, "Democratic Party", "party"), "politicians"),
    (Actor(20, "Germany", "country"), "officials"),
    # "State" names a government only in a government's name, not the Islamic State's.
    (Actor(21, "Islamic State", "organization"), "organisations"),
    (Actor(22, "Department of State", "organization"), "officials"),
    # A real convention brief set the party's national committee among the officials.
    (Actor(23, "Democratic National Committee", "party"), "politicians"),
])
def test_voice_groups(actor, group):
    assert voice_group(actor) == group
    assert voice_label(actor) == registry.VOICE_GROUPS[group].label


def test_outlets_and_journalists_are_never_officials():
    for actor in (Actor(1, "Times", "organization"), Actor(2, "MSNBC", "organization"),
                  Actor(3, "Morning Joe", "organization"),
                  Actor(4, "Jane Roe", "person", ["columnist"], "The Post")):
        assert voice_group(actor) == "media"


def test_every_voice_group_drafts_into_a_section_role():
    for group in registry.VOICE_GROUP_LIST:
        assert group.section in registry.SECTION_ROLES


def test_a_post_speaks_with_the_voice_of_the_body_it_is_held_at():
    # A Paris brief listed "Matthew Soerens, spokesman, World Relief" among government officials.
    from briefer.core.voices import affiliation_types

    actors = [Actor(1, "World Relief", "organization"), Actor(2, "Acme Freight", "company"),
              Actor(3, "State Department", "government"),
              Actor(4, "Matt Sorens", "person", ["spokesman"], "World Relief"),
              Actor(5, "Ida Ng", "person", ["director of operations"], "Acme Freight"),
              Actor(6, "John Kirk", "person", ["spokesman"], "State Department"),
              Actor(7, "Ann Vale", "person", ["spokeswoman"], "Unknown Body"),
              Actor(8, "Al Moss", "person", ["campaign manager"], "World Relief"),
              # A role of no voice gains none from its body ("HBO comedian").
              Actor(9, "Jon Oller", "person", ["comedian"], "World Relief")]
    bodies = affiliation_types(actors)
    assert bodies == {"world relief": "organization", "acme freight": "company",
                      "state department": "government"}
    voices = {a.name: voice_group(a, bodies) for a in actors[3:]}
    assert voices == {"Matt Sorens": "organisations", "Ida Ng": "business",
                      "John Kirk": "officials", "Ann Vale": "officials", "Al Moss": "politicians",
                      "Jon Oller": "others"}
    assert voice_group(actors[3]) == "officials"  # with no bodies known, as before


def test_front_runners_and_hopefuls_are_politicians():
    assert voice_group(Actor(1, "Ann Ode", "person", ["Republican front-runner"])) == "politicians"
    assert voice_group(Actor(2, "Bo Lin", "person", ["Democratic hopeful"])) == "politicians"
