"""The one analysis loop both faces use: `workflows.analysed_articles`."""

from __future__ import annotations

from briefer.workflows import analysed_articles, each_text

WORK = [(1, "First"), (2, "Second"), (3, "Third")]
TEXTS = {1: "one", 2: "two", 3: "three"}


def _upper(text: str) -> str:
    if text == "two":
        raise ValueError("the parser gave up")
    return text.upper()


def test_each_article_in_order_one_failure_does_not_stop_the_others():
    steps = list(analysed_articles(WORK, TEXTS.__getitem__, each_text(_upper)))
    assert [(s.article_id, s.number, s.total) for s in steps] == [(1, 1, 3), (2, 2, 3),
                                                                   (3, 3, 3)]
    assert [s.analysis for s in steps] == ["ONE", None, "THREE"]
    assert steps[1].error == "Second: the parser gave up"
    assert [s.following for s in steps] == ["Second", "Third", ""]


def test_texts_are_read_only_as_the_analyser_asks_and_cancel_stops_between_articles():
    read: list[int] = []
    stop = []

    def text_of(article_id: int) -> str:
        read.append(article_id)
        return TEXTS[article_id]

    steps = []
    for step in analysed_articles(WORK, text_of, each_text(str.upper), lambda: bool(stop)):
        steps.append(step)
        stop.append(True)
    assert [s.article_id for s in steps] == [1]
    assert read == [1]
    assert list(analysed_articles(WORK, text_of, each_text(str.upper), lambda: True)) == []


def test_a_failure_after_cancel_ends_the_run_instead_of_counting_as_the_articles():
    stopped = []

    def analyse(text: str) -> str:
        if text == "two":
            stopped.append(True)  # Cancel killed the analysis process mid-article
            raise OSError("the analysis process stopped")
        return text

    steps = list(analysed_articles(WORK, TEXTS.__getitem__, each_text(analyse),
                                   lambda: bool(stopped)))
    assert [(s.article_id, s.analysis) for s in steps] == [(1, "one")]
