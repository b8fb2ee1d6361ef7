"""Coverage by outlet, the articles list grouped, and one quote everywhere, driven through
the real window on a project of five articles from four outlets (`_outlets.py`)."""

import importlib.util
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from briefer.core import quote_groups
from briefer.core.coverage import NO_OUTLET
from briefer.gui.article_groups import GROUP_DAY, GROUP_NONE, GROUP_OUTLET
from briefer.gui.models import ID_ROLE
from briefer.gui.quote_groups_view import (
    DETAIL_ROLE,
    GROUPING_JOB,
    MEMBER_IDS_ROLE,
    STATUS,
    TEXT,
)

SHOT_SIZES = ((1600, 1000), (1280, 800))


def _outlets_module():
    spec = importlib.util.spec_from_file_location("_outlets", Path(__file__).with_name(
        "_outlets.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def ungrouped_after_each_test():
    """The windows of later tests start ungrouped, as a first window does: a closing
    window saves its views, so every window is ungrouped before it closes."""
    yield
    from briefer.gui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.articles_panel.set_grouping(GROUP_NONE)
            widget.review_panel.group_same_quotes.setChecked(False)
    for key in ("view/articleGrouping", "view/groupSameQuotes"):
        QSettings().remove(key)


@pytest.fixture()
def window(make_window, qtbot):
    window = make_window()
    window.set_project(_outlets_module().build_outlets_project())
    qtbot.waitUntil(lambda: not window.is_busy, timeout=30000)
    return window


def _view_action(window, text):
    return next(a for a in window.view_menu.actions() if a.text() == text)


def _outlet_rows(window):
    view = window.coverage_view.outlet_view
    model = view.model()
    return {model.index(r, 0).data(): [model.index(r, c).data()
                                       for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def _shoot(window, qtbot, name):
    """The window at both sizes, saved for a human to look at (BRIEFER_SCREENSHOTS)."""
    folder = Path(os.environ.get("BRIEFER_SCREENSHOTS", "/tmp/shots"))
    folder.mkdir(parents=True, exist_ok=True)
    for width, height in SHOT_SIZES:
        window.resize(width, height)
        qtbot.wait(120)
        path = folder / f"views-coverage-{name}-{width}x{height}.png"
        assert window.grab().save(str(path))
        assert (QImage(str(path)).width(), QImage(str(path)).height()) == (width, height)
    window.resize(1400, 900)


def test_coverage_sets_outlets_side_by_side(window, qtbot):
    _view_action(window, "C&overage by Outlet").trigger()
    assert window.centre_tabs.currentWidget() is window.coverage_view
    rows = _outlet_rows(window)
    assert set(rows) == {"Wire One", "River Post", "State Daily", "Alpine Times", NO_OUTLET}
    _name, articles, quotes, _bar, main, only = rows["Wire One"]
    assert (articles, quotes, only) == (1, 6, 4)
    assert main == "Government and officials 33%"
    # Three ministers and Gruber: State Daily's mix is one-sided, and it says so in words.
    assert rows["State Daily"][4] == "⚠ Government and officials 100%"
    assert not rows["Wire One"][4].startswith("⚠")
    assert rows["River Post"][4] == "4 voices tie at 25%"
    assert "One-sided source mix: State Daily" in window.coverage_view.summary.text()

    assert window.coverage_view.select_outlet("wire one")
    voices = window.coverage_view.voice_view.model()
    by_voice = {voices.index(r, 0).data(): voices.index(r, 1).data()
                for r in range(voices.rowCount())}
    assert by_voice["Government and officials"] == "2 (33%)"
    assert by_voice["Experts"] == "1 (17%)"
    only_here = window.coverage_view.only_view.model()
    names = [only_here.index(r, 0).data() for r in range(only_here.rowCount())]
    assert "Lena Vogt" in names and "Eva Gruber" not in names

    # An outlet opened: its articles, the list grouped by outlet.
    view = window.coverage_view.outlet_view
    state_row = next(r for r in range(view.model().rowCount())
                     if view.model().index(r, 0).data() == "State Daily")
    view.setCurrentIndex(view.model().index(state_row, 0))
    view.doubleClicked.emit(view.model().index(state_row, 0))
    assert window.centre_tabs.currentIndex() == 0
    assert window.articles_panel.group_by.currentData() == GROUP_OUTLET
    assert window.project.article(window.current_article_id).outlet == "State Daily"
    assert window.articles_panel.group_tree.currentIndex().parent().data().startswith(
        "State Daily (1)")
    window.centre_tabs.setCurrentWidget(window.coverage_view)
    assert window.coverage_view.select_outlet("wire one")

    # Whom an outlet alone quotes leads to the articles where that actor speaks.
    row = names.index("Lena Vogt")
    window.coverage_view.only_view.doubleClicked.emit(only_here.index(row, 0))
    assert window.centre_tabs.currentIndex() == 0
    shown = [window.article_proxy.index(r, 0).data() for r in
             range(window.article_proxy.rowCount())]
    assert shown == ["Ministers agree water-sharing pact for the Danube basin"]


def test_coverage_recounts_after_review_and_undo(window, qtbot):
    window.centre_tabs.setCurrentWidget(window.coverage_view)
    assert _outlet_rows(window)["State Daily"][2] == 4
    panel = window.review_panel
    panel.setCurrentIndex(1)
    panel.current_article_only.setChecked(False)
    state_quotes = [q.id for q in window.project.quotes()
                    if q.text in ("the plan works for farmers", "the plan is fair to every city")]
    panel.quote_view.clearSelection()
    for quote_id in state_quotes:
        panel.select_quote(quote_id)
        window.reject_action.trigger()
    qtbot.waitUntil(lambda: _outlet_rows(window)["State Daily"][2] == 2, timeout=3000)
    # Two ministers' quotes out: Cy Doe and Gruber remain, still all officials.
    assert _outlet_rows(window)["State Daily"][4] == "Government and officials 100%"
    window.undo_stack.undo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _outlet_rows(window)["State Daily"][2] == 4, timeout=3000)


def test_articles_show_outlet_and_date_and_group_by_outlet_or_day(window, qtbot):
    panel = window.articles_panel
    assert not window.article_view.isColumnHidden(1)
    assert not window.article_view.isColumnHidden(2)
    window.article_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert window.article_proxy.index(0, 1).data() == "Alpine Times"
    assert window.article_proxy.index(0, 2).data() == "2026-03-01"

    panel.set_grouping(GROUP_OUTLET)
    tree = panel.group_tree
    assert tree.isVisible()
    assert tree.group_labels() == ["Alpine Times (1)", "River Post (1)", "State Daily (1)",
                                   "Wire One (1)", f"{NO_OUTLET} (1)"]
    tree.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert tree.group_labels()[:2] == [f"{NO_OUTLET} (1)", "Wire One (1)"]

    # Choosing an article in the tree shows it; choosing one elsewhere moves the tree.
    state = tree.model().index(2, 0)
    assert state.data() == "State Daily (1) · 4 to review"
    tree.setCurrentIndex(tree.model().index(0, 0, state))
    state_id = next(a.id for a in window.project.articles() if a.outlet == "State Daily")
    assert window.current_article_id == state_id
    wire_id = next(a.id for a in window.project.articles() if a.outlet == "Wire One")
    window.select_article(wire_id)
    assert tree.currentIndex().siblingAtColumn(0).data(ID_ROLE) == wire_id

    # The search filter applies to the groups too.
    panel.search_box.setText("drought")  # Wire One's and River Post's stories
    qtbot.waitUntil(lambda: tree.group_labels() == ["Wire One (1)", "River Post (1)"],
                    timeout=3000)
    panel.search_box.clear()

    panel.set_grouping(GROUP_DAY)
    tree.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert tree.group_labels() == ["Sun 1 March 2026 (1)", "Mon 2 March 2026 (1)",
                                   "Tue 3 March 2026 (2)", "Wed 4 March 2026 (1)"]


def _group_rows(tree):
    """The top rows' quote cells (the tree's first column: copies hang below them)."""
    model = tree.model()
    return [model.index(r, TEXT) for r in range(model.rowCount())]


def _status(index):
    return index.siblingAtColumn(STATUS).data()


def _copies(tree, group):
    return [tree.model().index(r, TEXT, group) for r in range(tree.model().rowCount(group))]


def _show_groups(window, qtbot):
    panel = window.review_panel
    panel.setCurrentIndex(1)
    panel.current_article_only.setChecked(False)
    panel.group_same_quotes.setChecked(True)
    tree = panel.quote_groups
    qtbot.waitUntil(lambda: len(_group_rows(tree)) > 1, timeout=10000)
    return tree


def test_same_quote_in_three_outlets_is_one_group_reviewed_as_one(window, qtbot):
    quote_groups._remembered.clear()  # the words are compared on a worker, as if new
    panel = window.review_panel
    panel.setCurrentIndex(1)
    panel.group_same_quotes.setChecked(True)
    tree = panel.quote_groups
    assert tree.isVisible()
    assert _group_rows(tree)[0].data() == f"{GROUPING_JOB}…"
    tree = _show_groups(window, qtbot)
    first = _group_rows(tree)[0]
    assert first.data().startswith("3× This pact means")
    assert _status(first) == "mixed"  # Alpine Times's copy is pending, the others accepted
    copies = _copies(tree, first)
    assert len(copies) == 3
    # The earliest copy first.
    assert copies[0].data(DETAIL_ROLE) == "Eva Gruber · Alpine Times, 2026-03-01"
    ids = first.data(MEMBER_IDS_ROLE)

    tree.setCurrentIndex(first)
    assert panel.selected_quote_ids() == ids
    steps = window.undo_stack.count()
    window.accept_action.trigger()
    assert {window.project.quote(i).status for i in ids} == {"accepted"}
    assert window.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: _status(_group_rows(tree)[0]) == "accepted", timeout=3000)
    window.undo_stack.undo()
    assert [window.project.quote(i).status for i in ids] == ["pending", "accepted",
                                                            "accepted"]
    qtbot.waitUntil(lambda: _status(_group_rows(tree)[0]) == "mixed", timeout=3000)

    # A copy chosen in the tree shows its own article in the reader.
    group = _group_rows(tree)[0]
    tree.setExpanded(group, True)
    river_copy = _copies(tree, group)[2]
    tree.setCurrentIndex(river_copy)
    quote = window.project.quote(river_copy.data(ID_ROLE))
    assert window.current_article_id == quote.article_id

    # Only this article: the groups it has a copy in, still with every copy.
    panel.current_article_only.setChecked(True)
    qtbot.waitUntil(lambda: tree.model().rowCount() == 4, timeout=3000)
    assert _group_rows(tree)[0].data().startswith("3× ")


def test_screenshots_of_the_views(window, qtbot):
    window.centre_tabs.setCurrentWidget(window.coverage_view)
    window.coverage_view.select_outlet("state daily")
    _shoot(window, qtbot, "coverage")
    window.centre_tabs.setCurrentIndex(0)
    window.articles_panel.set_grouping(GROUP_OUTLET)
    tree = _show_groups(window, qtbot)
    tree.setExpanded(_group_rows(tree)[0], True)
    tree.setCurrentIndex(_group_rows(tree)[0])
    _shoot(window, qtbot, "articles-by-outlet-and-quote-groups")
    window.articles_panel.set_grouping(GROUP_DAY)
    _shoot(window, qtbot, "articles-by-day")


def test_a_group_stands_for_its_hidden_rejected_copies_too(window, qtbot):
    tree = _show_groups(window, qtbot)
    panel = window.review_panel
    group = _group_rows(tree)[0]
    ids = group.data(MEMBER_IDS_ROLE)
    tree.setExpanded(group, True)
    tree.setCurrentIndex(_copies(tree, group)[2])  # River Post's copy alone
    assert panel.selected_quote_ids() == [ids[2]]
    window.reject_action.trigger()
    assert window.project.quote(ids[2]).status == "rejected"

    panel.hide_rejected.setChecked(True)
    qtbot.waitUntil(lambda: len(_copies(tree, _group_rows(tree)[0])) == 2, timeout=3000)
    group = _group_rows(tree)[0]
    assert group.data(MEMBER_IDS_ROLE) == ids
    tree.setCurrentIndex(group)
    window.accept_action.trigger()
    assert {window.project.quote(i).status for i in ids} == {"accepted"}


def test_coverage_sorts_and_groupings_are_kept_for_the_next_window(window, make_window,
                                                                    qtbot):
    window.centre_tabs.setCurrentWidget(window.coverage_view)
    view = window.coverage_view.outlet_view
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by quotes
    assert [view.model().index(r, 0).data() for r in range(3)] == [
        "Wire One", "River Post", "State Daily"]
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by the main voice's share
    assert view.model().index(view.model().rowCount() - 1, 0).data() == "River Post"

    window.articles_panel.set_grouping(GROUP_DAY)
    window.review_panel.group_same_quotes.setChecked(True)
    window._save_layout()
    again = make_window()
    assert again.articles_panel.group_by.currentData() == GROUP_DAY
    assert again.review_panel.group_same_quotes.isChecked()


def test_the_coverage_legend_and_bars_read_every_voice_group_from_the_registry():
    from briefer.core.registry import VOICE_GROUP_LIST
    from briefer.gui.coverage_view import legend_html

    legend = legend_html()
    for group in VOICE_GROUP_LIST:
        assert group.label.replace(" ", "&nbsp;") in legend, group.key
        assert f"background:{group.colour};" in legend
    colours = [group.colour.lower() for group in VOICE_GROUP_LIST]
    assert len(set(colours)) == len(colours)  # no two groups share a bar colour


HOSTILE_OUTLET = "<i>Daily</i> & <img src='file:///etc/hostname'>"
HOSTILE_NAME = "<b>Bobby</b> <img src='file:///etc/hostname'>"


def _shown(text: str) -> str:
    """What Qt shows for `text` where it guesses the format (tooltips, AutoText labels)."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2029", "\n")


def test_outlet_and_speaker_names_with_markup_show_as_text(window, qtbot):
    from PySide6.QtWidgets import QLabel

    from briefer.core import review

    project = window.project
    state = next(a for a in project.articles() if a.outlet == "State Daily")
    window.session.apply("Article Details", lambda: review.update_article(
        project, state.id, outlet=HOSTILE_OUTLET))
    roe = next(a for a in project.actors() if a.name == "Ann Roe")
    window.session.apply("Rename", lambda: review.update_actor(project, roe.id,
                                                               name=HOSTILE_NAME))
    window.centre_tabs.setCurrentWidget(window.coverage_view)
    qtbot.waitUntil(lambda: HOSTILE_OUTLET in _outlet_rows(window), timeout=3000)
    view = window.coverage_view
    assert view.select_outlet(HOSTILE_OUTLET.casefold())
    for label in view.findChildren(QLabel):
        shown = label.text() if label.textFormat() == Qt.TextFormat.PlainText else _shown(
            label.text())
        assert "Daily" not in shown or HOSTILE_OUTLET in shown, label.text()
    assert HOSTILE_OUTLET in view.summary.text()
    for table in (view.outlet_view, view.voice_view, view.only_view):
        model = table.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                tooltip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""
                shown = _shown(tooltip)
                assert "hostname" not in tooltip or "<img" in shown, tooltip

    window.centre_tabs.setCurrentIndex(0)
    window.articles_panel.set_grouping(GROUP_OUTLET)
    tree = window.articles_panel.group_tree
    tips = [_shown(tree.model().index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or "")
            for r in range(tree.model().rowCount())]
    assert HOSTILE_OUTLET in tips
    groups = _show_groups(window, qtbot)
    tips = [_shown(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            for index in _group_rows(groups)]
    assert any(HOSTILE_NAME in tip for tip in tips)
