"""Time and memory of importing files, hostile ones included.

Run: `.venv/bin/python tests/bench/bench_ingest.py`. Prints the time to import a
Word file of 2,000 paragraphs and a 10-page PDF (its child process included),
the peak memory Python allocates while refusing a .docx whose header claims
2 KB for an entry that inflates to 300 MB, and how long a one-page PDF of
600,000 text operators runs before the time budget stops it.
"""

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import docx
from _report import REPO, Figure

from briefer.core.errors import ImportError_
from briefer.ingest import pdf as pdf_module
from briefer.ingest.docx import docx_article
from briefer.ingest.pdf import pdf_article

sys.path.insert(0, str(REPO / "tests" / "faults"))
sys.path.insert(0, str(REPO / "tests" / "ingest"))
from conftest import build_pdf  # tests/ingest: a minimal real PDF
from test_ingest_archive import _lying_bomb
from test_ingest_pdf_budget import _one_crowded_page

RUNS = 3
PDF_BUDGET_S = 3.0


def _long_word_file() -> bytes:
    document = docx.Document()
    document.add_heading("Ministers agree the budget", level=1)
    for number in range(2000):
        document.add_paragraph(f"Paragraph {number}: the minister said talks would resume "
                               f"next week in Brussels, officials said.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _best_of(runs: int, action) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    runs = parser.parse_args(argv).runs
    word = _long_word_file()
    word_times = _best_of(runs, lambda: docx_article(word, "long.docx"))
    pdf = build_pdf([[f"Line {n} of the page, the minister said on Friday." for n in range(40)]]
                    * 10)
    pdf_times = _best_of(runs, lambda: pdf_article(pdf, "ten.pdf"))
    with tempfile.TemporaryDirectory() as folder:
        bomb = _lying_bomb(Path(folder), "bomb.docx").read_bytes()
    tracemalloc.start()
    with contextlib.suppress(ImportError_):
        docx_article(bomb, "bomb.docx")
    bomb_peak = tracemalloc.get_traced_memory()[1] / 1_000_000
    tracemalloc.stop()
    pdf_module.TIME_BUDGET_S = PDF_BUDGET_S
    crowded = _one_crowded_page()
    started = time.perf_counter()
    with contextlib.suppress(ImportError_):
        pdf_article(crowded, "crowded.pdf")
    crowded_s = time.perf_counter() - started
    print(f"docx of 2,000 paragraphs ({len(word) // 1000} KB): median "
          f"{statistics.median(word_times):.2f} s")
    print(f"PDF of 10 pages: median {statistics.median(pdf_times):.2f} s")
    print(f"lying zip bomb refused with a peak of {bomb_peak:.1f} MB allocated")
    print(f"crowded PDF page stopped after {crowded_s:.1f} s (budget {PDF_BUDGET_S:g} s)")
    return [
        Figure("ingest: .docx of 2,000 paragraphs", statistics.median(word_times), "s",
               target=1.0),
        Figure("ingest: 10-page PDF (child process)", statistics.median(pdf_times), "s",
               target=2.0),
        Figure("ingest: lying .docx bomb, peak allocated", bomb_peak, "MB", target=80),
        Figure("ingest: crowded PDF page stopped", crowded_s, "s", target=PDF_BUDGET_S + 2,
               note=f"time budget set to {PDF_BUDGET_S:g} s"),
    ]


if __name__ == "__main__":
    main()
