"""Conjoined verbs around a cue (briefer/nlp/cue_conjuncts.py): a speech verb the parser
joined to a verb whose subject cannot speak goes with the verb right before its
conjunction; a speech act joined to a copular reported clause is the reporter's; a verb
back in the cue's tense tells the narrative again."""

from briefer.nlp.cue_conjuncts import nearer_speaking_verb, reporters_next_act
from briefer.nlp.speech import can_speak, speech_lexicon, subject_of
from tests.nlp.test_attribution import actor, resolved_speakers
from tests.nlp.test_quotes import actor as quoted_actor
from tests.nlp.test_quotes import quotes_of


def speaks(token):
    return can_speak(token, speech_lexicon())


def test_shares_that_fell_after_the_firm_spoke_did_not_speak(nlp):
    text = (
        "Shares of Halvorsen Dairy Group fell 9% on Monday after the cheese maker lowered its "
        "sales outlook and said its finance chief would retire in June."
    )
    found = resolved_speakers(nlp, text, [actor(text, "a1", "Halvorsen Dairy Group",
                                                type_="company")])
    assert ("its finance chief would retire in June", ["Halvorsen Dairy Group"]) in found


def test_a_verb_joined_to_a_speakers_verb_keeps_its_subject(nlp):
    doc = nlp("The minister arrived after the talks ended and said the deal was close.")
    said = next(t for t in doc if t.text == "said")
    assert nearer_speaking_verb(said, speaks) is None


def test_a_speech_act_joined_to_the_reported_clause_is_the_reporters(nlp):
    doc = nlp(
        "Okafor wrote that the council was “asleep” and urged residents to call their members."
    )
    urged = next(t for t in doc if t.text == "urged")
    assert urged.head.text == "was"  # the parser's reading this rule is for
    reporter = reporters_next_act(urged, speech_lexicon().is_reporting_verb)
    assert reporter is not None and reporter.text == "wrote"
    assert subject_of(urged).text == "Okafor"


def test_a_verb_with_its_own_subject_in_the_clause_stays_the_clauses(nlp):
    doc = nlp("Okafor wrote that the council was asleep and residents urged it to act.")
    urged = next(t for t in doc if t.text == "urged")
    assert reporters_next_act(urged, speech_lexicon().is_reporting_verb) is None


def test_a_second_act_after_a_clause_that_acts_stays_its_subjects(nlp):
    doc = nlp("Brandt said Lanham handed her a folder of invoices and told her to shred them.")
    told = next(t for t in doc if t.text == "told")
    assert reporters_next_act(told, speech_lexicon().is_reporting_verb) is None


def test_a_report_set_after_the_clause_with_its_own_subject_is_apart(nlp):
    text = (
        "The fact-checkers ruled that the mayor's claim about “record crime” was “mostly "
        "true,” but in their report they could not resist pointing out that burglaries fell."
    )
    quotes = quotes_of(nlp, text)
    assert "the mayor's claim about “record crime” was “mostly true,”" in [q.text for q in quotes]


def test_the_narrative_back_in_the_cues_tense_after_a_copula_is_not_reported(nlp):
    text = ("Okafor says the files were private and not official, but for her rivals, it is "
            "proof of a cover-up. Brandt said he now believes the count was fair and was "
            "therefore final.")
    found = {q.text for q in quotes_of(nlp, text)}
    assert "the files were private and not official" in found
    assert "he now believes the count was fair and was therefore final" in found


def test_the_speakers_next_act_hung_on_the_clause_ends_it(nlp):
    text = "Ines Varga suggested that Pol Brandt was “soft on crime” and called for a new inquiry."
    varga = quoted_actor(text, "a1", "Ines Varga")
    quotes = quotes_of(nlp, text, varga)
    assert [(q.kind, q.text, q.speaker_key) for q in quotes] == [
        ("mixed", "Pol Brandt was “soft on crime”", "a1"),
        ("indirect", "a new inquiry", "a1"),  # what she called for, a report of its own
    ]
