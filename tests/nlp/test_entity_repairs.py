"""Repairs of the recogniser's entities, seen through the actors they make."""

from briefer.nlp.actors import extract_actors
from briefer.nlp.entity_repairs import join_over_for
from briefer.nlp.entity_spans import make_entity


def test_a_presidents_name_before_a_listed_body_names_the_body(nlp):
    text = (
        "President Barack Obama spoke on Monday. Critics said the Obama White House "
        "had ignored warnings, and the White House declined to comment. Obama left for "
        "Hawaii on Friday."
    )
    actors = extract_actors(nlp(text))
    at = text.index("Obama White House")
    body = next(a for a in actors if any(m.start <= at < m.end for m in a.mentions))
    assert body.type == "government"
    obama = next(a for a in actors if a.name == "Barack Obama")
    assert obama.type == "person" and not any(m.start == at for m in obama.mentions)


def test_a_body_an_acronym_stands_for_is_one_name_even_when_the_model_cuts_it(nlp):
    text = (
        "Mateen was born in New York to Afghan immigrants.\n"
        "Islamic State claimed responsibility for the attack, officials said. The group "
        "wants to establish an Islamic state in Syria, said Ann Ford, an analyst."
    )
    names = {a.name: a.type for a in extract_actors(nlp(text))}
    assert names.get("Islamic State") == "organization"
    assert "State" not in names and "Islamic state" not in names


def test_a_name_listed_with_people_is_a_person(nlp):
    text = (
        "Wakes were under way for at least three victims: Kimberly Morris, Anthony Luis "
        "Laureano Disla and Roy Fernandez. Analysts at Morgan Stanley and Jamie Dimon of "
        "JPMorgan disagreed."
    )
    types = {a.name: a.type for a in extract_actors(nlp(text))}
    assert types.get("Kimberly Morris") == "person"
    assert types.get("Morgan Stanley") == "company"


def test_a_role_and_a_comma_open_no_organisation(nlp):
    text = (
        "Witnesses: Nikhil Rao, Executive Director, Financial Conduct Authority; Dr Hannah "
        "Okwu, Senior Economist, Castlebridge Institute; Graeme Tulloch, Chief Executive, "
        "Ardmore Motor Finance plc."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Castlebridge Institute" in names
    assert not any(name.startswith("Economist") for name in names)


def test_a_title_word_opening_a_firms_name_opens_no_person(nlp):
    text = (
        "General Electric said profits rose, and the General Services Administration "
        "agreed. Cllr Louise Haddon, who leads the council, said the plan was fair."
    )
    types = {a.name: a.type for a in extract_actors(nlp(text))}
    assert types.get("General Electric") == "company"
    assert types.get("General Services Administration") == "government"
    assert types.get("Louise Haddon") == "person"


def test_a_name_of_blanks_gives_no_surname(nlp):
    # The model may tag a run of blanks after a letter as a person ("g  ").
    assert extract_actors(nlp("g  ")) == []


def test_the_subject_of_is_and_a_role_is_a_person(nlp):
    text = (
        "Q&A: 'Tariffs Are a Tax on Your Own Consumers,' Says Trade Economist\n\n"
        "Chad Brower is the Reginald Hale Senior Fellow at the Peterson Institute for "
        "International Economics and a former chief economist at the State Department."
    )
    [brower] = [a for a in extract_actors(nlp(text)) if a.name == "Chad Brower"]
    assert brower.type == "person" and brower.is_expert


def test_an_institution_goes_on_over_for_the_to_the_name_cut_off(nlp):
    text = (
        "In March, the U.S. Court of Appeals for the 9th Circuit upheld the ruling against "
        "the county, and the plaintiffs said they would appeal."
    )
    names = {a.name: a.type for a in extract_actors(nlp(text))}
    assert "U.S. Court of Appeals for the 9th Circuit" in names
    assert "9th Circuit" not in names


def test_a_given_name_the_model_cut_from_a_name_apposed_to_a_title_is_kept(nlp):
    text = ("The federal Minister for Housing, Marisa Quell, said in a statement the "
            "Commonwealth would not fund the scheme.")
    types = {a.name: a.type for a in extract_actors(nlp(text))}
    assert types.get("Marisa Quell") == "person"
    assert "Quell" not in types


def test_a_name_with_a_role_in_apposition_after_a_quote_is_a_person(nlp):
    # After a quote the model read the name as a work's title.
    text = ('"These are not the workers of a struggling industry," Leila Farouk, the ILO’s '
            "director for South Asia, said in a statement.")
    farouk = next(a for a in extract_actors(nlp(text)) if a.name == "Leila Farouk")
    assert farouk.type == "person"
    assert any("director for South Asia" in role for role in farouk.roles)


def test_a_seat_after_a_name_is_no_part_of_it(nlp):
    text = (
        "Labour's Gina Pike MP said the cut was cruel. Kevin Abrahams MP, the party's "
        'spokesperson, agreed. "It is wrong," Abrahams said.'
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert {"Gina Pike", "Kevin Abrahams"} <= names
    assert not any(name.endswith(" MP") for name in names)


def test_only_names_one_for_apart_are_joined_over_it(nlp):
    doc = nlp("The Institute for Fiscal Studies met the Bank of England and the Institute.")
    words = [t.text for t in doc]
    institute, fiscal = words.index("Institute"), words.index("Fiscal")
    bank = words.index("Bank")
    entities = [
        make_entity(doc, institute - 1, institute + 1, "ORG"),
        make_entity(doc, fiscal, fiscal + 2, "ORG"),
        make_entity(doc, bank, bank + 3, "ORG"),
    ]
    joined = join_over_for(doc, entities)
    assert [e.text for e in joined] == ["The Institute for Fiscal Studies", "Bank of England"]
