"""One actor per body: the type a body's name gives, and merging its names.

"Justice Department", "Department of Justice", "DOJ" and a bare "the
Department" that refers back are one actor; "Pentagon's Cyber Command" is
Cyber Command; "GMT" and "VIX" are no actors at all. Types are read from
the name with the word lists of `resources/lexicons/actor_types.json`, and
are those of `briefer.core.registry`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefer.core.records import ExtractedActor, Span
from briefer.core.registry import ACTOR_TYPES
from briefer.nlp.body_kinds import described_type, has_members, makes_programmes
from briefer.nlp.entity_spans import institution_words
from briefer.nlp.lexicon import (
    countries,
    first_name_gender,
    is_title_word,
    known_organizations,
    name_key,
    name_particles,
    org_acronyms,
)
from briefer.nlp.lexicon import load as load_lexicon

SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "&", "de", "du", "des", "to"})
HEAD_SPLITTERS = (" of ", " for ", " on ")
# Words of a clock time before a time zone ("midnight Eastern Time", "9 a.m. ET").
TIME_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "midnight", "noon"})
TYPE_ORDER = ("media", "international", "party", "government", "company")
POSSESSIVE = re.compile(r"^.*?['’]s\s+(?=[A-Z])")
COUNTRY_POSSESSIVE = re.compile(r"^(.*?)['’]s\s+")
TRAILING_POSSESSIVE = re.compile(r"['’‘]s$")
RELATIVE_OF = re.compile(r"^.*?['’]s\s+(?:[a-z][\w-]*\s+)+(?=[A-Z])")
BRACKETS = "[](){}"
OPENING_QUOTES = frozenset("\"“‘'")
BRACKETED = re.compile(r"\s*[(\[][^)\]]*(?:[)\]]|$)")


@dataclass(frozen=True)
class TypeWords:
    names: dict[str, str]  # lower-case name -> type
    heads: dict[str, tuple[str, ...]]  # type -> head words
    non_actors: frozenset[str]
    body_heads: frozenset[str]
    short_forms: dict[str, str]
    public_heads: frozenset[str]  # heads of a public body when a place or "National" opens the name
    prefixes: dict[str, frozenset[str]]
    international_heads: frozenset[str]  # with an international first word, as a government head
    organization_heads: frozenset[str]  # a body's head word, even after a given name


@lru_cache(maxsize=1)
def type_words() -> TypeWords:
    data = load_lexicon("actor_types")
    names = {}
    for kind in TYPE_ORDER:
        if kind not in ACTOR_TYPES:
            raise ValueError(f"actor_types.json names an unknown type {kind!r}")
        for name in data["names"].get(kind, []):
            names.setdefault(name.lower(), kind)
    return TypeWords(
        names=names,
        heads={k: tuple(v) for k, v in data["heads"].items()},
        non_actors=frozenset(n.lower() for n in data["non_actors"]),
        body_heads=frozenset(data["body_heads"]),
        short_forms={k.lower(): v.lower() for k, v in data["short_forms"].items()},
        public_heads=frozenset(data["public_heads"]),
        prefixes={k: frozenset(w.lower() for w in v) for k, v in data["prefixes"].items()
                  if not k.startswith("_")},
        international_heads=frozenset(data["international_heads"]),
        organization_heads=frozenset(data["organization_heads"]),
    )


def _head_words(name: str) -> list[str]:
    """The words of a body's name up to its head: before "of" ("Department
    of Justice"), else all, less a number closing it ("BBC Radio 4")."""
    lowered = " " + name.lower().strip() + " "
    for splitter in HEAD_SPLITTERS:
        if splitter in lowered:
            lowered = lowered.split(splitter)[0]
            break
    words = lowered.split()
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
    return words


def head_word(name: str) -> str:
    """The word a body's name is about: before "of" ("Department of Justice"),
    else the last word ("Justice Department", "BBC Radio 4")."""
    words = _head_words(name)
    return words[-1] if words else ""


def _has_head(name: str, heads: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether the name's head word, or its last two words ("Harbor Federal
    Credit Union"), is one of `heads`."""
    words = _head_words(name)
    return bool(words) and (words[-1] in heads or " ".join(words[-2:]) in heads)


@lru_cache(maxsize=1)
def _acronym_of_full_name() -> dict[str, str]:
    return {name_key(full): name_key(acronym) for acronym, full in org_acronyms().items()}


def body_type(name: str, default: str) -> str:
    """The registry type a body's name gives, or `default`."""
    words = type_words()
    lowered = " ".join(name.lower().split())
    for candidate in (lowered, lowered.removeprefix("the "), name_key(name)):
        if candidate in words.names:
            return words.names[candidate]
    # "Centers for Disease Control and Prevention" is typed as "CDC" is, and
    # "NASA" as "National Aeronautics and Space Administration" is.
    key = name_key(name)
    acronym = _acronym_of_full_name().get(key, "")
    if acronym in words.names:
        return words.names[acronym]
    expansion = org_acronyms().get(key)
    if expansion and name_key(expansion) != key:
        return body_type(expansion, default)
    head = head_word(name)
    first = key.split()[0] if key else ""
    opening = name.split()[0] if name.split() else ""
    if len(key.split()) > 1 and opening.isupper() and words.names.get(first) == "media":
        return "media"  # "ABC Radio Adelaide", "BBC Scotland": a listed outlet's edition
    if (head in words.heads["government"] or head in words.international_heads) and (
        first in words.prefixes["international"] or key.startswith("united nations ")
    ):
        # "World Anti-Doping Agency", "United Nations Office for ...", "Pan American
        # Health Organization", "European Medicines Agency"
        return "international"
    for kind in TYPE_ORDER:
        if _has_head(name, words.heads.get(kind, ())):
            return kind
    local = _head_words(name)[-2:-1]  # "Eastmere Borough Council"
    if head in words.public_heads and (
        first in words.prefixes["government"] or _starts_with_place(name)
        or (local and local[0] in words.prefixes["local"])
    ):
        return "government"  # "National Transportation Safety Board", "Sacramento City Council"
    return default


def _starts_with_place(name: str) -> bool:
    words = name.split()
    return any(
        countries().country_of_name(" ".join(words[:size])) is not None
        or countries().country_of_capital(" ".join(words[:size])) is not None
        or " ".join(words[:size]).lower() in type_words().prefixes["places"]
        for size in (1, 2, 3) if len(words) > size
    )


def settled_type(name: str, found: str) -> str:
    """The type of an actor the recogniser typed `found`: a body by its name;
    a "person" or "group" only when its name is not a body's ("Obama
    administration", "House Democrats")."""
    if found == "country":
        # "Mexico's economy ministry", "Reform UK": a body the recogniser
        # took for the country it names; a country's own name stays one.
        if countries().country_of_name(name) is not None:
            return found
        # "Energy UK", "Reform UK": a body named with its country is no country.
        return body_type(name, "organization" if " " in name.strip() else found)
    if found in ("person", "group"):
        words = type_words()
        lowered = " ".join(name.lower().split())
        head = head_word(name)
        # "Seatrade Gazette": a paper's head word after no given name.
        paper = head in words.heads["media"] and not first_name_gender(name.split()[0])
        if (
            lowered not in words.names
            and head not in words.body_heads
            and head not in words.heads.get("company", ())
            and head not in words.organization_heads
            and not paper
        ):
            return found
        return body_type(name, "organization")
    typed = body_type(name, found)
    if typed == "organization" and found == "organization" and _reads_as_person(name):
        return "person"
    return typed


PERSON_NAME_WORD = re.compile(r"(?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)$")


def _reads_as_person(name: str) -> bool:
    """ "Glenn Harlan Reynolds", "Julia Harte" typed as an organisation: a
    known given name (no title) and one or two more capitalised words, none
    a body's head or an institution word."""
    words = name.split()
    first = words[0].lower() if words else ""
    if not 2 <= len(words) <= 3 or is_title_word(first) or first in name_particles():
        return False  # "Al Qaeda": an article, no given name
    if not first_name_gender(words[0]) or not all(PERSON_NAME_WORD.match(w) for w in words):
        return False
    institutions = institution_words()
    type_heads = type_words()
    return not any(
        w.lower() in institutions or w.lower() in type_heads.body_heads
        or any(w.lower() in heads for heads in type_heads.heads.values())
        for w in words
    )


def is_non_actor(name: str) -> bool:
    """A time zone, market index or ticker, alone or after a time ("midnight
    Eastern Time", "9 a.m. ET"): no actor."""
    words = name.lower().split()
    non_actors = type_words().non_actors
    for i in range(len(words)):
        if " ".join(words[i:]) in non_actors:
            return all(_is_time_word(w) for w in words[:i])
    return False


def _is_time_word(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in TIME_WORDS


def canonical_key(name: str) -> str:
    """"Justice Department" and "Department of Justice" -> "department of justice"."""
    words = name_key(name).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) >= 2 and words[-1] in type_words().body_heads and "of" not in words:
        return " ".join([words[-1], "of", *words[:-1]])
    return " ".join(words)


def acronyms_of(name: str) -> set[str]:
    """The initials a body's full name may be written as, with and without
    its small words ("Department of Justice" -> "doj", "dj"), a leading
    "U.S." spelt out ("U.S. Department of Agriculture" -> "usda"), without
    the department word ("Department of Health and Human Services" ->
    "hhs"), without a last "and ..." ("Centers for Disease Control and
    Prevention" -> "cdc") and without a leading "U.S." ("U.S. Securities and
    Exchange Commission" -> "sec")."""
    forms = set()
    for form in (name, canonical_key(name)):
        words = name_key(form).replace("-", " ").split()
        if words and words[0] == "us":
            words = ["u", "s", *words[1:]]
            content = [w for w in words[2:] if w not in SMALL_WORDS]
            if len(content) >= 3:
                forms.add("".join(w[0] for w in content))
        if len(words) < 2:
            continue
        content = [w for w in words if w not in SMALL_WORDS]
        forms |= {"".join(w[0] for w in words), "".join(w[0] for w in content)}
        if content and content[0] in type_words().body_heads:
            forms.add("".join(w[0] for w in content[1:]))
        if "and" in words:
            before_and = [w for w in words[: words.index("and")] if w not in SMALL_WORDS]
            forms.add("".join(w[0] for w in before_and))
    return {f for f in forms if len(f) >= 2}


def short_form_of(single: str, body: ExtractedActor) -> bool:
    """Whether a one-word name is a short form of a body's name: listed
    ("Fed" for the Federal Reserve), the name's first word for a company
    ("Goldman" for Goldman Sachs), its last for a medium ("Times" for the
    New York Times), its members for a party ("Liberals", "Democrats")."""
    words = name_key(body.name).split()
    if len(words) < 2:
        return False
    listed = type_words().short_forms.get(single)
    if listed is not None and canonical_key(listed) == canonical_key(body.name):
        return True
    if body.type == "company" and words[0] == single:
        return True
    if body.type == "party" and len(words) == 2 and words[1] == "party":
        # "the Liberals" of the Liberal Party, "the Greens" of the Green Party.
        return single in (words[0] + "s", words[0].removesuffix("ic") + "s")
    return body.type == "media" and words[-1] == single


def country_of_body(name: str) -> str | None:
    """The country a body's name begins with: "Mexico's economy ministry",
    "Saudi energy ministry", "Russian embassy" -> its country."""
    match = COUNTRY_POSSESSIVE.match(name)
    if match is not None:
        return countries().country_of_name(match.group(1))
    words = name.split()
    for size in (2, 1):
        if len(words) > size:
            head = " ".join(words[:size])
            found = countries().country_of_name(head) or countries().country_of_demonym(head)
            if found is not None and words[size][:1].islower():
                return found
    return None


@lru_cache(maxsize=1)
def _name_edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words a name picks up in front ("her") and connectors it may be cut after ("of")."""
    determiners = frozenset(load_lexicon("actor_types")["name_determiners"])
    connectors = frozenset(w.lower() for w in load_lexicon("organizations")["name_connectors"])
    return determiners, connectors


def clean_name(name: str) -> str:
    """A name without a possessor ("Pentagon's Cyber Command", "her State
    Department", "a White House"), a possessive ending ("National Review‘s"),
    a connector it was cut after ("State Department and", "European Court of")
    or brackets ("Vladimir] Putin")."""
    name = TRAILING_POSSESSIVE.sub("", POSSESSIVE.sub("", name))
    words = name.split()
    determiners, connectors = _name_edge_words()
    while len(words) > 1 and words[0] in determiners:
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in connectors:
        words = words[:-1]
    name = " ".join(words)
    name = BRACKETED.sub(" ", name)  # "Ford Motor Co (F.N)": a ticker, an acronym
    for mark in BRACKETS:
        name = name.replace(mark, " ")
    return " ".join(name.split()).strip(" ,;:-–—\"'“”‘’") or name


def person_name(name: str) -> str:
    """A person's name without leading titles or honorifics ("Reps. Elijah
    Cummings", "SEN. HEALEY"), without a possessive the tokenizer left on it
    ("Donald Trump‘s"), a possessor with the relation before it ("Le Pen’s
    niece Marion") or the relation alone ("niece Marion"), and in its usual
    case when set in capitals."""
    # "Le Pen’s niece Marion": the relative's name, not the one it is told by.
    words = RELATIVE_OF.sub("", TRAILING_POSSESSIVE.sub("", name)).split()
    while len(words) > 1 and (
        is_title_word(words[0]) or (words[0].islower() and words[0] not in name_particles())
    ):
        words = words[1:]  # "niece Marion": a relation the model took in
    if all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        words = [w.title() for w in words]
    return " ".join(words)


def trimmed_mention(text: str, mention: Span) -> Span:
    """A mention without a possessor in front, a bracketed aside after the name
    ("Federal Bureau of Investigation (FBI": the acronym is a mention of its own)
    or brackets at its edges."""
    start, end = mention.start, mention.end
    match = POSSESSIVE.match(text[start:end])
    if match is not None:
        start += match.end()
    aside = BRACKETED.search(text, start + 1, end)
    if aside is not None:
        end = aside.start()
    while start < end and (text[start] in BRACKETS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in BRACKETS or text[end - 1].isspace()):
        end -= 1
    if end <= start:
        return mention
    return Span(start, end, text[start:end])


def settle_bodies(text: str, actors: list[ExtractedActor]) -> list[ExtractedActor]:
    """Clean names, drop non-actors, type bodies by name and merge the names
    of one body. Keys stay those of the first actor of each merged set."""
    kept: list[ExtractedActor] = []
    for actor in actors:
        if is_non_actor(actor.name) or (
            actor.type == "person" and any(ch.isdigit() for ch in actor.name)
        ):
            continue  # "GMT", "VIX"; "H5N1" is no person
        bracketed = BRACKETED.search(actor.name)
        inner = bracketed.group().strip(" ()[]") if bracketed else ""
        if inner and inner not in actor.aliases and (
            _is_acronym(inner) or inner.lower() in acronyms_of(clean_name(actor.name))
        ):
            actor.aliases.append(inner)  # "Office of the ... (ODNI)" is also "ODNI"
        # "Mexico's economy ministry", "Taiwan's Ministry of Defense" speak for their country.
        parent = country_of_body(actor.name) if actor.type != "person" else None
        actor.name = clean_name(actor.name)
        if actor.type == "person":
            actor.name = person_name(actor.name)
        actor.mentions = [trimmed_mention(text, m) for m in actor.mentions]
        actor.type = described_type(text, actor) or settled_type(actor.name, actor.type)
        if actor.type == "organization" and makes_programmes(text, actor):
            actor.type = "media"
        if actor.type == "person" and not actor.roles and has_members(text, actor):
            actor.type = "organization"
        if actor.type == "government" and parent and not actor.affiliation:
            actor.affiliation = parent
        kept.append(actor)
    bodies = [
        a for a in kept
        if (ACTOR_TYPES[a.type].is_body and a.type != "country")
        # "FBI" or "Pentavera" (of Pentavera Laboratories) taken for a person
        or (a.type == "person" and (_is_acronym(a.name) or len(a.name.split()) == 1))
        # "the Liberals" (a group to the recogniser) of the Liberal Party
        or (a.type == "group" and any(
            p.type == "party" and short_form_of(canonical_key(a.name), p) for p in kept
        ))
    ]
    _add_acronym_aliases(text, kept)
    by_key: dict[str, ExtractedActor] = {}
    merged_into: dict[str, ExtractedActor] = {}
    for actor in sorted(bodies, key=lambda a: -len(canonical_key(a.name).split())):
        key = canonical_key(actor.name)
        target = by_key.get(key)
        if target is None and len(key.split()) == 1:
            target = next(
                (b for b in by_key.values()
                 if key in acronyms_of(b.name) or short_form_of(key, b)),
                None,
            ) or _referred_back(actor, by_key.values())
        if target is None:
            target = _named_without_head(text, key, by_key.values()) or _short_name_of(
                actor, by_key.values()
            ) or next(
                (b for b in by_key.values() if key in {canonical_key(x) for x in b.aliases}), None
            )
        if target is None:
            by_key[key] = actor
            continue
        merged_into[actor.key] = target
    for actor in kept:
        target = merged_into.get(actor.key)
        while target is not None and target.key in merged_into:
            target = merged_into[target.key]
        if target is None:
            continue
        target.mentions = sorted(
            {(m.start, m.end): m for m in [*target.mentions, *actor.mentions]}.values(),
            key=lambda m: m.start,
        )
        if name_key(actor.name) != name_key(target.name) and actor.name not in target.aliases:
            target.aliases.append(actor.name)
        target.aliases += [a for a in actor.aliases if a not in target.aliases]
    _add_acronym_aliases(text, [a for a in kept if a.key not in merged_into])
    people: dict[str, ExtractedActor] = {}
    for actor in kept:
        if actor.type != "person" or actor.key in merged_into:
            continue
        same = people.setdefault(name_key(actor.name), actor)
        if same is not actor:
            same.mentions = sorted([*same.mentions, *actor.mentions], key=lambda m: m.start)
            same.roles += [r for r in actor.roles if r not in same.roles]
            same.aliases += [a for a in actor.aliases if a not in same.aliases]
            merged_into[actor.key] = same
    return [a for a in kept if a.key not in merged_into]


ACRONYM_WORD = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{1,6})(?![\w.])")
AFTER_NAME = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7}(?: [A-Z][a-z]{1,7})?)\)")


@lru_cache(maxsize=1)
def _acronym_words(text: str) -> tuple[str, ...]:
    """The words of TEXT that may be acronyms, sorted: found once though the
    aliases are sought twice per article."""
    return tuple(sorted({m.group(1) for m in ACRONYM_WORD.finditer(text)}))


def _add_acronym_aliases(text: str, actors: list[ExtractedActor]) -> None:
    """A body's acronym written in the article is its alias: in brackets
    after its name ("Department for Environment, Food and Rural Affairs
    (Defra)", "California Public Employees' Retirement System (CalPERS)"), or
    as a word with two capitals that spells its initials ("MoD" for the
    Ministry of Defence) when no other body's it is."""
    bodies = [a for a in actors if ACTOR_TYPES[a.type].is_body and a.type != "country"]
    initials = {a.key: acronyms_of(a.name) for a in bodies if len(a.name.split()) > 1}
    taken = {name_key(n) for a in actors for n in [a.name, *a.aliases]}
    for actor in bodies:
        for mention in actor.mentions:
            after = AFTER_NAME.match(text, mention.end)
            # A company's initials in brackets are its alias; other capitals its ticker.
            # A public body's short name in brackets is its alias ("(CalPERS)", "(Cal Fire)").
            if after and (after.group(1).lower() in initials.get(actor.key, ()) or (
                actor.type != "company" and len(actor.name.split()) > 2
            )):
                form = after.group(1)
                if form not in actor.aliases:
                    actor.aliases.append(form)
                taken.add(name_key(form))
    for word in _acronym_words(text):
        if name_key(word) in taken or sum(c.isupper() for c in word) < 2:
            continue
        owners = [a for a in bodies if word.lower() in initials.get(a.key, ())]
        if len(owners) == 1:
            owners[0].aliases.append(word)
    media_heads = set(type_words().heads.get("media", ()))
    for actor in bodies:
        # "ABC News" is the "ABC" of another article: a network's letters
        # before its medium's head words.
        first, *rest = actor.name.split()
        if (
            actor.type == "media" and rest and _is_acronym(first) and first.isupper()
            and all(w.lower() in media_heads for w in rest)
            and name_key(first) not in taken and first not in actor.aliases
        ):
            actor.aliases.append(first)


def names_a_body(name: str) -> bool:
    """Whether a name alone names a body: a listed name or acronym, or several
    words ending in a body's head word ("European Commission")."""
    key = name_key(name)
    if key in org_acronyms() or key in known_organizations() or _is_acronym(name):
        return True
    words = type_words()
    if " ".join(name.lower().split()) in words.names:
        return True
    head = head_word(name)
    return len(key.split()) > 1 and (
        head in words.body_heads or any(head in heads for heads in words.heads.values())
    )


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2


def _named_without_head(text: str, key: str, bodies) -> ExtractedActor | None:
    """ "Northern Crest" for Northern Crest Railways, "Kyodo" for Kyodo News:
    a body's name without its last words when they are only head words. A
    name only ever written in quote marks is a programme's or a paper's
    title ("Breitbart News Daily"), not its maker's full name."""
    words = type_words()
    heads = {h for kind in words.heads.values() for h in kind} | words.body_heads
    for body in bodies:
        full = canonical_key(body.name)
        if full.startswith(key + " ") and all(w in heads for w in full[len(key) + 1 :].split()) \
                and not all(text[m.start - 1 : m.start] in OPENING_QUOTES for m in body.mentions):
            return body
    return None


def _short_name_of(actor: ExtractedActor, bodies) -> ExtractedActor | None:
    """ "the Judiciary Committee" after "the House Judiciary Committee": a
    body's name of two words or more that ends a longer name of the one body
    of its type so named (with a Senate and a House committee, neither).
    Outlets and firms keep their editions and units apart, but an outlet
    goes without the place opening its name ("the Daily News" of the "New
    York Daily News")."""
    short = name_key(actor.name)
    if len(short.split()) < 2 or actor.type == "company":
        return None
    longer = [
        b for b in bodies
        if b.type == actor.type and name_key(b.name).endswith(" " + short) and (
            # "New York Times" and "International New York Times" are two editions.
            actor.type != "media" or _is_place(name_key(b.name)[: -len(short) - 1])
        )
    ]
    return longer[0] if len(longer) == 1 else None


def _is_place(words: str) -> bool:
    """Whether lower-case WORDS name a country, a capital or a listed place."""
    return (
        countries().country_of_name(words) is not None
        or countries().country_of_capital(words) is not None
        or words in type_words().prefixes["places"]
    )


def _referred_back(actor: ExtractedActor, bodies) -> ExtractedActor | None:
    """A bare head noun ("the Department") is the body with that head named
    last before it."""
    word = name_key(actor.name)
    if word not in type_words().body_heads or not actor.mentions:
        return None
    first = actor.mentions[0].start
    best, best_at = None, -1
    for body in bodies:
        if word not in name_key(body.name).split():
            continue
        at = max((m.start for m in body.mentions if m.start < first), default=-1)
        if at > best_at:
            best, best_at = body, at
    return best
