"""A name written once as a city with its region is a place, no actor."""

import re

from briefer.core.records import ExtractedActor, Span
from briefer.nlp.actors import extract_actors
from briefer.nlp.place_names import without_places_named_with_region


def actor(key, name, kind, text):
    mentions = [Span(m.start(), m.end(), name) for m in re.finditer(name, text)]
    return ExtractedActor(key=key, name=name, type=kind, mentions=mentions)


def test_a_city_written_with_its_state_is_a_place_all_through(nlp):
    text = (
        "Harlow Batteries said on Monday it would build a plant near Macon, Georgia, "
        "hiring 800 workers. \"We chose Macon for its rail links,\" said chief executive "
        "Dana Whitfield."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Macon" not in names
    assert "Dana Whitfield" in names


def test_a_country_a_full_name_and_a_body_stay():
    text = (
        "The talks in Tbilisi, Georgia, ended. Ann Ridley, Ohio, said nothing. "
        "The Macon County Commission, Georgia, objected."
    )
    actors = [
        actor("a1", "Tbilisi", "country", text),
        actor("a2", "Ann Ridley", "person", text),
        actor("a3", "Macon County Commission", "government", text),
    ]
    kept = [a.name for a in without_places_named_with_region(text, actors)]
    assert kept == ["Tbilisi", "Ann Ridley", "Macon County Commission"]


def test_a_region_that_runs_on_into_a_word_is_no_place():
    text = "Ridley, Texas-based lawyers said, and Ridley, Ohio Republican, agreed."
    actors = [actor("a1", "Ridley", "person", text)]
    assert [a.name for a in without_places_named_with_region(text, actors)] == ["Ridley"]


def test_a_one_word_name_that_opens_a_places_name_is_that_place():
    text = (
        "The ferry to Marrow Island runs twice a day. Fares on routes like Marrow's have "
        "doubled, and Hudson, who lives by the Hudson River, said so."
    )
    actors = [
        actor("a1", "Marrow", "organization", text),
        actor("a2", "Hudson", "person", text),
    ]
    assert [a.name for a in without_places_named_with_region(text, actors)] == ["Hudson"]
