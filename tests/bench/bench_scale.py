"""Scale: a project of 1,000 generated articles, analysed in a batch.

Figures:
- batch analysis of the whole project through `briefer.workflows.analyze_articles` (the
  path the GUI and `briefer import` take, with the default process count), in a child
  process whose whole process tree's resident memory is polled from /proc: peak RSS;
- open time of the analysed project (`Project.open`), beside the floor of copying the
  same file into memory with SQLite's backup API (the ratio says what Briefer adds);
- full-text search latency (`Project.search_articles`) over typical queries, beside a
  bare FTS5 MATCH on the same connection;
- file size.

Usage: .venv/bin/python tests/bench/bench_scale.py [--articles N]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import make_corpus, word_count
from _report import (
    Figure,
    Stopwatch,
    child_env,
    median,
    percentile,
    print_figures,
    process_tree_rss,
)

from briefer.core.settings import Settings
from briefer.core.store import Project

ARTICLES = 1000
OPEN_RUNS = 5
SEARCH_RUNS = 20
POLL_SECONDS = 0.05
QUERIES = ("ceasefire", "Keller", "sanctions regime", "sanct", "World Bank", "Ottawa",
           "frozen assets oil", "Foundation for Security Research", "percent", "tariffs")

_ANALYSE = """
import json, sys, time
from briefer.core.settings import Settings
from briefer.core.store import Project
from briefer.nlp.pipeline import load_pipeline
from briefer.workflows import analyze_articles

settings = Settings.load()
started = time.perf_counter()
nlp = load_pipeline(settings.pipeline)
loaded = time.perf_counter()
project = Project.open(sys.argv[1])
done = analyze_articles(project, nlp, n_process=settings.n_process,
                        batch_size=settings.batch_size)
analysed = time.perf_counter()
project.save()
print(json.dumps({"load": loaded - started, "analyse": analysed - loaded,
                  "save": time.perf_counter() - analysed, "articles": len(done),
                  "quotes": len(project.quotes()), "actors": len(project.actors())}))
"""


def build_project(path: Path, count: int) -> tuple[int, float]:
    """A project of `count` generated articles, saved at `path`; (words, seconds to add)."""
    articles = make_corpus(count)
    project = Project.new()
    with Stopwatch() as watch:
        for article in articles:
            project.add_article(article)
    project.save_as(path)
    project.close()
    return word_count(articles), watch.seconds


def analyse_in_child(path: Path) -> tuple[dict, int]:
    """Batch-analyse the project in a child process; (its report, peak tree RSS in bytes)."""
    child = subprocess.Popen([sys.executable, "-c", _ANALYSE, str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=child_env())
    peak = 0
    while child.poll() is None:
        peak = max(peak, process_tree_rss(child.pid))
        time.sleep(POLL_SECONDS)
    out, err = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"the analysis child failed:\n{err}")
    return json.loads(out.strip().splitlines()[-1]), peak


def time_open(path: Path) -> tuple[float, float]:
    """Median seconds of `Project.open`, and of the bare in-memory copy it starts with."""
    opens, copies = [], []
    for _ in range(OPEN_RUNS):
        with Stopwatch() as watch:
            project = Project.open(path)
        opens.append(watch.seconds)
        project.close()
        with Stopwatch() as watch:
            memory = sqlite3.connect(":memory:")
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            source.backup(memory)
            source.close()
        copies.append(watch.seconds)
        memory.close()
    return median(opens), median(copies)


def time_search(path: Path) -> tuple[list[float], list[float], list[int]]:
    """Per-call seconds of `search_articles` and of a bare FTS5 MATCH; hits per query."""
    project = Project.open(path)
    hits_per_query = []
    ours, bare = [], []
    try:
        for query in QUERIES:
            for _ in range(SEARCH_RUNS):
                with Stopwatch() as watch:
                    hits = project.search_articles(query)
                ours.append(watch.seconds)
                words = " ".join(f'"{w}"' for w in query.split())
                with Stopwatch() as watch:
                    project.conn.execute(
                        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (words,)
                    ).fetchall()
                bare.append(watch.seconds)
            hits_per_query.append(len(hits))
    finally:
        project.close()
    return ours, bare, hits_per_query


def measure(count: int = ARTICLES) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="briefer-bench-scale-") as folder:
        path = Path(folder) / "scale.briefer"
        words, add_seconds = build_project(path, count)
        report, peak = analyse_in_child(path)
        size = path.stat().st_size
        open_s, copy_s = time_open(path)
        ours, bare, hits = time_search(path)
    settings = Settings.load()
    return [
        Figure("scale: articles / words", count, "articles",
               note=f"{words:,} words; store added them in {add_seconds:.2f} s"),
        Figure("scale: batch analysis peak RSS", peak / 2**20, "MB", 1024,
               note=f"whole process tree, n_process={settings.n_process}, polled /proc"),
        Figure("scale: batch analysis throughput", words / report["analyse"], "words/s",
               note=f"{report['analyse']:.0f} s for {report['articles']} articles, "
                    f"{report['quotes']:,} quotes, {report['actors']:,} actors"),
        Figure("scale: open project", open_s * 1000, "ms", 1000,
               note=f"{open_s / copy_s:.2f} x bare SQLite copy into memory "
                    f"({copy_s * 1000:.0f} ms)"),
        Figure("scale: search p95", percentile(ours, 0.95) * 1000, "ms", 50,
               note=f"median {median(ours) * 1000:.1f} ms; bare FTS5 MATCH median "
                    f"{median(bare) * 1000:.1f} ms; {len(QUERIES)} queries, "
                    f"{min(hits)}-{max(hits)} hits each"),
        Figure("scale: file size", size / 2**20, "MB",
               note=f"{size / count / 1024:.0f} KB per analysed article"),
    ]


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=ARTICLES)
    args = parser.parse_args(argv)
    figures = measure(args.articles)
    print_figures(f"Scale ({args.articles} articles)", figures)
    return figures


if __name__ == "__main__":
    main()
