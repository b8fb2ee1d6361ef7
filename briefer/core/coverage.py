"""Coverage by outlet: what each outlet published and whom it let speak.

An analyst comparing outlets asks how many articles each ran, which voice
groups (`registry.VOICE_GROUPS`, via `core.voices`) its quotes come from, and
which actors only one outlet quoted. Outlets are told apart by name, ignoring
case and spacing; articles with no outlet form one group of their own.
Rejected quotes count nowhere; a quote with several speakers counts once for
each voice group among them. An outlet whose quotes come mostly from one
voice group is flagged one-sided, so a skewed source mix shows at a glance;
speakers whose role the articles never give ("others") say nothing of the
mix, so they never make an outlet one-sided.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefer.core import registry
from briefer.core.records import Actor, Quote
from briefer.core.store import Project
from briefer.core.voices import affiliation_types, voice_group

NO_OUTLET = "Outlet not given"
NO_DATE = "Date not given"
# An outlet is one-sided when one voice group holds at least this share of its
# attributed quotes, and it has at least ONE_SIDED_MIN_QUOTES of them.
ONE_SIDED_SHARE = 0.6
ONE_SIDED_MIN_QUOTES = 3
UNDESCRIBED_VOICE = registry.VOICE_GROUPS["others"].key  # a person whose role is not given

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def outlet_key(outlet: str) -> str:
    """The name that spellings of one outlet share: case and spacing ignored."""
    return " ".join(outlet.split()).casefold()


def outlet_label(outlet: str) -> str:
    return " ".join(outlet.split()) or NO_OUTLET


def publication_day(published: str) -> str:
    """The ISO day (YYYY-MM-DD) an article's date starts with, or "" for none or free text."""
    match = _ISO_DAY.match(published.strip())
    return match.group(0) if match else ""


def quote_speakers(quote: Quote) -> list[int]:
    """Every speaker of a quote: the joint speakers, else the one speaker."""
    speakers = list(dict.fromkeys(quote.speaker_ids))
    if not speakers and quote.speaker_id is not None:
        speakers = [quote.speaker_id]
    return speakers


@dataclass
class OutletCoverage:
    """One outlet's articles and the voices its (not rejected) quotes come from."""

    key: str
    label: str
    article_ids: list[int] = field(default_factory=list)
    quote_count: int = 0
    unattributed: int = 0  # quotes with no speaker
    voices: Counter = field(default_factory=Counter)  # voice group key -> quotes
    speakers: Counter = field(default_factory=Counter)  # actor id -> quotes
    only_here: list[Actor] = field(default_factory=list)  # quoted by no other outlet
    first_day: str = ""
    last_day: str = ""

    @property
    def attributed(self) -> int:
        return sum(self.voices.values())

    def share(self, group: str) -> float:
        """The share of this outlet's voice counts that `group` holds (0 when none)."""
        total = self.attributed
        return self.voices[group] / total if total else 0.0

    @property
    def leading_voices(self) -> list[str]:
        """The voice groups quoted most (several when they tie), in registry order."""
        top = max(self.voices.values(), default=0)
        return [g for g in registry.VOICE_GROUPS if top and self.voices[g] == top]

    @property
    def dominant_voice(self) -> str | None:
        """The one voice group quoted most, or None (no quotes, or a tie at the top)."""
        leading = self.leading_voices
        return leading[0] if len(leading) == 1 else None

    @property
    def one_sided(self) -> bool:
        dominant = self.dominant_voice
        return (dominant not in (None, UNDESCRIBED_VOICE)
                and self.attributed >= ONE_SIDED_MIN_QUOTES
                and self.share(dominant) >= ONE_SIDED_SHARE)


@dataclass
class Coverage:
    """The project's outlets side by side, most articles first."""

    outlets: list[OutletCoverage]
    actors: dict[int, Actor]
    voice_of: dict[int, str]  # actor id -> voice group key

    @property
    def voice_groups(self) -> list[str]:
        """The registry's voice groups that any outlet quotes, in registry order."""
        used = {g for outlet in self.outlets for g in outlet.voices}
        return [g for g in registry.VOICE_GROUPS if g in used]

    def outlet(self, label: str) -> OutletCoverage | None:
        key = outlet_key(label) if label != NO_OUTLET else ""
        return next((o for o in self.outlets if o.key == key), None)


def project_coverage(project: Project) -> Coverage:
    """Each outlet's articles, quote counts by voice group and the actors only it quoted."""
    actors = {actor.id: actor for actor in project.actors()}
    bodies = affiliation_types(actors.values())
    voice_of = {actor_id: voice_group(actor, bodies) for actor_id, actor in actors.items()}
    outlets: dict[str, OutletCoverage] = {}
    outlet_of_article: dict[int, OutletCoverage] = {}
    spellings: dict[str, Counter] = {}
    for article in project.article_summaries():
        key = outlet_key(article.outlet)
        entry = outlets.setdefault(key, OutletCoverage(key, ""))
        spellings.setdefault(key, Counter())[outlet_label(article.outlet)] += 1
        entry.article_ids.append(article.id)
        day = publication_day(article.published)
        if day:
            entry.first_day = min(entry.first_day or day, day)
            entry.last_day = max(entry.last_day, day)
        outlet_of_article[article.id] = entry
    for key, entry in outlets.items():
        # The most used spelling; of equally used ones, the capitalised ("State Daily").
        entry.label = max(spellings[key].items(),
                          key=lambda item: (item[1], sum(ch.isupper() for ch in item[0])))[0]

    outlets_of_actor: dict[int, set[str]] = {}
    for quote in project.quotes():
        quoted_in = outlet_of_article.get(quote.article_id)
        if quoted_in is None or quote.status == "rejected":
            continue
        quoted_in.quote_count += 1
        speakers = [s for s in quote_speakers(quote) if s in actors]
        if not speakers:
            quoted_in.unattributed += 1
            continue
        for group in dict.fromkeys(voice_of[s] for s in speakers):
            quoted_in.voices[group] += 1
        for speaker in speakers:
            quoted_in.speakers[speaker] += 1
            outlets_of_actor.setdefault(speaker, set()).add(quoted_in.key)

    if len(outlets) > 1:
        for entry in outlets.values():
            alone = [a for a in entry.speakers if outlets_of_actor[a] == {entry.key}]
            alone.sort(key=lambda a: (-entry.speakers[a], actors[a].name.casefold()))
            entry.only_here = [actors[a] for a in alone]
    ordered = sorted(outlets.values(),
                     key=lambda o: (o.key == "", -len(o.article_ids), o.label.casefold()))
    return Coverage(ordered, actors, voice_of)
