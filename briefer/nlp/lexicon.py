"""Word lists the analysis reads, loaded once from `resources/lexicons/*.json`.

The lists are data, not code, so a user can extend them without touching
Python; each loader is cached so a batch of articles reads every file once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from briefer.core.lexicons import load_lexicon

_NON_WORD = re.compile(r"[^\w]+")
# A possessive ending, its apostrophe typed as any of the marks outlets use
# ("Trump‘s" with an opening quote, which the tokenizer keeps in the word).
_POSSESSIVE = re.compile(r"['’‘]s?$")


# The word lists are read through the core's one loader.
load = load_lexicon


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Normalise a name so that spellings of one name meet: case, accents, dots, 's, "the"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _POSSESSIVE.sub("", text.strip()).replace(".", "")
    text = _NON_WORD.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(name_key(w) for w in words if name_key(w))


@dataclass(frozen=True)
class Countries:
    """Country names by key: names and aliases, capitals, demonyms."""

    by_name: dict[str, str]
    by_capital: dict[str, str]
    by_demonym: dict[str, str]

    def country_of_name(self, text: str) -> str | None:
        return self.by_name.get(name_key(text))

    def country_of_capital(self, text: str) -> str | None:
        return self.by_capital.get(name_key(text))

    def country_of_demonym(self, text: str) -> str | None:
        """The country of "Russian" or "Russians"."""
        key = name_key(text)
        found = self.by_demonym.get(key)
        if found is None and key.endswith("s"):
            found = self.by_demonym.get(key[:-1])
        return found


@cache
def countries() -> Countries:
    by_name: dict[str, str] = {}
    by_capital: dict[str, str] = {}
    by_demonym: dict[str, str] = {}
    for entry in load("countries")["countries"]:
        name = entry["name"]
        for alias in [name, *entry["aliases"]]:
            by_name.setdefault(name_key(alias), name)
        for capital in entry["capitals"]:
            by_capital.setdefault(name_key(capital), name)
        for demonym in entry["demonyms"]:
            by_demonym.setdefault(name_key(demonym), name)
    return Countries(by_name, by_capital, by_demonym)


@cache
def places() -> frozenset[str]:
    """Keys of continents and regions, which are never actors."""
    return _keys(load("places")["places"])


@cache
def titles() -> frozenset[str]:
    """Lower-case titles ("prime minister"), matched on lower-cased text."""
    return frozenset(t.lower() for t in load("titles")["titles"])


@cache
def title_words() -> frozenset[str]:
    """Every single word that occurs in a title, for walking a title leftwards token by token."""
    connectors = {"of", "the", "and", "for"}
    return frozenset(w for t in titles() for w in t.split() if w not in connectors)


@cache
def title_heads() -> frozenset[str]:
    """The word a title ends on, or before its "of" ("minister" of "foreign
    minister", "secretary" of "secretary of state")."""
    return frozenset(t.split(" of ")[0].split()[-1] for t in titles())


@cache
def honorifics() -> frozenset[str]:
    return frozenset(w.lower() for w in load("titles")["honorifics"])


@cache
def party_sides() -> dict[str, str]:
    """Word → the side of politics it puts a person on ("gop" → "Republican")."""
    return dict(load("roles")["party_sides"])


@cache
def gendered_words() -> dict[str, str]:
    """Word → "female" / "male", from titles, honorifics and pronouns."""
    data = load("titles")
    return {
        **{w: "male" for w in data["male"]},
        **{w: "female" for w in data["female"]},
    }


@cache
def role_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load("roles")["role_heads"])


@cache
def appointment_verbs() -> frozenset[str]:
    """Verbs whose object takes the post named after "as" ("appointed X as CEO")."""
    return frozenset(load("roles")["appointment_verbs"])


@cache
def headline_title_words() -> frozenset[str]:
    """Words that may open a title before a name in a Title Case headline."""
    return frozenset(load("roles")["headline_title_words"])


@cache
def title_abbreviations() -> dict[str, str]:
    """Short titles and the role they stand for ("sen." -> "senator")."""
    return {k.lower(): v for k, v in load("roles")["title_abbreviations"].items()}


@cache
def role_verbs() -> dict[str, str]:
    """The role a verb of a relative clause names ("who chairs ..." -> chair)."""
    return dict(load("roles")["role_verbs"])


@cache
def candidacy() -> dict[str, frozenset[str]]:
    """Verbs, prepositions and objects that make "who is running for ..." a candidate."""
    return {key: frozenset(words) for key, words in load("roles")["candidacy"].items()}


@cache
def lasting_role_verbs() -> frozenset[str]:
    """Role verbs whose past tense still names the role ("who founded X")."""
    return frozenset(load("roles")["lasting_role_verbs"])


@cache
def body_kind_nouns() -> frozenset[str]:
    """Nouns naming a kind of body or camp ("campaign", "advocacy group")."""
    return frozenset(w.lower() for w in load("roles")["body_kind_nouns"])


@cache
def list_quantifiers() -> frozenset[str]:
    """ "both", "all": an apposition after a list of names that fits each."""
    return frozenset(w.lower() for w in load("roles")["list_quantifiers"])


@cache
def title_synonyms() -> dict[str, frozenset[str]]:
    """Title → the titles a role stated earlier may have used for it ("congressman" → "rep.")."""
    return {k.lower(): frozenset(v) for k, v in load("roles")["title_synonyms"].items()}


@cache
def host_phrases() -> tuple[str, ...]:
    """How a broadcast host opens a transcript line ("welcome back to")."""
    return tuple(w.lower() for w in load("roles")["host_phrases"])


@cache
def role_suffixes() -> tuple[str, ...]:
    """Word endings of professions ("hydrologist", "physician")."""
    return tuple(w.lower() for w in load("roles")["role_suffixes"])


@cache
def tenure_verbs() -> dict[str, str]:
    """Verb of "who spent 20 years as ..." → the word it puts before the post ("former")."""
    return dict(load("roles")["tenure_verbs"])


@cache
def affiliation_preps() -> frozenset[str]:
    return frozenset(w.lower() for w in load("roles")["affiliation_preps"])


@cache
def name_particles() -> frozenset[str]:
    return frozenset(w.lower() for w in load("roles")["name_particles"])


@cache
def name_suffixes() -> frozenset[str]:
    """ "Jr.", "III": words after a surname that are not the surname."""
    return frozenset(w.lower() for w in load("roles")["name_suffixes"])


@cache
def name_variants() -> dict[str, str]:
    """Key of a spelling → key of its canonical spelling ("zelensky" → "zelenskyy")."""
    mapping: dict[str, str] = {}
    for spellings in load("name_variants")["variants"]:
        canonical = name_key(spellings[0])
        for spelling in spellings:
            mapping[name_key(spelling)] = canonical
    return mapping


@cache
def org_acronyms() -> dict[str, str]:
    """Acronym key → full name ("nato" → "North Atlantic Treaty Organization")."""
    return {name_key(k): v for k, v in load("organizations")["acronyms"].items()}


@cache
def known_organizations() -> frozenset[str]:
    """Keys of names the model often takes for people or places ("Twitter", "Bloomberg")."""
    return _keys(load("organizations")["known_organizations"])


@cache
def institution_pattern() -> re.Pattern[str]:
    """Capitalised institution names such as "Foundation for Strategic Research".

    A run of capitalised words, joined by connectors (for, of, on, and...),
    that contains an institution head word. Repetitions are bounded (no
    institution's name runs to a dozen words), so a long run of capitalised
    words costs linear time, not a scan of the rest of the run from each word.
    """
    data = load("organizations")
    # A name set in capitals keeps its head in capitals ("the USA TODAY NETWORK").
    head_words = {w for h in data["institution_heads"] for w in {h, h.upper()}}
    heads = "|".join(sorted((re.escape(w) for w in head_words), key=len, reverse=True))
    connectors = "|".join(re.escape(c) for c in data["name_connectors"])
    # A name never runs over a line break (a headline above a paragraph).
    gap = r"[^\S\n]+"
    word = r"(?:[A-Z]\.)+|[A-Z][\w&'’-]*\w"
    run = rf"(?:{word})(?:{gap}(?:(?:{connectors}){gap}){{0,2}}(?:{word})){{0,7}}"
    with_tail = rf"(?:{run}{gap})?(?:{heads})(?:{gap}(?:{connectors}){gap}{run}){{1,3}}"
    with_head_last = rf"(?:{word})(?:{gap}(?:{word})){{0,7}}{gap}(?:{heads})"
    # Every name opens with a capital or a head word's first letter: the
    # lookahead passes over every other word before the long alternatives are tried.
    opening = "".join(sorted({re.escape(w[0]) for w in head_words if w}))
    return re.compile(rf"\b(?=[A-Z{opening}])(?:{with_tail}|{with_head_last})\b")


@cache
def collective_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load("groups")["collective_nouns"])


@cache
def pronouns() -> dict[str, str]:
    return dict(load("groups")["pronouns"])


@dataclass(frozen=True)
class ExpertWords:
    """Word lists that tell an expert from an official (see `experts.json`)."""

    expert_roles: tuple[str, ...]
    expert_affiliations: tuple[str, ...]
    official_roles: tuple[str, ...]
    political_roles: tuple[str, ...]
    spokesperson: tuple[str, ...]
    former: tuple[str, ...]
    never_expert: tuple[str, ...] = ()
    elected_offices: tuple[str, ...] = ()
    expert_firms: tuple[str, ...] = ()
    journalists: tuple[str, ...] = ()
    research_outlets: tuple[str, ...] = ()
    advocacy: tuple[str, ...] = ()
    partisan: tuple[str, ...] = ()
    operatives: tuple[str, ...] = ()
    expert_suffixes: tuple[str, ...] = ()
    current: tuple[str, ...] = ()
    political_lowercase: tuple[str, ...] = ()
    corporate: tuple[str, ...] = ()
    political_trades: tuple[str, ...] = ()
    public_posts: tuple[str, ...] = ()


@cache
def expert_words() -> ExpertWords:
    data = load("experts")

    def lower(key: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in data[key])

    return ExpertWords(
        lower("expert_role_words"),
        lower("expert_affiliation_words"),
        lower("official_role_words"),
        lower("political_role_words"),
        lower("spokesperson_words"),
        lower("former_words"),
        lower("never_expert_words"),
        lower("elected_office_words"),
        lower("expert_firm_words"),
        lower("journalist_words"),
        lower("research_outlet_words"),
        lower("advocacy_words"),
        lower("partisan_words"),
        lower("operative_words"),
        lower("expert_role_suffixes"),
        lower("current_words"),
        lower("political_lowercase_words"),
        lower("corporate_role_words"),
        lower("political_trade_words"),
        lower("public_post_words"),
    )


@cache
def _gender_detector():
    """The `gender-guesser` package's first-name list (some 40,000 names by country)."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@cache
def first_name_gender(name: str) -> str | None:
    """ "female" / "male" when a first name is (nearly) always given to one
    sex ("Susan", "Antonin"); None when unknown or given to both ("Terry")."""
    gender = _gender_detector().get_gender(name)
    return gender if gender in ("female", "male") else None


def given_name_kind(name: str) -> str | None:
    """What the name list says of a given name given to both sexes or mostly
    to one ("Kimberly": "mostly_female"); None when it does not know it."""
    kind = _gender_detector().get_gender(name)
    return None if kind == "unknown" else kind


def is_title_word(word: str) -> bool:
    """A title or honorific ("Sen.", "MR", "Chairman"), never part of a name."""
    lowered = word.lower()
    return lowered in titles() or lowered in honorifics() or (
        lowered in title_abbreviations() or lowered + "." in title_abbreviations()
        or lowered + "." in honorifics()
    )
