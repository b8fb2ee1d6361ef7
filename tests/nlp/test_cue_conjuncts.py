"""A speech verb the parser joined to a verb whose subject cannot speak goes
with the verb right before its conjunction (briefer/nlp/cue_conjuncts.py)."""

from briefer.nlp.cue_conjuncts import nearer_speaking_verb, reporters_next_act
from briefer.nlp.speech import can_speak, speech_lexicon, subject_of
from tests.nlp.test_attribution import actor, resolved_speakers


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
