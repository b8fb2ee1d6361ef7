"""Cues that are no plain reporting verb with a clause: here the acts a
speaker commits to ("vowed to fight on"). Sentences written for these tests."""

from tests.nlp.test_quotes import actor, quotes_of


def test_a_vow_reports_the_act_vowed(nlp):
    text = "Mayor Elena Ortega vowed on Tuesday to rebuild the harbour pier within a year."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Elena Ortega"))
    assert (quote.kind, quote.text, quote.cue) == (
        "indirect", "to rebuild the harbour pier within a year", "vowed"
    )
    assert quote.speaker_key == "a1"


def test_a_promise_not_to_act_is_still_a_promise(nlp):
    text = "The governor promised not to raise bus fares before the election."
    [quote] = quotes_of(nlp, text)
    assert quote.text == "not to raise bus fares before the election"


def test_the_speakers_next_act_is_no_part_of_the_promise(nlp):
    text = "Senator Hal Brenner has vowed to keep the base open and praised the ruling on Monday."
    quotes = quotes_of(nlp, text, actor(text, "a1", "Hal Brenner"))
    assert [q.text for q in quotes] == ["to keep the base open"]


def test_a_thing_that_promises_to_happen_made_no_promise(nlp):
    text = "The vote promised to be the closest in a decade for the council."
    assert quotes_of(nlp, text) == []


def test_a_promise_denied_is_no_quote(nlp):
    text = "Elena Ortega did not promise to rebuild the pier."
    assert quotes_of(nlp, text, actor(text, "a1", "Elena Ortega")) == []


def test_an_accusation_reports_the_one_accused_and_the_act(nlp):
    text = "Senator Hal Brenner accused the mayor of hiding the audit from voters."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Hal Brenner"))
    assert (quote.kind, quote.text, quote.cue, quote.speaker_key) == (
        "indirect", "the mayor of hiding the audit from voters", "accused", "a1"
    )


def test_praise_for_an_act_is_reported_like_a_charge(nlp):
    text = "The union praised the council for acting quickly on pay, and the strike ended."
    [quote] = quotes_of(nlp, text)
    assert (quote.text, quote.cue) == ("the council for acting quickly on pay", "praised")


def test_praise_of_a_thing_charges_no_act(nlp):
    text = "Mayor Elena Ortega praised the efforts of the volunteers at the harbour."
    assert quotes_of(nlp, text, actor(text, "a1", "Elena Ortega")) == []


def test_a_thing_blames_nobody(nlp):
    text = "The audit blamed the storm for most of the delays at the port."
    assert quotes_of(nlp, text) == []


def test_a_charge_not_made_is_no_quote(nlp):
    text = "Hal Brenner did not accuse the mayor of lying."
    assert quotes_of(nlp, text, actor(text, "a1", "Hal Brenner")) == []


def test_a_label_given_with_as_is_reported_with_its_object(nlp):
    text = "Senator Hal Brenner described the budget as a giveaway to developers."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Hal Brenner"))
    assert (quote.kind, quote.text, quote.cue) == (
        "indirect", "the budget as a giveaway to developers", "described"
    )


def test_as_telling_when_is_no_label(nlp):
    text = "Hal Brenner described the storm as it hit the coast."
    assert quotes_of(nlp, text, actor(text, "a1", "Hal Brenner")) == []


def test_an_object_that_holds_what_was_said_is_reported(nlp):
    text = "Senator Hal Brenner cited a study that found the levy would cost jobs."
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Hal Brenner"))
    assert (quote.kind, quote.text, quote.cue) == (
        "indirect", "a study that found the levy would cost jobs", "cited"
    )


def test_an_object_with_no_clause_of_its_own_says_nothing(nlp):
    text = "Hal Brenner cited a study from 2019 and praised the harbour staff."
    assert quotes_of(nlp, text, actor(text, "a1", "Hal Brenner")) == []


def test_a_reporting_verb_reports_an_object_that_holds_a_clause(nlp):
    text = "The transit board announced new fares that would take effect in May."
    board = actor(text, "a1", "transit board", type_="organisation")
    [quote] = quotes_of(nlp, text, board)
    assert (quote.kind, quote.text, quote.cue) == (
        "indirect", "new fares that would take effect in May", "announced"
    )


def test_a_reporting_verb_with_a_bare_object_reports_nothing(nlp):
    text = "Hal Brenner announced his candidacy at the harbour on Monday."
    assert quotes_of(nlp, text, actor(text, "a1", "Hal Brenner")) == []


def test_told_an_outlet_in_a_clause_of_time_reports_the_clause_after(nlp):
    text = (
        "The vote comes two days after Lund told The Harbor Ledger she was “not quite ready” "
        "on backing the levy."
    )
    [quote] = quotes_of(nlp, text, actor(text, "a1", "Lund"))
    assert (quote.kind, quote.text, quote.cue, quote.speaker_keys) == (
        "mixed", "she was “not quite ready” on backing the levy", "told", ["a1"]
    )


def test_what_a_speaker_calls_for_is_reported(nlp):
    text = ("Senator Ann Ruiz has long called for eliminating the tax break for fund managers. "
            "The plan calls for a new bridge. Mayor Tom Bell called for residents to stay home.")
    found = {q.text for q in quotes_of(nlp, text)}
    assert found == {"eliminating the tax break for fund managers",
                     "residents to stay home"}


def test_what_was_called_for_before_the_preposition_is_no_demand(nlp):
    text = "The regulator approved a 12% rise, far above what unions had called for."
    assert quotes_of(nlp, text) == []
