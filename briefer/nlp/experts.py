"""Telling experts from officials.

A policy brief weighs an analyst's view differently from a minister's
statement. An expert is a person whose role names expert work (analyst,
professor, fellow...), who works at a think tank, university or institute,
or who held a non-political office before and now comments on it ("former
U.S. Army commander"); so is an editor of a university centre's election
newsletter. Sitting officials, politicians (former ones and candidates too),
party and campaign staff, spokespeople, journalists, staff of advocacy and
interest groups and organisations are not experts. The words live in
`resources/lexicons/experts.json`.
"""

from __future__ import annotations

import re
from functools import cache

from briefer.nlp import lexicon

_WORDS = re.compile(r"[\w'’.-]+")
_EX_PREFIX = re.compile(r"\bex-")


def _padded(text: str) -> str:
    """Lower-case words separated by single spaces and padded, for whole-word lookups.

    "ex-ambassador" becomes "ex- ambassador" so both halves can be looked up.
    """
    return " " + " ".join(_WORDS.findall(_EX_PREFIX.sub("ex- ", text.lower()))) + " "


def _names_any(padded: str, words: tuple[str, ...]) -> bool:
    return any(f" {w} " in padded for w in words)


@cache
def _served_title() -> re.Pattern[str]:
    """A political title before another capitalised name inside a role
    ("adviser to President George W. Bush", "Gov. Christie's aide")."""
    political = {w for w in lexicon.expert_words().political_roles if " " not in w}
    abbreviations = lexicon.title_abbreviations().items()
    short = [a.rstrip(".") for a, full in abbreviations if full in political]
    titles = sorted({w.capitalize() for w in political} | {a.capitalize() for a in short},
                    key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, titles))})\.?\s+(?=[A-Z])")


def _own_words(role: str) -> str:
    """The role without the titles of the people it serves: "former adviser
    to President George W. Bush" is no president's role."""
    return _served_title().sub("", role)


def is_former(role: str) -> bool:
    """Whether the role is one the person no longer holds ("former", "ex-", "retired")."""
    padded = _padded(role)
    return _names_any(padded, lexicon.expert_words().former)


def is_expert(
    roles: list[str], affiliation: str = "", actor_type: str = "person", affiliation_kind: str = ""
) -> bool:
    """Whether a person with these roles and this affiliation speaks as an expert.

    `affiliation_kind` is what the article calls the affiliation ("a research
    firm", "the advocacy group"). Party and campaign staff, surrogates,
    spokespeople and journalists never are, though an editor at a university
    centre's election newsletter is; staff of advocacy and interest groups are
    none unless their role is expert work; a role at a think tank, university,
    institute or research firm makes an expert unless it is an elected
    office; a sitting official is none, a former non-political one is."""
    if actor_type != "person":
        return False
    words = lexicon.expert_words()
    # "former official in the Bush administration": a political appointment
    # (a capitalised "Administration" names an agency).
    appointed = any(f" {w} " in f" {role} " for role in roles for w in words.political_lowercase)
    padded_roles = [_padded(_own_words(role)) for role in roles]
    body = _padded(f"{affiliation} {affiliation_kind}")
    if any(_names_any(p, words.never_expert) or _names_any(p, words.spokesperson)
           or (_names_any(p, words.partisan) and _names_any(p, words.operatives))
           for p in padded_roles):
        return False  # staff, spokespeople, party operatives ("Democratic pollster")
    newsroom = [p for p in padded_roles if _names_any(p, words.journalists)]
    if any(not _names_any(p, words.research_outlets) for p in newsroom):
        return False  # a newsroom role, unless done at a research outlet it names
    if _names_any(body, words.advocacy) or any(_names_any(p, words.advocacy)
                                               for p in padded_roles):
        return any(_names_any(p, words.expert_roles) for p in padded_roles)
    if newsroom:
        return True  # "managing editor of ... at the University of Virginia Center for Politics"
    at_institution = (
        bool(affiliation) and _names_any(body, words.expert_affiliations)
    ) or any(_names_any(p, words.expert_firms) for p in [body, *padded_roles])
    # At a think tank "president" heads the institution; elsewhere it is an office.
    political = words.elected_offices if at_institution else words.political_roles
    if any(_names_any(p, political) and not _names_any(p, words.expert_roles)
           for p in padded_roles):
        # A politician or political appointee, sitting or former, whatever
        # else they did ("former Deputy Attorney General, former prosecutor").
        return False
    sitting_official = False
    for padded in padded_roles:
        words_of_role = padded.split()
        if words_of_role and words_of_role[0] in words.public_posts and not is_former(padded):
            sitting_official = True  # "state epidemiologist", "county health officer"
            continue
        if _names_any(padded, words.expert_roles) or any(
            w.endswith(words.expert_suffixes) for w in padded.split()
        ):
            return True  # "virologist", "fire ecologist"
        elected = _names_any(padded, words.elected_offices)
        if at_institution and not elected:
            return True
        official = _names_any(padded, words.official_roles)
        post = official or any(w in lexicon.role_heads() for w in padded.split())
        former = _names_any(padded, words.former) and not _names_any(padded, words.current)
        corporate = _names_any(padded, words.corporate)  # "former chief financial officer"
        trade = _names_any(padded, words.political_trades)  # "former chief strategist"
        if post and former and not appointed and not corporate and not trade:
            # A former career official now commenting ("former engineer at the
            # FCC", "retired admiral"); a former appointee or politician is none.
            if not _names_any(padded, words.political_roles):
                return True
        elif official:
            sitting_official = True
    return at_institution and not sitting_official
