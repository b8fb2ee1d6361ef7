"""A project of four articles from three outlets about one person (no spaCy needed).

James Comey is named "James Comey", "Comey" and "Former FBI Director James
Comey"; his roles change from "FBI Director" (May) to "former FBI Director"
(June); he is quoted in three dated articles (twice on one day) and in one
undated note, once jointly with Mark Warner. Donald Trump is named with him
in three paragraphs of two articles, Warner in two, the Senate committee in
one; the White House shares an article with him but no paragraph.
"""

import re

from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

FIRED = (
    "Trump fires FBI Director James Comey\n"
    "President Donald Trump fired FBI Director James Comey on Tuesday, citing the handling "
    "of the email inquiry.\n"
    "The White House said the decision had been made on Tuesday morning.\n"
)

HEARING = (
    "Comey tells senators he was fired over Russia inquiry\n"
    "Former FBI Director James Comey testified before the Senate Intelligence Committee on "
    "Thursday.\n"
    "“I was fired because of the Russia investigation,” Comey said.\n"
    "Senator Mark Warner said Comey's account was credible.\n"
)

ECHO = (
    "Comey testimony echoes in Washington\n"
    "“I was fired because of the Russia investigation,” Comey told senators.\n"
    "Comey said he had kept memos of every meeting.\n"
    "Trump said Comey was a leaker.\n"
)

NOTES = (
    "Notes from the hearing\n"
    "Comey and Warner said they would speak again after the recess.\n"
    "Comey said the memos were accurate.\n"
)

FIRED_LINE = "I was fired because of the Russia investigation,"


def _spans(text: str, *phrases: str) -> list[Span]:
    """Every occurrence of the phrases, longest first, never overlapping."""
    taken: list[Span] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        for match in re.finditer(re.escape(phrase), text):
            if not any(s.start < match.end() and match.start() < s.end for s in taken):
                taken.append(Span(match.start(), match.end(), phrase))
    return sorted(taken, key=lambda s: s.start)


def _actor(text, key, name, type_, phrases, roles=()):
    return ExtractedActor(key, name, type_, list(roles), mentions=_spans(text, *phrases))


def _quote(text, key, phrase, kind, speakers, cue="said"):
    start = text.index(phrase)
    return ExtractedQuote(key, phrase, start, start + len(phrase), kind, speakers[0],
                          list(speakers), cue)


def _comey(text, *phrases, roles=("FBI Director",)):
    return _actor(text, "c", "James Comey", "person", phrases or ("James Comey", "Comey"), roles)


def build_comey_project() -> Project:
    project = Project.new()

    def add(text, title, outlet, published, actors, quotes):
        article = project.add_article(Article(text=text, title=title, outlet=outlet,
                                              published=published))
        project.store_analysis(article.id, Analysis(actors=actors, quotes=quotes))
        return article.id

    add(FIRED, "Trump fires FBI Director James Comey", "Wire One", "2017-05-10", [
        _comey(FIRED),
        _actor(FIRED, "t", "Donald Trump", "person", ["Donald Trump", "Trump"], ["President"]),
        _actor(FIRED, "w", "The White House", "government", ["The White House"]),
    ], [])
    add(HEARING, "Comey tells senators he was fired over Russia inquiry", "Capitol Daily",
        "2017-06-08T14:30:00", [
            _comey(HEARING, roles=("former FBI Director",)),
            _actor(HEARING, "s", "Senate Intelligence Committee", "government",
                   ["Senate Intelligence Committee"]),
            _actor(HEARING, "m", "Mark Warner", "person", ["Mark Warner"], ["Senator"]),
        ], [
            _quote(HEARING, "q1", FIRED_LINE, "direct", ["c"]),
            _quote(HEARING, "q2", "Comey's account was credible", "indirect", ["m"]),
        ])
    add(ECHO, "Comey testimony echoes in Washington", "Wire One", "2017-06-09", [
        _comey(ECHO),
        _actor(ECHO, "t", "Donald Trump", "person", ["Trump"]),
    ], [
        _quote(ECHO, "q1", FIRED_LINE, "direct", ["c"], "told"),
        _quote(ECHO, "q2", "he had kept memos of every meeting", "indirect", ["c"]),
        _quote(ECHO, "q3", "Comey was a leaker", "indirect", ["t"]),
    ])
    add(NOTES, "Notes from the hearing", "", "", [
        _comey(NOTES),
        _actor(NOTES, "m", "Mark Warner", "person", ["Warner"]),
    ], [
        _quote(NOTES, "q1", "they would speak again after the recess", "indirect", ["m", "c"]),
        _quote(NOTES, "q2", "the memos were accurate", "indirect", ["c"]),
    ])
    for quote in project.quotes():
        if quote.text == "the memos were accurate":
            project.set_quote_status(quote.id, "rejected")
        elif quote.text == FIRED_LINE:
            project.set_quote_status(quote.id, "accepted")
    return project


def actor_id(project: Project, name: str) -> int:
    return next(a.id for a in project.actors() if a.name == name)
