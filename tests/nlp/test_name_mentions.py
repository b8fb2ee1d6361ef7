"""Further mentions of an article's actors found by their names."""

from briefer.core.records import ExtractedActor, Span
from briefer.nlp.actors import extract_actors
from briefer.nlp.name_mentions import add_name_occurrences, surnames_of_people


def test_a_surname_typed_as_an_organisation_is_the_persons_mention():
    person = ExtractedActor("a1", "Carly Fiorina", "person",
                            mentions=[Span(0, 13, "Carly Fiorina")])
    surname = ExtractedActor("a2", "Fiorina", "organization", mentions=[Span(40, 47, "Fiorina")])
    body = ExtractedActor("a3", "Pentagon", "government", mentions=[Span(60, 68, "Pentagon")])
    kept = surnames_of_people([person, surname, body])
    assert kept == [person, body]
    assert [m.start for m in person.mentions] == [0, 40]


def test_a_surname_two_people_share_stays_apart():
    first = ExtractedActor("a1", "Bill Clinton", "person", mentions=[Span(0, 12, "Bill Clinton")])
    second = ExtractedActor("a2", "Hillary Clinton", "person",
                            mentions=[Span(20, 35, "Hillary Clinton")])
    surname = ExtractedActor("a3", "Clinton", "organization", mentions=[Span(50, 57, "Clinton")])
    assert surnames_of_people([first, second, surname]) == [first, second, surname]


def test_a_headline_surname_read_as_a_body_joins_the_person(nlp):
    text = (
        "Carson, Huckabee, Fiorina earned speaking fees during campaign.\n\n"
        "Carly Fiorina, the former Hewlett-Packard chief executive, gave two speeches "
        "this year. Fiorina delivered a pair of $48,000 speeches in March."
    )
    actors = extract_actors(nlp(text))
    at = text.index("Fiorina delivered")
    owner = next(a for a in actors if any(m.start <= at < m.end for m in a.mentions))
    assert owner.name == "Carly Fiorina" and owner.type == "person"


def test_an_epithet_before_a_given_name_is_a_mention_of_that_person():
    from briefer.nlp.name_mentions import epithets_of_people

    hillary = ExtractedActor("a1", "Hillary Clinton", "person",
                             mentions=[Span(0, 15, "Hillary Clinton")])
    epithet = ExtractedActor("a2", "Crooked Hillary", "person",
                             mentions=[Span(40, 55, "Crooked Hillary")])
    other = ExtractedActor("a3", "Mary Hillary", "person", mentions=[Span(60, 72, "Mary Hillary")])
    assert epithets_of_people([hillary, epithet, other]) == [hillary, other]
    assert [m.start for m in hillary.mentions] == [0, 40]


def test_a_nickname_in_a_quoted_tweet_joins_the_person(nlp):
    text = (
        "Hillary Clinton was not charged, FBI Director James Comey said. Donald Trump "
        "tweeted: \u201cCrooked Hillary has once again been proven to be a person who is "
        "dishonest.\u201d"
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Crooked Hillary" not in names and "Hillary Clinton" in names


def test_the_plural_of_a_surname_two_people_bear_is_no_actor_of_its_own(nlp):
    text = (
        "Khalid Rahman, a lawyer, and his wife, Amina Rahman, spoke at the rally on Monday.\n\n"
        "During the past year, the Rahmans say they have heard growing fears from friends. "
        "The Rahmans moved to Ohio in 1990."
    )
    names = [a.name for a in extract_actors(nlp(text))]
    assert names == ["Khalid Rahman", "Amina Rahman"]


def test_further_occurrences_of_a_name_as_a_whole_word_are_mentions():
    text = (
        "Nadia Perez spoke. Later Nadia Perez, then nadia perez and XNadia Perez; "
        "Nadia Perez's aide stayed."
    )
    actor = ExtractedActor("a1", "Nadia Perez", "person", mentions=[Span(0, 11, "Nadia Perez")])
    add_name_occurrences(text, [actor])
    assert [m.start for m in actor.mentions] == [
        0, text.index("Nadia Perez,"), text.index("Nadia Perez's")
    ]
