"""What an article's words say a body is, whatever the recogniser typed it:
the maker of a programme ("NBC's 'Meet the Press'") is an outlet, a name its
members are "of" ("the satirists of Charlie Hebdo") a body's, a description
("the advocacy group Public Citizen") the type it names."""

from __future__ import annotations

import re
from functools import lru_cache

from briefer.core.records import ExtractedActor
from briefer.core.registry import ACTOR_TYPES
from briefer.nlp.lexicon import first_name_gender
from briefer.nlp.lexicon import load as load_lexicon


@lru_cache(maxsize=1)
def _members_pattern() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in load_lexicon("organizations")["member_nouns"])
    return re.compile(rf"\bthe\s+(?:{nouns})\s+(?:of|at)\s+$", re.IGNORECASE)


def has_members(text: str, actor: ExtractedActor) -> bool:
    """ "the satirists of Charlie Hebdo": a name its members are "of" is a
    body's, whatever the recogniser made of it (not "the leaders of Ann
    Lee's party")."""
    return any(
        _members_pattern().search(text, max(0, m.start - 40), m.start)
        and not re.match(r"['’]s\b", text[m.end : m.end + 2])
        for m in actor.mentions
    )


def makes_programmes(text: str, actor: ExtractedActor) -> bool:
    """ "Sirius XM's “Breitbart News Daily”", "NBC's 'Meet the Press'": a body
    whose possessive comes before a title in quote marks makes programmes."""
    return any(
        re.match(r"['’]s\s+[\"“‘'][A-Z]", text[m.end : m.end + 6]) for m in actor.mentions
    )


@lru_cache(maxsize=1)
def _descriptor_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = load_lexicon("actor_types")["descriptors"]
    described = {d: kind for kind, words in data.items() if kind in ACTOR_TYPES for d in words}
    described |= {f"{r} {p}": "media" for r in data["_media_roles"] for p in ("of", "for", "at")}
    alternation = "|".join(re.escape(d) for d in sorted(described, key=len, reverse=True))
    # The lookahead passes over words no descriptor opens with before the alternation is tried.
    opening = "".join(sorted({re.escape(d[:1]) for d in described}))
    before = re.compile(
        rf"(?:\b(?:[Tt]he|an?|its|their)\s+(?:[\w-]+\s+){{0,2}}?|\b)"
        rf"(?=[{opening}])({alternation})\s+(?:[Tt]he\s+)?$")
    # ", the performers' union": the words before the descriptor may be possessives.
    after = re.compile(
        rf"^,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?=[{opening}])({alternation})\b")
    return before, after, described


def described_type(text: str, actor: ExtractedActor) -> str | None:
    """The type the article gives a body in so many words: "the advocacy
    group Public Citizen", "the newsletter Sabato's Crystal Ball", "Harbor
    Ridge Partners, a research firm in Washington". A person with a known
    given name only yields to a description before the name ("Passenger
    Voice North, a watchdog" is no person)."""
    if actor.type == "country":
        return None
    before, after, described = _descriptor_patterns()
    for mention in actor.mentions:
        found = before.search(text, max(0, mention.start - 60), mention.start)
        if found is None and (
            actor.type != "person" or not first_name_gender(actor.name.split()[0])
        ):
            found = after.match(text[mention.end : mention.end + 60])
        if found is not None:
            return described[" ".join(found.group(1).lower().split())]
    return None
