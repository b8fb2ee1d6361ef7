"""Several speakers of one report (briefer/nlp/co_speakers.py): "A and B said", a joint
statement, "the two sides", "both", co-speakers the recogniser read as one name."""

from tests.nlp.test_attribution import actor, speakers


def test_joint_speakers_are_all_named(nlp):
    text = "Berg and Hale suggest that arming the rebels may be the best option."
    actors = [actor(text, "a1", "Anna Berg", "Berg"), actor(text, "a2", "Tom Hale", "Hale")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["Anna Berg", "Tom Hale"]


def test_every_co_speaker_of_a_joint_statement_speaks(nlp):
    text = (
        "Senators John McCain, Lindsey Graham, Chuck Schumer and Jack Reed said in a "
        "joint statement that the hacks must be investigated. "
        "The ODNI and DHS said in a joint statement that Russia had directed the hacks."
    )
    names = ["John McCain", "Lindsey Graham", "Chuck Schumer", "Jack Reed"]
    actors = [actor(text, f"a{i}", name) for i, name in enumerate(names, start=1)]
    actors += [actor(text, "a5", "ODNI", type_="government"),
               actor(text, "a6", "DHS", type_="government")]
    assert speakers(nlp, text, actors) == [
        ("the hacks must be investigated", names),
        ("Russia had directed the hacks", ["ODNI", "DHS"]),
    ]


def test_the_two_sides_are_the_two_bodies_named_together_before(nlp):
    text = (
        "The United States and the European Union agreed on Thursday to suspend tariffs on "
        "steel for two years, the two sides said in a joint statement."
    )
    actors = [
        actor(text, "a1", "United States", type_="country"),
        actor(text, "a2", "European Union", type_="international"),
    ]
    assert speakers(nlp, text, actors) == [
        (
            "The United States and the European Union agreed on Thursday to suspend tariffs "
            "on steel for two years",
            ["United States", "European Union"],
        )
    ]


def test_both_are_the_subjects_of_the_two_sentences_before(nlp):
    text = (
        "Denise Carter, a Democratic state senator, finished first in the primary. Raymond "
        "Carter, a Republican businessman, came second. Both say voters have had no trouble "
        "telling them apart."
    )
    actors = [actor(text, "a1", "Denise Carter"), actor(text, "a2", "Raymond Carter")]
    assert speakers(nlp, text, actors) == [
        ("voters have had no trouble telling them apart", ["Denise Carter", "Raymond Carter"])
    ]


def test_co_speakers_read_as_one_name_are_one_actor_each(nlp):
    text = (
        "The Royal College of Nursing and the British Medical Association said "
        "the pay offer was too low."
    )
    joined = actor(
        text, "a1", "Royal College of Nursing and the British Medical Association",
        type_="organization",
    )
    actors = [joined]
    [(quote, names)] = speakers(nlp, text, actors)
    assert quote == "the pay offer was too low"
    assert names == ["Royal College of Nursing", "British Medical Association"]
    assert [m.text for m in joined.mentions] == ["The Royal College of Nursing"]


def test_co_speakers_each_named_in_apposition_all_speak(nlp):
    text = (
        "Her club, Nordvik Rowing, and its main sponsor, the insurer Havbro Mutual, "
        "said in a joint statement that they had ended her contract."
    )
    actors = [
        actor(text, "a1", "Nordvik Rowing", type_="organization"),
        actor(text, "a2", "Havbro Mutual", type_="company"),
    ]
    [(quote, names)] = speakers(nlp, text, actors)
    assert quote == "they had ended her contract"
    assert names == ["Nordvik Rowing", "Havbro Mutual"]


def test_a_couple_the_parser_cut_apart_speaks_together(nlp):
    text = (
        "Upstairs\n\nKhalid and Amina Rahman, who own a grocery store in Houma, said they had "
        "spent the night on its second floor as water rose below them."
    )
    actors = [actor(text, "a1", "Khalid Rahman", "Khalid"), actor(text, "a2", "Amina Rahman")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["Khalid Rahman", "Amina Rahman"]


def test_the_plural_of_a_surname_two_people_bear_speaks_as_both(nlp):
    text = (
        "Khalid Rahman, a lawyer, and his wife, Amina Rahman, spoke at the rally on Monday.\n\n"
        "During the past year, the Rahmans say they have heard growing fears from friends.\n\n"
        "Both parents stiffened their criticism of the mayor, saying that he lacked empathy."
    )
    actors = [actor(text, "a1", "Khalid Rahman"), actor(text, "a2", "Amina Rahman")]
    assert [names for _, names in speakers(nlp, text, actors)] == [
        ["Khalid Rahman", "Amina Rahman"], ["Khalid Rahman", "Amina Rahman"],
    ]


def test_a_couple_named_before_their_description_speaks_as_both(nlp):
    # The parser reads "parents" as a verb and hangs the names on it.
    text = (
        "Zafar Aziz, a lawyer, moved to Virginia in 1980.\n\n"
        "Zafar and Samira Aziz, the Gold Star parents whose appearance at the Democratic "
        "National Convention created a firestorm for Tom Reyes, say they felt bound to speak out."
    )
    actors = [actor(text, "a1", "Zafar Aziz", "Zafar"), actor(text, "a2", "Samira Aziz"),
              actor(text, "a3", "Tom Reyes")]
    assert speakers(nlp, text, actors) == [
        ("they felt bound to speak out", ["Zafar Aziz", "Samira Aziz"]),
    ]
