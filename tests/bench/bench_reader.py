"""The reader on a long article: showing it, scrolling with the speakers' margin, finding.

A 100 KB article of 1,200 paragraphs with 300 quotes (pending, accepted,
rejected) and 1,200 mentions, shown in the real `Reader` widget offscreen.
Figures: the time to show it (highlights, margin labels), one scroll step with
its repaint (margin on and off), finding one letter (2,000 hits highlighted)
and highlighting the search filter's words.

Usage: .venv/bin/python tests/bench/bench_reader.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import time

from _report import Figure, median, print_figures

PARAGRAPH = ("\u201cWe will not be rushed,\u201d James Comey said on Wednesday, and the budget "
             "would rise.\n")
PARAGRAPHS = 1200
SCROLL_STEPS = 20


def _article():
    from briefer.core.records import Actor, Article, Mention, Quote

    text = PARAGRAPH * PARAGRAPHS
    quotes, mentions, start = [], [], 0
    statuses = ("pending", "accepted", "rejected")
    for number in range(PARAGRAPHS):
        begin = text.index("\u201c", start)
        end = text.index("\u201d", begin) + 1
        if number % 4 == 0:
            quotes.append(Quote(number, 1, begin, end, text[begin:end], "direct", speaker_id=1,
                                status=statuses[number % 3]))
        name = text.index("James Comey", end)
        mentions.append(Mention(number, 1, 1, name, name + 11, "James Comey"))
        start = end
    actors = {1: Actor(1, "James Brien Comey", "person")}
    return Article(text=text, title="Long", id=1), mentions, quotes, actors


def main(argv: list[str] | None = None) -> list[Figure]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication


    app = QApplication.instance() or QApplication([])
    from briefer.gui.reader import Reader

    article, mentions, quotes, actors = _article()
    shows, scrolls, bare_scrolls, finds, words = [], [], [], [], []
    for _run in range(args.runs):
        reader = Reader()
        reader.resize(800, 900)
        reader.show()
        app.processEvents()
        began = time.perf_counter()
        reader.set_article(article, mentions=mentions, quotes=quotes, actors=actors)
        app.processEvents()
        shows.append(time.perf_counter() - began)
        view, bar = reader.view, reader.view.verticalScrollBar()
        for margin, times in ((True, scrolls), (False, bare_scrolls)):
            view.show_speakers(margin)
            app.processEvents()
            began = time.perf_counter()
            for step in range(SCROLL_STEPS):
                bar.setValue(bar.maximum() // 2 + step * 40)
                view.viewport().repaint()
                view.margin.repaint()
            times.append((time.perf_counter() - began) / SCROLL_STEPS)
        view.show_speakers(True)
        reader.find_bar.open()
        began = time.perf_counter()
        reader.find_bar.field.setText("e")
        app.processEvents()
        finds.append(time.perf_counter() - began)
        reader.find_bar.close_bar()
        began = time.perf_counter()
        view.set_search_terms("budget rushed")
        app.processEvents()
        words.append(time.perf_counter() - began)
        reader.close()
        reader.deleteLater()
        app.processEvents()
    figures = [
        Figure("reader: show a 100 KB article, 300 quotes", median(shows) * 1000, "ms", 500),
        Figure("reader: scroll step + repaint, margin on", median(scrolls) * 1000, "ms", 33),
        Figure("reader: scroll step + repaint, margin off", median(bare_scrolls) * 1000, "ms",
               33),
        Figure("reader: find one letter (2,000 hits)", median(finds) * 1000, "ms", 200),
        Figure("reader: highlight search words (2,400)", median(words) * 1000, "ms", 300),
    ]
    print_figures("Reader", figures)
    return figures


if __name__ == "__main__":
    main()
