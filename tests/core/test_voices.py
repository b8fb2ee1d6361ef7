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
