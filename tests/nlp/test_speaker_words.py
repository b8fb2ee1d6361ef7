"""The words a speaker is named by: titles, appositions, names the parser misread."""

from briefer.nlp.actors import extract_actors
from briefer.nlp.quotes import find_quotes
from briefer.nlp.speaker_words import name_apposed_to_title


def test_a_capitalised_title_gives_the_name_in_apposition(nlp):
    doc = nlp("The Opposition Leader, Gwen Talbot, said the budget was a fraud.")
    named = name_apposed_to_title(next(t for t in doc if t.dep_ == "nsubj"))
    assert named is not None and named.text == "Talbot"
    # A title with no name beside it names no one.
    doc = nlp("The Premier said the budget was fair.")
    assert name_apposed_to_title(next(t for t in doc if t.dep_ == "nsubj")) is None


def test_the_person_apposed_to_a_capitalised_title_is_the_speaker(nlp):
    text = ('The Opposition Leader, Gwen Talbot, said the Treasurer had "cooked the books". '
            "The Victorian Premier, Aaron Lyle, said the figures were audited.")
    actors: list = []
    quotes = find_quotes(nlp(text), actors)
    names = {a.key: a.name for a in actors}
    assert [[names[k] for k in q.speaker_keys] for q in quotes] == [
        ["Gwen Talbot"], ["Aaron Lyle"]
    ]
    assert "Opposition Leader" not in names.values()


def test_the_person_named_after_a_title_with_of_is_the_speaker(nlp):
    text = "Leader of the Opposition R. Ashok Kumar said the fare rise would hurt workers."
    actors: list = extract_actors(nlp(text))
    quotes = find_quotes(nlp(text), actors)
    names = {a.key: a.name for a in actors}
    assert [[names[k] for k in q.speaker_keys] for q in quotes] == [["R. Ashok Kumar"]]
    kumar = next(a for a in actors if a.name == "R. Ashok Kumar")
    assert kumar.type == "person" and "Leader of the Opposition" in kumar.roles


def test_a_surname_tagged_as_a_determiner_is_the_named_person(nlp):
    text = ('His neighbour, Jonah Pike, keeps a binder.\n\n'
            '"Mags knows this water better than anyone alive," Pike says.')
    doc = nlp(text)
    actors = extract_actors(doc)
    quotes = find_quotes(doc, actors)
    names = {a.key: a.name for a in actors}
    assert [[names[k] for k in q.speaker_keys] for q in quotes] == [["Jonah Pike"]]


def test_who_after_an_apposition_is_the_person_it_describes(nlp):
    text = ("Prices will rise, according to Jane Roe, the chief economist at Harbor Bank, "
            "who said rates would stay high.")
    doc = nlp(text)
    actors = extract_actors(doc)
    quotes = find_quotes(doc, actors)
    names = {a.key: a.name for a in actors}
    assert [[names[k] for k in q.speaker_keys] for q in quotes] == [["Jane Roe"], ["Jane Roe"]]
    # A clause on a body with no apposition stays the body's.
    doc = nlp("Funds went to Harbor Bank, which said rates would stay high.")
    actors = extract_actors(doc)
    names = {a.key: a.name for a in actors}
    assert [[names[k] for k in q.speaker_keys] for q in find_quotes(doc, actors)] == [
        ["Harbor Bank"]
    ]


def test_two_titles_of_one_named_person_make_one_speaker(nlp):
    text = ("The Tánaiste and Minister for Finance, Siobhán Kinsella, said the Budget would "
            "raise the renters' credit.")
    actors: list = []
    quotes = find_quotes(nlp(text), actors)
    names = {a.key: a.name for a in actors}
    assert [[names[k] for k in q.speaker_keys] for q in quotes] == [["Siobhán Kinsella"]]
