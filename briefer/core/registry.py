"""The names Briefer uses in many places, defined once.

Quote kinds, actor types, review statuses, brief section roles and the voice
groups a brief sorts speakers into are read from here by the analysis JSON,
the store's checks and migrations, the reader's legend and highlights, the
window's filters, the drafter, the Word layout and the builder. Adding a kind
is one entry here; `tests/core/test_registry.py` fails when a reader of the
registry misses an entry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteKind:
    key: str
    label: str
    description: str
    verbatim: bool  # the quoted words are the speaker's own, set in quote marks
    # Reader backgrounds, pending and accepted: every pair of them and the white page stay
    # apart for colour-blind readers too (tests/core/test_registry_colours.py).
    highlight_pending: str
    highlight_accepted: str


@dataclass(frozen=True)
class ActorType:
    key: str
    label: str
    colour: str  # reader text colour and legend swatch
    is_body: bool  # an institution that speaks through people ("the agency said")
    voice: str  # the voice group it speaks as when it is not an expert
    legacy: tuple[str, ...] = ()  # type names of earlier project formats it replaces


@dataclass(frozen=True)
class SectionRole:
    key: str
    title: str  # the default section title
    holds: str  # what the drafter puts there


@dataclass(frozen=True)
class VoiceGroup:
    key: str
    label: str
    section: str  # the section role its positions are drafted into
    # Bars and swatches of the coverage view (the Okabe-Ito colours, told apart by
    # colour-blind readers); a bar's label and count say the same in words.
    colour: str


QUOTE_KIND_LIST: tuple[QuoteKind, ...] = (
    QuoteKind("direct", "Direct quote", "the speaker's words, in quote marks", True,
              "#ffe27f", "#cd8c13"),
    QuoteKind("mixed", "Mixed quote", "paraphrase with some quoted words", False,
              "#f9b1bc", "#eb7579"),
    QuoteKind("indirect", "Reported speech", "paraphrase with no quoted words", False,
              "#c1d7fc", "#79acfa"),
)

VOICE_GROUP_LIST: tuple[VoiceGroup, ...] = (
    VoiceGroup("officials", "Government and officials", "officials", "#0072b2"),
    VoiceGroup("politicians", "Politicians and parties", "officials", "#d55e00"),
    VoiceGroup("experts", "Experts", "experts", "#009e73"),
    VoiceGroup("organisations", "Organisations and advocacy groups", "officials", "#cc79a7"),
    VoiceGroup("business", "Companies and markets", "officials", "#e69f00"),
    VoiceGroup("media", "Media", "officials", "#56b4e9"),
    VoiceGroup("anonymous", "Unnamed sources", "officials", "#000000"),
    # A person whose role the articles omit.
    VoiceGroup("others", "Other voices", "officials", "#f0e442"),
)

ACTOR_TYPE_LIST: tuple[ActorType, ...] = (
    ActorType("person", "Person", "#1f5fbf", False, "officials"),
    ActorType("government", "Government body", "#0f6e6e", True, "officials"),
    ActorType("party", "Party or political group", "#8a1c4a", True, "politicians"),
    ActorType("company", "Company", "#6b5a00", True, "business"),
    ActorType("media", "Media outlet", "#5a5a5a", True, "media"),
    ActorType("international", "International organisation", "#2e6b1f", True, "officials"),
    ActorType("organization", "Organisation", "#1b7a3a", True, "organisations"),
    ActorType("country", "Country", "#b34700", True, "officials"),
    ActorType("group", "Group of people", "#7b2fa8", False, "anonymous"),
)

SECTION_ROLE_LIST: tuple[SectionRole, ...] = (
    SectionRole("summary", "Summary", "the bottom line: central sentences across articles"),
    SectionRole("background", "Background", "context sentences from the articles"),
    SectionRole("actors", "Key actors", "the prominent actors with their roles"),
    SectionRole("experts", "Expert assessments", "experts' positions, by actor"),
    SectionRole("officials", "Official positions", "other voices' positions, by actor"),
    SectionRole("facts", "Key facts and figures", "sentences with figures or dates"),
    SectionRole("options", "Options and recommendations", "proposed courses of action"),
    SectionRole("sources", "Sources", "the bibliography"),
    SectionRole("notes", "Notes", "items the user placed by hand"),
)

REVIEW_STATUS_LIST: tuple[str, ...] = ("pending", "accepted", "rejected")

QUOTE_KINDS: dict[str, QuoteKind] = {k.key: k for k in QUOTE_KIND_LIST}
ACTOR_TYPES: dict[str, ActorType] = {t.key: t for t in ACTOR_TYPE_LIST}
SECTION_ROLES: dict[str, SectionRole] = {r.key: r for r in SECTION_ROLE_LIST}
VOICE_GROUPS: dict[str, VoiceGroup] = {g.key: g for g in VOICE_GROUP_LIST}

DEFAULT_ACTOR_TYPE = "organization"

# The custom document property every brief the Word export writes carries, and
# the name the Word importer looks for when it refuses a brief as an article.
BRIEF_PROPERTY = "briefer-brief"


def actor_type(key: str) -> ActorType:
    """The type for `key`, mapping names of earlier formats; unknown names are organisations."""
    if key in ACTOR_TYPES:
        return ACTOR_TYPES[key]
    for entry in ACTOR_TYPE_LIST:
        if key in entry.legacy:
            return entry
    return ACTOR_TYPES[DEFAULT_ACTOR_TYPE]


def quote_kind(key: str) -> QuoteKind:
    try:
        return QUOTE_KINDS[key]
    except KeyError:
        raise ValueError(f"unknown quote kind {key!r}") from None


def section_role(key: str) -> SectionRole | None:
    return SECTION_ROLES.get(key)
