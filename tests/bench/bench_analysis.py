"""Briefer's full analysis against bare spaCy on the same texts, in one run.

Usage: bench_analysis.py [--articles 120] [--n-process 2] [--batch-size 16] [--repeat 2]

Half the articles are the seed article with generated paragraphs added to
reach about 600 words, half are generated (`_corpus.py`). Both sides use the
same pipeline, process count and batch size: bare is `nlp.pipe` with every
parsed Doc received; Briefer is `analyze_texts` (parse plus actors, quotes
and attribution). Each side runs `--repeat` times, alternating, best kept.
Target: Briefer's words/s at least 0.85 of bare spaCy's.

With one process both sides are timed by the CPU time this process uses
(`--clock cpu`, the default then), which other work on a shared or virtual
machine does not move; wall time there swung the ratio from 0.78 to 0.93 between
identical runs. With several processes the children's work counts only in wall time.
With one process a second ratio alternates the two sides article by article and sums
their times over every round: a slow spell of the machine then falls on both sides alike.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from _corpus import make_article, make_corpus  # noqa: E402
from _report import Figure, print_figures  # noqa: E402

TARGET_RATIO = 0.85


def articles(count: int) -> list[str]:
    """`count` texts of about 600 words, half of them built on the seed article."""
    from briefer.core.paths import seeds_dir

    seed = sorted(seeds_dir().glob("*.txt"))[0].read_text(encoding="utf-8")
    generated = [a.text for a in make_corpus(count)]
    texts = []
    for n, text in enumerate(generated):
        if n % 2 == 0:
            tail_words = max(0, 600 - len(seed.split()))
            tail = make_article(10_000 + n, words=tail_words).text if tail_words else ""
            texts.append(seed.rstrip("\n") + "\n\n" + tail)
        else:
            texts.append(text)
    return texts


def timed(run, clock=time.perf_counter) -> float:
    started = clock()
    run()
    return clock() - started


def interleaved_ratio(nlp, texts: list[str], rounds: int, clock) -> float:
    """Bare parse time over Briefer's, each article parsed bare and then analysed in
    turn, the times summed over every round."""
    from briefer.nlp.analyze import analyze_texts

    bare = briefer = 0.0
    for _ in range(rounds):
        for text in texts:
            one = [text]
            bare += timed(lambda one=one: list(nlp.pipe(one)), clock)
            briefer += timed(lambda one=one: list(analyze_texts(nlp, one)), clock)
    return bare / briefer


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--clock", choices=["cpu", "wall"], default=None,
                        help="cpu (default with one process) or wall (default otherwise)")
    args = parser.parse_args(argv)
    clock_name = args.clock or ("cpu" if args.n_process == 1 else "wall")
    if clock_name == "cpu" and args.n_process != 1:
        parser.error("--clock cpu needs --n-process 1 (children's CPU time is not counted)")
    clock = time.process_time if clock_name == "cpu" else time.perf_counter

    from briefer.nlp.analyze import analyze_texts
    from briefer.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    texts = articles(args.articles)
    words = sum(len(t.split()) for t in texts)

    def bare() -> None:
        for _doc in nlp.pipe(texts, n_process=args.n_process, batch_size=args.batch_size):
            pass

    quotes = 0

    def briefer() -> None:
        nonlocal quotes
        quotes = 0
        for analysis in analyze_texts(
            nlp, texts, n_process=args.n_process, batch_size=args.batch_size
        ):
            quotes += len(analysis.quotes)

    bare_times, briefer_times = [], []
    for _ in range(args.repeat):
        bare_times.append(timed(bare, clock))
        briefer_times.append(timed(briefer, clock))
    interleaved = interleaved_ratio(nlp, texts, args.repeat, clock) if args.n_process == 1 else None
    bare_rate = words / min(bare_times)
    briefer_rate = words / min(briefer_times)
    setting = (f"{len(texts)} articles, {words} words, n_process={args.n_process}, "
               f"{clock_name} time")
    figures = [
        Figure("analysis: bare nlp.pipe", bare_rate, "words/s", note=setting),
        Figure("analysis: Briefer analyze_texts", briefer_rate, "words/s", note=f"{quotes} quotes"),
        Figure(
            "analysis: Briefer / bare spaCy",
            briefer_rate / bare_rate,
            target=TARGET_RATIO,
            higher_is_better=True,
            note=f"best of {args.repeat}",
        ),
        *([Figure(
            "analysis: Briefer / bare, article by article",
            interleaved,
            target=TARGET_RATIO,
            higher_is_better=True,
            note=f"sums over {args.repeat} rounds",
        )] if interleaved is not None else []),
    ]
    print_figures("analysis speed", figures)
    return figures


if __name__ == "__main__":
    main()
