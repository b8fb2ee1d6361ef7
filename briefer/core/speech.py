"""Reported speech written as a writer would write it.

An indirect or mixed quote is stored as the clause the article reported
("his investigators had no ''direct evidence'' that ..."), its cue word
("said", "saying", "informed") and its speakers. `reported_sentence` turns
that into one sentence: "{who} {verb in the past tense} (that) {clause}."
with the clause's first word lower-cased unless it is a name or "I", one
final stop, typographic marks only where the source had marks, negation of
the reporting verb kept, and no attribution left inside the clause
("..., officials said,"). The word lists are `resources/lexicons/reported_speech.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefer.core.lexicons import load_lexicon


def speech_words() -> dict:
    return load_lexicon("reported_speech")


def join_names(names: list[str]) -> str:
    """"Heisbourg", "Heisbourg and Arnold", "Heisbourg, Arnold and Hodges"."""
    names = [n for n in dict.fromkeys(n.strip() for n in names) if n]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def past_tense(cue: str | None) -> str:
    """The past tense a writer reports with; a cue that is not a reporting verb is "said"."""
    words = (cue or "").strip().split()
    if not words:
        return "said"
    return speech_words()["past"].get(words[-1], speech_words()["past"].get(
        words[-1].lower(), "said"))


# -- quote marks ---------------------------------------------------------------

_DOUBLE = re.compile(r"''|\"|“|”|``")


def typographic_marks(text: str, level: int = 0) -> str:
    """Straight and doubled-apostrophe marks as “ ” (‘ ’ at `level` 1), paired in order.

    Apostrophes inside words become ’. A mark left without its partner is dropped.
    """
    opening, closing = ("“", "”") if level == 0 else ("‘", "’")
    text = re.sub(r"(?<=\w)'(?=\w)|(?<=\ws)'(?=\s)", "’", text)  # don't, farmers' groups
    marks = list(_DOUBLE.finditer(text))
    kinds: list[str] = []
    depth = 0
    for match in marks:
        mark = match.group()
        before = text[match.start() - 1] if match.start() else " "
        opens = mark == "“" or (mark != "”" and (before.isspace() or before in "([—–-"))
        if opens:
            kinds.append("open")
            depth += 1
        elif depth:
            kinds.append("close")
            depth -= 1
        else:
            kinds.append("drop")
    # Opening marks never closed are dropped too.
    unclosed = depth
    for index in range(len(kinds) - 1, -1, -1):
        if not unclosed:
            break
        if kinds[index] == "open":
            kinds[index] = "drop"
            unclosed -= 1
    out = []
    last = 0
    for match, kind in zip(marks, kinds, strict=True):
        out.append(text[last:match.start()])
        out.append({"open": opening, "close": closing, "drop": ""}[kind])
        last = match.end()
    out.append(text[last:])
    result = "".join(out)
    if level == 0:
        # Single marks inside double ones: ‘ ’.
        result = re.sub(r"(?<![\w’])'([^']+)'(?!\w)", r"‘\1’", result)
    # "... the United States.’." (a slip in the source): one stop, inside the mark.
    result = re.sub(r"(?<=[.!?])([’”]+)\.", r"\1", result)
    return re.sub(r"  +", " ", result)


_INNER = str.maketrans("“”", "‘’")


def typographic(text: str) -> str:
    """Typographic marks, and an em dash for a spaced hyphen or a double hyphen."""
    return re.sub(r"\s+-{1,2}\s+|\s*--\s*", "—", typographic_marks(text))


def nested_in_marks(text: str) -> str:
    """A direct quote set in “ ”: its own double marks become ‘ ’."""
    inner = typographic_marks(text).translate(_INNER)
    return f"“{inner}”"


# -- the clause ----------------------------------------------------------------

_TRAILING = re.compile(r"[\s,;:—–-]+$")


def _attribution_inside(clause: str) -> str:
    """The clause without ", other experts say," or a final ", Hennessey said"."""
    verbs = "|".join(map(re.escape, speech_words()["attribution_verbs"]))
    who = r"(?:[\w.’'-]+\s+){0,5}?"

    clause = re.sub(rf",\s*{who}(?:{verbs})(?:\s+\w+)?\s*,\s*", ", ", clause, count=1)
    return re.sub(rf"[,;]\s*{who}(?:{verbs})\s*([.!?]?[”’]?)\s*$", r"\1", clause)


def _opening(clause: str, names: set[str]) -> str:
    """The clause's first word lower-cased unless it is "I", an acronym or a name."""
    words = speech_words()
    connectives = "|".join(map(re.escape, words["dropped_connectives"]))
    clause = re.sub(rf"^(?:{connectives})\b[,]?\s+", "", clause, flags=re.IGNORECASE)
    match = re.match(r"([“‘]?)([A-Za-z][\w’'-]*)", clause)
    if not match:
        return clause
    word = match.group(2)
    acronym = len(word) > 1 and word.isupper()
    if (word.lower() in words["lowercase_openers"] and word != "I" and not acronym
            and word not in names):
        return clause[:match.start(2)] + word[0].lower() + word[1:] + clause[match.end(2):]
    return clause


def _final_stop(clause: str) -> str:
    """One final punctuation mark, inside a closing quote mark when the clause ends in one."""
    clause = _TRAILING.sub("", clause)
    match = re.search(r"([.!?…]*)([”’]*)([.!?,;:]*)$", clause)
    inner, marks, outer = match.groups() if match else ("", "", "")
    body = clause[: len(clause) - len(inner + marks + outer)]
    body = _TRAILING.sub("", body)
    stop = (inner or outer).rstrip(",;:")[:1] or "."
    if marks:
        return f"{body}{stop}{marks}"
    return f"{body}{stop}"


# A reported clause's subject after the writer's own participle ("saying it should be").
_SUBJECT = re.compile(r"(?:that\s+|(?=(?:it|he|she|they|we|I|there|this)\b))", re.IGNORECASE)


def _without_own_cue(clause: str) -> str:
    """"saying it should be ..." as "it should be ...": the cue is already the sentence's."""
    first, _, rest = clause.partition(" ")
    lowered = first.lower()
    if (lowered.endswith("ing") and lowered in speech_words()["past"]
            and lowered not in speech_words()["object_first_participles"]
            and (subject := _SUBJECT.match(rest))):
        return rest[subject.end():]
    return clause


def clause_text(text: str, names: set[str] | frozenset[str] = frozenset()) -> str:
    """A reported clause ready to follow "X said that": marks, opening word, final stop."""
    clause = " ".join(text.replace("\u00a0", " ").split())
    clause = typographic(clause)
    clause = _attribution_inside(clause)
    clause = re.sub(r"^that\s+", "", clause.strip())
    clause = _without_own_cue(clause)
    clause = _opening(clause, set(names))
    return _final_stop(clause)


# -- the sentence ----------------------------------------------------------------


@dataclass(frozen=True)
class Reporting:
    """Who reported and how: `who` as the sentence should name them, the cue, its negation."""

    who: str
    cue: str | None = None
    negated: bool = False
    that: bool = True  # "said that ..." (else "said ...")
    particle: str = ""  # "called for ...": the cue's preposition, before the reported words


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def reported_sentence(reporting: Reporting, text: str,
                      names: set[str] | frozenset[str] = frozenset()) -> str:
    """One sentence reporting `text`: "Comey said that his team had no “direct evidence.”"."""
    clause = clause_text(text, names)
    cue = (reporting.cue or "").strip().lower()
    who = reporting.who.strip()
    if cue.startswith("according to"):
        if not who:
            return capitalise(clause)
        return f"According to {who}, {clause}"
    verb = past_tense(reporting.cue)
    if reporting.negated:
        verb = f"did not {speech_words()['base'].get(verb, 'say')}"
    if not who:
        return capitalise(clause)
    if reporting.particle:
        return capitalise(f"{who} {verb} {reporting.particle} {clause}")
    question = clause.split(" ", 1)[0].lower() in speech_words()["interrogative_openers"]
    plain = (verb in speech_words()["object_verbs"] or not reporting.that or question
             or _INFINITIVE.match(clause) is not None)
    joiner = " " if plain else " that "
    return capitalise(f"{who} {verb}{joiner}{clause}")


# "to rid the world of ...", "not to raise fares": the cue's infinitive, never
# "pledged that to rid".
_INFINITIVE = re.compile(
    r"(?:not |never )?to [“‘\"']?"
    r"(?!(?:the|a|an|his|her|their|its|this|that|these|those|me|him|us|them)\b)[a-z]+\b")


def cue_particle(article_text: str, cue_end: int, start: int) -> str:
    """The preposition the article writes between a cue and the reported words ("called
    for"; "called on Monday for"), or ""."""
    between = article_text[cue_end:start].split()
    if 0 < len(between) <= 4 and not any(re.search(r"[,;:.“”\"]", w) for w in between):
        last = between[-1].lower()
        if last in speech_words()["cue_particles"]:
            return last
    return ""


def cue_takes_that(article_text: str, cue: str, cue_end: int, start: int) -> bool:
    """Whether the sentence writes "that" after a cue: not after a verb that may report an
    object ("announced new fares that would ...") unless the article wrote "that" itself."""
    if past_tense(cue) not in speech_words()["object_or_clause_verbs"]:
        return True
    return "that" in article_text[cue_end:start].lower().split()


def cue_negated(article_text: str, cue_end: int) -> bool:
    """Whether the words just before a cue negate it ("cannot say", "did not say")."""
    before = article_text[max(0, cue_end - 40):cue_end].lower().split()
    negations = speech_words()["negations"]
    return any(w in negations or w.endswith("n't") for w in before[-3:-1])


def issuing_body(name: str) -> str | None:
    """The body behind a speaker that is a text ("Comey's announcement" → "Comey").

    None when the text names no issuer ("The joint statement", "a letter") or is an
    account handle; any other name is returned as it is ("The River Post" is a
    newspaper, not a post).
    """
    name = " ".join(name.split())
    if re.search(r"(?:^|\s)@\w", name):
        return None  # a social-media account ("@realDonaldTrump Twitter") names no body
    words = name.split(" ")
    last = words[-1] if words else ""
    if not last or not last.islower():
        return name or None
    for document in sorted(speech_words()["document_words"], key=len, reverse=True):
        lowered = name.lower()
        if lowered == document or lowered.endswith(" " + document):
            issuer = name[: len(name) - len(document)].strip()
            possessive = bool(re.search(r"(?:’s|'s|’|')$", issuer))
            issuer = re.sub(r"(?:’s|'s|’|')$", "", issuer).strip()
            issuer = re.sub(r"^(?:the|a|an|this|that|his|her|their|its)\b\s*", "", issuer,
                            flags=re.IGNORECASE)
            if not issuer or not (possessive or issuer[0].isupper()):
                return None
            return issuer
    return name


def role_after_name(role: str) -> str:
    """A role as it reads after a name: "Paul Haines, senator," not "Paul Haines, Senator,".

    Titles are capitalised only before a name. Modifiers ("Former", "Presumptive") are
    lower-cased; title words too unless a capitalised word that is no title follows, as
    in a body's name ("Justice Department spokesman", "State Department"). Acronyms and
    names keep their capitals; stray punctuation before the role goes.
    """
    words = speech_words()
    titles = set(words["title_words_after_name"]) | _role_heads()
    modifiers = set(words["role_modifiers_after_name"])
    tokens = re.sub(r"^[\W_]+", "", " ".join(role.split())).split(" ")

    def lowered(index: int) -> bool:
        token = tokens[index]
        if not token[:1].isupper() or token.isupper() or "." in token:
            return False
        word = token.lower()
        if word in modifiers or word.rstrip("-") + "-" in modifiers:
            return True
        if word not in titles:
            return False
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        return not after[:1].isupper() or after.lower() in titles

    role = " ".join(t[0].lower() + t[1:] if t and lowered(i) else t
                    for i, t in enumerate(tokens))
    for phrase in words["title_phrases_after_name"]:
        role = re.sub(rf"\b{re.escape(phrase)}\b", phrase, role, flags=re.IGNORECASE)
    # "former Mitt Romney's chief strategist" was Romney's strategist, not a former Romney.
    return _FORMER_BEFORE_OWNER.sub(r"\1 former ", role)


@cache
def _role_heads() -> frozenset[str]:
    """Nouns that head a role ("comedian", "economist"): lower case after a name; a
    party's ("Republican") keeps its capital."""
    roles = load_lexicon("roles")
    return frozenset(w.lower() for w in roles["role_heads"]) - set(roles["party_sides"])


_FORMER_BEFORE_OWNER = re.compile(
    r"^former\s+((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|’|'))\s+")


def trailing_acronym(name: str) -> str:
    """"FBI" of "Federal Bureau of Investigation FBI" (brackets lost): the initials of the
    capitalised words before it; else ""."""
    words = name.split()
    if len(words) < 3 or not re.fullmatch(r"[A-Z]{2,9}", words[-1]):
        return ""
    initials = "".join(w[0] for w in words[:-1] if w[:1].isupper())
    return words[-1] if initials == words[-1] else ""


def with_article(name: str) -> str:
    """"the State Department", "the FBI": a body that takes "the" when it speaks."""
    lowered = name.strip().lower().replace(".", "")  # "F.B.I." is the FBI
    if not lowered or lowered.startswith("the "):
        return name
    for body in speech_words()["definite_bodies"]:
        if lowered == body or lowered.endswith(" " + body):
            return "the " + name.strip()
    return name
