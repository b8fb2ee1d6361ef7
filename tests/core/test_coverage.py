"""Coverage by outlet on the three-outlet story project (`_story.py`)."""

from briefer.core import review
from briefer.core.coverage import (
    NO_OUTLET,
    outlet_key,
    project_coverage,
    publication_day,
)
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span


def test_outlets_side_by_side_with_articles_and_voice_counts(story):
    coverage = project_coverage(story)
    labels = [o.label for o in coverage.outlets]
    # Outlets by article count then name; articles with no outlet come last.
    assert labels == ["River Post", "Wire One", NO_OUTLET]
    wire = coverage.outlet("Wire One")
    assert len(wire.article_ids) == 1
    # Six quotes, all accepted: Gruber twice (officials), Haines (a senator: politicians),
    # Vogt (expert), the diplomat (unnamed), the joint statement (an organisation's voice).
    assert wire.quote_count == 6
    assert wire.voices["officials"] == 2
    assert wire.voices["experts"] == 1
    assert wire.voices["anonymous"] == 1
    assert wire.attributed == 6
    river = coverage.outlet("River Post")
    assert river.voices["media"] == 1 and river.voices["business"] == 1
    # Four voices with one quote each: none leads.
    assert river.leading_voices == ["officials", "organisations", "business", "media"]
    assert river.dominant_voice is None and not river.one_sided
    assert wire.dominant_voice == "officials"
    assert river.first_day == river.last_day == "2026-03-03"


def test_rejected_quotes_count_nowhere(story):
    notes = project_coverage(story).outlet(NO_OUTLET)
    # Haines's bill was rejected; the officials' review date is pending and counts.
    assert notes.quote_count == 1
    assert notes.voices == {"anonymous": 1}
    haines = next(q for q in story.quotes() if q.text.startswith("he would table"))
    review.set_quote_status(story, [haines.id], "accepted")
    assert project_coverage(story).outlet(NO_OUTLET).quote_count == 2


def test_actors_quoted_by_one_outlet_only(story):
    coverage = project_coverage(story)
    wire_only = [a.name for a in coverage.outlet("Wire One").only_here]
    river_only = [a.name for a in coverage.outlet("River Post").only_here]
    # Gruber speaks in both and is in neither list; Haines's second quote was rejected.
    assert "Eva Gruber" not in wire_only + river_only
    assert "Lena Vogt" in wire_only and "Paul Haines" in wire_only
    assert set(river_only) == {"Rivers Alliance", "Danube Shipping", "The River Post"}


def test_one_sided_outlet_is_flagged(story):
    text = ("Minister Ann Roe said the plan works. Minister Ben Poe said the plan is fair. "
            "Minister Cy Doe said the plan is cheap. Dr Eve Lu, an economist, said it is not.")
    article = story.add_article(Article(text=text, title="Plan", outlet="  state  daily",
                                        published="2026-03-05T08:00:00Z"))
    actors, quotes = [], []
    for key, name, roles, expert, claim in (
            ("a", "Ann Roe", ["Minister"], False, "the plan works"),
            ("b", "Ben Poe", ["Minister"], False, "the plan is fair"),
            ("c", "Cy Doe", ["Minister"], False, "the plan is cheap"),
            ("e", "Eve Lu", ["an economist"], True, "it is not")):
        start = text.index(name)
        actors.append(ExtractedActor(key, name, "person", roles, "", expert,
                                     [Span(start, start + len(name), name)]))
        start = text.index(claim)
        quotes.append(ExtractedQuote(key, claim, start, start + len(claim), "indirect", key,
                                     [key], "said"))
    story.store_analysis(article.id, Analysis(actors=actors, quotes=quotes))
    story.add_article(Article(text="Another State Daily piece.", outlet="State Daily"))
    coverage = project_coverage(story)
    state = coverage.outlet("State Daily")
    assert len(state.article_ids) == 2  # spellings of one outlet meet
    assert state.label == "State Daily"
    assert state.dominant_voice == "officials"
    assert state.share("officials") == 0.75
    assert state.one_sided
    assert state.first_day == "2026-03-05"
    # Wire One's mix is broad: no group holds 60 percent of its quotes.
    assert not coverage.outlet("Wire One").one_sided


def test_speakers_of_unknown_role_never_make_an_outlet_one_sided(story):
    text = "Ann Roe said it works. Ben Poe said it is fair. Cy Doe said it is cheap."
    article = story.add_article(Article(text=text, outlet="Gossip Weekly"))
    actors, quotes = [], []
    for key, name, claim in (("a", "Ann Roe", "it works"), ("b", "Ben Poe", "it is fair"),
                             ("c", "Cy Doe", "it is cheap")):
        start = text.index(name)
        actors.append(ExtractedActor(key, name, "person", mentions=[
            Span(start, start + len(name), name)]))
        start = text.index(claim)
        quotes.append(ExtractedQuote(key, claim, start, start + len(claim), "indirect", key,
                                     [key], "said"))
    story.store_analysis(article.id, Analysis(actors=actors, quotes=quotes))
    gossip = project_coverage(story).outlet("Gossip Weekly")
    assert gossip.dominant_voice == "others" and gossip.share("others") == 1.0
    assert not gossip.one_sided


def test_joint_quote_counts_once_per_voice_group(story):
    wire = next(a for a in story.article_summaries() if a.outlet == "Wire One")
    quote = next(q for q in story.quotes(wire.id) if q.text.startswith("the basin"))
    ids = {a.name: a.id for a in story.actors()}
    story.update("quotes", quote.id, {"speaker_ids": f"[{ids['Lena Vogt']}, "
                                                     f"{ids['Eva Gruber']}]"})
    entry = project_coverage(story).outlet("Wire One")
    assert entry.voices["experts"] == 1 and entry.voices["officials"] == 3
    assert entry.speakers[ids["Eva Gruber"]] == 3


def test_publication_day_and_outlet_key():
    assert publication_day("2026-03-05T08:00:00Z") == "2026-03-05"
    assert publication_day("last Tuesday") == ""
    assert outlet_key(" The  Guardian ") == outlet_key("the guardian")
