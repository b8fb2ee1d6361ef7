"""A narrow window (a 1024-pixel screen) keeps the reader readable: the side panels shrink
with the window, their minimums are small, and the article list keeps its titles."""

from briefer.core.store import Project
from briefer.gui.articles_panel import DATE_COLUMN, OUTLET_COLUMN, TITLE_MIN_WIDTH
from briefer.gui.panel_widths import READER_SHARE
from tests.gui.conftest import wait_for_analysis


def test_the_reader_keeps_its_share_of_a_narrow_window(make_window, qtbot, seed_path,
                                                       second_path):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path), str(second_path)])
    wait_for_analysis(qtbot, window, 2)
    panels = [window.splitter.widget(i) for i in range(3)]
    # Before: 296 and 411 pixels, which left the reader 269 of a 984-pixel window.
    assert panels[0].minimumSizeHint().width() < 280
    assert panels[2].minimumSizeHint().width() < 200
    list_view = window.articles_panel.view

    window.resize(984, 728)
    qtbot.waitUntil(lambda: window.splitter.width() <= 984)
    articles, reader, review = window.splitter.sizes()
    assert reader >= round(sum(window.splitter.sizes()) * READER_SHARE) - 1
    assert articles >= panels[0].minimumSizeHint().width()
    assert review >= panels[2].minimumSizeHint().width()
    qtbot.waitUntil(lambda: list_view.isColumnHidden(DATE_COLUMN))
    assert list_view.columnWidth(0) >= TITLE_MIN_WIDTH

    # The quote options wrap onto more lines instead of widening the panel.
    window.review_panel.setCurrentIndex(1)
    boxes = [window.review_panel.current_article_only, window.review_panel.hide_rejected,
             window.review_panel.group_same_quotes]
    qtbot.waitUntil(lambda: len({box.y() for box in boxes}) > 1)

    # Wider again: the panels get their room back, and the list its outlet and date.
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.splitter.width() > 1300)
    articles, reader, review = window.splitter.sizes()
    assert articles > 350 and review > 300 and reader > 500
    qtbot.waitUntil(lambda: not list_view.isColumnHidden(DATE_COLUMN))
    assert not list_view.isColumnHidden(OUTLET_COLUMN)
