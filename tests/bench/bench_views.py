"""The project-wide views on a large project: coverage by outlet and quote groups.

A project of generated articles (`_corpus.py`) with hand-made analyses (no
spaCy): every quoted passage is a quote by one of a cast of officials,
experts, companies and unnamed sources, and one article in ten carries a copy
of a quote from an earlier one (syndication). Figures:
- `project_coverage` (counts by outlet and voice group, only-here actors);
- grouping the quotes' words the first time (`word_groups`, on a worker in the
  window) and again after a review (`group_quotes` with the grouping
  remembered), each the median of a few runs.

Usage: .venv/bin/python tests/bench/bench_views.py [--articles N]
"""

from __future__ import annotations

import argparse
import random
import re
import time

from _corpus import make_corpus
from _report import Figure, median, print_figures

from briefer.core import quote_groups, review
from briefer.core.coverage import project_coverage
from briefer.core.records import Analysis, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

ARTICLES = 1000
RUNS = 5
CAST = (("Minister Ana Berg", "person", ["Minister"], False),
        ("Dr Omar Haddad", "person", ["an economist"], True),
        ("Senator Joan Pike", "person", ["Senator"], False),
        ("Northwind Energy", "company", [], False),
        ("Civic Water Trust", "organization", ["an advocacy group"], False),
        ("Officials", "group", [], False))
_QUOTED = re.compile(r"“([^”]{12,300})”")


def build_project(count: int) -> tuple[Project, int]:
    """The project and its number of quotes."""
    rng = random.Random(7)
    project = Project.new()
    earlier: list[str] = []
    quotes_total = 0
    for article in make_corpus(count):
        if earlier and rng.random() < 0.1:
            copied = rng.choice(earlier)
            article.text += f"\n\n“{copied}” {CAST[0][0]} told reporters.\n"
        stored = project.add_article(article)
        text = stored.text
        actors, quotes = [], []
        for key, (name, type_, roles, expert) in enumerate(CAST):
            actors.append(ExtractedActor(f"a{key}", name, type_, roles, "", expert,
                                         [Span(0, 1, text[0])]))
        for n, match in enumerate(_QUOTED.finditer(text)):
            speaker = f"a{rng.randrange(len(CAST))}"
            quotes.append(ExtractedQuote(f"q{n}", match.group(1), match.start(1), match.end(1),
                                         "direct", speaker, [speaker], "said"))
            earlier.append(match.group(1))
        quotes_total += len(quotes)
        project.store_analysis(stored.id, Analysis(actors=actors, quotes=quotes))
    return project, quotes_total


def _median_seconds(function, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return median(times)


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=ARTICLES)
    count = parser.parse_args(argv).articles
    project, quotes = build_project(count)
    scale = f"{count} articles, {quotes} quotes"
    coverage = _median_seconds(lambda: project_coverage(project))
    texts = quote_groups.quote_texts(project.quotes())
    started = time.perf_counter()
    grouped = quote_groups.word_groups(texts)
    cold = time.perf_counter() - started
    largest = max((len(group) for group in grouped), default=0)
    first = project.quotes()[0].id
    review.set_quote_status(project, [first], "accepted")
    warm = _median_seconds(lambda: quote_groups.group_quotes(project))
    project.close()
    figures = [
        Figure("views: coverage by outlet", coverage * 1000, "ms", target=500, note=scale),
        Figure("views: group quotes, first time", cold, "s", target=5,
               note=f"{scale}; largest group {largest} (the corpus repeats its statements); "
                    "runs on a worker"),
        Figure("views: group quotes after a review", warm * 1000, "ms", target=500,
               note="the words' grouping remembered"),
    ]
    print_figures("Project-wide views", figures)
    return figures


if __name__ == "__main__":
    main()
