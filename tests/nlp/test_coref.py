"""Who a pronoun, a title or a description names when it speaks (`coref`, through attribution)."""

from briefer.core.records import Span
from tests.nlp.test_attribution import actor, resolved_speakers, speakers


def test_pronoun_speaker_is_the_person_named_before(nlp):
    text = "Anna Berg arrived in Paris on Monday. She said the talks had failed."
    actors = [actor(text, "a1", "Anna Berg"), actor(text, "a2", "Paris", type_="country")]
    assert speakers(nlp, text, actors) == [("the talks had failed", ["Anna Berg"])]


def test_added_after_a_quote_keeps_the_pronoun_resolution(nlp):
    text = "Tom Hale spoke first. “We are not leaving,” he added."
    actors = [actor(text, "a1", "Tom Hale")]
    assert speakers(nlp, text, actors) == [("We are not leaving,", ["Tom Hale"])]


def test_title_only_reference_is_the_actor_with_that_title(nlp):
    text = (
        "Finance Minister Anna Berg met Tom Hale, a banker. "
        "The minister said the budget would be cut."
    )
    actors = [
        actor(text, "a1", "Anna Berg", roles=["Finance Minister"]),
        actor(text, "a2", "Tom Hale", roles=["banker"]),
    ]
    assert speakers(nlp, text, actors) == [("the budget would be cut", ["Anna Berg"])]


def test_a_description_refers_back_across_a_paragraph_break(nlp):
    text = (
        "Senator Elizabeth Warren spoke on Monday.\n\n"
        "The senator said that the bill would fail."
    )
    actors = [actor(text, "a1", "Elizabeth Warren", roles=["senator"])]
    assert speakers(nlp, text, actors) == [("the bill would fail", ["Elizabeth Warren"])]
    assert "The senator" in [m.text for m in actors[0].mentions]


def test_a_name_inside_a_quote_is_no_antecedent_for_the_next_speaker_pronoun(nlp):
    text = (
        "“Trump doesn't understand the first thing about counterterrorism,” said Daniel "
        "Benjamin, a former State Department coordinator. “He is ignorant. First of all, "
        "Mateen was clearly radicalized in the United States. He had no orders from abroad.”"
        "\n\n“The administration is going after every target it can find,” he added."
    )
    actors = [
        actor(text, "a1", "Daniel Benjamin"),
        actor(text, "a2", "Omar Mateen", "Mateen"),
        actor(text, "a3", "Donald Trump", "Trump"),
    ]
    said = dict(resolved_speakers(nlp, text, actors))
    assert said["The administration is going after every target it can find,"] == [
        "Daniel Benjamin"
    ]


def test_a_subject_outranks_a_later_possessive_for_a_speaker_pronoun(nlp):
    text = (
        "Susan Hennessey, a former National Security Agency lawyer, spoke on Monday.\n\n"
        "But the point of those sanctions is to keep material from untrustworthy people, "
        "Hennessey said, and with Clinton’s aides chastened, they won’t repeat the mistake.\n\n"
        "While some employees could get a slap on the wrist, she added, revoking clearances "
        "would be “really very aggressive.”"
    )
    actors = [actor(text, "a1", "Susan Hennessey", "Hennessey"), actor(text, "a2", "Clinton")]
    said = dict(resolved_speakers(nlp, text, actors))
    quote = next(q for q in said if "revoking clearances" in q)
    assert said[quote] == ["Susan Hennessey"]


def test_the_main_clause_subject_outranks_a_subordinate_one(nlp):
    text = (
        "Loretta Lynch still has the final say on whether Clinton faces prosecution. "
        "She said she will accept the recommendation of the career prosecutors."
    )
    actors = [actor(text, "a1", "Loretta Lynch"), actor(text, "a2", "Clinton")]
    said = dict(resolved_speakers(nlp, text, actors))
    quote = "she will accept the recommendation of the career prosecutors"
    assert said == {quote: ["Loretta Lynch"]}


def test_a_first_name_given_to_women_keeps_she_from_a_man(nlp):
    text = (
        "Antonin Scalia sat beside Melanie Trump at the dinner.\n\n"
        "“It never crossed my mind,” she said."
    )
    actors = [actor(text, "a1", "Melanie Trump"), actor(text, "a2", "Antonin Scalia")]
    assert resolved_speakers(nlp, text, actors) == [
        ("It never crossed my mind,", ["Melanie Trump"])
    ]


def test_they_is_never_a_country(nlp):
    text = (
        "Republicans have spent months on Benghazi. For instance, Clinton misjudged Assad. "
        "They are also focused on the drawdown of troops in Iraq. They say Clinton advocated "
        "against leaving a residual force in 2011."
    )
    actors = [
        actor(text, "a1", "Republicans", type_="party"),
        actor(text, "a2", "Hillary Clinton", "Clinton"),
        actor(text, "a3", "Iraq", type_="country"),
    ]
    said = dict(resolved_speakers(nlp, text, actors))
    assert said["Clinton advocated against leaving a residual force in 2011"] == ["Republicans"]


def test_an_honorific_picks_the_person_of_its_sex_among_namesakes(nlp):
    text = (
        "Laura Brennan and Michael Brennan both run for mayor. "
        "“The city needs a plan,” Ms. Brennan said."
    )
    laura = actor(text, "a1", "Laura Brennan")
    michael = actor(text, "a2", "Michael Brennan")
    # The recogniser gave the surname after "Ms." to the wrong namesake.
    at = text.index("Brennan said")
    michael.mentions.append(Span(at, at + len("Brennan"), "Brennan"))
    assert speakers(nlp, text, [laura, michael]) == [("The city needs a plan,", ["Laura Brennan"])]
    assert at in [m.start for m in laura.mentions]
    assert at not in [m.start for m in michael.mentions]


def test_a_gendered_pronoun_takes_no_one_of_the_other_sex(nlp):
    text = (
        "Walter Kranz spoke first.\n\n"
        "Ingrid Paulsen, a lawyer, argued the case. “It is a simple case,” she said."
    )
    ingrid = actor(text, "a2", "Ingrid Paulsen")
    ingrid.type = "organization"  # as the recogniser sometimes types a person
    actors = [actor(text, "a1", "Walter Kranz", roles=["general"]), ingrid]
    found = resolved_speakers(nlp, text, actors)
    assert found == [("It is a simple case,", ["Ingrid Paulsen"])]


def test_a_pronoun_subject_carries_its_referent_to_the_next_pronoun(nlp):
    # "He says X's plan ...": the second "he" is the one the first stood for,
    # not the man named (as a possessive) inside the first one's claim.
    text = (
        "Omar Haddad, a retired teacher, spoke at the town hall on Monday.\n\n"
        "He says Mayor Pete Lund's plan to close the library will hurt families. "
        "“Children need a place to read,” he told the local radio station."
    )
    actors = [actor(text, "a1", "Omar Haddad"), actor(text, "a2", "Pete Lund")]
    assert resolved_speakers(nlp, text, actors) == [
        ("Mayor Pete Lund's plan to close the library will hurt families", ["Omar Haddad"]),
        ("Children need a place to read,", ["Omar Haddad"]),
    ]


def test_a_name_in_the_claim_a_parenthetical_pronoun_speaks_is_not_its_antecedent(nlp):
    # "X's outlets stand in the way, he said, by ...": the sentence is his
    # claim; its names are what he speaks of, not who he is.
    text = (
        "Pete Lund owns three newspapers. Omar Haddad, a strategist whose agency made "
        "the ads, said their goal was a bipartisan deal. "
        "The Lund newspapers have been standing in the way, he said, by sowing doubt."
    )
    actors = [actor(text, "a1", "Pete Lund", "Lund"), actor(text, "a2", "Omar Haddad")]
    said = dict(resolved_speakers(nlp, text, actors))
    quote = next(q for q in said if q.startswith("The Lund newspapers"))
    assert said[quote] == ["Omar Haddad"]
    text = text.replace("by sowing doubt.", "by creating a “false reality bubble” for voters.")
    said = dict(resolved_speakers(nlp, text, actors))
    quote = next(q for q in said if q.startswith("The Lund newspapers"))
    assert said[quote] == ["Omar Haddad"]


def test_a_description_passes_over_a_person_whose_post_is_another(nlp):
    # A mayor is not "the presidential candidate": the description takes the
    # person before him whose post the article does not state.
    text = (
        "After the flooding, Mark Halloway called on Mayor Tom Becker to reopen the shelter "
        "program. Becker closed the program in March.\n\n"
        "\"It was a mistake to end it, and everybody knows it,\" the Democratic presidential "
        "candidate said in an interview on Tuesday.\n\n"
        "\"We should start it again this week,\" he went on."
    )
    actors = [
        actor(text, "a1", "Mark Halloway"),
        actor(text, "a2", "Tom Becker", "Becker", roles=["Mayor"]),
    ]
    assert [names for _, names in resolved_speakers(nlp, text, actors)] == [
        ["Mark Halloway"], ["Mark Halloway"],
    ]


def test_a_description_no_named_person_agrees_with_stays_unnamed(nlp):
    text = (
        "Governor Ruth Calloway signed the water bill on Friday.\n\n"
        "\"This bill will cost farmers dearly,\" the congressman said."
    )
    actors = [actor(text, "a1", "Ruth Calloway", roles=["Governor"])]
    [(_, names)] = resolved_speakers(nlp, text, actors)
    assert names != ["Ruth Calloway"]


def test_a_description_of_the_other_sex_passes_over_a_person(nlp):
    text = (
        "Mr. Daniel Forde met the inspectors on Monday.\n\n"
        "\"We have nothing to hide,\" the chairwoman said."
    )
    actors = [actor(text, "a1", "Daniel Forde")]
    [(_, names)] = resolved_speakers(nlp, text, actors)
    assert names != ["Daniel Forde"]


def test_a_pronoun_in_a_parenthesis_takes_the_name_opening_the_sentence_before(nlp):
    # "Larkin, later alleging that Ames ..., said ...": Larkin is the main
    # subject, Ames only the subject of what Larkin alleged.
    text = (
        "The plan began with Paul Larkin and Dan Dunn.\n\n"
        "Larkin, later alleging - again falsely - that President Ames wanted to admit 250,000 "
        "migrants, said he would deport students, who he speculates are \"mostly men\" and "
        "perhaps part of a foreign plot. (On Monday he said he would \"strongly consider\" "
        "closing schools.)"
    )
    actors = [actor(text, "a1", "Paul Larkin", "Larkin"), actor(text, "a2", "Dan Dunn"),
              actor(text, "a3", "Ames", roles=["President"])]
    assert [names for _, names in resolved_speakers(nlp, text, actors)] == [
        ["Paul Larkin"], ["Paul Larkin"],
    ]


def test_the_writers_own_i_names_no_one_the_article_names(nlp):
    text = (
        "The agency has a long record of failures. Senator Ann Cole said the bureau must "
        "change.\n\nThis, I predict, will not end well.\n\n"
        "\"I warned that it would fail,\" Cole told reporters."
    )
    actors = [actor(text, "a1", "Ann Cole", "Cole", roles=["Senator"])]
    found = dict(resolved_speakers(nlp, text, actors))
    assert found["the bureau must change"] == ["Ann Cole"]
    assert found["This, I predict, will not end well"] == []
    assert found["I warned that it would fail,"] == ["Ann Cole"]


def test_a_description_naming_one_side_passes_over_a_person_of_the_other(nlp):
    # A real convention story: "..., said the Democratic nominee" went to the last person
    # named, the Republican nominee.
    text = (
        "Hal Brennan, the GOP nominee, spoke in Ohio on Monday. On Thursday Mara Ellis gave her "
        "acceptance speech, painting her rival, Hal Brennan, as unfit for the job.\n\n"
        "\"A man you can bait with a tweet is not a man we can trust,\" said the Democratic "
        "nominee."
    )
    actors = [actor(text, "a1", "Hal Brennan", roles=["GOP nominee"]),
              actor(text, "a2", "Mara Ellis")]
    [(_, names)] = resolved_speakers(nlp, text, actors)
    assert names == ["Mara Ellis"]


def test_the_one_a_role_serves_is_no_title_of_its_holder():
    from briefer.core.records import ExtractedActor
    from briefer.nlp.coref import resolve_title

    aide = ExtractedActor("a1", "Kayla Brandt", "person", roles=["former aide to the councilman"],
                          mentions=[Span(0, 12, "Kayla Brandt")])
    assert resolve_title([aide], 100, "the councilman") is None
    press = ExtractedActor("a2", "Dmitry Peskov", "person",
                           roles=["press secretary for the president"],
                           mentions=[Span(0, 13, "Dmitry Peskov")])
    assert resolve_title([press], 100, "the president") is None
    assert resolve_title([press], 100, "the press secretary") == "a2"


def test_a_member_for_a_seat_may_be_a_partys_spokesperson_but_no_governor(nlp):
    text = (
        "The party's housing spokesperson, Eoin Mac Giolla, tabled the motion. "
        '"Renters are paying half their wages," the Cork North-Central TD said. '
        'Gov. Ann Lee spoke next. "We will act," the senator said.'
    )
    mac_giolla = actor(text, "p1", "Eoin Mac Giolla", roles=["housing spokesperson"])
    lee = actor(text, "p2", "Ann Lee", roles=["governor"])
    found = dict(speakers(nlp, text, [mac_giolla, lee]))
    assert found["Renters are paying half their wages,"] == ["Eoin Mac Giolla"]
    assert found["We will act,"] != ["Ann Lee"]
