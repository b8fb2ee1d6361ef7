"""Time the Word export of a brief with 100 quotes in 10 sections.

Run: `.venv/bin/python tests/bench/bench_export.py`. Prints the time to build
and write the .docx (footnotes included) and the time of the quote-fidelity
check alone, best of a few runs.
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from _report import Figure

from briefer.core import brief
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project
from briefer.export.docx import check_quote_fidelity, export_brief

SECTIONS = 10
QUOTES = 100
RUNS = 5


def make_project() -> Project:
    """Ten articles, ten quotes each, every quote in the brief."""
    project = Project.new()
    for n in range(QUOTES // SECTIONS):
        sentences, quotes = [], []
        offset = 0
        name = f"Speaker Number{n}"
        for k in range(SECTIONS):
            said = f"Point {k} of article {n} is that the plan needs {k + 3} more weeks,"
            line = f"“{said}” {name} said. "
            start = offset + 1
            quotes.append(ExtractedQuote(f"q{k}", said, start, start + len(said), "direct",
                                         "a1", ["a1"], "said"))
            sentences.append(line)
            offset += len(line)
        text = "".join(sentences)
        first = text.index(name)
        article = project.add_article(Article(
            text=text, title=f"Article {n}", outlet="Bench Wire", published="2026-01-02",
            url=f"https://example.org/{n}"))
        project.store_analysis(article.id, Analysis(
            actors=[ExtractedActor("a1", name, "person", ["analyst"], "Bench Institute", True,
                                   [Span(first, first + len(name), name)])],
            quotes=quotes))
    section_ids = [brief.add_section(project, f"Section {s}") for s in range(SECTIONS)]
    for index, quote in enumerate(project.quotes()):
        brief.add_item(project, section_ids[index % SECTIONS], "quote", quote_id=quote.id)
    brief.set_front_matter(project, title="Benchmark brief", marking="OFFICIAL")
    return project


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    runs = parser.parse_args(argv).runs
    project = make_project()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "bench.docx"
        export_times, check_times = [], []
        for _ in range(runs):
            started = time.perf_counter()
            export_brief(project, target)
            export_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            check_quote_fidelity(project)
            check_times.append(time.perf_counter() - started)
        size = target.stat().st_size
    print(f"export of {QUOTES} quotes in {SECTIONS} sections: best {min(export_times):.3f} s, "
          f"median {statistics.median(export_times):.3f} s ({size / 1024:.0f} KiB)")
    print(f"quote fidelity check alone: best {min(check_times) * 1000:.1f} ms")
    project.close()
    return [
        Figure("export: 100 quotes in 10 sections", statistics.median(export_times), "s",
               note=f"best {min(export_times):.3f} s of {runs}, {size / 1024:.0f} KiB"),
        Figure("export: quote fidelity check", min(check_times) * 1000, "ms"),
    ]


if __name__ == "__main__":
    main()
