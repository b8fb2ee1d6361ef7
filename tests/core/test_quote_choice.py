"""Which quotes a draft may use: speech, not questions or clauses it cannot cut."""

from briefer.core.quote_choice import (
    in_subordinate_clause,
    leans_on_context,
    quote_weight,
    reads_as_speech,
    sentence_opening,
)
from briefer.core.records import Quote

COMEY = (
    "The bureau closed its inquiry. When the F.B.I. director, James B. Comey, said on "
    "Tuesday that his investigators had no ''direct evidence'' that Hillary Clinton's email "
    "account had been ''successfully hacked,'' both private experts and federal "
    "investigators immediately understood his meaning.\n"
    "When asked about the servers, Comey said that the bureau had found no evidence of "
    "tampering. Although critics said the decision was political, the bureau held firm.\n"
    "\"Comey said the case was closed,\" the aide added."
)


def _quote(text: str, kind: str = "indirect", cue: str = "said") -> Quote:
    start = COMEY.index(text)
    return Quote(1, 1, start, start + len(text), text, kind, speaker_id=1, cue=cue)


def test_the_sentence_before_a_quote():
    quote = _quote("his investigators had no")
    assert sentence_opening(COMEY, quote.start).startswith("When the F.B.I. director,")
    assert sentence_opening(COMEY, COMEY.index("the bureau had")).startswith("When asked")


def test_reported_speech_inside_a_when_or_although_clause_is_left_out():
    assert in_subordinate_clause(_quote("his investigators had no"), COMEY)
    assert in_subordinate_clause(_quote("the decision was political"), COMEY)
    # a participle after the opener opens no clause with its own speaker
    assert not in_subordinate_clause(_quote("the bureau had found no evidence"), COMEY)
    # direct words are the speaker's own, wherever the sentence puts them
    assert not in_subordinate_clause(_quote("his investigators had no", kind="direct"), COMEY)


def test_a_question_put_to_someone_is_no_position():
    asked = Quote(1, 1, 0, 10, "what he personally believed about the lifestyle of gay people",
                  "indirect", speaker_id=1, cue="Asked")
    assert not reads_as_speech(asked)
    whether = Quote(1, 1, 0, 10, "whether the bureau would reopen the case", "indirect",
                    speaker_id=1, cue="asked")
    assert not reads_as_speech(whether)
    request = Quote(1, 1, 0, 10, "that the court delay the ruling until the audit ends",
                    "indirect", speaker_id=1, cue="asked")
    assert reads_as_speech(request)
    assert reads_as_speech(Quote(1, 1, 0, 10, "the case was closed", "indirect", cue="said"))


def test_a_clause_whose_subject_stands_outside_it_is_no_position():
    # "a decision they say allowed terrorist activity to multiply"
    allowed = Quote(1, 1, 0, 10, "allowed terrorist activity to multiply", "indirect",
                    speaker_id=1, cue="say")
    assert not reads_as_speech(allowed)
    would = Quote(1, 1, 0, 10, "would cost jobs in the region", "indirect", cue="said")
    assert not reads_as_speech(would)
    assert reads_as_speech(Quote(1, 1, 0, 10, "speed mattered more than size", "indirect",
                                 cue="said"))
    assert reads_as_speech(Quote(1, 1, 0, 10, "detailed planning was impossible", "indirect",
                                 cue="described"))
    assert reads_as_speech(Quote(1, 1, 0, 10, "officials ignored the warning", "indirect",
                                 cue="said"))


def test_a_quote_opening_on_an_unexplained_pronoun_weighs_less():
    leaning = ("But he also explained the difference between this case and previous criminal "
               "cases: the question of intent and the volume of material.")
    standing = ("The difference between this case and previous criminal cases is the question "
                "of intent, the volume of material and disloyalty to the country.")
    assert leans_on_context(leaning)
    assert leans_on_context("it must be part of a global strategy")
    assert not leans_on_context(standing)
    assert not leans_on_context("There is no evidence the server was hacked.")
    assert quote_weight(leaning, 1) < quote_weight(standing, 1)


def test_a_quote_naming_its_own_speaker_is_someone_elses():
    from briefer.core.quote_choice import names_its_speaker

    critique = ("So it is correct to imply that the root of homegrown terrorism is overseas. "
                "This is much more complicated than Mr. Trump implied.")
    assert names_its_speaker(critique, "Donald J. Trump", "person")
    assert not names_its_speaker("We have to really increase the bombings.", "Donald J. Trump",
                                 "person")
    # a body may name itself ("the FBI said the FBI's review ...")
    assert not names_its_speaker("The FBI will review the emails.", "FBI", "government")


def test_a_garbled_cut_is_no_substantive_quote():
    from briefer.core.quote_choice import is_substantive

    assert not is_substantive("Absent a [U.S.[ force on the ground of major proportions, he added.")
    assert is_substantive("It is hard to say disruption [on the battlefield] would have mattered.")


def test_a_dummy_it_leans_on_nothing_and_marks_after_a_connective_are_seen_through():
    assert leans_on_context('Yet, "it is what they do with it that counts,"')
    assert not leans_on_context("It’s hard to say disruption would have mattered.")
    assert not leans_on_context("It is not uncommon to see a congressman on cable television.")
    assert not leans_on_context('Yet, "it is hard though to make a causal link,"')
    assert leans_on_context("ultimately, she and her aides weren’t trying to be traitors")
    assert not leans_on_context("Only a few officials knew of the server.")
    assert leans_on_context("But ultimately, other experts say, she and her aides weren’t "
                            "trying to be traitors")


def test_words_continuing_a_sentence_the_brief_leaves_out_lean_on_it():
    assert leans_on_context("Especially ones that haven’t sought out that role.")
    assert leans_on_context("including the mayor and two of his deputies, who resigned")
    assert not leans_on_context("Whichever party wins will have to fund the reservoirs.")


def test_an_answer_that_is_only_a_because_clause_leans_on_the_question():
    # A real brief drafted a candidate's position as "Because I thought there would be
    # extremist groups filling the vacuum."
    assert leans_on_context("Because I thought there would be extremist groups filling the vacuum.")
    assert not leans_on_context("Because of the strike, 40 ships are waiting off the port.")
    assert not leans_on_context("Because the port is shut, exporters are losing money.")
    assert leans_on_context("As long as we're not violating any election laws.")
