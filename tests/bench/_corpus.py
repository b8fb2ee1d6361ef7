"""Synthetic news articles for the benchmarks: realistic shape, deterministic from a seed.

Each article is about 600 words of wire-style prose about a diplomatic or
economic story, with titled officials, experts with affiliations, countries,
organisations, and every kind of quote the extraction handles: direct quotes
in straight and curly marks (speaker before, after, and split around the
cue), mixed quotes, indirect speech, "according to" and anonymous sources.
The same seed always gives the same text, so figures are comparable between
runs and between machines.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from briefer.core.records import Article

TARGET_WORDS = 600

_FIRST = ("Anna", "Pierre", "Maria", "Tomasz", "Ingrid", "Kofi", "Leila", "Hiroshi", "Elena",
          "David", "Amara", "Lars", "Sofia", "Rajiv", "Olga", "Marco", "Fatima", "Jonas",
          "Claire", "Mateo", "Yuki", "Samuel", "Katarzyna", "Nadia", "Henrik", "Grace")
_LAST = ("Keller", "Dubois", "Novak", "Lindqvist", "Mensah", "Haddad", "Tanaka", "Petrova",
         "Morgan", "Okafor", "Berg", "Rossi", "Sharma", "Ivanova", "Conti", "Rahman",
         "Weber", "Laurent", "Ortega", "Sato", "Whitfield", "Kowalski", "Mansour", "Strand")
_COUNTRIES = (("France", "French", "Paris"), ("Germany", "German", "Berlin"),
              ("Poland", "Polish", "Warsaw"), ("Japan", "Japanese", "Tokyo"),
              ("Kenya", "Kenyan", "Nairobi"), ("Brazil", "Brazilian", "Brasilia"),
              ("Canada", "Canadian", "Ottawa"), ("India", "Indian", "New Delhi"),
              ("Norway", "Norwegian", "Oslo"), ("Italy", "Italian", "Rome"),
              ("Turkey", "Turkish", "Ankara"), ("Mexico", "Mexican", "Mexico City"))
_OFFICIAL_TITLES = ("Foreign Minister", "Prime Minister", "President", "Defence Minister",
                    "Finance Minister", "Trade Minister", "Interior Minister")
_BODIES = ("the European Commission", "NATO", "the United Nations", "the World Bank",
           "the International Monetary Fund", "the African Union", "the World Trade Organization")
_THINK_TANKS = ("the Institute for Strategic Studies", "the Centre for Economic Policy",
                "the Council on Global Affairs", "the Foundation for Security Research",
                "the Institute of International Relations", "the Brookfield Policy Centre")
_EXPERT_ROLES = ("a senior fellow", "an economist", "a security analyst", "a research director",
                 "a professor of international law", "a former ambassador now")
_OUTLETS = ("Global Wire", "The Daily Ledger", "Continental Post", "World Desk", "Harbour Times")
_TOPICS = (("the trade agreement", "tariffs", "exports"),
           ("a ceasefire", "the front line", "security guarantees"),
           ("the climate package", "emissions", "the energy transition"),
           ("the debt restructuring", "interest rates", "the budget deficit"),
           ("the migration pact", "border controls", "asylum applications"),
           ("the sanctions regime", "frozen assets", "oil revenues"))
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_VERBS_SAY = ("said", "told reporters", "added", "warned", "insisted", "noted")
_VERBS_THAT = ("said", "warned", "argued", "noted", "insisted", "suggested", "acknowledged")
_ADJECTIVES = ("impossible", "premature", "a turning point", "deeply flawed", "long overdue",
               "a dangerous gamble", "the only realistic option", "unworkable")
_CLAIMS = (
    "{t1} would not survive another round of {t2} without outside support",
    "{c1} was ready to compromise on {t2} if its partners moved first",
    "the talks on {t1} had made more progress in a week than in the past year",
    "{t3} had fallen by {pct} percent since the start of the year",
    "the government in {cap1} underestimated how long {t1} would take",
    "any deal on {t2} would need the backing of {body}",
    "the cost of delay on {t3} was now close to ${bn} billion",
    "{c2} had not been consulted before the announcement on {t2}",
    "the latest proposal on {t1} left too many questions open",
    "pressure from {body} had changed the calculations in {cap2}",
)
_STATEMENTS = (
    "We are not going to accept a deal that leaves {t2} unresolved",
    "This is a moment for {c1} to lead, not to wait for others",
    "Nobody in {cap1} believes that {t1} can be settled by the end of the month",
    "Our position on {t3} has not changed, and it will not change under pressure",
    "We have offered {bn} billion dollars and we expect something in return",
    "The numbers on {t3} speak for themselves",
    "If {body} wants results, it has to put real money on the table",
    "I have been doing this for twenty years and I have never seen talks this fragile",
)
_NARRATIVE = (
    "Delegations from {c1} and {c2} met in {cap1} on {day} for a second round of talks on {t1}.",
    "The meeting came after weeks of tension over {t2}, which has strained relations "
    "between the two capitals.",
    "Officials said the agenda also included {t3}, an issue that has divided {c1} for months.",
    "{c2} has already committed ${bn} billion to the effort, according to figures "
    "published by {body}.",
    "Markets reacted cautiously, with the currency of {c2} slipping {pct} percent "
    "against the dollar.",
    "About {n} officials and advisers attended the closed-door session, which ran "
    "late into the evening.",
    "The previous round, held in {cap2} in {month}, ended without a joint statement.",
    "Diplomats described the atmosphere as tense but constructive.",
    "A joint communique is expected later in the week, although no date has been set.",
    "Critics at home accuse the government of moving too slowly on {t2}.",
    "Opposition parties in {c1} have called for a parliamentary debate on {t1}.",
    "Analysts expect {t3} to dominate the next summit of {body}.",
)
_ANONYMOUS = (
    "One senior diplomat, speaking on condition of anonymity, said {claim}.",
    "{claim_cap}, officials familiar with the talks said.",
    "Critics say {claim}.",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class _Cast:
    """The people, places and bodies of one article, chosen once so names recur."""

    def __init__(self, rng: random.Random):
        (self.c1, self.adj1, self.cap1), (self.c2, self.adj2, self.cap2) = rng.sample(
            _COUNTRIES, 2
        )
        names = rng.sample([f"{f} {s}" for f in _FIRST for s in _LAST], 4)
        titles = rng.sample(_OFFICIAL_TITLES, 2)
        self.officials = [
            (names[0], f"{self.adj1} {titles[0]}"),
            (names[1], f"{self.adj2} {titles[1]}"),
        ]
        tanks = rng.sample(_THINK_TANKS, 2)
        self.experts = [
            (names[2], f"{rng.choice(_EXPERT_ROLES)} at {tanks[0]}"),
            (names[3], f"{rng.choice(_EXPERT_ROLES)} at {tanks[1]}"),
        ]
        self.body = rng.choice(_BODIES)
        self.topic = rng.choice(_TOPICS)
        self.day = rng.choice(_DAYS)
        self.introduced: set[str] = set()
        self._rng = rng
        self._decks: dict[int, list[str]] = {}

    def draw(self, templates: tuple[str, ...]) -> str:
        """Templates without repetition until all are used, so prose does not loop."""
        deck = self._decks.get(id(templates))
        if not deck:
            deck = list(templates)
            self._rng.shuffle(deck)
            self._decks[id(templates)] = deck
        return deck.pop()

    def fields(self, rng: random.Random) -> dict[str, str]:
        t1, t2, t3 = self.topic
        return {
            "c1": self.c1, "c2": self.c2, "cap1": self.cap1, "cap2": self.cap2,
            "t1": t1, "t2": t2, "t3": t3, "body": self.body, "day": self.day,
            "bn": str(rng.randint(2, 90)), "pct": f"{rng.randint(1, 19)}.{rng.randint(0, 9)}",
            "n": str(rng.randint(20, 300)), "month": rng.choice(_MONTHS),
        }

    def first_reference(self, person: tuple[str, str], expert: bool) -> str:
        """Full name with title or apposition the first time, surname afterwards."""
        name, role = person
        surname = name.split()[-1]
        if name in self.introduced:
            return surname
        self.introduced.add(name)
        return f"{name}, {role}," if expert else f"{role} {name}"


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def _claim(cast: _Cast, values: dict[str, str]) -> str:
    return _fill(cast.draw(_CLAIMS), values)


def _quote_sentence(rng: random.Random, cast: _Cast, values: dict[str, str]) -> str:
    """One sentence carrying a quote of a randomly chosen kind."""
    expert = rng.random() < 0.5
    person = rng.choice(cast.experts if expert else cast.officials)
    ref = cast.first_reference(person, expert)
    opening, closing = ("“", "”") if rng.random() < 0.6 else ('"', '"')
    statement = _fill(cast.draw(_STATEMENTS), values)
    kind = rng.randrange(7)
    if kind == 0:
        return f"{opening}{statement},{closing} {ref} {rng.choice(_VERBS_SAY)}."
    if kind == 1:
        return f"{ref} said: {opening}{statement}.{closing}"
    if kind == 2:
        second = _fill(cast.draw(_STATEMENTS), values)
        return (f"{opening}{statement},{closing} {ref} said. "
                f"{opening}{second}.{closing}")
    if kind == 3:
        return f"{ref} {rng.choice(_VERBS_THAT)} that {_claim(cast, values)}."
    if kind == 4:
        lead = ref if ref.endswith(",") else ref + ","
        return f"According to {lead} {_claim(cast, values)}."
    if kind == 5:
        return (f"{ref} described the plan as {opening}{rng.choice(_ADJECTIVES)}{closing} "
                f"and said {_claim(cast, values)}.")
    claim = _claim(cast, values)
    return _fill(rng.choice(_ANONYMOUS), {"claim": claim, "claim_cap": claim[0].upper()
                                          + claim[1:]})


def make_article(seed: int, words: int = TARGET_WORDS) -> Article:
    """One article of about `words` words; the same seed gives the same article."""
    rng = random.Random(seed)
    cast = _Cast(rng)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            values = cast.fields(rng)
            if rng.random() < 0.45:
                sentences.append(_quote_sentence(rng, cast, values))
            else:
                sentences.append(_fill(cast.draw(_NARRATIVE), values))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    published = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
    outlet = rng.choice(_OUTLETS)
    return Article(
        text="\n\n".join(paragraphs) + "\n",
        title=f"{cast.c1} and {cast.c2} resume talks on {cast.topic[0]} ({seed})",
        outlet=outlet,
        author=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        published=published.isoformat(),
        url=f"https://news.example.org/{published:%Y/%m}/story-{seed}",
    )


def make_corpus(count: int, seed: int = 0) -> list[Article]:
    """`count` distinct articles, reproducible from `seed`."""
    return [make_article(seed * 1_000_003 + i) for i in range(count)]


def word_count(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)
