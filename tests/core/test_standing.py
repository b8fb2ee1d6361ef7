"""Which sentences the brief may state in its own voice: nothing quoted, nothing in the
first person, nothing leaning on a sentence the brief does not give."""

import pytest

from briefer.core.standing import Named, dangling_pronoun, opens_on_context, stands_alone


def named(text: str, *names: str, persons: tuple[str, ...] = ()) -> list[Named]:
    """Mentions of NAMES (and of PERSONS, typed person) where they first occur in TEXT."""
    spans = [Named(text.index(n), text.index(n) + len(n), False) for n in names]
    return spans + [Named(text.index(p), text.index(p) + len(p), True) for p in persons]


@pytest.mark.parametrize("text, persons, bodies", [
    # Seen in a real five-article brief: both were drafted as key facts.
    ("Had Ortega won the popular vote, they would have swung to her.", ("Ortega",), ()),
    ("Fewer than 15 percent of Republicans approve of his record on trade.", (), ("Republicans",)),
    ("Dozens of them marched outside the hotel on Wednesday.", (), ()),
    ("About half of those polled said the tax was too high.", (), ()),
    ("On Wednesday she signed the order in Lagos.", (), ()),
    ("Though he did not name Ortega, he said the mayor should resign.", ("Ortega",), ()),
])
def test_a_pronoun_with_no_one_before_it_dangles(text, persons, bodies):
    assert dangling_pronoun(text, named(text, *bodies, persons=persons))
    assert not stands_alone(text, named(text, *bodies, persons=persons))


@pytest.mark.parametrize("text, persons, bodies", [
    ("Mayor Ortega said on Monday that his city would sue.", ("Mayor Ortega",), ()),
    ("The union and the council say they will meet again in May.", (), ("union", "council")),
    ("Voters who backed the levy say they feel cheated.", (), ()),
    ("Ortega and Brenner said they would vote against it.", ("Ortega", "Brenner"), ()),
    ("Farmers in the delta lost a third of their crop to the flood.", (), ()),
    # Nothing analysed: a capitalised word may be a name the analysis missed.
    ("Governor Alvarez vetoed the bill because he opposed the levy.", (), ()),
    ("World War I veterans lost 12 of their benefits in 1921.", (), ()),
    ("Among those who said they trusted the mayor, most backed the levy.", (), ()),
    ("In his first week, during a radio interview, Mr. Ortega vetoed the levy.", ("Ortega",), ()),
    ("Ortega's aides said he would not run again.", (), ()),
    ("In her first week in office, Governor Alvarez vetoed the levy.", ("Governor Alvarez",), ()),
    ("Despite the outcry, including many in his party, Ortega has not apologised.",
     ("Ortega",), ()),
])
def test_a_pronoun_with_someone_before_it_stands(text, persons, bodies):
    assert not dangling_pronoun(text, named(text, *bodies, persons=persons))


def test_one_person_is_no_antecedent_for_they():
    text = "Had Ortega won, they would have backed the plan."
    assert dangling_pronoun(text, named(text, persons=("Ortega",)))
    # Unanalysed, a capitalised plural may be a party or a family the analysis missed.
    assert not dangling_pronoun("Had the Democrats won, they would have backed it.", [])


def test_quotes_questions_first_person_and_openers_never_stand():
    for text in ('The mayor called it "a disgrace" on Monday.', "Will the levy pass in May?",
                 "We need 40 more hearings on it in 2017.", "However, the levy passed.",
                 "The senator was challenged on the cost of the plan."):
        assert not stands_alone(text, [])
    assert opens_on_context("Dozens more letters lie on the table.")
    assert stands_alone("The federal minimum wage has stood at $7.25 an hour since 2009.", [])


def test_a_connective_that_points_back_opens_on_context():
    for text in ("In this, of course, the agency is one of many that took a hit.",
                 "As a result, the council delayed the vote.",
                 "Nevertheless, the plan went ahead in May."):
        assert opens_on_context(text)
    assert not opens_on_context("In this year's budget, the council cut road spending.")
