"""When two names of people can name one person.

Used where actors meet: inside one article (the analysis) and across articles
(the store resolving an extracted actor to a project actor), so "Joe Biden" and
"Joseph R. Biden Jr." are one person while "Ivanka Trump" and "Donald Trump",
who share only a surname, are two.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from briefer.core.lexicons import load_lexicon


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


@cache
def _country_names() -> tuple[str, ...]:
    """Countries' names and other names ("U.S.", "Britain"), longest first."""
    data = load_lexicon("countries")
    names = {n for c in data["countries"] for n in [c["name"], *c["aliases"]]}
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _body_words() -> frozenset[str]:
    """Words that make a name a body's ("Army", "Senate", "Department")."""
    types = load_lexicon("actor_types")
    words = {w.lower() for w in load_lexicon("organizations")["institution_heads"]}
    words |= {w.lower() for w in types["body_heads"]}
    words |= {n.lower() for kind in types["names"].values() for n in kind if " " not in n}
    return frozenset(words)


def without_country(name: str) -> str | None:
    """A body's name without the country opening it ("U.S. Army" -> "Army",
    "United States Senate" -> "Senate"), as outlets of that country write it;
    None when no country opens it or what follows names no body."""
    for country in _country_names():
        if name.startswith(country + " "):
            rest = name[len(country) + 1 :].strip()
            words = {w.lower().strip(".,") for w in rest.split()}
            return rest if rest[:1].isupper() and words & _body_words() else None
    return None


@cache
def _name_suffixes() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("roles")["name_suffixes"])


def surname(name: str, forms: Iterable[str] = ()) -> str:
    """How a person is named after the first time: the name's last word, before "Jr."
    or "III" ("Robert P. Casey Jr." is "Casey"), or its last two words when the
    articles name the person so (`forms`: "Wasserman Schultz", "Rep. Wasserman Schultz")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in _name_suffixes():
        words.pop()
    if not words:
        return name
    if len(words) >= 3 and not words[-2].endswith("."):
        for form in forms:
            used = form.removesuffix("’s").removesuffix("'s").replace(",", " ").split()
            if used[-2:] == words[-2:] and (len(used) == 2 or used[-3] != words[-3]):
                return " ".join(words[-2:])
    return words[-1]
