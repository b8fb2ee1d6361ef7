"""Well-known bodies found from the names the lexicons list (briefer/nlp/listed_bodies.py)."""

from briefer.nlp.listed_bodies import listed_names


def test_the_listed_body_names_are_built_once_and_hold_names_and_acronyms():
    names = listed_names()
    assert names is listed_names()
    assert "white house" in names
    assert all(name == name.lower() for name in names)
