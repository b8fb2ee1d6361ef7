"""Reported speech as a writer writes it: one case per rule the brief must follow."""

import pytest

from briefer.core.speech import (
    Reporting,
    clause_text,
    cue_negated,
    issuing_body,
    join_names,
    nested_in_marks,
    past_tense,
    reported_sentence,
    typographic_marks,
    with_article,
)

NAMES = frozenset({"Clinton", "Hungary", "Comey"})

CASES = [
    # participles and odd cues become a past tense that means the same
    (("Paul Ryan", "saying"), "more information is needed",
     "Paul Ryan said that more information is needed."),
    (("The Justice Department", "promising"), "it would review the case",
     "The Justice Department promised that it would review the case."),
    (("James B. Comey", "informed"), "he was restarting the probe",
     "James B. Comey said that he was restarting the probe."),
    (("Giuliani", "adding"), "the case was strong", "Giuliani added that the case was strong."),
    (("Trump", "tweeted"), "the system is rigged", "Trump wrote that the system is rigged."),
    (("Heisbourg and Arnold", "suggest"), "arming Ukraine may be the most viable option,",
     "Heisbourg and Arnold suggested that arming Ukraine may be the most viable option."),
    (("Clinton", "predict"), "this will not end well",
     "Clinton predicted that this will not end well."),
    (("Comey", "found"), "the evidence was thin", "Comey said that the evidence was thin."),
    (("Giuliani", "continued"), "the case was strong", "Giuliani added that the case was strong."),
    # a cue that takes an object, not a that-clause
    (("Trump", "called"), "the system “rigged”", "Trump called the system “rigged.”"),
    (("Arnold", "described"), "planning as “impossible” without a clear mission",
     "Arnold described planning as “impossible” without a clear mission."),
    # an act promised is an infinitive, never after "that"
    (("Ortega", "vowed"), "to rebuild the pier within a year",
     "Ortega vowed to rebuild the pier within a year."),
    (("The mayor", "promising"), "not to raise fares before the election",
     "The mayor promised not to raise fares before the election."),
    # a charge or credit takes its object, never "that"
    (("Brenner", "accused"), "the mayor of hiding the audit",
     "Brenner accused the mayor of hiding the audit."),
    (("Reyes", "slamming"), "the council for its “reckless” plan",
     "Reyes slammed the council for its “reckless” plan."),
    (("Ortega", "dismissing"), "the audit as a political stunt",
     "Ortega dismissed the audit as a political stunt."),
    (("Brenner", "citing"), "a study that found the levy would cost jobs",
     "Brenner cited a study that found the levy would cost jobs."),
    # "according to" leads the sentence
    (("McCarthy", "according to"), "Clinton broke it", "According to McCarthy, Clinton broke it."),
    # the clause's first word: lower-cased unless a name, an acronym or "I"
    (("Officials", "said"), "The FBI made a mistake.",
     "Officials said that the FBI made a mistake."),
    (("Officials", "said"), "A search warrant was obtained.",
     "Officials said that a search warrant was obtained."),
    (("Aides", "said"), "Clinton never used the server for classified mail.",
     "Aides said that Clinton never used the server for classified mail."),
    (("Vladeck", "said"), "I don't think this was the case",
     "Vladeck said that I don’t think this was the case."),
    (("Officials", "said"), "FBI agents did nothing wrong;",
     "Officials said that FBI agents did nothing wrong."),
    # negation and hedges are kept
    (("Clinton", "said"), "her server - there were several - was never hacked",
     "Clinton said that her server—there were several—was never hacked."),
    (("Vogt", "said"), "the basin could perhaps lose 20 percent of its flow",
     "Vogt said that the basin could perhaps lose 20 percent of its flow."),
    # single final punctuation, inside the closing mark
    (("Tom Carper", "said"), 'it "leaves so many questions unanswered."',
     "Tom Carper said that it “leaves so many questions unanswered.”"),
    (("Giuliani", "said"), "Clinton showed the “conduct of a person with guilt.”",
     "Giuliani said that Clinton showed the “conduct of a person with guilt.”"),
    (("Comey", "said"), "his team had no ''direct evidence'' of a ''successful hack,''",
     "Comey said that his team had no “direct evidence” of a “successful hack.”"),
    (("Lewandowski", "saying"), "it should be “up to the prosecutor to move forward or not.”",
     "Lewandowski said that it should be “up to the prosecutor to move forward or not.”"),
    # never the clause's own attribution repeated
    (("Unnamed law enforcement officials", "said"),
     "A search warrant was obtained on Sunday, officials said.",
     "Unnamed law enforcement officials said that a search warrant was obtained on Sunday."),
    (("Hennessey", "said"), "But the point of sanctions is to protect secrets, Hennessey said, "
     "and the aides have learned",
     "Hennessey said that the point of sanctions is to protect secrets, and the aides have "
     "learned."),
    (("Experts", "said"), "But ultimately, other experts say, she was not a traitor.",
     "Experts said that ultimately, she was not a traitor."),
    # anonymous speakers as the article put it
    (("One EU diplomat", "said"), "the deal had been close to collapse",
     "One EU diplomat said that the deal had been close to collapse."),
    # a nested quote inside a reported clause
    (("Clinton", "said"), "her lawyer called it \"a 'full' review\"",
     "Clinton said that her lawyer called it “a ‘full’ review.”"),
]


@pytest.mark.parametrize(("speaker", "text", "expected"), CASES,
                         ids=[f"{i}-{c[0][1]}" for i, c in enumerate(CASES)])
def test_reported_speech_patterns(speaker, text, expected):
    who, cue = speaker
    assert reported_sentence(Reporting(who, cue), text, NAMES) == expected


def test_at_least_twenty_patterns_are_pinned():
    assert len(CASES) >= 20


def test_a_negated_cue_keeps_its_negation():
    assert reported_sentence(Reporting("Comey", "say", negated=True), "the case was closed") == \
        "Comey did not say that the case was closed."
    article = "Comey cannot say that the case is closed."
    assert cue_negated(article, article.index("say") + 3)
    assert not cue_negated("Comey said that it is closed.", len("Comey said"))


def test_no_speaker_leaves_the_clause_alone_never_unattributed():
    assert reported_sentence(Reporting("", "said"), "the talks resumed") == "The talks resumed."
    assert "unattributed" not in reported_sentence(Reporting("", None), "x y z").lower()


def test_past_tense_of_any_form_and_unknown_cues():
    assert past_tense("saying") == "said"
    assert past_tense("Said") == "said"
    assert past_tense("’s") == "said"
    assert past_tense(None) == "said"
    assert past_tense("promising") == "promised"


def test_marks_pair_and_nest():
    assert typographic_marks('he said "no" twice') == "he said “no” twice"
    assert typographic_marks("a ''quoted'' word and it's fine") == \
        "a “quoted” word and it’s fine"
    assert typographic_marks('a stray " mark') == "a stray mark"
    assert typographic_marks("farmers' groups") == "farmers’ groups"
    assert nested_in_marks('We heard "enough," she said') == "“We heard ‘enough,’ she said”"


def test_a_stop_doubled_after_a_closing_mark_is_set_once():
    # A real story's quote ended "... of the United States.'." and the brief printed both.
    assert nested_in_marks("and say, 'You can be anything you want.'.") == \
        "“and say, ‘You can be anything you want.’”"
    assert typographic_marks('He answered "no." Then he left.') == \
        "He answered “no.” Then he left."


def test_clause_opening_keeps_names():
    assert clause_text("Hungary dropped its objections", NAMES) == \
        "Hungary dropped its objections."
    assert clause_text("That is wrong!") == "that is wrong!"


def test_a_connective_opening_the_clause_is_dropped():
    # "What's more, many of their best arguments ... are easily refuted, they say."
    assert clause_text("What's more, many of their arguments are easily refuted") == \
        "many of their arguments are easily refuted."
    assert clause_text("Moreover, the plan will fail") == "the plan will fail."


def test_joint_names_and_bodies():
    assert join_names(["Heisbourg", "Arnold"]) == "Heisbourg and Arnold"
    assert join_names(["A", "B", "C", "A"]) == "A, B and C"
    assert with_article("State Department") == "the State Department"
    assert with_article("FBI") == "the FBI"
    assert with_article("F.B.I.") == "the F.B.I."
    assert with_article("Judicial Watch") == "Judicial Watch"
    assert with_article("United States") == "the United States"
    assert with_article("U.S.") == "the U.S."
    assert with_article("Syria") == "Syria"


@pytest.mark.parametrize(("name", "body"), [
    ("Comey’s announcement", "Comey"),
    ("State Department inspector general's report", "State Department inspector general"),
    ("The joint statement", None),
    ("a letter", None),
    ("The River Post", "The River Post"),
    ("Judicial Watch", "Judicial Watch"),
    ("@realDonaldTrump Twitter", None),
    ("@UN_News", None),
])
def test_a_speaker_that_is_a_text_is_shown_as_its_issuer_or_not_at_all(name, body):
    assert issuing_body(name) == body


def test_roles_after_a_name_lower_case_their_titles():
    from briefer.core.speech import role_after_name

    assert role_after_name("Senator") == "senator"
    assert role_after_name("- President") == "president"
    assert role_after_name("Presumptive Republican presidential nominee") == (
        "presumptive Republican presidential nominee")
    assert role_after_name("House Judiciary Committee Chairman") == (
        "House Judiciary Committee chairman")
    assert role_after_name("Republican U.S. House Speaker") == "Republican U.S. House speaker"
    assert role_after_name("New York City Mayor") == "New York City mayor"
    assert role_after_name("Secretary of State") == "secretary of state"
    assert role_after_name("Defense Secretary") == "defense secretary"
    # a trade or a post read from a title before the name ("Comedian Sarah Silverman")
    assert role_after_name("Comedian") == "comedian"
    assert role_after_name("Police Commissioner") == "police commissioner"
    assert role_after_name("Senate Majority Leader") == "Senate majority leader"
    # a body's name keeps its capitals; acronyms and names too
    assert role_after_name("Justice Department spokesman") == "Justice Department spokesman"
    assert role_after_name("State Department official") == "State Department official"
    assert role_after_name("FBI Director") == "FBI director"
    assert role_after_name("U.S. District Judge") == "U.S. district judge"
    assert role_after_name("Press Secretary") == "press secretary"
    assert role_after_name("White House Press Secretary") == "White House press secretary"
    assert role_after_name("Associated Press reporter") == "Associated Press reporter"
    assert role_after_name("former National Security Agency lawyer") == (
        "former National Security Agency lawyer")


def test_a_reported_question_takes_no_that():
    from briefer.core.speech import Reporting, reported_sentence

    sentence = reported_sentence(Reporting("Imam Ali", "asked"),
                                 "what the bureau believed about the shooter")
    assert sentence == "Imam Ali asked what the bureau believed about the shooter."
    assert reported_sentence(Reporting("Kagan", "insisted"), "If we wait, we lose.") == (
        "Kagan insisted if we wait, we lose.")


def test_told_without_its_listener_is_said():
    from briefer.core.speech import Reporting, reported_sentence

    sentence = reported_sentence(Reporting("Bob Goodlatte, House Judiciary Committee chairman,",
                                           "told"),
                                 "he spoke with Comey right after his announcement")
    assert sentence == ("Bob Goodlatte, House Judiciary Committee chairman, said that he spoke "
                        "with Comey right after his announcement.")


def test_an_infinitive_or_a_cue_s_particle_takes_no_that():
    # A Paris brief read "Sanders pledged that to rid the world of ..." and "Huckabee
    # called denying entry to travelers ..." (the article: "called for denying entry").
    assert reported_sentence(Reporting("Sanders", "pledged"),
                             'to rid the world of "this barbarous organization"') == (
        "Sanders pledged to rid the world of “this barbarous organization.”")
    assert reported_sentence(Reporting("Huckabee", "called", particle="for"),
                             "denying entry to travelers from those countries") == (
        "Huckabee called for denying entry to travelers from those countries.")
    # A Super Tuesday brief read "Sanders vowed that to “take our fight” to the 35 states".
    assert reported_sentence(Reporting("Sanders", "vowed"), "to “take our fight” to 35 states") == (
        "Sanders vowed to “take our fight” to 35 states.")
    assert reported_sentence(Reporting("Vogt", "said"), "to the farmers, the pact is a loss") == (
        "Vogt said that to the farmers, the pact is a loss.")


def test_the_particle_is_read_between_the_cue_and_the_reported_words():
    from briefer.core.speech import cue_particle

    text = "Huckabee called on Monday for denying entry to travelers. He said that it was wrong."
    cue_end = text.index("called") + len("called")
    assert cue_particle(text, cue_end, text.index("denying")) == "for"
    said_end = text.index("said") + len("said")
    assert cue_particle(text, said_end, text.index("it was")) == ""
    assert cue_particle(text, cue_end, text.index("He said")) == ""


def test_a_verb_that_may_report_an_object_takes_that_only_when_the_article_wrote_it():
    from briefer.core.speech import cue_takes_that

    text = "The board announced new fares that would start in May. Lund announced that she ran."
    board_end = text.index("announced") + len("announced")
    assert not cue_takes_that(text, "announced", board_end, text.index("new fares"))
    lund_end = text.index("announced that") + len("announced")
    assert cue_takes_that(text, "announced", lund_end, text.index("she ran"))
    said = "Lund said she would run."
    assert cue_takes_that(said, "said", said.index(" she"), said.index("she"))
    assert reported_sentence(
        Reporting("The board", "announced", that=False), "new fares that would start in May"
    ) == "The board announced new fares that would start in May."


def test_the_writer_s_own_participle_is_no_part_of_the_clause():
    # A Comey brief read "Lewandowski added that saying it should be “up to the prosecutor”".
    assert reported_sentence(Reporting("Lewandowski", "added"),
                             "saying it should be “up to the prosecutor”") == (
        "Lewandowski added that it should be “up to the prosecutor.”")
    assert reported_sentence(Reporting("Kagan", "said"), "warning that the talks could fail") == (
        "Kagan said that the talks could fail.")
    assert reported_sentence(Reporting("Huckabee", "called", particle="for"),
                             "denying entry to travelers") == (
        "Huckabee called for denying entry to travelers.")


def test_a_former_post_under_someone_reads_as_theirs():
    # An Orlando brief named "Stuart Stevens, former Mitt Romney's chief strategist".
    from briefer.core.speech import role_after_name

    assert role_after_name("former Mitt Romney's chief strategist") == (
        "Mitt Romney's former chief strategist")
    assert role_after_name("Former House Speaker") == "former House speaker"


def test_a_second_outlet_s_attribution_inside_the_words_is_dropped():
    # "Chicago Sun-Times reported that in Seattle, marchers ..., KING-TV reported."
    assert reported_sentence(Reporting("Chicago Sun-Times", "reported"),
                             "in Seattle, marchers carried white roses, KING-TV reported.") == (
        "Chicago Sun-Times reported that in Seattle, marchers carried white roses.")


def test_a_clause_opening_on_a_preposition_or_participle_is_lower_cased():
    # A real brief wrote "Tiegen said that Based on her actions that night, ..."
    assert reported_sentence(Reporting("Tiegen"), "Based on her actions, the plan failed") == \
        "Tiegen said that based on her actions, the plan failed."
    assert reported_sentence(Reporting("Sroka"), "Given the result, Sanders will win",
                             {"Sanders"}) == "Sroka said that given the result, Sanders will win."
