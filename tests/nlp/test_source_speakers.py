"""Unnamed sources, documents and groups as speakers (`attribution.source_speakers`)."""

from tests.nlp.test_attribution import actor, speakers


def test_the_administration_with_none_named_is_an_unnamed_source(nlp):
    text = (
        "The Commerce Department published the rules on Monday. "
        "The administration says the rules will cut costs."
    )
    actors = [actor(text, "a1", "Commerce Department", type_="government")]
    [(quote, names)] = speakers(nlp, text, actors)
    assert quote == "the rules will cut costs"
    assert names != ["Commerce Department"]
    assert all(a.type == "group" for a in actors if a.name in names)



def test_members_speaking_together_speak_for_their_named_body(nlp):
    text = (
        "Storage prices fell again, according to researchers at the Halden Energy Laboratory. "
        "The leaders of the Nordic Council said they would fund more cables."
    )
    actors = [
        actor(text, "a1", "Halden Energy Laboratory", type_="organization"),
        actor(text, "a2", "Nordic Council", type_="international"),
    ]
    assert speakers(nlp, text, actors) == [
        ("Storage prices fell again", ["Halden Energy Laboratory"]),
        ("they would fund more cables", ["Nordic Council"]),
    ]


def test_members_of_no_named_body_are_an_unnamed_group(nlp):
    text = "Researchers say the cables will last longer than planned."
    actors = []
    [(quote, names)] = speakers(nlp, text, actors)
    assert (quote, names) == ("the cables will last longer than planned", ["Researchers"])
    assert actors[0].type == "group"


def test_a_document_speaks_for_the_body_that_published_or_issued_it(nlp):
    text = (
        "Bed occupancy rose in March, according to figures published by Health Wales on Friday. "
        "Turnout will fall, according to a poll by Opinara for the Evening Courier."
    )
    actors = [actor(text, "a1", "Health Wales", type_="government")]
    found = speakers(nlp, text, actors)
    assert found == [
        ("Bed occupancy rose in March", ["Health Wales"]),
        ("Turnout will fall", ["Opinara"]),
    ]


def test_a_document_reviewed_by_a_newspaper_is_not_the_newspapers(nlp):
    text = "The agency dropped the case, according to memos reviewed by the Daily Ledger."
    actors = [actor(text, "a1", "Daily Ledger", type_="media")]
    assert speakers(nlp, text, actors) == [("The agency dropped the case", [])]


def test_the_statement_is_its_issuers(nlp):
    text = (
        "Norway and Iceland agreed on Friday to share patrol ships, the two countries said "
        "in a joint statement. Their navies will train together, according to the statement.\n\n"
        "The Arctic Council issued a statement on Monday. The statement said the talks would go on."
    )
    actors = [
        actor(text, "a1", "Norway", type_="country"),
        actor(text, "a2", "Iceland", type_="country"),
        actor(text, "a3", "Arctic Council", type_="international"),
    ]
    assert speakers(nlp, text, actors) == [
        ("Norway and Iceland agreed on Friday to share patrol ships", ["Norway", "Iceland"]),
        ("Their navies will train together", ["Norway", "Iceland"]),
        ("the talks would go on", ["Arctic Council"]),
    ]


def test_an_unnamed_group_is_mentioned_by_its_description_not_by_the_name_in_it(nlp):
    text = (
        "Two Mercosur diplomats told reporters the summit would slip. "
        "Utilities say the grid is full."
    )
    actors = []
    found = speakers(nlp, text, actors)
    assert [names for _, names in found] == [["Mercosur diplomats"], ["Utilities"]]
    diplomats, utilities = actors
    assert [m.text for m in diplomats.mentions] == ["diplomats"]
    assert (utilities.type, [m.text for m in utilities.mentions]) == ("group", ["Utilities"])


def test_every_wording_of_a_share_of_those_polled_is_an_unnamed_group(nlp):
    text = (
        "About 4 in 10 said the tax was fair. Almost half of respondents said it was too high. "
        "Another 26% said they had no view. Two said they would move away."
    )
    actors = []
    assert speakers(nlp, text, actors) == [
        ("the tax was fair", ["About 4 in 10"]),
        ("it was too high", ["Almost half of respondents"]),
        ("they had no view", ["26%"]),
        ("they would move away", []),
    ]
    assert {a.type for a in actors} == {"group"}


def test_another_speaker_is_nobody_named_before(nlp):
    text = (
        "Paula Reyes of the Harbor Council said the square was full. "
        "Another said it was half empty."
    )
    actors = [
        actor(text, "a1", "Paula Reyes"),
        actor(text, "a2", "Harbor Council", type_="organization"),
    ]
    found = speakers(nlp, text, actors)
    assert found[0] == ("the square was full", ["Paula Reyes"])
    assert found[1][0] == "it was half empty"
    assert all(a.type == "group" for a in actors if a.name in found[1][1])


def test_a_plural_noun_with_a_name_in_it_is_a_group_not_a_person(nlp):
    text = "Teachers' unions say the new rules will drive staff away."
    actors = []
    [(_, names)] = speakers(nlp, text, actors)
    assert [a.type for a in actors if a.name in names] == ["group"]


def test_a_thing_that_says_something_makes_no_speaker_its_owner_speaks(nlp):
    text = (
        "Senator Mara Quill sent the letter on Friday. The missive suggests the panel "
        "will keep pressing. Her remarks show the dispute is far from over."
    )
    actors = [actor(text, "a1", "Mara Quill")]
    found = dict(speakers(nlp, text, actors))
    assert found.get("the panel will keep pressing", []) == []
    assert found["the dispute is far from over"] == ["Mara Quill"]
    assert {a.name for a in actors} == {"Mara Quill"}


def test_an_unnamed_person_described_by_a_common_noun_still_speaks(nlp):
    text = "A longtime neighbor said the family had lived there for decades."
    actors = []
    assert speakers(nlp, text, actors) == [
        ("the family had lived there for decades", ["longtime neighbor"])
    ]


def test_an_untagged_plural_common_noun_speaks_as_a_group(nlp):
    text = "Attorneys for the family said the lawsuit would be filed on Monday."
    actors = []
    found = speakers(nlp, text, actors)
    assert found == [("the lawsuit would be filed on Monday", ["Attorneys"])]
    assert actors[0].type == "group"


def test_a_thing_opening_a_sentence_makes_no_speaker(nlp):
    text = "Talks stalled in May. Conversations with donors suggest the plan is dead."
    actors = []
    found = dict(speakers(nlp, text, actors))
    assert found.get("the plan is dead", []) == []
    assert actors == []


def test_the_people_a_plural_description_includes_are_its_named_speakers(nlp):
    text = (
        "President Obama spoke on Sunday about the attacks. Several candidates, including "
        "Donald Trump and Jeb Bush, said the United States should stop taking refugees."
    )
    actors = [
        actor(text, "a1", "Barack Obama", "Obama"),
        actor(text, "a2", "Donald Trump"),
        actor(text, "a3", "Jeb Bush"),
    ]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["Donald Trump", "Jeb Bush"]


def test_a_plural_description_is_never_the_one_person_named_last(nlp):
    text = (
        "President Obama spoke on Sunday about the attacks. The candidates said the United "
        "States should stop taking refugees."
    )
    actors = [actor(text, "a1", "Barack Obama", "Obama")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["candidates"]


def test_the_senators_are_the_senators_named_together_before(nlp):
    text = (
        "Sen. Ted Cruz and Sen. Marco Rubio met the families on Sunday. The senators said the "
        "plan was a mistake."
    )
    actors = [
        actor(text, "a1", "Ted Cruz", roles=["senator"]),
        actor(text, "a2", "Marco Rubio", roles=["senator"]),
    ]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["Ted Cruz", "Marco Rubio"]


def test_the_people_a_plural_noun_serves_are_not_its_speakers(nlp):
    # "aides to A and B said": the aides speak, unnamed; A and B do not.
    text = (
        "And aides to Gov. Ann Ruiz of Utah, a former prosecutor, and Gov. Tom Hale "
        "of Idaho said their speeches would focus on the border."
    )
    actors = [actor(text, "a1", "Ann Ruiz"), actor(text, "a2", "Tom Hale")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["aides"]
    text = "Lawyers for Omar Haddad and Greta Lind said the ruling would be appealed."
    actors = [actor(text, "a1", "Omar Haddad"), actor(text, "a2", "Greta Lind")]
    [(_, names)] = speakers(nlp, text, actors)
    assert names == ["Lawyers"]


def test_a_bare_share_is_of_the_people_the_share_before_it_was_of(nlp):
    text = (
        "In a survey released on Monday, 71 percent of nurses said they were tired of the "
        "rules and 55 percent said they would like the next governor to change them."
    )
    actors = []
    assert [names for _, names in speakers(nlp, text, actors)] == [
        ["71 percent of nurses"], ["55 percent of nurses"],
    ]
    assert all(a.type == "group" for a in actors)


def test_every_author_of_a_joint_report_speaks_for_it(nlp):
    text = ("Wages cover half of a living wage, according to a report released on Monday by "
            "the World Bank and the International Monetary Fund. The report found that most "
            "workers skip meals.")
    actors = [actor(text, "a1", "World Bank", type_="international"),
              actor(text, "a2", "International Monetary Fund", type_="international")]
    assert [names for _, names in speakers(nlp, text, actors)] == [
        ["World Bank", "International Monetary Fund"],
        ["World Bank", "International Monetary Fund"],
    ]


def test_the_diplomat_or_the_expert_is_the_person_named_before(nlp):
    text = (
        "Deputy Foreign Minister Alexei Voronin spoke on Thursday. According to the diplomat, "
        "the ports were closed without warning. Viktor Sazonov, a researcher at the Kola "
        "Institute, spoke later. \"Both sides will lose,\" the expert said."
    )
    voronin = actor(text, "p1", "Alexei Voronin", roles=["Deputy Foreign Minister"])
    sazonov = actor(text, "p2", "Viktor Sazonov", roles=["researcher"])
    found = dict(speakers(nlp, text, [voronin, sazonov]))
    assert found["the ports were closed without warning"] == ["Alexei Voronin"]
    assert found["Both sides will lose,"] == ["Viktor Sazonov"]


def test_the_diplomat_after_an_unnamed_one_is_no_named_person(nlp):
    text = (
        "Finance Minister Ana Ruiz spoke first. One EU diplomat said the deal was close. "
        "The diplomat said talks would go on."
    )
    ruiz = actor(text, "p1", "Ana Ruiz", roles=["Finance Minister"])
    found = dict(speakers(nlp, text, [ruiz]))
    assert found["talks would go on"] != ["Ana Ruiz"]


def test_a_family_word_after_a_named_person_is_that_person(nlp):
    text = (
        "Maureen Tillotson, 78, fumed about the cut. The grandmother, who lives on her state "
        "pension, said she had switched off the radiators."
    )
    tillotson = actor(text, "p1", "Maureen Tillotson")
    found = dict(speakers(nlp, text, [tillotson]))
    assert found["she had switched off the radiators"] == ["Maureen Tillotson"]


def test_the_side_of_a_named_country_is_that_country_else_no_one(nlp):
    text = (
        "China rejected the probe. The Chinese side said the duties were unfair. "
        "The Norwegian side said it would wait."
    )
    china = actor(text, "c1", "China", type_="country")
    actors = [china]
    found = dict(speakers(nlp, text, actors))
    assert found["the duties were unfair"] == ["China"]
    assert found["it would wait"] == []
    assert [a.name for a in actors] == ["China"]


def test_its_inspectors_speak_for_the_body(nlp):
    text = (
        "The Care Quality Commission rated two homes poorly. Its inspectors said the "
        "bedrooms were unsafe."
    )
    cqc = actor(text, "b1", "Care Quality Commission", type_="government")
    found = dict(speakers(nlp, text, [cqc]))
    assert found["the bedrooms were unsafe"] == ["Care Quality Commission"]


def test_a_body_named_above_a_list_of_bullets_is_the_agency_in_them(nlp):
    text = (
        "The Lakeshore Transit Authority voted Monday to draw up cuts.\n\n"
        "• Its chair, Gloria Menendez, said the plan was a warning.\n"
        "• The agency said the cuts would take effect in February."
    )
    authority = actor(text, "b1", "Lakeshore Transit Authority", type_="government")
    menendez = actor(text, "p1", "Gloria Menendez")
    found = dict(speakers(nlp, text, [authority, menendez]))
    assert found["the cuts would take effect in February"] == ["Lakeshore Transit Authority"]
