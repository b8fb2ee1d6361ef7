"""Names the recogniser finds, less the words it takes for names that name no one."""

from briefer.nlp.actors import extract_actors


def test_an_office_or_the_government_of_the_day_is_no_body(nlp):
    text = (
        "The Taoiseach, Cathal Brennan, told the House that the Government would not back "
        "the motion. The Tánaiste, Siobhán Kinsella, agreed."
    )
    actors = {a.name: a for a in extract_actors(nlp(text))}
    assert not {"Taoiseach", "Tánaiste", "House", "Government"} & set(actors)
    assert actors["Cathal Brennan"].roles == ["Taoiseach"]


def test_a_chamber_named_in_full_is_still_a_body(nlp):
    names = {a.name for a in extract_actors(nlp("The House of Representatives passed the bill."))}
    assert "House of Representatives" in names
