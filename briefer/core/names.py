"""When two names of people can name one person.

Used where actors meet: inside one article (the analysis) and across articles
(the store resolving an extracted actor to a project actor), so "Joe Biden" and
"Joseph R. Biden Jr." are one person while "Ivanka Trump" and "Donald Trump",
who share only a surname, are two.
"""

from __future__ import annotations

from functools import cache


@cache
def _nicknamer():
    """The `nicknames` package's hand-curated English nicknames (Joe/Joseph)."""
    from nicknames import NickNamer

    return NickNamer()


@cache
def same_given_name(a: str, b: str) -> bool:
    """Whether two given names (lower case) can name one person: equal, one is a
    nickname of the other, or both are nicknames of one name."""
    if a == b:
        return True
    namer = _nicknamer()
    return bool((namer.canonicals_of(a) | {a}) & (namer.canonicals_of(b) | {b}))


def compatible_given_names(a: str, b: str) -> bool:
    """Given names (lower case, no dots) that may be one person's: equal, an
    initial of the other ("j" / "james"), or nicknames."""
    return (
        a == b
        or (len(a) == 1 and b.startswith(a))
        or (len(b) == 1 and a.startswith(b))
        or same_given_name(a, b)
    )


def given_name(name_key: str) -> str | None:
    """The first word of a full name key ("joseph r biden jr" → "joseph"); None for
    a single word, which may be a surname or a given name alone."""
    words = name_key.split()
    return words[0] if len(words) >= 2 else None
