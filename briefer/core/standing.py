"""Whether an article's sentence can be stated in the brief's own voice.

A sentence lifted out of its article keeps only what it says itself. It holds
nobody's words (quote marks, the first person), asks nothing, and points back
to nothing it does not name: "However, ...", "The senator ...", "Dozens more
...", "... approved.", and a "he" or "they" with no one before it in the
sentence to stand for ("Had the senator won the vote, they would have swung
to him", "Fewer than 15 percent of Republicans approve of his record"). No
spaCy: who a sentence names comes from the analysis's mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefer.core.lexicons import load_lexicon
from briefer.core.quote_choice import draft_rules

# "While I respect the professionals at the FBI, ...": a statement's words set without
# marks, or a columnist's own voice; neither is the brief's to state.
# A roman "I" ("World War I", "Title I", "I-95") is no one.
_FIRST_PERSON = re.compile(
    r"(?<!War )(?<!Title )(?<!Phase )(?<!Class )(?<!Stage )(?<!Type )\bI\b(?![-\d])"
    r"|\b(?:I[’'](?:m|ve|d|ll)|me|my|mine|myself|[Ww]e|our|ours|us)\b")
_MARKS = re.compile(r"[\"“”]|''")
_REFERRING_OPENING = re.compile(r"(?:The|This|That|These|Those)\s+([a-z][a-z-]*)\b")
_PERSON_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their|theirs|themselves)\b", re.IGNORECASE)
# "Dozens of them ...", "About half of those ...": a share of people named before.
_PARTITIVE_OPENING = re.compile(r"(?:[\w-]+\s+){1,3}of\s+(?:them|those|these)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*")
_LOWER_PLURAL = re.compile(r"(?<![\w'’-])[a-z]{2,}s\b")


@dataclass(frozen=True)
class Named:
    """Where, in a sentence, the analysis found a mention of an actor."""

    start: int
    end: int
    is_person: bool


def stands_alone(text: str, named: list[Named]) -> bool:
    """The sentence can stand in the brief's own voice (see the module's docstring);
    `named` are the actors' mentions in it, offsets relative to `text`."""
    return (not _MARKS.search(text) and "?" not in text and not opens_on_context(text)
            and not _FIRST_PERSON.search(text) and not dangling_pronoun(text, named))


def opens_on_context(text: str) -> bool:
    """The sentence leans on the one before it ("However, ...", "Even so, ...", "The
    senator was ...": a noun that refers back to someone or something named before) or
    leaves out what it speaks of ("Dozens more ...", "... approved.")."""
    opening = text.strip().lower()
    if any(opening.startswith(w) if w.endswith(",") else
           opening == w or opening.startswith((w + " ", w + ","))
           for w in (o.lower() for o in draft_rules()["context_openers"])):
        return True
    referring = _REFERRING_OPENING.match(text.strip())
    if referring and referring.group(1) in _referring_nouns():
        return True
    return bool(_elliptical().search(text.strip()))


def dangling_pronoun(text: str, named: list[Named]) -> bool:
    """A "he"/"she" with no person named before it in the sentence, a "they" with no
    body, group or plural noun before it, or a share "of them" opening the sentence.

    A capitalised word no mention covers may be a name the analysis missed, so it
    counts as someone ("Fewer than 15 percent of Republicans approve of his ..."
    dangles when the analysis found Republicans, a party; it is let through when
    nothing was analysed, rather than dropping good sentences).
    """
    stripped = text.strip()
    if _PARTITIVE_OPENING.match(stripped):
        return True
    for pattern, plural in ((_PERSON_PRONOUN, False), (_PLURAL_PRONOUN, True)):
        pronoun = pattern.search(text)
        if (pronoun and not _antecedent_before(text, pronoun.start(), named, plural)
                and not _named_after_comma(text, pronoun.end(), named, plural)):
            return True
    return False


def _named_after_comma(text: str, at: int, named: list[Named], plural: bool) -> bool:
    """The one a pronoun stands for is named right after a later comma: "In her pursuit
    of the nomination, Clinton has ...", "..., including many in his party, Trump has"."""
    for comma in re.finditer(r",\s+", text[at:]):
        # The name may follow a title the mention leaves out (", Mr. Trump questioned").
        start = at + comma.end()
        title = _TITLE_WORD.match(text, start)
        first = [n for n in named if start <= n.start <= (title.end() if title else start)]
        if first:
            return min(first, key=lambda n: n.start).is_person != plural
    return False


_TITLE_WORD = re.compile(r"(?:[A-Z][a-z]{0,9}\.?\s+)?")


def _antecedent_before(text: str, at: int, named: list[Named], plural: bool) -> bool:
    before = [n for n in named if n.start < at]
    persons = sum(1 for n in before if n.is_person)
    if (persons >= 2 or any(not n.is_person for n in before)) if plural else persons:
        return True
    calendar = _calendar_words()
    first = len(text) - len(text.lstrip())
    for word in _CAPITALISED.finditer(text, 0, at):
        # Every sentence opens on a capital ("Romney's aides" names one); "Wednesday" is no one.
        if word.group().lower() in calendar or (
                word.start() == first and not word.group().endswith(("'s", "’s"))):
            continue
        if any(n.start <= word.start() < n.end for n in named):
            continue  # an actor the analysis typed, counted above
        if not plural or word.group().endswith("s"):
            return True
    if not plural:
        return False
    # A plural noun before it ("Voters who backed him say they ..."); the opening word
    # is read in lower case, a name inside is not ("Had Sanders won, they ...").
    probe = text[:first] + text[first:first + 1].lower() + text[first + 1:at]
    rules = draft_rules()
    if any(w in rules["plural_words"] for w in re.findall(r"[a-z]+", probe)):
        return True  # "Among those who said they ...", "people ..."
    return any(w.group() not in rules["not_plural_words"]
               and not any(n.start <= w.start() < n.end for n in named)
               for w in _LOWER_PLURAL.finditer(probe))


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(draft_rules()["title_calendar_words"])


@cache
def _elliptical() -> re.Pattern[str]:
    return re.compile("|".join(draft_rules()["elliptical_patterns"]), re.IGNORECASE)


@cache
def _referring_nouns() -> frozenset[str]:
    """Lower-case nouns that, after "The", point back to someone or something named before."""
    roles = load_lexicon("roles")
    heads = load_lexicon("organizations")["institution_heads"]
    return frozenset([*roles["role_heads"], *roles["body_kind_nouns"],
                      *(h.lower() for h in heads), *draft_rules()["referring_nouns"]])
