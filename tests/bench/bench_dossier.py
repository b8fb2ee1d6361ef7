"""The actor dossier: how long choosing an actor takes on a large project.

A project of generated articles (no spaCy: analyses are written directly, so
the figure is the dossier's own cost) names a pool of actors in every
paragraph, a few actors in most articles. The dossier of the actor named
most (the worst case: every article, hundreds of quotes) is built as the
window builds it on every choice of actor, together with its table rows.

Figures: build time of the busiest actor's dossier (median of runs), the
95th percentile over the 20 most named actors, and the time until the dock's
panel (offscreen) shows the busiest actor's dossier, build included.

Usage: .venv/bin/python tests/bench/bench_dossier.py [--articles N]
"""

from __future__ import annotations

import argparse
import os
import random
import time

from _report import Figure, median, percentile, print_figures

from briefer.core.dossier import build_dossier
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

ARTICLES = 500
RUNS = 5
BUSIEST_TARGET_MS = 150  # a choice of actor answered within a glance
SHOWN_TARGET_MS = 500  # the worst case, drawn: hundreds of quotes in the tables
TOP_ACTORS = 20
FIRST = ("Anna", "Boris", "Chen", "Dara", "Emil", "Farah", "Gita", "Hugo", "Ines", "Jonas")
LAST = ("Okafor", "Lindqvist", "Moreau", "Novak", "Petrov", "Quinn", "Rossi", "Sato")
ROLES = ("minister", "senator", "economist", "spokesperson", "analyst")


def _article(rng: random.Random, index: int, names: list[str]) -> tuple[Article, Analysis]:
    """Eight paragraphs; each names two actors and quotes one of them."""
    cast = [names[0], *rng.sample(names[1:], 6)]  # the first actor is in most articles
    parts: list[str] = [f"Report {index} on the budget talks\n"]
    mentions: dict[str, list[Span]] = {n: [] for n in cast}
    quotes: list[ExtractedQuote] = []
    offset = len(parts[0])
    for paragraph in range(8):
        speaker, other = rng.sample(cast, 2)
        role = ROLES[names.index(speaker) % len(ROLES)]
        words = f"the budget for {2020 + paragraph} needs {rng.randint(2, 90)} billion more"
        text = f"{speaker}, the {role}, said {words}, while {other} disagreed.\n"
        mentions[speaker].append(Span(offset, offset + len(speaker), speaker))
        start = offset + text.index(other)
        mentions[other].append(Span(start, start + len(other), other))
        start = offset + text.index(words)
        quotes.append(ExtractedQuote(f"q{paragraph}", words, start, start + len(words),
                                     "indirect", speaker, [speaker], "said"))
        parts.append(text)
        offset += len(text)
    actors = [ExtractedActor(n, n, "person", [ROLES[names.index(n) % len(ROLES)]],
                             mentions=mentions[n]) for n in cast if mentions[n]]
    known = {a.key for a in actors}
    quotes = [q for q in quotes if q.speaker_key in known]
    day = f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}"
    return (Article(text="".join(parts), title=f"Report {index}", outlet=f"Outlet {index % 7}",
                    published=day if index % 10 else ""),
            Analysis(actors=actors, quotes=quotes))


def build_project(count: int) -> Project:
    rng = random.Random(12)
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    project = Project.new()
    for index in range(count):
        article, analysis = _article(rng, index, names)
        stored = project.add_article(article)
        project.store_analysis(stored.id, analysis)
    return project


def _shown_in_panel(project: Project, actor_id: int) -> float:
    """Milliseconds from choosing the actor to its dossier laid out in the panel."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from briefer.gui.dossier.panel import DossierPanel

    app = QApplication.instance() or QApplication([])
    panel = DossierPanel()
    panel.resize(1200, 380)
    panel.set_wide(True)
    panel.show()
    app.processEvents()
    started = time.perf_counter()
    panel.set_dossier(build_dossier(project, actor_id))
    app.processEvents()
    shown = (time.perf_counter() - started) * 1000
    panel.close()
    return shown


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=ARTICLES)
    args = parser.parse_args(argv)
    project = build_project(args.articles)
    actors = sorted(project.actors(), key=lambda a: -a.mention_count)[:TOP_ACTORS]
    busiest = actors[0]
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        dossier = build_dossier(project, busiest.id)
        runs.append((time.perf_counter() - started) * 1000)
    each = []
    for actor in actors:
        started = time.perf_counter()
        build_dossier(project, actor.id)
        each.append((time.perf_counter() - started) * 1000)
    shown_ms = _shown_in_panel(project, busiest.id)
    note = (f"{len(dossier.quotes)} quotes, {len(dossier.articles)} articles, "
            f"{busiest.mention_count} mentions")
    figures = [
        Figure(f"dossier of the busiest actor, {args.articles} articles", median(runs), "ms",
               BUSIEST_TARGET_MS, note=note),
        Figure(f"dossier, 95th percentile of the {TOP_ACTORS} most named", percentile(each, 0.95),
               "ms", BUSIEST_TARGET_MS),
        Figure("busiest actor's dossier shown in the dock's panel", shown_ms, "ms",
               SHOWN_TARGET_MS, note="build, tables and timeline, offscreen"),
    ]
    project.close()
    print_figures("Actor dossier", figures)
    return figures


if __name__ == "__main__":
    main()
