"""The people of an article: one person however named (briefer/nlp/people.py)."""

from briefer.nlp.actors import extract_actors
from tests.nlp.test_actors import actors_of, by_name, mention_texts


def test_first_name_alone_and_words_the_model_took_in(nlp):
    text = (
        "Hillary Clinton spoke in Ohio. Crooked Hillary Clinton, he said, was wrong. "
        "Hillary later answered him, and Clinton left."
    )
    actors = actors_of(nlp, text)
    clinton = by_name(actors, "Hillary Clinton")
    assert [a.type for a in actors].count("person") == 1
    assert mention_texts(clinton)[-2:] == ["Hillary", "Clinton"]


def test_suffixes_and_hyphenated_surnames(nlp):
    text = (
        "Vice President Joseph R. Biden Jr. met Douglas Holtz-Eakin on Monday. "
        "Biden said the talks went well, and Holtz-Eakin agreed."
    )
    actors = actors_of(nlp, text)
    biden = by_name(actors, "Joseph R. Biden Jr.")
    assert biden.aliases == ["Biden"]
    assert mention_texts(biden) == ["Joseph R. Biden Jr.", "Biden"]
    eakin = by_name(actors, "Douglas Holtz-Eakin")
    assert eakin.aliases == ["Holtz-Eakin"]
    assert mention_texts(eakin) == ["Douglas Holtz-Eakin", "Holtz-Eakin"]


def test_first_name_alone_is_a_mention_but_no_alias(nlp):
    text = "Tom Clarke runs a nursing home. Tom said costs rose, and Clarke agreed."
    clarke = by_name(actors_of(nlp, text), "Tom Clarke")
    assert mention_texts(clarke) == ["Tom Clarke", "Tom", "Clarke"]
    assert clarke.aliases == ["Clarke"]


def test_spelling_variants_of_a_surname_are_one_person(nlp):
    text = (
        "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv on Monday. "
        "Later, Zelensky said the talks had failed, and Zelenskiy left for Warsaw."
    )
    actors = actors_of(nlp, text)
    zelenskyy = by_name(actors, "Volodymyr Zelenskyy")
    assert mention_texts(zelenskyy) == ["Volodymyr Zelenskyy", "Zelensky", "Zelenskiy"]
    assert {"Zelensky", "Zelenskiy"} <= set(zelenskyy.aliases)
    assert [a.type for a in actors].count("person") == 1


def test_nicknames_name_one_person_and_other_first_names_another(nlp):
    text = (
        "Joe Biden said that the deal was good. Joseph R. Biden Jr. later said it was fair. "
        "Jill Biden said she agreed."
    )
    people = [a for a in extract_actors(nlp(text)) if a.type == "person"]
    assert len(people) == 2
    assert "Joseph R. Biden Jr." in by_name(people, "Joe Biden").aliases


def test_an_honorific_picks_the_namesake_of_its_gender(nlp):
    text = (
        "Helen Marsh and her brother-in-law Peter Marsh are running for the same seat. "
        "Peter Marsh spoke first. Ms. Marsh said the race was about schools, and "
        "Mr. Marsh said it was about roads."
    )
    actors = actors_of(nlp, text)
    helen = by_name(actors, "Helen Marsh")
    peter = by_name(actors, "Peter Marsh")
    ms_at = text.index("Ms. Marsh") + len("Ms. ")
    mr_at = text.index("Mr. Marsh") + len("Mr. ")
    assert ms_at in [m.start for m in helen.mentions]
    assert mr_at in [m.start for m in peter.mentions]


def test_a_couple_named_together_share_the_surname_and_honorifics_tell_them_apart(nlp):
    # As a real New York Times story named a soldier's parents, with their son
    # named only further on.
    text = (
        "The parents, Khizr and Ghazala Khan, rebuked the candidate. Mr. Khan said the "
        "campaign was cruel. Ms. Khan said she could not speak of her son, Humayun Khan. "
        "Mr. Khan added that the campaign was one of hatred. Bill and Hillary Clinton "
        "arrived later. Mr. Clinton said the race was close."
    )
    actors = actors_of(nlp, text)
    khizr = by_name(actors, "Khizr Khan")
    bill = by_name(actors, "Bill Clinton")
    for said in ("Mr. Khan said", "Mr. Khan added"):
        assert text.index(said) + len("Mr. ") in [m.start for m in khizr.mentions]
    assert text.index("Mr. Clinton") + len("Mr. ") in [m.start for m in bill.mentions]
    assert "Humayun Khan" in [a.name for a in actors]


def test_a_surname_before_and_a_full_name_is_no_shared_surname(nlp):
    text = "Donald Trump spoke first. Trump and Hillary Clinton met on Sunday."
    names = [a.name for a in actors_of(nlp, text)]
    assert "Trump Clinton" not in names and "Donald Trump" in names


def test_a_hyphenated_surname_after_an_honorific_is_the_person(nlp):
    text = (
        "Elena Vasquez-Hart, a hurricane researcher at Louisiana State University, said the "
        'storm could stall. "The water is what kills people," Dr. Vasquez-Hart said.'
    )
    actors = actors_of(nlp, text)
    [elena] = [a for a in actors if a.name == "Elena Vasquez-Hart"]
    assert sum(m.text == "Vasquez-Hart" for m in elena.mentions) == 1
    assert not any(a.name == "Vasquez-Hart" for a in actors)


def test_a_couple_named_together_is_two_people(nlp):
    text = (
        "Khalid and Amina Rahman, who own a grocery store in Houma, said they had spent the "
        "night upstairs. Mr. Rahman said they had stayed because they could not find a hotel."
    )
    people = {a.name for a in actors_of(nlp, text) if a.type == "person"}
    assert {"Khalid Rahman", "Amina Rahman"} <= people


def test_full_name_taken_for_an_organisation_is_a_person_when_the_surname_is(nlp):
    text = (
        "The minister criticised the dismissal of Keir Starmer by the party. "
        "Starmer said he would stay. Wells Fargo declined to comment."
    )
    doc = nlp(text)
    assert ("Keir Starmer", "ORG") in {(e.text, e.label_) for e in doc.ents}
    actors = extract_actors(doc)
    assert [(a.name, a.type) for a in actors] == [
        ("Keir Starmer", "person"), ("Wells Fargo", "company"),
    ]
    assert mention_texts(actors[0]) == ["Keir Starmer", "Starmer"]


def test_a_title_and_a_named_persons_surname_taken_for_a_body_is_that_person(nlp):
    # Paraphrased from a PolNeAR train article.
    text = (
        "David Petraeus resigned in 2012. But even as the candidate claimed on Tuesday that "
        "“General Petraeus got in trouble for far less,” prosecutors disagreed."
    )
    actors = extract_actors(nlp(text))
    named = [(a.name, a.type) for a in actors if "Petraeus" in a.name]
    assert named == [("David Petraeus", "person")]


def test_a_surname_opening_a_sentence_with_its_particle_capitalised_is_the_same_person(nlp):
    text = (
        "The governor urged Mayor Anna van Dijk to restore the program. "
        "Van Dijk ended the program in 2019, and the city has not looked back."
    )
    names = [a.name for a in extract_actors(nlp(text)) if a.type == "person"]
    assert names == ["Anna van Dijk"]


def test_a_given_name_the_recogniser_missed_is_the_speaker_named_by_it_before(nlp):
    # A real protest story: "Amadou estimated he sold 40 bottles" gave a second person
    # "Amadou" beside "Amadou Magassa, 13, of Philadelphia".
    from briefer.nlp.analyze import analyze_text

    text = ("Amadou Magassa, 13, of Philadelphia sold water on Broad Street.\n\n"
            "Sales were great, he said. Amadou estimated he sold 40 bottles.")
    analysis = analyze_text(nlp, text)
    assert [a.name for a in analysis.actors if a.type == "person"] == ["Amadou Magassa"]
    assert {q.speaker_key for q in analysis.quotes} == {analysis.actors[0].key}
