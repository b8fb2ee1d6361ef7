"""What an article's words say a body is (briefer/nlp/body_kinds.py), seen through the actors."""

from briefer.core.records import ExtractedActor, Span
from briefer.nlp.actors import extract_actors
from briefer.nlp.analyze import analyze_doc
from briefer.nlp.body_kinds import described_type


def types_of(nlp, text):
    return {a.name: a.type for a in extract_actors(nlp(text))}


def test_the_maker_of_a_programme_in_quote_marks_is_an_outlet(nlp):
    text = (
        "In an interview with Sirius XM's \"Breitbart News Daily,\" Dan Moss said the city "
        "\"must act now.\"\n\nSirius XM declined to comment."
    )
    assert types_of(nlp, text)["Sirius XM"] == "media"


def test_a_name_its_members_are_of_is_a_bodys(nlp):
    text = (
        "What bound together the satirists of Charlie Hebdo and the fans at the club was "
        "clear. The leaders of Peter Lasko's party met on Monday."
    )
    types = types_of(nlp, text)
    assert types["Charlie Hebdo"] == "organization"
    assert types["Peter Lasko"] == "person"


def test_a_descriptor_after_a_possessive_gives_the_type(nlp):
    text = "Equity, the performers' union, said it would protest on Saturday."
    types = {a.name: a.type for a in analyze_doc(nlp(text)).actors}
    assert types.get("Equity") == "organization"


def test_a_description_before_or_after_a_name_gives_the_bodys_type():
    text = (
        "The advocacy group Fair Streets sued. Harbor Ridge Partners, a research firm "
        "in Boston, agreed. Nobody described Delta Nine."
    )

    def body(name):
        start = text.index(name)
        return ExtractedActor("a1", name, "organization",
                              mentions=[Span(start, start + len(name), name)])

    assert described_type(text, body("Fair Streets")) == "organization"
    assert described_type(text, body("Harbor Ridge Partners")) == "company"
    assert described_type(text, body("Delta Nine")) is None
