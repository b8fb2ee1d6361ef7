"""The typed queries the views use: summaries without text, overlaps, rows by id."""

import pytest

from briefer.core import review
from briefer.core.records import Article, ArticleSummary
from briefer.core.store import Project
from tests.core.test_review import _analysis


@pytest.fixture()
def project(seed_text):
    project = Project.new()
    article = project.add_article(Article(text=seed_text, title="Coalition", outlet="Wire"))
    project.store_analysis(article.id, _analysis(seed_text))
    yield project
    project.close()


def test_article_summaries_carry_everything_but_the_text(project):
    article = project.articles()[0]
    summaries = project.article_summaries()
    assert summaries == [ArticleSummary(
        id=article.id, title="Coalition", outlet="Wire", author="", published="", url="",
        source_path="", imported_at=article.imported_at, analyzed_at=article.analyzed_at)]
    assert not hasattr(summaries[0], "text")
    assert project.article_titles() == {article.id: "Coalition"}


def test_quotes_overlapping_a_selection_leave_out_rejected_ones(project, seed_text):
    article_id = project.article_ids()[0]
    risky = next(q for q in project.quotes() if "too risky" in q.text)
    inside = seed_text.index("too risky")
    assert project.quotes_overlapping(article_id, inside, inside + 3) == [risky.id]
    assert project.quotes_overlapping(article_id, risky.end, risky.end + 5) == []
    review.set_quote_status(project, [risky.id], "rejected")
    assert project.quotes_overlapping(article_id, inside, inside + 3) == []


def test_a_mention_is_read_by_id(project):
    first = project.mentions()[0]
    assert project.mention(first.id) == first
    assert project.mention(10_000) is None


def test_a_private_copy_is_independent_of_the_open_project(project):
    copy = project.private_copy()
    try:
        article_id = project.article_ids()[0]
        review.remove_article(project, article_id)
        assert copy.article_ids() == [article_id]
        assert copy.path == project.path
    finally:
        copy.close()
