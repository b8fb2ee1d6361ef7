"""A speech verb the parser joined to a verb whose subject cannot speak goes
with the verb right before its conjunction (briefer/nlp/cue_conjuncts.py)."""

from briefer.nlp.cue_conjuncts import nearer_speaking_verb
from briefer.nlp.speech import can_speak, speech_lexicon
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
