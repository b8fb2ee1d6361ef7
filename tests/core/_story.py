"""A small multi-article project on one story, written by the tests (no spaCy needed).

Three outlets report a water-sharing pact: Wire One (full metadata), River Post
(a syndicated copy of Wire One's minister quote) and a plain-text file with a
title and date but no outlet. Speakers cover every voice group, a quote is
rejected, one is left pending, and one "speaker" is a document.
"""

from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

WIRE = (
    "Ministers agree water-sharing pact for the Danube basin\n"
    "Environment ministers from six countries agreed on Monday to share water from the Danube "
    "basin during droughts, in a deal that covers 80 million people. "
    "“This pact means that no country will face a dry summer alone,” said Austrian Environment "
    "Minister Eva Gruber. "
    "Senator Paul Haines said the agreement “leaves too many questions unanswered” about farm "
    "subsidies and would not survive a bad harvest. "
    "Lena Vogt, a hydrologist at the University of Vienna, said that the basin could lose 20 "
    "percent of its summer flow by 2040 unless reservoirs are built. "
    "One EU diplomat said the deal had been close to collapse on Sunday night before Hungary "
    "dropped its objections. "
    "“Oh, what a night,” Gruber added. "
    "The joint statement said the ministers would meet again in the autumn to review the "
    "sharing rules.\n"
)

RIVER = (
    "Danube states sign drought pact\n"
    "Six Danube states signed a pact on Monday to share water during droughts, covering 80 "
    "million people across the basin. "
    "“This pact means that no country will face a dry summer alone,” Austrian Environment "
    "Minister Eva Gruber told reporters in Vienna. "
    "Running the shared monitoring network will cost 12 million euros a year from 2027. "
    "Rivers Alliance, an advocacy group, said governments should fund new reservoirs before the "
    "next dry summer arrives. "
    "Danube Shipping said the pact would cut its costs by 5 million euros a year on the "
    "lower river. "
    "The River Post reported that farmers in the lower basin remain sceptical of the sharing "
    "rules.\n"
)

NOTES = (
    "Farm lobby wary of pact\n"
    "Farmers' groups in the lower Danube fear the pact will favour cities over irrigation in "
    "dry years. "
    "Irrigation takes 40 percent of the basin's water in a dry summer. "
    "About 1.2 million farms in the lower basin depend on irrigation from the river. "
    "Senator Paul Haines said he would table a bill to protect irrigation quotas next month. "
    "Officials said the first review of the rules is due in October 2026.\n"
)


def _span(text, phrase):
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _actor(text, key, name, type_, roles=(), affiliation="", expert=False, mention=None):
    return ExtractedActor(key, name, type_, list(roles), affiliation, expert,
                          [_span(text, mention or name)])


def _quote(text, key, phrase, kind, speakers, cue):
    where = _span(text, phrase)
    return ExtractedQuote(key, phrase, where.start, where.end, kind,
                          speakers[0] if speakers else None, list(speakers), cue)


GRUBER_QUOTE = "This pact means that no country will face a dry summer alone,"


def build_story_project() -> Project:
    project = Project.new()
    wire = project.add_article(Article(
        text=WIRE, title="Ministers agree water-sharing pact for the Danube basin",
        outlet="Wire One", author="Maria Lopez", published="2026-03-02",
        url="https://user:secret@wireone.example/pact", source_path="/feeds/wire_one_0302.html"))
    project.store_analysis(wire.id, Analysis(
        actors=[
            _actor(WIRE, "g", "Eva Gruber", "person", ["Austrian Environment Minister"]),
            _actor(WIRE, "h", "Paul Haines", "person", ["Senator"]),
            _actor(WIRE, "v", "Lena Vogt", "person", ["a hydrologist"], "University of Vienna",
                   True),
            _actor(WIRE, "d", "One EU diplomat", "group"),
            _actor(WIRE, "s", "The joint statement", "organization"),
            _actor(WIRE, "hu", "Hungary", "country"),
        ],
        quotes=[
            _quote(WIRE, "q1", GRUBER_QUOTE, "direct", ["g"], "said"),
            _quote(WIRE, "q2", "the agreement “leaves too many questions unanswered” about farm "
                   "subsidies and would not survive a bad harvest", "mixed", ["h"], "said"),
            _quote(WIRE, "q3", "the basin could lose 20 percent of its summer flow by 2040 "
                   "unless reservoirs are built", "indirect", ["v"], "said"),
            _quote(WIRE, "q4", "the deal had been close to collapse on Sunday night before "
                   "Hungary dropped its objections", "indirect", ["d"], "said"),
            _quote(WIRE, "q5", "Oh, what a night,", "direct", ["g"], "added"),
            _quote(WIRE, "q6", "the ministers would meet again in the autumn to review the "
                   "sharing rules", "indirect", ["s"], "said"),
        ]))
    river = project.add_article(Article(
        text=RIVER, title="Danube states sign drought pact", outlet="River Post",
        published="2026-03-03", url="https://riverpost.example/drought-pact"))
    project.store_analysis(river.id, Analysis(
        actors=[
            _actor(RIVER, "g", "Eva Gruber", "person", ["Austrian Environment Minister"]),
            _actor(RIVER, "r", "Rivers Alliance", "organization", ["an advocacy group"]),
            _actor(RIVER, "c", "Danube Shipping", "company"),
            _actor(RIVER, "p", "The River Post", "media"),
        ],
        quotes=[
            _quote(RIVER, "q1", GRUBER_QUOTE, "direct", ["g"], "told"),
            _quote(RIVER, "q2", "governments should fund new reservoirs before the next dry "
                   "summer arrives", "indirect", ["r"], "said"),
            _quote(RIVER, "q3", "the pact would cut its costs by 5 million euros a year on the "
                   "lower river", "indirect", ["c"], "said"),
            _quote(RIVER, "q4", "farmers in the lower basin remain sceptical of the sharing rules",
                   "indirect", ["p"], "reported"),
        ]))
    notes = project.add_article(Article(
        text=NOTES, title="Farm lobby wary of pact", published="2026-03-04",
        source_path="/home/analyst/Downloads/farm_lobby_notes.txt"))
    project.store_analysis(notes.id, Analysis(
        actors=[_actor(NOTES, "h", "Paul Haines", "person", ["Senator"]),
                _actor(NOTES, "o", "Officials", "group")],
        quotes=[
            _quote(NOTES, "q1", "he would table a bill to protect irrigation quotas next month",
                   "indirect", ["h"], "said"),
            _quote(NOTES, "q2", "the first review of the rules is due in October 2026",
                   "indirect", ["o"], "said"),
        ]))
    for quote in project.quotes():
        if quote.text.startswith("he would table"):
            project.set_quote_status(quote.id, "rejected")
        elif quote.text.startswith("the first review"):
            continue  # left pending: not drafted while other quotes are accepted
        else:
            project.set_quote_status(quote.id, "accepted")
    return project
