"""What an article's words say a body is, whatever the recogniser typed it:
the maker of a programme ("NBC's 'Meet the Press'") is an outlet, a name its
members are "of" ("the satirists of Charlie Hebdo") a body's."""

from __future__ import annotations

import re
from functools import lru_cache

from briefer.core.records import ExtractedActor
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
