"""Tests for briefer.nlp.alternations: a long alternation tried by first letter."""

from briefer.nlp.alternations import Alternation

NAMES = ["world bank", "who", "wto", "kfc", "eu", "the hague group", "ſtar"]


def alternation() -> Alternation:
    return Alternation(
        r"(?<![\w.])(?:the\s+)?", [n.replace(" ", r"\s+") for n in NAMES],
        [n[0] for n in NAMES], r"(?![\w])",
    )


def test_matching_by_first_letter_finds_what_the_whole_pattern_finds():
    listed = alternation()
    text = "The World Bank, the WHO, KFC, \u212aFC, the EU, The Hague Group, STAR and Wilma."
    for pos in range(len(text)):
        openings = (pos, pos + 4) if text[pos : pos + 4].lower() == "the " else (pos,)
        whole = listed.full.match(text, pos)
        by_letter = listed.match(text, pos, openings)
        assert (whole and whole.span()) == (by_letter and by_letter.span()), text[pos:]


def test_only_the_names_opening_with_the_letter_are_tried():
    listed = alternation()
    assert listed.match("Wilma", 0, (0,)) is None
    assert listed.match("WTO rules", 0, (0,)).group() == "WTO"
    # The long s folds to "s": names opening with it are tried at every letter.
    assert listed.match("Star", 0, (0,)).group() == "Star"
