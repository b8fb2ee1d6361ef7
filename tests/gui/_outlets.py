"""A project of several outlets for the view tests, built without spaCy.

The story of `tests/core/_story.py` (Wire One, River Post with a syndicated
copy of Wire One's minister quote, and a file with no outlet) plus State
Daily, which quotes only ministers (a one-sided source mix), and Alpine
Times, which ran the minister's words a day before Wire One.
"""

import importlib.util
from pathlib import Path

from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span

STATE = ("Ministers defend the pact\n"
         "Minister Ann Roe said the plan works for farmers. Minister Ben Poe said the plan "
         "is fair to every city. Minister Cy Doe said the plan is cheap to run. "
         "Eva Gruber said the pact protects farmers first.")
ALPINE = ("Gruber: no dry summer alone\n"
          "“This pact means no country will face a dry summer alone,” Eva Gruber said on "
          "Sunday, a day before the ministers met.")
ALPINE_QUOTE = "This pact means no country will face a dry summer alone,"


def _story():
    path = Path(__file__).parent.parent / "core" / "_story.py"
    spec = importlib.util.spec_from_file_location("_story_for_gui", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _add(project, text, meta, speakers):
    """An article whose `speakers` are (key, name, roles, [quoted phrases], kind)."""
    article = project.add_article(Article(text=text, **meta))
    actors, quotes = [], []
    for key, name, roles, phrases, kind in speakers:
        actors.append(ExtractedActor(key, name, "person", list(roles), "", False,
                                     [_span(text, name)]))
        for n, phrase in enumerate(phrases):
            where = _span(text, phrase)
            quotes.append(ExtractedQuote(f"{key}{n}", phrase, where.start, where.end, kind,
                                         key, [key], "said"))
    project.store_analysis(article.id, Analysis(actors=actors, quotes=quotes))
    return article


def build_outlets_project():
    project = _story().build_story_project()
    _add(project, STATE, {"title": "Ministers defend the pact", "outlet": "State Daily",
                          "published": "2026-03-03"}, [
        ("a", "Ann Roe", ["Minister"], ["the plan works for farmers"], "indirect"),
        ("b", "Ben Poe", ["Minister"], ["the plan is fair to every city"], "indirect"),
        ("c", "Cy Doe", ["Minister"], ["the plan is cheap to run"], "indirect"),
        ("g", "Eva Gruber", ["Austrian Environment Minister"],
         ["the pact protects farmers first"], "indirect")])
    _add(project, ALPINE, {"title": "Gruber: no dry summer alone", "outlet": "Alpine Times",
                           "published": "2026-03-01"}, [
        ("g", "Eva Gruber", ["Austrian Environment Minister"], [ALPINE_QUOTE], "direct")])
    return project
