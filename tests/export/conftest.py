"""Projects with analysed articles, built by hand so export tests need no spaCy."""

import pytest

from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

SECOND_ARTICLE = (
    "Brussels prepares its own plan\n"
    "EU foreign policy chief Kaja Kallas said on Monday that Europe could not wait. "
    "\"We must be ready to act alone, and we will be,\" Kallas told reporters in Brussels. "
    "The bloc has pledged 50 billion euros in support until 2027. "
    "\"Nobody should doubt our resolve,\" she added.\n"
)


def span(text: str, phrase: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def quote(key: str, text: str, phrase: str, kind: str, speakers: list[str],
          cue: str | None) -> ExtractedQuote:
    where = span(text, phrase)
    return ExtractedQuote(key, phrase, where.start, where.end, kind,
                          speakers[0] if speakers else None, speakers, cue)


def seed_analysis(text: str) -> Analysis:
    """What the NLP layer is expected to find in the seed article (see issue 3)."""
    def actor(key, name, type_, roles, affiliation="", expert=False, mention=None):
        return ExtractedActor(key, name, type_, roles, affiliation, expert,
                              [span(text, mention or name)])

    actors = [
        actor("a1", "Emmanuel Macron", "person", ["French President"]),
        actor("a2", "Keir Starmer", "person", ["UK Prime Minister"]),
        actor("a3", "Donald Trump", "person", ["U.S. President"]),
        actor("a4", "Vladimir Putin", "person", ["Russian President"]),
        actor("a5", "Volodymyr Zelenskyy", "person", ["Ukrainian President"]),
        actor("a6", "Sergey Lavrov", "person", ["Russian Foreign Minister"]),
        actor("a7", "Ed Arnold", "person", ["a European security expert"],
              "Royal United Services Institute", True),
        actor("a8", "Francois Heisbourg", "person", ["a special adviser"],
              "Foundation for Strategic Research", True),
        actor("a9", "Ben Hodges", "person", ["former U.S. Army commander in Europe"], "", True),
        actor("a10", "European officials", "group", []),
        actor("a11", "Ukraine", "country", []),
    ]
    quotes = [
        quote("q1", text, "detailed operational planning as “impossible” without a clear "
              "mission or assured U.S. commitment", "mixed", ["a7"], "described"),
        quote("q2", text, "deploying troops without a ceasefire is too risky, and even a "
              "post-ceasefire force could face high risks from Russian missile or drone strikes",
              "indirect", ["a8"], "noted"),
        quote("q3", text, "troops would focus on training Ukrainian forces and remain away from "
              "frontlines", "indirect", ["a10"], "suggest"),
        quote("q4", text, "the lack of a clear mission risks undermining credibility",
              "indirect", ["a9"], "according to"),
        quote("q5", text, "arming Ukraine with substantial weaponry and ammunition may be the "
              "most viable option to bolster its defenses", "indirect", ["a8", "a7"], "suggest"),
        quote("q6", text, "coalition of the willing", "direct", [], None),
    ]
    return Analysis(actors=actors, quotes=quotes)


def second_analysis(text: str) -> Analysis:
    kallas = ExtractedActor("k1", "Kaja Kallas", "person", ["EU foreign policy chief"],
                            "European Union", False, [span(text, "Kaja Kallas")])
    return Analysis(actors=[kallas], quotes=[
        quote("k1q1", text, "We must be ready to act alone, and we will be,", "direct", ["k1"],
              "told"),
        quote("k1q2", text, "Nobody should doubt our resolve,", "direct", ["k1"], "added"),
    ])


@pytest.fixture
def seed_project(seed_text) -> Project:
    """The seed article and a hand-written second one, analysed; the scare quote rejected."""
    project = Project.new()
    seed = project.add_article(Article(
        text=seed_text, title="Europe weighs security guarantees for Ukraine",
        outlet="Example Times", author="Jane Reporter", published="2025-09-04",
        url="https://example.org/ukraine-guarantees"))
    project.store_analysis(seed.id, seed_analysis(seed_text))
    second = project.add_article(Article(
        text=SECOND_ARTICLE, title="Brussels prepares its own plan", outlet="EU Wire",
        published="2025-09-08", url="https://example.org/brussels-plan"))
    project.store_analysis(second.id, second_analysis(SECOND_ARTICLE))
    for q in project.quotes():
        if q.text == "coalition of the willing":
            project.set_quote_status(q.id, "rejected")
    yield project
    project.close()


@pytest.fixture
def story():
    """The three-outlet story project of `tests/core/_story.py`."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "core" / "_story.py"
    spec = importlib.util.spec_from_file_location("_story", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    project = module.build_story_project()
    yield project
    project.close()
