"""Which quotes a drafted brief may use, and how much each one says.

Review decides first (`usable_quotes`). Then a quote must read as someone's
position: speech, not a question the reporter put ("Asked what he believed ...")
nor reported speech inside a subordinate clause whose end cannot be told
without parsing ("When Comey said that ..., experts understood ..."). Of the
rest, the substantive ones (a claim, a number, a judgement; not an exclamation
or a fragment) are weighed: length, figures, judgement words and outlets
carrying it count for a quote; leaning on words the brief does not give ("But
he also explained ...") counts against it. A person's quote that names that
person in the third person was given to the wrong speaker. Word lists:
`draft_rules.json`.
"""

from __future__ import annotations

import json
import re
from functools import cache

from briefer.core import registry
from briefer.core.paths import resources_dir
from briefer.core.records import Quote
from briefer.core.speech import clause_text, speech_words
from briefer.core.store import Project


@cache
def draft_rules() -> dict:
    path = resources_dir() / "templates" / "draft_rules.json"
    return json.loads(path.read_text(encoding="utf-8"))


def words_pattern(words: list[str]) -> re.Pattern:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)


@cache
def _substantive() -> re.Pattern:
    return words_pattern(draft_rules()["substantive_words"])


def usable_quotes(project: Project) -> tuple[list[Quote], bool]:
    """The quotes a draft may use, and whether they are unreviewed (nothing accepted yet)."""
    quotes = project.quotes()
    accepted = [q for q in quotes if q.status == "accepted"]
    if accepted:
        return accepted, False
    return [q for q in quotes if q.status == "pending"], True


def opens_without_subject(clause: str, cue: str = "") -> bool:
    """Whether a reported clause starts on its verb, its subject left outside it ("allowed
    terrorist activity to multiply" of "a decision they say allowed ..."): "X said that
    allowed ..." is no sentence. A past participle counts only after "say", whose clause
    has a subject; after "described" or "called" it is the object's adjective ("described
    detailed planning as ...")."""
    first = clause.split(" ", 1)[0].strip("“‘\"'")
    if not first.islower():
        return False
    rules = draft_rules()
    return first in rules["subjectless_openers"] or (
        cue in ("say", "says", "said") and len(first) > 4 and first.endswith("ed")
        and first not in rules["subjectless_exceptions"])


def reads_as_speech(quote: Quote) -> bool:
    """A direct quote, or reported speech whose cue is a reporting verb ("said", "warned").

    A cue like "managed" or "found" marks words that are not speech ("the FBI managed
    to lose ..."), and "asked what ..." a question, not a position: a brief does not
    report them as someone's position.
    """
    if registry.quote_kind(quote.kind).verbatim:
        return True
    words = (quote.cue or "").strip().lower().split()
    if words[:2] == ["according", "to"]:
        return True
    if not words:
        return False
    if opens_without_subject(clause_text(quote.text), words[-1] if words else ""):
        return False
    if words[-1] in draft_rules()["question_cues"]:
        # "asked that the court delay the ruling" is a request; "asked what he believed",
        # or "Asked about it, he said" opening the sentence, is the reporter's question.
        opening = clause_text(quote.text).split(" ", 1)[0].lower().strip("“‘\"'")
        return not ((quote.cue or "").strip()[:1].isupper()
                    or opening in speech_words()["interrogative_openers"])
    return words[-1] in speech_words()["past"]


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])")


def sentence_opening(text: str, start: int) -> str:
    """The words of `text`'s sentence that come before offset `start`."""
    begin = text.rfind("\n", 0, start) + 1
    abbreviations = {a.lower() for a in draft_rules()["abbreviations"]}
    for match in _SENTENCE_END.finditer(text, begin, start):
        word = re.search(r"([\w.]+)$", text[begin:match.start()])
        token = word.group(1) if word else ""
        if match.group().startswith(".") and (
                token.lower() in abbreviations or re.fullmatch(r"[A-Z]", token)
                or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token)):
            continue  # "James B. Comey", "Mr. Comey", "the F.B.I. director"
        begin = match.end()
    return text[begin:start]


def in_subordinate_clause(quote: Quote, article_text: str) -> bool:
    """Reported speech in a sentence that opens with "When", "Although", "Because" ...

    "When the F.B.I. director, James B. Comey, said that his investigators had no
    direct evidence ..., experts understood ..." reports Comey only inside the
    subordinate clause; the analysis takes the main clause into the quote. A
    participle after the opener ("When asked about it, Comey said ...") opens no
    such clause.
    """
    if registry.quote_kind(quote.kind).verbatim:
        return False
    opening = sentence_opening(article_text, quote.start).lstrip(" \"'“‘(").lower()
    for opener in sorted(draft_rules()["subordinate_openers"], key=len, reverse=True):
        if opening.startswith(opener + " "):
            following = opening[len(opener) + 1:].split(" ", 1)[0].strip(",")
            return not following.endswith(("ed", "ing")) and following != "asked"
    return False


def leans_on_context(text: str) -> bool:
    """The quote opens on a pronoun the brief leaves unexplained ("But he also explained")."""
    connectives = "|".join(map(re.escape, speech_words()["dropped_connectives"]))
    marks = "[\\s“‘\"']*"
    # Connectives and sentence adverbs ("Ultimately, she ...") come before the subject.
    # ", other experts say," inside the words is the attribution, not the subject.
    opening = re.sub(rf"^{marks}(?:(?:(?:{connectives})\b,?|\w+ly,){marks})*", "",
                     clause_text(text), flags=re.IGNORECASE)
    if _EXPLETIVE_IT.match(opening):
        return False  # "It is hard to say ...": "it" stands for nothing before it
    first = re.split(r"[\s,’']", opening, maxsplit=1)[0].lower()
    lowered = opening.lower()
    return (first in draft_rules()["context_pronouns"]
            or any(lowered.startswith(words + " ") for words in draft_rules()["fragment_openers"])
            or _only_subordinate(lowered))


def _only_subordinate(opening: str) -> bool:
    """"Because I thought ...": a subordinate clause with no main clause after a comma."""
    return "," not in opening and any(
        opening.startswith(words + " ") and not opening.startswith(words + " of ")
        for words in draft_rules()["fragment_subordinators"])


# "It's hard to", "It is not uncommon to", "It was clear that": an "it" that refers to nothing.
_EXPLETIVE_IT = re.compile(
    r"it(?:’s|'s|\s+is|\s+was|\s+would be|\s+will be|\s+has been)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:to|that|for|whether|when|how)\b", re.IGNORECASE)


def is_substantive(text: str, kind: str = "direct") -> bool:
    """A claim, a number, a judgement or a position: not an exclamation, question or fragment.

    Nor a quote too long to read in a brief, or one the article had to cut ("…", "[...]").
    """
    words = text.split()
    stripped = text.strip().rstrip("”’\"' ")
    rules = draft_rules()
    verbatim = registry.quote_kind(kind).verbatim
    longest = rules["max_quote_words"]["direct" if verbatim else "reported"]
    if not rules["min_quote_words"] <= len(words) <= longest:
        return False
    if "…" in text or "..." in text:
        return False
    if text.count("[") != text.count("]") or text.count("(") != text.count(")"):
        return False  # "Absent a [U.S.[ force ...": a garbled cut
    return not stripped.endswith(("?", "!"))


def names_its_speaker(text: str, speaker_name: str, speaker_type: str) -> bool:
    """A person's quote that names that person in the third person ("This is much more
    complicated than Mr. Trump implied", given to Trump) is someone else's words."""
    if speaker_type != "person":
        return False
    words = [w for w in re.split(r"[\s()]+", speaker_name) if w]
    surname = words[-1] if len(words) > 1 else ""
    if len(surname) < 3 or not surname[:1].isupper():
        return False
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text) is not None


# What a quote that leans on words the brief does not give loses: about a strong figure.
CONTEXT_PENALTY = 0.6


def quote_weight(text: str, outlets: int) -> float:
    """How much a quote says: its length (capped), figures, judgement words, outlets carrying
    it; less when it opens on a pronoun the brief leaves unexplained."""
    words = len(text.split())
    weight = min(words, 35) / 35
    if re.search(r"\d", text):
        weight += 0.4
    weight += 0.15 * min(3, len(_substantive().findall(text)))
    if words > 70:
        weight -= 0.5
    if leans_on_context(text):
        weight -= CONTEXT_PENALTY
    return weight + 0.8 * (outlets - 1)
