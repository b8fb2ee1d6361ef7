"""A lone capitalised label is a section label, not a transcript turn (transcripts)."""

from briefer.nlp.quotes import find_quotes


def test_a_lone_label_line_is_no_quote(nlp):
    text = (
        "UPDATE: The council has since withdrawn the proposal.\n\n"
        "The mayor had backed the plan for months."
    )
    assert find_quotes(nlp(text), []) == []


def test_two_labelled_turns_are_a_transcript(nlp):
    text = (
        "HOLT: Will you accept the result of the election?\n\n"
        "MORALES: I will accept it if it is fair."
    )
    quotes = find_quotes(nlp(text), [])
    assert [q.text for q in quotes] == [
        "Will you accept the result of the election?",
        "I will accept it if it is fair.",
    ]
    assert all(q.kind == "direct" for q in quotes)


def test_names_spelt_as_written_label_the_turns_of_a_committee_record(nlp):
    text = (
        "Q12 Chair: Welcome. How many schools have signed up so far?\n\n"
        "Helen Marsh: We have signed up forty schools, and ten more will join in March.\n\n"
        "Q13 Tom Reyes: Is that on schedule?\n\n"
        "Helen Marsh: It is, and the council told us it will fund ten more."
    )
    quotes = find_quotes(nlp(text), [])
    direct = [q.text for q in quotes if q.kind == "direct"]
    assert "We have signed up forty schools, and ten more will join in March." in direct
    assert "Is that on schedule?" in direct
    # Speech the speaker reports inside a turn is kept as its own quote.
    assert any(q.kind == "indirect" and q.text.startswith("it will fund") for q in quotes)


def test_name_value_lists_are_not_turns(nlp):
    text = "Delegates so far:\n\nAnna Berg: 1,204.\n\nTom Hale: 1,150."
    assert [q for q in find_quotes(nlp(text), []) if q.kind == "direct"] == []


def test_a_lone_name_before_a_quote_is_an_ordinary_attribution(nlp):
    text = "Anna Berg: “We will not sign this agreement.”"
    [quote] = find_quotes(nlp(text), [])
    assert (quote.kind, quote.text) == ("direct", "We will not sign this agreement.")


def test_a_numbered_chair_label_is_the_member_marked_chair(nlp):
    from briefer.nlp.analyze import analyze_doc

    text = (
        "Education Committee\n\n"
        "Members present: Dame Helen Marsh (Chair); Tom Reyes; Priya Shah.\n\n"
        "Witnesses: Ann Berg, Chief Executive, Northfield Academies Trust.\n\n"
        "Q12 Chair: Welcome. How many schools have signed up so far?\n\n"
        "Ann Berg: We have signed up forty schools, and ten more will join in March.\n\n"
        "Q13 Tom Reyes: Is that on schedule?\n\n"
        "Ann Berg: It is, and we expect the rest by the summer."
    )
    analysis = analyze_doc(nlp(text))
    names = {a.key: a.name for a in analysis.actors}
    chair = next(q for q in analysis.quotes if q.text.startswith("Welcome."))
    assert [names[k] for k in chair.speaker_keys] == ["Helen Marsh"]
    marsh = next(a for a in analysis.actors if a.name == "Helen Marsh")
    assert "Chair" in marsh.roles
    assert not any(name.startswith("Q1") for name in names.values())
