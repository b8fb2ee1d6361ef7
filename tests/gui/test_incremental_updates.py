"""Results landing in the background change only the rows they touch.

A reset of a model makes its sorting proxy sort every row again and drops the
views' selections; with thousands of quotes that froze the window each time an
article's analysis arrived. These tests hold the models to row-level updates.
"""

import pytest
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project
from briefer.gui import jobs
from briefer.gui.models import (
    ID_ROLE,
    ActorSortProxy,
    ActorTableModel,
    ArticleListModel,
    QuoteTableModel,
)
from tests.gui.conftest import wait_for_analysis

TEXTS = [
    "\"Rates will stay high,\" said Mara Lind, the central bank governor. "
    "Economist Paul Okoro said that inflation was easing.\n",
    "\"We will not sign,\" said Mara Lind. Diplomat Ines Vale warned that talks could fail.\n",
]


def _analysis(text: str) -> Analysis:
    """Two speakers and their quotes, found by position in `text` (no spaCy needed)."""
    actors, quotes = [], []
    for key, name in (("lind", "Mara Lind"), ("okoro", "Paul Okoro"), ("vale", "Ines Vale")):
        if name in text:
            start = text.index(name)
            actors.append(ExtractedActor(key, name, "person", [], "", False,
                                         [Span(start, start + len(name), name)]))
    first = text.index("\"") + 1
    end = text.index("\"", first)
    quotes.append(ExtractedQuote("q1", text[first:end], first, end, "direct", "lind", ["lind"],
                                 "said"))
    return Analysis(actors=actors, quotes=quotes)


@pytest.fixture
def project():
    project = Project.new()
    for number, text in enumerate(TEXTS):
        article = project.add_article(Article(text=text, title=f"Article {number + 1}"))
        if number == 0:
            project.store_analysis(article.id, _analysis(text))
    yield project
    project.close()


def _resets(model) -> list[int]:
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    return resets


def _view(qtbot, model) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(ID_ROLE)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return view


def _select(view: QTableView, record_id: int) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == record_id)
    view.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def _selected_ids(view: QTableView) -> list[int]:
    return [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()]


def test_update_inserts_changes_and_removes_rows_without_a_reset(qtbot, project):
    actors = ActorTableModel()
    actors.set_project(project)
    view = _view(qtbot, actors)
    lind = next(a for a in project.actors() if a.name == "Mara Lind")
    okoro = next(a for a in project.actors() if a.name == "Paul Okoro")
    _select(view, lind.id)
    resets = _resets(actors)

    second = project.article_ids()[1]
    project.store_analysis(second, _analysis(TEXTS[1]))  # Ines Vale is new, Lind quoted again
    project.update_actor(okoro.id, name="Paul A. Okoro")
    actors.update()

    assert resets == []
    assert sorted(a.id for a in actors.records) == sorted(a.id for a in project.actors())
    assert [a.name for a in actors.records] == ["Ines Vale", "Mara Lind", "Paul A. Okoro"]
    assert next(a for a in actors.records if a.id == lind.id).quote_count == 2
    assert _selected_ids(view) == [lind.id]

    vale = next(a for a in project.actors() if a.name == "Ines Vale")
    project.delete_rows("mentions", [m.id for m in project.mentions(actor_id=vale.id)])
    project.prune_actors()
    actors.update()
    assert resets == []
    assert [a.name for a in actors.records if a.id == vale.id] == []
    assert {a.name for a in actors.records} == {"Mara Lind", "Paul A. Okoro"}
    assert _selected_ids(view) == [lind.id]


def test_one_articles_quotes_update_alone(qtbot, project):
    quotes = QuoteTableModel()
    quotes.set_project(project)
    view = _view(qtbot, quotes)
    first_quote = project.quotes()[0]
    _select(view, first_quote.id)
    resets = _resets(quotes)
    asked_for_all: list[int] = []
    project_quotes = project.quotes

    def quotes_of(article_id=None):
        if article_id is None:
            asked_for_all.append(1)
        return project_quotes(article_id)

    project.quotes = quotes_of
    second = project.article_ids()[1]
    project.store_analysis(second, _analysis(TEXTS[1]))
    quotes.update(second)

    assert resets == [] and asked_for_all == []
    assert [q.id for q in quotes.records] == [q.id for q in project_quotes()]
    assert quotes.titles[second] == "Article 2"
    assert _selected_ids(view) == [first_quote.id]


def test_article_rows_keep_id_order_and_repaint_when_counts_move(qtbot, project):
    articles = ArticleListModel()
    articles.set_project(project)
    first, second = project.article_ids()
    changed: list[int] = []
    articles.dataChanged.connect(lambda top, bottom, _roles: changed.extend(
        range(top.row(), bottom.row() + 1)))
    project.store_analysis(second, _analysis(TEXTS[1]))
    articles.update()
    assert changed == [1]
    assert articles.counts[second]["quotes"] == 1

    removed = project.rows("articles", "id = ?", [first])
    project.remove_article(first)
    articles.update()
    assert [a.id for a in articles.records] == [second]
    project.restore_rows("articles", removed)
    articles.update()
    assert [a.id for a in articles.records] == [first, second]


def test_background_analysis_keeps_the_reviewers_selection(make_window, qtbot, seed_path,
                                                           second_path):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    panel = window.review_panel
    panel.current_article_only.setChecked(False)
    panel.setCurrentIndex(1)
    quote_id = window.project.quotes()[2].id
    assert panel.select_quote(quote_id)
    resets = [_resets(model) for model in (panel.quote_model, panel.actor_model,
                                           window.article_model)]

    window.import_sources([str(second_path)])
    wait_for_analysis(qtbot, window, 2)

    assert resets == [[], [], []]
    assert panel.selected_quote_ids() == [quote_id]
    shown = {panel.quote_model.record_at(r).id for r in range(panel.quote_model.rowCount())}
    assert shown == {q.id for q in window.project.quotes()}
    assert panel.quote_proxy.rowCount() == len(window.project.quotes())


def test_a_burst_of_results_is_handled_in_order_a_slice_per_turn(make_window, qtbot,
                                                                  monkeypatch):
    window = make_window(load_model=False)
    monkeypatch.setattr(jobs, "RESULTS_SLICE_SECONDS", 0.0)
    handled: list[int] = []
    record = window.jobs.paced_slot(handled.append)
    for number in range(5):
        record(number)
    assert handled == [] and window.is_busy
    window.jobs.handle_paced()
    assert handled == [0]
    qtbot.waitUntil(lambda: handled == [0, 1, 2, 3, 4])
    assert not window.is_busy


def test_actors_with_equal_counts_stay_in_name_order_after_an_update(qtbot, project):
    actors = ActorTableModel()
    actors.set_project(project)
    proxy = ActorSortProxy()
    proxy.setSourceModel(actors)
    proxy.sort(ActorTableModel.QUOTES, Qt.SortOrder.DescendingOrder)

    def names() -> list[str]:
        return [proxy.index(r, ActorTableModel.NAME).data() for r in range(proxy.rowCount())]

    assert names() == ["Mara Lind", "Paul Okoro"]  # 1 quote, then 0
    project.set_quote_status(project.quotes()[0].id, "rejected")
    project.store_analysis(project.article_ids()[1], Analysis(actors=[ExtractedActor(
        "vale", "Ines Vale", "person", [], "", False,
        [Span(TEXTS[1].index("Ines Vale"), TEXTS[1].index("Ines Vale") + 9, "Ines Vale")])]))
    actors.update()
    assert names() == ["Ines Vale", "Mara Lind", "Paul Okoro"]  # all at 0 quotes
    proxy.sort(ActorTableModel.QUOTES, Qt.SortOrder.AscendingOrder)
    assert names() == ["Ines Vale", "Mara Lind", "Paul Okoro"]
